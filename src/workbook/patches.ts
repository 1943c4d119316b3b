/**
 * What a fill writes, as plain data: cell changes with their old and new values, conflicts left
 * alone unless accepted, cells skipped with a reason, and rows to insert below a table. Hosts apply
 * a patch plan exactly; they never touch a cell the plan does not list.
 */
import type { ChangeWhy, FillField, FillReason, WriteRefusal } from "../core/reasons";
import type { CellValue } from "./grid";

export interface CellChange {
  sheet: string;
  /** A1 address after the plan's row inserts. */
  cell: string;
  old: CellValue;
  new: CellValue;
  /** Number format to give the cell (a new row copies its column's format). */
  numFmt?: string;
  /** With numFmt: the cell's format before ("General" when it had none), for undo. */
  oldNumFmt?: string;
  /** Why this cell is written, for the preview ("IKU 1.2 → Kantor Regional I: TW III"). */
  why?: ChangeWhy;
  /**
   * What a fill writes here, for the fill's own decisions: which proposed row (its parent IKU's
   * id and the unit) and which of its fields.
   */
  fill?: { row: string; field: FillField };
}

export type { FillField };

export interface Conflict extends CellChange {
  reason: FillReason;
}

export interface SkippedCell {
  sheet: string;
  cell: string | null;
  /** Why: a fill's own reason, or the sheet's protection. */
  reason: FillReason | WriteRefusal;
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

/**
 * A sheet the fill adds for a child unit that has no table, only when the user ticked the unit:
 * the parent table's header (values as changes, formats and merges copied) and the unit's rows.
 */
export interface NewSheet {
  name: string;
  unit: string;
  /** The parent table's header rows and columns, copied to `toRow` onwards in the same columns. */
  header?: { sheet: string; fromRow: number; toRow: number; left: number; right: number };
  /** The first header row on the new sheet. */
  at: number;
  /** Merged ranges, in the new sheet's addresses. */
  merges: string[];
  /** A sheet with its own form (a drafted PK) rather than a copied header. */
  form?: SheetForm;
}

/**
 * How a drafted sheet looks and prints: column widths (characters, from column A), ranges in bold,
 * wrapped, centred or boxed with thin borders, row heights (points), and A4 printing one page wide
 * with the header rows repeated on every page.
 */
export interface SheetForm {
  widths: number[];
  bold: string[];
  wrap: string[];
  center: string[];
  border: string[];
  heights: Record<number, number>;
  repeatRows: [number, number];
}

export interface PatchPlan {
  changes: CellChange[];
  conflicts: Conflict[];
  skipped: SkippedCell[];
  inserts: RowInsert[];
  deletes?: RowDelete[];
  /** Sheets to add before anything is written (their cells are among the changes). */
  sheets?: NewSheet[];
  /** Sheets to remove (undoing a fill's new sheets), after everything else. */
  deleteSheets?: string[];
  /** Child units that have rows to add but no table: ticking one adds a sheet for it. */
  unitsWithoutTable?: string[];
}
