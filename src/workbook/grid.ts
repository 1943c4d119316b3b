/**
 * A sheet as plain data: the values of its used range (blank edges trimmed), merged ranges,
 * number formats and formulas where the host read them. Hosts (ExcelJS, Office.js) produce grids;
 * everything in workbook/ reads them and nothing else.
 */

import type { CellRange } from "../core/cells";

import type { CellValue } from "../core/cellText";
// every module of workbook/ names a grid's values through here
export type { CellValue };

/** A merged area of a sheet. */
export type MergeRange = CellRange;

export interface Grid {
  sheet: string;
  state: "visible" | "hidden" | "veryHidden";
  /** 1-based row and column of values[0][0]; the grid spans top..top+rows-1, left..left+cols-1. */
  top: number;
  left: number;
  values: CellValue[][];
  merges: MergeRange[];
  /** Number formats by cell key (see cellKey), only where not General. */
  formats: Map<number, string>;
  /** Cells holding a formula, by cell key. */
  formulas: Set<number>;
  /** Excel tables (ListObjects) on the sheet, A1 ranges. */
  tables: Array<{ name: string; ref: string }>;
  /** Sheets named in this sheet's formulas: rows inserted there would shift what they point at. */
  formulaSheets?: Set<string>;
  /** The sheet is protected against edits. */
  protected?: boolean;
  /** Shapes drawn on the sheet (text boxes, connectors), where the host can tell. */
  shapes?: number;
}

/**
 * How many of a sheet's shapes are drawn content (text boxes, geometric shapes, lines, groups), by
 * Office.js ShapeType: pictures (a logo) are not.
 */
export function drawnShapes(types: readonly string[]): number {
  return types.filter((t) => t !== "Image").length;
}

/** Excel's widest sheet: columns A to XFD. */
export const EXCEL_COLUMNS = 16384;
/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;

/** Excel has at most 16 384 columns: one number keys a cell (row × 16 384 + column). */
export function cellKey(row: number, col: number): number {
  return row * EXCEL_COLUMNS + col;
}

/** The row and the column of a cellKey. */
export function keyCell(key: number): { row: number; col: number } {
  return { row: Math.floor(key / EXCEL_COLUMNS), col: key % EXCEL_COLUMNS };
}

export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

export function lastRow(grid: Grid): number {
  return grid.top + grid.values.length - 1;
}

export function lastCol(grid: Grid): number {
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  return grid.left + width - 1;
}

/** Text of a cell as a person reads it ("" for blank). */
export function textAt(grid: Grid, row: number, col: number): string {
  const v = valueAt(grid, row, col);
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return v.error;
  return String(v).trim();
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** A grid built from rows of values, for tests and CSV input. */
export function gridFromRows(
  sheet: string,
  rows: CellValue[][],
  extra: Partial<Omit<Grid, "sheet" | "values">> = {}
): Grid {
  return {
    sheet,
    state: "visible",
    top: 1,
    left: 1,
    values: rows,
    merges: [],
    formats: new Map(),
    formulas: new Set(),
    tables: [],
    ...extra,
  };
}
