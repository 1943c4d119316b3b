/**
 * A second fill is a no-op (DESIGN.md §4), on the invariance suite's plans written in random
 * presentations (layouts, codes, links by code, name, matriks or rule column, hierarchies, kop
 * lines, Rencana Aksi sheets…): fill once through the .xlsx package — conflicts accepted, new
 * sheets ticked, so the first fill writes all it can — then plan again: nothing to change, insert
 * or add. SECOND_FILL_RUNS presentations per plan (10 in `npm test`, more in CI).
 */
import fc from "fast-check";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { openSession } from "../../src/app/session";
import { PLANS } from "../invariance/plan";
import { run } from "../invariance/canonical";
import {
  BASELINE,
  describe as describePresentation,
  present,
  presentationArb,
} from "../invariance/present";

const RUNS = Number(process.env.SECOND_FILL_RUNS ?? 10);

describe.each(PLANS.map((p) => [p.id, p] as const))("plan %s", (_id, plan) => {
  it(`lists nothing on a second fill, in ${RUNS} random presentations`, async () => {
    const left: string[] = [];
    let written = 0;
    for (const p of fc.sample(presentationArb(plan), { seed: 2026, numRuns: RUNS })) {
      const first = await XlsxWorkbook.open(await xlsxFromSpec(present(plan, p)), "pk.xlsx");
      const session = await openSession(first);
      const once = planSessionFill(session, { newSheets: "all", acceptConflicts: true }).plan;
      expect((await applySessionFill(first, session, once)).refused).toEqual([]);
      written += once.changes.length;
      const again = await XlsxWorkbook.open(await first.toBuffer(), "pk.xlsx");
      const twice = planSessionFill(await openSession(again), { newSheets: "all" }).plan;
      const rest = [
        ...twice.changes.map(
          (c) => `${c.sheet}!${c.cell} ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`
        ),
        ...twice.inserts.map((i) => `insert ${i.count} below ${i.sheet}!${i.afterRow}`),
        ...(twice.sheets ?? []).map((s) => `sheet ${s.name}`),
      ];
      if (rest.length) left.push(`${describePresentation(p, plan)}: ${rest.join("; ")}`);
    }
    expect(left).toEqual([]);
    // where the plan's own fill writes something, the first fills did: the second had something
    // to be a no-op after
    if (run(plan, BASELINE).fill.writes.length > 0) expect(written).toBeGreaterThan(0);
  }, 300000);
});
