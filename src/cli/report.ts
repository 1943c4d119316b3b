/** Plain-text report of a check, for the terminal. */
import type { CheckResult } from "../core/check";
import { findingMessage, SEVERITY_LABEL, type Lang } from "../core/messages";

export function textReport(result: CheckResult, lang: Lang, title: string): string {
  const s = result.summary;
  const lines: string[] = [];
  const head =
    lang === "id"
      ? `${title}: ${s.units} unit, ${s.indicators} indikator, ${s.links} tautan (${s.inferred} disimpulkan) — ${s.errors} galat, ${s.warnings} peringatan, ${s.info} info`
      : `${title}: ${s.units} units, ${s.indicators} indicators, ${s.links} links (${s.inferred} inferred) — ${s.errors} errors, ${s.warnings} warnings, ${s.info} info`;
  lines.push(head);
  for (const f of result.findings) {
    const where = f.at ? `${f.at.sheet}!${f.at.cell}` : "—";
    lines.push(
      `  ${SEVERITY_LABEL[lang][f.severity].padEnd(10)} ${f.code.padEnd(21)} ${where.padEnd(28)} ${findingMessage(f, lang)}`
    );
  }
  return lines.join("\n");
}
