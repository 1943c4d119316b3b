/**
 * Realisasi and capaian columns as monitoring forms write them (DESIGN.md §8, issue 13): the same
 * Kantor Regional's figures under a merged "Realisasi" over TW I–IV, under TW headers with "T" and
 * "R" beneath each, and with "% Capaian" — each read as the same targets and results.
 */
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import type { CellValue } from "../../src/workbook/grid";
import { readWorkbook } from "../../src/workbook/read";

const LAYANAN = "Jumlah layanan mutasi yang diselesaikan";

function read(rows: CellValue[][], merges: string[]) {
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: "Monev TW II",
        rows: [["PENGUKURAN KINERJA KANTOR REGIONAL I YOGYAKARTA TAHUN 2026"], [], ...rows],
        merges,
      },
    ],
  };
  const r = readWorkbook(gridsFromSpec(spec), { version: 1, reportingDate: "2026-07-15" });
  const row = r.plan.indicators.find((i) => i.name === LAYANAN);
  return {
    unit: row?.unit,
    target: row?.target.original,
    periods: row?.periods?.map((p) => p.original),
    realisasi: row?.realisasi?.original,
    realisasiPeriods: row?.realisasiPeriods?.map((p) => p.original),
    capaian: row?.capaian?.original,
  };
}

const EXPECTED = {
  target: "400",
  periods: ["100", "100", "100", "100"],
  realisasi: "190",
  realisasiPeriods: ["100", "90", "", ""],
  capaian: "47,5",
};

describe("realisasi headers", () => {
  it("a merged 'Realisasi' over TW I–IV beside a merged 'Target' over its own", () => {
    const got = read(
      [
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target",
          "Target",
          null,
          null,
          null,
          "Realisasi",
          null,
          null,
          null,
          "Realisasi",
          "% Capaian",
        ],
        [
          null,
          null,
          null,
          null,
          "TW I",
          "TW II",
          "TW III",
          "TW IV",
          "TW I",
          "TW II",
          "TW III",
          "TW IV",
          null,
          null,
        ],
        ["1", LAYANAN, "Layanan", 400, 100, 100, 100, 100, 100, 90, null, null, 190, "47,5"],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:L3", "M3:M4", "N3:N4"]
    );
    expect(got).toMatchObject(EXPECTED);
    expect(got.unit).toBe("KANTOR REGIONAL I YOGYAKARTA");
  });

  it("TW headers with 'T' and 'R' beneath each", () => {
    const got = read(
      [
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target Tahunan",
          "TW I",
          null,
          "TW II",
          null,
          "TW III",
          null,
          "TW IV",
          null,
          "Realisasi s.d. TW II",
          "Capaian",
        ],
        [null, null, null, null, "T", "R", "T", "R", "T", "R", "T", "R", null, null],
        ["1", LAYANAN, "Layanan", 400, 100, 100, 100, 90, 100, null, 100, null, 190, "47,5"],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:L3", "M3:M4", "N3:N4"]
    );
    expect(got).toMatchObject(EXPECTED);
  });
});
