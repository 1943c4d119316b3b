/**
 * Finding tables in a sheet by their headers (DESIGN.md §3): a header row may sit anywhere; it
 * spans up to four rows (merged parts included) and may be followed by a row of column numbers;
 * a table ends at the next header or at two blank rows.
 */
import { foldText, looksLikeCode } from "../core/text";
import {
  cellKey,
  isBlank,
  lastCol,
  lastRow,
  textAt,
  valueAt,
  type Grid,
  type MergeRange,
} from "./grid";
import { classifyHeader, combineHeader, YEAR_ONLY, type HeaderMeaning } from "./headers";
import type { Field } from "./vocabulary";
import { looksLikeUnitName, MATRIX_TITLE } from "./vocabulary";

export interface ColumnInfo {
  col: number;
  field: Field;
  meaning: HeaderMeaning;
  /** The header's parts joined, as the user reads it ("Target / TW I / K"). */
  label: string;
}

export interface DetectedTable {
  sheet: string;
  headerTop: number;
  /** Last header row, including a column-number row. */
  headerBottom: number;
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: ColumnInfo[];
  /** Header cells naming units (a matrix's child units), with their columns. */
  unitHeaders: Array<{ col: number; name: string }>;
  /** A transposed matriks under its title: the IKU (names or codes) heading its columns. */
  ikuHeaders?: Array<{ col: number; name: string }>;
  /** The header sits under a "MATRIKS CASCADING …" title. */
  underMatrixTitle?: boolean;
}

/** The merged range covering a cell, indexed once per grid. */
export class MergeIndex {
  private readonly byCell = new Map<number, MergeRange>();
  constructor(merges: MergeRange[]) {
    for (const m of merges) {
      // Only index reasonably sized merges cell by cell; huge ones (a whole title band) are rare.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 20000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.byCell.set(cellKey(r, c), m);
      }
    }
  }
  at(row: number, col: number): MergeRange | undefined {
    return this.byCell.get(cellKey(row, col));
  }
}

/** A cell's text, reading through merges (a merged cell's value covers its whole range). */
export function mergedText(grid: Grid, merges: MergeIndex, row: number, col: number): string {
  const m = merges.at(row, col);
  if (m) return textAt(grid, m.top, m.left);
  return textAt(grid, row, col);
}

const MAX_HEADER_ROWS = 4;
const MAX_HEADER_CELL = 90;

interface RowScan {
  fields: Map<Field, number>;
  /** Cells classified as any field, never-fields included. */
  classified: number;
  indicator: boolean;
  /** Code-like cells ("IKU 1.2"): data in a PK row, IKU headers in a transposed matrix. */
  codes: number;
  units: number;
  texts: number;
  numbers: number;
  /** A cell that is only ":" — a "label : value" line. */
  colon: boolean;
  /** Cells that are only a year ("2026", "TA 2025"): target headers of that year. */
  years: number;
}

/** How much a row looks like a header: its cells' fields (only short, mostly-phrase cells count). */
function scanRow(
  grid: Grid,
  merges: MergeIndex,
  row: number,
  left: number,
  right: number
): RowScan {
  const scan: RowScan = {
    fields: new Map(),
    classified: 0,
    indicator: false,
    codes: 0,
    units: 0,
    texts: 0,
    numbers: 0,
    colon: false,
    years: 0,
  };
  for (let c = left; c <= right; c++) {
    const v = valueAt(grid, row, c);
    // a year is neither data nor a word: "2020 | 2021 | … | 2024" heads a Renstra's target columns
    if (typeof v === "number") {
      if (isYear(v)) scan.years++;
      else scan.numbers++;
      continue;
    }
    const m = merges.at(row, c);
    if (m && (m.top !== row || m.left !== c)) continue; // a merged cell counts once, at its start
    const text = textAt(grid, row, c);
    if (!text) continue;
    if (text === ":") {
      scan.colon = true;
      continue;
    }
    // "2020 | … | 2024" head a Renstra's targets (tested only on short texts with four digits)
    if (text.length <= 20 && /\d{4}/.test(text) && YEAR_ONLY.test(foldText(text))) {
      scan.years++;
      continue;
    }
    scan.texts++;
    if (text.length > MAX_HEADER_CELL) continue;
    if (/^[\d.,\s%-]+$/.test(text)) {
      // numbers kept as text (CSV, database exports) are data
      scan.texts--;
      scan.numbers++;
      continue;
    }
    // "IKU 1.2", "SS-2" are codes (data, or a transposed matriks's headers); "TARGET 2026" is not
    if (looksLikeCode(text)) {
      scan.codes++;
      continue;
    }
    // a single letter is a matriks mark (F, P, K…), not a header word: "K" heads a target
    // column only under a period, in a header's lower rows
    if (text.length === 1) continue;
    const meaning = classifyHeader(text);
    if (meaning && headerLike(text, meaning)) {
      scan.fields.set(meaning.field, (scan.fields.get(meaning.field) ?? 0) + 1);
      scan.classified++;
      if (meaning.field === "indicator") scan.indicator = true;
    } else if (looksLikeUnitName(text)) scan.units++;
  }
  return scan;
}

/** The header's phrase covers at least half of its meaningful words ("Indikator Kinerja Utama (IKU)"). */
function headerLike(text: string, meaning: HeaderMeaning): boolean {
  const words = foldText(text)
    .split(" ")
    .filter(
      (w) =>
        w && !/^\d+$/.test(w) && !["yang", "dan", "tahun", "di", "per", "the", "of"].includes(w)
    );
  if (words.length === 0) return false;
  return meaning.score * 2 >= words.length || meaning.field === "period" || !!meaning.leading;
}

function isHeaderRow(scan: RowScan): boolean {
  if (scan.numbers * 2 > scan.texts + scan.numbers) return false;
  // a data row may hold a word or two of the vocabulary ("IKU" in a Jenis column); a header is
  // mostly vocabulary, unit names and codes
  const codes = scan.fields.has("unit") ? scan.codes : 0; // IKU codes head a transposed matrix
  // an export of many columns of which only a few are vocabulary (38 columns, 8 known) is still a
  // table when its known columns include an indicator and a target
  const exportHeader =
    scan.numbers === 0 &&
    scan.indicator &&
    (scan.fields.has("target") || scan.fields.has("period"));
  if (!exportHeader && (scan.classified + scan.units + codes) * 3 < scan.texts) return false;
  const named = [...scan.fields.keys()].filter((f) => f !== "never" && f !== "no");
  // a year alone heads a target column ("No | Indikator Kinerja | 2026")
  if (scan.years > 0 && !scan.fields.has("target")) named.push("target");
  if (scan.indicator) return named.length >= 2 || scan.units >= 2;
  // a unit hierarchy (unit | parent unit | level) or a transposed matrix (unit | IKU codes)
  if (scan.fields.has("unit") && (scan.fields.has("parentUnit") || scan.fields.has("level")))
    return true;
  // a transposed matriks: a unit header, then IKU codes across
  if (scan.fields.has("unit") && scan.codes >= 2 && scan.codes * 2 >= scan.texts) return true;
  return false;
}

/**
 * The header of some other table (Program | Anggaran | Keterangan): mostly header words, no
 * numbers. Real PKs leave a single blank row before it, so it must end the table above.
 */
function isOtherHeader(scan: RowScan): boolean {
  return scan.numbers === 0 && scan.classified >= 2 && scan.classified * 2 >= scan.texts;
}

/** A row with three or more indicator headers side by side: a cascade tree drawn in column blocks. */
export function columnBlockRow(grid: Grid): number | undefined {
  const merges = new MergeIndex(grid.merges);
  const end = Math.min(lastRow(grid), grid.top + 80);
  const right = lastCol(grid);
  for (let r = grid.top; r <= end; r++) {
    if ((scanRow(grid, merges, r, grid.left, right).fields.get("indicator") ?? 0) >= 3) return r;
  }
  return undefined;
}

/** A row of column numbers under a header: "1 | 2 | 3", "(1)", "13 = 9 + 10 + 11 + 12". */
export function isColumnNumberRow(grid: Grid, row: number, left: number, right: number): boolean {
  let count = 0;
  for (let c = left; c <= right; c++) {
    const v = valueAt(grid, row, c);
    if (isBlank(v)) continue;
    const t = typeof v === "number" ? String(v) : textAt(grid, row, c);
    if (!/^\(?\d{1,3}\)?$/.test(t) && !/^\d{1,3}\s*=\s*[\d\s+\-x*/()]+$/i.test(t)) return false;
    count++;
  }
  return count >= 3;
}

/**
 * The sums a column-number row states ("13 = 9 + 10 + 11 + 12", Permendagri 86 E.81): each result
 * column with the columns it adds up, found through the numbers the row gives the columns.
 */
export function statedSums(grid: Grid, table: DetectedTable): Map<number, number[]> {
  const sums = new Map<number, number[]>();
  const row = table.headerBottom;
  if (!isColumnNumberRow(grid, row, table.left, table.right)) return sums;
  const columnOf = new Map<number, number>();
  const stated: Array<{ col: number; terms: number[] }> = [];
  for (let c = table.left; c <= table.right; c++) {
    const v = valueAt(grid, row, c);
    if (isBlank(v)) continue;
    const t = typeof v === "number" ? String(v) : textAt(grid, row, c);
    const plain = /^\(?(\d{1,3})\)?$/.exec(t);
    if (plain) columnOf.set(Number(plain[1]), c);
    const sum = /^(\d{1,3})\s*=\s*(\d{1,3}(?:\s*\+\s*\d{1,3})+)$/.exec(t);
    if (!sum) continue;
    columnOf.set(Number(sum[1]), c);
    stated.push({ col: c, terms: sum[2].split("+").map((x) => Number(x.trim())) });
  }
  for (const s of stated) {
    const cols = s.terms.map((n) => columnOf.get(n));
    if (cols.every((c) => c !== undefined)) sums.set(s.col, cols as number[]);
  }
  return sums;
}

/** Rows below the first header row that continue it: merged from above, or header words only. */
function headerContinues(
  grid: Grid,
  merges: MergeIndex,
  row: number,
  top: number,
  left: number,
  right: number
): boolean {
  let any = false;
  for (let c = left; c <= right; c++) {
    const m = merges.at(row, c);
    if (m && m.top < row && m.top >= top) {
      any = true;
      continue;
    }
    const v = valueAt(grid, row, c);
    if (isBlank(v)) continue;
    if (typeof v === "number" && isYear(v)) {
      any = true;
      continue;
    }
    if (typeof v !== "string") return false;
    const t = v.trim();
    if (t.length > MAX_HEADER_CELL) return false;
    // "I | II | III | IV" under a merged "Triwulan"
    if (ROMAN_QUARTER.test(t)) {
      any = true;
      continue;
    }
    const meaning = classifyHeader(t);
    if (!meaning || !headerLike(t, meaning)) return false;
    any = true;
  }
  return any;
}

const ROMAN_QUARTER = /^(i{1,3}|iv)$/i;

function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1990 && v <= 2100;
}

function blankRow(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlank(valueAt(grid, row, c))) return false;
  return true;
}

/** Every table on a sheet, top to bottom. */
export function findTables(grid: Grid): DetectedTable[] {
  const merges = new MergeIndex(grid.merges);
  const top = grid.top;
  const bottom = lastRow(grid);
  const left = grid.left;
  const right = lastCol(grid);
  const tables: DetectedTable[] = [];
  /** The last "MATRIKS CASCADING …" title row: the header under it heads a matriks. */
  let matrixTitle: number | undefined;
  let r = top;
  while (r <= bottom) {
    const scan = scanRow(grid, merges, r, left, right);
    const underTitle = matrixTitle !== undefined && r - matrixTitle <= 6;
    const matrix = underTitle && !isHeaderRow(scan) ? isMatrixHeader(scan) : underTitle;
    if (!matrix && !isHeaderRow(scan)) {
      if (scan.texts > 0 && scan.texts <= 3 && scan.numbers === 0 && isMatrixTitle(grid, r))
        matrixTitle = r;
      r++;
      continue;
    }
    matrixTitle = undefined;
    const table = readHeader(grid, merges, r, left, right, matrix);
    let end = table.headerBottom;
    let blanks = 0;
    let row = table.headerBottom + 1;
    for (; row <= bottom; row++) {
      if (blankRow(grid, row, table.left, table.right)) {
        blanks++;
        if (blanks >= 2) break;
        continue;
      }
      blanks = 0;
      const next = scanRow(grid, merges, row, left, right);
      if (isHeaderRow(next) || isOtherHeader(next)) break;
      end = row;
    }
    table.firstRow = table.headerBottom + 1;
    table.lastRow = end;
    settleSharedHeadings(grid, merges, table);
    tables.push(table);
    r = Math.max(end + 1, table.headerBottom + 1);
  }
  return tables;
}

/**
 * A heading merged over several columns. A text field's heading ("INDIKATOR KINERJA", "SASARAN"
 * over a numbering column and a text column) goes to the column whose cells hold text; a column
 * of numbers under it is the row number, a column of codes the code (DESIGN.md §3). "TARGET"
 * merged over a value column and a column of units ("90 | per 100.000 KH") keeps the values as
 * the target, and the text beside them is the satuan when the table has no satuan column.
 */
function settleSharedHeadings(grid: Grid, merges: MergeIndex, table: DetectedTable): void {
  const byLabel = new Map<string, ColumnInfo[]>();
  for (const c of table.columns) {
    if (!SHARED_FIELDS.has(c.field) || !underWideMerge(merges, table, c.col)) continue;
    const key = `${c.field}\u0000${c.label}`;
    byLabel.set(key, [...(byLabel.get(key) ?? []), c]);
  }
  const hasSatuan = table.columns.some((c) => c.field === "satuan");
  for (const cols of byLabel.values()) {
    if (cols.length < 2) continue;
    const kinds = cols.map((c) => cellKinds(grid, table, c.col));
    if (cols[0].field === "target") {
      if (hasSatuan) continue;
      const values = kinds.findIndex((k) => k.numbers > k.text);
      const units = kinds.findIndex((k) => k.text > k.numbers);
      if (values < 0 || units < 0) continue;
      retag(cols[units], "satuan");
      continue;
    }
    const textIndex = kinds.reduce((best, k, i) => (k.text > kinds[best].text ? i : best), 0);
    if (kinds[textIndex].text === 0) continue;
    cols.forEach((c, i) => {
      if (i === textIndex) return;
      const k = kinds[i];
      const field: Field | undefined =
        k.numbers > k.text && k.numbers >= k.codes ? "no" : k.codes > k.text ? "code" : undefined;
      if (field) retag(c, field);
    });
  }
}

/** Fields whose heading may be merged over a helper column. */
const SHARED_FIELDS = new Set<Field>(["indicator", "objective", "goal", "target"]);

function retag(c: ColumnInfo, field: Field): void {
  c.field = field;
  c.meaning = { ...c.meaning, field, score: 1 };
}

function underWideMerge(merges: MergeIndex, table: DetectedTable, col: number): boolean {
  for (let r = table.headerTop; r <= table.headerBottom; r++) {
    const m = merges.at(r, col);
    if (m && m.right > m.left) return true;
  }
  return false;
}

function cellKinds(
  grid: Grid,
  table: DetectedTable,
  col: number
): { text: number; numbers: number; codes: number } {
  const out = { text: 0, numbers: 0, codes: 0 };
  const end = Math.min(table.lastRow, table.firstRow + 50);
  for (let r = table.firstRow; r <= end; r++) {
    const v = valueAt(grid, r, col);
    if (isBlank(v)) continue;
    if (typeof v === "number") out.numbers++;
    else {
      const t = textAt(grid, r, col);
      if (/^\(?\d{1,3}[.)]?$/.test(t)) out.numbers++;
      else if (looksLikeCode(t)) out.codes++;
      else out.text++;
    }
  }
  return out;
}

/**
 * The table a mapping profile describes, whatever detection made of the sheet (DESIGN.md §3 "The
 * profile always wins"): its header row (else the first row holding text in the mapped indicator
 * column), the mapped columns, and rows down to two blank rows.
 */
export function tableFromMapping(
  grid: Grid,
  columns: Partial<Record<Field, number>>,
  headerRow?: number
): DetectedTable | undefined {
  const indicator = columns.indicator;
  if (indicator === undefined) return undefined;
  const bottom = lastRow(grid);
  let top = headerRow;
  for (let r = grid.top; top === undefined && r <= bottom; r++) {
    if (typeof valueAt(grid, r, indicator) === "string" && textAt(grid, r, indicator)) top = r;
  }
  if (top === undefined) return undefined;
  const cols = Object.entries(columns) as Array<[Field, number]>;
  const left = Math.min(...cols.map(([, c]) => c));
  const right = Math.max(...cols.map(([, c]) => c));
  let end = top;
  let blanks = 0;
  for (let r = top + 1; r <= bottom; r++) {
    if (blankRow(grid, r, left, right)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    end = r;
  }
  return {
    sheet: grid.sheet,
    headerTop: top,
    headerBottom: top,
    firstRow: top + 1,
    lastRow: end,
    left,
    right,
    columns: cols.map(([field, col]) => ({
      col,
      field,
      meaning: { field, score: 1 },
      label: textAt(grid, top as number, col) || field,
    })),
    unitHeaders: [],
  };
}

function isMatrixTitle(grid: Grid, row: number): boolean {
  const texts: string[] = [];
  for (const v of grid.values[row - grid.top] ?? []) if (typeof v === "string") texts.push(v);
  return MATRIX_TITLE.test(foldText(texts.join(" ")));
}

/**
 * Under a matriks title a header needs less: an IKU column (or a unit column, transposed) and one
 * more heading — a matriks over a single child unit has only two.
 */
function isMatrixHeader(scan: RowScan): boolean {
  // a transposed matriks may head its columns with bare codes ("1.1 | 2.1"); "Unit Kerja | : |
  // Dinas Kesehatan" is a title line
  if (scan.fields.has("unit"))
    return !scan.colon && (scan.codes + scan.numbers >= 1 || scan.texts >= 3);
  if (scan.numbers > 0 || scan.texts < 2) return false;
  return scan.indicator || scan.fields.has("code");
}

/** Every word of the header is its phrase's: "Unit Kerja", not "Bagian Organisasi". */
function wholePhrase(label: string, meaning: HeaderMeaning): boolean {
  return meaning.score >= foldText(label).split(" ").length;
}

function readHeader(
  grid: Grid,
  merges: MergeIndex,
  headerTop: number,
  left: number,
  right: number,
  matrix = false
): DetectedTable {
  let headerBottom = headerTop;
  // vertical merges from the first header row set the minimum depth
  for (let c = left; c <= right; c++) {
    const m = merges.at(headerTop, c);
    if (m && m.top === headerTop)
      headerBottom = Math.max(headerBottom, Math.min(m.bottom, headerTop + MAX_HEADER_ROWS - 1));
  }
  while (headerBottom < headerTop + MAX_HEADER_ROWS - 1 && headerBottom < lastRow(grid)) {
    const next = headerBottom + 1;
    if (isColumnNumberRow(grid, next, left, right)) break;
    if (!headerContinues(grid, merges, next, headerTop, left, right)) break;
    headerBottom = next;
  }
  if (isColumnNumberRow(grid, headerBottom + 1, left, right)) headerBottom++;
  const columns: ColumnInfo[] = [];
  const unitHeaders: Array<{ col: number; name: string }> = [];
  const ikuHeaders: Array<{ col: number; name: string }> = [];
  let tableLeft = right;
  let tableRight = left;
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    for (let row = headerTop; row <= headerBottom; row++) {
      const t = mergedText(grid, merges, row, c);
      if (t && parts[parts.length - 1] !== t && !isColumnNumberRow(grid, row, left, right))
        parts.push(t);
    }
    if (parts.length === 0) continue;
    tableLeft = Math.min(tableLeft, c);
    tableRight = Math.max(tableRight, c);
    const meaning = combineHeader(parts);
    const label = parts.join(" / ");
    const last = parts[parts.length - 1];
    const lastMeaning = classifyHeader(last);
    // a unit's name is a unit even when a word of it is vocabulary ("Bagian Organisasi", "Bagian
    // Penyusunan Anggaran"): under a matriks title, or under a merged "Unit Kerja" /
    // "Penanggung Jawab" heading over the units' names
    const underUnitHeading =
      parts.length > 1 &&
      parts.slice(0, -1).some((p) => {
        const f = classifyHeader(p)?.field;
        return f === "unit" || f === "rule";
      });
    const unitName =
      (matrix || underUnitHeading) &&
      looksLikeUnitName(last) &&
      (!lastMeaning || !wholePhrase(last, lastMeaning));
    if (meaning && !unitName) columns.push({ col: c, field: meaning.field, meaning, label });
    else if (unitName || parts.some((p) => looksLikeUnitName(p)))
      unitHeaders.push({ col: c, name: last });
    else if (matrix) ikuHeaders.push({ col: c, name: last });
  }
  // a transposed matriks: a unit column down the side, the IKU (names or codes) across the top
  // ("IKU 1" across the top is an IKU's code, not the indicator column)
  const transposed =
    matrix &&
    columns.some((c) => c.field === "unit") &&
    !columns.some(
      (c) => c.field === "code" || (c.field === "indicator" && !looksLikeCode(c.label))
    );
  if (transposed) {
    for (const u of unitHeaders) ikuHeaders.push(u);
    for (const c of columns)
      if (c.field !== "unit" && c.field !== "no") ikuHeaders.push({ col: c.col, name: c.label });
    ikuHeaders.sort((a, b) => a.col - b.col);
  }
  return {
    sheet: grid.sheet,
    headerTop,
    headerBottom,
    firstRow: headerBottom + 1,
    lastRow: headerBottom,
    left: tableLeft,
    right: tableRight,
    columns: transposed ? columns.filter((c) => c.field === "unit" || c.field === "no") : columns,
    unitHeaders: transposed ? [] : unitHeaders,
    ...(transposed ? { ikuHeaders } : {}),
    ...(matrix ? { underMatrixTitle: true } : {}),
  };
}

export function columnOf(table: DetectedTable, field: Field): ColumnInfo | undefined {
  return table.columns.find((c) => c.field === field);
}
