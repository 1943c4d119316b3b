/**
 * What a host may write, decided once for both hosts (DESIGN.md §4: never write to a protected
 * sheet, say so clearly). A host gathers the facts — its sheets' names and whether each is
 * protected — and carries out the answer; it never decides itself.
 */
import type { HighlightCell, HighlightPlan } from "./highlight";
import type { SheetRefusal } from "./host";
import type { PatchPlan } from "./patches";

/** A sheet of the workbook as the policy needs it. */
export interface SheetState {
  name: string;
  protected: boolean;
}

/** The existing sheets a plan writes to: changed, inserted into or shortened, not the ones it adds. */
export function touchedSheets(plan: PatchPlan): string[] {
  const added = new Set((plan.sheets ?? []).map((n) => n.name));
  return [
    ...new Set([
      ...plan.changes.map((c) => c.sheet),
      ...plan.inserts.map((i) => i.sheet),
      ...(plan.deletes ?? []).map((d) => d.sheet),
    ]),
  ].filter((sheet) => !added.has(sheet));
}

/**
 * The sheets whose state writableRefusals looks at: the touched ones and the names of the added
 * ones. A host that pays for each sheet's protection flag (a package's sheet must be parsed) gathers
 * these only.
 */
export function sheetsConcerned(plan: PatchPlan): string[] {
  return [...new Set([...touchedSheets(plan), ...(plan.sheets ?? []).map((n) => n.name)])];
}

/**
 * Why the plan cannot be written, one refusal per sheet: each touched sheet that is missing or
 * protected, in the plan's order, then each added sheet whose name is taken. Empty
 * when it can be written; one refusal stops the whole plan. `sheets` holds at least the sheets
 * of sheetsConcerned(plan); a name not in it is a missing sheet.
 */
export function writableRefusals(plan: PatchPlan, sheets: SheetState[]): SheetRefusal[] {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const refused: SheetRefusal[] = [];
  for (const sheet of touchedSheets(plan)) {
    const state = byName.get(sheet);
    if (!state) refused.push({ sheet, reason: { code: "sheet-missing", sheet } });
    else if (state.protected) refused.push({ sheet, reason: { code: "sheet-protected", sheet } });
  }
  for (const { name } of plan.sheets ?? [])
    if (byName.has(name))
      refused.push({ sheet: name, reason: { code: "sheet-exists", sheet: name } });
  return refused;
}

/** The sheets a highlight plan colours cells on, in the plan's order. */
export function highlightedSheets(plan: HighlightPlan): string[] {
  return [...new Set(plan.cells.map((c) => c.sheet))];
}

/**
 * The cells and colour groups a host may colour and note: those on sheets that are there and not
 * protected. A protected sheet's findings are still listed on the findings sheet, with their links.
 * `sheets` holds at least the sheets of highlightedSheets(plan).
 */
export function paintableHighlights(
  plan: HighlightPlan,
  sheets: SheetState[]
): { cells: HighlightCell[]; groups: HighlightPlan["groups"] } {
  const open = new Set(sheets.filter((s) => !s.protected).map((s) => s.name));
  return {
    cells: plan.cells.filter((c) => open.has(c.sheet)),
    groups: plan.groups.filter((g) => open.has(g.sheet)),
  };
}

/**
 * "Clear highlights": the recorded cells a host restores now, on sheets that are there and open,
 * and those it keeps recorded because their sheet is protected now. A kept cell is not written
 * while its sheet is protected, and not forgotten: a later clear restores it once the sheet is
 * open again. A removed sheet's cells go with it.
 */
export function restorableHighlights<T extends { sheet: string }>(
  recorded: T[],
  sheets: SheetState[]
): { restore: T[]; keep: T[] } {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const restore: T[] = [];
  const keep: T[] = [];
  for (const h of recorded) {
    const state = byName.get(h.sheet);
    if (state && !state.protected) restore.push(h);
    else if (state) keep.push(h);
  }
  return { restore, keep };
}

/** The sheets whose cells stay coloured, in the record's order: protected since they were coloured. */
export function keptSheets(keep: Array<{ sheet: string }>): string[] {
  return [...new Set(keep.map((h) => h.sheet))];
}
