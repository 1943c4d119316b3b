/**
 * Tables to layouts and columns: which table the profile describes, which sheets are refused, each
 * table's layout, and one column per field (the PK or Renja target of the workbook's year).
 */
import { columnLetters, columnNumber } from "../core/cells";
import { foldText, looksLikeCode } from "../core/text";
import type { SheetReason } from "../core/reasons";
import type { Grid } from "./grid";
import { classifyHeader } from "./headers";
import type { Layout, SheetMapping } from "./profile";
import type { ColumnMap, Context } from "./reading";
import type { LayoutRule, SheetSummary, TableSummary } from "./read";
import {
  columnBlockRow,
  columnOf,
  tableFromMapping,
  type ColumnInfo,
  type DetectedTable,
} from "./tables";
import { periodOf, type Field } from "./vocabulary";

/**
 * The profile always wins: a sheet whose indicator column the profile maps is read as mapped when
 * detection found no table holding that column (it refused the sheet, or took the column for a
 * never-field).
 */
export function profileTables(
  grid: Grid,
  mapping: SheetMapping,
  found: DetectedTable[]
): DetectedTable[] | undefined {
  const letter = mapping.columns?.indicator;
  if (!letter) return undefined;
  const col = columnNumber(letter);
  if (found.some((t) => t.columns.some((c) => c.col === col && c.field === "indicator")))
    return undefined;
  const columns: Partial<Record<Field, number>> = {};
  for (const [field, l] of Object.entries(mapping.columns ?? {}))
    if (l) columns[field as Field] = columnNumber(l);
  const table = tableFromMapping(grid, columns, mapping.headerRow);
  return table ? [table] : undefined;
}

/** The profile's header row: tables above it are not the user's. */
export function applyHeaderOverride(
  found: DetectedTable[],
  mapping: SheetMapping
): DetectedTable[] {
  const from = mapping.headerRow;
  return from ? found.filter((t) => t.headerTop >= from) : found;
}

/** A sheet drawn as a cascade tree in column blocks: several indicator columns side by side. */
export function refuse(grid: Grid, found: DetectedTable[]): SheetReason | undefined {
  const blocks = columnBlockRow(grid);
  if (
    blocks !== undefined &&
    !found.some((t) => t.headerTop === blocks && t.unitHeaders.length >= 2)
  ) {
    return { code: "sheet-column-blocks", row: blocks };
  }
  for (const t of found) {
    const indicatorCols = t.columns.filter(
      (c) => c.field === "indicator" && !looksLikeCode(c.label.split(" / ").pop() ?? "")
    );
    if (indicatorCols.length >= 3 && t.unitHeaders.length === 0) {
      return {
        code: "sheet-indicator-columns-side-by-side",
        columns: indicatorCols.map((c) => columnLetters(c.col)),
      };
    }
  }
  return undefined;
}

export function layoutOf(
  table: DetectedTable,
  columns: ColumnMap
): { layout: Layout; rule: LayoutRule } | undefined {
  const hasIndicator = columns.indicator !== undefined;
  if (
    !hasIndicator &&
    columns.unit !== undefined &&
    (columns.parentUnit !== undefined || columns.level !== undefined)
  )
    return { layout: "D", rule: "hierarchyColumns" };
  if (transposedMatrix(table)) return { layout: "C", rule: "transposed" };
  // units across the top: a matriks cascading (one unit column is enough when no target column is there)
  if (
    table.unitHeaders.length >= 2 ||
    (table.unitHeaders.length === 1 && columns.target === undefined)
  )
    return { layout: "C", rule: table.underMatrixTitle ? "matrixTitle" : "unitsAcross" };
  if (!hasIndicator) return undefined;
  return columns.unit !== undefined
    ? { layout: "A", rule: "unitColumn" }
    : { layout: "B", rule: "sheetPerUnit" };
}

/** Units down the side, IKU codes across the top. */
export function transposedMatrix(table: DetectedTable): boolean {
  if (table.ikuHeaders?.length) return true;
  const unit = columnOf(table, "unit");
  const codeHeaders = table.columns.filter(
    (c) => c.field === "indicator" && looksLikeCode(c.label.split(" / ").pop() ?? "")
  );
  return unit !== undefined && codeHeaders.length >= 2;
}

/** One column per field: the profile's letters first; for targets, the PK/Renja of the year. */
export function columnMap(
  table: DetectedTable,
  mapping: SheetMapping,
  ctx: Context,
  summary: SheetSummary
): ColumnMap {
  const map: ColumnMap = {};
  const byField = new Map<Field, ColumnInfo[]>();
  for (const c of table.columns) {
    const list = byField.get(c.field) ?? [];
    list.push(c);
    byField.set(c.field, list);
  }
  for (const [field, cols] of byField) {
    if (field === "never" || field === "period") continue;
    if (field === "target") {
      const chosen = chooseTarget(cols, ctx.year);
      map.target = chosen.col;
      const others = cols.filter((c) => c !== chosen);
      if (others.length > 0) {
        summary.notes.push({
          code: "note-other-target-columns",
          others: others.map((c) => ({ column: columnLetters(c.col), label: c.label })),
          used: { column: columnLetters(chosen.col), label: chosen.label },
        });
      }
      continue;
    }
    map[field] = cols.reduce(
      (best, c) => (c.meaning.score > best.meaning.score ? c : best),
      cols[0]
    ).col;
  }
  const periods = choosePeriods(table, map.target, ctx.year);
  if (periods.length > 0) map.periods = periods;
  monitoringColumns(table, map);
  for (const [field, letter] of Object.entries(mapping.columns ?? {})) {
    if (letter) map[field as Field] = columnNumber(letter);
  }
  if (mapping.periods && mapping.periods.length > 0)
    map.periods = mapping.periods.map(columnNumber);
  return map;
}

function chooseTarget(cols: ColumnInfo[], year: number | undefined): ColumnInfo {
  const score = (c: ColumnInfo) => {
    const m = c.meaning;
    let s = 0;
    if (year !== undefined && m.year === year) s += 100;
    if (m.doc !== undefined) s += m.doc * 10;
    if (m.year !== undefined) s += (m.year - 2000) / 100; // else the latest year
    return s;
  };
  return cols.reduce((best, c) => (score(c) > score(best) ? c : best), cols[0]);
}

/** Period columns of the chosen target: same year/document group, one per period index. */
function choosePeriods(
  table: DetectedTable,
  targetCol: number | undefined,
  year: number | undefined
): number[] {
  // a period column of results ("TW I / R") is not the target's period
  const periods = table.columns.filter(
    (c) => c.field === "period" && c.meaning.period && !isResultLabel(c.label)
  );
  if (periods.length === 0) return [];
  const kinds = new Map<string, ColumnInfo[]>();
  for (const p of periods) {
    const k = p.meaning.period!.kind;
    kinds.set(k, [...(kinds.get(k) ?? []), p]);
  }
  // the richest kind (months over quarters over semesters when several are present)
  const [, cols] = [...kinds.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const byIndex = new Map<number, ColumnInfo>();
  for (const c of cols) {
    const idx = c.meaning.period!.index;
    const prev = byIndex.get(idx);
    const better =
      !prev ||
      (year !== undefined && c.meaning.year === year && prev.meaning.year !== year) ||
      (targetCol !== undefined &&
        Math.abs(c.col - targetCol) < Math.abs(prev.col - targetCol) &&
        prev.meaning.year === c.meaning.year);
    if (better) byIndex.set(idx, c);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c.col);
}

export function letters(map: ColumnMap): TableSummary["columns"] {
  const out: TableSummary["columns"] = {};
  for (const [k, v] of Object.entries(map)) {
    if (k === "periods" || k === "realisasiPeriods")
      out[k] = (v as number[]).map(columnLetters).join(",");
    else if (typeof v === "number") out[k as keyof TableSummary["columns"]] = columnLetters(v);
  }
  return out;
}

export function noTableReason(grid: Grid, found: DetectedTable[]): SheetReason {
  if (found.length > 0) {
    const t = found[0];
    return {
      code: "sheet-table-without-indicator",
      row: t.headerTop,
      labels: t.columns.map((c) => c.label),
    };
  }
  return { code: "sheet-no-indicator-column", sheet: grid.sheet, headers: headersSeen(grid) };
}

/** The texts of the row that looks most like a header, for the reason a sheet was not read. */
function headersSeen(grid: Grid): string[] {
  let best: string[] = [];
  let bestScore = 0;
  for (let r = grid.top; r < grid.top + Math.min(grid.values.length, 60); r++) {
    const row = grid.values[r - grid.top] ?? [];
    const texts = row
      .filter((v): v is string => typeof v === "string" && v.trim() !== "" && v.length <= 60)
      .map((v) => v.trim());
    const score = texts.filter((t) => classifyHeader(t)).length * 10 + texts.length;
    if (score > bestScore) {
      best = texts;
      bestScore = score;
    }
  }
  return best.slice(0, 12);
}

/** A header naming a result: Realisasi, Real., Capaian, or "R" under a period. */
function isResultLabel(label: string): boolean {
  return label
    .split(" / ")
    .map((p) => foldText(p))
    .some((p) => /\b(realisasi|real|capaian)\b/.test(p) || p === "r");
}

/**
 * Realisasi and Capaian columns (DESIGN.md §8): never targets, but the year's results — annual,
 * per period ("Realisasi" merged over "TW I…IV", or "R" under a period), and a stated capaian.
 * Periods pair with the target's by their index.
 */
function monitoringColumns(table: DetectedTable, map: ColumnMap): void {
  const byPeriod: number[] = [];
  let toDate: number | undefined;
  for (const c of table.columns) {
    if (c.field !== "never" && c.field !== "period") continue;
    const parts = c.label.split(" / ").map((p) => foldText(p));
    const realisasi = parts.some((p) => /\b(realisasi|real)\b/.test(p) || p === "r");
    const capaian = parts.some((p) => /\bcapaian\b/.test(p));
    if (!realisasi && !capaian) continue;
    const period = parts.map((p) => periodOf(p)).find((x) => x !== undefined);
    if (capaian && !realisasi) {
      if (!period && map.capaian === undefined) map.capaian = c.col;
      continue;
    }
    // "Realisasi s.d. TW II" is the year so far: the annual realisasi of a mid-year report
    if (period?.cumulative) toDate ??= c.col;
    else if (period) {
      if (byPeriod[period.index - 1] === undefined) byPeriod[period.index - 1] = c.col;
    } else if (map.realisasi === undefined) map.realisasi = c.col;
  }
  if (map.realisasi === undefined && toDate !== undefined) map.realisasi = toDate;
  const count = map.periods?.length ?? 0;
  if (count > 0 && byPeriod.length === count && byPeriod.every((c) => c !== undefined))
    map.realisasiPeriods = byPeriod;
}
