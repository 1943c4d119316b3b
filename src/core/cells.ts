/** A1 addresses, for ordering findings by sheet, row and column. */

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** "G12" → { row: 12, col: 7 }; anything else → row and column 0. */
export function parseA1(cell: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell);
  if (!m) return { row: 0, col: 0 };
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A rectangle of cells, 1-based and inclusive (a merge, a table, a styled block). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:D9", or "B3" for one cell: the one way ranges are written for both hosts. */
export function rangeA1(top: number, left: number, bottom = top, right = left): string {
  const start = a1(top, left);
  return top === bottom && left === right ? start : `${start}:${a1(bottom, right)}`;
}

/** "B3:D9", "$B$3" or "B3" as a rectangle; rows and columns 0 where it is no address. */
export function parseRangeA1(ref: string): CellRange {
  const [a, b] = ref.split(":");
  const s = parseA1(a);
  const e = parseA1(b ?? a);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}
