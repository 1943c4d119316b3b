/**
 * Grids in, a plan out (DESIGN.md §3): every table on every sheet, read by its layout — A (one
 * long table with a unit column), B (a sheet per unit), C (a matriks cascading, possibly
 * transposed), D (a unit hierarchy) — in any mix, with a detection summary saying for each sheet
 * what it was read as, or exactly why not.
 */
import { a1, columnLetters, columnNumber } from "../core/cells";
import { readCascadeMark } from "../core/infer";
import type {
  CascadeRule,
  CellRef,
  Consolidation,
  Indicator,
  Plan,
  Polarity,
  RowLink,
  Unit,
} from "../core/model";
import { foldText, looksLikeCode, normalizeCode, unitKey } from "../core/text";
import type { TargetValue } from "../core/target";
import { parseTarget } from "../core/values";
import { cellKey, isBlank, textAt, valueAt, type CellValue, type Grid } from "./grid";
import type { Layout, MappingProfile, SheetMapping } from "./profile";
import { PROFILE_SHEET } from "./profile";
import {
  columnOf,
  findTables,
  isColumnNumberRow,
  MergeIndex,
  mergedText,
  columnBlockRow,
  tableFromMapping,
  type ColumnInfo,
  type DetectedTable,
} from "./tables";
import {
  ADDITIONAL_BLOCK,
  looksLikeUnitName,
  PK_TITLE,
  RENCANA_AKSI,
  TOTAL_ROW,
  UNIT_TITLE,
  YEAR,
  type Field,
} from "./vocabulary";
import { classifyHeader, forgetHeaderTexts } from "./headers";
import { RowCells, withCells } from "./rowCells";

export interface TableSummary {
  sheet: string;
  range: string;
  layout: Layout;
  unit: string | null;
  columns: Partial<Record<Field | "periods", string>>;
  rows: number;
}

export interface SheetSummary {
  sheet: string;
  status: "read" | "ignored" | "refused";
  /** Layouts read on the sheet. */
  layouts: Layout[];
  unit: string | null;
  tables: number;
  /** Why the sheet was not read, or what was left aside (other target years…). */
  reason?: string;
  notes: string[];
}

export interface ReadResult {
  plan: Plan;
  tables: TableSummary[];
  sheets: SheetSummary[];
  year?: number;
  /** Tables as detected, for writing back (fill appends inside them). */
  detected: Array<{
    table: DetectedTable;
    layout: Layout;
    unit: string | null;
    columns: ColumnMap;
  }>;
}

export type ColumnMap = Partial<Record<Field, number>> & { periods?: number[] };

interface Context {
  profile: MappingProfile;
  locale: "id" | "en";
  year?: number;
  /** Parsed targets by cell content (numbers, or value + format), for this read. */
  targets: Map<string | number | boolean | null, TargetValue>;
  /** Parsed targets of plain text cells (kept apart: "12" the text is not 12 the number). */
  textTargets: Map<string | number | boolean | null, TargetValue>;
}

export function readWorkbook(grids: Grid[], profile: MappingProfile = { version: 1 }): ReadResult {
  const ctx: Context = {
    profile,
    locale: profile.locale ?? "id",
    targets: new Map(),
    textTargets: new Map(),
  };
  const visible = grids.filter((g) => g.sheet !== PROFILE_SHEET && g.state !== "veryHidden");
  ctx.year = profile.year ?? workbookYear(visible);
  const units: Unit[] = [];
  const indicators: Indicator[] = [];
  const rules: CascadeRule[] = [];
  const rencanaAksi = new Set<Indicator>();
  const tables: TableSummary[] = [];
  const sheets: SheetSummary[] = [];
  const detected: ReadResult["detected"] = [];
  const matrices: Array<MatrixInfo & { summary: SheetSummary }> = [];

  for (const h of profile.hierarchy ?? []) {
    units.push({
      name: h.unit,
      level: h.level,
      parents: h.parent ? [{ name: h.parent, source: "profile" }] : [],
    });
  }

  for (const grid of visible) {
    const mapping = profile.sheets?.[grid.sheet] ?? {};
    const summary: SheetSummary = {
      sheet: grid.sheet,
      status: "ignored",
      layouts: [],
      unit: null,
      tables: 0,
      notes: [],
    };
    sheets.push(summary);
    if (mapping.ignore) {
      summary.reason = "diabaikan menurut profil / ignored by the profile";
      continue;
    }
    // the findings sheet of the last check lists indicators and units: never read it as a table
    if (profile.findingsSheet && grid.sheet === profile.findingsSheet) {
      summary.reason = "lembar temuan Selaras / Selaras findings sheet";
      continue;
    }
    if (grid.values.length === 0) {
      if (drawnInShapes(grid, summary)) continue;
      summary.reason = "lembar kosong / empty sheet";
      continue;
    }
    const merges = new MergeIndex(grid.merges);
    const detectedTables = applyHeaderOverride(findTables(grid), mapping);
    const found = profileTables(grid, mapping, detectedTables) ?? detectedTables;
    const refusal = mapping.columns?.indicator ? undefined : refuse(grid, found);
    if (refusal) {
      summary.status = "refused";
      summary.reason = refusal;
      continue;
    }
    const titleUnit = mapping.unit
      ? ({ name: mapping.unit } as ReturnType<typeof sheetUnit>)
      : sheetUnit(grid, found[0]?.headerTop ?? grid.top + grid.values.length);
    const sheetIsRencanaAksi = titleText(grid, found[0]?.headerTop ?? grid.top).some((t) =>
      RENCANA_AKSI.test(foldText(t))
    );
    let tablesRead = 0;
    const emptyTables: number[] = [];
    for (const table of found) {
      const columns = columnMap(table, mapping, ctx, summary);
      const layout = mapping.layout ?? layoutOf(table, columns);
      if (!layout) continue;
      const unit = layout === "B" ? titleUnit.name : null;
      const before = indicators.length;
      const rulesBefore = rules.length;
      const unitsBefore = units.length;
      if (layout === "D") readHierarchy(grid, merges, table, columns, units);
      else if (layout === "C")
        matrices.push({ ...readMatrix(grid, merges, table, columns, rules, ctx), summary });
      else {
        const ra =
          sheetIsRencanaAksi || tableTitle(grid, table).some((t) => RENCANA_AKSI.test(foldText(t)));
        readIndicators(
          grid,
          merges,
          table,
          columns,
          layout,
          unit,
          ctx,
          { indicators, rules, units, rencanaAksi },
          ra
        );
        if (layout === "B" && !units.some((u) => unitKey(u.name) === unitKey(unit as string))) {
          units.push({
            name: unit as string,
            cell: titleUnit.cell,
            parents: titleUnit.parent
              ? [{ name: titleUnit.parent, source: "pk", cell: titleUnit.cell }]
              : [],
          });
        }
      }
      // a sheet is "read" only when a table gave something: rows, marks or units
      const gave =
        layout === "C"
          ? rules.length > rulesBefore
          : layout === "D"
            ? units.length > unitsBefore
            : indicators.length > before;
      if (gave) tablesRead++;
      else emptyTables.push(table.headerTop);
      summary.layouts.push(layout);
      if (unit) summary.unit = unit;
      tables.push({
        sheet: grid.sheet,
        range: `${a1(table.headerTop, table.left)}:${a1(Math.max(table.lastRow, table.headerBottom), table.right)}`,
        layout,
        unit,
        columns: letters(columns),
        rows:
          layout === "A" || layout === "B"
            ? indicators.length - before
            : table.lastRow - table.firstRow + 1,
      });
      detected.push({ table, layout, unit, columns });
    }
    summary.tables = tablesRead;
    if (tablesRead > 0) {
      summary.status = "read";
      summary.layouts = [...new Set(summary.layouts)];
    } else if (!drawnInShapes(grid, summary)) {
      summary.layouts = [];
      summary.unit = null;
      summary.reason =
        emptyTables.length > 0
          ? `tabel di baris ${emptyTables.join(", ")} tidak berisi baris indikator / the table at row ${emptyTables.join(", ")} holds no indicator rows`
          : noTableReason(grid, found);
    }
  }

  settleMatrices(matrices, units, indicators);
  splitKnownUnits(rules, units, indicators);
  useHierarchyNames(units, indicators, rules);
  forgetHeaderTexts();
  return {
    plan: {
      units,
      indicators: mergeRencanaAksi(indicators, rencanaAksi),
      rules,
      settings: {
        framework: profile.framework ?? guessFramework(detected),
        locale: ctx.locale,
        year: ctx.year,
      },
    },
    tables,
    sheets,
    year: ctx.year,
    detected,
  };
}

/**
 * A unit is shown by the name its hierarchy sheet (or the profile) gives it, not the upper-case
 * title of its PK ("KEPALA BADAN …" is "Badan …").
 */
function useHierarchyNames(units: Unit[], indicators: Indicator[], rules: CascadeRule[]): void {
  const names = new Map<string, string>();
  for (const u of units)
    if (u.fromHierarchy && !names.has(unitKey(u.name))) names.set(unitKey(u.name), u.name);
  if (names.size === 0) return;
  const rename = (n: string) => names.get(unitKey(n)) ?? n;
  for (const u of units) {
    u.name = rename(u.name);
    for (const p of u.parents ?? []) p.name = rename(p.name);
    delete u.fromHierarchy;
  }
  for (const r of indicators) r.unit = rename(r.unit);
  for (const r of rules) {
    r.child = rename(r.child);
    if (r.parentUnit) r.parentUnit = rename(r.parentUnit);
  }
}

// ---------------------------------------------------------------------------------------------
// sheets and titles

function titleText(grid: Grid, before: number): string[] {
  const out: string[] = [];
  for (let r = grid.top; r < before && r < grid.top + 40; r++) {
    const row = grid.values[r - grid.top] ?? [];
    const texts = row
      .filter((v): v is string => typeof v === "string" && v.trim() !== "")
      .map((v) => v.trim());
    if (texts.length > 0) out.push(texts.join(" "));
  }
  return out;
}

/** Title rows just above one table (between the previous table and this one). */
function tableTitle(grid: Grid, table: DetectedTable): string[] {
  const out: string[] = [];
  for (let r = table.headerTop - 1; r >= grid.top && r >= table.headerTop - 4; r--) {
    const t = (grid.values[r - grid.top] ?? [])
      .filter((v) => typeof v === "string")
      .join(" ")
      .trim();
    if (t) out.push(t);
  }
  return out;
}

/**
 * Layout B: the unit named by the first title row that names one — "Unit Kerja: …", the words
 * between the last "PERJANJIAN KINERJA" (or "RENCANA AKSI") and "TAHUN", or a row that is only a
 * unit or position name — else the sheet name.
 */
function sheetUnit(
  grid: Grid,
  headerTop: number
): { name: string; cell?: CellRef; parent?: string } {
  let parent: string | undefined;
  for (let r = grid.top; r < headerTop && r < grid.top + 40; r++) {
    const row = grid.values[r - grid.top] ?? [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== "string" || !v.trim()) continue;
      const text = v.replace(/\s+/g, " ").trim();
      const superior = /^(atasan|pihak kedua|atasan langsung)\s*:\s*(.+)$/i.exec(text);
      if (superior) parent = superior[2].trim();
    }
  }
  for (let r = grid.top; r < headerTop && r < grid.top + 40; r++) {
    const row = grid.values[r - grid.top] ?? [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== "string" || !v.trim()) continue;
      const cell = { sheet: grid.sheet, cell: a1(r, grid.left + i) };
      const text = v.replace(/\s+/g, " ").trim();
      const titled = UNIT_TITLE.exec(text);
      if (titled) return { name: titled[2].trim(), cell, parent };
      const named = DOCUMENT_TITLE.exec(text);
      const between = named?.[1]?.trim();
      if (between && between.length > 2 && !NOT_A_UNIT.test(between)) {
        return { name: cleanUnit(between), cell, parent };
      }
      if (
        looksLikeUnitName(text) &&
        !PK_TITLE.test(foldText(text)) &&
        text.length <= 100 &&
        !/\bselaku\b/i.test(text)
      ) {
        return { name: cleanUnit(text), cell, parent };
      }
    }
  }
  return { name: grid.sheet.slice(0, 31), parent };
}

/**
 * A document title naming its unit: the words after "PERJANJIAN KINERJA", "RENCANA AKSI",
 * "TARGET KINERJA", "INDIKATOR KINERJA UTAMA (IKU)" or "IKU", up to "TAHUN" or the end.
 */
const DOCUMENT_TITLE =
  /^(?:.*\b)?(?:perjanjian kinerja(?:\s+perubahan)?|rencana aksi|target kinerja|indikator kinerja utama(?:\s*\(iku\))?|indikator mutu(?:\s+(?:kars|nasional|prioritas|unit))?|iku|rencana kinerja tahunan(?:\s*\(rkt\))?)\s+(?!tahun\b)(.+?)(?:\s+(?:tahun|ta|periode)\b.*)?$/i;
/** What such a title may hold instead of a unit. */
const NOT_A_UNIT = /^(tahun|pk|iku|perubahan|\(?iku\)?|\d[\d\s\-–/]*|lampiran|ini|dan\b.*)$/i;

function cleanUnit(s: string): string {
  return s
    .replace(/[:,.]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function workbookYear(grids: Grid[]): number | undefined {
  for (const g of grids) {
    for (const t of titleText(g, g.top + 15)) {
      const m =
        /\btahun\s+(?:anggaran\s+)?(20\d\d)\b/i.exec(t) ??
        (PK_TITLE.test(foldText(t)) ? YEAR.exec(t) : null);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/** RHK and Intervensi are PermenPAN-RB's words; IKU, Direct/Indirect and Konsolidasi Kemenkeu's. */
function guessFramework(detected: ReadResult["detected"]): "kemenkeu" | "permenpan" {
  const permenpan = detected.some((d) =>
    d.table.columns.some((c) => /\b(rhk|intervensi|diintervensi)\b/.test(foldText(c.label)))
  );
  return permenpan ? "permenpan" : "kemenkeu";
}

// ---------------------------------------------------------------------------------------------
// tables → layouts and columns

/**
 * The profile always wins: a sheet whose indicator column the profile maps is read as mapped when
 * detection found no table holding that column (it refused the sheet, or took the column for a
 * never-field).
 */
function profileTables(
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
  summary.reason = `pohon kinerja dalam bentuk gambar: isi lembar digambar dengan ${shapes} bentuk (kotak teks, garis), tidak dibaca dan dibiarkan utuh / a pohon kinerja drawn as a picture: the sheet's content is ${shapes} shapes (text boxes, connectors), not read and kept intact`;
  return true;
}

/** The profile's header row: tables above it are not the user's. */
function applyHeaderOverride(found: DetectedTable[], mapping: SheetMapping): DetectedTable[] {
  const from = mapping.headerRow;
  return from ? found.filter((t) => t.headerTop >= from) : found;
}

/** A sheet drawn as a cascade tree in column blocks: several indicator columns side by side. */
function refuse(grid: Grid, found: DetectedTable[]): string | undefined {
  const blocks = columnBlockRow(grid);
  if (
    blocks !== undefined &&
    !found.some((t) => t.headerTop === blocks && t.unitHeaders.length >= 2)
  ) {
    return `baris ${blocks} memuat beberapa judul "Indikator" berdampingan: pohon cascading dalam blok kolom, tidak dibaca sebagian / row ${blocks} holds several "Indikator" headers side by side: a cascade tree in column blocks, not half-read`;
  }
  for (const t of found) {
    const indicatorCols = t.columns.filter(
      (c) => c.field === "indicator" && !looksLikeCode(c.label.split(" / ").pop() ?? "")
    );
    if (indicatorCols.length >= 3 && t.unitHeaders.length === 0) {
      return `beberapa kolom indikator berdampingan (${indicatorCols.map((c) => columnLetters(c.col)).join(", ")}): pohon cascading dalam blok kolom, tidak dibaca sebagian / several indicator columns side by side (${indicatorCols.map((c) => columnLetters(c.col)).join(", ")}): a cascade tree in column blocks, not half-read`;
    }
  }
  return undefined;
}

function layoutOf(table: DetectedTable, columns: ColumnMap): Layout | undefined {
  const hasIndicator = columns.indicator !== undefined;
  if (
    !hasIndicator &&
    columns.unit !== undefined &&
    (columns.parentUnit !== undefined || columns.level !== undefined)
  )
    return "D";
  // units across the top: a matriks cascading (one unit column is enough when no target column is there)
  if (
    table.unitHeaders.length >= 2 ||
    (table.unitHeaders.length === 1 && columns.target === undefined)
  )
    return "C";
  if (transposedMatrix(table)) return "C";
  if (!hasIndicator) return undefined;
  return columns.unit !== undefined ? "A" : "B";
}

/** Units down the side, IKU codes across the top. */
function transposedMatrix(table: DetectedTable): boolean {
  if (table.ikuHeaders?.length) return true;
  const unit = columnOf(table, "unit");
  const codeHeaders = table.columns.filter(
    (c) => c.field === "indicator" && looksLikeCode(c.label.split(" / ").pop() ?? "")
  );
  return unit !== undefined && codeHeaders.length >= 2;
}

/** One column per field: the profile's letters first; for targets, the PK/Renja of the year. */
function columnMap(
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
        summary.notes.push(
          `kolom target lain / other target columns: ${others.map((c) => `${columnLetters(c.col)} "${c.label}"`).join(", ")}; dipakai / used: ${columnLetters(chosen.col)} "${chosen.label}"`
        );
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
  for (const [field, letter] of Object.entries(mapping.columns ?? {})) {
    if (letter) map[field as Field] = columnNumber(letter);
  }
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
  const periods = table.columns.filter((c) => c.field === "period" && c.meaning.period);
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

function letters(map: ColumnMap): TableSummary["columns"] {
  const out: TableSummary["columns"] = {};
  for (const [k, v] of Object.entries(map)) {
    if (k === "periods") out.periods = (v as number[]).map(columnLetters).join(",");
    else if (typeof v === "number") out[k as Field] = columnLetters(v);
  }
  return out;
}

function noTableReason(grid: Grid, found: DetectedTable[]): string {
  if (found.length > 0) {
    const t = found[0];
    return `tabel di baris ${t.headerTop} tidak punya kolom indikator / the table at row ${t.headerTop} has no indicator column; kolom / columns: ${t.columns.map((c) => `"${c.label}"`).join(", ")}`;
  }
  const seen = headersSeen(grid);
  return `tidak ditemukan kolom indikator di lembar '${grid.sheet}' / no indicator column found in sheet '${grid.sheet}'; header terlihat / headers seen: ${seen.length > 0 ? seen.map((h) => `"${h}"`).join(", ") : "(tidak ada / none)"}`;
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

// ---------------------------------------------------------------------------------------------
// layout A and B: indicator rows

interface Sinks {
  indicators: Indicator[];
  rules: CascadeRule[];
  units: Unit[];
  /** Rows read from a Rencana Aksi table: merged into their PK row afterwards. */
  rencanaAksi: Set<Indicator>;
}

const CARRY: Field[] = ["no", "goal", "objective", "unit", "parentUnit", "level"];

function readIndicators(
  grid: Grid,
  merges: MergeIndex,
  table: DetectedTable,
  columns: ColumnMap,
  layout: Layout,
  sheetUnitName: string | null,
  ctx: Context,
  sinks: Sinks,
  rencanaAksi: boolean
): void {
  const ref = (row: number, col: number | undefined): CellRef | undefined =>
    col === undefined ? undefined : { sheet: grid.sheet, cell: a1(row, col) };
  const carried: Partial<Record<Field, string>> = {};
  let objective: string | undefined;
  let additional = false;
  const targetHeader = table.columns.find((c) => c.col === columns.target)?.meaning;
  // "Kode IKU Atasan", "No. IKU Atasan": every value is a code, whatever its shape
  const linkByCode =
    columns.parentLink !== undefined &&
    CODE_HEADER.test(foldText(table.columns.find((c) => c.col === columns.parentLink)?.label));
  const periodCols = columns.periods;
  const periodKind = periodCols ? periodKindOf(table, periodCols[0]) : undefined;
  const periodsCumulative = periodCols
    ? table.columns.find((c) => c.col === periodCols[0])?.meaning.period?.cumulative || undefined
    : undefined;
  const unitsSeen = new Set<string>();
  const unitCol = layout === "A" ? columns.unit : undefined;
  let carriedFor = "";
  /** A cell's text through merges, unless the merge starts in a row of another unit. */
  const textInUnit = (r: number, col: number): string => {
    const m = unitCol === undefined ? undefined : merges.at(r, col);
    if (m && m.top < r) {
      const owner = unitKey(mergedText(grid, merges, m.top, unitCol as number));
      if (owner && owner !== carriedFor) return "";
    }
    return mergedText(grid, merges, r, col);
  };
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (isColumnNumberRow(grid, r, table.left, table.right)) continue;
    // carry-down stops at a unit boundary: in a long table a blank or merged Sasaran (or Tujuan,
    // or No) repeats only within its unit (DESIGN.md §3)
    if (unitCol !== undefined) {
      const u = mergedText(grid, merges, r, unitCol);
      if (u) carried.unit = u;
      const key = unitKey(carried.unit);
      if (key !== carriedFor) {
        carriedFor = key;
        delete carried.no;
        delete carried.goal;
        delete carried.objective;
        objective = undefined;
      }
    }
    for (const f of CARRY) {
      const col = columns[f];
      if (col === undefined || f === "unit") continue;
      const t = textInUnit(r, col);
      if (t) carried[f] = t;
    }
    const indCol = columns.indicator as number;
    const m = merges.at(r, indCol);
    if (m && m.top !== r) continue; // the rest of a merged indicator cell: the same row
    let name = textAt(grid, r, indCol);
    // most names need no respacing: test before building a new string
    if (ODD_SPACING.test(name)) name = name.replace(/\s+/g, " ").trim();
    // a "Kinerja Tambahan" heading: in the indicator cell, or alone on a row without an indicator
    if (name && ADDITIONAL_BLOCK.test(foldText(name))) {
      additional = true;
      continue;
    }
    const rowText =
      name && !isColumnNumberText(name) ? [] : rowTexts(grid, r, table.left, table.right);
    if (rowText.some((t) => ADDITIONAL_BLOCK.test(foldText(t)))) {
      additional = true;
      continue;
    }
    const objectiveHere = columns.objective !== undefined ? textInUnit(r, columns.objective) : "";
    if (objectiveHere) objective = objectiveHere;
    if (!name || isColumnNumberText(name)) {
      // a section row: "Sasaran Strategis 1: …" across the table sets the objective below it
      const section = rowText.find((t) => /^(sasaran|ss\s*\d|tujuan)/i.test(t));
      if (section && !objectiveHere)
        objective = section.replace(/^[^:]*:\s*/, "").trim() || section;
      continue;
    }
    if (TOTAL_ROW.test(foldText(name))) continue;
    const unit = layout === "A" ? (carried.unit ?? "") : (sheetUnitName as string);
    if (!unit) continue;
    const id = `${grid.sheet}!${r}`;
    let target = cellTarget(grid, r, columns.target, ctx);
    let targetInferred = false;
    if (columns.target === undefined) {
      const bracket = /^(.*\S)\s*\(([^()]*\d[^()]*)\)\s*$/.exec(name);
      if (bracket) {
        const t = parseTarget(bracket[2], { locale: ctx.locale });
        if (t.kind === "number" || t.kind === "bound" || t.kind === "range") {
          name = bracket[1];
          target = t;
          targetInferred = true;
        }
      }
    }
    const satuanText =
      columns.satuan !== undefined ? mergedText(grid, merges, r, columns.satuan) : "";
    // a narrative line under the table ("Faktor pendorong …", "Tindak lanjut …") in a table that
    // has satuan or target columns, with neither: text, not an indicator
    if (
      !satuanText &&
      target.kind === "empty" &&
      (columns.satuan !== undefined || columns.target !== undefined) &&
      NARRATIVE.test(foldText(name)) &&
      !periodCols?.some((c) => !isBlank(valueAt(grid, r, c)))
    )
      continue;
    const weight = columns.weight !== undefined ? cellTarget(grid, r, columns.weight, ctx) : EMPTY;
    const denominator =
      columns.denominator !== undefined ? cellTarget(grid, r, columns.denominator, ctx) : EMPTY;
    const pol = polarityValue(textAt(grid, r, columns.polarity ?? -1));
    const cons = consolidationValue(textAt(grid, r, columns.consolidation ?? -1));
    const typeText =
      columns.cascadeType !== undefined ? mergedText(grid, merges, r, columns.cascadeType) : "";
    const links =
      columns.parentLink !== undefined
        ? splitList(textAt(grid, r, columns.parentLink)).map((p): RowLink => ({
            parent: p,
            type: typeText || undefined,
            byCode: linkByCode || undefined,
            cell: ref(r, columns.parentLink),
          }))
        : [];
    // every row gets every property at once, in one order: one object shape for 100 000 rows
    // keeps the check's property reads fast (absent facts are undefined, as before)
    const row: Indicator = {
      id,
      unit,
      code: textOrUndefined(grid, r, columns.code) ?? numberingCode(grid, r, columns),
      name,
      objective: objective ?? carried.objective,
      satuan: satuanText || targetHeader?.satuan || undefined,
      target,
      periods: periodCols ? periodCols.map((c) => cellTarget(grid, r, c, ctx)) : undefined,
      periodKind,
      periodsCumulative,
      polarity: pol ? { value: pol, stated: true } : undefined,
      consolidation: cons ? { value: cons, stated: true } : undefined,
      weight: weight.kind !== "empty" ? weight : undefined,
      denominator: denominator.kind !== "empty" ? denominator : undefined,
      links: links.length > 0 ? links : undefined,
      cascadeType: typeText || undefined,
      additional: additional || undefined,
      targetInferred: targetInferred || undefined,
      cells: new RowCells(grid.sheet, r, columns, targetInferred),
    };
    if (columns.rule !== undefined) {
      for (const entry of splitUnits(textAt(grid, r, columns.rule))) {
        const typed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(entry);
        sinks.rules.push({
          parent: row.code ?? row.name,
          parentUnit: unit,
          parentId: id,
          child: typed ? typed[1] : entry,
          type: typed ? typed[2] : typeText || undefined,
          source: "rule",
          cell: ref(r, columns.rule),
        });
      }
    }
    if (rencanaAksi) sinks.rencanaAksi.add(row);
    sinks.indicators.push(row);
    if (layout === "A" && !unitsSeen.has(unitKey(unit))) {
      unitsSeen.add(unitKey(unit));
      const parentName = carried.parentUnit;
      sinks.units.push({
        name: unit,
        level: carried.level,
        code: textOrUndefined(grid, r, columns.unitCode),
        parents: parentName
          ? [{ name: parentName, source: "column", cell: ref(r, columns.parentUnit) }]
          : [],
      });
    }
  }
}

/** How notes under a table begin (after an optional number): not indicators. */
const NARRATIVE =
  /^(\d+\s+)?(faktor|tindak lanjut|catatan|keterangan|hambatan|kendala|permasalahan|masalah|upaya|solusi|penjelasan|kesimpulan|note|notes)\b/;

/** A header naming codes: Kode, Code, No. (IKU), Nomor. */
const CODE_HEADER = /\b(kode|code|no|nomor)\b/;

/** Whitespace other than single spaces: line breaks, tabs, no-break spaces, double spaces. */
const ODD_SPACING = /[^\S ]| {2}/;

function rowTexts(grid: Grid, row: number, left: number, right: number): string[] {
  const out: string[] = [];
  for (let c = left; c <= right; c++) {
    const v = valueAt(grid, row, c);
    if (typeof v === "string" && v.trim()) out.push(v.trim());
  }
  return out;
}

function isColumnNumberText(t: string): boolean {
  return /^\(?\d{1,3}\)?$/.test(t);
}

/**
 * With no code column, a No column numbered as a pohon kinerja ("1.1.", "1.2.1.") gives the
 * codes; plain numbering (1, 2, 3) does not.
 */
function numberingCode(grid: Grid, row: number, columns: ColumnMap): string | undefined {
  if (columns.code !== undefined || columns.no === undefined) return undefined;
  const t = textAt(grid, row, columns.no);
  return /\d[.,]\s*\d/.test(t) && looksLikeCode(t) ? t : undefined;
}

function textOrUndefined(grid: Grid, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const t = textAt(grid, row, col);
  return t || undefined;
}

/**
 * Targets repeat across thousands of rows ("100", 95, "-"): each distinct cell content (with its
 * number format) is parsed once per read. Target values are never mutated, so sharing is safe.
 */
function cellTarget(grid: Grid, row: number, col: number | undefined, ctx: Context): TargetValue {
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

const EMPTY: TargetValue = parseTarget(null);

function periodKindOf(table: DetectedTable, col: number): Indicator["periodKind"] {
  return table.columns.find((c) => c.col === col)?.meaning.period?.kind;
}

/** Several parents in one cell: separated by ";" or line breaks (names themselves hold "," and "dan"). */
function splitList(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|\r)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Units named in a rule cell: separated by ";" or line breaks, or by commas and "dan" when every
 * part is a unit name of its own ("Bidang A, Bidang B dan Bidang C", "Bagian Umum, Bagian
 * Keuangan (P 40 %)"); "Bidang Pengadaan, Pemberhentian, Mutasi dan Promosi" is one unit whose
 * name lists its functions. Parts that are known units are split later (splitKnownUnits).
 */
function splitUnits(text: string): string[] {
  return splitList(text).flatMap((s) => {
    // a new unit starts at each part that is a unit name; other parts continue the one before
    const pieces = s.split(UNIT_SEPARATOR);
    if (!looksLikeUnitName(pieces[0])) return [s];
    const out: string[] = [pieces[0]];
    for (let i = 1; i + 1 < pieces.length; i += 2) {
      const part = pieces[i + 1];
      if (looksLikeUnitName(withoutBracket(part))) out.push(part);
      else out[out.length - 1] += pieces[i] + part;
    }
    return out.map((p) => p.trim()).filter((p) => p.length > 0);
  });
}

/** Commas, "&" and "dan" between unit names (kept when splitting, outside brackets). */
const UNIT_SEPARATOR = /(\s*,\s*|\s*&\s*|\s+dan\s+)(?![^()]*\))/i;

function unitParts(s: string): string[] {
  return s
    .split(UNIT_SEPARATOR)
    .filter((_, i) => i % 2 === 0)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function withoutBracket(s: string): string {
  return s.replace(/\s*\([^()]*\)\s*$/, "");
}

/** A rule naming "Bagian Umum, Subbagian Keuangan" where each part is a unit the workbook knows. */
function splitKnownUnits(rules: CascadeRule[], units: Unit[], indicators: Indicator[]): void {
  const known = new Set([
    ...units.map((u) => unitKey(u.name)),
    ...indicators.map((r) => unitKey(r.unit)),
  ]);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.source !== "rule" || known.has(unitKey(rule.child))) continue;
    const parts = unitParts(rule.child);
    if (parts.length < 2 || !parts.every((p) => known.has(unitKey(p)))) continue;
    rules.splice(i, 1, ...parts.map((child) => ({ ...rule, child })));
    i += parts.length - 1;
  }
}

function polarityValue(text: string): Polarity | undefined {
  const t = foldText(text);
  if (!t) return undefined;
  if (/^(max|maks|maksimal|maximize|maksimum|naik|positif|higher is better)/.test(t)) return "max";
  if (/^(min|minimal|minimize|minimum|turun|negatif|lower is better)/.test(t)) return "min";
  if (/^(stabil|stabilize|stable)/.test(t)) return "stabilize";
  return undefined;
}

function consolidationValue(text: string): Consolidation | undefined {
  const t = foldText(text);
  if (!t) return undefined;
  if (/^(sum|jumlah|total|akumulasi)/.test(t)) return "sum";
  if (/^(average|rata|avg|mean)/.test(t)) return "average";
  if (/^(take last known|last|nilai terakhir|terakhir)/.test(t)) return "last";
  return undefined;
}

/**
 * An indicator in a unit's PK and again in its Rencana Aksi is one indicator: the PK gives the
 * annual target, the Rencana Aksi its periods.
 */
function mergeRencanaAksi(rows: Indicator[], rencanaAksi: Set<Indicator>): Indicator[] {
  if (rencanaAksi.size === 0) return rows;
  const firstByKey = new Map<string, Indicator>();
  const out: Indicator[] = [];
  for (const row of rows) {
    const key = `${unitKey(row.unit)}\u0000${foldText(row.name)}`;
    const first = firstByKey.get(key);
    // the Rencana Aksi row of a PK indicator is that indicator, whether or not its periods hold
    // values (a WTP or BB target often has none)
    if (first && rencanaAksi.has(row) && !rencanaAksi.has(first)) {
      if (row.periods?.some((p) => p.kind !== "empty")) {
        first.periods = row.periods;
        first.periodKind = row.periodKind;
        first.periodsCumulative = row.periodsCumulative;
        first.cells = withCells(first.cells, { periods: row.cells.periods });
      }
      if (first.target.kind === "empty") {
        first.target = row.target;
        first.cells = withCells(first.cells, { target: row.cells.target });
      }
      first.links ??= row.links;
      continue;
    }
    if (!first) firstByKey.set(key, row);
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// layout C: matriks cascading

function readMatrix(
  grid: Grid,
  merges: MergeIndex,
  table: DetectedTable,
  columns: ColumnMap,
  rules: CascadeRule[],
  ctx: Context
): MatrixInfo {
  if (transposedMatrix(table))
    return readTransposedMatrix(grid, merges, table, columns, rules, ctx);
  const cellsOf: MarkCell[] = [];
  const iku: MatrixInfo["iku"] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (isColumnNumberRow(grid, r, table.left, table.right)) continue;
    const code = columns.code !== undefined ? textAt(grid, r, columns.code) : "";
    const name =
      columns.indicator !== undefined ? mergedText(grid, merges, r, columns.indicator) : "";
    const parent = code || name;
    if (!parent || TOTAL_ROW.test(foldText(parent))) continue;
    iku.push({ code: code || undefined, name: name || undefined });
    for (const u of table.unitHeaders)
      cellsOf.push({ row: r, col: u.col, unit: u.name, parent, parentName: code ? name : "" });
  }
  const before = rules.length;
  pushMarks(grid, cellsOf, rules, ctx, (c) => ({
    sheet: grid.sheet,
    cell: a1(table.headerTop, c.col),
  }));
  return { sheet: grid.sheet, title: tableTitle(grid, table), iku, rules: rules.slice(before) };
}

/**
 * A matriks has a unit (DESIGN.md §3): the one its title names ("MATRIKS CASCADING IKU DINAS
 * KESEHATAN"), else the unit whose indicator names (or codes) match most of its rows. Its marks
 * name that unit's IKU; the units across are that unit's children (a hierarchy source below a
 * hierarchy sheet and a parent-unit column); and its code column gives that unit's rows their codes
 * when its own table has none. The detection summary says which unit, and how it was decided.
 */
function settleMatrices(
  matrices: Array<MatrixInfo & { summary: SheetSummary }>,
  units: Unit[],
  indicators: Indicator[]
): void {
  if (matrices.length === 0) return;
  const known = new Map<string, string>();
  for (const u of units) if (!known.has(unitKey(u.name))) known.set(unitKey(u.name), u.name);
  const rowsByUnit = new Map<string, Indicator[]>();
  for (const r of indicators) {
    const key = unitKey(r.unit);
    if (!known.has(key)) known.set(key, r.unit);
    const list = rowsByUnit.get(key);
    if (list) list.push(r);
    else rowsByUnit.set(key, [r]);
  }
  for (const m of matrices) {
    const children = new Set(m.rules.map((r) => unitKey(r.child)));
    const owner = ownerByTitle(m.title, known) ?? ownerByRows(m, rowsByUnit, children);
    if (!owner) {
      m.summary.notes.push(
        "unit pemilik matriks tidak diketahui (judul tidak menyebut unit, nama IKU tidak cocok): unit bawahan tidak mendapat atasan dari matriks ini / the matriks's own unit is unknown (no unit in its title, no IKU names matched): its columns get no parent unit from it"
      );
      continue;
    }
    const ownerName = known.get(owner.key) ?? owner.key;
    m.summary.unit = ownerName;
    m.summary.notes.push(
      `matriks milik / matriks of: ${ownerName} (${owner.by === "title" ? "dari judul / from its title" : "dari nama IKU / from its IKU names"})`
    );
    for (const rule of m.rules) rule.parentUnit ??= ownerName;
    const placed = new Set<string>([owner.key]);
    for (const rule of m.rules) {
      const key = unitKey(rule.child);
      if (placed.has(key) || !known.has(key)) continue; // no rows: UNIT_NOT_FOUND, as before
      placed.add(key);
      units.push({
        name: rule.child,
        parents: [{ name: ownerName, source: "matrix", cell: rule.childCell }],
      });
    }
    const ownRows = rowsByUnit.get(owner.key) ?? [];
    if (ownRows.some((r) => r.code)) continue;
    const byName = new Map(ownRows.map((r) => [foldText(r.name), r]));
    for (const iku of m.iku) {
      const row = iku.code && iku.name ? byName.get(foldText(iku.name)) : undefined;
      if (row) row.code = iku.code;
    }
  }
}

const MATRIX_OWNER =
  /\b(?:matriks|matrix)\b.*?\b(?:cascading|cascade|kaskade|penjenjangan|pembagian peran)\b(?:\s+(?:iku|ik|indikator kinerja(?:\s+utama)?|kinerja|sasaran))*\s+(.+?)(?:\s+(?:tahun|ta)\b.*)?$/i;

function ownerByTitle(
  title: string[],
  known: Map<string, string>
): { key: string; by: "title" } | undefined {
  for (const t of title) {
    const m = MATRIX_OWNER.exec(t.replace(/\s+/g, " ").trim());
    if (!m) continue;
    const key = unitKey(m[1]);
    if (known.has(key)) return { key, by: "title" };
    // "DINAS KESEHATAN KABUPATEN SUKAMAJU" for the "Dinas Kesehatan" of the PK, or the reverse
    let best: string | undefined;
    for (const k of known.keys()) {
      if ((key.startsWith(k + " ") || k.startsWith(key + " ")) && (!best || k.length > best.length))
        best = k;
    }
    if (best) return { key: best, by: "title" };
  }
  return undefined;
}

function ownerByRows(
  m: MatrixInfo,
  rowsByUnit: Map<string, Indicator[]>,
  children: Set<string>
): { key: string; by: "rows" } | undefined {
  const names = new Set(m.iku.filter((i) => i.name).map((i) => foldText(i.name)));
  const codes = new Set(m.iku.filter((i) => i.code).map((i) => normalizeCode(i.code)));
  let best: { key: string; by: "rows" } | undefined;
  let bestCount = 0;
  for (const [key, rows] of rowsByUnit) {
    if (children.has(key)) continue;
    const count = rows.filter(
      (r) => names.has(foldText(r.name)) || (r.code && codes.has(normalizeCode(r.code)))
    ).length;
    if (count > bestCount) {
      best = { key, by: "rows" };
      bestCount = count;
    }
  }
  return best;
}

interface MarkCell {
  row: number;
  col: number;
  unit: string;
  parent: string;
  /** The IKU's name when `parent` is its code: found by name when the code is nowhere else. */
  parentName?: string;
}

/** A matriks as read: its title, the IKU down its side, and the rules its marks gave. */
interface MatrixInfo {
  sheet: string;
  title: string[];
  iku: Array<{ code?: string; name?: string }>;
  rules: CascadeRule[];
}

function readTransposedMatrix(
  grid: Grid,
  merges: MergeIndex,
  table: DetectedTable,
  columns: ColumnMap,
  rules: CascadeRule[],
  ctx: Context
): MatrixInfo {
  const codeCols =
    table.ikuHeaders ??
    table.columns
      .filter((c) => c.field === "indicator" && looksLikeCode(c.label.split(" / ").pop() ?? ""))
      .map((c) => ({ col: c.col, name: c.label.split(" / ").pop() as string }));
  const cellsOf: MarkCell[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const unit = mergedText(grid, merges, r, columns.unit as number);
    if (!unit || TOTAL_ROW.test(foldText(unit))) continue;
    for (const c of codeCols) cellsOf.push({ row: r, col: c.col, unit, parent: c.name });
  }
  const before = rules.length;
  pushMarks(grid, cellsOf, rules, ctx, (c) => ({
    sheet: grid.sheet,
    cell: a1(c.row, columns.unit as number),
  }));
  return {
    sheet: grid.sheet,
    title: tableTitle(grid, table),
    iku: codeCols.map((c) => (looksLikeCode(c.name) ? { code: c.name } : { name: c.name })),
    rules: rules.slice(before),
  };
}

function pushMarks(
  grid: Grid,
  cells: MarkCell[],
  rules: CascadeRule[],
  ctx: Context,
  unitCell: (c: { row: number; col: number }) => CellRef
): void {
  // "x" is a mark only when the matrix has no other marks
  const raw = cells.map((c) => valueAt(grid, c.row, c.col));
  const otherMarks = raw.some(
    (v) => typeof v === "string" && /^(f|p|k|c|✓|✔|√|v)\b/i.test(v.trim())
  );
  cells.forEach((c, i) => {
    const v = raw[i];
    if (isBlank(v) || (v !== null && typeof v === "object")) return;
    const cell = { sheet: grid.sheet, cell: a1(c.row, c.col) };
    const format = grid.formats.get(cellKey(c.row, c.col));
    if (typeof v === "number") {
      if (v === 0) return;
      const percent = format !== undefined && format.includes("%");
      rules.push({
        parent: c.parent,
        parentName: c.parentName || undefined,
        child: c.unit,
        type: "P",
        share: percent
          ? { kind: "percent", value: Math.round(v * 100 * 1e6) / 1e6 }
          : { kind: "absolute", value: v },
        source: "matrix",
        cell,
        childCell: unitCell(c),
      });
      return;
    }
    const text = String(v).trim();
    if (!readCascadeMark(text, ctx.profile.framework ?? "kemenkeu", { xIsMark: !otherMarks }))
      return;
    rules.push({
      parent: c.parent,
      parentName: c.parentName || undefined,
      child: c.unit,
      type: text,
      source: "matrix",
      cell,
      childCell: unitCell(c),
    });
  });
}

// ---------------------------------------------------------------------------------------------
// layout D: unit hierarchy

function readHierarchy(
  grid: Grid,
  merges: MergeIndex,
  table: DetectedTable,
  columns: ColumnMap,
  units: Unit[]
): void {
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const name = mergedText(grid, merges, r, columns.unit as number);
    if (!name || isColumnNumberText(name)) continue;
    const parent = columns.parentUnit !== undefined ? textAt(grid, r, columns.parentUnit) : "";
    const level = columns.level !== undefined ? textAt(grid, r, columns.level) : "";
    const code = columns.code !== undefined ? textAt(grid, r, columns.code) : "";
    units.push({
      name,
      fromHierarchy: true,
      level: level || undefined,
      code: code || undefined,
      cell: { sheet: grid.sheet, cell: a1(r, columns.unit as number) },
      parents: parent
        ? splitList(parent).map((p) => ({
            name: p,
            source: "sheet" as const,
            cell: { sheet: grid.sheet, cell: a1(r, columns.parentUnit as number) },
          }))
        : [],
    });
  }
}
