// One size's engine measurements, in its own process: template read (grids → plan), check, and
// fill planning, each timed over several runs; prints JSON for run.js.
const path = require("path");
const root = path.join(__dirname, "..", "..");
const { agency } = require("./agency");
const { stats } = require("./stats");
const { gridsFromSpec } = require(path.join(root, "lib", "sample", "spec"));
const { readWorkbook } = require(path.join(root, "lib", "workbook", "read"));
const { checkPlan } = require(path.join(root, "lib", "core", "check"));
const { cascadePlan } = require(path.join(root, "lib", "core", "cascade"));
const { planFill } = require(path.join(root, "lib", "workbook", "fill"));

const size = Number(process.argv[2]);
const runs = Number(process.argv[3] || 3);

function time(fn) {
  global.gc?.();
  const t = process.hrtime.bigint();
  const out = fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, out];
}

const { spec } = agency(size);
const grids = gridsFromSpec(spec);
const read = [];
const check = [];
const total = [];
const fill = [];
let findings = 0;
let changes = 0;
let conflicts = 0;
let newRows = 0;
for (let i = 0; i < runs; i++) {
  const [tr, result] = time(() => readWorkbook(grids));
  const [tc, checked] = time(() => checkPlan(result.plan));
  // fill planning: the cascade (its own check included) and the cell-by-cell patch plan
  const [tf, patches] = time(() => planFill(result, grids, cascadePlan(result.plan)));
  read.push(tr);
  check.push(tc);
  total.push(tr + tc);
  fill.push(tf);
  findings = checked.findings.length;
  changes = patches.changes.length;
  conflicts = patches.conflicts.length;
  newRows = patches.inserts.reduce((n, x) => n + x.count, 0);
}
process.stdout.write(
  JSON.stringify({
    read: stats(read),
    check: stats(check),
    total: stats(total),
    fill: stats(fill),
    // the first run is also the first time V8 sees the code: what one CLI run or a fresh pane pays
    first: { read: read[0], check: check[0], fill: fill[0] },
    findings,
    changes,
    conflicts,
    newRows,
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })
);
