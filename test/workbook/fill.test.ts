import { sheetNameFor } from "../../src/workbook/fill";

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
