/**
 * The header vocabulary (DESIGN.md §3), Indonesian and English, as data in one module: add a
 * phrase here and every layout reads it. A header matches an entry when the entry's words occur in
 * it as whole words; the entry covering more of the header's words wins; a period or X/Y qualifier
 * beats plain "Target"; on a tie a never-field wins.
 */
import { foldText } from "../core/text";

export type Field =
  | "no"
  | "unit"
  | "parentUnit"
  | "level"
  | "code"
  | "unitCode"
  | "goal"
  | "objective"
  | "indicator"
  | "satuan"
  | "target"
  | "period"
  | "polarity"
  | "consolidation"
  | "weight"
  | "denominator"
  | "parentLink"
  | "rule"
  | "cascadeType"
  | "never";

export interface VocabularyEntry {
  field: Field;
  phrases: readonly string[];
}

// prettier-ignore
export const HEADER_VOCABULARY: readonly VocabularyEntry[] = [
  { field: "no", phrases: ["no", "nomor", "no urut"] },
  { field: "unit", phrases: ["unit kerja", "unit", "unit organisasi", "satker", "satuan kerja", "organisasi", "jabatan", "nama unit", "unit eselon", "nama jabatan", "opd", "nama opd", "perangkat daerah", "skpd", "nama satker"] },
  { field: "parentUnit", phrases: ["unit induk", "unit atasan", "atasan", "induk", "parent unit", "reports to", "atasan langsung"] },
  { field: "level", phrases: ["eselon", "level", "tingkat", "jenjang", "level unit", "tingkat unit"] },
  { field: "code", phrases: ["kode", "kode iku", "kode indikator", "no iku", "id", "code", "kpi code", "indicator code", "kode ik"] },
  { field: "unitCode", phrases: ["kode satker", "kode unit", "kode unit kerja", "kode satuan kerja", "kode opd", "kode organisasi", "unit code"] },
  { field: "goal", phrases: ["tujuan", "tujuan strategis"] },
  { field: "objective", phrases: ["sasaran strategis", "sasaran", "sasaran program", "sasaran kegiatan", "objective", "strategic objective", "sasaran pd", "sasaran perangkat daerah", "tujuan sasaran", "tujuan sasaran strategis"] },
  { field: "indicator", phrases: ["indikator kinerja utama", "iku", "indikator kinerja", "indikator", "ik", "iki", "rencana hasil kerja", "rhk", "kpi", "indicator", "key performance indicator", "indikator kinerja individu", "indikator sasaran", "indikator kinerja sasaran"] },
  { field: "satuan", phrases: ["satuan", "satuan pengukuran", "unit of measure", "uom", "satuan target"] },
  { field: "target", phrases: ["target", "target tahunan", "target kinerja", "annual target", "k", "target renja", "target pk", "target perjanjian kinerja", "tahunan"] },
  { field: "polarity", phrases: ["polaritas", "polarisasi", "polarity", "arah"] },
  { field: "consolidation", phrases: ["konsolidasi", "jenis konsolidasi", "jenis konsolidasi periode", "jenis konsolidasi lokasi", "aggregation", "consolidation"] },
  { field: "weight", phrases: ["bobot", "weight", "bobot iku", "bobot indikator"] },
  { field: "denominator", phrases: ["target y", "penyebut", "denominator"] },
  { field: "parentLink", phrases: ["iku atasan", "kode iku atasan", "iku induk", "mendukung iku", "rhk pimpinan yang diintervensi", "parent kpi", "parent kpi code", "aligned to", "indikator atasan", "kode indikator atasan", "ik atasan", "rhk atasan", "mendukung"] },
  { field: "rule", phrases: ["unit kerja penanggung jawab", "unit penanggung jawab", "penanggung jawab", "unit pelaksana", "dilaksanakan oleh", "pj", "pic"] },
  { field: "cascadeType", phrases: ["jenis cascading", "metode cascading", "tipe cascading", "cascade type", "cascading", "jenis cascade", "direct indirect", "langsung tidak langsung", "intervensi", "jenis intervensi"] },
  { field: "never", phrases: ["jenis indikator", "kode sasaran", "kode tujuan", "definisi", "definisi operasional", "formula", "rumus", "sumber data", "keterangan", "target x", "realisasi", "capaian", "anggaran", "pagu", "rp", "program", "kegiatan", "sub kegiatan", "program kegiatan", "evidence", "bukti", "penjelasan", "alasan", "tipe", "periode", "jenis", "catatan", "kondisi awal", "baseline", "definisi y", "definisi x", "numerator", "pembilang", "target numerator", "target denominator", "rencana aksi", "persentase capaian", "visi", "misi", "urusan", "rekening", "kode rekening", "kode program", "kode kegiatan", "lokasi", "anggaran rp", "pagu anggaran", "faktor", "tindak lanjut", "hambatan", "no urut sasaran"] },
];

/** Period headers: TW I, TW-1, Tw.I, Trw I, Triwulan 1, Q1; Semester I/II; Januari … Desember. */
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS = [
  ["januari", "jan", "january"],
  ["februari", "feb", "pebruari", "february"],
  ["maret", "mar", "march"],
  ["april", "apr"],
  ["mei", "may"],
  ["juni", "jun", "june"],
  ["juli", "jul", "july"],
  ["agustus", "agu", "agt", "ags", "aug", "august"],
  ["september", "sep", "sept"],
  ["oktober", "okt", "oct", "october"],
  ["november", "nov", "nop", "nopember"],
  ["desember", "des", "dec", "december"],
];
const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_INDEX.set(n, i + 1)));

export interface PeriodHeader {
  kind: "quarter" | "semester" | "month";
  index: number;
  /** "s.d. TW II": the column holds the cumulative value up to that period. */
  cumulative: boolean;
}

const QUARTER = /\b(?:tw|trw|triwulan|q|kuartal|quarter)\s*[-.]?\s*(i{1,3}|iv|[1-4])\b/;
const SEMESTER = /\b(?:semester|smt|sem)\s*[-.]?\s*(i{1,2}|[12])\b/;

/** Reads a period header from folded text; undefined when the text names no period. */
export function periodOf(folded: string): PeriodHeader | undefined {
  const cumulative = /\b(s d|sd|sampai dengan|kumulatif)\b/.test(folded);
  const compact = folded.replace(/\b(tw|trw|q)(\d|i{1,3}|iv)\b/g, "$1 $2");
  const q = QUARTER.exec(compact);
  if (q) return { kind: "quarter", index: ROMAN[q[1]] ?? Number(q[1]), cumulative };
  const s = SEMESTER.exec(compact);
  if (s) return { kind: "semester", index: ROMAN[s[1]] ?? Number(s[1]), cumulative };
  const words = folded.split(" ");
  // a month name alone (or with a year / "s.d."), not "Target Bulan" or a sentence
  if (words.length <= 4) {
    for (const w of words) {
      const m = MONTH_INDEX.get(w);
      if (m !== undefined && (words.length === 1 || w.length > 3 || words.length <= 2)) {
        return { kind: "month", index: m, cumulative };
      }
    }
  }
  return undefined;
}

/** Words that start a unit or position name (layout B title rows, matrix headers). */
// prettier-ignore
const UNIT_WORDS: readonly string[] = [
  "badan", "dinas", "biro", "bagian", "bidang", "balai", "seksi", "subbagian", "sub bagian", "kantor",
  "direktorat", "sekretariat", "deputi", "inspektorat", "bps", "kepala", "kementerian", "pusat",
  "unit", "upt", "uptd", "sub bidang", "subbidang", "kabag", "kabid", "kasubbag", "kasi", "sekretaris",
  "direktur", "inspektur", "deputi", "tim", "ketua tim", "koordinator", "kanwil", "kanreg",
  "kantor regional", "kantor wilayah", "satuan", "lembaga", "rumah sakit", "puskesmas", "kecamatan",
  "kelurahan", "camat", "lurah", "bupati", "walikota", "wali kota", "gubernur", "menteri",
  "sekretaris daerah", "asisten", "staf ahli", "analis", "perencana", "pengadministrasi",
  "pranata", "pengelola", "auditor", "widyaiswara", "fungsional", "pelaksana", "kepala pelaksana",
  "rsud", "rsu", "rsj", "rumah sakit umum", "instalasi", "komite",
];

const UNIT_START = new RegExp(`^(${UNIT_WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`);

/** A text that reads as a unit or position name ("Biro Umum", "Kepala Bagian Perencanaan"). */
export function looksLikeUnitName(text: string): boolean {
  const f = foldText(text);
  if (f.length < 3 || f.length > 120) return false;
  return UNIT_START.test(f) || acronymUnit(text.trim());
}

/**
 * An acronym unit followed by its region: "BPKAD PROVINSI JAWA BARAT", "BAPPEDA Kab. Tapin". The
 * acronym is written in capitals, and is not a word of a kop line or an indicator's name
 * ("PEMERINTAH KABUPATEN …", "PREDIKAT KOTA LAYAK ANAK").
 */
const ACRONYM_UNIT =
  /^([A-Z][A-Z0-9-]{2,11})\s+(PROVINSI|Provinsi|PROV\.?|Prov\.?|KABUPATEN|Kabupaten|KAB\.?|Kab\.?|KOTA|Kota|KECAMATAN|Kecamatan)\s+\S/;
// prettier-ignore
const NOT_ACRONYMS = new Set([
  "PEMERINTAH", "PEMKAB", "PEMKOT", "PEMPROV", "PROVINSI", "KABUPATEN", "KOTA", "NEGARA", "REPUBLIK",
  "PREDIKAT", "INDEKS", "JUMLAH", "PERSENTASE", "PROSENTASE", "NILAI", "TINGKAT", "RASIO", "ANGKA",
  "CAKUPAN", "LAPORAN", "DOKUMEN", "PROGRAM", "KEGIATAN", "SASARAN", "TUJUAN", "TARGET", "TAHUN",
  "PERJANJIAN", "RENCANA", "INDIKATOR", "WILAYAH", "DAERAH", "PENDUDUK", "MASYARAKAT",
]);

function acronymUnit(text: string): boolean {
  const m = ACRONYM_UNIT.exec(text);
  return !!m && !NOT_ACRONYMS.has(m[1]);
}

/**
 * Words that head an organisational unit's name. In a cell naming several units, a part starting
 * with one of them is a new unit ("Sekretariat, Bidang Mutasi"); words that also end names
 * ("… Desa dan Kelurahan", "… Tim", "… Pusat") do not split.
 */
// prettier-ignore
const UNIT_HEADS: readonly string[] = [
  "badan", "dinas", "biro", "bagian", "bag", "bidang", "bid", "balai", "seksi", "sie", "subbagian",
  "sub bagian", "subbag", "subag", "subbidang", "sub bidang", "subbid", "kantor", "direktorat",
  "sekretariat", "deputi", "inspektorat", "upt", "uptd", "kanwil", "kanreg", "kabag", "kabid",
  "kasubbag", "kasubag", "kasi", "karo", "sekretaris", "kepala", "inspektur", "direktur", "ketua tim",
  "koordinator", "rsud", "puskesmas",
];

const UNIT_HEAD_START = new RegExp(
  `^(${UNIT_HEADS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`
);

/** A text that starts with an organisational unit's head word ("Bidang …", "Subbag …"). */
export function startsWithUnitHead(text: string): boolean {
  return UNIT_HEAD_START.test(foldText(text));
}

/** Document kinds in target headers: the PK or Renja column of the workbook's year wins. */
export const TARGET_DOCUMENTS: Readonly<Record<string, number>> = {
  pk: 3,
  "perjanjian kinerja": 3,
  renja: 2,
  rkt: 2,
  rkpd: 2,
  iku: 1,
  renstra: 0,
  rpjmd: 0,
  rpjmn: 0,
};

/** Headings inside a table that open an additional-performance block. */
export const ADDITIONAL_BLOCK = /\b(kinerja tambahan|tugas tambahan|iku tambahan)\b/;

/** Title rows naming the document and the unit. */
export const PK_TITLE =
  /\b(perjanjian kinerja|rencana aksi|rencana kinerja tahunan|indikator kinerja utama|pk)\b/;
export const RENCANA_AKSI = /\brencana aksi\b/;
export const UNIT_TITLE =
  /^(unit kerja|unit organisasi|satuan kerja|nama unit|unit|opd|perangkat daerah)\s*:\s*(.+)$/i;
export const YEAR = /\b(20\d\d)\b/;
export const MATRIX_TITLE = /\b(matriks|matrix)\b.*\b(cascad|kaskade|penjenjangan)/;

/** Row labels in a matrix that are totals, not units. */
export const TOTAL_ROW = /^(total|jumlah|jml|sub total|subtotal)$/;
