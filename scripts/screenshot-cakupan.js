#!/usr/bin/env node
// docs/screenshots/cakupan-sampel.png: the annotated sample's Cakupan sheet as LibreOffice draws
// it (the sheet exported to HTML by headless soffice, then photographed by chromium), so the
// README shows the sheet a planner opens, not a re-drawing. Run after `npm run demo`; needs
// soffice and chromium (as `.ci/run` installs them). Not part of the tests.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const annotated = path.join(root, "out", "demo", "sampel-badan.periksa.xlsx");
if (!fs.existsSync(annotated)) {
  console.error("out/demo/sampel-badan.periksa.xlsx is missing: run `npm run demo` first");
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-cakupan-"));
execFileSync("soffice", [
  `-env:UserInstallation=file://${path.join(dir, "profile")}`,
  "--headless",
  "--convert-to",
  "html",
  "--outdir",
  dir,
  annotated,
]);
const html = fs.readFileSync(path.join(dir, "sampel-badan.periksa.html"), "utf8");
// LibreOffice writes every sheet after a heading "Sheet N: <em>name</em>": keep Cakupan's
const start = html.search(/<h1>Sheet \d+: <em>Cakupan<\/em><\/h1>/);
if (start < 0) throw new Error("no Cakupan sheet in the annotated sample");
const page = path.join(dir, "cakupan.html");
fs.writeFileSync(page, `${html.slice(0, html.indexOf("<body"))}<body>${html.slice(start)}`);
const out = path.join(root, "docs", "screenshots", "cakupan-sampel.png");
const chromium = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
execFileSync(chromium ?? "chromium", [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--hide-scrollbars",
  `--screenshot=${out}`,
  "--window-size=1100,900",
  `file://${page}`,
]);
fs.rmSync(dir, { recursive: true, force: true });
console.log(`written ${path.relative(root, out)}`);
