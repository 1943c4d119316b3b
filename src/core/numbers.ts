/**
 * Numbers and periods as each language writes them in a sentence: Indonesian "76,5", "4.000",
 * "1.250.000"; English "76.5", "4,000"; percentages "90%" in both; periods as the sheets name
 * them ("TW III", "Semester II", "Maret"). Only computed numbers go through here: a value the
 * user wrote ("95,00 Persen") is shown as written, and cell addresses, row numbers and years are
 * not numbers to group.
 */
import type { Lang } from "./messages";

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  id: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

/** Rounds half away from zero, in decimal (1.005 → 1.01), on a noise-free value (0.1 + 0.2). */
function roundAway(abs: number, places: number): string {
  const clean = Number(abs.toPrecision(15));
  const plain = String(clean);
  // tiny or huge values are written with an exponent: toFixed is as good as it gets there
  if (plain.includes("e")) return clean.toFixed(places);
  const shifted = Math.round(Number(`${plain}e${places}`));
  return Number(`${shifted}e-${places}`).toFixed(places);
}

/**
 * A computed number in the language's form, with at most `maxDecimals` decimals (2 unless told)
 * and no trailing zeros: id "76,5", "4.000", "-1.250.000", "105,26"; en "76.5", "4,000".
 */
export function numberText(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const places = Math.max(0, Math.min(10, Math.floor(maxDecimals)));
  const abs = Math.abs(value);
  if (abs >= 1e21) return String(value);
  const [integer, fraction = ""] = roundAway(abs, places).split(".");
  const { decimal, group } = SEPARATORS[lang];
  const whole = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = fraction.replace(/0+$/, "");
  // a value that rounds to zero has no sign ("-0,001" → "0")
  const sign = value < 0 && (/[1-9]/.test(integer) || decimals !== "") ? "-" : "";
  return `${sign}${whole}${decimals ? decimal + decimals : ""}`;
}

/** A percentage as both languages write it, with no space: "96,84%" / "96.84%". */
export function percentText(value: number, lang: Lang, maxDecimals = 2): string {
  return `${numberText(value, lang, maxDecimals)}%`;
}

/** A band of two computed numbers: "70–80", "2,5–3,5". */
export function rangeText(low: number, high: number, lang: Lang): string {
  return `${numberText(low, lang)}–${numberText(high, lang)}`;
}

const ROMAN = ["I", "II", "III", "IV"];
/** The months as each language writes them (a period header keeps the Indonesian names). */
const MONTH_NAMES: Record<Lang, string[]> = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * A period as the sheets name it, from its place (1-based) among `count` periods of the year:
 * TW I–IV for four, Semester I–II for two, month names for twelve. The sheets' names are kept in
 * both languages: they are what a planner looks for in the header.
 */
export function periodLabel(position: number, count: number): string {
  if (count === 4 && position >= 1 && position <= 4) return `TW ${ROMAN[position - 1]}`;
  if (count === 2 && position >= 1 && position <= 2) return `Semester ${ROMAN[position - 1]}`;
  if (count === 12 && position >= 1 && position <= 12) return MONTH_NAMES.id[position - 1];
  return `Periode ${position}`;
}

/**
 * A day given as ISO "2026-11-29", as each language writes it in a document: "29 November 2026",
 * "5 Maret 2026" / "5 March 2026". Anything that is not such a day is returned as it is.
 */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? Number(m[2]) : 0;
  const day = m ? Number(m[3]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return `${day} ${MONTH_NAMES[lang][month - 1]} ${m[1]}`;
}
