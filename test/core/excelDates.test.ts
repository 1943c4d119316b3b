import { isDateFormat, serialToIsoDate } from "../../src/core/excelDates";

describe("dates, as both hosts read them", () => {
  it("knows a date format from a number format", () => {
    expect(
      [
        "dd/mm/yyyy",
        "d mmmm yyyy",
        "[$-421]dd mmmm yyyy",
        "yyyy-mm-dd",
        "mmm-yy",
        "mmmm",
        "dd/mm/yyyy hh:mm",
        "[$-th-TH]d/m/bbbb",
      ].map(isDateFormat)
    ).toEqual([true, true, true, true, true, true, true, true]);
    expect(
      ["0%", "#,##0", '#,##0 "hari"', '"Rp" #,##0', "[$Rp-421]#,##0", "0.00", "General"].map(
        isDateFormat
      )
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it("leaves times and durations as numbers: an activity log's 'h:mm' is minutes, not a day", () => {
    expect(
      ["h:mm", "hh:mm:ss", "[h]:mm", "[h]:mm:ss", "mm:ss", "h:mm AM/PM", "[mm]:ss"].map(
        isDateFormat
      )
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it("reads a serial as its day (a Renja signed on 30 June 2026), in either date system", () => {
    expect(serialToIsoDate(46203)).toBe("2026-06-30");
    expect(serialToIsoDate(46203.75)).toBe("2026-06-30");
    expect(serialToIsoDate(46203 - 1462, true)).toBe("2026-06-30");
  });

  it("has no day for a number Excel shows as ##### under a date format", () => {
    expect(serialToIsoDate(2958465)).toBe("9999-12-31");
    expect(serialToIsoDate(2958466)).toBeUndefined();
    // an employee number typed into a date column, and a negative one
    expect(serialToIsoDate(123456789012345680)).toBeUndefined();
    expect(serialToIsoDate(-1)).toBeUndefined();
    expect(serialToIsoDate(Number.NaN)).toBeUndefined();
  });
});
