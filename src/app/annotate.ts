/**
 * Colouring a check into the workbook: each finding's cell, a note naming its findings, the
 * "Temuan" sheet and, where a unit has child units, the "Cakupan" sheet.
 *
 * @example
 *   await annotate(host, checkSession(session), "id", session.grids.map((g) => g.sheet));
 */
import type { CheckResult } from "../core/check";
import { coverageMatrix } from "../core/coverageMatrix";
import type { Lang } from "../core/messages";
import { coverageSheet } from "../workbook/coverageSheet";
import { highlightPlan } from "../workbook/highlight";
import type { WorkbookHost } from "../workbook/host";

/** Colours a check's findings and adds the findings and coverage sheets (never over a sheet). */
export async function annotate(
  host: WorkbookHost,
  check: CheckResult,
  lang: Lang,
  sheetNames: string[]
) {
  const plan = highlightPlan(check.findings, lang, sheetNames, check.capaian);
  const coverage = coverageSheet(coverageMatrix(check), lang, [
    ...sheetNames,
    plan.findingsSheet.name,
  ]);
  await host.highlight(coverage ? { ...plan, coverageSheet: coverage } : plan);
}
