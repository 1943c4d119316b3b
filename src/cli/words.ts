/**
 * The command's own words (headings, counts, "Written to"), one object per language, as the pane
 * keeps its words in taskpane/i18n.ts: the compiler checks English has every entry Indonesian has.
 * Findings and reasons have their own catalogues (core/messages.ts, core/reasonMessages.ts).
 */
import type { CheckSummary } from "../core/check";
import type { Lang } from "../core/messages";
import { numberText } from "../core/numbers";

const nId = (x: number) => numberText(x, "id");
const nEn = (x: number) => numberText(x, "en");
/** English nouns agree with their count; Indonesian ones do not change. */
const en = (x: number, one: string, many: string) => `${nEn(x)} ${x === 1 ? one : many}`;

const id = {
  detection: "Deteksi lembar:",
  layout: "tata letak",
  rows: (x: number) => `${nId(x)} baris`,
  refused: "ditolak",
  notRead: "tidak dibaca",
  summary: (workbook: string, s: CheckSummary) =>
    `${workbook}: ${nId(s.units)} unit, ${nId(s.indicators)} indikator, ${nId(s.links)} tautan (${nId(s.inferred)} disimpulkan) — ${nId(s.errors)} galat, ${nId(s.warnings)} peringatan, ${nId(s.info)} info`,
  notUnderstood: "  Belum dipahami:",
  capaianPerUnit: "  Capaian per unit:",
  capaianPerLevel: "  Capaian per tingkat:",
  ikuCount: (x: number) => `${nId(x)} IKU`,
  unitCount: (x: number) => `${nId(x)} unit`,
  activityTime: "  Durasi kegiatan setahun (ditampilkan, tidak dinilai):",
  hoursOfStandard: (hours: string, standard: string) => `${hours} jam dari standar ${standard} jam`,
  suggestedParents: "usulan induk",
  fillHead: (dryRun: boolean): string => (dryRun ? "Pratinjau isi" : "Isi unit bawahan"),
  changes: (x: number) => `${nId(x)} perubahan`,
  conflictsLeft: (x: number) => `${nId(x)} konflik dibiarkan`,
  skippedCount: (x: number) => `${nId(x)} dilewati`,
  newRows: (x: number) => `${nId(x)} baris baru`,
  newSheet: "Lembar baru",
  conflictsHeading: "Konflik (tidak ditulis):",
  skippedHeading: "Dilewati:",
  addNewSheets: "Tambahkan --new-sheets untuk membuat lembar bagi unit tanpa tabel.",
  empty: "(kosong)",
  pkHead: (dryRun: boolean): string => (dryRun ? "Pratinjau susun PK" : "Susun PK"),
  sheets: (x: number) => `${nId(x)} lembar`,
  writtenTo: (file: string) => `Ditulis ke ${file}`,
  annotatedCopy: (file: string) => `Salinan beranotasi: ${file}`,
  profileSaved: "Profil pemetaan disimpan di lembar tersembunyi _selaras_profile",
  tree: (nodes: number, iku: number, file: string) =>
    `Pohon kinerja: ${nId(nodes)} simpul, ${nId(iku)} IKU. Ditulis ke ${file}`,
  reportWritten: (file: string, c: { error: number; warning: number; info: number }) =>
    `Laporan ditulis ke ${file} (${nId(c.error)} galat, ${nId(c.warning)} peringatan, ${nId(c.info)} info). Buka di peramban, lalu cetak atau simpan sebagai PDF (A4).`,
  treeLarge: `Pohon ini besar: --unit "<nama unit>" menggambar satu unit beserta unit di bawahnya`,
  treeUnplaced: (x: number) =>
    `${nId(x)} temuan tidak melekat pada simpul pohon (SKP, unit tidak ditemukan): lihat selaras check`,
  sample: (file: string) => `Sampel: ${file}`,
  beforeFill: "Sebelum isi",
  afterFill: "Sesudah isi",
};

export type CliWords = typeof id;

const english: CliWords = {
  detection: "Sheet detection:",
  layout: "layout",
  rows: (x) => en(x, "row", "rows"),
  refused: "refused",
  notRead: "not read",
  summary: (workbook, s) =>
    `${workbook}: ${en(s.units, "unit", "units")}, ${en(s.indicators, "indicator", "indicators")}, ${en(s.links, "link", "links")} (${nEn(s.inferred)} inferred) — ${en(s.errors, "error", "errors")}, ${en(s.warnings, "warning", "warnings")}, ${nEn(s.info)} info`,
  notUnderstood: "  Not understood:",
  capaianPerUnit: "  Capaian per unit:",
  capaianPerLevel: "  Capaian per level:",
  ikuCount: (x) => en(x, "IKU", "IKUs"),
  unitCount: (x) => en(x, "unit", "units"),
  activityTime: "  Activity time this year (shown, not judged):",
  hoursOfStandard: (hours, standard) => `${hours} hours of the ${standard}-hour standard`,
  suggestedParents: "suggested parents",
  fillHead: (dryRun) => (dryRun ? "Fill preview" : "Fill child units"),
  changes: (x) => en(x, "change", "changes"),
  conflictsLeft: (x) => en(x, "conflict left alone", "conflicts left alone"),
  skippedCount: (x) => `${nEn(x)} skipped`,
  newRows: (x) => en(x, "new row", "new rows"),
  newSheet: "New sheet",
  conflictsHeading: "Conflicts (not written):",
  skippedHeading: "Skipped:",
  addNewSheets: "Add --new-sheets to add a sheet for each unit without a table.",
  empty: "(empty)",
  pkHead: (dryRun) => (dryRun ? "PK draft preview" : "Draft PK"),
  sheets: (x) => en(x, "sheet", "sheets"),
  writtenTo: (file) => `Written to ${file}`,
  annotatedCopy: (file) => `Annotated copy: ${file}`,
  profileSaved: "Mapping profile saved in the hidden sheet _selaras_profile",
  tree: (nodes, iku, file) =>
    `Performance tree: ${en(nodes, "node", "nodes")}, ${nEn(iku)} IKU. Written to ${file}`,
  reportWritten: (file, c) =>
    `Report written to ${file} (${en(c.error, "error", "errors")}, ${en(c.warning, "warning", "warnings")}, ${nEn(c.info)} info). Open it in a browser, then print or save as PDF (A4).`,
  treeLarge: `This tree is large: --unit "<unit name>" draws one unit and the units below it`,
  treeUnplaced: (x) =>
    `${en(x, "finding belongs", "findings belong")} to no node of the tree (SKP, units not found): see selaras check`,
  sample: (file) => `Sample: ${file}`,
  beforeFill: "Before fill",
  afterFill: "After fill",
};

export const CLI_WORDS: Record<Lang, CliWords> = { id, en: english };
