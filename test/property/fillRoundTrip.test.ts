/**
 * Nothing lost, on random workbooks (issue 11): for each random Dinas Kesehatan PK workbook, fill
 * changes exactly the cells it previewed and moves everything else the way Excel moves it when rows
 * are inserted; a second fill lists nothing; undo gives the workbook back. PROPERTY_RUNS sets how
 * many workbooks (100 in `npm test`, thousands in CI); PROPERTY_SEED replays a failing run.
 */
import fc from "fast-check";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import type { CellValue } from "../../src/workbook/grid";
import type { PatchPlan } from "../../src/workbook/patches";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { openSession } from "../../src/app/session";
import { undoLastFill } from "../../src/app/undo";
import { viewOf, type Shown, type WorkbookView } from "./describe";
import { randomPlan, randomWorkbook } from "./randomWorkbook";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
/** The run's seed, printed with its result so any run can be replayed (PROPERTY_SEED=…). */
const SEED = process.env.PROPERTY_SEED
  ? Number(process.env.PROPERTY_SEED)
  : Math.floor(Math.random() * 2 ** 31);

/** The view after rows are inserted below `at` on `sheet`: every row number below moves down. */
function inserted(view: WorkbookView, sheet: string, at: number, count: number): WorkbookView {
  const row = (r: number) => (r > at ? r + count : r);
  const cell = (a: string) =>
    a.replace(/(\$?[A-Z]+\$?)(\d+)$/, (_m, c: string, r: string) => `${c}${row(Number(r))}`);
  const range = (ref: string) => ref.split(":").map(cell).join(":");
  const keys = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [cell(k), v]));
  const quoted = new RegExp(
    `^(?:'${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "''")}'|${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})!`
  );
  const out: WorkbookView = { sheets: {}, names: {} };
  for (const [name, v] of Object.entries(view.sheets)) {
    const here = name === sheet;
    const formulas = Object.fromEntries(
      Object.entries(v.formulas).map(([k, f]) => {
        const moved =
          here && !f.includes("!")
            ? cell(f)
            : quoted.test(f)
              ? f.replace(/!(.*)$/, (_m, a: string) => `!${cell(a)}`)
              : f;
        return [here ? cell(k) : k, moved];
      })
    );
    // links into the moved sheet move with it, wherever they sit
    const links = Object.fromEntries(
      Object.entries(v.links).map(([k, target]) => {
        const ref = target.replace(/^#/, "");
        const moved =
          quoted.test(ref) || (here && !ref.includes("!"))
            ? `#${ref.replace(/(\$?[A-Z]+\$?)(\d+)$/, (_m, c: string, r: string) => `${c}${row(Number(r))}`)}`
            : target;
        return [here ? cell(k) : k, moved];
      })
    );
    out.sheets[name] = here
      ? {
          values: keys(v.values),
          formulas,
          notes: keys(v.notes),
          hidden: v.hidden.map(row),
          heights: Object.fromEntries(
            Object.entries(v.heights).map(([r, h]) => [row(Number(r)), h])
          ),
          merges: v.merges.map(range).sort(),
          validations: grown(
            v.validations.map((x) => x.replace(/^[A-Z]+\d+/, cell)),
            at,
            count
          ),
          conditional: v.conditional
            .map((x) =>
              x
                .replace(/^([A-Z]+\d+:[A-Z]+\d+)/, range)
                .replace(/\(([A-Z]+\d+)\)/g, (_m, a: string) => `(${cell(a)})`)
            )
            .sort(),
          links,
          pictures: v.pictures.map(row),
        }
      : { ...v, formulas, links };
  }
  for (const [n, ranges] of Object.entries(view.names))
    out.names[n] = ranges.map((r) =>
      quoted.test(r) ? r.replace(/!(.*)$/, (_m, a: string) => `!${cell(a)}`) : r
    );
  return out;
}

/**
 * Validation kept per cell: a validation over both the row above the insert and the row below it
 * covers the new rows too (Excel grows a range that an insert falls inside).
 */
function grown(cells: string[], at: number, count: number): string[] {
  const set = new Set(cells);
  for (const key of cells) {
    const m = /^([A-Z]+)(\d+)(:.*)$/.exec(key);
    if (!m || Number(m[2]) !== at || !set.has(`${m[1]}${at + count + 1}${m[3]}`)) continue;
    for (let r = at + 1; r <= at + count; r++) set.add(`${m[1]}${r}${m[3]}`);
  }
  return [...set].sort();
}

function display(v: CellValue): Shown | undefined {
  if (v === null || v === "") return undefined;
  if (typeof v === "object") return v.error;
  return v;
}

/** What the output must be: the input moved by the plan's inserts, with the previewed changes. */
function expected(input: WorkbookView, plan: PatchPlan): WorkbookView {
  // a copy: with no insert the view would be the input itself, which undo is compared with
  let view: WorkbookView = structuredClone(input);
  for (const ins of [...plan.inserts].sort((a, b) => b.afterRow - a.afterRow)) {
    view = inserted(view, ins.sheet, ins.afterRow, ins.count);
    const sheet = view.sheets[ins.sheet];
    const height = input.sheets[ins.sheet]?.heights[ins.styleFrom];
    if (height !== undefined)
      for (let i = 1; i <= ins.count; i++) sheet.heights[ins.afterRow + i] = height;
  }
  for (const c of plan.changes) {
    const values = view.sheets[c.sheet].values;
    const v = display(c.new);
    if (v === undefined) delete values[c.cell];
    else values[c.cell] = v;
  }
  return view;
}

async function fillOnce(data: Uint8Array) {
  const host = await XlsxWorkbook.open(data, "acak.xlsx");
  const session = await openSession(host);
  const { plan } = planSessionFill(session);
  const result = await applySessionFill(host, session, plan);
  return { plan, result, output: new Uint8Array(await host.toBuffer()) };
}

describe(`fill on ${RUNS} random workbooks`, () => {
  it("changes only what it previewed, moves the rest as Excel would, is a no-op the second time, and undo gives the input back", async () => {
    let inserts = 0;
    await fc.assert(
      fc.asyncProperty(randomPlan, async (p) => {
        const input = await randomWorkbook(p);
        const before = await viewOf(input);
        const { plan, result, output } = await fillOnce(input);
        expect(result.refused).toEqual([]);
        inserts += plan.inserts.length;
        // 1. every difference is a previewed change or the shift
        expect(await viewOf(output)).toEqual(expected(before, plan));
        // 2. the second fill lists nothing
        const again = planSessionFill(
          await openSession(await XlsxWorkbook.open(output, "acak.xlsx"))
        ).plan;
        expect({ changes: again.changes, inserts: again.inserts }).toEqual({
          changes: [],
          inserts: [],
        });
        // 3. undo gives back the input
        const host = await XlsxWorkbook.open(output, "acak.xlsx");
        expect((await undoLastFill(host)).refused).toEqual([]);
        expect(await viewOf(new Uint8Array(await host.toBuffer()))).toEqual(before);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true }
    );
    // the suite proves something only if fills did insert rows
    expect(inserts).toBeGreaterThan(RUNS / 2);
    // reached only when every workbook passed: the report CI keeps, with the seed to replay it
    console.log(
      `${RUNS} random workbooks, seed ${SEED}: 0 unlisted differences, 0 second-fill changes, 0 inexact undos (${inserts} row inserts)`
    );
  }, 600000);
});
