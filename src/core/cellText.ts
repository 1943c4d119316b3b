/**
 * A cell's value as the engine holds it, and as people and JSON are shown it: a number in the
 * language's form, a fraction under a percent format as the percent the cell shows.
 */
import type { Lang } from "./messages";
import { numberText, percentText } from "./numbers";
import { numberFormatInfo } from "./values";

/** A cell's value as every layer holds it: what the host read. Errors (#REF!, #N/A) stay errors. */
export type CellValue = string | number | boolean | null | { error: string };

/** Stable text of a cell value for reports and JSON ("" for blank). */
export function displayValue(v: CellValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return v.error;
  return v;
}

/**
 * A cell value as a preview line shows it in the user's language: a number as the language writes
 * it ("76,5" / "76.5"; up to 10 decimals, it is the value itself), a fraction under a percent format
 * as the percent the cell shows ("95%"), text as written; null for an empty cell.
 */
export function cellValueText(v: CellValue, lang: Lang, numFmt?: string): string | null {
  const d = displayValue(v);
  if (d === null || d === "") return null;
  if (typeof d !== "number") return String(d);
  return numFmt && numberFormatInfo(numFmt).percent
    ? percentText(d * 100, lang, 10)
    : numberText(d, lang, 10);
}
