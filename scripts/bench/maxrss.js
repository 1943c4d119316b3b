// Preloaded with `node -r` by the bench: reports the process's peak resident memory and the CPU
// time it used (user + system, all its threads) on exit.
process.on("exit", () => {
  const cpu = process.cpuUsage();
  require("fs").writeSync(
    2,
    `\nMAXRSS ${process.resourceUsage().maxRSS}\nCPUMS ${((cpu.user + cpu.system) / 1000).toFixed(0)}\n`
  );
});
