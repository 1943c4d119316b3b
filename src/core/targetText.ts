/** A target as pictures and summaries show it, beside the IKU's name. */
import type { Lang } from "./messages";
import { numberText } from "./numbers";
import type { TargetValue } from "./target";
import { foldSatuan } from "./text";

/**
 * A number in the language's form ("1.250", "76,5"; "1,250" in English) with what the cell wrote
 * around it, anything else as written; the satuan after it unless the target already says it.
 */
export function targetText(
  t: TargetValue | undefined,
  satuan: string | undefined,
  lang: Lang
): string {
  if (!t || t.kind === "empty") return "—";
  let shown = t.original.trim();
  if (t.kind === "number" && t.value !== undefined && t.style) {
    const s = t.style;
    const number = numberText(t.value, lang, Math.max(t.decimals, 0));
    shown = s.percentFormat ? `${number}%` : `${s.prefix}${number}${s.suffix}`.trim();
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
