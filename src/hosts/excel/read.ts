/**
 * Reading sheets through Office.js: each sheet's used range as values (format-only cells ignored),
 * blank edges trimmed, merges where supported, protection and visibility; number formats and
 * formulas later, only where the reader needs them (loadDetails). Loads go in byte-budgeted
 * chunks: a few syncs for the whole workbook, more only for more megabytes.
 */
import { cellKey, drawnShapes, type Grid, type MergeRange } from "../../workbook/grid";
import type { ReadProgress } from "../../workbook/host";
import { PROFILE_SHEET } from "../../workbook/profile";
import { isDateFormat, serialToIsoDate } from "../../core/excelDates";
import { jsonSize, parseAreas, rangeAddress, trimValues } from "./cells";
import { inChunks } from "./chunks";
import type { Features } from "./runtime";

/** A first guess of the JSON bytes per cell; a batch that proves larger is split and retried. */
const BYTES_PER_CELL = 24;

interface SheetRead {
  name: string;
  state: Grid["state"];
  protected: boolean;
  used?: { row: number; col: number; rows: number; cols: number };
  merges: MergeRange[];
  /** Drawn shapes (text boxes, connectors), where ExcelApi 1.9 can count them. */
  shapes?: number;
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

async function sheetList(context: Excel.RequestContext): Promise<SheetRead[]> {
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
    // Worksheet.shapes is a navigation property (a collection proxy), loaded on the next line and
    // read after the sync; the office-addins rules take it for a scalar read
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const shapes = features.shapes ? ws.shapes : undefined;
    if (shapes) shapes.load("items/type");
    return { used, merged, shapes };
  });
  await context.sync();
  probes.forEach(({ used, merged, shapes }, i) => {
    const s = sheets[i];
    if (merged && !merged.isNullObject) s.merges = parseAreas(merged.address);
    if (shapes) s.shapes = drawnShapes(shapes.items.map((x) => x.type));
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
    ...(s.shapes ? { shapes: s.shapes } : {}),
  };
}

interface Detail {
  grid: Grid;
  area: MergeRange;
  /** What to load: number formats, or formulas (and through them the sheets they name). */
  kind: "numberFormat" | "formulas";
  size: number;
}

const SHEET_REF = /(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!/g;

/**
 * Number formats where the read columns hold numbers (text is read the same in any format), and
 * formulas: with ExcelApi 1.9 those of every formula cell of the sheet, found as special cells
 * (addresses only); before it, the read columns' formulas.
 */
export async function loadDetailsIn(
  context: Excel.RequestContext,
  grids: Grid[],
  columns: Array<{ sheet: string; columns: number[] }>,
  features: Features,
  budget: number
): Promise<void> {
  const details: Detail[] = [];
  for (const entry of columns) {
    const grid = grids.find((g) => g.sheet === entry.sheet);
    if (grid && grid.values.length > 0) details.push(...numericAreas(grid, entry.columns));
    if (grid && grid.values.length > 0 && !features.rangeAreas)
      details.push(...columnFormulas(grid, entry.columns, budget));
  }
  if (features.rangeAreas) details.push(...(await formulaAreas(context, grids)));
  await inChunks(
    context,
    details.flatMap((d) => fitted(d, budget)),
    budget,
    {
      size: (d) => d.size,
      queue(d) {
        const range = context.workbook.worksheets
          .getItem(d.grid.sheet)
          .getRange(rangeAddress(d.area));
        if (d.kind === "formulas") range.load("formulas");
        else range.load("numberFormat");
        return range;
      },
      done(d, range) {
        if (d.kind === "formulas") applyFormulas(d, range.formulas);
        else applyFormats(d, range.numberFormat);
      },
      split: (d) => halfDetails(d),
    }
  );
}

const gridRight = (grid: Grid) => grid.left + Math.max(0, ...grid.values.map((r) => r.length)) - 1;

/** Per column, the rows from its first to its last number; equal neighbours share one area. */
function numericAreas(grid: Grid, columns: number[]): Detail[] {
  const right = gridRight(grid);
  const cols = [...new Set(columns)]
    .filter((c) => c >= grid.left && c <= right)
    .sort((a, b) => a - b);
  const out: Detail[] = [];
  for (const col of cols) {
    let top = 0;
    let bottom = 0;
    grid.values.forEach((row, i) => {
      if (typeof row[col - grid.left] !== "number") return;
      if (!top) top = grid.top + i;
      bottom = grid.top + i;
    });
    if (!top) continue;
    const last = out[out.length - 1];
    if (last && last.area.right === col - 1 && last.area.top === top && last.area.bottom === bottom)
      last.area.right = col;
    else
      out.push({
        grid,
        area: { top, bottom, left: col, right: col },
        kind: "numberFormat",
        size: 0,
      });
  }
  // a format is a short string: "General", "0.00%"
  for (const d of out) d.size = cells(d.area) * 16 + 64;
  return out;
}

/** Without special cells: the read columns' formulas, which repeat the values elsewhere. */
function columnFormulas(grid: Grid, columns: number[], budget: number): Detail[] {
  const right = gridRight(grid);
  const cols = [...new Set(columns)]
    .filter((c) => c >= grid.left && c <= right)
    .sort((a, b) => a - b);
  const spans: Array<{ left: number; right: number }> = [];
  for (const c of cols) {
    const last = spans[spans.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else spans.push({ left: c, right: c });
  }
  return spans
    .map((span) => {
      const area = { top: grid.top, bottom: grid.top + grid.values.length - 1, ...span };
      const values = grid.values.map((r) =>
        r.slice(span.left - grid.left, span.right - grid.left + 1)
      );
      const size = Math.ceil(jsonSize(values) * 1.25) + cells(area) * 4 + 64;
      return fitted({ grid, area, kind: "formulas" as const, size }, budget);
    })
    .flat();
}

/** One sync for the addresses of every sheet's formula cells. */
async function formulaAreas(context: Excel.RequestContext, grids: Grid[]): Promise<Detail[]> {
  const withValues = grids.filter((g) => g.values.length > 0);
  const found = withValues.map((grid) => {
    const area = {
      top: grid.top,
      left: grid.left,
      bottom: grid.top + grid.values.length - 1,
      right: gridRight(grid),
    };
    const special = context.workbook.worksheets
      .getItem(grid.sheet)
      .getRange(rangeAddress(area))
      .getSpecialCellsOrNullObject("Formulas");
    special.load("address");
    return special;
  });
  await context.sync();
  return withValues.flatMap((grid, i) =>
    found[i].isNullObject
      ? []
      : parseAreas(found[i].address).map((area) => ({
          grid,
          area,
          kind: "formulas" as const,
          // formula text is longer than a value: "=SUM('PK Dinas'!E3:E40)"
          size: cells(area) * 48 + 64,
        }))
  );
}

function cells(area: MergeRange): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** An area cut into row bands under the budget. */
function fitted(d: Detail, budget: number): Detail[] {
  if (d.size <= budget || d.area.top === d.area.bottom) return [d];
  return (halfDetails(d) ?? [d]).flatMap((h) => fitted(h, budget));
}

function halfDetails(d: Detail): Detail[] | undefined {
  const rows = d.area.bottom - d.area.top + 1;
  if (rows < 2) return undefined;
  const mid = d.area.top + Math.ceil(rows / 2) - 1;
  const share = (a: MergeRange) => Math.ceil((d.size * cells(a)) / cells(d.area));
  const upper = { ...d.area, bottom: mid };
  const lower = { ...d.area, top: mid + 1 };
  return [
    { ...d, area: upper, size: share(upper) },
    { ...d, area: lower, size: share(lower) },
  ];
}

function eachCell(
  d: Detail,
  values: unknown[][],
  act: (row: number, col: number, v: unknown) => void
): void {
  values.forEach((row, i) => row.forEach((v, j) => act(d.area.top + i, d.area.left + j, v)));
}

function applyFormulas(d: Detail, formulas: unknown[][]): void {
  eachCell(d, formulas, (row, col, formula) => {
    if (typeof formula !== "string" || !formula.startsWith("=")) return;
    d.grid.formulas.add(cellKey(row, col));
    for (const m of formula.matchAll(SHEET_REF))
      d.grid.formulaSheets?.add((m[1] ?? m[2]).replace(/''/g, "'"));
  });
}

function applyFormats(d: Detail, formats: unknown[][]): void {
  eachCell(d, formats, (row, col, format) => {
    const line = d.grid.values[row - d.grid.top];
    const value = line?.[col - d.grid.left];
    if (typeof value !== "number" || typeof format !== "string" || format === "General") return;
    d.grid.formats.set(cellKey(row, col), format);
    // Office.js gives a date as its serial number; ExcelJS as the day: read it as the day
    if (isDateFormat(format)) line[col - d.grid.left] = serialToIsoDate(value) ?? value;
  });
}
