/**
 * Forms that state their arithmetic (DESIGN.md §8, issue 13): a Dinas's Renja evaluation in the
 * Permendagri 86 E.81 form numbers its columns and writes under the annual target "5 = 6 + 7 + 8 + 9"
 * and under the annual realisasi "14 = 10 + 11 + 12 + 13". Then the annual is the sum of the
 * periods whatever the satuan — a percentage included — and the same sheet numbered plainly is
 * read by the consolidation type instead.
 */
import { checkPlan } from "../../src/core/check";
import { findingMessage } from "../../src/core/messages";
import type { CellValue } from "../../src/workbook/grid";
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";

const HEADER = [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "TW I",
  "TW II",
  "TW III",
  "TW IV",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
  "Realisasi",
];
const PLAIN = HEADER.map((_h, i) => i + 1);
const STATED: CellValue[] = PLAIN.map((n) =>
  n === 5 ? "5 = 6 + 7 + 8 + 9" : n === 14 ? "14 = 10 + 11 + 12 + 13" : n
);

const SASARAN = "Meningkatnya derajat kesehatan masyarakat";
/** Percent IKU written per quarter as shares of the year (25 a quarter): the annual is 100. */
const CAKUPAN = "Persentase cakupan imunisasi dasar lengkap";
/** Percent IKU written as the same level each quarter (90), reported 20 and 25 per quarter. */
const MUTU = "Persentase puskesmas dengan mutu layanan baik";

function renja(numbers: CellValue[]): WorkbookSpec {
  return {
    sheets: [
      {
        name: "Evaluasi Renja",
        rows: [
          ["EVALUASI TERHADAP HASIL RENJA DINAS KESEHATAN TAHUN 2026"],
          [],
          HEADER,
          numbers,
          ["1", SASARAN, CAKUPAN, "%", 100, 25, 25, 25, 25, 24, 26, null, null, 50],
          ["2", SASARAN, MUTU, "%", 90, 90, 90, 90, 90, 20, 25, null, null, 25],
        ],
      },
    ],
  };
}

function findings(spec: WorkbookSpec) {
  const read = readWorkbook(gridsFromSpec(spec), { version: 1, reportingDate: "2026-07-15" });
  return checkPlan(read.plan)
    .findings.filter((f) => ["QUARTER_INCONSISTENT", "REALISASI_PERIODS"].includes(f.code))
    .map((f) => ({ code: f.code, cell: f.at?.cell, message: findingMessage(f, "id") }));
}

describe("a column-number row that states a sum", () => {
  it("reads the annual as the sum of the periods, for a percentage too", () => {
    const found = findings(renja(STATED));
    // 25 × 4 = 100: right by the stated sum; 90 × 4 ≠ 90 and 20 + 25 ≠ 25: wrong by it
    expect(found.map((f) => [f.code, f.cell])).toEqual([
      ["QUARTER_INCONSISTENT", "F6"],
      ["REALISASI_PERIODS", "N6"],
    ]);
    expect(found[0].message).toContain("baris nomor kolom menyatakan tahunan = jumlah triwulan");
  });

  it("is only numbering when plain: then a percentage's quarters read as levels, not shares", () => {
    // the other reading: 90 each quarter is the year's 90, 25 realised by TW II is the year's 25
    expect(findings(renja(PLAIN)).map((f) => [f.code, f.cell])).toEqual([
      ["QUARTER_INCONSISTENT", "F5"],
    ]);
  });
});
