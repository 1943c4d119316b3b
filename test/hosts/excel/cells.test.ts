import { isDateFormat, serialToDay } from "../../../src/hosts/excel/cells";

describe("dates in Office.js values", () => {
  it("knows a date format from a number format", () => {
    expect(
      ["dd/mm/yyyy", "d mmmm yyyy", "[$-421]dd mmmm yyyy", "yyyy-mm-dd"].map(isDateFormat)
    ).toEqual([true, true, true, true]);
    expect(
      ["0%", "#,##0", '#,##0 "hari"', '"Rp" #,##0', "[$Rp-421]#,##0", "0.00"].map(isDateFormat)
    ).toEqual([false, false, false, false, false, false]);
  });

  it("reads a serial as the day ExcelJS gives for it (a Renja signed on 30 June 2026)", () => {
    expect(serialToDay(46203)).toBe("2026-06-30");
    expect(serialToDay(46203.75)).toBe("2026-06-30");
  });
});
