/** Median, min and max of timings in ms, with how many runs they came from. */
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
}

module.exports = { stats };
