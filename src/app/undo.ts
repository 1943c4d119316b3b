/**
 * "Undo last fill" as a use case, from what the profile kept, so it works after the workbook was
 * closed and reopened.
 *
 * @example
 *   const undone = await undoLastFill(host);
 *   console.log(undone.restored, "cells restored,", undone.rowsRemoved, "rows removed");
 */
import { a1 } from "../core/cells";
import { displayValue } from "../core/cellText";
import { isBlank } from "../workbook/grid";
import type { ApplyResult, WorkbookHost } from "../workbook/host";
import type { PatchPlan } from "../workbook/patches";
import type { MappingProfile } from "../workbook/profile";

/** What "Undo last fill" gave back. */
export interface UndoResult extends ApplyResult {
  /** Cells given back their old values. */
  restored: number;
  /** Rows the fill had inserted, removed again (with every cell the fill wrote in them). */
  rowsRemoved: number;
  /** Sheets the fill had added, removed again. */
  sheetsRemoved: string[];
  /** Added sheets kept because the user wrote on them since: only Selaras's own cells are cleared. */
  sheetsKept: string[];
}

/**
 * Undo last fill: every overwritten cell gets its old value back and the inserted rows and added
 * sheets go, from what the profile kept, so it works after the workbook was closed and reopened.
 */
export async function undoLastFill(host: WorkbookHost): Promise<UndoResult> {
  const profile = await host.readProfile();
  const undo = profile?.undo ?? [];
  const inserted = profile?.undoInserts ?? [];
  const added = profile?.undoSheets ?? [];
  const none = {
    written: 0,
    refused: [],
    restored: 0,
    rowsRemoved: 0,
    sheetsRemoved: [],
    sheetsKept: [],
  };
  if (!profile || (undo.length === 0 && inserted.length === 0 && added.length === 0)) return none;
  const insertedRow = (sheet: string, cell: string) => {
    const row = Number(/\d+$/.exec(cell)?.[0]);
    return inserted.some((i) => i.sheet === sheet && row >= i.fromRow && row < i.fromRow + i.count);
  };
  const sheets = added.length > 0 ? await addedSheets(host, added, undo) : undefined;
  const changes: PatchPlan["changes"] = undo
    // cells of inserted rows go with their rows, cells of added sheets with their sheets
    .filter((u) => !insertedRow(u.sheet, u.cell) && !added.includes(u.sheet))
    .map((u) => ({
      sheet: u.sheet,
      cell: u.cell,
      old: u.new,
      new: u.old,
      ...(u.numFmt ? { numFmt: u.numFmt } : {}),
    }));
  // on a sheet the user wrote on, only the cells still holding what Selaras wrote are cleared
  for (const kept of sheets?.kept ?? []) changes.push(...kept.clear);
  const plan: PatchPlan = {
    changes,
    conflicts: [],
    skipped: [],
    inserts: [],
    deletes: inserted,
    deleteSheets: sheets?.remove ?? [],
  };
  const written = { ...(profile.written ?? {}) };
  for (const u of undo) delete written[`${u.sheet}!${u.cell}`];
  const result = await host.applyPatches(plan, {
    profile: { ...profile, written, undo: [], undoInserts: [], undoSheets: [] },
  });
  if (result.refused.length > 0) return { ...none, ...result };
  return {
    ...result,
    restored: plan.changes.length,
    rowsRemoved: inserted.reduce((n, i) => n + i.count, 0),
    sheetsRemoved: plan.deleteSheets ?? [],
    sheetsKept: (sheets?.kept ?? []).map((k) => k.sheet),
  };
}

/**
 * The sheets a fill added, as they are now: removed when they hold nothing but what Selaras wrote
 * (or are already gone), kept when the user has written on them since.
 */
async function addedSheets(
  host: WorkbookHost,
  added: string[],
  undo: NonNullable<MappingProfile["undo"]>
): Promise<{ remove: string[]; kept: Array<{ sheet: string; clear: PatchPlan["changes"] }> }> {
  const grids = await host.readGrids();
  const remove: string[] = [];
  const kept: Array<{ sheet: string; clear: PatchPlan["changes"] }> = [];
  for (const sheet of added) {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) continue; // the user removed it already
    const ours = new Map(undo.filter((u) => u.sheet === sheet).map((u) => [u.cell, u.new]));
    let theirs = false;
    const clear: PatchPlan["changes"] = [];
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (isBlank(v)) return;
        const cell = a1(grid.top + r, grid.left + c);
        const mine = ours.get(cell);
        if (mine !== undefined && mine === displayValue(v))
          clear.push({ sheet, cell, old: v, new: null });
        else theirs = true;
      })
    );
    if (theirs) kept.push({ sheet, clear });
    else remove.push(sheet);
  }
  return { remove, kept };
}
