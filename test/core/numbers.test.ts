import { dateText, numberText, percentText, periodLabel, rangeText } from "../../src/core/numbers";

describe("a computed number in an Indonesian sentence", () => {
  it.each([
    // a combined partial target, a unit's budget, a ministry's
    [76.5, "76,5"],
    [4000, "4.000"],
    [1250000, "1.250.000"],
    // a capaian recomputed from 90 against a ceiling of 95 (Minimize)
    [105.26315789, "105,26"],
    [12, "12"],
    [0, "0"],
    [999, "999"],
  ])("%p reads %p", (value, text) => {
    expect(numberText(value, "id")).toBe(text);
  });

  it("rounds to at most two decimals, half away from zero, and drops trailing zeros", () => {
    // the mean of three Kanreg targets: 73,333…
    expect(numberText(220 / 3, "id")).toBe("73,33");
    expect(numberText(1.005, "id")).toBe("1,01");
    expect(numberText(2.675, "id")).toBe("2,68");
    // two shares summed carry no float noise into the sentence
    expect(numberText(80.1 + 0.2, "id")).toBe("80,3");
    expect(numberText(94.999, "id")).toBe("95");
    expect(numberText(4000.5, "id")).toBe("4.000,5");
  });

  it("keeps the sign of a fall (a Biro's negative deviation) and none for a rounded zero", () => {
    expect(numberText(-2.5, "id")).toBe("-2,5");
    expect(numberText(-1250000, "id")).toBe("-1.250.000");
    expect(numberText(-0.001, "id")).toBe("0");
  });

  it("takes fewer decimals when told (a year's logged hours: one)", () => {
    expect(numberText(11.333, "id", 1)).toBe("11,3");
    expect(numberText(1249.96, "id", 0)).toBe("1.250");
  });
});

describe("the same numbers in English", () => {
  it.each([
    [76.5, "76.5"],
    [4000, "4,000"],
    [1250000, "1,250,000"],
    [105.26315789, "105.26"],
    [-2.5, "-2.5"],
  ])("%p reads %p", (value, text) => {
    expect(numberText(value, "en")).toBe(text);
  });
});

describe("percentages", () => {
  it("are written with no space before the sign, in both languages", () => {
    expect(percentText(90, "id")).toBe("90%");
    expect(percentText(96.84, "id")).toBe("96,84%");
    expect(percentText(96.84, "en")).toBe("96.84%");
    expect(percentText(100, "en")).toBe("100%");
  });
});

describe("a band of targets", () => {
  it("joins its ends with an en dash", () => {
    expect(rangeText(2.5, 3.5, "id")).toBe("2,5–3,5");
    expect(rangeText(1000, 1500, "en")).toBe("1,000–1,500");
  });
});

describe("periods as the sheets name them", () => {
  it("names quarters TW I to TW IV", () => {
    expect([1, 2, 3, 4].map((i) => periodLabel(i, 4))).toEqual([
      "TW I",
      "TW II",
      "TW III",
      "TW IV",
    ]);
  });

  it("names semesters and months", () => {
    expect(periodLabel(2, 2)).toBe("Semester II");
    expect(periodLabel(3, 12)).toBe("Maret");
    expect(periodLabel(12, 12)).toBe("Desember");
  });

  it("numbers any other period", () => {
    expect(periodLabel(3, 6)).toBe("Periode 3");
  });
});

describe("the day of a report", () => {
  it("writes an ISO day as each language writes a date in a document", () => {
    expect(dateText("2026-03-05", "id")).toBe("5 Maret 2026");
    expect(dateText("2026-03-05", "en")).toBe("5 March 2026");
    expect(dateText("2026-12-31", "id")).toBe("31 Desember 2026");
  });

  it("leaves anything that is not such a day as it is", () => {
    expect(dateText("Desember 2026", "id")).toBe("Desember 2026");
    expect(dateText("2026-13-01", "en")).toBe("2026-13-01");
  });
});
