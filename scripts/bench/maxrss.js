// Preloaded with `node -r` by the bench: reports the process's peak resident memory on exit.
process.on("exit", () => {
  require("fs").writeSync(2, `\nMAXRSS ${process.resourceUsage().maxRSS}\n`);
});
