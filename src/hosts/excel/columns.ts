/**
 * Whole columns through Office.js: their address and their width. The plans give widths in
 * characters (as a package's <col width> does); Excel's columnWidth is in points.
 */
import { columnLetters } from "../../core/cells";
import { rangeOp, type Op } from "./ops";

/** Points per character of width: one conversion for every sheet Selaras adds. */
const POINTS_PER_CHARACTER = 6;

/** Excel's column width in points for a width in characters. */
export function columnPoints(characters: number): number {
  return characters * POINTS_PER_CHARACTER;
}

/** "C:C" for column 3. */
export function columnAddress(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}

/** One op per column setting the widths (in characters) from column A. */
export function widthOps(sheet: string, widths: number[]): Op[] {
  return widths.map((w, i) =>
    rangeOp(sheet, columnAddress(i + 1), (r) => {
      r.format.columnWidth = columnPoints(w);
    })
  );
}
