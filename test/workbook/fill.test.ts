import { reasonText } from "../../src/core/reasonMessages";
import { cascadePlan } from "../../src/core/cascade";
import { checkPlan } from "../../src/core/check";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec } from "../../src/sample/spec";
import { planFill, sheetNameFor } from "../../src/workbook/fill";
import { readWorkbook } from "../../src/workbook/read";
import { emptyProfile } from "../../src/workbook/profile";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { openSession } from "../../src/app/session";
import {
  dinasWithKesmas,
  dinasWithPercentSimpus,
  KESMAS,
  KESMAS_SHEET,
} from "../fixtures/dinasKesehatan";

describe("the name of a sheet added for a unit without a table", () => {
  it("is PK and the unit's name", () => {
    expect(sheetNameFor("Bidang Kesehatan Masyarakat", new Set())).toBe(
      "PK Bidang Kesehatan Masyarakat"
    );
  });

  it("keeps within Excel's 31 characters and drops the characters Excel refuses", () => {
    const name = sheetNameFor("Subbagian Perencanaan / Evaluasi [Kanwil: Jawa Tengah]", new Set());
    expect(name).toBe("PK Subbagian Perencanaan Evalua");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
  });

  it("never takes a name the workbook already has, whatever its case", () => {
    const taken = new Set(["pk kantor regional i yogyakarta"]);
    expect(sheetNameFor("Kantor Regional I Yogyakarta", taken)).toBe(
      "PK Kantor Regional I Yogyak (2)"
    );
  });
});

describe("the rows of a sheet added for a unit without a table", () => {
  it("take the parent column's form: a fraction under its percent format", () => {
    // the Dinas writes its SIMPUS target as 0.95 under a 0% format on row 5, the very row the
    // new sheet's first data row takes: the whole parent column still decides the form
    const spec = dinasWithPercentSimpus();
    const grids = gridsFromSpec(spec);
    const read = readWorkbook(grids);
    const plan = planFill(read, grids, cascadePlan(read.plan), { newSheets: [KESMAS] });
    const e5 = plan.changes.find((c) => c.sheet === KESMAS_SHEET && c.cell === "E5");
    expect(e5).toMatchObject({ new: 0.95, numFmt: "0%" });
  });
});

describe("a target a number cannot hold", () => {
  it.each([
    ["a ceiling", "≤ 10"],
    ["a floor", "Min. 90 %"],
    ["a grade with its score", "81 (A)"],
  ])(
    "%s (%s) is written as the Dinas wrote it, in the Bidang's number column and on a new sheet, and the next fill leaves it",
    async (_what, target) => {
      const spec = dinasWithKesmas();
      spec.sheets[1].rows[3][4] = target; // the Dinas's SIMPUS target
      let host = await XlsxWorkbook.open(await xlsxFromSpec(spec), "dinas.xlsx");
      const session = await openSession(host);
      const { plan } = planSessionFill(session, { newSheets: "all" });
      const written = (sheet: string, cell: string) =>
        plan.changes.find((c) => c.sheet === sheet && c.cell === cell)?.new;
      // the Bidang's column holds numbers (10); the SIMPUS row is inserted below row 3
      expect(written("PK Bidang", "E4")).toBe(target);
      expect(written(KESMAS_SHEET, "E6")).toBe(target);
      // the Bidang's own conflict stays a number, as its column writes numbers
      expect(plan.conflicts.map((c) => [c.cell, c.new])).toEqual([["E3", 12]]);
      await applySessionFill(host, session, plan);
      host = await XlsxWorkbook.open(await host.toBuffer(), "dinas.xlsx");
      const again = planSessionFill(await openSession(host), { newSheets: "all" }).plan;
      expect({
        changes: again.changes,
        inserts: again.inserts,
        sheets: again.sheets ?? [],
      }).toEqual({
        changes: [],
        inserts: [],
        sheets: [],
      });
      expect(again.conflicts.map((c) => [c.cell, c.new])).toEqual([["E3", 12]]);
    }
  );
});

describe("a Kantor Regional's periods in the fill", () => {
  const samplePlan = () => {
    const grids = gridsFromSpec(sampleWorkbook());
    const read = readWorkbook(grids);
    return planFill(read, grids, cascadePlan(read.plan));
  };

  it("are named as the sheet heads them, TW I to TW IV", () => {
    const plan = samplePlan();
    // Kantor Regional I's share of 1.2, phased over its four quarters
    const whys = ["F15", "G15", "H15", "I15"]
      .map((cell) => plan.changes.find((c) => c.sheet === "IKU Eselon II" && c.cell === cell)?.why)
      .map((why) => why && reasonText(why, "id"));
    expect(whys).toEqual([
      "1.2 → Kantor Regional I Yogyakarta: TW I",
      "1.2 → Kantor Regional I Yogyakarta: TW II",
      "1.2 → Kantor Regional I Yogyakarta: TW III",
      "1.2 → Kantor Regional I Yogyakarta: TW IV",
    ]);
  });

  it("are left alone with their target when the target is the Kanreg's own (a conflict)", () => {
    const plan = samplePlan();
    // Kantor Regional I wrote 90 where 1.1 asks for 95: its TW I–IV stay empty, as conflicts
    expect(plan.conflicts.find((c) => c.cell === "E14")).toMatchObject({ old: 90, new: 95 });
    const held = plan.conflicts.filter((c) => ["F14", "G14", "H14", "I14"].includes(c.cell));
    expect(held.map((c) => c.why && reasonText(c.why, "id"))).toEqual([
      "1.1 → Kantor Regional I Yogyakarta: TW I",
      "1.1 → Kantor Regional I Yogyakarta: TW II",
      "1.1 → Kantor Regional I Yogyakarta: TW III",
      "1.1 → Kantor Regional I Yogyakarta: TW IV",
    ]);
    expect(held.map((c) => c.why)).toContainEqual({
      code: "change-row",
      parent: "1.1",
      unit: "Kantor Regional I Yogyakarta",
      field: "period",
      period: { index: 3, count: 4 },
    });
    expect(held.every((c) => c.reason.code === "fill-periods-held")).toBe(true);
    expect(
      plan.changes.filter((c) => c.sheet === "IKU Eselon II" && /^[F-I]14$/.test(c.cell))
    ).toEqual([]);
  });
});

describe("a fill for one finding's IKU ('Isi dari atasan')", () => {
  const session = () => {
    const grids = gridsFromSpec(sampleWorkbook());
    return { grids, profile: emptyProfile(), read: readWorkbook(grids) };
  };
  const findings = (s: ReturnType<typeof session>) => checkPlan(s.read.plan).findings;

  it("adds the row a unit named in the matriks still lacks, and nothing for other IKU or units", () => {
    const s = session();
    const missing = findings(s).find((f) => f.code === "MISSING_CONTRIBUTION");
    expect(missing).toBeDefined();
    const whole = planSessionFill(s).plan;
    const focused = planSessionFill(s, {
      focus: { rows: missing?.rows ?? [], parent: missing?.parent, unit: missing?.unit },
    }).plan;
    expect(focused.inserts).toHaveLength(1);
    expect(focused.changes.length).toBeGreaterThan(0);
    expect(focused.changes.length).toBeLessThan(whole.changes.length);
    expect(
      focused.changes.every(
        (c) =>
          c.why?.code === "change-row" &&
          c.why.parent === missing?.parent &&
          c.why.unit === missing?.unit
      )
    ).toBe(true);
  });
});
