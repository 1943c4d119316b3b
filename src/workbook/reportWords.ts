/**
 * Every heading, label and sentence of the printed report, in Indonesian (the default) and English.
 * Numbers come in already written by src/core/numbers.ts; workbook text is escaped by the caller.
 */
import type { Lang } from "../core/messages";

export interface ReportWords {
  title: string;
  agency: string;
  year: string;
  date: string;
  workbook: string;
  scope: string;
  scopeValue: (unit: string) => string;
  outside: (n: string) => string;
  madeBy: string;
  summary: string;
  units: string;
  indicators: string;
  links: string;
  inferred: (n: string) => string;
  perUnit: string;
  unit: string;
  total: string;
  noUnit: string;
  noUnits: string;
  tree: string;
  treeWhole: string;
  treePerUnit: string;
  treeTooLarge: (nodes: string) => string;
  treeEmpty: string;
  unplaced: (n: string) => string;
  legend: string;
  edges: { full: string; partial: string; contributing: string };
  noFindings: string;
  missingRow: string;
  coverage: string;
  coverageIntro: string;
  coverageNone: string;
  code: string;
  indicator: string;
  target: string;
  continued: string;
  capaian: string;
  capaianIntro: (goodFrom: string, fairFrom: string) => string;
  capaianUnits: string;
  capaianLevels: string;
  level: string;
  achievement: string;
  band: string;
  iku: string;
  unitCount: string;
  findings: string;
  findingsIntro: string;
  location: string;
  finding: string;
  whatToDo: string;
  suggested: string;
  none: string;
  page: { before: string; middle: string };
}

export const REPORT_WORDS: Record<Lang, ReportWords> = {
  id: {
    title: "Laporan Keselarasan Kinerja",
    agency: "Instansi",
    year: "Tahun",
    date: "Tanggal laporan",
    workbook: "Berkas",
    scope: "Lingkup",
    scopeValue: (unit) => `${unit} dan unit di bawahnya`,
    outside: (n) => `${n} temuan tentang unit di luar lingkup ini tidak dimuat.`,
    madeBy:
      "Disusun oleh Selaras dari isi workbook: tautan IKU atasan, matriks cascading, kolom penanggung jawab, target dan realisasi. Tidak ada data yang dikirim ke luar komputer.",
    summary: "Ringkasan",
    units: "Unit kerja",
    indicators: "Indikator",
    links: "Tautan",
    inferred: (n) => `${n} disimpulkan`,
    perUnit: "Temuan per unit",
    unit: "Unit kerja",
    total: "Jumlah",
    noUnit: "(tanpa unit)",
    noUnits: "Tidak ada unit dalam lingkup ini.",
    tree: "Pohon kinerja",
    treeWhole:
      "Unit → Sasaran → IKU → IKU unit bawahan yang mengampunya, menurut jenis cascading. Warna kotak mengikuti temuan terberatnya.",
    treePerUnit:
      "Pohon ini terlalu dalam untuk terbaca pada lebar A4, jadi digambar per unit: Sasaran dan IKU unit itu beserta IKU unit bawahan yang mengampunya (satu langkah cascading). Setiap tautan digambar sekali; IKU yang diturunkan lagi muncul di bagian unitnya sendiri. Gambar utuhnya: selaras tree.",
    treeTooLarge: (nodes) =>
      `Pohon ini terlalu besar untuk dicetak (${nodes} simpul). Buat laporan satu unit dengan --unit "<nama unit>", atau gambar seluruh pohon dengan selaras tree.`,
    treeEmpty: "Tidak ada IKU untuk digambar.",
    unplaced: (n) =>
      `${n} temuan tidak melekat pada kotak pohon (SKP, unit tidak ditemukan); semuanya ada di daftar temuan.`,
    legend: "Keterangan",
    edges: { full: "Penuh", partial: "Sebagian", contributing: "Kontribusi" },
    noFindings: "Tanpa temuan",
    missingRow: "Belum ada baris",
    coverage: "Matriks cakupan",
    coverageIntro:
      "Dari isi workbook: tautan IKU atasan, matriks cascading dan kolom penanggung jawab. Baris: IKU unit atasan; kolom: unit bawahan.",
    coverageNone: "Tidak ada unit yang mempunyai unit bawahan di lingkup ini.",
    code: "Kode",
    indicator: "Indikator Kinerja",
    target: "Target",
    continued: "(lanjutan)",
    capaian: "Capaian kinerja",
    capaianIntro: (good, fair) =>
      `Capaian dihitung dari target dan realisasi menurut polaritas. Tercapai mulai ${good}, hampir tercapai mulai ${fair}.`,
    capaianUnits: "Capaian per unit",
    capaianLevels: "Capaian per tingkat",
    level: "Tingkat",
    achievement: "Capaian",
    band: "Keterangan",
    iku: "IKU",
    unitCount: "Jumlah unit",
    findings: "Temuan dan tindak lanjut",
    findingsIntro:
      "Setiap temuan dengan selnya (lembar!sel), kodenya, kalimatnya dan yang perlu dilakukan.",
    location: "Lokasi",
    finding: "Temuan",
    whatToDo: "Yang perlu dilakukan",
    suggested: "Usulan induk",
    none: "Tidak ada temuan.",
    page: { before: "Halaman ", middle: " dari " },
  },
  en: {
    title: "Performance Alignment Report",
    agency: "Agency",
    year: "Year",
    date: "Report date",
    workbook: "Workbook",
    scope: "Scope",
    scopeValue: (unit) => `${unit} and the units below it`,
    outside: (n) => `${n} findings about units outside this scope are left out.`,
    madeBy:
      "Made by Selaras from what the workbook says: parent IKU links, the matriks cascading, responsible-unit columns, targets and realisasi. No data was sent off the computer.",
    summary: "Summary",
    units: "Units",
    indicators: "Indicators",
    links: "Links",
    inferred: (n) => `${n} inferred`,
    perUnit: "Findings per unit",
    unit: "Unit",
    total: "Total",
    noUnit: "(no unit)",
    noUnits: "No unit in this scope.",
    tree: "Performance tree",
    treeWhole:
      "Unit → objective (Sasaran) → IKU → the child units' IKU that take it, by cascade type. Each box is coloured by its worst finding.",
    treePerUnit:
      "This tree is too deep to read at A4 width, so it is drawn unit by unit: the unit's objectives and IKU with the child units' IKU that take them (one cascade step). Each link is drawn once; an IKU cascaded further shows again in its own unit's part. The whole picture: selaras tree.",
    treeTooLarge: (nodes) =>
      `This tree is too large to print (${nodes} boxes). Make a report of one unit with --unit "<unit name>", or draw the whole tree with selaras tree.`,
    treeEmpty: "No IKU to draw.",
    unplaced: (n) =>
      `${n} findings belong to no box of the tree (SKP, units not found); all of them are in the list of findings.`,
    legend: "Legend",
    edges: { full: "Full", partial: "Partial", contributing: "Contributing" },
    noFindings: "No findings",
    missingRow: "No row yet",
    coverage: "Coverage matrix",
    coverageIntro:
      "From what the workbook says: parent IKU links, the matriks cascading and responsible-unit columns. Rows: the parent unit's IKU; columns: its child units.",
    coverageNone: "No unit in this scope has child units.",
    code: "Code",
    indicator: "Indicator",
    target: "Target",
    continued: "(continued)",
    capaian: "Achievement (capaian)",
    capaianIntro: (good, fair) =>
      `Achievement is computed from target and realisasi by polarity. Reached from ${good}, close from ${fair}.`,
    capaianUnits: "Achievement per unit",
    capaianLevels: "Achievement per level",
    level: "Level",
    achievement: "Achievement",
    band: "Reading",
    iku: "IKU",
    unitCount: "Units",
    findings: "Findings and what to do",
    findingsIntro:
      "Each finding with its cell (sheet!cell), its code, its sentence and what to do about it.",
    location: "Location",
    finding: "Finding",
    whatToDo: "What to do",
    suggested: "Suggested parents",
    none: "No findings.",
    page: { before: "Page ", middle: " of " },
  },
};
