import fc from "fast-check";
import type { Share } from "../../src/core/model";
import { precisionFor } from "../../src/core/precision";
import { satuanClass } from "../../src/core/satuan";
import {
  type SplitChild,
  type SplitRequest,
  type SplitResult,
  largestRemainder,
  splitTarget,
} from "../../src/core/split";

const num = (value: number, decimals = 0): SplitRequest["parent"] => ({
  kind: "number",
  value,
  decimals,
});
const children = (...names: string[]): SplitChild[] => names.map((name) => ({ name }));
const values = (r: SplitResult): (number | undefined)[] =>
  r.ok ? r.parts.map((p) => p.value) : [];

describe("precisionFor", () => {
  it("counts whole items, matched by word and case-insensitively", () => {
    expect(precisionFor("Dokumen", 0)).toBe(0);
    expect(precisionFor("Kab/Kota", 0)).toBe(0);
    expect(satuanClass("Jumlah SOP")).toBe("count");
    expect(satuanClass("OPD")).toBe("count");
    expect(satuanClass("Indeks layanan")).toBe("index");
  });

  it("keeps whole rupiah, but not for amounts in juta or miliar", () => {
    expect(satuanClass("Rp")).toBe("money");
    expect(satuanClass("rupiah")).toBe("money");
    expect(precisionFor("Rp Juta", 1)).toBe(1);
    expect(precisionFor("Rp", 0)).toBe(0);
  });

  it("gives two decimals for percentages, and more if the parent shows more", () => {
    expect(precisionFor("%", 0)).toBe(2);
    expect(precisionFor("Persentase", 1)).toBe(2);
    expect(precisionFor("persen", 3)).toBe(3);
  });

  it("never shows fewer decimals than the parent", () => {
    expect(precisionFor("dokumen", 1)).toBe(1);
    expect(precisionFor("km", 2)).toBe(2);
    expect(precisionFor(undefined, 0)).toBe(0);
  });
});

describe("splitTarget: Sum type", () => {
  it("splits 10 dokumen perencanaan over 3 Kantor Regional as 4/3/3, ties in column order", () => {
    const r = splitTarget({
      parent: num(10),
      satuan: "Dokumen",
      consolidation: "sum",
      method: "equal",
      children: children("Kanreg I", "Kanreg II", "Kanreg III"),
    });
    expect(r).toEqual({
      ok: true,
      mode: "split",
      precision: 0,
      parts: [
        { child: "Kanreg I", value: 4 },
        { child: "Kanreg II", value: 3 },
        { child: "Kanreg III", value: 3 },
      ],
    });
  });

  it("splits a rupiah budget over Biro by jumlah pegawai, to the whole rupiah", () => {
    const r = splitTarget({
      parent: num(1_000_000_000),
      satuan: "Rp",
      consolidation: "sum",
      method: "basis",
      children: [
        { name: "Biro Perencanaan", basis: 45 },
        { name: "Biro Keuangan", basis: 60 },
        { name: "Biro Umum", basis: 120 },
      ],
    });
    expect(values(r)).toEqual([200_000_000, 266_666_667, 533_333_333]);
  });

  it("gives 'P 40%' its percent and lets two plain P share the rest equally", () => {
    const r = splitTarget({
      parent: num(25),
      satuan: "laporan",
      consolidation: "sum",
      method: "shares",
      children: [
        { name: "Dit A", share: { kind: "percent", value: 40 } },
        { name: "Dit B" },
        { name: "Dit C" },
      ],
    });
    expect(values(r)).toEqual([10, 8, 7]);
  });

  it("keeps an absolute share and splits the rest", () => {
    const r = splitTarget({
      parent: num(12),
      satuan: "kegiatan",
      consolidation: "sum",
      method: "equal",
      children: [
        { name: "Bidang 1", share: { kind: "absolute", value: 6 } },
        { name: "Bidang 2" },
        { name: "Bidang 3" },
      ],
    });
    expect(values(r)).toEqual([6, 3, 3]);
  });

  it("rounds explicit shares alone to their own total when they leave part of the parent", () => {
    // 3 × 33 % of 10 = 9,9 → 10 - 0,1 unallocated; the shares are rounded to 10 together.
    const pct = (value: number): { kind: "percent"; value: number } => ({ kind: "percent", value });
    const r = splitTarget({
      parent: num(10),
      satuan: "orang",
      consolidation: "sum",
      method: "shares",
      children: [
        { name: "A", share: pct(33) },
        { name: "B", share: pct(33) },
        { name: "C", share: pct(33) },
      ],
    });
    expect(values(r)).toEqual([4, 3, 3]);
    const half = splitTarget({
      parent: num(10),
      satuan: "orang",
      consolidation: "sum",
      method: "shares",
      children: [
        { name: "A", share: pct(30) },
        { name: "B", share: pct(20) },
      ],
    });
    expect(values(half)).toEqual([3, 2]);
  });

  it("splits 336,68 km of road at the parent's two decimals with clean numbers", () => {
    const r = splitTarget({
      parent: num(336.68, 2),
      satuan: "km",
      consolidation: "sum",
      method: "equal",
      children: children("UPT 1", "UPT 2", "UPT 3"),
    });
    expect(values(r)).toEqual([112.23, 112.23, 112.22]);
  });

  it("splits a range end by end with the same weights", () => {
    const r = splitTarget({
      parent: { kind: "range", low: 80, high: 90, decimals: 0 },
      satuan: "desa",
      consolidation: "sum",
      method: "equal",
      children: children("Kec. A", "Kec. B"),
    });
    expect(r.ok && r.parts).toEqual([
      { child: "Kec. A", low: 40, high: 45 },
      { child: "Kec. B", low: 40, high: 45 },
    ]);
  });

  it("splits a bound ('min. 100 orang') by its value", () => {
    const r = splitTarget({
      parent: { kind: "bound", value: 100, decimals: 0 },
      satuan: "orang",
      consolidation: "sum",
      method: "equal",
      children: children("A", "B", "C"),
    });
    expect(values(r)).toEqual([34, 33, 33]);
  });
});

describe("splitTarget: copied, not split", () => {
  it("copies 'Persentase penyelesaian pengaduan 98,02 %' on an Average-type IKU", () => {
    const r = splitTarget({
      parent: num(98.02, 2),
      satuan: "%",
      consolidation: "average",
      method: "equal",
      children: children("Kanwil A", "Kanwil B"),
    });
    expect(r).toEqual({
      ok: true,
      mode: "copied",
      precision: 2,
      note: "average-not-split",
      parts: [
        { child: "Kanwil A", value: 98.02 },
        { child: "Kanwil B", value: 98.02 },
      ],
    });
  });

  it("takes an absolute share on an Average-type IKU as that child's own target", () => {
    const r = splitTarget({
      parent: num(90),
      satuan: "%",
      consolidation: "average",
      method: "shares",
      children: [
        { name: "A", share: { kind: "absolute", value: 85 } },
        { name: "B", share: { kind: "percent", value: 50 } },
      ],
    });
    expect(values(r)).toEqual([85, 90]);
  });

  it("copies a Take Last Known target and a range band", () => {
    const last = splitTarget({
      parent: num(3),
      consolidation: "last",
      method: "equal",
      children: children("A"),
    });
    expect(last.ok && last.note).toBe("last-not-split");
    const band = splitTarget({
      parent: { kind: "range", low: 80, high: 90, decimals: 0 },
      satuan: "%",
      consolidation: "average",
      method: "equal",
      children: children("A"),
    });
    expect(band.ok && band.parts).toEqual([{ child: "A", low: 80, high: 90 }]);
  });

  it("copies the opinion 'WTP' to every child", () => {
    const r = splitTarget({
      parent: { kind: "grade", grade: "WTP", decimals: 0 },
      satuan: "Opini",
      consolidation: "last",
      method: "equal",
      children: children("Satker 1", "Satker 2"),
    });
    expect(r).toEqual({
      ok: true,
      mode: "copied",
      precision: 0,
      note: "grade-copied",
      parts: [
        { child: "Satker 1", grade: "WTP" },
        { child: "Satker 2", grade: "WTP" },
      ],
    });
  });
});

describe("splitTarget: refusals are reasons, never exceptions", () => {
  const base: SplitRequest = {
    parent: num(10),
    satuan: "dokumen",
    consolidation: "sum",
    method: "equal",
    children: children("A", "B"),
  };

  it.each(["text", "placeholder", "empty"] as const)(
    "refuses a %s target as not numeric",
    (kind) => {
      expect(splitTarget({ ...base, parent: { kind, decimals: 0 } })).toEqual({
        ok: false,
        reason: "not-numeric",
      });
    }
  );

  it("refuses a split with no children", () => {
    expect(splitTarget({ ...base, children: [] })).toEqual({ ok: false, reason: "no-children" });
  });

  it("refuses explicit shares above the parent", () => {
    const share = (value: number): Share => ({ kind: "percent", value });
    const over = [
      { name: "A", share: share(60) },
      { name: "B", share: share(50) },
    ];
    expect(splitTarget({ ...base, children: over })).toEqual({
      ok: false,
      reason: "shares-exceed-total",
    });
    const absolute = [
      { name: "A", share: { kind: "absolute", value: 11 } as Share },
      { name: "B" },
    ];
    expect(splitTarget({ ...base, children: absolute })).toEqual({
      ok: false,
      reason: "shares-exceed-total",
    });
  });

  it("accepts decimal shares that add up to the parent exactly", () => {
    const abs = (value: number): Share => ({ kind: "absolute", value });
    const r = splitTarget({
      ...base,
      parent: num(1, 1),
      satuan: "km",
      children: [
        { name: "A", share: abs(0.1) },
        { name: "B", share: abs(0.2) },
        { name: "C", share: abs(0.7) },
      ],
    });
    expect(values(r)).toEqual([0.1, 0.2, 0.7]);
  });

  it("refuses a negative share and names the child", () => {
    const children = [
      { name: "A", share: { kind: "absolute", value: -1 } as Share },
      { name: "B" },
    ];
    expect(splitTarget({ ...base, children })).toEqual({
      ok: false,
      reason: "negative-share",
      child: "A",
    });
  });

  it("refuses a basis split with a missing or all-zero basis", () => {
    const missing = splitTarget({
      ...base,
      method: "basis",
      children: [{ name: "A", basis: 3 }, { name: "B" }],
    });
    expect(missing).toEqual({ ok: false, reason: "basis-missing", child: "B" });
    const zero = splitTarget({
      ...base,
      method: "basis",
      children: [
        { name: "A", basis: 0 },
        { name: "B", basis: 0 },
      ],
    });
    expect(zero).toEqual({ ok: false, reason: "basis-zero" });
  });
});

describe("largestRemainder", () => {
  it("keeps the total exact and gives ties to the earlier weight", () => {
    expect(largestRemainder(10, [1, 1, 1], 0)).toEqual([4, 3, 3]);
    expect(largestRemainder(1, [1, 1, 1], 2)).toEqual([0.34, 0.33, 0.33]);
    expect(largestRemainder(0.3, [1, 2], 1)).toEqual([0.1, 0.2]);
    expect(largestRemainder(-10, [1, 1, 1], 0)).toEqual([-4, -3, -3]);
  });
});

// ---- properties ----------------------------------------------------------------------------------

const SATUAN = ["dokumen", "Rp", "%", "km", "indeks", undefined] as const;

/** A parent target written with `d` decimals: k × 10^-d. */
const parentArb = fc.record({
  k: fc.integer({ min: 0, max: 10_000_000 }),
  d: fc.integer({ min: 0, max: 3 }),
  satuan: fc.constantFrom(...SATUAN),
});

type Case = {
  value: number;
  satuan?: string;
  d: number;
  kids: SplitChild[];
  method: SplitRequest["method"];
};

/** Children for each method, with the exact share each should receive. */
const splitCaseArb = fc
  .oneof(
    fc.record({ p: parentArb, n: fc.integer({ min: 1, max: 12 }) }).map(({ p, n }) => ({
      method: "equal" as const,
      p,
      kids: Array.from({ length: n }, (_, i) => ({ name: `U${i}` })),
    })),
    fc
      .record({
        p: parentArb,
        bases: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 12 }),
      })
      .filter(({ bases }) => bases.some((b) => b > 0))
      .map(({ p, bases }) => ({
        method: "basis" as const,
        p,
        kids: bases.map((basis, i) => ({ name: `U${i}`, basis })),
      })),
    fc
      .record({
        p: parentArb,
        pcts: fc.array(fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }), {
          minLength: 1,
          maxLength: 12,
        }),
      })
      // Shares in hundredths of a percent, at least one plain P so the whole parent is shared.
      .filter(
        ({ pcts }) =>
          pcts.some((x) => x === undefined) &&
          pcts.reduce<number>((s, x) => s + (x ?? 0), 0) <= 10_000
      )
      .map(({ p, pcts }) => ({
        method: "shares" as const,
        p,
        kids: pcts.map((x, i) =>
          x === undefined
            ? { name: `U${i}` }
            : { name: `U${i}`, share: { kind: "percent" as const, value: x / 100 } }
        ),
      }))
  )
  .map(({ method, p, kids }): Case => ({
    value: Number(`${p.k}e-${p.d}`),
    satuan: p.satuan,
    d: p.d,
    kids,
    method,
  }));

function exactShares(c: Case): number[] {
  const pctOf = (k: SplitChild) => (k.share ? (c.value * k.share.value) / 100 : 0);
  const left = c.value - c.kids.reduce((s, k) => s + pctOf(k), 0);
  const plain = c.kids.filter((k) => !k.share);
  const weightOf = (k: SplitChild) => (c.method === "basis" ? (k.basis ?? 0) : 1);
  const totalWeight = plain.reduce((s, k) => s + weightOf(k), 0);
  return c.kids.map((k) => (k.share ? pctOf(k) : (left * weightOf(k)) / totalWeight));
}

const split = (c: Case) =>
  splitTarget({
    parent: num(c.value, c.d),
    satuan: c.satuan,
    consolidation: "sum",
    method: c.method,
    children: c.kids,
  });

describe("splitTarget properties", () => {
  it("never loses or invents a unit of target", () => {
    fc.assert(
      fc.property(splitCaseArb, (c) => {
        const r = split(c);
        if (!r.ok) return false;
        const scale = 10 ** r.precision;
        const total = r.parts.reduce((s, p) => s + Math.round((p.value ?? NaN) * scale), 0);
        return total === Math.round(c.value * scale);
      })
    );
  });

  it("gives every child within one unit of its exact share, as a clean decimal", () => {
    fc.assert(
      fc.property(splitCaseArb, (c) => {
        const r = split(c);
        if (!r.ok) return false;
        const unit = 10 ** -r.precision;
        const exact = exactShares(c);
        return r.parts.every((p, i) => {
          const v = p.value ?? NaN;
          const clean = Number(v.toFixed(r.precision)) === v;
          return clean && Math.abs(v - exact[i]) < unit * (1 + 1e-9);
        });
      })
    );
  });
});
