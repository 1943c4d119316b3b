/**
 * A PK workbook of any size for the sync-discipline tests: a Dinas with `n` indicators, a Bidang
 * taking each of them in full (a matrix of F marks) whose targets are still blank, so a fill
 * writes `n` targets.
 */
import type { WorkbookSpec } from "../../../src/sample/spec";
import { dinasKesehatan } from "../../fixtures/dinasKesehatan";

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
  return dinasKesehatan({ dinas, bidang, bidangBelow: [], matrix });
}
