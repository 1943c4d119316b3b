/**
 * Fill: the cascade's proposed child rows turned into cell patches in the child units' own tables
 * (DESIGN.md §4). Existing rows (key: unit + parent link) are updated in place; missing ones are
 * appended directly below the unit's table. Every change carries its old value; a non-empty cell
 * holding something else is a conflict, unless it still holds what Selaras wrote last time.
 * Formulas are never overwritten; protected sheets are never written; a second fill is a no-op.
 */
import type { CascadeResult, ProposedRow, ProposedValue } from "../core/cascade";
import { a1, rangeA1, parseA1 } from "../core/cells";
import { sameTarget, toleranceOf } from "../core/compare";
import type { CellRef, Indicator, Polarity } from "../core/model";
import type { PlanIndex } from "../core/planIndex";
import type { ChangeWhy, WriteRefusal } from "../core/reasons";
import { foldSatuan, foldText, unitKey } from "../core/text";
import { parseTarget } from "../core/values";
import {
  SHEET_NAME_MAX,
  cellKey,
  isBlank,
  textAt,
  valueAt,
  type CellValue,
  type Grid,
} from "./grid";
import type { CellChange, Conflict, FillField, PatchPlan, RowInsert } from "./patches";
import { displayValue } from "../core/cellText";
import type { MappingProfile } from "./profile";
import type { ColumnMap, ReadResult } from "./read";
import type { DetectedTable } from "./tables";

export interface FillOptions {
  acceptConflicts?: boolean;
  profile?: MappingProfile;
  locale?: "id" | "en";
  /** Child units without a table that get a new sheet (the user ticked them), or all of them. */
  newSheets?: string[] | "all";
}

interface TargetTable {
  table: DetectedTable;
  columns: ColumnMap;
  grid: Grid;
  layout: "A" | "B";
  /** How each column writes its values, counted on first use. */
  forms?: Map<number, ColumnForm>;
}

interface PendingWrite extends Write {
  grid: Grid;
  /** Existing rows: the row before any insert. */
  row?: number;
  /** New rows: which insert and which of its rows (0-based). */
  fresh?: { insert: RowInsert; index: number };
}

export function planFill(
  read: ReadResult,
  grids: Grid[],
  cascade: CascadeResult,
  options: FillOptions = {}
): PatchPlan {
  // the cascade's own index of the plan: units with their rows, rows by id
  const index = cascade.check.index;
  const tables = new TableFinder(read, grids, index);
  const plan: PatchPlan = { changes: [], conflicts: [], skipped: [], inserts: [] };
  const writes: PendingWrite[] = [];
  const newRows = new Map<TargetTable, ProposedRow[]>();
  const withoutTable = new Map<string, ProposedRow[]>();

  for (const p of cascade.rows) {
    if (p.existing) {
      const located = tables.locate(p.existing);
      if (!located) {
        plan.skipped.push({
          sheet: p.existing.cells.indicator?.sheet ?? "",
          cell: null,
          reason: { code: "fill-row-not-found" },
        });
        continue;
      }
      const row = parseA1(p.existing.cells.indicator?.cell ?? "A1").row;
      const ra = periodsElsewhere(p.existing, row, tables);
      for (const w of rowWrites(p, located, row, false, !!ra))
        writes.push({ ...w, grid: located.grid, row });
      if (ra)
        for (const w of periodWrites(p, ra.table, ra.row))
          writes.push({ ...w, grid: ra.table.grid, row: ra.row });
      continue;
    }
    const target = tables.forUnit(p.unit);
    if (!target) {
      const key = unitKey(p.unit);
      const list = withoutTable.get(key);
      if (list) list.push(p);
      else withoutTable.set(key, [p]);
      continue;
    }
    newRows.set(target, [...(newRows.get(target) ?? []), p]);
  }

  const asked = options.newSheets ?? [];
  const all = asked === "all";
  const ticked = new Set(asked === "all" ? [] : asked.map(unitKey));
  const sheetNames = new Set(grids.map((g) => g.sheet));
  for (const [key, proposals] of withoutTable) {
    const unit = proposals[0].unit;
    if (all || ticked.has(key)) {
      // the header of the first parent table found (a unit's rows usually share one)
      let parentTable: TargetTable | undefined;
      for (const p of proposals) {
        const parentRow = index.rowById(p.parentId);
        parentTable = parentRow ? tables.locate(parentRow) : undefined;
        if (parentTable) break;
      }
      if (parentTable) {
        newSheet(plan, parentTable, unit, proposals, sheetNames, read.plan.settings.year);
        continue;
      }
    }
    (plan.unitsWithoutTable ??= []).push(unit);
    plan.skipped.push({
      sheet: "",
      cell: null,
      reason: { code: "fill-no-table", unit },
    });
  }

  // New rows go directly below their table, shifting what follows down.
  for (const [t, proposals] of newRows) {
    const afterRow = t.table.lastRow;
    if (t.grid.protected) {
      plan.skipped.push({ sheet: t.grid.sheet, cell: null, reason: protectedReason(t.grid.sheet) });
      continue;
    }
    // formulas that point at the moved rows move with them (Excel does it; the package host does
    // what Excel does, and refuses the whole apply with its reason where it cannot)
    const insert: RowInsert = {
      sheet: t.grid.sheet,
      afterRow,
      count: proposals.length,
      styleFrom: afterRow,
    };
    plan.inserts.push(insert);
    proposals.forEach((p, index) => {
      for (const w of rowWrites(p, t, afterRow + 1 + index, true))
        writes.push({ ...w, grid: t.grid, fresh: { insert, index } });
    });
  }

  // Rows below an insert move down by its count (inserts are given in pre-insert rows).
  const shiftFor = (sheet: string, row: number) =>
    plan.inserts
      .filter((i) => i.sheet === sheet && i.afterRow < row)
      .reduce((n, i) => n + i.count, 0);
  for (const w of writes) {
    const sheet = w.grid.sheet;
    const finalRow = w.fresh
      ? w.fresh.insert.afterRow + 1 + w.fresh.index + shiftFor(sheet, w.fresh.insert.afterRow)
      : (w.row as number) + shiftFor(sheet, w.row as number);
    const cell = a1(finalRow, w.col);
    if (w.grid.protected) {
      plan.skipped.push({ sheet, cell, reason: protectedReason(sheet) });
      continue;
    }
    const old: CellValue = w.fresh ? null : valueAt(w.grid, w.row as number, w.col);
    const oldKey = w.fresh ? -1 : cellKey(w.row as number, w.col);
    if (w.grid.formulas.has(oldKey)) {
      plan.skipped.push({
        sheet,
        cell,
        reason: { code: "fill-formula" },
      });
      continue;
    }
    if (!w.fresh && same(old, w.grid.formats.get(oldKey), w.value, w.numFmt, options.locale))
      continue;
    const change: CellChange = {
      sheet,
      cell,
      old,
      new: w.value,
      why: w.why,
      fill: w.fill,
      ...(w.numFmt ? { numFmt: w.numFmt, oldNumFmt: w.grid.formats.get(oldKey) ?? "General" } : {}),
    };
    const lastWritten = options.profile?.written?.[`${sheet}!${cell}`];
    const stillOurs = lastWritten !== undefined && lastWritten === displayValue(old);
    if (!isBlank(old) && !stillOurs && !options.acceptConflicts) {
      const conflict: Conflict = {
        ...change,
        reason: { code: "fill-user-value" },
      };
      plan.conflicts.push(conflict);
      continue;
    }
    plan.changes.push(change);
  }
  holdPeriodsWithTheirTarget(plan);
  return plan;
}

/**
 * A sheet for a child unit with no table: a title naming the unit (so the next read finds the
 * unit's own table), the parent table's header in the same columns, then the unit's rows.
 */
function newSheet(
  plan: PatchPlan,
  parent: TargetTable,
  unit: string,
  proposals: ProposedRow[],
  taken: Set<string>,
  year: number | undefined
): void {
  const name = sheetNameFor(unit, taken);
  taken.add(name);
  const { table, grid } = parent;
  const at = 4; // a title, the unit, a blank row, then the header
  const shift = at - table.headerTop;
  const change = (
    row: number,
    col: number,
    value: CellValue,
    why: ChangeWhy,
    numFmt?: string,
    fill?: Write["fill"]
  ) =>
    plan.changes.push({
      sheet: name,
      cell: a1(row, col),
      old: null,
      new: value,
      why,
      ...(numFmt ? { numFmt } : {}),
      ...(fill ? { fill } : {}),
    });
  // "Unit Kerja: …" names the unit exactly as the next read looks for it, with or without a year
  const title = `PERJANJIAN KINERJA${year ? ` TAHUN ${year}` : ""}`;
  change(1, table.left, title, { code: "change-new-sheet", unit, part: "title" });
  change(2, table.left, `Unit Kerja: ${unit}`, {
    code: "change-new-sheet",
    unit,
    part: "unitLine",
  });
  for (let r = table.headerTop; r <= table.headerBottom; r++) {
    for (let c = table.left; c <= table.right; c++) {
      const v = valueAt(grid, r, c);
      if (!isBlank(v)) change(r + shift, c, v, { code: "change-new-sheet", unit, part: "header" });
    }
  }
  const merges = grid.merges
    .filter(
      (m) =>
        m.top >= table.headerTop &&
        m.bottom <= table.headerBottom &&
        m.left >= table.left &&
        m.right <= table.right
    )
    .map((m) => rangeA1(m.top + shift, m.left, m.bottom + shift, m.right));
  plan.sheets ??= [];
  plan.sheets.push({
    name,
    unit,
    header: {
      sheet: grid.sheet,
      fromRow: table.headerTop,
      toRow: table.headerBottom,
      left: table.left,
      right: table.right,
    },
    at,
    merges,
  });
  const first = table.headerBottom + shift + 1;
  proposals.forEach((p, i) => {
    // row 0 lies in no table: the value takes its form from the whole parent column
    for (const w of rowWrites(p, parent, 0, true))
      change(first + i, w.col, w.value, w.why, w.numFmt, w.fill);
  });
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetNameFor(unit: string, taken: Set<string>): string {
  const base = `PK ${unit}`
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    // Excel refuses a name that starts or ends with an apostrophe
    const name =
      base
        .slice(0, SHEET_NAME_MAX - suffix.length)
        .trim()
        .replace(/^'+|'+$/g, "") + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * A row's periods belong with its target: when the target is a conflict left alone, writing
 * the parent's periods beside the user's own target would make them disagree.
 */
function holdPeriodsWithTheirTarget(plan: PatchPlan): void {
  // one proposed row's writes share their "parent → unit" and sheet, wherever its periods are
  // (its own row, or its Rencana Aksi row below)
  const rowOf = (c: CellChange) => `${c.sheet}\u0000${c.fill?.row ?? ""}`;
  const conflictRows = new Set(plan.conflicts.filter((c) => c.fill?.field === "target").map(rowOf));
  if (conflictRows.size === 0) return;
  const held = plan.changes.filter((c) => c.fill?.field === "period" && conflictRows.has(rowOf(c)));
  plan.changes = plan.changes.filter((c) => !held.includes(c));
  for (const c of held) {
    plan.conflicts.push({
      ...c,
      reason: { code: "fill-periods-held" },
    });
  }
}

function protectedReason(sheet: string): WriteRefusal {
  return { code: "sheet-protected", sheet };
}

function same(
  old: CellValue,
  oldFmt: string | undefined,
  next: CellValue,
  nextFmt: string | undefined,
  locale?: "id" | "en"
): boolean {
  if (isBlank(old) && isBlank(next)) return true;
  if (isBlank(old) || isBlank(next)) return false;
  if (typeof old === "number" && typeof next === "number" && oldFmt === nextFmt)
    return Math.abs(old - next) < 1e-9;
  if (typeof old === "string" && typeof next === "string" && foldText(old) === foldText(next))
    return true;
  const a = parseTarget(typeof old === "object" && old !== null ? old.error : old, {
    locale,
    numberFormat: oldFmt,
  });
  const b = parseTarget(typeof next === "object" && next !== null ? next.error : next, {
    locale,
    numberFormat: nextFmt,
  });
  if (a.kind === "text" || b.kind === "text") return false;
  return a.kind === b.kind && sameTarget(b, a, toleranceOf(b) / 1000);
}

/** The detected table holding a row, with its grid. */
/**
 * The table a row or a unit is written in: one TargetTable per detected table (new rows for one
 * table are grouped by it), a unit's rows taken from the plan's index.
 */
class TableFinder {
  private readonly grids: Map<string, Grid>;
  private readonly targets = new Map<DetectedTable, TargetTable>();

  constructor(
    private readonly read: ReadResult,
    grids: Grid[],
    private readonly index: PlanIndex
  ) {
    this.grids = new Map(grids.map((g) => [g.sheet, g]));
  }

  private target(d: ReadResult["detected"][number]): TargetTable | undefined {
    let t = this.targets.get(d.table);
    if (!t) {
      const grid = this.grids.get(d.table.sheet);
      if (!grid || (d.layout !== "A" && d.layout !== "B")) return undefined;
      t = { table: d.table, columns: d.columns, grid, layout: d.layout };
      this.targets.set(d.table, t);
    }
    return t;
  }

  locate(row: Indicator): TargetTable | undefined {
    const at = row.cells.indicator;
    return at ? this.locateCell(at) : undefined;
  }

  /** The layout A or B table holding a cell. */
  locateCell(at: CellRef): TargetTable | undefined {
    const r = parseA1(at.cell).row;
    for (const d of this.read.detected) {
      if (d.table.sheet !== at.sheet || r < d.table.firstRow || r > d.table.lastRow) continue;
      if (d.layout !== "A" && d.layout !== "B") continue;
      const t = this.target(d);
      if (t) return t;
    }
    return undefined;
  }

  /** A unit's own table: its PK sheet (layout B), else the long table (layout A) holding its rows. */
  forUnit(unit: string): TargetTable | undefined {
    const key = unitKey(unit);
    for (const d of this.read.detected) {
      if (d.layout === "B" && d.unit && unitKey(d.unit) === key) {
        const t = this.target(d);
        if (t) return t;
      }
    }
    for (const row of this.index.node(unit)?.rows ?? []) {
      const t = this.locate(row);
      if (t && t.layout === "A") return t;
    }
    return undefined;
  }
}

interface Write {
  col: number;
  value: CellValue;
  numFmt?: string;
  why: ChangeWhy;
  fill: { row: string; field: FillField };
}

/**
 * What one proposed row writes in one field: why, for the preview, and the fill's own key. A
 * period names which one of how many, as the sheet heads its column (TW III, Semester II, Maret).
 */
function writing(
  p: ProposedRow,
  field: FillField,
  period?: { index: number; count: number }
): Pick<Write, "why" | "fill"> {
  return {
    why: {
      code: "change-row",
      parent: p.parent,
      unit: p.unit,
      field,
      ...(period ? { period } : {}),
    },
    fill: { row: `${p.parentId}\u0000${unitKey(p.unit)}`, field },
  };
}

/**
 * The cells one proposed row writes: only columns the table has. A PK row whose periods were read
 * from its Rencana Aksi table below (`periodsElsewhere`) gets them written there (periodWrites).
 */
function rowWrites(
  p: ProposedRow,
  t: TargetTable,
  row: number,
  fresh: boolean,
  periodsElsewhere = false
): Write[] {
  const out: Write[] = [];
  const cols = t.columns;
  if (fresh && t.layout === "A" && cols.unit !== undefined)
    out.push({ col: cols.unit, value: p.unit, ...writing(p, "unit") });
  // a name or satuan written only another way ("Prosentase" / "Persentase", "Dok." / "Dokumen") is
  // the same: the check does not tell them apart, so the fill does not rewrite them
  const same = (col: number, value: string, fold: (s: string) => string) =>
    !fresh && fold(textAt(t.grid, row, col)) === fold(value);
  // full rows repeat the parent's name; a partial row's name is the user's once it exists
  if (
    cols.indicator !== undefined &&
    (fresh || p.type === "full") &&
    !same(cols.indicator, p.name, foldText)
  )
    out.push({ col: cols.indicator, value: p.name, ...writing(p, "indicator") });
  if (cols.satuan !== undefined && p.satuan && !same(cols.satuan, p.satuan, foldSatuan))
    out.push({ col: cols.satuan, value: p.satuan, ...writing(p, "satuan") });
  if (cols.polarity !== undefined && p.polarity)
    out.push({
      col: cols.polarity,
      value: polarityText(p.polarity, t),
      ...writing(p, "polarity"),
    });
  // a parent's blank target or quarter is not a value to repeat: nothing the child wrote is cleared
  if (cols.target !== undefined && !blank(p.target))
    out.push({
      col: cols.target,
      ...valueFor(p.target, t, cols.target, row),
      ...writing(p, "target"),
    });
  if (!periodsElsewhere) out.push(...periodWrites(p, t, row));
  if (fresh) {
    if (cols.parentLink !== undefined)
      out.push({
        col: cols.parentLink,
        value: p.parent,
        ...writing(p, "parentLink"),
      });
    if (cols.cascadeType !== undefined)
      out.push({
        col: cols.cascadeType,
        value: p.type === "full" ? "F" : "P",
        ...writing(p, "cascadeType"),
      });
  }
  return out;
}

/** A row's period targets, in the period columns of the table that holds them. */
function periodWrites(p: ProposedRow, t: TargetTable, row: number): Write[] {
  const cols = t.columns.periods;
  if (!cols || !p.periods) return [];
  const out: Write[] = [];
  cols.forEach((c, i) => {
    const v = p.periods?.[i];
    // named as the sheet heads the column: TW III, Semester II, Maret
    if (v && !blank(v))
      out.push({
        col: c,
        ...valueFor(v, t, c, row),
        ...writing(p, "period", { index: i + 1, count: cols.length }),
      });
  });
  return out;
}

/**
 * Where an existing row's periods live when they are not on its own row: the Rencana Aksi table
 * whose row was merged into this PK row (DESIGN.md §2).
 */
function periodsElsewhere(
  existing: Indicator,
  row: number,
  tables: TableFinder
): { table: TargetTable; row: number } | undefined {
  const at = existing.cells.periods?.[0];
  const own = existing.cells.indicator;
  if (!at || !own) return undefined;
  const periodRow = parseA1(at.cell).row;
  if (at.sheet === own.sheet && periodRow === row) return undefined;
  const table = tables.locateCell(at);
  return table?.columns.periods ? { table, row: periodRow } : undefined;
}

function blank(v: ProposedValue): boolean {
  return v.value === undefined && v.text.trim() === "";
}

/** Written in the column's own form: a number (a fraction under a % format) or text with its satuan. */
function valueFor(
  v: ProposedValue,
  t: TargetTable,
  col: number,
  row: number
): { value: CellValue; numFmt?: string } {
  // the column's form leaves out the row being written (its old value is what changes)
  const form = columnForm(t, col);
  const own = valueAt(t.grid, row, col);
  const inRow = row >= t.table.firstRow && row <= t.table.lastRow;
  const numbers = form.numbers - (inRow && typeof own === "number" ? 1 : 0);
  const texts =
    form.texts -
    (inRow && typeof own === "string" && own.trim() && parseTarget(own).kind === "number" ? 1 : 0);
  const fmt = form.formats.find((f) => f.row !== row)?.fmt;
  if (v.value === undefined || texts > numbers) return { value: v.text };
  if (fmt && fmt.includes("%"))
    return { value: Math.round((v.value / 100) * 1e10) / 1e10, numFmt: fmt };
  return fmt ? { value: v.value, numFmt: fmt } : { value: v.value };
}

interface ColumnForm {
  numbers: number;
  texts: number;
  /** The first two number cells that have a format: one may be the row being written. */
  formats: Array<{ row: number; fmt: string }>;
}

/** How a table's column writes its values, counted once per column (a fill writes thousands). */
function columnForm(t: TargetTable, col: number): ColumnForm {
  t.forms ??= new Map();
  let form = t.forms.get(col);
  if (!form) {
    form = { numbers: 0, texts: 0, formats: [] };
    for (let r = t.table.firstRow; r <= t.table.lastRow; r++) {
      const cell = valueAt(t.grid, r, col);
      if (typeof cell === "number") {
        form.numbers++;
        const fmt = form.formats.length < 2 ? t.grid.formats.get(cellKey(r, col)) : undefined;
        if (fmt !== undefined) form.formats.push({ row: r, fmt });
      } else if (typeof cell === "string" && cell.trim() && parseTarget(cell).kind === "number")
        // a number written as text ("100,00 %") says the column writes text; a bound, a grade or
        // a note ("≤ 10", "81 (A)") is text because a number cannot hold it, and says nothing
        form.texts++;
    }
    t.forms.set(col, form);
  }
  return form;
}

function polarityText(p: Polarity, t: TargetTable): string {
  const col = t.columns.polarity as number;
  let english = false;
  for (let r = t.table.firstRow; r <= t.table.lastRow; r++) {
    if (/^(maximize|minimize|stabilize)/i.test(textAt(t.grid, r, col))) english = true;
  }
  const words: Record<Polarity, [string, string]> = {
    max: ["Maksimal", "Maximize"],
    min: ["Minimal", "Minimize"],
    stabilize: ["Stabil", "Stabilize"],
  };
  return words[p][english ? 1 : 0];
}
