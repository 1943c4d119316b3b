/**
 * Opening a workbook for every front end (the CLI, the pane's engine, the one-click check): its
 * sheets read with the saved profile, the tables found, and what there is to check.
 *
 * @example
 *   const session = await openSession(await XlsxWorkbook.open(bytes, "PK 2026.xlsx"));
 *   if (hasIndicatorTable(session)) console.log(checkSession(session).summary);
 */
import { checkPlan, type CheckResult } from "../core/check";
import { lastCol, type Grid } from "../workbook/grid";
import type { ReadProgress, WorkbookHost } from "../workbook/host";
import { mergeProfiles, type MappingProfile } from "../workbook/profile";
import { readWorkbook, type ReadResult } from "../workbook/read";

export interface Session {
  grids: Grid[];
  profile: MappingProfile;
  /** The profile as the workbook holds it, to know whether saving changes anything. */
  saved?: MappingProfile;
  read: ReadResult;
}

/** Reads a workbook with its saved profile (and an override, e.g. a profile file). */
export async function openSession(
  host: WorkbookHost,
  override?: MappingProfile,
  onProgress?: (p: ReadProgress) => void
): Promise<Session> {
  const saved = await host.readProfile();
  const profile = mergeProfiles(saved, override);
  const grids = await host.readGrids(onProgress);
  let read = readWorkbook(grids, profile);
  if (host.loadDetails) {
    // formats and formulas only where tables were found, then read again if there were any
    const details = () => grids.reduce((n, g) => n + g.formats.size + g.formulas.size, 0);
    const before = details();
    await host.loadDetails(grids, tableColumns(read, grids));
    if (details() !== before) read = readWorkbook(grids, profile);
  }
  return { grids, profile, saved, read };
}

/** The columns of every table read, per sheet: where formats and formulas matter. */
function tableColumns(
  read: ReadResult,
  grids: Grid[] = []
): Array<{ sheet: string; columns: number[] }> {
  const bySheet = new Map<string, Set<number>>();
  const add = (sheet: string, left: number, right: number) => {
    const cols = bySheet.get(sheet) ?? new Set<number>();
    for (let c = left; c <= right; c++) cols.add(c);
    bySheet.set(sheet, cols);
  };
  for (const { table } of read.detected) add(table.sheet, table.left, table.right);
  // SKP sheets and activity logs: a duration's "h:mm" format says its number is a time of day
  for (const s of read.sheets) {
    const grid = s.kind && grids.find((g) => g.sheet === s.sheet);
    if (grid) add(grid.sheet, grid.left, lastCol(grid));
  }
  return [...bySheet].map(([sheet, cols]) => ({ sheet, columns: [...cols] }));
}

/** Something to check: a unit's indicator table, or persons' SKP (DESIGN.md §7). */
export function hasIndicatorTable(session: Session): boolean {
  const skp = session.read.plan.skp;
  return session.read.plan.indicators.length > 0 || (!!skp && skp.persons.length > 0);
}

export function checkSession(session: Session): CheckResult {
  return checkPlan(session.read.plan);
}
