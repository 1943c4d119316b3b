/**
 * A PK workbook of any size for the sync-discipline tests: a Dinas with `n` indicators, a Bidang
 * taking each of them in full (a matrix of F marks) whose targets are still blank, so a fill
 * writes `n` targets.
 */
import type { WorkbookSpec } from "../../../src/sample/spec";

export function bigWorkbook(n: number): WorkbookSpec {
  const name = (i: number) => `Jumlah layanan kesehatan terpadu tingkat desa nomor ${i + 1}`;
  const dinas = Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `1.${i + 1}`,
    name(i),
    "Dokumen",
    10 + (i % 90),
  ]);
  const bidang = Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `1.${i + 1}`,
    name(i),
    "Dokumen",
    null,
  ]);
  const matrix = Array.from({ length: n }, (_, i) => [`1.${i + 1}`, name(i), "F"]);
  return {
    sheets: [
      {
        name: "Hierarki",
        rows: [
          ["Unit Kerja", "Unit Atasan"],
          ["Dinas Kesehatan", null],
          ["Bidang Pelayanan Kesehatan", "Dinas Kesehatan"],
        ],
      },
      {
        name: "PK Dinas",
        rows: [
          ["PERJANJIAN KINERJA DINAS KESEHATAN TAHUN 2026"],
          ["No", "Kode", "Indikator Kinerja", "Satuan", "Target"],
          ...dinas,
        ],
      },
      {
        name: "PK Bidang",
        rows: [
          ["PERJANJIAN KINERJA BIDANG PELAYANAN KESEHATAN TAHUN 2026"],
          ["No", "Kode", "Indikator Kinerja", "Satuan", "Target"],
          ...bidang,
        ],
      },
      {
        name: "Matriks",
        rows: [["Kode", "Indikator Kinerja Utama", "Bidang Pelayanan Kesehatan"], ...matrix],
      },
    ],
  };
}
