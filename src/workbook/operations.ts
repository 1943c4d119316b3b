/**
 * The operations every front end offers — check, fill, annotate — over any WorkbookHost, so the
 * CLI, the task pane and the web page do exactly the same thing.
 */
import { cascadePlan, type CascadeOptions, type CascadeResult } from "../core/cascade";
import { checkPlan, type CheckResult } from "../core/check";
import type { Lang } from "../core/messages";
import { planFill } from "./fill";
import { a1 } from "../core/cells";
import { isBlank, lastCol, type Grid } from "./grid";
import { highlightPlan } from "./highlight";
import { coverageSheet } from "./coverageSheet";
import { coverageMatrix } from "../core/coverageMatrix";
import type { ApplyResult, ReadProgress, WorkbookHost } from "./host";
import { displayValue, type PatchPlan } from "./patches";
import { mergeProfiles, type MappingProfile } from "./profile";
import { planPkDraft, type PkDraft, type PkDraftOptions } from "./pkDraft";
import { planSkpFill } from "./skpFill";
import { readWorkbook, type ReadResult } from "./read";
import { unitKey } from "../core/text";

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

export interface FillResult {
  cascade: CascadeResult;
  plan: PatchPlan;
}

export function planSessionFill(
  session: Session,
  options: {
    acceptConflicts?: boolean;
    cascade?: CascadeOptions;
    /** Child units without a table that get a new sheet (ticked by the user), or all of them. */
    newSheets?: string[] | "all";
    /** Only what one finding's IKU cascades ("Isi dari atasan"): see focusCascade. */
    focus?: FillFocus;
  } = {}
): FillResult {
  const cascade = focusCascade(cascadePlan(session.read.plan, options.cascade), options.focus);
  const plan = planFill(session.read, session.grids, cascade, {
    acceptConflicts: options.acceptConflicts,
    profile: session.profile,
    locale: session.profile.locale,
    newSheets: options.newSheets,
  });
  // the individual level: staff RHK rows the Matriks Pembagian Peran asks for
  const { skp, roles } = session.read;
  if (skp && roles && roles.length > 0 && !options.focus) {
    const staff = planSkpFill(skp, roles);
    plan.inserts.push(...staff.inserts);
    plan.changes.push(...staff.changes);
  }
  for (const s of cascade.skipped) {
    plan.skipped.push({
      sheet: "",
      cell: null,
      reason: {
        code: "fill-cascade-skip",
        unit: s.unit,
        parent: s.parent,
        skip: s.reason,
        ...(s.detail !== undefined ? { detail: s.detail } : {}),
      },
    });
  }
  return { cascade, plan };
}

/** What a finding is about, for a fill of that alone: its rows, its parent IKU, its unit. */
export interface FillFocus {
  /** The ids of the rows the finding involves (the row and its parent). */
  rows: string[];
  /** The parent IKU as findings name it (code, else name). */
  parent?: string | null;
  unit?: string | null;
}

/**
 * The cascade of one finding's IKU only: the rows proposed under a parent it involves, for its
 * unit when some are (a child's missing target), else for every unit (an IKU not cascaded yet);
 * and the skips about those parents.
 */
function focusCascade(cascade: CascadeResult, focus: FillFocus | undefined): CascadeResult {
  if (!focus) return cascade;
  const ids = new Set(focus.rows);
  const under = cascade.rows.filter(
    (p) => ids.has(p.parentId) || (!!focus.parent && p.parent === focus.parent)
  );
  const unit = focus.unit ? unitKey(focus.unit) : undefined;
  const own = under.filter((p) => unitKey(p.unit) === unit);
  const rows = own.length > 0 ? own : under;
  const parents = new Set(rows.map((p) => p.parent));
  return { ...cascade, rows, skipped: cascade.skipped.filter((s) => parents.has(s.parent)) };
}

/**
 * Applies a fill and records it with the profile, in the same step: what Selaras wrote (so the
 * next fill knows its own values are not the user's) and the overwritten values (so "Undo last
 * fill" can restore them).
 */
export async function applySessionFill(
  host: WorkbookHost,
  session: Session,
  plan: PatchPlan
): Promise<ApplyResult & { profileSaved: boolean }> {
  // with no changes, a profile given from outside (a file) is still kept for the next run
  const profileSaved =
    plan.changes.length > 0 ||
    JSON.stringify(session.profile) !== JSON.stringify(session.saved ?? null);
  const profile = plan.changes.length > 0 ? filledProfile(session.profile, plan) : session.profile;
  const result = await host.applyPatches(plan, profileSaved ? { profile } : {});
  if (result.refused.length > 0) return { ...result, profileSaved: false };
  session.profile = profile;
  session.saved = profile;
  return { ...result, profileSaved };
}

function filledProfile(base: MappingProfile, plan: PatchPlan): MappingProfile {
  const written = { ...(base.written ?? {}) };
  for (const c of plan.changes) {
    const v = displayValue(c.new);
    if (v !== null && typeof v !== "boolean") written[`${c.sheet}!${c.cell}`] = v;
  }
  const shiftFor = (sheet: string, row: number) =>
    plan.inserts
      .filter((i) => i.sheet === sheet && i.afterRow < row)
      .reduce((n, i) => n + i.count, 0);
  return {
    ...base,
    written,
    undoInserts: plan.inserts.map((i) => ({
      sheet: i.sheet,
      fromRow: i.afterRow + 1 + shiftFor(i.sheet, i.afterRow),
      count: i.count,
    })),
    undoSheets: (plan.sheets ?? []).map((s) => s.name),
    undo: plan.changes.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      old: displayValue(c.old),
      new: displayValue(c.new),
      // the format the fill replaced comes back with the value
      ...(c.numFmt && c.oldNumFmt ? { numFmt: c.oldNumFmt } : {}),
    })),
  };
}

/** "Susun PK": a PK sheet in the standard form for each chosen unit without one (DESIGN.md §9). */
export function planSessionPk(session: Session, options: PkDraftOptions = {}): PkDraft {
  return planPkDraft(session.read, session.grids, {
    ...options,
    year: options.year ?? session.profile.year,
  });
}

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

/**
 * Undo last fill: every overwritten cell gets its old value back and the inserted rows go, from
 * what the profile kept, so it works after the workbook was closed and reopened.
 */
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

export async function clearHighlights(host: WorkbookHost): Promise<void> {
  await host.clearHighlights();
}
