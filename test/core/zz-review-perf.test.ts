import { checkPlan } from "../../src/core/check";
import type { Indicator, Plan, CascadeRule } from "../../src/core/model";
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

function twoUnits(n: number): Plan {
  const ind: Indicator[] = [];
  for (let i = 0; i < n; i++) ind.push(row("Induk", i, nm(i, "induk"), { code: String(i + 1) }));
  // child rows: own names, own Sasaran matching parent's Sasaran (contributing inferred)
  for (let i = 0; i < n; i++)
    ind.push(row("Anak", i, nm(i, "anak"), { objective: "SS anak " + i }));
  return {
    units: [{ name: "Induk" }, { name: "Anak", parents: [{ name: "Induk", source: "sheet" }] }],
    indicators: ind,
    rules: [],
    settings: { framework: "permenpan", locale: "id" },
  };
}
function matrix(p: number, c: number, rowsPerChild: number): Plan {
  const ind: Indicator[] = [];
  const units = [{ name: "Induk" }];
  const rules: CascadeRule[] = [];
  for (let i = 0; i < p; i++)
    ind.push(row("Induk", i, `Jumlah dokumen ${i}`, { code: String(i + 1) }));
  for (let u = 0; u < c; u++) {
    const un = `Unit ${u}`;
    units.push({ name: un, parents: [{ name: "Induk", source: "sheet" }] } as any);
    for (let i = 0; i < rowsPerChild; i++)
      ind.push(
        row(un, i, `Jumlah dokumen ${i}`, { links: [{ parent: String(i + 1), type: "F" }] })
      );
    for (let i = 0; i < p; i++)
      rules.push({
        parent: String(i + 1),
        parentUnit: "Induk",
        child: un,
        type: "F",
        source: "matrix",
      });
  }
  return { units, indicators: ind, rules, settings: { framework: "kemenkeu", locale: "id" } };
}
const time = (f: () => unknown) => {
  const t = Date.now();
  f();
  return Date.now() - t;
};
it("inference per unit", () => {
  for (const n of [1000, 2000, 4000])
    console.log(
      "twoUnits",
      n,
      time(() => checkPlan(twoUnits(n))),
      "ms"
    );
}, 600000);
it("matrix rules", () => {
  for (const p of [250, 500, 1000])
    console.log(
      "matrix p=",
      p,
      "c=20 rows=",
      p * 21,
      time(() => checkPlan(matrix(p, 20, p))),
      "ms"
    );
}, 600000);
