/**
 * References in formulas and ranges, moved the way Excel moves them when rows are inserted or
 * removed. Formulas are scanned for references only and rewritten in place, every other character
 * kept: the formula tokenizers on npm (excel-formula-tokenizer) drop spaces and split structured
 * references, so a formula rebuilt from their tokens would differ from what the user wrote.
 */
import { columnLetters, columnNumber } from "../../../core/cells";
import { ReasonError, type WriteRefusal } from "../../../core/reasons";

export const MAX_ROW = 1048576;

/**
 * Rows moved on one sheet: `count` > 0 inserts `count` rows below row `at`; `count` < 0 removes
 * the rows at+1 … at+|count|, moving what follows up.
 */
export interface RowShift {
  sheet: string;
  at: number;
  count: number;
}

/** Something that cannot be moved faithfully: the whole write is refused with this reason. */
export class Unmovable extends ReasonError {
  constructor(readonly refusal: WriteRefusal) {
    super(refusal);
    this.name = "Unmovable";
  }
}

/** A row's new number, or undefined when the row was removed. */
export function movedRow(row: number, shift: RowShift): number | undefined {
  if (row <= shift.at) return row;
  if (shift.count > 0) {
    if (row + shift.count > MAX_ROW) throw new Unmovable({ code: "row-past-end", row });
    return row + shift.count;
  }
  const removed = -shift.count;
  return row <= shift.at + removed ? undefined : row - removed;
}

/** A span of rows (a range's top and bottom) moved; undefined when all of it was removed. */
function movedSpan(top: number, bottom: number, shift: RowShift): [number, number] | undefined {
  if (shift.count > 0) return [movedRow(top, shift) as number, movedRow(bottom, shift) as number];
  const t = movedRow(top, shift) ?? shift.at + 1;
  const b = movedRow(bottom, shift) ?? shift.at;
  return b < t ? undefined : [t, b];
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const ROWS = /^(\$?)(\d+):(\$?)(\d+)$/;
const COLS = /^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/;

/**
 * One reference (A1, $B$3, C6:C9, 3:5, A:A) moved; "#REF!" when what it points at was removed.
 * Returns the text unchanged when nothing moves.
 */
export function moveRef(ref: string, shift: RowShift): string {
  if (COLS.test(ref)) return ref;
  const rows = ROWS.exec(ref);
  if (rows) {
    const span = movedSpan(Number(rows[2]), Number(rows[4]), shift);
    return span ? `${rows[1]}${span[0]}:${rows[3]}${span[1]}` : "#REF!";
  }
  const [a, b] = ref.split(":");
  const s = CELL.exec(a);
  const e = b === undefined ? s : CELL.exec(b);
  if (!s || !e) return ref;
  if (b === undefined) {
    const row = movedRow(Number(s[4]), shift);
    return row === undefined ? "#REF!" : `${s[1]}${s[2]}${s[3]}${row}`;
  }
  const span = movedSpan(Number(s[4]), Number(e[4]), shift);
  if (!span) return "#REF!";
  return `${s[1]}${s[2]}${s[3]}${span[0]}:${e[1]}${e[2]}${e[3]}${span[1]}`;
}

/** A space-separated list of ranges (sqref) moved; removed ranges leave the list. */
export function moveRangeList(list: string, shift: RowShift): string {
  const moved = list
    .split(/\s+/)
    .filter((r) => r !== "")
    .map((r) => moveRef(r, shift))
    .filter((r) => r !== "#REF!");
  return moved.join(" ");
}

/** A reference found in a formula, by its place in the text. */
interface FoundRef {
  start: number;
  end: number;
  /** The sheet named before "!", unquoted; undefined for a reference without one. */
  sheet?: string;
  /** The last sheet of a 3-D reference (Sheet1:Sheet3!A1). */
  lastSheet?: string;
  external: boolean;
  /** Where the reference proper (after "!") starts. */
  refStart: number;
}

const NAME_CHAR = /[\w.$\u00C0-\uFFFF]/;
const REF_AT =
  /(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(.!\u00C0-\uFFFF])/y;
const UNQUOTED_SHEET =
  /([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)(?::([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))?!/y;

/** Every reference in a formula, outside strings and structured references. */
export function findRefs(formula: string): FoundRef[] {
  const found: FoundRef[] = [];
  let external = false;
  let i = 0;
  const refAt = (start: number, at: number, sheet?: string, lastSheet?: string): boolean => {
    REF_AT.lastIndex = at;
    const m = REF_AT.exec(formula);
    if (!m) return false;
    found.push({ start, end: at + m[0].length, sheet, lastSheet, external, refStart: at });
    i = at + m[0].length;
    return true;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"'))
        i += formula[i] === '"' ? 2 : 1;
      i++;
      external = false;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      const open = i;
      do {
        if (formula[i] === "[") depth++;
        else if (formula[i] === "]") depth--;
        i++;
      } while (i < formula.length && depth > 0);
      // [1]Sheet!A1 points into another workbook; Table[Column] is a structured reference
      external = /^\[\d+\]$/.test(formula.slice(open, i));
      continue;
    }
    if (ch === "'") {
      const start = i;
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") ((name += "'"), (j += 2));
        else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      const ext = /^\[\d+\]/.exec(name);
      if (ext) ((external = true), (name = name.slice(ext[0].length)));
      if (formula[j + 1] === "!") {
        const [first, last] = splitSheets(name);
        if (!refAt(start, j + 2, first, last)) i = j + 2;
      } else i = j + 1;
      external = false;
      continue;
    }
    if (i > 0 && NAME_CHAR.test(formula[i - 1]) && !external) {
      i++;
      continue;
    }
    UNQUOTED_SHEET.lastIndex = i;
    const sheet = UNQUOTED_SHEET.exec(formula);
    if (sheet && refAt(i, i + sheet[0].length, sheet[1], sheet[2])) {
      external = false;
      continue;
    }
    if (!external && refAt(i, i)) continue;
    external = false;
    // skip the rest of a name or number so that its tail is not taken for a reference
    if (NAME_CHAR.test(ch)) while (i < formula.length && NAME_CHAR.test(formula[i])) i++;
    else i++;
  }
  return found;
}

function splitSheets(name: string): [string, string | undefined] {
  const colon = name.indexOf(":");
  return colon < 0 ? [name, undefined] : [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * A formula with every reference into the shifted sheet moved. `host` is the sheet the formula
 * sits on (its references without a sheet point there); undefined for defined names and charts.
 */
export function shiftFormula(formula: string, host: string | undefined, shift: RowShift): string {
  let out = "";
  let last = 0;
  for (const ref of findRefs(formula)) {
    if (ref.external) continue;
    const sheet = ref.sheet ?? host;
    if (sheet === undefined) continue;
    if (ref.lastSheet !== undefined)
      // a 3-D reference spans every sheet between its two ends, in the workbook's order: whether
      // the moved sheet is among them, and what Excel then does, is not decided here
      throw new Unmovable({ code: "formula-3d", formula: formula.slice(ref.start, ref.end) });
    if (!sameSheet(sheet, shift.sheet)) continue;
    const text = formula.slice(ref.refStart, ref.end);
    const moved = moveRef(text, shift);
    if (moved === text) continue;
    // a removed reference becomes #REF!, its sheet name with it, as Excel writes it
    out += formula.slice(last, moved === "#REF!" ? ref.start : ref.refStart) + moved;
    last = ref.end;
  }
  return last === 0 ? formula : out + formula.slice(last);
}

/** Sheet names compare without case, as Excel compares them. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * A shared formula as one of its cells sees it: relative parts of every reference moved by the
 * cell's distance from the master cell (what Excel does when it reads a shared formula).
 */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let last = 0;
  for (const ref of findRefs(formula)) {
    if (ref.external) continue;
    const text = formula.slice(ref.refStart, ref.end);
    const moved = text
      .split(":")
      .map((part) => translatePart(part, dRow, dCol))
      .join(":");
    out += formula.slice(last, ref.refStart) + moved;
    last = ref.end;
  }
  return out + formula.slice(last);
}

function translatePart(part: string, dRow: number, dCol: number): string {
  const cell = CELL.exec(part);
  if (cell) {
    const col = cell[1] ? cell[2] : columnLetters(columnNumber(cell[2]) + dCol);
    const row = cell[3] ? cell[4] : String(Number(cell[4]) + dRow);
    return `${cell[1]}${col}${cell[3]}${row}`;
  }
  const row = /^(\$?)(\d+)$/.exec(part);
  if (row) return row[1] ? part : String(Number(row[2]) + dRow);
  const col = /^(\$?)([A-Za-z]{1,3})$/.exec(part);
  if (col) return col[1] ? part : columnLetters(columnNumber(col[2]) + dCol);
  return part;
}
