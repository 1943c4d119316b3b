import { PlanIndex } from "../../src/core/planIndex";
import { resolveLinks } from "../../src/core/links";
import { checkLinks } from "../../src/core/linkChecks";
import { checkCoverage } from "../../src/core/coverage";
import { checkRows, checkNotCascaded } from "../../src/core/rowChecks";
import type { Indicator, Plan, Unit } from "../../src/core/model";
import { parseTarget } from "../../src/core/values";
function row(unit: string, i: number, name: string, extra: Partial<Indicator> = {}): Indicator {
  return { id: `${unit}!${i}`, unit, name, satuan: "dokumen", target: parseTarget("5"),
    cells: { indicator: { sheet: unit, cell: `D${i + 6}` }, target: { sheet: unit, cell: `F${i + 6}` } }, ...extra };
}
it("phases", () => {
  const units: Unit[] = [{ name: "Top" }];
  const ind: Indicator[] = [];
  for (let i = 0; i < 20; i++) ind.push(row("Top", i, `Jumlah dokumen kebijakan ${i}`, { code: `${i + 1}` }));
  for (let e = 0; e < 50; e++) {
    const u = `Eselon ${e}`; units.push({ name: u, parents: [{ name: "Top", source: "sheet" }] });
    for (let i = 0; i < 20; i++) ind.push(row(u, i, `Jumlah dokumen kebijakan ${i} wilayah ${e}`, { code: `${i + 1}`, links: [{ parent: `${i + 1}`, type: "P" }], target: parseTarget("1") }));
    for (let j = 0; j < 100; j++) {
      const v = `Tim ${e}-${j}`; units.push({ name: v, parents: [{ name: u, source: "sheet" }] });
      for (let i = 0; i < 20; i++) ind.push(row(v, i, `Dokumen rancangan tim ${j} butir ${i}`, { links: [{ parent: `${i + 1}`, type: "K" }] }));
    }
  }
  const plan: Plan = { units, indicators: ind, rules: [], settings: { framework: "permenpan", locale: "id" } };
  let t = Date.now(); const idx = new PlanIndex(plan); console.log("index", Date.now() - t);
  t = Date.now(); const res = resolveLinks(idx); console.log("resolve", Date.now() - t);
  t = Date.now(); checkLinks(idx, res.links); console.log("linkChecks", Date.now() - t);
  t = Date.now(); checkCoverage(idx, res.links, res.rules); console.log("coverage", Date.now() - t);
  t = Date.now(); checkRows(idx); console.log("rows", Date.now() - t);
  t = Date.now(); checkNotCascaded(idx, res.links, res.rules); console.log("notCascaded", Date.now() - t);
}, 600000);
