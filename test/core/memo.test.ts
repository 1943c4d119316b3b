import { textMemo } from "../../src/core/memo";

describe("the text memo behind satuan, names and number formats", () => {
  it("reads each distinct satuan once, however many rows repeat it", () => {
    const read: string[] = [];
    const classOf = textMemo((satuan) => {
      read.push(satuan);
      return /persen|%/i.test(satuan) ? "percent" : undefined;
    }, 100);
    const column = ["Persen", "Dokumen", "Persen", "Dokumen", "Persen", "%"];
    expect(column.map(classOf)).toEqual([
      "percent",
      undefined,
      "percent",
      undefined,
      "percent",
      "percent",
    ]);
    // "Dokumen" has no class, and that answer is remembered too
    expect(read).toEqual(["Persen", "Dokumen", "%"]);
  });

  it("starts again when full, and still answers right", () => {
    let calls = 0;
    const upper = textMemo((unit) => {
      calls++;
      return unit.toUpperCase();
    }, 2);
    expect(["Biro Umum", "Biro Hukum", "Kanreg I", "Biro Umum"].map(upper)).toEqual([
      "BIRO UMUM",
      "BIRO HUKUM",
      "KANREG I",
      "BIRO UMUM",
    ]);
    // the third name found it full: it began again with that name alone
    expect(calls).toBe(4);
  });
});
