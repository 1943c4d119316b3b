/**
 * The one-click check behind the ribbon's "Periksa Keselarasan": read the workbook with its saved
 * profile, check it, and highlight the findings (with the Temuan sheet) without opening the pane.
 *
 * @example
 *   const { errors, nothingRead } = await oneClickCheck(new OfficeWorkbook(), "id");
 */
import type { Lang } from "../core/messages";
import type { WorkbookHost } from "../workbook/host";
import { annotate } from "./annotate";
import { checkSession, hasIndicatorTable, openSession } from "./session";

export interface OneClickResult {
  errors: number;
  warnings: number;
  info: number;
  /** No IKU table was found: nothing was highlighted. */
  nothingRead: boolean;
}

export async function oneClickCheck(host: WorkbookHost, lang: Lang): Promise<OneClickResult> {
  const session = await openSession(host);
  if (!hasIndicatorTable(session)) return { errors: 0, warnings: 0, info: 0, nothingRead: true };
  const check = checkSession(session);
  await annotate(
    host,
    check,
    lang,
    session.grids.map((g) => g.sheet)
  );
  const { errors, warnings, info } = check.summary;
  return { errors, warnings, info, nothingRead: false };
}
