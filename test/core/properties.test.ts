import fc from "fast-check";
import { applyProposals, cascadePlan } from "../../src/core/cascade";
import { checkPlan } from "../../src/core/check";
import type { CascadeRule, Indicator, Plan, Unit } from "../../src/core/model";
import { parseTarget } from "../../src/core/values";
import { PlanBuilder } from "./planBuilder";

const UNIT_NAMES = [
  "Badan Pusat Statistik",
  "Deputi Bidang Statistik Sosial",
  "Direktorat Statistik Kependudukan",
  "BPS Provinsi Aceh",
  "BPS Kabupaten Simeulue",
  "Kepala Bagian Umum",
  "Bag. Umum",
  "",
];
const NAMES = [
  "Persentase publikasi statistik yang terbit tepat waktu",
  "Jumlah rekomendasi kegiatan statistik sektoral",
  "Indeks kepuasan konsumen data",
  "Tingkat penyelenggaraan pembinaan statistik sektoral",
  "Opini BPK atas laporan keuangan",
  "Nilai SAKIP",
  "",
];
const TARGETS = [
  "100",
  "85,5",
  "≥ 90",
  "maks 5",
  "80 s.d. 90",
  "WTP",
  "BB",
  "-",
  "…. %",
  "Rp 1.250.000,-",
  "x",
  "",
];
const TYPES = [
  "F",
  "P",
  "P 40%",
  "K",
  "✓",
  "x",
  "Indirect",
  "Direct",
  "-",
  "25",
  "catatan bebas",
  "",
];

const arbUnit: fc.Arbitrary<Unit> = fc.record({
  name: fc.oneof(fc.constantFrom(...UNIT_NAMES), fc.string()),
  level: fc.option(fc.constantFrom("I", "II.a", "2", "JPT Pratama", "x"), { nil: undefined }),
  code: fc.option(fc.constantFrom("1100", "1101", "1102", "0000", "11"), { nil: undefined }),
  parents: fc.array(
    fc.record({
      name: fc.constantFrom(...UNIT_NAMES),
      source: fc.constantFrom(
        "profile",
        "sheet",
        "column",
        "pk",
        "matrix",
        "code",
        "link" as const
      ),
    }),
    { maxLength: 2 }
  ),
});

const arbValue = fc.oneof(fc.constantFrom(...TARGETS), fc.string(), fc.double(), fc.integer());

const arbIndicator = (i: number): fc.Arbitrary<Indicator> =>
  fc
    .record({
      unit: fc.constantFrom(...UNIT_NAMES),
      code: fc.option(
        fc.oneof(fc.constantFrom("1", "1.1", "IKU 1.2.", "1,2", "2896.BMA.004"), fc.string()),
        {
          nil: undefined,
        }
      ),
      name: fc.oneof(fc.constantFrom(...NAMES), fc.string()),
      objective: fc.option(fc.constantFrom("Meningkatnya kualitas data", "Tata kelola"), {
        nil: undefined,
      }),
      satuan: fc.option(fc.constantFrom("%", "dokumen", "indeks", "opini", "Rp", "hari", "km"), {
        nil: undefined,
      }),
      target: arbValue,
      periods: fc.option(fc.array(arbValue, { maxLength: 12 }), { nil: undefined }),
      weight: fc.option(arbValue, { nil: undefined }),
      link: fc.option(fc.oneof(fc.constantFrom("1", "1.1", ...NAMES), fc.string()), {
        nil: undefined,
      }),
      type: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
      polarity: fc.option(fc.constantFrom("max", "min", "stabilize" as const), { nil: undefined }),
      additional: fc.boolean(),
    })
    .map((r) => ({
      id: `row${i}`,
      unit: r.unit,
      code: r.code,
      name: r.name,
      objective: r.objective,
      satuan: r.satuan,
      target: parseTarget(r.target),
      periods: r.periods?.map((p) => parseTarget(p)),
      weight: r.weight === undefined ? undefined : parseTarget(r.weight),
      polarity: r.polarity ? { value: r.polarity, stated: true } : undefined,
      links: r.link
        ? [{ parent: r.link, type: r.type, cell: { sheet: "S", cell: `M${i + 2}` } }]
        : undefined,
      cascadeType: r.type,
      additional: r.additional,
      cells: {
        indicator: { sheet: r.unit.slice(0, 31) || "Sheet1", cell: `D${i + 2}` },
        target: { sheet: r.unit.slice(0, 31) || "Sheet1", cell: `F${i + 2}` },
      },
    }));

const arbRule: fc.Arbitrary<CascadeRule> = fc.record({
  parent: fc.oneof(fc.constantFrom("1", "1.1", ...NAMES), fc.string()),
  parentUnit: fc.option(fc.constantFrom(...UNIT_NAMES), { nil: undefined }),
  child: fc.constantFrom(...UNIT_NAMES),
  type: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
  source: fc.constantFrom("matrix", "rule" as const),
});

const arbPlan: fc.Arbitrary<Plan> = fc
  .tuple(
    fc.array(arbUnit, { maxLength: 6 }),
    fc
      .integer({ min: 0, max: 14 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbIndicator(i)))),
    fc.array(arbRule, { maxLength: 8 }),
    fc.constantFrom("kemenkeu", "permenpan" as const)
  )
  .map(([units, indicators, rules, framework]) => ({
    units,
    indicators,
    rules,
    settings: { framework, locale: "id" as const },
  }));

describe("the check on arbitrary plans", () => {
  it("never throws, and every finding has a catalogue severity and a message-ready shape", () => {
    fc.assert(
      fc.property(arbPlan, (plan) => {
        const result = checkPlan(plan);
        for (const f of result.findings) {
          expect(["error", "warning", "info"]).toContain(f.severity);
          expect(Array.isArray(f.suggestions)).toBe(true);
          expect(f.suggestions.length).toBeLessThanOrEqual(3);
        }
        expect(result.summary.errors + result.summary.warnings + result.summary.info).toBe(
          result.findings.length
        );
      }),
      { numRuns: 300 }
    );
  });

  it("cascade planning never throws either", () => {
    fc.assert(
      fc.property(arbPlan, (plan) => {
        const { rows } = cascadePlan(plan);
        applyProposals(plan, rows);
      }),
      { numRuns: 200 }
    );
  });
});

/** A Badan, its IKUs of several kinds, and clean rules for its Direktorat: F, P, P x% (Σ ≤ 100). */
const IKU_KINDS = [
  {
    name: "Jumlah rekomendasi kebijakan statistik",
    satuan: "rekomendasi",
    target: (n: number) => String(n),
  },
  {
    name: "Persentase publikasi yang terbit tepat waktu",
    satuan: "%",
    target: (n: number) => `${n % 100},5 %`,
  },
  {
    name: "Indeks kepuasan konsumen data",
    satuan: "indeks",
    target: (n: number) => `${(n % 4) + 1},25`,
  },
  {
    name: "Anggaran kegiatan sensus",
    satuan: "Rp",
    target: (n: number) => `Rp ${(n % 999) + 1}.000.000,-`,
  },
  { name: "Opini BPK atas laporan keuangan", satuan: "opini", target: () => "WTP" },
  {
    name: "Panjang jaringan data yang terhubung",
    satuan: "km",
    target: (n: number) => `${n},75 km`,
  },
];
const DIREKTORAT = [
  "Direktorat Statistik Harga",
  "Direktorat Statistik Distribusi",
  "Direktorat Neraca Produksi",
  "Direktorat Diseminasi",
];

const arbCleanCascade = fc
  .array(
    fc.record({
      kind: fc.integer({ min: 0, max: IKU_KINDS.length - 1 }),
      size: fc.integer({ min: 1, max: 9999 }),
      quarters: fc.boolean(),
      full: fc.subarray(DIREKTORAT),
      partial: fc.subarray(DIREKTORAT, { minLength: 1 }),
      explicit: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 6 }
  )
  .map((ikus) => {
    const b = new PlanBuilder().unit("Badan Pusat Statistik");
    for (const d of DIREKTORAT) b.unit(d, { parent: "Badan Pusat Statistik" });
    ikus.forEach((iku, i) => {
      const kind = IKU_KINDS[iku.kind];
      const target = kind.target(iku.size);
      b.row("Badan Pusat Statistik", {
        code: `IKU ${i + 1}`,
        name: `${kind.name} ${i + 1}`,
        satuan: kind.satuan,
        target,
        periods: iku.quarters && kind.satuan !== "opini" ? ["", "", "", target] : undefined,
      });
      const partial = iku.partial.filter((d) => !iku.full.includes(d));
      for (const d of iku.full)
        b.mark(`IKU ${i + 1}`, d, "F", { parentUnit: "Badan Pusat Statistik" });
      // explicit percents on all but the last partial unit, so the plain P takes what is left
      let left = 100;
      partial.forEach((d, j) => {
        const pct = j < partial.length - 1 ? Math.min(iku.explicit[j] ?? 0, left - 1) : 0;
        const mark = pct > 0 ? `P ${pct}%` : "P";
        left -= pct;
        b.mark(`IKU ${i + 1}`, d, mark, { parentUnit: "Badan Pusat Statistik" });
      });
    });
    return b.build();
  });

describe("cascading clean rules", () => {
  it("yields a plan whose check has no error findings", () => {
    fc.assert(
      fc.property(arbCleanCascade, (plan) => {
        const { rows } = cascadePlan(plan);
        const after = checkPlan(applyProposals(plan, rows));
        expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });
});
