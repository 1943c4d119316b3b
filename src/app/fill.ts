/**
 * The cascade fill as a use case: planned on an open session (all of it, or one finding's IKU for
 * "Isi dari atasan"), then applied with the profile recording what Selaras wrote and what it
 * overwrote, in the same step.
 *
 * @example
 *   const { plan } = planSessionFill(session, { newSheets: ["Kantor Regional III"] });
 *   const result = await applySessionFill(host, session, plan);
 *   if (result.refused.length === 0) console.log(result.written, "cells written");
 */
import { cascadePlan, type CascadeOptions, type CascadeResult } from "../core/cascade";
import { displayValue } from "../core/cellText";
import { unitKey } from "../core/text";
import { planFill } from "../workbook/fill";
import type { ApplyResult, WorkbookHost } from "../workbook/host";
import type { PatchPlan } from "../workbook/patches";
import type { MappingProfile } from "../workbook/profile";
import { planSkpFill } from "../workbook/skpFill";
import type { Session } from "./session";

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
