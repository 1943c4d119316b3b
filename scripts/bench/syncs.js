// Round trips of the Office.js host, counted on the in-memory Excel (test/hosts/excel/fakeExcel.ts):
// context.sync() calls and payload bytes for a check (read, details, highlights) and a fill, on the
// synthetic agencies. Writes docs/benchmarks-extra.md, which run.js appends to the report.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "..");
execFileSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { cwd: root, stdio: "inherit" });
const lib = (p) => require(path.join(root, "lib-bench", p));
const { FakeExcel } = lib("test/hosts/excel/fakeExcel");
const { OfficeWorkbook } = lib("src/hosts/excel/officeWorkbook");
const ops = {
  ...lib("src/app/session"),
  ...lib("src/app/annotate"),
  ...lib("src/app/fill"),
};
const { agency } = require("./agency");

const SIZES = (process.env.BENCH_SIZES || "1000,10000,100000").split(",").map(Number);
const mb = (n) => (n / 2 ** 20).toFixed(2);

async function measure(size) {
  const { spec, rows: indicatorRows } = agency(size);
  const excel = FakeExcel.fromSpec(spec);
  const host = new OfficeWorkbook({ run: excel.run, supports: excel.supports });
  const session = await ops.openSession(host);
  const read = [...excel.stats.syncs];
  const check = ops.checkSession(session);
  excel.resetStats();
  await ops.annotate(
    host,
    check,
    "id",
    session.grids.map((g) => g.sheet)
  );
  const highlight = [...excel.stats.syncs];
  const findingsSheet = (await host.readProfile())?.findingsSheet;
  const areaCalls = excel.stats.rangeAreas;
  const areas = areaCalls.filter((a) => a.sheet !== findingsSheet).length;
  const legendAreas = areaCalls.length - areas;
  const longest = areaCalls.reduce((m, a) => Math.max(m, a.addressLength), 0);
  const { plan } = ops.planSessionFill(session);
  excel.resetStats();
  await ops.applySessionFill(host, session, plan);
  const fill = [...excel.stats.syncs];
  const inserted = plan.inserts.reduce((n, i) => n + i.count, 0);
  const bytes = (s) => s.reduce((n, x) => n + x.read + x.write, 0);
  const biggest = (s) => s.reduce((m, x) => Math.max(m, x.read + x.write), 0);
  const colours = new Set(
    check.findings.filter((f) => f.at).map((f) => `${f.at.sheet}|${f.severity}`)
  ).size;
  return {
    size,
    indicatorRows,
    read,
    highlight,
    fill,
    areas,
    legendAreas,
    longest,
    inserted,
    colours,
    findings: check.findings.length,
    changes: plan.changes.length,
    bytes,
    biggest,
  };
}

async function main() {
  const rows = [];
  for (const size of SIZES) rows.push(await measure(size));
  const lines = [
    "## Round trips through Office.js (counted on the in-memory Excel)",
    "",
    "`scripts/bench/syncs.js`: the Office.js host over the in-memory Excel of the tests, on the same agencies.",
    "A sync's payload is the JSON size of the values read and written; Excel on the web refuses more than 5 MB.",
    "",
    "| rows | check: syncs (bytes, largest sync) | highlight: findings, syncs | range-areas calls on the plan's sheets for sheet × colour groups (longest address) | fill: cells written, rows added, syncs (bytes) |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.indicatorRows.toLocaleString("en")} | ${r.read.length} (${mb(r.bytes(r.read))} MB, largest ${mb(r.biggest(r.read))} MB) | ${r.findings}, ${r.highlight.length} syncs | ${r.areas} for ${r.colours} groups (${r.longest} characters) | ${r.changes} cells, ${r.inserted} rows, ${r.fill.length} syncs (${mb(r.bytes(r.fill))} MB) |`
    );
  }
  const small = rows[0];
  const large = rows[rows.length - 1];
  lines.push(
    "",
    `A check's syncs do not grow with rows but with megabytes: ${small.read.length} at ${small.indicatorRows.toLocaleString("en")} rows (the profile,`,
    "the sheet list, extents and merges, the values in one chunk, the tables' formats and formulas in two),",
    `${large.read.length} at ${large.indicatorRows.toLocaleString("en")} rows, where the values come in chunks estimated at 24 bytes a cell under a`,
    "4 MB budget (Excel on the web's limit is 5 MB; the estimate is generous, so real chunks stay smaller).",
    "",
    "Highlighting colours each sheet × colour group with one range-areas call per 2 000 characters of",
    "addresses (runs of cells are joined into ranges first). Excel documents no limit for that address, and",
    "getRanges has been reported to fail on long ones (OfficeDev/office-js#5198: 8 207 characters, 513 areas),",
    "so Selaras keeps each call short; below 2 000 characters a group is one call. The findings sheet's",
    `severity column adds one call per colour (${rows.map((r) => r.legendAreas).join(", ")} here).`,
    ""
  );
  fs.writeFileSync(path.join(root, "docs", "benchmarks-extra.md"), lines.join("\n"));
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
