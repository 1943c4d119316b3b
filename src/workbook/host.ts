/**
 * The one interface both hosts implement: ExcelJS for .xlsx files (CLI, web page) and Office.js
 * inside Excel. Everything above the hosts (pane, CLI) talks to a workbook only through this.
 */
import type { WriteRefusal } from "../core/reasons";
import type { Grid } from "./grid";
import type { HighlightPlan } from "./highlight";
import type { PatchPlan } from "./patches";
import type { MappingProfile } from "./profile";

export interface ReadProgress {
  sheet: string;
  done: number;
  total: number;
}

/** A sheet that may not be written, and why (writable.ts decides). */
export interface SheetRefusal {
  sheet: string;
  reason: WriteRefusal;
}

export interface ApplyResult {
  written: number;
  /** Sheets that could not be written, with the reason (a protected sheet). */
  refused: SheetRefusal[];
}

/** What "Clear highlights" could not undo yet. */
export interface ClearResult {
  /**
   * Sheets protected since they were coloured: their cells keep Selaras's colours and notes, and
   * the record of their originals stays, so a clear after the protection is lifted restores them.
   */
  kept: string[];
}

export interface ApplyOptions {
  /**
   * The profile to save with the patches, in the same step: with them it is one Excel undo step
   * and is never saved when the plan is refused.
   */
  profile?: MappingProfile;
}

export interface WorkbookHost {
  /** Every sheet's used range as values, blank edges trimmed, with merges, formats and formulas. */
  readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]>;
  /**
   * Number formats and formulas for the columns the reader uses, for hosts that read values
   * first (Office.js: formats only where needed). Mutates the grids. Hosts that already have
   * them (ExcelJS) leave this out.
   */
  loadDetails?(grids: Grid[], columns: Array<{ sheet: string; columns: number[] }>): Promise<void>;
  readProfile(): Promise<MappingProfile | undefined>;
  writeProfile(profile: MappingProfile): Promise<void>;
  /** Applies a patch plan exactly: inserts, then changes; nothing else is touched. */
  applyPatches(plan: PatchPlan, options?: ApplyOptions): Promise<ApplyResult>;
  /**
   * Colours and notes for findings, a findings sheet and (when the plan has one) a coverage
   * sheet. The original fill and note of every
   * highlighted cell are kept in the profile (`highlights`), so clearHighlights restores them
   * exactly, also after the workbook was closed and reopened.
   */
  highlight(plan: HighlightPlan): Promise<void>;
  /**
   * Restores every highlighted cell's original fill and note (but on a sheet protected since, see
   * ClearResult), and removes the added sheets.
   */
  clearHighlights(): Promise<ClearResult>;
  /** Selects a cell for the user (the pane's "go to finding"); hosts without a UI omit it. */
  select?(sheet: string, cell: string): Promise<void>;
}
