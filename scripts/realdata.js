#!/usr/bin/env node
// Runs the real templates in ../shared/real-templates (not part of this repository: they are not
// ours to share) through the reader and the check, and reports how each one fares, sheet by sheet.
// Usage: npm run realdata [-- --json]
const fs = require("fs");
const path = require("path");
const { XlsxWorkbook } = require("../lib/hosts/xlsx/xlsxWorkbook");
const { openSession, checkSession } = require("../lib/app/session");
const { detectionText, findingsText } = require("../lib/cli/output");

const dir =
  process.env.SELARAS_REAL_TEMPLATES ||
  path.join(__dirname, "..", "..", "shared", "real-templates");

async function main() {
  if (!fs.existsSync(dir)) {
    console.log(`real templates not found at ${dir}: nothing to run`);
    return;
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(xlsx|csv)$/i.test(f))
    .sort();
  for (const file of files) {
    const started = Date.now();
    console.log(`\n=== ${file}`);
    try {
      const host = await XlsxWorkbook.open(fs.readFileSync(path.join(dir, file)), file);
      const session = await openSession(host);
      const check = checkSession(session);
      console.log(detectionText(session.read, "en"));
      const units = new Set(session.read.plan.indicators.map((r) => r.unit));
      console.log(
        `units with rows: ${[...units].slice(0, 12).join("; ")}${units.size > 12 ? ` … (${units.size})` : ""}`
      );
      for (const r of session.read.plan.indicators.slice(0, 6)) {
        console.log(
          `  ${r.unit} | ${r.code ?? ""} | ${r.name.slice(0, 70)} | ${r.satuan ?? r.target.satuan ?? ""} | ${r.target.original}${r.periods ? ` | ${r.periods.map((p) => p.original).join(" ")}` : ""}`
        );
      }
      const text = findingsText(file, check, "en").split("\n");
      console.log(
        text.slice(0, 25).join("\n") +
          (text.length > 25 ? `\n  … ${text.length - 25} more lines` : "")
      );
    } catch (err) {
      console.log(`refused: ${err.message}`);
    }
    console.log(`(${Date.now() - started} ms)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
