import { PLANS } from "../invariance/plan";
import { BASELINE, constrain, present, type Presentation } from "../invariance/present";
const cases: Array<[string, Partial<Presentation>]> = JSON.parse(process.env.DUMP ?? "[]");
test("dump", () => {
  for (const [id, change] of cases) {
    const plan = PLANS.find((p) => p.id === id)!;
    const spec = present(plan, constrain(plan, { ...BASELINE, ...change }));
    for (const s of spec.sheets) {
      if (process.env.SHEET && !s.name.includes(process.env.SHEET)) continue;
      console.log(`--- ${id} ${s.name} merges=${JSON.stringify(s.merges ?? [])}\n` + s.rows.map((r, i) => `${i + 1}: ` + r.map((v) => (v === null ? "" : String(v))).join(" | ")).join("\n"));
    }
  }
});
