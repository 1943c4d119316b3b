import { checkPlan } from "../../src/core/check";
import type { Indicator, Plan, Unit } from "../../src/core/model";
import { parseTarget } from "../../src/core/values";
function row(unit: string, i: number, name: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id: `${unit}!${i}`,
    unit,
    name,
    satuan: "dokumen",
    target: parseTarget("5"),
    cells: {
      indicator: { sheet: unit, cell: `D${i + 6}` },
      target: { sheet: unit, cell: `F${i + 6}` },
    },
    ...extra,
  };
}
function plan(k: number, unlinked: boolean): Plan {
  const units: Unit[] = [{ name: "Top" }];
  const ind: Indicator[] = [];
  for (let i = 0; i < 20; i++)
    ind.push(row("Top", i, `Jumlah dokumen kebijakan ${i}`, { code: `${i + 1}` }));
  for (let e = 0; e < 50; e++) {
    const u = `Eselon ${e}`;
    units.push({ name: u, parents: [{ name: "Top", source: "sheet" }] });
    for (let i = 0; i < 20; i++)
      ind.push(
        row(u, i, `Jumlah dokumen kebijakan ${i} wilayah ${e}`, {
          code: `${i + 1}`,
          links: unlinked ? undefined : [{ parent: `${i + 1}`, type: "P" }],
          target: parseTarget("1"),
        })
      );
    for (let j = 0; j < k; j++) {
      const v = `Tim ${e}-${j}`;
      units.push({ name: v, parents: [{ name: u, source: "sheet" }] });
      for (let i = 0; i < 20; i++)
        ind.push(
          row(v, i, `Dokumen rancangan tim ${j} butir ${i}`, {
            objective: "SS" + i,
            links: unlinked ? undefined : [{ parent: `${i + 1}`, type: "K" }],
          })
        );
    }
  }
  return { units, indicators: ind, rules: [], settings: { framework: "permenpan", locale: "id" } };
}
it("linear?", () => {
  for (const unlinked of [false, true])
    for (const k of [25, 50, 100]) {
      const p = plan(k, unlinked);
      const t = Date.now();
      const r = checkPlan(p);
      console.log(
        "unlinked",
        unlinked,
        "rows",
        p.indicators.length,
        Date.now() - t,
        "ms",
        r.summary.errors,
        r.summary.warnings
      );
    }
}, 600000);
