/**
 * Capaian and roll-up (DESIGN.md §8, issue 13, part): the arithmetic planners do in their
 * monitoring sheets, from readable examples and as properties of any set of children.
 */
import fc from "fast-check";
import { capaianOf, gradeCapaian, rollUp, unitCapaian } from "../../src/core/capaian";

describe("capaian of one IKU", () => {
  it("Maximize: 'Persentase layanan mutasi tepat waktu' 95 targeted, 76 realised is 80 %", () => {
    expect(capaianOf(95, 76, "max")).toBe(80);
  });

  it("Minimize: 'Jumlah temuan BPK' 10 targeted, 8 found is 120 %, not 80 % (the Maximize formula's answer)", () => {
    expect(capaianOf(10, 8, "min")).toBe(120);
    expect(capaianOf(10, 8, "max")).toBe(80);
  });

  it("Stabilize: inside the band is on target, outside it falls with the distance", () => {
    expect(capaianOf(3.5, 3.6, "stabilize", { floor: 0, cap: 120, band: 0.05 })).toBe(100);
    expect(capaianOf(3.5, 4.2, "stabilize", { floor: 0, cap: 120, band: 0 })).toBe(80);
  });

  it("keeps to the floor and cap of the profile (120 by default; 100 or none in some agencies)", () => {
    expect(capaianOf(100, 150, "max")).toBe(120);
    expect(capaianOf(100, 150, "max", { floor: 0, cap: 100, band: 0 })).toBe(100);
    expect(capaianOf(100, 150, "max", { floor: 0, cap: null, band: 0 })).toBe(150);
    expect(capaianOf(10, 25, "min")).toBe(0);
  });

  it("has no capaian for a target of zero", () => {
    expect(capaianOf(0, 5, "max")).toBeUndefined();
  });

  it("grades by their order: an 'A' targeted and a 'BB' reached falls one step short", () => {
    expect(gradeCapaian("A", "A")).toBe(100);
    expect(gradeCapaian("A", "BB")).toBeCloseTo(83.33, 2);
    expect(gradeCapaian("WTP", "WDP")).toBeCloseTo(66.67, 2);
    expect(gradeCapaian("A", "WTP")).toBeUndefined();
  });
});

describe("roll-up across the cascade", () => {
  it("a partial Sum set: three Kantor Regional realising 400, 350, 250 give the Deputi 1 000", () => {
    expect(
      rollUp(
        [
          { realisasi: 400, type: "partial" },
          { realisasi: 350, type: "partial" },
          { realisasi: 250, type: "partial" },
        ],
        "sum"
      )
    ).toBe(1000);
  });

  it("a partial Average set weighted by its denominators", () => {
    expect(
      rollUp(
        [
          { realisasi: 90, weight: 300, type: "partial" },
          { realisasi: 80, weight: 100, type: "partial" },
        ],
        "average"
      )
    ).toBe(87.5);
  });

  it("a full child reports the parent's own result; contributing rows never count", () => {
    expect(
      rollUp([
        { realisasi: 12, type: "contributing" },
        { realisasi: 95, type: "full" },
      ])
    ).toBe(95);
    expect(rollUp([{ realisasi: 12, type: "contributing" }])).toBeUndefined();
  });

  const child = fc.record({
    target: fc.integer({ min: 1, max: 10_000 }),
    weight: fc.integer({ min: 1, max: 500 }),
  });

  it("property: children that realise exactly their targets roll up to the parent's target", () => {
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 8 }), (kids) => {
        const parentSum = kids.reduce((s, k) => s + k.target, 0);
        expect(
          rollUp(
            kids.map((k) => ({ realisasi: k.target, type: "partial" })),
            "sum"
          )
        ).toBe(parentSum);
        // an Average set whose children all realise the parent's own target
        const t = kids[0].target;
        const mean = rollUp(
          kids.map((k) => ({ realisasi: t, weight: k.weight, type: "partial" })),
          "average"
        ) as number;
        expect(mean).toBeCloseTo(t, 9);
      })
    );
  });

  it("property: contributing rows never change a parent's figure", () => {
    fc.assert(
      fc.property(
        fc.array(child, { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 4 }),
        fc.constantFrom<"sum" | "average" | "last">("sum", "average", "last"),
        (kids, contributions, consolidation) => {
          const set = kids.map((k) => ({
            realisasi: k.target,
            weight: k.weight,
            type: "partial" as const,
          }));
          const extra = contributions.map((c) => ({ realisasi: c, type: "contributing" as const }));
          expect(rollUp([...set, ...extra], consolidation)).toBe(rollUp(set, consolidation));
        }
      )
    );
  });
});

describe("a unit's capaian", () => {
  it("is the mean of its IKU, weighted by bobot when every IKU has one", () => {
    expect(unitCapaian([{ capaian: 100 }, { capaian: 80 }])).toBe(90);
    expect(
      unitCapaian([
        { capaian: 100, weight: 60 },
        { capaian: 80, weight: 40 },
      ])
    ).toBe(92);
  });
});
