/**
 * Layout C: the matriks cascading — parent IKU down the side and child units across, or transposed
 * — read into rules, then settled once every sheet is read: the matriks's own unit, its columns as
 * that unit's children, and its codes for the unit's rows.
 */
import { a1 } from "../core/cells";
import { readCascadeMark } from "../core/infer";
import type { CascadeRule, CellRef, Indicator, Unit } from "../core/model";
import { foldText, looksLikeCode, normalizeCode, unitKey } from "../core/text";
import { cellKey, isBlank, textAt, valueAt } from "./grid";
import type { SheetSummary } from "./read";
import type { TableReading } from "./reading";
import { isColumnNumberRow, mergedText } from "./tables";
import { transposedMatrix } from "./columns";
import { tableTitle } from "./titles";
import { TOTAL_ROW } from "./vocabulary";

/** A matriks as read: its title, the IKU down its side, and the rules its marks gave. */
export interface MatrixInfo {
  sheet: string;
  title: string[];
  iku: Array<{ code?: string; name?: string }>;
  rules: CascadeRule[];
}

interface MarkCell {
  row: number;
  col: number;
  unit: string;
  parent: string;
  /** The IKU's name when `parent` is its code: found by name when the code is nowhere else. */
  parentName?: string;
}

export function readMatrix(reading: TableReading, rules: CascadeRule[]): MatrixInfo {
  const { grid, merges, table, columns } = reading;
  if (transposedMatrix(table)) return readTransposedMatrix(reading, rules);
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
  pushMarks(reading, cellsOf, rules, (c) => ({
    sheet: grid.sheet,
    cell: a1(table.headerTop, c.col),
  }));
  return { sheet: grid.sheet, title: tableTitle(grid, table), iku, rules: rules.slice(before) };
}

function readTransposedMatrix(reading: TableReading, rules: CascadeRule[]): MatrixInfo {
  const { grid, merges, table, columns } = reading;
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
  pushMarks(reading, cellsOf, rules, (c) => ({
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
  { grid, ctx }: TableReading,
  cells: MarkCell[],
  rules: CascadeRule[],
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

/**
 * A matriks has a unit (DESIGN.md §3): the one its title names ("MATRIKS CASCADING IKU DINAS
 * KESEHATAN"), else the unit whose indicator names (or codes) match most of its rows. Its marks
 * name that unit's IKU; the units across are that unit's children (a hierarchy source below a
 * hierarchy sheet and a parent-unit column); and its code column gives that unit's rows their codes
 * when its own table has none. The detection summary says which unit, and how it was decided.
 */
export function settleMatrices(
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
      m.summary.notes.push({ code: "note-matrix-owner-unknown" });
      continue;
    }
    const ownerName = known.get(owner.key) ?? owner.key;
    m.summary.unit = ownerName;
    m.summary.notes.push({
      code: "note-matrix-owner",
      unit: ownerName,
      by: owner.by === "title" ? "title" : "names",
    });
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
