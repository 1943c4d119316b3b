import { PLANS } from "../invariance/plan";
import { BASELINE, constrain, KNOWN_FAILING } from "../invariance/present";
import { mismatch } from "../invariance/invariance.test";
test("known", () => {
  for (const k of KNOWN_FAILING) for (const x of PLANS.filter((x) => !k.plans || k.plans.includes(x.id))) {
    const m = mismatch(x, constrain(x, { ...BASELINE, ...k.when }));
    console.log(JSON.stringify(k.when), x.id, m ? "\n" + m.slice(0, 3000) : "OK");
  }
});
