#!/usr/bin/env node
// The individual level (issue 12): `selaras check` on an e-Kinerja export of about 5 000 rows, made
// by the test generator (test/fixtures/skpAgency.ts, compiled by tsconfig.bench.json): the
// invented Dinas Kesehatan with every defect seeded, its PK and IKU tables and activity log beside
// it. Times the engine (read + check, in a fresh process) and the whole CLI process on the .xlsx;
// writes docs/benchmarks-skp.md, which run.js adds to the report. SKP_BENCH_ROWS sets the size.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { stats } = require("./stats");

const root = path.join(__dirname, "..", "..");
const ROWS = Number(process.env.SKP_BENCH_ROWS || 5000);
const ENGINE_RUNS = 7;
const CLI_RUNS = 7;
const TARGET_MS = 1000;

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const cell = (st) => `${fmt(st.median)} (${fmt(st.min)}–${fmt(st.max)})`;

const agencyOf = (rows) => {
  const { skpAgencyOfRows, SKP_DEFECTS } = require(
    path.join(root, "lib-bench", "test", "fixtures", "skpAgency")
  );
  return skpAgencyOfRows(rows, { defects: SKP_DEFECTS });
};

/** In a fresh process (`skp.js --engine`): read + check on the grids, several times. */
function engineRuns() {
  const { gridsFromSpec } = require(path.join(root, "lib", "sample", "spec"));
  const { readWorkbook } = require(path.join(root, "lib", "workbook", "read"));
  const { checkPlan } = require(path.join(root, "lib", "core", "check"));
  const grids = gridsFromSpec(agencyOf(ROWS).spec);
  const read = [];
  const check = [];
  const total = [];
  let findings = 0;
  for (let i = 0; i < ENGINE_RUNS; i++) {
    global.gc?.();
    const t0 = process.hrtime.bigint();
    const result = readWorkbook(grids);
    const t1 = process.hrtime.bigint();
    const checked = checkPlan(result.plan);
    const t2 = process.hrtime.bigint();
    read.push(Number(t1 - t0) / 1e6);
    check.push(Number(t2 - t1) / 1e6);
    total.push(Number(t2 - t0) / 1e6);
    findings = checked.findings.filter((f) => f.person).length;
  }
  process.stdout.write(
    JSON.stringify({
      read: stats(read),
      check: stats(check),
      total: stats(total),
      first: total[0],
      findings,
    })
  );
}

async function main() {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
  execFileSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { cwd: root, stdio: "inherit" });
  const { xlsxFromSpec } = require(path.join(root, "lib", "sample", "spec"));
  const agency = agencyOf(ROWS);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-skp-bench-"));
  const file = path.join(dir, `ekinerja-${ROWS}.xlsx`);
  fs.writeFileSync(file, await xlsxFromSpec(agency.spec));
  process.stderr.write(`SKP ${agency.rows} rows: engine…\n`);
  const engine = JSON.parse(
    execFileSync(process.execPath, ["--expose-gc", __filename, "--engine"], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    }).toString()
  );
  process.stderr.write(`SKP ${agency.rows} rows: CLI…\n`);
  const cli = [];
  const cpu = [];
  let findings = 0;
  for (let i = 0; i < CLI_RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [
        "-r",
        path.join(__dirname, "maxrss.js"),
        path.join(root, "bin", "selaras.js"),
        "check",
        file,
        "--format",
        "json",
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 }
    );
    cli.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`check exited ${r.status}: ${r.stderr}`);
    cpu.push(Number(/CPUMS (\d+)/.exec(r.stderr.toString())?.[1] ?? 0));
    findings = JSON.parse(r.stdout.toString()).findings.filter((f) => f.person).length;
  }
  const bytes = fs.statSync(file).size;
  fs.rmSync(dir, { recursive: true, force: true });
  write({
    agency,
    engine,
    cli: stats(cli),
    cpu: stats(cpu),
    findings,
    bytes,
    load: os.loadavg()[0],
  });
}

function write(r) {
  const met = (ms) => (ms < TARGET_MS ? "met" : "**not met**");
  const n = (x) => x.toLocaleString("en");
  const lines = [
    "## The individual level: `selaras check` on an e-Kinerja export",
    "",
    "`scripts/bench/skp.js`: the invented Dinas Kesehatan of `test/fixtures/skpAgency.ts` (compiled by",
    "`tsconfig.bench.json`) grown to the export size below, with every defect seeded: one row per IKI, its",
    "PK and IKU tables, a hierarchy sheet and an activity log beside the export. Median (min–max),",
    `measured on ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "| export rows | staff | RHK | activities | file | person findings |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${n(r.agency.rows)} | ${n(r.agency.persons.length)} | ${n(r.agency.rhk)} | ${n(r.agency.activities)} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.findings} |`,
    "",
    "| measured | runs | time |",
    "| --- | --- | --- |",
    `| engine, fresh process: read | ${r.engine.read.runs} | ${cell(r.engine.read)} |`,
    `| engine: check | ${r.engine.check.runs} | ${cell(r.engine.check)} |`,
    `| engine: read + check (first run: ${fmt(r.engine.first)}) | ${r.engine.total.runs} | ${cell(r.engine.total)} |`,
    `| \`selaras check --format json\`, whole process: wall time | ${r.cli.runs} | ${cell(r.cli)} |`,
    `| the same: CPU time (user + system) | ${r.cpu.runs} | ${cell(r.cpu)} |`,
    "",
    `Target (issue 12): \`selaras check\` under a second for 5 000 RHK rows — ${fmt(r.cli.median)} wall time (slowest run ${fmt(r.cli.max)}), ${fmt(r.cpu.median)} of CPU: ${met(r.cli.median)}. Load average when measured: ${r.load.toFixed(1)} on ${os.cpus().length} cores; on a busy machine the wall time exceeds the CPU time by the time spent waiting for a core.`,
    "",
    "What this measurement led to: `selaras check` no longer loads ExcelJS (only `selaras demo` builds a",
    "workbook with it); a person's leader is found through indexes of names and unit heads, once per person",
    "(an export without Penilai columns was quadratic); an SKP row is joined and folded only when it may be",
    "a section row. Most of what is left is the process itself: starting Node, loading the modules and",
    "inflating the package's parts with code V8 has not optimised yet.",
    "",
  ];
  fs.writeFileSync(path.join(root, "docs", "benchmarks-skp.md"), lines.join("\n"));
  process.stdout.write(lines.join("\n") + "\n");
}

if (process.argv.includes("--engine")) engineRuns();
else
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
