/**
 * Reading and writing target values as planners write them (DESIGN.md §3 "Values").
 *
 * A cell becomes a TargetValue: a number, a bound, a band, a grade, a placeholder, text or nothing.
 * Text is Indonesian unless told otherwise; the satuan travels in the cell ("0,9 Angka"), and every
 * value keeps how it was written (NumberStyle) so a derived value can be written back the same way.
 * Nothing that cannot be read is ever turned into a number.
 *
 * Pure functions; every regular expression is compiled once, at module load (100k+ cells per check).
 */
import type { NumberLocale, NumberStyle, TargetValue } from "./target";
import { serialToIsoDate } from "./excelDates";
import { textMemo } from "./memo";

// ---------------------------------------------------------------------------------------------------
// Word lists (data). Extend here; the patterns below are built from them.
// ---------------------------------------------------------------------------------------------------

/** Cells that stand for a target not yet set, besides runs of dots and dashes ("…. %", "-"). */
const PLACEHOLDER_WORDS = [
  "tbd",
  "tba",
  "n/a",
  "na",
  "?",
  "belum ditentukan",
  "belum ada",
  "menyesuaikan",
];

/** Marks a placeholder is made of: dots, ellipsis, dashes, underscores, question marks. */
const PLACEHOLDER_MARKS = ".…\\-–—_?";

/** Words and signs that make a floor or a ceiling of the number after them. */
const BOUND_PHRASES: Record<"min" | "max", readonly string[]> = {
  min: [
    "≥",
    ">=",
    "=>",
    ">",
    "min.",
    "min",
    "minimal",
    "minimum",
    "paling sedikit",
    "paling rendah",
    "sekurang-kurangnya",
    "setidaknya",
    "setidak-tidaknya",
    "tidak kurang dari",
    "at least",
  ],
  max: [
    "≤",
    "<=",
    "=<",
    "<",
    "maks.",
    "maks",
    "max.",
    "max",
    "maksimal",
    "maksimum",
    "maximal",
    "maximum",
    "paling lama",
    "paling banyak",
    "paling tinggi",
    "selambat-lambatnya",
    "sebanyak-banyaknya",
    "tidak lebih dari",
    "at most",
  ],
};

/** Grade scales, worst first: the index + 1 is the rank (higher is better). */
const GRADE_SCALES = {
  opinion: ["TW", "TMP", "WDP", "WTP"],
  sakip: ["D", "C", "CC", "B", "BB", "A", "AA"],
} as const;

/** Words that may precede a grade without changing it ("Opini WTP", "Predikat BB"). */
const GRADE_LEAD_WORDS = ["opini", "predikat", "kategori", "nilai"];

/** Satuan written before the number ("Rp 1.250.000", "Indeks 3"). */
const LEADING_UNITS = [
  "Rp",
  "IDR",
  "USD",
  "US$",
  "$",
  "Indeks",
  "Index",
  "Skor",
  "Score",
  "Nilai",
  "Level",
  "Peringkat",
];

/** Words between the two ends of a band, besides dashes ("80 s.d. 90", "80 sampai 90"). */
const RANGE_WORDS = ["sampai dengan", "sampai", "hingga", "sd", "to"];

/**
 * Words that make what follows a number a sentence or a date rather than a satuan, so that
 * "2026 selesai" or "31 Desember" stay text.
 */
const NOT_SATUAN_WORDS = [
  "yang",
  "dan",
  "atau",
  "untuk",
  "pada",
  "di",
  "ke",
  "dari",
  "dengan",
  "oleh",
  "sebelum",
  "sesudah",
  "setelah",
  "selesai",
  "tersusun",
  "tersedia",
  "tercapai",
  "terlaksana",
  "terpenuhi",
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "agu",
  "agt",
  "ags",
  "sep",
  "okt",
  "nov",
  "des",
];

/** A satuan after a number has at most this many words ("Organisasi Kepemudaan"); more is a sentence. */
const MAX_SATUAN_WORDS = 4;

/**
 * Longer text is never read as a number: real targets are short ("100 dari 110 Organisasi
 * Kepemudaan"), and the cap keeps the range search linear on pasted paragraphs.
 */
const MAX_QUANTITY_LENGTH = 160;

/** Decimals kept from a number cell: float noise beyond this is dropped (0.92 * 100 → 92). */
const MAX_DECIMALS = 10;

/** Excel's error values; they are text, never a target. */
const EXCEL_ERRORS = [
  "#REF!",
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
];

const SEPARATORS: Record<NumberLocale, { decimal: string; group: string }> = {
  id: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

// ---------------------------------------------------------------------------------------------------
// Patterns, compiled once from the lists above.
// ---------------------------------------------------------------------------------------------------

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Alternatives longest first, so that "minimal" wins over "min" and "maks." over "maks". */
const alternatives = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, "\\s+"))
    .join("|");

const DIGIT_RE = /\d/;
const SIGN = "[+\\-−]";
/** The number itself: digits with "." or "," between digit runs (trailing separators are not part of it). */
const NUMBER_SOURCE = `${SIGN}?\\d+(?:[.,]\\d+)*`;
const NUMBER_AT_START_RE = new RegExp(`^${NUMBER_SOURCE}`);
const PLAIN_NUMBER_RE = /^([+\-−]?)(\d+(?:[.,]\d+)*)$/;
const GROUPED_HEAD_RE = /^[1-9]\d{0,2}$/;

const LEADING_UNIT_RE = new RegExp(
  `^(${alternatives(LEADING_UNITS)})(\\.?)(\\s*)(?=${SIGN}?\\d)`,
  "i"
);
const OF_RE = new RegExp(`^\\s+dari\\s+(${NUMBER_SOURCE})`, "i");
/** The ",-" or ".-" after a rupiah amount ("Rp 1.250.000,-"). */
const RUPIAH_DASH_RE = /^\s*[.,]\s*-+/;
const SATUAN_WORD_RE = /^(?:%|‰|[\p{L}°$€][\p{L}\p{M}\d²³°.'’/-]*)$/u;
const WHITESPACE_RE = /\s+/;

const BOUND_WORD_MAP = new Map<string, "min" | "max">();
for (const bound of ["min", "max"] as const) {
  for (const phrase of BOUND_PHRASES[bound]) BOUND_WORD_MAP.set(phrase.toLowerCase(), bound);
}
const BOUND_RE = new RegExp(`^(${alternatives([...BOUND_WORD_MAP.keys()])})\\s*`, "i");

const RANGE_SEPARATOR_RE = new RegExp(
  `\\s*(?:s\\.\\s?d\\.?|s\\/d)\\s*|\\s+(?:${alternatives(RANGE_WORDS)})\\s+|\\s*[-–—~]\\s*`,
  "gi"
);
const RANGE_HINT_RE = /[-–—~/]|s\.\s?d|\s(?:sampai|hingga|sd|to)\s/i;

const ALL_GRADES = [...GRADE_SCALES.opinion, ...GRADE_SCALES.sakip];
const GRADE_RE = new RegExp(
  `^(?:(?:${alternatives(GRADE_LEAD_WORDS)})\\s+)?(${alternatives(ALL_GRADES)})$`,
  "i"
);

/** The last bracket of a cell is a note ("(Skala 4)", "(1400 orang)") or a grade ("81 (A)"). */
const TRAILING_NOTE_RE = /^([\s\S]*?\S)\s*(\(([^()]*)\))$/;

const PLACEHOLDER_RE = new RegExp(
  `^(?:(rp)\\.?\\s*)?[${PLACEHOLDER_MARKS}][\\s${PLACEHOLDER_MARKS}]*(%|\\p{L}{1,15})?$`,
  "iu"
);
const PLACEHOLDER_WORD_SET = new Set(PLACEHOLDER_WORDS);
const NOT_SATUAN_SET = new Set(NOT_SATUAN_WORDS);
const EXCEL_ERROR_SET = new Set(EXCEL_ERRORS.map((e) => e.toUpperCase()));

// ---------------------------------------------------------------------------------------------------
// Plain numbers
// ---------------------------------------------------------------------------------------------------

interface NumberRead {
  value: number;
  decimals: number;
  grouping: boolean;
  /** The convention the text was written in: the caller's, or the other one when only it fits. */
  locale: NumberLocale;
}

const otherLocale = (locale: NumberLocale): NumberLocale => (locale === "id" ? "en" : "id");

/** "1.250.000" split by "." is a thousands grouping: a head of 1–3 digits (no leading 0), then threes. */
function isGrouped(digits: string, separator: string): boolean {
  const parts = digits.split(separator);
  if (parts.length < 2 || !GROUPED_HEAD_RE.test(parts[0])) return false;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return false;
  return true;
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === c) n++;
  return n;
}

/**
 * Reads a plain number token. With only one kind of separator, the locale's thousands separator
 * followed by groups of exactly three digits is grouping and any other single one is a decimal point
 * ("1.250" → 1250 but "336.68" → 336.68 in Indonesian); several of the locale's decimal separators in
 * groups of three are grouping too ("338,151,881"). With both kinds, the last one is the decimal point.
 */
function readNumber(token: string, locale: NumberLocale): NumberRead | undefined {
  const m = PLAIN_NUMBER_RE.exec(token);
  if (!m) return undefined;
  const body = m[2];
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let integer = body;
  let fraction = "";
  let group: string | undefined;
  let written = locale;

  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    group = decimal === "." ? "," : ".";
    integer = body.slice(0, Math.max(lastDot, lastComma));
    fraction = body.slice(Math.max(lastDot, lastComma) + 1);
    if (integer.includes(decimal) || !isGrouped(integer, group)) return undefined;
    written = decimal === SEPARATORS.id.decimal ? "id" : "en";
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? "." : ",";
    const single = countChar(body, separator) === 1;
    const isLocaleGroup = separator === SEPARATORS[locale].group;
    if (isLocaleGroup && isGrouped(body, separator)) {
      group = separator;
    } else if (single) {
      [integer, fraction] = body.split(separator);
      written = isLocaleGroup ? otherLocale(locale) : locale;
    } else if (!isLocaleGroup && isGrouped(body, separator)) {
      group = separator;
      written = otherLocale(locale);
    } else {
      return undefined;
    }
  }

  const digits = group ? integer.split(group).join("") : integer;
  const negative = m[1] === "-" || m[1] === "−";
  const value = Number(`${negative ? "-" : ""}${digits}${fraction ? "." + fraction : ""}`);
  return {
    value: value === 0 ? 0 : value,
    decimals: fraction.length,
    grouping: group !== undefined,
    locale: written,
  };
}

/** A strict plain-number parse: digits, "." and "," separators and a sign; undefined for anything else. */
export function parseNumber(text: string, locale: NumberLocale = "id"): number | undefined {
  return readNumber(text.trim(), locale)?.value;
}

// ---------------------------------------------------------------------------------------------------
// Quantities: [leading satuan] number [dari N] [",-"] [satuan]
// ---------------------------------------------------------------------------------------------------

interface Quantity {
  value: number;
  decimals: number;
  grouping: boolean;
  locale: NumberLocale;
  prefix: string;
  suffix: string;
  satuan?: string;
  of?: number;
}

/** The satuan after a number: a few words, "%", or nothing; undefined when it reads as a sentence or date. */
function readSatuanText(rest: string): { satuan: string | undefined } | undefined {
  const dash = RUPIAH_DASH_RE.exec(rest);
  const text = (dash ? rest.slice(dash[0].length) : rest).trim();
  if (!text) return { satuan: undefined };
  let words = 0;
  for (const word of text.split(WHITESPACE_RE)) {
    if (word === "/" || word === "-") continue;
    if (!SATUAN_WORD_RE.test(word)) return undefined;
    if (NOT_SATUAN_SET.has(word.toLowerCase().replace(/\.$/, ""))) return undefined;
    if (++words > MAX_SATUAN_WORDS) return undefined;
  }
  return { satuan: text };
}

function joinSatuan(lead: string | undefined, trailing: string | undefined): string | undefined {
  if (lead && trailing) return `${lead} ${trailing}`;
  return lead || trailing || undefined;
}

function readQuantity(text: string, locale: NumberLocale): Quantity | undefined {
  let rest = text;
  let prefix = "";
  let lead: string | undefined;
  const unit = LEADING_UNIT_RE.exec(rest);
  if (unit) {
    prefix = unit[0];
    lead = unit[1];
    rest = rest.slice(unit[0].length);
  }

  const token = NUMBER_AT_START_RE.exec(rest);
  if (!token) return undefined;
  const number = readNumber(token[0], locale);
  if (!number) return undefined;
  rest = rest.slice(token[0].length);

  // "100 dari 110 Organisasi Kepemudaan": the whole is kept apart, not in the style's suffix.
  let of: number | undefined;
  const whole = OF_RE.exec(rest);
  if (whole) {
    of = readNumber(whole[1], locale)?.value;
    if (of === undefined) return undefined;
    rest = rest.slice(whole[0].length);
  }

  const trailing = readSatuanText(rest);
  if (!trailing) return undefined;
  // Built field by field: object spread takes a slow path in V8 and this runs for every cell.
  return {
    value: number.value,
    decimals: number.decimals,
    grouping: number.grouping,
    locale: number.locale,
    prefix,
    suffix: rest,
    satuan: joinSatuan(lead, trailing.satuan),
    of,
  };
}

const styleOf = (q: Quantity, prefix = q.prefix, suffix = q.suffix): NumberStyle => ({
  locale: q.locale,
  grouping: q.grouping,
  decimals: q.decimals,
  prefix,
  suffix,
  percentFormat: false,
});

// ---------------------------------------------------------------------------------------------------
// The forms of a text cell
// ---------------------------------------------------------------------------------------------------

/** Adds the optional fields that are present, so results hold no undefined fields. */
function withDetails(t: TargetValue, satuan?: string, of?: number, note?: string): TargetValue {
  if (satuan !== undefined) t.satuan = satuan;
  if (of !== undefined) t.of = of;
  if (note !== undefined) t.note = note;
  return t;
}

function numberTarget(original: string, q: Quantity, note: string | undefined): TargetValue {
  const t: TargetValue = {
    kind: "number",
    original,
    value: q.value,
    decimals: q.decimals,
    style: styleOf(q),
  };
  return withDetails(t, q.satuan, q.of, note);
}

/** "≥ 90", "min. 80", "paling lama 5 hari": the bound phrase joins the style's prefix. */
function readBound(
  original: string,
  head: string,
  note: string | undefined,
  locale: NumberLocale
): TargetValue | undefined {
  const m = BOUND_RE.exec(head);
  if (!m) return undefined;
  const q = readQuantity(head.slice(m[0].length), locale);
  if (!q) return undefined;
  const bound = BOUND_WORD_MAP.get(m[1].toLowerCase().replace(/\s+/g, " "));
  const t: TargetValue = {
    kind: "bound",
    original,
    value: q.value,
    bound,
    decimals: q.decimals,
    style: styleOf(q, m[0] + q.prefix),
  };
  return withDetails(t, q.satuan, q.of, note);
}

/** "80 - 90", "80 s.d. 90", "7 – 8 bulan": tries each separator until both ends read as quantities. */
function readRange(
  original: string,
  head: string,
  note: string | undefined,
  locale: NumberLocale
): TargetValue | undefined {
  if (!RANGE_HINT_RE.test(head)) return undefined;
  for (const m of head.matchAll(RANGE_SEPARATOR_RE)) {
    const at = m.index ?? 0;
    const left = readQuantity(head.slice(0, at), locale);
    if (!left || left.of !== undefined) continue;
    const right = readQuantity(head.slice(at + m[0].length), locale);
    if (!right || right.of !== undefined) continue;
    const decimals = Math.max(left.decimals, right.decimals);
    const style = styleOf(left, left.prefix, right.suffix.trim() ? right.suffix : left.suffix);
    style.decimals = decimals;
    style.grouping = left.grouping || right.grouping;
    const t: TargetValue = {
      kind: "range",
      original,
      low: Math.min(left.value, right.value),
      high: Math.max(left.value, right.value),
      decimals,
      style,
    };
    return withDetails(t, right.satuan ?? left.satuan, undefined, note);
  }
  return undefined;
}

function readGradeWord(text: string): string | undefined {
  const m = GRADE_RE.exec(text.trim());
  return m ? m[1].toUpperCase() : undefined;
}

/** "WTP", "BB (Nilai 75)", "81 (A)", "BB (Baik)". */
function readGrade(
  original: string,
  head: string,
  inner: string | undefined,
  note: string | undefined,
  locale: NumberLocale
): TargetValue | undefined {
  const grade = readGradeWord(head);
  if (grade) {
    // The bracket is the grade's number ("BB (Nilai 75)") or else a note ("BB (Baik)").
    const q = inner === undefined ? undefined : readQuantity(inner, locale);
    const plain: TargetValue = { kind: "grade", original, grade, decimals: 0 };
    if (!q) return withDetails(plain, undefined, undefined, note);
    return {
      kind: "grade",
      original,
      grade,
      value: q.value,
      decimals: q.decimals,
      style: styleOf(q),
    };
  }
  const bracketGrade = inner === undefined ? undefined : readGradeWord(inner);
  if (!bracketGrade) return undefined;
  const q = readQuantity(head, locale);
  if (!q) return undefined;
  return {
    kind: "grade",
    original,
    grade: bracketGrade,
    value: q.value,
    decimals: q.decimals,
    style: styleOf(q),
  };
}

function readPlaceholder(original: string): TargetValue | undefined {
  const lower = original.toLowerCase();
  if (PLACEHOLDER_WORD_SET.has(lower)) return { kind: "placeholder", original, decimals: 0 };
  const m = PLACEHOLDER_RE.exec(original);
  if (!m) return undefined;
  return withDetails(
    { kind: "placeholder", original, decimals: 0 },
    m[2] ?? (m[1] ? "Rp" : undefined)
  );
}

function parseText(original: string, locale: NumberLocale): TargetValue {
  if (!original) return { kind: "empty", original: "", decimals: 0 };
  const text: TargetValue = { kind: "text", original, decimals: 0 };
  if (EXCEL_ERROR_SET.has(original.toUpperCase())) return text;

  const bracket = TRAILING_NOTE_RE.exec(original);
  const head = bracket ? bracket[1] : original;
  const note = bracket ? bracket[2] : undefined;
  const inner = bracket ? bracket[3] : undefined;

  // Without a digit nothing can be a number: only a placeholder, a grade, or text.
  if (!DIGIT_RE.test(original)) {
    return readPlaceholder(original) ?? readGrade(original, head, inner, note, locale) ?? text;
  }
  if (original.length > MAX_QUANTITY_LENGTH) return text;
  const grade = readGrade(original, head, inner, note, locale);
  if (grade) return grade;
  const bound = readBound(original, head, note, locale);
  if (bound) return bound;
  const q = readQuantity(head, locale);
  if (q) return numberTarget(original, q, note);
  return readRange(original, head, note, locale) ?? text;
}

// ---------------------------------------------------------------------------------------------------
// Number cells and Excel number formats
// ---------------------------------------------------------------------------------------------------

export interface NumberFormatInfo {
  /** Decimals shown (the most the format shows, for "0.0#" that is 2). */
  decimals: number;
  /** The cell shows value × 100 with "%". */
  percent: boolean;
  /** Thousands separators shown. */
  grouping: boolean;
  /** "General" or text: the value shows its own decimals. */
  general: boolean;
  /** A date or time format: the number is a date serial, not a quantity. */
  date: boolean;
  /** Literal text before and after the number ('"Rp" #,##0' → "Rp "), "%" included. */
  prefix: string;
  suffix: string;
}

interface FormatScan extends NumberFormatInfo {
  /** Decimals always shown ("0.0#" → 1). */
  minDecimals: number;
}

const GENERAL_FORMAT: FormatScan = {
  decimals: 0,
  minDecimals: 0,
  percent: false,
  grouping: false,
  general: true,
  date: false,
  prefix: "",
  suffix: "",
};

const DATE_TOKEN_RE = /[dmyhs]/i;
/** A digit placeholder of a number format ("" at the end of the format is none). */
const isDigitPlaceholder = (c: string): boolean => c === "0" || c === "#" || c === "?";
const CURRENCY_IN_BRACKETS_RE = /^\$([^-]*)/;
const ELAPSED_TIME_RE = /^(?:h+|m+|s+)$/i;

/** The first section of a format ("pos;neg;zero;text"), honouring quotes, escapes and brackets. */
function firstSection(format: string): string {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "\\" && !quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === "[") bracket = true;
    else if (!quoted && c === "]") bracket = false;
    else if (c === ";" && !quoted && !bracket) return format.slice(0, i);
  }
  return format;
}

/** A workbook uses a handful of formats over thousands of cells: each is scanned once. */
const scanMemo = textMemo(scanFormatText, 500);

/** The scan of a format, shared: callers must not change it. */
function scanFormat(format: string | undefined): FormatScan {
  if (format === undefined) return GENERAL_FORMAT;
  return scanMemo(format);
}

/** Walks an Excel number format once: placeholders, decimal point, grouping, percent and literals. */
function scanFormatText(format: string): FormatScan {
  const section = firstSection(format).trim();
  if (!section || section === "@" || section.toLowerCase() === "general") return GENERAL_FORMAT;
  const scan: FormatScan = {
    decimals: 0,
    minDecimals: 0,
    percent: false,
    grouping: false,
    general: false,
    date: false,
    prefix: "",
    suffix: "",
  };
  let seenNumber = false;
  let afterPoint = false;
  let exponent = false;
  const literal = (s: string) => {
    if (seenNumber) scan.suffix += s;
    else scan.prefix += s;
  };

  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    const next = section[i + 1] ?? "";
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (c === "\\") {
      literal(next);
      i++;
    } else if (c === "_" || c === "*") {
      i++; // padding and fill characters take space, not text
    } else if (c === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      const currency = CURRENCY_IN_BRACKETS_RE.exec(inner);
      if (currency) literal(currency[1]);
      else if (ELAPSED_TIME_RE.test(inner)) scan.date = true;
      i = end < 0 ? section.length : end;
    } else if (section.slice(i, i + 7).toLowerCase() === "general") {
      scan.general = true;
      seenNumber = true;
      i += 6;
    } else if (isDigitPlaceholder(c)) {
      seenNumber = true;
      if (afterPoint && !exponent) {
        scan.decimals++;
        if (c === "0") scan.minDecimals++;
      }
    } else if (c === "." && !afterPoint && !exponent && (seenNumber || isDigitPlaceholder(next))) {
      afterPoint = true;
      seenNumber = true;
    } else if (c === "," && seenNumber && !afterPoint) {
      if (isDigitPlaceholder(next)) scan.grouping = true; // a trailing "," scales by 1000: ignored
    } else if ((c === "E" || c === "e") && seenNumber && (next === "+" || next === "-")) {
      exponent = true;
      i++;
    } else if (c === "%") {
      scan.percent = true;
      literal(c);
    } else if (DATE_TOKEN_RE.test(c)) {
      scan.date = true;
    } else {
      literal(c);
    }
  }
  return scan;
}

/** What an Excel number format shows: decimals, percent, grouping (and literals, general, date). */
export function numberFormatInfo(format: string | undefined): NumberFormatInfo {
  const { decimals, percent, grouping, general, date, prefix, suffix } = scanFormat(format);
  return { decimals, percent, grouping, general, date, prefix, suffix };
}

/** Drops binary float noise: 0.92 * 100 → 92, 0.1 + 0.2 → 0.3. */
function cleanFloat(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x) || Math.abs(x) >= 1e21) return x === 0 ? 0 : x;
  const cleaned = Number(Number(x.toPrecision(15)).toFixed(MAX_DECIMALS));
  return cleaned === 0 ? 0 : cleaned;
}

/**
 * The decimals a number shows in General format, at most MAX_DECIMALS. Read from the shortest
 * decimal form of the noise-free value, since toFixed would print binary noise (30090904.0999…).
 */
function decimalsOf(x: number): number {
  if (Number.isInteger(x)) return 0;
  const clean = cleanFloat(x);
  if (!Number.isFinite(clean)) return 0;
  const s = String(Math.abs(clean));
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const point = mantissa.indexOf(".");
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.min(MAX_DECIMALS, Math.max(0, fraction - exponent));
}

/** The satuan a format's literals give ("Rp ", " km", "%"); dashes and dots around it are not part of it. */
function satuanOfLiterals(prefix: string, suffix: string): string | undefined {
  const clean = (s: string) => s.replace(/^[\s.,-]+|[\s.,-]+$/g, "");
  return joinSatuan(clean(prefix) || undefined, clean(suffix) || undefined);
}

function parseNumberCell(
  n: number,
  locale: NumberLocale,
  numberFormat: string | undefined
): TargetValue {
  if (!Number.isFinite(n)) return { kind: "text", original: String(n), decimals: 0 };
  const format = scanFormat(numberFormat);
  if (format.date) {
    // A target shown as a date is an entry Excel converted ("1.2" → 1 Feb): text, never a number.
    return {
      kind: "text",
      original: serialToIsoDate(n) ?? String(n),
      decimals: 0,
    };
  }
  const value = cleanFloat(format.percent ? n * 100 : n);
  const decimals = format.general
    ? decimalsOf(value)
    : format.minDecimals === format.decimals
      ? format.decimals
      : Math.min(format.decimals, Math.max(format.minDecimals, decimalsOf(value)));
  const style: NumberStyle = {
    locale,
    grouping: format.grouping,
    decimals,
    prefix: format.prefix,
    suffix: format.suffix,
    percentFormat: format.percent,
  };
  const t: TargetValue = {
    kind: "number",
    original: formatTarget(value, style, decimals),
    value,
    decimals,
    style,
  };
  return withDetails(t, satuanOfLiterals(format.prefix, format.suffix));
}

// ---------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------

export interface ParseOptions {
  /** How text is read: "id" (the default) "1.250,5", or "en" "1,250.5". */
  locale?: NumberLocale;
  /** The cell's Excel number format, for number cells ("0.00", "#,##0", "0%"). */
  numberFormat?: string;
}

/** Reads a cell value (number, string, boolean, Date, null) as a target. Never throws. */
export function parseTarget(input: unknown, options: ParseOptions = {}): TargetValue {
  const locale = options.locale ?? "id";
  if (input === null || input === undefined) return { kind: "empty", original: "", decimals: 0 };
  if (typeof input === "number") return parseNumberCell(input, locale, options.numberFormat);
  if (typeof input === "string") return parseText(input.trim(), locale);
  if (typeof input === "boolean")
    return { kind: "text", original: input ? "TRUE" : "FALSE", decimals: 0 };
  if (input instanceof Date) {
    // an invalid Date (new Date("x")) has no day to show
    const day = Number.isNaN(input.getTime()) ? "" : input.toISOString().slice(0, 10);
    return { kind: "text", original: day, decimals: 0 };
  }
  return { kind: "text", original: safeString(input), decimals: 0 };
}

/** String() of an unexpected cell value; some objects (Object.create(null)) cannot be converted. */
function safeString(input: unknown): string {
  try {
    return String(input).trim();
  } catch {
    return "";
  }
}

/** Rounds half away from zero at `decimals` places, without the binary surprises of toFixed (1.005). */
function roundTo(x: number, decimals: number): number {
  if (Number.isInteger(x)) return x;
  const s = String(Math.abs(x));
  const abs = s.includes("e")
    ? Number(Math.abs(x).toFixed(decimals))
    : Number(`${Math.round(Number(`${s}e${decimals}`))}e-${decimals}`);
  return x < 0 ? -abs : abs;
}

function groupThousands(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/**
 * Writes a value the way `style` says: prefix, the locale's separators, grouping, decimals, suffix.
 * Without `decimals`, it shows the style's decimals, or more when the value has them (a half of
 * "0,9 Angka" is "0,45 Angka", not a rounded "0,5"); with `decimals`, exactly that many.
 */
export function formatTarget(value: number, style: NumberStyle, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const wanted = decimals ?? Math.max(style.decimals, decimalsOf(value));
  const places = Math.min(20, Math.max(0, Math.floor(wanted)));
  const rounded = roundTo(value, places);
  const [integer, fraction] = Math.abs(rounded).toFixed(places).split(".");
  const { decimal, group } = SEPARATORS[style.locale];
  const whole = style.grouping && !integer.includes("e") ? groupThousands(integer, group) : integer;
  const sign = rounded < 0 ? "-" : "";
  return `${style.prefix}${sign}${whole}${fraction ? decimal + fraction : ""}${style.suffix}`;
}

const PLAIN_STYLE: NumberStyle = {
  locale: "id",
  grouping: false,
  decimals: 0,
  prefix: "",
  suffix: "",
  percentFormat: false,
};

/** formatTarget with the style of `like`, or a plain Indonesian number when it has none. */
export function formatLike(
  value: number,
  like: TargetValue | undefined,
  decimals?: number
): string {
  if (like?.style) return formatTarget(value, like.style, decimals);
  return formatTarget(cleanFloat(value), PLAIN_STYLE, decimals ?? decimalsOf(value));
}

/** A grade's place on its scale: WTP > WDP > TMP > TW; AA > A > BB > B > CC > C > D. Higher is better. */
export function gradeRank(grade: string): { scale: "opinion" | "sakip"; rank: number } | undefined {
  const g = grade.trim().toUpperCase();
  for (const scale of ["opinion", "sakip"] as const) {
    const index = (GRADE_SCALES[scale] as readonly string[]).indexOf(g);
    if (index >= 0) return { scale, rank: index + 1 };
  }
  return undefined;
}

/** The number a target is compared by: a number's or bound's value, a grade's number; else undefined. */
export function targetNumber(t: TargetValue): number | undefined {
  if (t.kind === "number" || t.kind === "bound" || t.kind === "grade") return t.value;
  return undefined;
}
