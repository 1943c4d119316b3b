/**
 * What a fill writes, as plain data: cell changes with their old and new values, conflicts left
 * alone unless accepted, cells skipped with a reason, and rows to insert below a table. Hosts apply
 * a patch plan exactly; they never touch a cell the plan does not list.
 */
import type { CellValue } from "./grid";

export interface CellChange {
  sheet: string;
  /** A1 address after the plan's row inserts. */
  cell: string;
  old: CellValue;
  new: CellValue;
  /** Number format to give the cell (a new row copies its column's format). */
  numFmt?: string;
  /** Why this cell is written, for the preview ("IKU 1.2 → Kantor Regional I: target"). */
  why?: string;
}

export interface Conflict extends CellChange {
  reason: string;
}

export interface SkippedCell {
  sheet: string;
  cell: string | null;
  reason: string;
}

export interface RowInsert {
  sheet: string;
  /** New rows go directly below this row; what follows shifts down. */
  afterRow: number;
  count: number;
  /** Copy formats from this row into the new rows. */
  styleFrom: number;
}

/** Rows to remove (undoing a fill's inserts): applied after the changes, bottom-up. */
export interface RowDelete {
  sheet: string;
  fromRow: number;
  count: number;
}

export interface PatchPlan {
  changes: CellChange[];
  conflicts: Conflict[];
  skipped: SkippedCell[];
  inserts: RowInsert[];
  deletes?: RowDelete[];
}

/** Stable text of a cell value for reports and JSON ("" for blank). */
export function displayValue(v: CellValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return v.error;
  return v;
}
