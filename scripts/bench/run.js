#!/usr/bin/env node
// `npm run bench`: measures the engine and the CLI on synthetic agencies of 1k, 10k and 100k
// indicator rows and writes docs/benchmarks.md, with the sections of skp.js (an e-Kinerja export)
// and syncs.js (Office.js round trips) after it. Each figure is the median of several runs, with
// min and max. Engine figures run in a child process per size, so peak memory is that size's own.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..", "..");
const { stats } = require("./stats");
const SIZES = (process.env.BENCH_SIZES || "1000,10000,100000").split(",").map(Number);
const RUNS = { 1000: 7, 10000: 5, 100000: 3 };

const size = (b) =>
  b >= 2 ** 20 ? `${(b / 2 ** 20).toFixed(1)} MiB` : `${(b / 1024).toFixed(0)} KiB`;
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const cell = (st) => `${fmt(st.median)} (${fmt(st.min)}–${fmt(st.max)})`;

/** Runs one size's engine measurements in a fresh Node process. */
function engine(size) {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", path.join(__dirname, "engine.js"), String(size), String(RUNS[size] ?? 3)],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  return JSON.parse(out.toString());
}

/**
 * The CLI end to end on an .xlsx, beside ExcelJS alone loading the same file: time and peak
 * memory of each whole process, side by side.
 */
function cli(size, file) {
  const runs = 5;
  const measure = (args, rss) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["-r", path.join(__dirname, "maxrss.js"), ...args], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const kb = Number(/MAXRSS (\d+)/.exec(r.stderr.toString())?.[1] ?? 0);
    rss.push(kb / 1024);
    return ms;
  };
  const load = [];
  const check = [];
  const loadRss = [];
  const checkRss = [];
  for (let i = 0; i < runs; i++) {
    load.push(
      measure(
        [
          "-e",
          `const W=require("exceljs").Workbook;new W().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`,
        ],
        loadRss
      )
    );
    check.push(
      measure([path.join(root, "bin", "selaras.js"), "check", file, "--format", "json"], checkRss)
    );
  }
  return {
    load: stats(load),
    check: stats(check),
    loadMB: Math.round(Math.max(...loadRss)),
    checkMB: Math.round(Math.max(...checkRss)),
  };
}

async function main() {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
  const { agency } = require("./agency");
  const { xlsxFromSpec } = require(path.join(root, "lib", "sample", "spec"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-"));
  const results = [];
  for (const size of SIZES) {
    process.stderr.write(`${size} rows: engine…\n`);
    const e = engine(size);
    process.stderr.write(`${size} rows: writing the .xlsx…\n`);
    const a = agency(size);
    const file = path.join(dir, `agency-${size}.xlsx`);
    fs.writeFileSync(file, await xlsxFromSpec(a.spec));
    process.stderr.write(`${size} rows: CLI…\n`);
    const c = cli(size, file);
    results.push({
      size,
      rows: a.rows,
      units: a.units,
      bytes: fs.statSync(file).size,
      ...e,
      cli: c,
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  process.stderr.write("bundle: production build…\n");
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "ignore" });
  const bundle = spawnSync(process.execPath, [path.join(root, "scripts", "check-bundle.js")], {
    cwd: root,
  });
  write(results, { text: bundle.stdout.toString().trim(), ok: bundle.status === 0 });
}

function exponent(results, key) {
  const a = results.find((r) => r.size === 10000);
  const b = results.find((r) => r.size === 100000);
  if (!a || !b) return null;
  return Math.log(b[key].median / a[key].median) / Math.log(b.rows / a.rows);
}

function write(results, bundle) {
  const cpu = os.cpus()[0];
  const lines = [];
  const add = (...xs) => lines.push(...xs);
  add(
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${cpu ? cpu.model : "unknown CPU"}, ${os.cpus().length} cores (one used), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
    "",
    "Synthetic agencies (`scripts/bench/agency.js`, seeded): a hierarchy sheet and one long table of every unit's",
    'indicators, 50 per unit, coded in a different style per level ("SS-3", "D.3", "3", "KR.3", "TK-3"), with IKU Atasan',
    "naming the parent's code and Jenis Cascading, quarterly targets, full / partial / contributing",
    "links and about 1 % misaligned rows; a matriks cascading for each unit of the top two levels, under which a",
    "fifth of the full and partial rows still wait for their targets and a few rows are not written yet (so a fill",
    "writes cells and adds rows). Each figure: median (min–max) over the runs shown, in one Node process per size.",
    "",
    "## Engine (one core)",
    "",
    "| rows | units | runs | template read | check | read + check | fill planning | peak RSS |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |"
  );
  for (const r of results) {
    add(
      `| ${r.rows.toLocaleString("en")} | ${r.units} | ${r.read.runs} | ${cell(r.read)} | ${cell(r.check)} | ${cell(r.total)} | ${cell(r.fill)} | ${r.peakMB} MB |`
    );
  }
  add(
    "",
    "The first run of each process is also the first time V8 sees the code (what one CLI run or a freshly",
    "opened task pane pays); fill planning includes the cascade and its own check.",
    "",
    "| rows | findings | first run: read, check, fill planning | fill plan: cells written, conflicts left alone, rows added |",
    "| --- | --- | --- | --- |"
  );
  for (const r of results) {
    add(
      `| ${r.rows.toLocaleString("en")} | ${r.findings} | ${fmt(r.first.read)}, ${fmt(r.first.check)}, ${fmt(r.first.fill)} | ${r.changes}, ${r.conflicts}, ${r.newRows} |`
    );
  }
  const expCheck = exponent(results, "check");
  const expTotal = exponent(results, "total");
  add("");
  if (expCheck !== null) {
    add(
      `Growth from 10k to 100k rows: check ∝ n^${expCheck.toFixed(2)}, read + check ∝ n^${expTotal.toFixed(2)} (1.00 is linear).`,
      ""
    );
  }
  add(
    "## CLI end to end on an .xlsx",
    "",
    "| rows | file | ExcelJS load alone | `selaras check --format json` | time ratio | peak RSS: ExcelJS, selaras | memory ratio |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  );
  for (const r of results) {
    add(
      `| ${r.rows.toLocaleString("en")} | ${size(r.bytes)} | ${cell(r.cli.load)} | ${cell(r.cli.check)} | ${(r.cli.check.median / r.cli.load.median).toFixed(2)}× | ${r.cli.loadMB} MB, ${r.cli.checkMB} MB | ${(r.cli.checkMB / r.cli.loadMB).toFixed(2)}× |`
    );
  }
  add(
    "",
    "Both are whole Node processes (start, `require`, reading the file), measured side by side. The",
    "first only loads the file with `new ExcelJS.Workbook().xlsx.readFile(file)`; the CLI opens the same",
    "file through the .xlsx package host (the zip's directory, then one sheet at a time streamed through",
    "saxes into a grid), reads the templates, checks and prints JSON.",
    ""
  );
  const big = results.find((r) => r.size === 100000);
  if (big) {
    const ok = (b) => (b ? "met" : "**not met**");
    const ratio = big.cli.check.median / big.cli.load.median;
    const ours = big.cli.check.median - big.cli.load.median;
    add(
      "## Targets (100k rows, this run's medians)",
      "",
      `- Check under 1 s of engine time: ${fmt(big.check.median)} (slowest run ${fmt(big.check.max)}, first run ${fmt(big.first.check)}) — ${ok(big.check.median < 1000)}.`,
      `- Under 500 MB: peak RSS ${big.peakMB} MB for the whole process (grids, read, check, fill planning) — ${ok(big.peakMB < 500)}.`
    );
    if (expCheck !== null)
      add(`- Linear growth: exponent ${expCheck.toFixed(2)} — ${ok(expCheck < 1.15)}.`);
    const memory = big.cli.checkMB / big.cli.loadMB;
    add(
      `- \`selaras check\` end to end in no more than ExcelJS's own load time: ${ratio.toFixed(2)}× — ${ok(ratio <= 1)}.`,
      `- …and in at most half its memory: ${big.cli.checkMB} MB against ${big.cli.loadMB} MB, ${memory.toFixed(2)}× — ${ok(memory <= 0.5)}.`,
      "",
      "Where the time goes. The check's cost is per row: indexing each row's folded facts, resolving its",
      `link, judging it, and the garbage collector behind them. The whole CLI run takes ${fmt(big.cli.check.median)}, ${fmt(Math.abs(ours))}`,
      `${ours < 0 ? "less" : "more"} than ExcelJS needs just to load the file; the template read and the check run on code V8`,
      `has not optimised yet (first run here: read ${fmt(big.first.read)}, check ${fmt(big.first.check)}). On this shared`,
      "2-core virtual machine whole runs can differ by a third; the",
      "min–max ranges show each run's spread.",
      "",
      "## What the measurements led to",
      "",
      "- Quadratic lookups gone: link inference per unit, rules scanning their units, owners per reference,",
      "  the fill's column forms (counted once per column, not once per written cell) and its unit tables.",
      "- Parsing and folding once: memoised text folding, codes, words and satuan classes; targets parsed once",
      "  per distinct cell; header classification cached for a long table's texts, with its regexes compiled once.",
      "- Fewer allocations on the hot path: indicator rows built in one object shape, per-unit lookups built only",
      "  for units that links search, links kept in arrays by row order instead of maps keyed by rows.",
      "- The .xlsx package host (issue 11) replaced ExcelJS for users' files: it decompresses one part at a",
      "  time and streams each sheet through saxes straight into a grid, with no model of rows and cells."
    );
  }
  add(
    "",
    "## Task pane bundle",
    "",
    "Initial JavaScript of each page after `webpack --mode production`, gzipped at level 9, against the",
    `budgets in \`scripts/check-bundle.js\` (\`npm run build\` fails above them) — ${bundle.ok ? "all within budget" : "**over budget**"}:`,
    "",
    "```",
    bundle.text,
    "```"
  );
  // the sections skp.js and syncs.js wrote
  for (const name of ["benchmarks-skp.md", "benchmarks-extra.md"]) {
    const extra = path.join(root, "docs", name);
    if (fs.existsSync(extra)) add("", fs.readFileSync(extra, "utf8").trim());
  }
  fs.mkdirSync(path.join(root, "docs"), { recursive: true });
  fs.writeFileSync(path.join(root, "docs", "benchmarks.md"), lines.join("\n") + "\n");
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
