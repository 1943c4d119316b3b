import { cascadePlan } from "../../src/core/cascade";
import { gridsFromSpec } from "../../src/sample/spec";
import { planFill, sheetNameFor } from "../../src/workbook/fill";
import { readWorkbook } from "../../src/workbook/read";
import { dinasWithPercentSimpus, KESMAS, KESMAS_SHEET } from "../fixtures/dinasKesehatan";

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
