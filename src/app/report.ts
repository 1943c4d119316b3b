/**
 * The report to print, as a use case: one self-contained A4 HTML document of a check (agency,
 * counts, pohon kinerja, coverage, capaian, findings with what to do), with the counts it shows.
 *
 * @example
 *   const { html, counts } = checkReport(checkSession(session), { lang: "id", date: "2026-12-05" });
 *   console.log(`${counts.error} galat`); // the same figures the report's summary prints
 */
import type { CheckResult } from "../core/check";
import type { Severity } from "../core/findings";
import { reportFacts } from "../core/reportFacts";
import { reportHtml, type ReportOptions } from "../workbook/report";

export function checkReport(
  check: CheckResult,
  options: ReportOptions
): { html: string; counts: Record<Severity, number> } {
  // of the unit and the units below it when the report is about one
  const facts = reportFacts(check, { unit: options.unit });
  return { html: reportHtml(check, options, facts), counts: facts.counts };
}
