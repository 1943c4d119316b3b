/**
 * Folding of names, satuan, codes, unit names and levels, so that what planners write loosely
 * ("Prosentase", "IKU 1.2.", "Kabag. Umum", "II.a") compares equal to what they meant.
 */
import { STOP_WORDS } from "./lexicon";
import { textMemo } from "./memo";

const SPELLING: ReadonlyArray<[RegExp, string]> = [
  [/\b(prosentase|presentase|persentasi)\b/g, "persentase"],
  [/\bprosen\b/g, "persen"],
  [/%/g, " persen "],
  [/\bnilai-nilai\b/g, "nilai"],
];

const PUNCTUATION = /[^\p{L}\p{N}]+/gu;
const DIACRITICS = /\p{M}+/gu;

/** Case, spacing, line breaks, punctuation and spelling variants folded away. */
export function foldText(s: string | undefined | null): string {
  if (!s) return "";
  return foldMemo(s);
}

const foldMemo = textMemo(foldUncached, 200_000);

function foldUncached(s: string): string {
  let t = s.normalize("NFKD").replace(DIACRITICS, "").toLowerCase();
  for (const [re, to] of SPELLING) t = t.replace(re, to);
  return t.replace(PUNCTUATION, " ").trim().replace(/\s+/g, " ");
}

const SATUAN_ALIASES: Record<string, string> = {
  "%": "persen",
  persen: "persen",
  persentase: "persen",
  rp: "rupiah",
  rupiah: "rupiah",
  "rp juta": "juta rupiah",
  dok: "dokumen",
  org: "orang",
  jiwa: "orang",
  keg: "kegiatan",
  lap: "laporan",
  bln: "bulan",
  thn: "tahun",
  th: "tahun",
  tahap: "tahapan",
  pkt: "paket",
  kali: "kali",
  kl: "kali",
  eks: "eksemplar",
  exp: "eksemplar",
};

/** A satuan folded for comparison: "%" = "Persen" = "persentase"; "Km" = "km". */
export function foldSatuan(s: string | undefined | null): string {
  const t = foldText(s);
  return SATUAN_ALIASES[t] ?? t;
}

/**
 * Indicator codes are written loosely: "IKU 1.2", "1.2.", "1,2", "1.3..", "2896.BMA.004".
 * The folded form keeps the segments only: "1.2", "1.3", "2896.bma.4".
 */
export function normalizeCode(code: string | number | undefined | null): string {
  if (code === undefined || code === null) return "";
  return codeMemo(String(code));
}

const codeMemo = textMemo(normalizeCodeUncached, 50_000);

function normalizeCodeUncached(code: string): string {
  let t = code.trim().toLowerCase();
  t = t.replace(/^(iku|iki|ik|rhk|kpi|no\.?|kode)(?=[\s.:\d]|$)[\s.:]*/, "");
  t = t.replace(/(\d)\s*,\s*(?=\d)/g, "$1.");
  const segments = t
    .split(/[.\s/_-]+/)
    .filter((seg) => seg.length > 0)
    .map((seg) => (/^\d+$/.test(seg) ? String(Number(seg)) : seg));
  return segments.join(".");
}

/**
 * True when a string reads as an indicator code rather than a name (DESIGN.md §3 "Codes"): short,
 * and letters (at most six) then an optional separator then digits and segments — "1.2.", "IKU 1.2",
 * "B.1", "SU.1", "BKN.4", "KR1.2", "SS-2", "IKU.3", "I.1.a", "2896.BMA.004". A prefix that names a
 * period, a year or an amount ("TW 1", "Tahun 2026", "Rp 500") is not a code; after a space the
 * prefix must be written in capitals ("SS 2"), since "Bagian 2" is a name.
 */
export function looksLikeCode(s: string): boolean {
  return looksLikeCodeMemo(s);
}

const looksLikeCodeMemo = textMemo(looksLikeCodeUncached, 50_000);

const CODE_SHAPE = /^(\p{L}{1,6})?([ .\-_:]?)\d+(?:[.,/_-]+[\p{L}\d]+)*[.,]*$/u;
const CODE_WORDS = /^(iku|iki|ik|rhk|kpi|ss|sp|sk)$/i;
/** Prefixes that make a period, a year or an amount, never a code ("TW-1", "Tahun 2026", "Rp500"). */
// prettier-ignore
const PERIOD_PREFIX = new Set([
  "tw", "trw", "tr", "q", "smt", "sem", "th", "thn", "tahun", "ta", "bln", "bulan", "hari", "jam",
  "minggu", "jan", "feb", "mar", "apr", "mei", "may", "jun", "juni", "jul", "juli", "agu", "ags",
  "agt", "aug", "sep", "sept", "okt", "oct", "nov", "nop", "des", "dec", "maret", "april", "rp",
  "km", "ha",
]);
/**
 * Words that, followed by a space or directly by a number, name a column or a thing ("TARGET 2026",
 * "RENJA 2026", "SMP 1", "ESELON 2"); written with a dot or dash ("SD.1") they are codes.
 */
// prettier-ignore
const WORD_PREFIX = new Set([
  "target", "pk", "renja", "rkt", "rkpd", "renstra", "rpjmd", "rpjmn", "pagu", "data", "realisasi",
  "level", "tahap", "angka", "skala", "nilai", "indeks", "kelas", "tipe", "type", "pasal", "ayat",
  "no", "nomor", "lantai", "ruang", "wp", "rw", "rt", "smp", "sma", "smk", "sd", "upt", "uptd",
  "iso", "covid", "h", "ke", "eselon", "gol", "golongan", "bidang", "seksi", "bagian",
]);

function looksLikeCodeUncached(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 24) return false;
  if (/^(iku|iki|ik|rhk|kpi)\s*[\d.,]+/i.test(t)) return true;
  const m = CODE_SHAPE.exec(t);
  if (!m) return false;
  const prefix = m[1];
  if (!prefix) return true;
  const word = prefix.toLowerCase();
  if (PERIOD_PREFIX.has(word)) return false;
  if ((m[2] === " " || m[2] === "") && WORD_PREFIX.has(word)) return false;
  if (m[2] === " ") return CODE_WORDS.test(prefix) || prefix === prefix.toUpperCase();
  return true;
}

const UNIT_TITLES = /^(kepala|ka|plt|plh|pj|pjs|ketua)\s+/;
const UNIT_ALIASES: ReadonlyArray<[RegExp, string]> = [
  [/\bkabag\b/g, "bagian"],
  [/\bkabid\b/g, "bidang"],
  [/\bkasubbag\b/g, "subbagian"],
  [/\bkasubag\b/g, "subbagian"],
  [/\bkasi\b/g, "seksi"],
  [/\bkaro\b/g, "biro"],
  [/\bsubbag\b/g, "subbagian"],
  [/\bsubag\b/g, "subbagian"],
  [/\bbag\b/g, "bagian"],
  [/\bbid\b/g, "bidang"],
  [/\bsek\b/g, "seksi"],
  [/\bdit\b/g, "direktorat"],
  [/\bkanreg\b/g, "kantor regional"],
  [/\bkanwil\b/g, "kantor wilayah"],
];

/** The key under which a unit is matched: case, spacing, punctuation, titles and aliases folded. */
export function unitKey(name: string | undefined | null): string {
  if (!name) return "";
  return unitKeyMemo(name);
}

const unitKeyMemo = textMemo(unitKeyUncached, 50_000);

function unitKeyUncached(name: string): string {
  let t = foldText(name);
  let previous = "";
  while (t !== previous) {
    previous = t;
    t = t.replace(UNIT_TITLES, "");
  }
  for (const [re, to] of UNIT_ALIASES) t = t.replace(re, to);
  return t.replace(/\s+/g, " ").trim();
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const LEVEL_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/\b(menteri|kepala badan|jpt utama)\b/, 0],
  [/\bjpt madya\b/, 1],
  [/\bjpt pratama\b/, 2],
  [/\b(administrator)\b/, 3],
  [/\b(pengawas)\b/, 4],
  [/\b(pelaksana|fungsional)\b/, 5],
];

/** "II", "II.a", "2", "Eselon II" and "JPT Pratama" are one level: 2. */
export function normalizeLevel(level: string | number | undefined | null): number | undefined {
  if (level === undefined || level === null) return undefined;
  if (typeof level === "number") return Number.isFinite(level) ? level : undefined;
  const t = foldText(level).replace(/^(eselon|level|tingkat|jenjang)\s+/, "");
  const m = /^(i{1,3}|iv|v|\d+)(\s*[a-z])?$/.exec(t);
  if (m) return ROMAN[m[1]] ?? Number(m[1]);
  for (const [re, n] of LEVEL_WORDS) if (re.test(t)) return n;
  return undefined;
}

const SUFFIXES = ["nya", "kan", "an", "i"];
// Prefixes tried longest first; "peny"/"meny" fold back the dropped s (penyelesaian → selesai).
const PREFIXES: ReadonlyArray<[string, string]> = [
  ["meng", ""],
  ["meny", "s"],
  ["mem", ""],
  ["men", ""],
  ["me", ""],
  ["peng", ""],
  ["peny", "s"],
  ["pem", ""],
  ["pen", ""],
  ["per", ""],
  ["pe", ""],
  ["ber", ""],
  ["be", ""],
  ["di", ""],
  ["ter", ""],
  ["ke", ""],
  ["se", ""],
];
const MIN_STEM = 4;
const VOWELS = /^[aeiou]/;

/** Simple Indonesian affix stripping: enough to fold "pelayanan" and "layanan" together. */
export function stem(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  for (const [prefix, restore] of PREFIXES) {
    if (!w.startsWith(prefix)) continue;
    const rest = w.slice(prefix.length);
    // "per" + vowel is "pe" + r-word (perencanaan → rencana).
    if ((prefix === "per" || prefix === "ber" || prefix === "ter") && VOWELS.test(rest)) continue;
    const stemmed = restore + rest;
    if (stemmed.length >= MIN_STEM) return stemmed;
  }
  return w;
}

/** The meaningful terms of a text: folded, stop words removed, affixes stripped. */
export function terms(s: string | undefined | null): Set<string> {
  const out = new Set<string>();
  for (const word of foldText(s).split(" ")) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    const st = stem(word);
    if (!STOP_WORDS.has(st)) out.add(st);
  }
  return out;
}

/** Share of the smaller term set found in the other (0 when either is empty). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

/** Count of shared terms. */
export function sharedTerms(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return shared;
}

/**
 * A child indicator "narrows" its parent's when every word of the parent's folded name occurs in
 * the child's, in order, with words added anywhere ("… di wilayah I", "(WP 1)", "provinsi").
 */
export function narrows(childName: string, parentName: string): boolean {
  return narrowsWords(foldText(childName).split(" "), foldText(parentName).split(" "));
}

/** narrows() on names already folded and split into words. */
export function narrowsWords(c: readonly string[], p: readonly string[]): boolean {
  if (p.length === 0 || p[0] === "" || c.length <= p.length) return false;
  let i = 0;
  for (const w of c) if (i < p.length && w === p[i]) i++;
  return i === p.length;
}
