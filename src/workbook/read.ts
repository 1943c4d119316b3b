/**
 * Grids in, a plan out (DESIGN.md §3): every table on every sheet, read by its layout — A (one
 * long table with a unit column), B (a sheet per unit), C (a matriks cascading, possibly
 * transposed), D (a unit hierarchy) — in any mix, with a detection summary saying for each sheet
 * what it was read as, or exactly why not.
 */
import { rangeA1 } from "../core/cells";
import type { SheetNote, SheetReason } from "../core/reasons";
import type { Plan, Unit } from "../core/model";
import { foldText, unitKey } from "../core/text";
import {
  applyHeaderOverride,
  columnMap,
  layoutOf,
  letters,
  noTableReason,
  profileTables,
  refuse,
} from "./columns";
import type { Grid } from "./grid";
import { withHeaderMemo } from "./headers";
import { readHierarchy } from "./layoutHierarchy";
import { readMatrix, settleMatrices, type MatrixInfo } from "./layoutMatrix";
import { mergeRencanaAksi, readIndicators } from "./layoutRows";
import { mergeRestated } from "./restated";
import type { Layout, MappingProfile, SheetMapping } from "./profile";
import { isSkpSheet, readSkp, type SkpReading } from "./skp";
import { isRoleMatrix, readRoleMatrices, type RoleAssignment } from "./skpFill";
import { PROFILE_SHEET } from "./profile";
import type { ColumnMap, Context, Sinks, TableReading } from "./reading";
import { findTables, MergeIndex, type DetectedTable } from "./tables";
import { sheetUnit, tableTitle, titleText, workbookYear } from "./titles";
import { splitKnownUnits, useHierarchyNames } from "./units";
import { RENCANA_AKSI, type Field } from "./vocabulary";

export type { ColumnMap } from "./reading";

export interface TableSummary {
  sheet: string;
  range: string;
  layout: Layout;
  unit: string | null;
  columns: Partial<
    Record<Field | "periods" | "realisasi" | "realisasiPeriods" | "capaian", string>
  >;
  rows: number;
  /** The rule that decided the layout. */
  layoutRule: LayoutRule;
  /** Layout B: the rule that named the unit. */
  unitRule?: UnitRule;
}

/**
 * Why a table has its layout: the profile; a unit column (A); no unit column, so a sheet per unit
 * (B); units across the top, a header under a matriks title, or units down the side with IKU across
 * (C); unit with parent unit or level columns (D).
 */
export type LayoutRule =
  | "profile"
  | "unitColumn"
  | "sheetPerUnit"
  | "unitsAcross"
  | "matrixTitle"
  | "transposed"
  | "hierarchyColumns";

/** How a sheet's unit was named: the profile, a "Unit Kerja:" line, a document title, a row that is a unit's name, or the sheet's name. */
export type UnitRule = "profile" | "unitLine" | "documentTitle" | "unitRow" | "sheetName";

export interface SheetSummary {
  sheet: string;
  status: "read" | "ignored" | "refused";
  /** Read as persons' SKP, an activity log or a Matriks Pembagian Peran (DESIGN.md §7). */
  kind?: "skp" | "log" | "roles";
  /** Layouts read on the sheet. */
  layouts: Layout[];
  unit: string | null;
  tables: number;
  /** Why the sheet was not read. */
  reason?: SheetReason;
  /** What reading it noted beside its tables (other target columns, whose matriks it is…). */
  notes: SheetNote[];
}

export interface ReadResult {
  plan: Plan;
  tables: TableSummary[];
  sheets: SheetSummary[];
  year?: number;
  /** Persons' SKP tables as read, for fill (the persons themselves are in plan.skp). */
  skp?: SkpReading;
  /** What the Matriks Pembagian Peran dan Hasil gives each staff member. */
  roles?: RoleAssignment[];
  /** Tables as detected, for writing back (fill appends inside them). */
  detected: Array<{
    table: DetectedTable;
    layout: Layout;
    unit: string | null;
    columns: ColumnMap;
  }>;
}

/** The plan being built and what the detection summary says, across sheets. */
interface ReadState extends Sinks {
  ctx: Context;
  tables: TableSummary[];
  sheets: SheetSummary[];
  detected: ReadResult["detected"];
  matrices: Array<MatrixInfo & { summary: SheetSummary }>;
  /** Sheets of persons' SKP and activity logs, read after the units' sheets. */
  skpGrids: Grid[];
  /** Matriks Pembagian Peran dan Hasil sheets, read against the SKP. */
  roleGrids: Grid[];
}

/**
 * The pipeline: for each sheet, find its tables (tables.ts) → classify their headers into columns
 * and a layout (columns.ts) → read the rows by layout (layoutRows, layoutMatrix, layoutHierarchy);
 * then, with every sheet read, resolve units and hierarchy (the matriks's own unit, unit names,
 * rule cells naming several units, Rencana Aksi rows).
 */
export function readWorkbook(grids: Grid[], profile: MappingProfile = { version: 1 }): ReadResult {
  return withHeaderMemo(() => readGrids(grids, profile));
}

function readGrids(grids: Grid[], profile: MappingProfile): ReadResult {
  const ctx: Context = {
    profile,
    locale: profile.locale ?? "id",
    targets: new Map(),
    textTargets: new Map(),
  };
  const visible = grids.filter((g) => g.sheet !== PROFILE_SHEET && g.state !== "veryHidden");
  ctx.year = profile.year ?? workbookYear(visible);
  const state: ReadState = {
    ctx,
    units: [],
    indicators: [],
    rules: [],
    rencanaAksi: new Set(),
    tables: [],
    sheets: [],
    detected: [],
    matrices: [],
    skpGrids: [],
    roleGrids: [],
  };
  for (const h of profile.hierarchy ?? []) {
    state.units.push({
      name: h.unit,
      level: h.level,
      parents: h.parent ? [{ name: h.parent, source: "profile" }] : [],
    });
  }
  for (const grid of visible) readSheet(grid, profile, state);

  const skp = readSkp(state.skpGrids, profile.standards);
  const roles = skp ? readRoleMatrices(state.roleGrids, skp.plan) : [];
  for (const g of state.roleGrids) {
    const summary = state.sheets.find((x) => x.sheet === g.sheet);
    const n = roles.filter((a) => a.cell.sheet === g.sheet).length;
    summary?.notes.push({ code: "note-role-matrix", results: n });
  }
  for (const s of skp?.sheets ?? []) {
    const summary = state.sheets.find((x) => x.sheet === s.sheet);
    if (!summary) continue;
    summary.kind = s.kind;
    summary.notes.push(
      s.kind === "skp"
        ? { code: "note-skp", persons: s.persons, rows: s.rows }
        : { code: "note-activity-log", persons: s.persons, activities: s.rows }
    );
  }
  const { units, indicators, rules } = state;
  settleMatrices(state.matrices, units, indicators);
  splitKnownUnits(rules, units, indicators);
  useHierarchyNames(units, indicators, rules);
  return {
    plan: {
      units,
      indicators: mergeRestated(mergeRencanaAksi(indicators, state.rencanaAksi), state.detected),
      rules,
      settings: {
        framework: profile.framework ?? guessFramework(state.detected),
        locale: ctx.locale,
        year: ctx.year,
        ...(profile.reportingDate || profile.capaian
          ? { monitoring: { reportingDate: profile.reportingDate, ...profile.capaian } }
          : {}),
      },
      ...(skp ? { skp: skp.plan } : {}),
    },
    tables: state.tables,
    sheets: state.sheets,
    ...(skp ? { skp, roles } : {}),
    year: ctx.year,
    detected: state.detected,
  };
}

/** One sheet: its tables read, or exactly why none was. */
function readSheet(grid: Grid, profile: MappingProfile, state: ReadState): void {
  const mapping = profile.sheets?.[grid.sheet] ?? {};
  const summary: SheetSummary = {
    sheet: grid.sheet,
    status: "ignored",
    layouts: [],
    unit: null,
    tables: 0,
    notes: [],
  };
  state.sheets.push(summary);
  if (mapping.ignore) {
    summary.reason = { code: "sheet-ignored-by-profile" };
    return;
  }
  // the findings sheet of the last check lists indicators and units: never read it as a table
  if (profile.findingsSheet && grid.sheet === profile.findingsSheet) {
    summary.reason = { code: "sheet-findings" };
    return;
  }
  // nor the coverage sheet: it is a matriks cascading in form, drawn from the other sheets
  if (profile.coverageSheet && grid.sheet === profile.coverageSheet) {
    summary.reason = { code: "sheet-coverage" };
    return;
  }
  if (grid.values.length === 0) {
    if (!drawnInShapes(grid, summary)) summary.reason = { code: "sheet-empty" };
    return;
  }
  // persons' SKP and activity logs are read by skp.ts, after every sheet
  if (!mapping.layout && isSkpSheet(grid)) {
    summary.status = "read";
    state.skpGrids.push(grid);
    return;
  }
  if (!mapping.layout && isRoleMatrix(grid)) {
    summary.status = "read";
    summary.kind = "roles";
    state.roleGrids.push(grid);
    return;
  }
  const detectedTables = applyHeaderOverride(findTables(grid), mapping);
  const found = profileTables(grid, mapping, detectedTables) ?? detectedTables;
  const refusal = mapping.columns?.indicator ? undefined : refuse(grid, found);
  if (refusal) {
    summary.status = "refused";
    summary.reason = refusal;
    return;
  }
  const sheet: SheetContext = {
    grid,
    mapping,
    summary,
    merges: new MergeIndex(grid.merges),
    titleUnit: mapping.unit
      ? { name: mapping.unit, from: "profile" }
      : sheetUnit(grid, found[0]?.headerTop ?? grid.top + grid.values.length),
    rencanaAksi: titleText(grid, found[0]?.headerTop ?? grid.top).some((t) =>
      RENCANA_AKSI.test(foldText(t))
    ),
  };
  const emptyTables: number[] = [];
  for (const table of found) {
    const gave = readTable(table, sheet, state);
    if (gave === true) summary.tables++;
    else if (gave === false) emptyTables.push(table.headerTop);
  }
  if (summary.tables > 0) {
    summary.status = "read";
    summary.layouts = [...new Set(summary.layouts)];
  } else if (!drawnInShapes(grid, summary)) {
    summary.layouts = [];
    summary.unit = null;
    summary.reason =
      emptyTables.length > 0
        ? { code: "sheet-tables-without-rows", rows: emptyTables }
        : noTableReason(grid, found);
  }
}

/** A sheet being read: what every table on it shares. */
interface SheetContext {
  grid: Grid;
  mapping: SheetMapping;
  summary: SheetSummary;
  merges: MergeIndex;
  /** The unit of a layout-B sheet, and the rule that named it. */
  titleUnit: ReturnType<typeof sheetUnit>;
  /** The sheet's title says Rencana Aksi: its tables give periods to the PK rows. */
  rencanaAksi: boolean;
}

/**
 * One table, read by its layout. True when it gave something (rows, marks or units), false when
 * it gave nothing, undefined when it fits no layout: a sheet is "read" only when a table gave.
 */
function readTable(
  table: DetectedTable,
  sheet: SheetContext,
  state: ReadState
): boolean | undefined {
  const { grid, mapping, summary, titleUnit } = sheet;
  const columns = columnMap(table, mapping, state.ctx, summary);
  const decided = mapping.layout
    ? { layout: mapping.layout, rule: "profile" as const }
    : layoutOf(table, columns);
  if (!decided) return undefined;
  const { layout } = decided;
  const unit = layout === "B" ? titleUnit.name : null;
  const reading: TableReading = { grid, merges: sheet.merges, table, columns, ctx: state.ctx };
  const before = {
    rows: state.indicators.length,
    rules: state.rules.length,
    units: state.units.length,
  };
  if (layout === "D") readHierarchy(reading, state.units);
  else if (layout === "C") state.matrices.push({ ...readMatrix(reading, state.rules), summary });
  else {
    const ra =
      sheet.rencanaAksi || tableTitle(grid, table).some((t) => RENCANA_AKSI.test(foldText(t)));
    readIndicators(reading, layout, unit, ra, state);
    if (layout === "B") addSheetUnit(state.units, titleUnit);
  }
  summary.layouts.push(layout);
  if (unit) summary.unit = unit;
  const rows = state.indicators.length - before.rows;
  state.tables.push({
    sheet: grid.sheet,
    range: rangeA1(
      table.headerTop,
      table.left,
      Math.max(table.lastRow, table.headerBottom),
      table.right
    ),
    layout,
    unit,
    columns: letters(columns),
    rows: layout === "A" || layout === "B" ? rows : table.lastRow - table.firstRow + 1,
    layoutRule: decided.rule,
    ...(unit ? { unitRule: titleUnit.from } : {}),
  });
  state.detected.push({ table, layout, unit, columns });
  if (layout === "C") return state.rules.length > before.rules;
  if (layout === "D") return state.units.length > before.units;
  return rows > 0;
}

/** A layout-B sheet's unit, with the superior its title rows name. */
function addSheetUnit(units: Unit[], titleUnit: ReturnType<typeof sheetUnit>): void {
  if (units.some((u) => unitKey(u.name) === unitKey(titleUnit.name))) return;
  units.push({
    name: titleUnit.name,
    cell: titleUnit.cell,
    parents: titleUnit.parent
      ? [{ name: titleUnit.parent, source: "pk", cell: titleUnit.cell }]
      : [],
  });
}

/**
 * A sheet whose content is drawn in shapes (a pohon kinerja of text boxes and connectors) is
 * listed as such and kept intact, never half-read (DESIGN.md §3).
 */
function drawnInShapes(grid: Grid, summary: SheetSummary): boolean {
  const shapes = grid.shapes ?? 0;
  if (shapes < 3) return false;
  summary.status = "refused";
  summary.layouts = [];
  summary.unit = null;
  summary.reason = { code: "sheet-drawn-in-shapes", shapes };
  return true;
}

/** RHK and Intervensi are PermenPAN-RB's words; IKU, Direct/Indirect and Konsolidasi Kemenkeu's. */
function guessFramework(detected: ReadResult["detected"]): "kemenkeu" | "permenpan" {
  const permenpan = detected.some((d) =>
    d.table.columns.some((c) => /\b(rhk|intervensi|diintervensi)\b/.test(foldText(c.label)))
  );
  return permenpan ? "permenpan" : "kemenkeu";
}
