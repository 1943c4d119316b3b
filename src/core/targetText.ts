/** A target as pictures and summaries show it, beside the IKU's name. */
import type { Lang } from "./messages";
import type { TargetValue } from "./target";
import { foldSatuan } from "./text";
import { formatTarget } from "./values";

/**
 * A number in the language's form ("1.250", "76,5", "100,00 %"; "1,250" in English) with the
 * decimals and the words the cell shows, anything else as written; the satuan after it unless the
 * target already says it.
 */
export function targetText(
  t: TargetValue | undefined,
  satuan: string | undefined,
  lang: Lang
): string {
  if (!t || t.kind === "empty") return "—";
  let shown = t.original.trim();
  if (t.kind === "number" && t.value !== undefined && t.style) {
    // the decimals the cell shows, grouped and separated as the language writes numbers
    shown = formatTarget(t.value, { ...t.style, locale: lang, grouping: true }, t.decimals).trim();
  }
  const unit = satuan?.trim();
  // a word, a grade or a placeholder is shown as the cell writes it
  const numeric = t.kind === "number" || t.kind === "bound" || t.kind === "range";
  if (!unit || !numeric) return shown;
  const folded = foldSatuan(unit);
  const written = shown.split(/\s+|(?=%)/).some((part) => foldSatuan(part) === folded);
  if (written) return shown;
  return folded === "persen" ? `${shown}%` : `${shown} ${unit}`;
}
