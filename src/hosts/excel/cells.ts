/**
 * Plain-data helpers of the Office.js host: Excel's cell values to grid values and back, blank
 * edges trimmed, cell changes grouped into rectangles (one `values` block each), and A1 addresses.
 */
import { parseA1, parseRangeA1, rangeA1 } from "../../core/cells";
import type { CellValue, MergeRange } from "../../workbook/grid";

const ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/** Range.values gives errors as their text ("#REF!") and blanks as "". */
function toGridValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return ERROR.test(s) ? { error: s } : s;
}

/**
 * A value as Range.values takes it. Excel parses what it is given as if typed, so text gets the
 * quote prefix: "1.2", "=x" or "TRUE" stay the text they are.
 */
export function toExcelValue(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "string") return v === "" ? "" : `'${v}`;
  return v;
}

/** Raw used-range values as a grid's values: blank rows and columns at the edges dropped. */
export function trimValues(
  raw: unknown[][],
  rowIndex: number,
  columnIndex: number
): { top: number; left: number; values: CellValue[][] } {
  const cells = raw.map((r) => r.map(toGridValue));
  let first = -1;
  let last = -1;
  let left = Infinity;
  cells.forEach((row, i) => {
    const at = row.findIndex((v) => v !== null);
    if (at < 0) return;
    if (first < 0) first = i;
    last = i;
    if (at < left) left = at;
  });
  if (first < 0) return { top: 1, left: 1, values: [] };
  const values = cells.slice(first, last + 1).map((row) => {
    const out = row.slice(left);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  return { top: rowIndex + first + 1, left: columnIndex + left + 1, values };
}

export interface CellWrite {
  row: number;
  col: number;
  value: string | number | boolean;
  numFmt?: string;
}

export interface Block {
  top: number;
  left: number;
  values: Array<Array<string | number | boolean>>;
  /** Formats to set, null where a cell keeps its own (Excel leaves null entries alone). */
  numberFormat?: Array<Array<string | null>>;
}

/** Cells grouped into rectangles: runs along a row, stacked when the next row's run matches. */
export function blocks(cells: CellWrite[]): Block[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellWrite[][] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.row === c.row && prev.col === c.col) run[run.length - 1] = c;
    else if (prev && prev.row === c.row && prev.col === c.col - 1) run.push(c);
    else runs.push([c]);
  }
  const open = new Map<string, CellWrite[][]>();
  const out: CellWrite[][][] = [];
  for (const run of runs) {
    const key = `${run[0].col}:${run.length}`;
    const rect = open.get(key);
    if (rect && rect[rect.length - 1][0].row === run[0].row - 1) rect.push(run);
    else {
      const fresh = [run];
      open.set(key, fresh);
      out.push(fresh);
    }
  }
  return out.map(toBlock);
}

function toBlock(rows: CellWrite[][]): Block {
  const block: Block = {
    top: rows[0][0].row,
    left: rows[0][0].col,
    values: rows.map((r) => r.map((c) => c.value)),
  };
  if (rows.some((r) => r.some((c) => c.numFmt !== undefined)))
    block.numberFormat = rows.map((r) => r.map((c) => c.numFmt ?? null));
  return block;
}

/** A block cut into row slices of at most `budget` bytes of JSON (one slice per row at least). */
export function sliceBlock(block: Block, budget: number): Block[] {
  const out: Block[] = [];
  let start = 0;
  let bytes = 0;
  block.values.forEach((row, i) => {
    const size = jsonSize(row) + (block.numberFormat ? jsonSize(block.numberFormat[i]) : 0);
    if (i > start && bytes + size > budget) {
      out.push(subBlock(block, start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  out.push(subBlock(block, start, block.values.length));
  return out;
}

function subBlock(block: Block, from: number, to: number): Block {
  const part: Block = {
    top: block.top + from,
    left: block.left,
    values: block.values.slice(from, to),
  };
  if (block.numberFormat) part.numberFormat = block.numberFormat.slice(from, to);
  return part;
}

export function blockSize(block: Block): number {
  return jsonSize(block.values) + (block.numberFormat ? jsonSize(block.numberFormat) : 0) + 64;
}

export function jsonSize(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

export function blockAddress(block: Block): string {
  const bottom = block.top + block.values.length - 1;
  const right = block.left + (block.values[0]?.length ?? 1) - 1;
  return rangeAddress({ top: block.top, left: block.left, bottom, right });
}

export function rangeAddress(m: MergeRange): string {
  return rangeA1(m.top, m.left, m.bottom, m.right);
}

export function rowsAddress(from: number, count: number): string {
  return `${from}:${from + count - 1}`;
}

/** A sheet name as formulas and hyperlinks take it: always quoted, quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2, 'PK, Dinas'!C3" → the rectangles, sheet names dropped. */
export function parseAreas(address: string): MergeRange[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const out: MergeRange[] = [];
  for (const part of parts) {
    const ref = part.slice(part.lastIndexOf("!") + 1).trim();
    const range = parseRangeA1(ref);
    if (range.top > 0 && range.bottom > 0) out.push(range);
  }
  return out;
}

/** Cell addresses merged into rectangles ("E3","E4","E5" → "E3:E5"), for short RangeAreas addresses. */
export function compactAddresses(cells: string[]): string[] {
  const writes = cells.map((c) => ({ ...parseA1(c), value: 0 }));
  return blocks(writes.filter((w) => w.row > 0)).map(blockAddress);
}

/** Addresses joined with "," into strings of at most `max` characters. */
export function joinAddresses(addresses: string[], max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > max) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}
