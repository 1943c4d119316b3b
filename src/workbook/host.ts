/**
 * The one interface both hosts implement: ExcelJS for .xlsx files (CLI, web page) and Office.js
 * inside Excel. Everything above the hosts (pane, CLI) talks to a workbook only through this.
 */
import type { Grid } from "./grid";
import type { HighlightPlan } from "./highlight";
import type { PatchPlan } from "./patches";
import type { MappingProfile } from "./profile";

export interface ReadProgress {
  sheet: string;
  done: number;
  total: number;
}

export interface ApplyResult {
  written: number;
  /** Sheets that could not be written, with the reason (a protected sheet). */
  refused: Array<{ sheet: string; reason: string }>;
}

export interface WorkbookHost {
  /** Every sheet's used range as values, blank edges trimmed, with merges, formats and formulas. */
  readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]>;
  readProfile(): Promise<MappingProfile | undefined>;
  writeProfile(profile: MappingProfile): Promise<void>;
  /** Applies a patch plan exactly: inserts, then changes; nothing else is touched. */
  applyPatches(plan: PatchPlan): Promise<ApplyResult>;
  /** Colours and notes for findings, and a findings sheet; the original formatting is kept. */
  highlight(plan: HighlightPlan): Promise<void>;
}
