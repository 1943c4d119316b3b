import fc from "fast-check";
import type { NumberLocale, NumberStyle, TargetValue } from "../../src/core/target";
import {
  formatLike,
  formatTarget,
  gradeRank,
  numberFormatInfo,
  parseNumber,
  parseTarget,
  targetNumber,
} from "../../src/core/values";

type Row = [string, Partial<TargetValue>];

/** The style a text target should carry, with the defaults of an Indonesian number. */
const style = (fields: Partial<NumberStyle>): NumberStyle => ({
  locale: "id",
  grouping: false,
  decimals: 0,
  prefix: "",
  suffix: "",
  percentFormat: false,
  ...fields,
});

describe("parseTarget: PK Kantor Regional III, targets written as text (Indonesian)", () => {
  const rows: Row[] = [
    ["85,5", { kind: "number", value: 85.5, decimals: 1, style: style({ decimals: 1 }) }],
    ["1.250", { kind: "number", value: 1250, decimals: 0, style: style({ grouping: true }) }],
    ["1.250,5", { kind: "number", value: 1250.5, decimals: 1 }],
    ["2.191,29 km", { kind: "number", value: 2191.29, satuan: "km", decimals: 2 }],
    ["14.138,20 m", { kind: "number", value: 14138.2, satuan: "m", decimals: 2 }],
    ["574,7 m", { kind: "number", value: 574.7, satuan: "m", decimals: 1 }],
    ["85%", { kind: "number", value: 85, satuan: "%", decimals: 0 }],
    ["87,5 %", { kind: "number", value: 87.5, satuan: "%", decimals: 1 }],
    [
      "98,00 %",
      {
        kind: "number",
        value: 98,
        satuan: "%",
        decimals: 2,
        style: style({ decimals: 2, suffix: " %" }),
      },
    ],
    ["54,31 %", { kind: "number", value: 54.31, satuan: "%", decimals: 2 }],
    ["100,00 Persen", { kind: "number", value: 100, satuan: "Persen", decimals: 2 }],
    ["0,9 Angka", { kind: "number", value: 0.9, satuan: "Angka", decimals: 1 }],
    ["75,35 Angka", { kind: "number", value: 75.35, satuan: "Angka", decimals: 2 }],
    ["4 buah", { kind: "number", value: 4, satuan: "buah" }],
    ["1 Dokumen", { kind: "number", value: 1, satuan: "Dokumen" }],
    ["12 Laporan", { kind: "number", value: 12, satuan: "Laporan" }],
    ["0 kasus", { kind: "number", value: 0, satuan: "kasus" }],
    ["-2,5 %", { kind: "number", value: -2.5, satuan: "%", decimals: 1 }],
  ];
  test.each(rows)("%j", (cell, expected) => {
    expect(parseTarget(cell)).toMatchObject({ original: cell, ...expected });
  });
});

describe('parseTarget: the "." rule — groups of three are thousands, anything else a decimal point', () => {
  const rows: Row[] = [
    ["336.68 km", { kind: "number", value: 336.68, satuan: "km", decimals: 2 }],
    ["19.2", { kind: "number", value: 19.2, decimals: 1 }],
    ["4.44", { kind: "number", value: 4.44, decimals: 2 }], // BPS writes decimals with "."
    ["74.75", { kind: "number", value: 74.75, decimals: 2 }],
    ["0.125", { kind: "number", value: 0.125, decimals: 3 }], // a leading 0 is never a thousands group
    ["1.250.000", { kind: "number", value: 1250000, decimals: 0 }],
    [
      "338,151,881",
      {
        kind: "number",
        value: 338151881,
        decimals: 0,
        style: style({ locale: "en", grouping: true }),
      },
    ],
  ];
  test.each(rows)("%j", (cell, expected) => {
    expect(parseTarget(cell)).toMatchObject(expected);
  });

  it('keeps "336.68 km" writable the way it was written', () => {
    const t = parseTarget("336.68 km");
    expect(formatTarget(168.34, t.style!)).toBe("168.34 km");
  });
});

describe("parseTarget: Biro Keuangan, money targets", () => {
  it('reads "Rp 1.250.000.000,-" with Rp as its satuan and ",-" kept in the style', () => {
    expect(parseTarget("Rp 1.250.000.000,-")).toEqual({
      kind: "number",
      original: "Rp 1.250.000.000,-",
      value: 1250000000,
      satuan: "Rp",
      decimals: 0,
      style: style({ grouping: true, prefix: "Rp ", suffix: ",-" }),
    });
  });

  it.each<Row>([
    [
      "Rp5.294.655.000,00",
      {
        value: 5294655000,
        satuan: "Rp",
        decimals: 2,
        style: style({ grouping: true, decimals: 2, prefix: "Rp" }),
      },
    ],
    ["Rp 177.792.500", { value: 177792500, satuan: "Rp" }],
    ["Rp. 4.522.741.241", { value: 4522741241, satuan: "Rp" }],
    ["Rp 272.969.874.747", { value: 272969874747, satuan: "Rp" }],
  ])("%j", (cell, expected) => {
    expect(parseTarget(cell)).toMatchObject({ kind: "number", ...expected });
  });
});

describe("parseTarget: bounds (floors and ceilings)", () => {
  const floors = [
    "≥ 90",
    ">= 90",
    "=> 90",
    "min. 90",
    "Min 90",
    "minimal 90",
    "Minimal 90",
    "paling sedikit 90",
  ];
  test.each(floors)("%j is a floor at 90", (cell) => {
    expect(parseTarget(cell)).toMatchObject({
      kind: "bound",
      bound: "min",
      value: 90,
      original: cell,
    });
  });

  const ceilings = [
    "≤ 5",
    "<= 5",
    "maks 5",
    "maks. 5",
    "Maks. 5",
    "maksimal 5",
    "paling banyak 5",
    "max 5",
  ];
  test.each(ceilings)("%j is a ceiling at 5", (cell) => {
    expect(parseTarget(cell)).toMatchObject({
      kind: "bound",
      bound: "max",
      value: 5,
      original: cell,
    });
  });

  it('reads the satuan of "paling lama 5 hari" and keeps the phrase as the style prefix', () => {
    expect(parseTarget("paling lama 5 hari")).toMatchObject({
      kind: "bound",
      bound: "max",
      value: 5,
      satuan: "hari",
      style: style({ prefix: "paling lama ", suffix: " hari" }),
    });
  });

  it('reads "≥ 95,5 %" and "≥ Rp 1.000.000" with their satuan', () => {
    expect(parseTarget("≥ 95,5 %")).toMatchObject({
      kind: "bound",
      value: 95.5,
      satuan: "%",
      decimals: 1,
    });
    expect(parseTarget("≥ Rp 1.000.000")).toMatchObject({
      value: 1000000,
      satuan: "Rp",
      style: { prefix: "≥ Rp " },
    });
  });

  it("writes a derived bound with its phrase", () => {
    expect(formatTarget(3, parseTarget("maks. 5").style!)).toBe("maks. 3");
  });
});

describe("parseTarget: ranges (bands)", () => {
  const rows: Row[] = [
    ["80 - 90", { low: 80, high: 90 }],
    ["80 – 90", { low: 80, high: 90 }],
    ["80 s.d. 90", { low: 80, high: 90 }],
    ["80 s/d 90", { low: 80, high: 90 }],
    ["80 sampai 90", { low: 80, high: 90 }],
    ["80 sampai dengan 90", { low: 80, high: 90 }],
    ["7 – 8 bulan", { low: 7, high: 8, satuan: "bulan" }],
    ["80% - 90%", { low: 80, high: 90, satuan: "%" }],
    ["3,25 - 3,50", { low: 3.25, high: 3.5, decimals: 2 }],
    ["Rp 1.000,- s.d. Rp 2.000,-", { low: 1000, high: 2000, satuan: "Rp" }],
  ];
  test.each(rows)("%j", (cell, expected) => {
    const t = parseTarget(cell);
    expect(t).toMatchObject({ kind: "range", original: cell, ...expected });
    expect(t.value).toBeUndefined();
    expect(t.style).toBeDefined();
  });
});

describe("parseTarget: satuan, wholes and notes written in the cell (PK Dinas Pemuda dan Olahraga)", () => {
  it('"Indeks 3 (Skala 4)" is 3 Indeks with the scale as a note', () => {
    expect(parseTarget("Indeks 3 (Skala 4)")).toMatchObject({
      kind: "number",
      value: 3,
      satuan: "Indeks",
      note: "(Skala 4)",
    });
  });

  it('"100 dari 110 Organisasi Kepemudaan" is 100 of 110', () => {
    expect(parseTarget("100 dari 110 Organisasi Kepemudaan")).toMatchObject({
      kind: "number",
      value: 100,
      of: 110,
      satuan: "Organisasi Kepemudaan",
    });
  });

  it('"140 Kelompok (1400 orang)" is 140 Kelompok, the bracket kept as a note', () => {
    expect(parseTarget("140 Kelompok (1400 orang)")).toMatchObject({
      kind: "number",
      value: 140,
      satuan: "Kelompok",
      note: "(1400 orang)",
    });
  });

  it('"3,5 (Skala 4)" keeps its note without a satuan', () => {
    const t = parseTarget("3,5 (Skala 4)");
    expect(t).toMatchObject({ kind: "number", value: 3.5, note: "(Skala 4)" });
    expect(t.satuan).toBeUndefined();
  });
});

describe("parseTarget: grades (Opini BPK, Nilai SAKIP)", () => {
  test.each(["WTP", "WDP", "TMP", "TW", "AA", "A", "BB", "B", "CC", "C", "D"])("%j", (cell) => {
    expect(parseTarget(cell)).toEqual({ kind: "grade", original: cell, grade: cell, decimals: 0 });
  });

  it("upper-cases grades and accepts a leading word", () => {
    expect(parseTarget("wtp")).toMatchObject({ kind: "grade", grade: "WTP", original: "wtp" });
    expect(parseTarget("Opini WTP")).toMatchObject({ kind: "grade", grade: "WTP" });
    expect(parseTarget("Predikat BB")).toMatchObject({ kind: "grade", grade: "BB" });
  });

  it('"81 (A)" and "BB (Nilai 75)" carry their number', () => {
    expect(parseTarget("81 (A)")).toMatchObject({ kind: "grade", grade: "A", value: 81 });
    expect(parseTarget("BB (Nilai 75)")).toMatchObject({ kind: "grade", grade: "BB", value: 75 });
    expect(parseTarget("Nilai 62,5 (B)")).toMatchObject({
      kind: "grade",
      grade: "B",
      value: 62.5,
      decimals: 1,
    });
  });

  it('"BB (Baik)" keeps the bracket as a note', () => {
    expect(parseTarget("BB (Baik)")).toMatchObject({ kind: "grade", grade: "BB", note: "(Baik)" });
  });
});

describe("parseTarget: placeholders and empty cells", () => {
  test.each(["-", "–", "—", "…", "...", "…. %", ". . .", "TBD", "tbd", "n/a", "N/A", "?", "Rp …"])(
    "%j",
    (cell) => {
      expect(parseTarget(cell)).toMatchObject({ kind: "placeholder", original: cell });
    }
  );

  it('"…. %" keeps its satuan', () => {
    expect(parseTarget("…. %").satuan).toBe("%");
  });

  test.each([null, undefined, "", "   ", "\n\t"])("%j is empty", (cell) => {
    expect(parseTarget(cell)).toEqual({ kind: "empty", original: "", decimals: 0 });
  });
});

describe("parseTarget: text that must stay text", () => {
  const texts = [
    "Tersusunnya dokumen Renstra",
    "#REF!",
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "1.2.3",
    "1.3..",
    "Tahun 2026 selesai",
    "2896.BMA.004",
    "IKU 1.2",
    "TW I",
    "31 Desember 2026",
    "30 Juni",
    "3 dokumen yang tersusun tepat waktu",
    "2026 selesai",
    "12-03-2026",
    "Meningkat",
    "Terwujudnya Kapasitas Tata Kelola",
    "90,",
  ];
  test.each(texts)("%j", (cell) => {
    const t = parseTarget(cell);
    expect(t).toEqual({ kind: "text", original: cell, decimals: 0 });
    expect(targetNumber(t)).toBeUndefined();
  });

  it("keeps the original trimmed", () => {
    expect(parseTarget("  85,5 %  ").original).toBe("85,5 %");
    expect(parseTarget("  Tersusunnya dokumen  ").original).toBe("Tersusunnya dokumen");
  });

  it("reads booleans and dates as text", () => {
    expect(parseTarget(true)).toEqual({ kind: "text", original: "TRUE", decimals: 0 });
    expect(parseTarget(new Date(Date.UTC(2026, 11, 31)))).toEqual({
      kind: "text",
      original: "2026-12-31",
      decimals: 0,
    });
    expect(parseTarget(new Date(NaN)).kind).toBe("text");
  });
});

describe("parseTarget: English locale (profile says en)", () => {
  const en = { locale: "en" as const };
  it.each<Row>([
    [
      "1,250.5",
      { value: 1250.5, decimals: 1, style: style({ locale: "en", grouping: true, decimals: 1 }) },
    ],
    ["85.5%", { value: 85.5, satuan: "%", decimals: 1 }],
    ["1,250", { value: 1250, decimals: 0 }],
    ["1,250,000", { value: 1250000 }],
    ["0.9", { value: 0.9, decimals: 1 }],
    ["USD 12,500.00", { value: 12500, satuan: "USD", decimals: 2 }],
  ])("%j", (cell, expected) => {
    expect(parseTarget(cell, en)).toMatchObject({ kind: "number", ...expected });
  });

  it("reads bounds and ranges the same way", () => {
    expect(parseTarget("at least 1,000", en)).toMatchObject({
      kind: "bound",
      bound: "min",
      value: 1000,
    });
    expect(parseTarget("80.5 to 90.5", en)).toMatchObject({ kind: "range", low: 80.5, high: 90.5 });
  });

  it('reads "1,25" as 1.25: a comma not followed by three digits is a decimal point', () => {
    expect(parseTarget("1,25", en)).toMatchObject({ kind: "number", value: 1.25 });
  });
});

describe("parseTarget: number cells and their number formats", () => {
  it("reads a percent-formatted 0.92 as the 92 % the user sees, without float noise", () => {
    const t = parseTarget(0.92, { numberFormat: "0%" });
    expect(t.value).toBe(92);
    expect(t).toMatchObject({ kind: "number", original: "92%", satuan: "%", decimals: 0 });
    expect(t.style).toEqual(style({ suffix: "%", percentFormat: true }));
  });

  it.each([
    [0.875, "0.0%", 87.5, "87,5%"],
    [0.0101, "0.00%", 1.01, "1,01%"],
    [1, "0%", 100, "100%"],
    [0.07, "0%", 7, "7%"],
  ])("%p under %j is %p", (cell, format, value, original) => {
    expect(parseTarget(cell, { numberFormat: format })).toMatchObject({
      kind: "number",
      value,
      original,
      satuan: "%",
    });
  });

  it("takes decimals and grouping from the format", () => {
    expect(parseTarget(85.5, { numberFormat: "0.00" })).toMatchObject({
      value: 85.5,
      decimals: 2,
      original: "85,50",
    });
    expect(parseTarget(1250000000, { numberFormat: "#,##0" })).toMatchObject({
      value: 1250000000,
      original: "1.250.000.000",
      style: { grouping: true },
    });
    expect(parseTarget(-1234.5, { numberFormat: "#,##0.00;[Red]-#,##0.00" })).toMatchObject({
      value: -1234.5,
      original: "-1.234,50",
    });
    expect(parseTarget(2.5, { numberFormat: "0" })).toMatchObject({
      value: 2.5,
      decimals: 0,
      original: "3",
    });
  });

  it("takes the satuan from literal text in the format", () => {
    expect(parseTarget(5294655000, { numberFormat: '"Rp" #,##0' })).toMatchObject({
      value: 5294655000,
      satuan: "Rp",
      original: "Rp 5.294.655.000",
    });
    expect(parseTarget(336.68, { numberFormat: '0.00 "km"' })).toMatchObject({
      satuan: "km",
      original: "336,68 km",
    });
  });

  it("shows General numbers with their own decimals and drops float noise", () => {
    expect(parseTarget(85.5)).toMatchObject({
      kind: "number",
      value: 85.5,
      decimals: 1,
      original: "85,5",
    });
    expect(parseTarget(0.1 + 0.2)).toMatchObject({ value: 0.3, decimals: 1 });
    expect(parseTarget(100, { numberFormat: "General" })).toMatchObject({
      value: 100,
      decimals: 0,
      original: "100",
    });
    expect(parseTarget(1250.5, { locale: "en", numberFormat: "#,##0.00" }).original).toBe(
      "1,250.50"
    );
  });

  it("reads a number under a date format as text (Excel turned the entry into a date)", () => {
    expect(parseTarget(46022, { numberFormat: "dd/mm/yyyy" })).toEqual({
      kind: "text",
      original: "2025-12-31",
      decimals: 0,
    });
    // past Excel's last day there is no date to show: the number as typed
    expect(parseTarget(123456789012, { numberFormat: "dd/mm/yyyy" }).original).toBe("123456789012");
  });

  it("reads non-finite numbers as text", () => {
    expect(parseTarget(NaN).kind).toBe("text");
    expect(parseTarget(Infinity).kind).toBe("text");
  });
});

describe("parseNumber", () => {
  it.each<[string, NumberLocale, number | undefined]>([
    ["85,5", "id", 85.5],
    ["1.250", "id", 1250],
    ["1.250,5", "id", 1250.5],
    ["-1.250,5", "id", -1250.5],
    ["336.68", "id", 336.68],
    ["338,151,881", "id", 338151881],
    ["1,250.5", "en", 1250.5],
    ["1,250", "en", 1250],
    ["1.250", "en", 1.25],
    [" 42 ", "id", 42],
    ["1.2.3", "id", undefined],
    ["1,2,3", "en", undefined],
    ["1.25,000", "id", undefined],
    ["85 %", "id", undefined],
    ["Rp 5", "id", undefined],
    ["", "id", undefined],
    ["abc", "id", undefined],
  ])("%j (%s) → %p", (text, locale, expected) => {
    expect(parseNumber(text, locale)).toBe(expected);
  });

  it("reads Indonesian by default", () => {
    expect(parseNumber("2.191,29")).toBe(2191.29);
  });
});

describe("formatTarget and formatLike: writing a child's share like the parent's target", () => {
  it("halves the Biro's budget in rupiah", () => {
    expect(formatTarget(625000000, parseTarget("Rp 1.250.000.000,-").style!)).toBe(
      "Rp 625.000.000,-"
    );
  });

  it("writes a Balai's share of a percent target", () => {
    expect(formatTarget(49.01, parseTarget("98,02 %").style!)).toBe("49,01 %");
  });

  it("shows more decimals than the parent when the value has them", () => {
    expect(formatTarget(0.45, parseTarget("0,9 Angka").style!)).toBe("0,45 Angka");
  });

  it("uses exactly the decimals asked for, rounding half away from zero", () => {
    const s = parseTarget("98,00 %").style!;
    expect(formatTarget(33.333333, s)).toBe("33,333333 %");
    expect(formatTarget(33.333333, s, 2)).toBe("33,33 %");
    expect(formatTarget(1.005, s, 2)).toBe("1,01 %");
    expect(formatTarget(-2.5, style({}), 0)).toBe("-3");
    expect(formatTarget(-0.001, style({}), 0)).toBe("0");
  });

  it("writes English and grouped styles", () => {
    expect(formatTarget(1234567.891, style({ locale: "en", grouping: true, decimals: 2 }))).toBe(
      "1,234,567.891"
    );
    expect(formatTarget(1234567.891, style({ locale: "en", grouping: true }), 2)).toBe(
      "1,234,567.89"
    );
    expect(formatTarget(1234567, style({ grouping: true }))).toBe("1.234.567");
    expect(formatTarget(123, style({ grouping: true }))).toBe("123");
  });

  it("writes a percent-format style as the user sees it", () => {
    expect(formatTarget(46, parseTarget(0.92, { numberFormat: "0.00%" }).style!)).toBe("46,00%");
  });

  it("formatLike follows the target's style, or writes a plain Indonesian number", () => {
    expect(formatLike(45, parseTarget("≥ 90"))).toBe("≥ 45");
    expect(formatLike(3.5, parseTarget("7 – 8 bulan"))).toBe("3,5 bulan");
    expect(formatLike(0.45, undefined)).toBe("0,45");
    expect(formatLike(1250.5, parseTarget("WTP"))).toBe("1250,5");
    expect(formatLike(100 / 3, undefined, 2)).toBe("33,33");
    expect(formatLike(0.1 + 0.2, undefined)).toBe("0,3");
  });
});

describe("gradeRank", () => {
  it("orders audit opinions WTP > WDP > TMP > TW", () => {
    const ranks = ["WTP", "WDP", "TMP", "TW"].map((g) => gradeRank(g)!);
    expect(ranks.every((r) => r.scale === "opinion")).toBe(true);
    expect(ranks.map((r) => r.rank)).toEqual([4, 3, 2, 1]);
  });

  it("orders SAKIP grades AA > A > BB > B > CC > C > D", () => {
    const ranks = ["AA", "A", "BB", "B", "CC", "C", "D"].map((g) => gradeRank(g)!);
    expect(ranks.every((r) => r.scale === "sakip")).toBe(true);
    expect(ranks.map((r) => r.rank)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("is case-insensitive and knows nothing else", () => {
    expect(gradeRank("bb")).toEqual({ scale: "sakip", rank: 5 });
    expect(gradeRank(" wtp ")).toEqual({ scale: "opinion", rank: 4 });
    expect(gradeRank("E")).toBeUndefined();
    expect(gradeRank("Baik")).toBeUndefined();
  });
});

describe("numberFormatInfo", () => {
  it.each([
    ["General", 0, false, false],
    ["0", 0, false, false],
    ["0.00", 2, false, false],
    ["#,##0", 0, false, true],
    ["#,##0.00", 2, false, true],
    ["0%", 0, true, false],
    ["0.00%", 2, true, false],
    ["#,##0.00;[Red]-#,##0.00", 2, false, true],
    ['"Rp" #,##0', 0, false, true],
    ["[$Rp-421]#,##0.00", 2, false, true],
    ["#,##0_);(#,##0)", 0, false, true],
    ["#,##0,", 0, false, true],
    ["0.0#", 2, false, false],
  ])("%j", (format, decimals, percent, grouping) => {
    expect(numberFormatInfo(format)).toMatchObject({ decimals, percent, grouping });
  });

  it("reports General, literals and dates", () => {
    expect(numberFormatInfo(undefined)).toMatchObject({ general: true, decimals: 0 });
    expect(numberFormatInfo("@")).toMatchObject({ general: true });
    expect(numberFormatInfo('"Rp" #,##0')).toMatchObject({ prefix: "Rp ", suffix: "" });
    expect(numberFormatInfo("[$Rp-421]#,##0.00")).toMatchObject({ prefix: "Rp" });
    expect(numberFormatInfo("0.00%")).toMatchObject({ suffix: "%" });
    expect(numberFormatInfo("dd/mm/yyyy")).toMatchObject({ date: true });
    expect(numberFormatInfo("[h]:mm")).toMatchObject({ date: true });
    expect(numberFormatInfo("0.00")).toMatchObject({ date: false, general: false });
  });
});

describe("targetNumber", () => {
  it("gives the number a target is compared by", () => {
    expect(targetNumber(parseTarget("98,00 %"))).toBe(98);
    expect(targetNumber(parseTarget("maks 5"))).toBe(5);
    expect(targetNumber(parseTarget("81 (A)"))).toBe(81);
    expect(targetNumber(parseTarget("WTP"))).toBeUndefined();
    expect(targetNumber(parseTarget("80 - 90"))).toBeUndefined();
    expect(targetNumber(parseTarget("…"))).toBeUndefined();
    expect(targetNumber(parseTarget(null))).toBeUndefined();
  });
});

describe("properties", () => {
  const styleArb = fc.record<NumberStyle>({
    locale: fc.constantFrom<NumberLocale>("id", "en"),
    grouping: fc.boolean(),
    decimals: fc.integer({ min: 0, max: 3 }),
    prefix: fc.constantFrom("", "Rp ", "Rp", "Rp. ", "Indeks "),
    suffix: fc.constantFrom(
      "",
      " %",
      "%",
      " km",
      " Angka",
      " Persen",
      ",-",
      " Dokumen",
      " Organisasi Kepemudaan"
    ),
    percentFormat: fc.constant(false),
  });

  /** The satuan a generated style writes: the leading unit, then the trailing words. */
  const satuanOf = (s: NumberStyle): string | undefined => {
    const lead = s.prefix.replace(/[.\s]+$/, "");
    const trail = s.suffix === ",-" ? "" : s.suffix.trim();
    return [lead, trail].filter(Boolean).join(" ") || undefined;
  };

  it("parse → formatTarget → parse keeps value, kind and satuan", () => {
    fc.assert(
      fc.property(styleArb, fc.integer({ min: -1e11, max: 1e11 }), (s, n) => {
        const value = n / 10 ** s.decimals;
        const text = formatTarget(value, s);
        const parsed = parseTarget(text, { locale: s.locale });
        expect(parsed.kind).toBe("number");
        expect(parsed.value).toBe(value);
        expect(parsed.satuan).toBe(satuanOf(s));
        expect(parsed.decimals).toBe(s.decimals);
        // and the parsed style writes the same text again
        expect(formatTarget(parsed.value!, parsed.style!)).toBe(text);
      }),
      { numRuns: 500 }
    );
  });

  it("a bound phrase before a formatted number gives a bound of the same value", () => {
    const phrase = fc.constantFrom<[string, "min" | "max"]>(
      ["≥ ", "min"],
      ["min. ", "min"],
      ["paling sedikit ", "min"],
      ["≤ ", "max"],
      ["maks. ", "max"],
      ["paling lama ", "max"]
    );
    fc.assert(
      fc.property(styleArb, phrase, fc.integer({ min: 0, max: 1e9 }), (s, [words, bound], n) => {
        const value = n / 10 ** s.decimals;
        const parsed = parseTarget(formatTarget(value, { ...s, prefix: words + s.prefix }), {
          locale: s.locale,
        });
        expect(parsed).toMatchObject({ kind: "bound", bound, value });
        expect(parsed.satuan).toBe(satuanOf(s));
      })
    );
  });

  const interesting = fc.string({
    unit: fc.constantFrom(..."0123456789.,-–%() sdRpABWTPkm≥≤/…?#\n".split("")),
    maxLength: 24,
  });
  const anyString = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    interesting
  );

  it("never throws on strings, and a string without a digit is never a number, bound or range", () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom<NumberLocale>("id", "en"), (s, locale) => {
        const t = parseTarget(s, { locale });
        expect(t.original).toBe(s.trim());
        if (!/\d/.test(s)) expect(["number", "bound", "range"]).not.toContain(t.kind);
        if (t.kind === "number" || t.kind === "bound") expect(Number.isFinite(t.value)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  it("never throws on numbers, formats or other values", () => {
    const format = fc.constantFrom(
      undefined,
      "General",
      "0",
      "0.00",
      "#,##0",
      "0%",
      "0.00%",
      '"Rp" #,##0',
      "dd/mm/yyyy"
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.anything({ withNullPrototype: true })),
        format,
        (x, numberFormat) => {
          const t = parseTarget(x, { numberFormat });
          if (typeof x === "number" && Number.isFinite(x) && numberFormat !== "dd/mm/yyyy") {
            expect(t.kind).toBe("number");
          }
        }
      ),
      { numRuns: 1000 }
    );
  });
});
