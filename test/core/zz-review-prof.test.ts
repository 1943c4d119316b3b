import { PlanIndex } from "../../src/core/planIndex";
import { resolveLinks } from "../../src/core/links";
import { suggestParents } from "../../src/core/suggest";
import { narrows } from "../../src/core/text";
import type { Indicator } from "../../src/core/model";
import { parseTarget } from "../../src/core/values";
const words = [
  "arsip",
  "layanan",
  "regulasi",
  "kajian",
  "laporan",
  "kebijakan",
  "pembinaan",
  "evaluasi",
  "data",
  "sistem",
];
const nm = (i: number, salt: string) =>
  `Dokumen ${words[i % 10]} ${words[(i >> 3) % 10]} ${salt} nomor${i}`;
function row(unit: string, i: number, name: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id: `${unit}!${i}`,
    unit,
    name,
    satuan: "dokumen",
    target: parseTarget("5"),
    cells: {},
    ...extra,
  };
}
it("prof", () => {
  const n = 1000;
  const ind: Indicator[] = [];
  for (let i = 0; i < n; i++) ind.push(row("Induk", i, nm(i, "induk"), { code: String(i + 1) }));
  for (let i = 0; i < n; i++)
    ind.push(row("Anak", i, nm(i, "anak"), { objective: "SS anak " + i }));
  const plan = {
    units: [
      { name: "Induk" },
      { name: "Anak", parents: [{ name: "Induk", source: "sheet" as const }] },
    ],
    indicators: ind,
    rules: [],
    settings: { framework: "permenpan" as const, locale: "id" as const },
  };
  let t = Date.now();
  const idx = new PlanIndex(plan);
  console.log("index", Date.now() - t);
  t = Date.now();
  for (const r of ind.slice(n)) for (const p of ind.slice(0, n)) narrows(r.name, p.name);
  console.log("narrows all pairs", Date.now() - t);
  t = Date.now();
  for (const r of ind.slice(n, n + 200)) suggestParents(idx, r);
  console.log("suggest 200", Date.now() - t);
  t = Date.now();
  resolveLinks(new PlanIndex(plan));
  console.log("resolve", Date.now() - t);
}, 600000);
