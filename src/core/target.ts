/**
 * The shape of a target value as planners write it. Parsing lives in values.ts; this file holds only
 * the data types so that the model, the check and the template reader can share them.
 */

/** Number conventions: Indonesian "1.250,5" (the default) or English "1,250.5". */
export type NumberLocale = "id" | "en";

/**
 * - number: a plain quantity ("85,5", "Rp 1.250.000.000,-", "0,9 Angka", "100 dari 110 …").
 * - bound: a floor or ceiling ("≥ 90", "min. 80", "maks 5", "paling lama 5 hari").
 * - range: a band ("80 - 90", "80 s.d. 90").
 * - grade: a qualitative grade ("WTP", "BB", "A", also "81 (A)" with its number).
 * - placeholder: something that stands for a target not yet set ("-", "…", "…. %", "TBD").
 * - text: anything else; it is never turned into a number.
 * - empty: nothing in the cell.
 */
export type TargetKind = "number" | "bound" | "range" | "grade" | "placeholder" | "text" | "empty";

/** How a number was written, so a derived value can be written back the same way. */
export interface NumberStyle {
  locale: NumberLocale;
  /** Thousands separators were shown ("1.250.000"). */
  grouping: boolean;
  /** Decimals shown ("85,50" → 2). */
  decimals: number;
  /** Text before the number, kept verbatim ("Rp ", "≥ ", "min. "). */
  prefix: string;
  /** Text after the number, kept verbatim (" %", ",-", " Angka", " km"). */
  suffix: string;
  /** The cell held a number under a percent number format (0.92 shown as 92 %). */
  percentFormat: boolean;
}

export interface TargetValue {
  kind: TargetKind;
  /** The cell's content as the user sees it (a number cell: its displayed form). */
  original: string;
  /** number and bound: the quantity; grade: its number when one is written ("BB (Nilai 75)" → 75). */
  value?: number;
  /** range: the band's ends. */
  low?: number;
  high?: number;
  /** bound: "min" for a floor (≥, min.), "max" for a ceiling (≤, maks, paling lama). */
  bound?: "min" | "max";
  /** grade: upper-cased grade ("WTP", "BB", "A"). */
  grade?: string;
  /** A satuan written in the cell itself ("%", "Persen", "Angka", "km", "Rp", "bulan"). */
  satuan?: string;
  /** "100 dari 110 Organisasi" → 110: the whole the value is counted against. */
  of?: number;
  /** A bracket kept as a note: "140 Kelompok (1400 orang)" → "(1400 orang)"; "(Skala 4)". */
  note?: string;
  /** Decimals shown; the tolerance of comparisons is half a unit in this place. */
  decimals: number;
  /** Present when the value holds a number, to format derived values the same way. */
  style?: NumberStyle;
}
