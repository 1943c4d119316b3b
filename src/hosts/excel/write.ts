/**
 * Applying a patch plan through Office.js: protected or missing sheets are found first and refuse
 * the whole plan; then inserts (bottom-up), cell blocks, deletes (bottom-up) and the profile go in
 * byte-budgeted chunks, in one undo group where Excel has one (ExcelApi 1.20).
 */
import { parseA1, rangeA1 } from "../../core/cells";
import type { ApplyResult } from "../../workbook/host";
import type { NewSheet, PatchPlan } from "../../workbook/patches";
import { PROFILE_SHEET, type MappingProfile } from "../../workbook/profile";
import { writableRefusals } from "../../workbook/writable";
import { rowsAddress, toExcelValue, type CellWrite } from "./cells";
import { columnAddress, columnPoints } from "./columns";
import { cellOps, rangeOp, type Op } from "./ops";
import { addProfileSheet, profileOps } from "./profileSheet";
import type { Features } from "./runtime";

/**
 * Sheets the plan may not touch, with the reason (writable.ts decides; this gathers the sheets'
 * names and protection); adds the profile sheet when the plan will write one (outside the undo
 * group: adding a very hidden sheet cannot be grouped on Windows).
 */
export async function prepareApply(
  context: Excel.RequestContext,
  plan: PatchPlan,
  withProfile: boolean,
  features?: Features
): Promise<ApplyResult["refused"]> {
  const added = plan.sheets ?? [];
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  // the parent header's column widths, in the same sync, for the sheets the plan adds
  const widths = added.map((n) =>
    columnsOf(n).map((c) => {
      const format = worksheets
        .getItem(n.header?.sheet ?? n.name)
        .getRange(columnAddress(c)).format;
      format.load("columnWidth");
      return format;
    })
  );
  await context.sync();
  const sheets = worksheets.items.map((ws) => ({
    name: ws.name,
    protected: ws.protection.protected,
  }));
  const refused = writableRefusals(plan, sheets);
  if (refused.length === 0 && withProfile && !sheets.some((s) => s.name === PROFILE_SHEET)) {
    addProfileSheet(context);
    await context.sync();
  }
  if (refused.length === 0 && added.length > 0) {
    // added outside the undo group too, like the profile sheet; their cells are written inside it
    added.forEach((n, i) =>
      addSheet(
        context,
        n,
        widths[i].map((f) => f.columnWidth),
        features
      )
    );
    await context.sync();
  }
  return refused;
}

/** The parent table's columns a copied header spans (none for a sheet in its own form). */
function columnsOf(n: NewSheet): number[] {
  const h = n.header;
  if (!h || n.form) return [];
  return Array.from({ length: h.right - h.left + 1 }, (_, i) => h.left + i);
}

/** A new sheet with the parent table's header column widths, formats (ExcelApi 1.9) and merges. */
function addSheet(
  context: Excel.RequestContext,
  n: NewSheet,
  widths: number[],
  features?: Features
): void {
  const ws = context.workbook.worksheets.add(n.name);
  const h = n.header;
  if (n.form || !h) {
    formSheet(ws, n, features);
    return;
  }
  columnsOf(n).forEach((c, i) => (ws.getRange(columnAddress(c)).format.columnWidth = widths[i]));
  if (features?.rangeAreas) {
    const source = context.workbook.worksheets
      .getItem(h.sheet)
      .getRange(rangeA1(h.fromRow, h.left, h.toRow, h.right));
    ws.getRange(rangeA1(n.at, h.left, n.at + h.toRow - h.fromRow, h.right)).copyFrom(
      source,
      "Formats"
    );
  }
  for (const m of n.merges) ws.getRange(m).merge(false);
}

/** The edges a boxed range draws: its outline and the lines inside it. */
export const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/**
 * A sheet in its own form (a drafted PK): widths, bold, wrapped, centred and boxed ranges, row
 * heights and merges; A4 one page wide with the header repeated where the page layout API is
 * there (ExcelApi 1.9).
 */
function formSheet(ws: Excel.Worksheet, n: NewSheet, features?: Features): void {
  const form = n.form;
  for (const m of n.merges) ws.getRange(m).merge(false);
  if (!form) return;
  form.widths.forEach(
    (w, i) => (ws.getRange(columnAddress(i + 1)).format.columnWidth = columnPoints(w))
  );
  for (const r of form.bold) ws.getRange(r).format.font.bold = true;
  for (const r of form.wrap) {
    const format = ws.getRange(r).format;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
  for (const r of form.center) ws.getRange(r).format.horizontalAlignment = "Center";
  for (const r of form.border) {
    const borders = ws.getRange(r).format.borders;
    for (const edge of EDGES) borders.getItem(edge).style = "Continuous";
  }
  for (const [row, height] of Object.entries(form.heights))
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  if (features?.pageLayout) {
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(`$${form.repeatRows[0]}:$${form.repeatRows[1]}`);
  }
}

/** Removes the sheets a fill added (undo): outside any undo group, which cannot hold it. */
export async function deleteSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  sheets.forEach((ws) => ws.load("name"));
  await context.sync();
  // a sheet the user already removed is gone anyway
  for (const ws of sheets) if (!ws.isNullObject) ws.delete();
  await context.sync();
}

/** The plan's commands in order: inserts, changes, deletes, then the profile. */
export function planOps(
  plan: PatchPlan,
  profile: MappingProfile | undefined,
  features: Features,
  budget: number
): Op[] {
  return [
    ...insertOps(plan, features),
    ...changeOps(plan, budget),
    ...deleteOps(plan),
    ...(profile ? profileOps(profile, budget) : []),
  ];
}

function insertOps(plan: PatchPlan, features: Features): Op[] {
  // bottom-up, so each insert's rows are still where the plan counted them
  const inserts = [...plan.inserts].sort((a, b) => b.afterRow - a.afterRow);
  return inserts.map((ins) => ({
    size: 160 + 96 * ins.count,
    queue(context: Excel.RequestContext) {
      const ws = context.workbook.worksheets.getItem(ins.sheet);
      ws.getRange(rowsAddress(ins.afterRow + 1, ins.count)).insert("Down");
      // Excel formats new rows like the row above by itself; copyFrom names the source row
      if (!features.rangeAreas) return;
      const source = ws.getRange(rowsAddress(ins.styleFrom, 1));
      for (let i = 1; i <= ins.count; i++)
        ws.getRange(rowsAddress(ins.afterRow + i, 1)).copyFrom(source, "Formats");
    },
  }));
}

function changeOps(plan: PatchPlan, budget: number): Op[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const c of plan.changes) {
    const { row, col } = parseA1(c.cell);
    const cells = bySheet.get(c.sheet) ?? [];
    cells.push({ row, col, value: toExcelValue(c.new), numFmt: c.numFmt });
    bySheet.set(c.sheet, cells);
  }
  return [...bySheet].flatMap(([sheet, cells]) => cellOps(sheet, cells, budget));
}

function deleteOps(plan: PatchPlan): Op[] {
  const deletes = [...(plan.deletes ?? [])].sort((a, b) => b.fromRow - a.fromRow);
  return deletes.map((d) =>
    rangeOp(d.sheet, rowsAddress(d.fromRow, d.count), (rows) => rows.delete("Up"))
  );
}
