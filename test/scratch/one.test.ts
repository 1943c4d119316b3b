import { PLANS } from "../invariance/plan";
import { BASELINE, constrain, present, type Presentation } from "../invariance/present";
import { show } from "./show";
const cases: Array<[string, Partial<Presentation>]> = JSON.parse(process.env.DUMP ?? "[]");
test("one", () => {
  for (const [id, change] of cases) {
    const plan = PLANS.find((p) => p.id === id)!;
    const spec = present(plan, constrain(plan, { ...BASELINE, ...change }));
    show(id, ...spec.sheets);
  }
});
