/**
 * Reading sheets through Office.js: each sheet's used range as values (format-only cells ignored),
 * blank edges trimmed, merges where supported, protection and visibility; formulas and number
 * formats later, only for the columns the reader uses (loadDetails). Loads go in byte-budgeted
 * chunks: a few syncs for the whole workbook, more only for more megabytes.
 */
import { cellKey, type Grid, type MergeRange } from "../../workbook/grid";
import type { ReadProgress } from "../../workbook/host";
import { PROFILE_SHEET } from "../../workbook/profile";
import { jsonSize, parseAreas, trimValues } from "./cells";
import { inChunks } from "./chunks";
import type { Features } from "./runtime";

/** A first guess of the JSON bytes per cell; a batch that proves larger is split and retried. */
export const BYTES_PER_CELL = 32;

interface SheetRead {
  name: string;
  state: Grid["state"];
  protected: boolean;
  used?: { row: number; col: number; rows: number; cols: number };
  merges: MergeRange[];
  raw: unknown[][];
  pending: number;
}

interface Slice {
  sheet: SheetRead;
  from: number;
  rows: number;
}

const STATE: Record<string, Grid["state"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export async function readGridsIn(
  context: Excel.RequestContext,
  features: Features,
  budget: number,
  onProgress?: (p: ReadProgress) => void
): Promise<Grid[]> {
  const sheets = await sheetList(context);
  await probeSheets(context, sheets, features);
  const slices = sheets.flatMap((s) => slicesOf(s, budget));
  let done = 0;
  const finished = (s: SheetRead) =>
    onProgress?.({ sheet: s.name, done: ++done, total: sheets.length });
  sheets.filter((s) => s.pending === 0).forEach(finished);
  await inChunks(context, slices, budget, {
    size: (s) => s.rows * (s.sheet.used?.cols ?? 0) * BYTES_PER_CELL,
    queue: (s) => valuesRange(context, s),
    done(s, range) {
      range.values.forEach((row, i) => (s.sheet.raw[s.from + i] = row));
      s.sheet.pending -= s.rows;
      if (s.sheet.pending === 0) finished(s.sheet);
    },
    split: (s) => halves(s),
  });
  return sheets.map(gridOf);
}

export async function sheetList(context: Excel.RequestContext): Promise<SheetRead[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();
  return worksheets.items.map((ws) => ({
    name: ws.name,
    state: STATE[ws.visibility] ?? "visible",
    protected: ws.protection.protected,
    merges: [],
    raw: [],
    pending: 0,
  }));
}

/** One sync for every sheet's extent and merges. */
async function probeSheets(
  context: Excel.RequestContext,
  sheets: SheetRead[],
  features: Features
): Promise<void> {
  const probes = sheets.map((s) => {
    const ws = context.workbook.worksheets.getItem(s.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = features.merges ? ws.getRange().getMergedAreasOrNullObject() : undefined;
    if (merged) merged.load("address");
    return { used, merged };
  });
  await context.sync();
  probes.forEach(({ used, merged }, i) => {
    const s = sheets[i];
    if (merged && !merged.isNullObject) s.merges = parseAreas(merged.address);
    // the profile is read by readProfile; its megabytes are no grid
    if (used.isNullObject || s.name === PROFILE_SHEET) return;
    s.used = {
      row: used.rowIndex,
      col: used.columnIndex,
      rows: used.rowCount,
      cols: used.columnCount,
    };
    s.pending = used.rowCount;
  });
}

function slicesOf(sheet: SheetRead, budget: number): Slice[] {
  if (!sheet.used) return [];
  const perSlice = Math.max(1, Math.floor(budget / (sheet.used.cols * BYTES_PER_CELL)));
  const out: Slice[] = [];
  for (let from = 0; from < sheet.used.rows; from += perSlice)
    out.push({ sheet, from, rows: Math.min(perSlice, sheet.used.rows - from) });
  return out;
}

function halves(s: Slice): Slice[] | undefined {
  if (s.rows < 2) return undefined;
  const half = Math.ceil(s.rows / 2);
  return [
    { sheet: s.sheet, from: s.from, rows: half },
    { sheet: s.sheet, from: s.from + half, rows: s.rows - half },
  ];
}

function valuesRange(context: Excel.RequestContext, s: Slice): Excel.Range {
  const used = s.sheet.used as NonNullable<SheetRead["used"]>;
  const range = context.workbook.worksheets
    .getItem(s.sheet.name)
    .getRangeByIndexes(used.row + s.from, used.col, s.rows, used.cols);
  range.load("values");
  return range;
}

function gridOf(s: SheetRead): Grid {
  const trimmed = s.used ? trimValues(s.raw, s.used.row, s.used.col) : undefined;
  return {
    sheet: s.name,
    state: s.state,
    top: trimmed?.top ?? 1,
    left: trimmed?.left ?? 1,
    values: trimmed?.values ?? [],
    merges: s.merges,
    formats: new Map(),
    formulas: new Set(),
    formulaSheets: new Set(),
    tables: [],
    protected: s.protected,
  };
}

interface DetailSlice {
  grid: Grid;
  top: number;
  left: number;
  rows: number;
  cols: number;
  size: number;
}

const SHEET_REF = /(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!/g;

/** Formulas and number formats of the given columns, over the grid's rows. */
export async function loadDetailsIn(
  context: Excel.RequestContext,
  grids: Grid[],
  columns: Array<{ sheet: string; columns: number[] }>,
  budget: number
): Promise<void> {
  const slices: DetailSlice[] = [];
  for (const entry of columns) {
    const grid = grids.find((g) => g.sheet === entry.sheet);
    if (!grid || grid.values.length === 0) continue;
    for (const span of spans(entry.columns, grid)) slices.push(...detailSlices(grid, span, budget));
  }
  await inChunks(context, slices, budget, {
    size: (s) => s.size,
    queue(s) {
      const range = context.workbook.worksheets
        .getItem(s.grid.sheet)
        .getRangeByIndexes(s.top - 1, s.left - 1, s.rows, s.cols);
      range.load("formulas,numberFormat");
      return range;
    },
    done(s, range) {
      applyDetails(s, range.formulas, range.numberFormat);
    },
    split(s) {
      if (s.rows < 2) return undefined;
      const half = Math.ceil(s.rows / 2);
      return [
        { ...s, rows: half, size: s.size / 2 },
        { ...s, top: s.top + half, rows: s.rows - half, size: s.size / 2 },
      ];
    },
  });
}

/** Contiguous column runs inside the grid's extent. */
function spans(columns: number[], grid: Grid): Array<{ left: number; right: number }> {
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const inside = [...new Set(columns)]
    .filter((c) => c >= grid.left && c < grid.left + width)
    .sort((a, b) => a - b);
  const out: Array<{ left: number; right: number }> = [];
  for (const c of inside) {
    const last = out[out.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else out.push({ left: c, right: c });
  }
  return out;
}

/** Row slices whose formulas and formats fit the budget, sized from the values already read. */
function detailSlices(
  grid: Grid,
  span: { left: number; right: number },
  budget: number
): DetailSlice[] {
  const cols = span.right - span.left + 1;
  const out: DetailSlice[] = [];
  let start = 0;
  let size = 0;
  const push = (end: number) =>
    out.push({ grid, top: grid.top + start, left: span.left, rows: end - start, cols, size });
  grid.values.forEach((row, i) => {
    const cells = row.slice(span.left - grid.left, span.right - grid.left + 1);
    // formulas repeat the values (or longer text); formats add "General" and the like
    const rowSize = 2 * jsonSize(cells) + cols * 24;
    if (i > start && size + rowSize > budget) {
      push(i);
      start = i;
      size = 0;
    }
    size += rowSize;
  });
  push(grid.values.length);
  return out;
}

function applyDetails(s: DetailSlice, formulas: unknown[][], formats: unknown[][]): void {
  const { grid } = s;
  for (let i = 0; i < s.rows; i++) {
    for (let j = 0; j < s.cols; j++) {
      const row = s.top + i;
      const col = s.left + j;
      const key = cellKey(row, col);
      const formula = formulas[i]?.[j];
      if (typeof formula === "string" && formula.startsWith("=")) {
        grid.formulas.add(key);
        for (const m of formula.matchAll(SHEET_REF))
          grid.formulaSheets?.add((m[1] ?? m[2]).replace(/''/g, "'"));
      }
      const format = formats[i]?.[j];
      const value = grid.values[row - grid.top]?.[col - grid.left];
      if (typeof format === "string" && format !== "General" && value !== null && value !== undefined)
        grid.formats.set(key, format);
    }
  }
}
