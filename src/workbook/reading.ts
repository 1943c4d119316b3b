/**
 * What every layout reader shares: the read's context (profile, locale, year, parsed-target caches),
 * the plan being built, one table being read, and the cell readings all layouts use.
 */
import type { CascadeRule, Indicator, Unit } from "../core/model";
import type { TargetValue } from "../core/target";
import { parseTarget } from "../core/values";
import { cellKey, type CellValue, type Grid, valueAt, textAt } from "./grid";
import type { MappingProfile } from "./profile";
import type { DetectedTable, MergeIndex } from "./tables";
import type { Field } from "./vocabulary";

export type ColumnMap = Partial<Record<Field, number>> & {
  periods?: number[];
  /** The year's results (DESIGN.md §8): annual realisasi, realisasi per period, stated capaian. */
  realisasi?: number;
  realisasiPeriods?: number[];
  capaian?: number;
};

export interface Context {
  profile: MappingProfile;
  locale: "id" | "en";
  year?: number;
  /** Parsed targets by cell content (numbers, or value + format), for this read. */
  targets: Map<string | number | boolean | null, TargetValue>;
  /** Parsed targets of plain text cells (kept apart: "12" the text is not 12 the number). */
  textTargets: Map<string | number | boolean | null, TargetValue>;
}

/** The plan as the layouts build it. */
export interface Sinks {
  units: Unit[];
  indicators: Indicator[];
  rules: CascadeRule[];
  /** Rows read from a Rencana Aksi table: merged into their PK row afterwards. */
  rencanaAksi: Set<Indicator>;
}

/** One detected table being read: its sheet, merges, columns and the read's context. */
export interface TableReading {
  grid: Grid;
  merges: MergeIndex;
  table: DetectedTable;
  columns: ColumnMap;
  ctx: Context;
}

/**
 * Targets repeat across thousands of rows ("100", 95, "-"): each distinct cell content (with its
 * number format) is parsed once per read. Target values are never mutated, so sharing is safe.
 */
export function cellTarget(
  grid: Grid,
  row: number,
  col: number | undefined,
  ctx: Context
): TargetValue {
  if (col === undefined) return EMPTY;
  const v: CellValue = valueAt(grid, row, col);
  const input = v !== null && typeof v === "object" ? v.error : v;
  const format = grid.formats.get(cellKey(row, col));
  // the plain value is the key when there is no number format (the common case: no string built)
  const key: string | number | boolean | null =
    format === undefined ? input : `${typeof input}\u0000${String(input)}\u0000${format}`;
  let parsed = (
    typeof input === "string" && format === undefined ? ctx.textTargets : ctx.targets
  ).get(key);
  if (!parsed) {
    parsed = parseTarget(input, { locale: ctx.locale, numberFormat: format });
    const cache = typeof input === "string" && format === undefined ? ctx.textTargets : ctx.targets;
    if (cache.size < 100_000) cache.set(key, parsed);
  }
  return parsed;
}

export const EMPTY: TargetValue = parseTarget(null);

/** Several parents in one cell: separated by ";" or line breaks (names themselves hold "," and "dan"). */
export function splitList(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|\r)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function isColumnNumberText(t: string): boolean {
  return /^\(?\d{1,3}\)?$/.test(t);
}

export function textOrUndefined(
  grid: Grid,
  row: number,
  col: number | undefined
): string | undefined {
  if (col === undefined) return undefined;
  const t = textAt(grid, row, col);
  return t || undefined;
}

export function rowTexts(grid: Grid, row: number, left: number, right: number): string[] {
  const out: string[] = [];
  for (let c = left; c <= right; c++) {
    const v = valueAt(grid, row, c);
    if (typeof v === "string" && v.trim()) out.push(v.trim());
  }
  return out;
}
