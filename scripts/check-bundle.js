#!/usr/bin/env node
// The task pane's first load must stay light: the gzipped size of each page's initial JavaScript,
// with a budget; the build fails above it. So must the single-file page (dist/selaras.html). Prints the sizes (README and docs/benchmarks.md quote them).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_KB = { taskpane: 260, commands: 60, web: 400 };
const dist = path.join(__dirname, "..", "dist");

let failed = false;
for (const [entry, budget] of Object.entries(BUDGET_KB)) {
  const files = fs.readdirSync(dist).filter((f) => f.startsWith(`${entry}.`) && f.endsWith(".js"));
  const raw = files.reduce((n, f) => n + fs.statSync(path.join(dist, f)).size, 0);
  const gz = files.reduce(
    (n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length,
    0
  );
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const over = gz / 1024 > budget;
  failed ||= over;
  console.log(
    `${entry.padEnd(9)} ${kb(raw).padStart(7)} raw, ${kb(gz).padStart(6)} gzip (budget ${budget} KB gzip)${over ? "  OVER BUDGET" : ""}`
  );
}
// the single file planners download and e-mail: everything is inside it (the engine, ExcelJS, the
// help page), so it is judged whole; e-mail takes it raw, a web server may gzip it
const SINGLE_BUDGET_KB = { raw: 3072, gzip: 700 };
const single = path.join(dist, "selaras.html");
if (!fs.existsSync(single)) {
  console.error("dist/selaras.html is missing: see scripts/singleFile.js");
  failed = true;
} else {
  const bytes = fs.readFileSync(single);
  const raw = bytes.length / 1024;
  const gz = zlib.gzipSync(bytes, { level: 9 }).length / 1024;
  const over = raw > SINGLE_BUDGET_KB.raw || gz > SINGLE_BUDGET_KB.gzip;
  failed ||= over;
  console.log(
    `selaras.html ${(raw / 1024).toFixed(2)} MB raw, ${gz.toFixed(0)} KB gzip (budget ${SINGLE_BUDGET_KB.raw / 1024} MB raw, ${SINGLE_BUDGET_KB.gzip} KB gzip)${over ? "  OVER BUDGET" : ""}`
  );
}
// the manifest Office loads the add-in by: where this build expects to be served
const manifest = path.join(dist, "manifest.xml");
if (!fs.existsSync(manifest)) {
  console.error(
    "dist/manifest.xml is missing: see the CopyWebpackPlugin patterns in webpack.config.js"
  );
  failed = true;
} else {
  const domain = /<AppDomain>([^<]+)<\/AppDomain>/.exec(fs.readFileSync(manifest, "utf8"));
  console.log(`manifest  dist/manifest.xml for ${domain ? domain[1] : "(no AppDomain)"}`);
}
if (failed) {
  console.error("bundle budget exceeded: see scripts/check-bundle.js");
  process.exit(1);
}
