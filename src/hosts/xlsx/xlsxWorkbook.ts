/**
 * The ExcelJS host: an .xlsx file (or a CSV saved by Excel) as a WorkbookHost, for the CLI and the
 * standalone web page. ExcelJS keeps the styles of existing templates; this host changes exactly
 * the cells a patch plan lists.
 */
import ExcelJS from "exceljs";
import { columnLetters, parseA1 } from "../../core/cells";
import { cellKey, type CellValue, type Grid, type MergeRange } from "../../workbook/grid";
import type { ApplyOptions, ApplyResult, ReadProgress, WorkbookHost } from "../../workbook/host";
import type { HighlightPlan } from "../../workbook/highlight";
import { SEVERITY_COLOUR } from "../../workbook/highlight";
import {
  sheetExistsReason,
  touchedSheets,
  type NewSheet,
  type PatchPlan,
} from "../../workbook/patches";
import {
  PROFILE_SHEET,
  profileFromCells,
  profileToCells,
  type MappingProfile,
} from "../../workbook/profile";
import { parseCsv } from "./csv";
import { BadWorkbookError, damaged } from "./errors";
import { PackageWorkbook } from "./package/packageWorkbook";

export { BadWorkbookError };

/** A workbook opened from a file: what the CLI and the web page need beyond WorkbookHost. */
export interface FileWorkbook extends WorkbookHost {
  readonly name: string;
  select?: (sheet: string, cell: string) => Promise<void>;
  toBuffer(): Promise<Buffer>;
  toBytes(): Promise<Uint8Array>;
  sheetNames(): string[];
  /** A cell's text as a person reads it. */
  cellText(sheet: string, cell: string): string;
  /** Whether the file carries macros (an .xlsm), which only an .xlsm may keep. */
  hasMacros(): boolean;
}

/**
 * The ExcelJS host: for workbooks Selaras builds itself (a CSV opened as a workbook, the demo
 * sample). A user's .xlsx is never rebuilt by ExcelJS: `open` gives it to the package host, which
 * edits the file in place.
 */
export class XlsxWorkbook implements FileWorkbook {
  /** The web page shows the chosen cell; the CLI has nothing to select. */
  select?: (sheet: string, cell: string) => Promise<void>;

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly name: string
  ) {}

  /** Opens .xlsx or .xlsm bytes (or a ;-separated CSV when the name ends in .csv). */
  static async open(data: Uint8Array, name: string): Promise<FileWorkbook> {
    if (/\.csv$/i.test(name)) return new XlsxWorkbook(workbookFromCsv(data, name), name);
    if (data.length === 0) throw new BadWorkbookError(`${name}: file kosong / the file is empty`);
    if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
      throw new BadWorkbookError(
        `${name}: file dilindungi kata sandi atau format .xls lama; simpan ulang sebagai .xlsx tanpa kata sandi / the file is password-protected or a legacy .xls: save it again as .xlsx without a password`
      );
    }
    if (!(data[0] === 0x50 && data[1] === 0x4b)) {
      throw new BadWorkbookError(`${name}: bukan file .xlsx / not an .xlsx file`);
    }
    try {
      return new PackageWorkbook(data, name);
    } catch (err) {
      if (err instanceof BadWorkbookError) throw err;
      throw damaged(name);
    }
  }

  /** A workbook ExcelJS built (the demo sample), as a host. */
  static fromExcelJs(workbook: ExcelJS.Workbook, name: string): XlsxWorkbook {
    return new XlsxWorkbook(workbook, name);
  }

  hasMacros(): boolean {
    return false;
  }

  cellText(sheet: string, cell: string): string {
    return this.workbook.getWorksheet(sheet)?.getCell(cell).text ?? "";
  }

  async readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const sheets = this.workbook.worksheets;
    const grids: Grid[] = [];
    sheets.forEach((ws, i) => {
      grids.push(gridOf(ws));
      onProgress?.({ sheet: ws.name, done: i + 1, total: sheets.length });
    });
    return grids;
  }

  async readProfile(): Promise<MappingProfile | undefined> {
    const ws = this.workbook.getWorksheet(PROFILE_SHEET);
    if (!ws) return undefined;
    const cells: string[] = [];
    ws.getColumn(1).eachCell((cell) => {
      if (typeof cell.value === "string") cells.push(cell.value);
    });
    return profileFromCells(cells);
  }

  async writeProfile(profile: MappingProfile): Promise<void> {
    const old = this.workbook.getWorksheet(PROFILE_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(PROFILE_SHEET, { state: "veryHidden" });
    profileToCells(profile).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
  }

  async applyPatches(plan: PatchPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
    const refused: ApplyResult["refused"] = [];
    for (const { name } of plan.sheets ?? []) {
      if (this.workbook.getWorksheet(name))
        refused.push({ sheet: name, reason: sheetExistsReason(name) });
    }
    for (const sheet of touchedSheets(plan)) {
      const ws = this.workbook.getWorksheet(sheet);
      if (!ws)
        refused.push({
          sheet,
          reason: `lembar '${sheet}' tidak ada / sheet '${sheet}' does not exist`,
        });
      else if (isProtected(ws)) {
        refused.push({
          sheet,
          reason: `lembar '${sheet}' diproteksi / sheet '${sheet}' is protected`,
        });
      }
    }
    // Nothing half-written: a refused sheet stops the whole apply.
    if (refused.length > 0) return { written: 0, refused };
    for (const n of plan.sheets ?? []) this.addSheet(n);
    const inserts = [...plan.inserts].sort((a, b) => b.afterRow - a.afterRow);
    for (const ins of inserts)
      insertRows(this.sheet(ins.sheet), ins.afterRow, ins.count, ins.styleFrom);
    for (const c of plan.changes) {
      const cell = this.sheet(c.sheet).getCell(c.cell);
      cell.value = toExcel(c.new);
      // ExcelJS shares one style object between cells read alike: the cell gets its own copy,
      // or every cell sharing it would take the new format
      if (c.numFmt) cell.style = { ...cell.style, numFmt: c.numFmt };
    }
    const deletes = [...(plan.deletes ?? [])].sort((a, b) => b.fromRow - a.fromRow);
    for (const d of deletes) deleteRows(this.sheet(d.sheet), d.fromRow, d.count);
    for (const name of plan.deleteSheets ?? []) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    if (options.profile) await this.writeProfile(options.profile);
    return { written: plan.changes.length, refused };
  }

  /** A new sheet with the parent table's header formats, column widths and merges. */
  private addSheet(n: NewSheet): void {
    const ws = this.workbook.addWorksheet(n.name);
    const from = this.workbook.getWorksheet(n.header.sheet);
    if (!from) return;
    for (let c = n.header.left; c <= n.header.right; c++) {
      const width = from.getColumn(c).width;
      if (width) ws.getColumn(c).width = width;
      for (let r = n.header.fromRow; r <= n.header.toRow; r++) {
        // a copy: ExcelJS shares style objects between cells
        const style = JSON.parse(JSON.stringify(from.getCell(r, c).style ?? {})) as ExcelJS.Style;
        ws.getCell(r - n.header.fromRow + n.at, c).style = style;
      }
    }
    for (const range of n.merges) ws.mergeCells(range);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    return this.workbook.getWorksheet(name) as ExcelJS.Worksheet;
  }

  async highlight(plan: HighlightPlan): Promise<void> {
    await this.clearHighlights();
    const profile = (await this.readProfile()) ?? { version: 1 as const };
    const originals: NonNullable<MappingProfile["highlights"]> = [];
    for (const h of plan.cells) {
      const ws = this.workbook.getWorksheet(h.sheet);
      if (!ws) continue;
      const cell = ws.getCell(h.cell);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      originals.push({
        sheet: h.sheet,
        cell: h.cell,
        fill:
          fill?.type === "pattern" && fill.pattern === "solid"
            ? (fill.fgColor?.argb ?? null)
            : null,
        note: noteText(cell.note) || null,
      });
      // a new style object: ExcelJS shares style objects between cells
      cell.style = {
        ...cell.style,
        fill: {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: `FF${SEVERITY_COLOUR[h.severity]}` },
        },
      };
      const existing = noteText(cell.note);
      cell.note = existing ? `${existing}\n\n${h.note}` : h.note;
    }
    const fs = plan.findingsSheet;
    const ws = this.workbook.addWorksheet(fs.name);
    ws.addRow(fs.header).font = { bold: true };
    fs.rows.forEach((row, i) => {
      const added = ws.addRow(row);
      const link = fs.links[i];
      if (link) {
        const cell = added.getCell(fs.linkColumn + 1);
        cell.value = {
          text: `${link.sheet}!${link.cell}`,
          hyperlink: `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`,
        };
        cell.font = { color: { argb: "FF0563C1" }, underline: true };
      }
      const severity = (["error", "warning", "info"] as const)[
        fs.legend.findIndex((l) => l.label === row[1])
      ];
      if (severity) {
        added.getCell(2).fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: `FF${SEVERITY_COLOUR[severity]}` },
        };
      }
    });
    ws.addRow([]);
    for (const l of fs.legend) {
      const r = ws.addRow(["", l.label]);
      r.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${l.colour}` } };
    }
    ws.columns.forEach((col, i) => (col.width = [5, 11, 22, 24, 14, 28, 24, 14, 90][i] ?? 14));
    await this.writeProfile({ ...profile, highlights: originals, findingsSheet: fs.name });
  }

  async clearHighlights(): Promise<void> {
    const profile = await this.readProfile();
    if (!profile?.highlights && !profile?.findingsSheet) return;
    for (const h of profile.highlights ?? []) {
      const ws = this.workbook.getWorksheet(h.sheet);
      if (!ws) continue;
      const cell = ws.getCell(h.cell);
      const style = { ...cell.style };
      if (h.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: h.fill } };
      else delete style.fill;
      cell.style = style;
      if (h.note) cell.note = h.note;
      else (cell as unknown as { note?: unknown }).note = undefined;
    }
    const added = profile.findingsSheet
      ? this.workbook.getWorksheet(profile.findingsSheet)
      : undefined;
    if (added) this.workbook.removeWorksheet(added.id);
    const rest = { ...profile };
    delete rest.highlights;
    delete rest.findingsSheet;
    await this.writeProfile(rest);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /** The workbook's bytes without Node's Buffer (the web page's download). */
  async toBytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.map((w) => w.name);
  }
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return !!p?.sheet;
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join("") : "";
}

const SHEET_REF = /(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!/g;

/** A worksheet as a grid: values of its real extent (phantom styled columns trimmed). */
function gridOf(ws: ExcelJS.Worksheet): Grid {
  // rows are written straight into the grid, from column A (ExcelJS walks rows top to bottom);
  // the blank columns on the left are cut once at the end
  const values: CellValue[][] = [];
  const formats = new Map<number, string>();
  const formulas = new Set<number>();
  const formulaSheets = new Set<string>();
  let top = 0;
  let left = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    let out: CellValue[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cellValue(cell);
      if (cell.type === ExcelJS.ValueType.Formula) {
        formulas.add(cellKey(r, c));
        const text = (cell.value as { formula?: string }).formula ?? "";
        for (const m of text.matchAll(SHEET_REF))
          formulaSheets.add((m[1] ?? m[2]).replace(/''/g, "'"));
      }
      if (v === null) return;
      if (cell.numFmt && cell.numFmt !== "General") formats.set(cellKey(r, c), cell.numFmt);
      if (!out) {
        if (top === 0) top = r;
        while (values.length < r - top) values.push([]);
        out = [];
        values.push(out);
      }
      out[c - 1] = v;
      if (c < left) left = c;
    });
  });
  const merges = mergesOf(ws);
  const base = {
    sheet: ws.name,
    state: stateOf(ws),
    merges,
    formats,
    formulas,
    tables: [],
    protected: isProtected(ws),
  };
  if (values.length === 0) return { ...base, top: 1, left: 1, values: [] };
  for (const row of values) {
    if (left > 1) row.splice(0, left - 1);
    for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
  }
  return { ...base, top, left, values, formulaSheets };
}

function stateOf(ws: ExcelJS.Worksheet): Grid["state"] {
  return ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible";
}

/** ExcelJS keeps a sheet's merges as ranges by master cell (not in its typings). */
type WithMerges = { _merges?: Record<string, { range?: unknown }> };

function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  // `ws.model` would list the merges too, but it builds a model of every row and cell first
  // (over a million cells at 100 000 rows): read ExcelJS's merge table when it is there
  const table = (ws as unknown as WithMerges)._merges;
  const ranges = table ? Object.values(table).map((m) => m.range) : undefined;
  const list =
    ranges && ranges.every((r): r is string => typeof r === "string")
      ? ranges
      : ((ws.model as unknown as { merges?: string[] }).merges ?? []);
  return list.map((ref) => {
    const [a, b] = ref.split(":");
    const s = parseA1(a);
    const e = parseA1(b ?? a);
    return { top: s.row, left: s.col, bottom: e.row, right: e.col };
  });
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ("richText" in v)
      return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      // ExcelJS gives a cached 0 as undefined
      if (result === undefined || result === null) return 0;
      if (typeof result === "object" && "error" in (result as object))
        return { error: String((result as ExcelJS.CellErrorValue).error) };
      if (result instanceof Date) return result.toISOString().slice(0, 10);
      return result as number | string | boolean;
    }
    if ("text" in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in t)
        return (t as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join("");
    }
  }
  return String(cell.text ?? "");
}

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "object") return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

/**
 * Inserts rows below `afterRow`, shifting what follows down (merges too, which ExcelJS does not
 * move by itself); the new rows take the formats of `styleFrom`.
 */
function insertRows(
  ws: ExcelJS.Worksheet,
  afterRow: number,
  count: number,
  styleFrom: number
): void {
  const merges = mergesOf(ws);
  const moving = merges.filter((m) => m.bottom > afterRow);
  for (const m of moving) ws.unMergeCells(rangeRef(m));
  ws.spliceRows(afterRow + 1, 0, ...Array.from({ length: count }, () => []));
  const source = ws.getRow(styleFrom);
  for (let i = 1; i <= count; i++) {
    const row = ws.getRow(afterRow + i);
    row.height = source.height;
    source.eachCell({ includeEmpty: true }, (cell, c) => {
      row.getCell(c).style = { ...cell.style };
    });
  }
  for (const m of moving) {
    const shifted =
      m.top > afterRow
        ? { ...m, top: m.top + count, bottom: m.bottom + count }
        : { ...m, bottom: m.bottom + count };
    ws.mergeCells(rangeRef(shifted));
  }
}

/** Removes rows (undoing a fill's inserts), moving what follows up, merges too. */
function deleteRows(ws: ExcelJS.Worksheet, fromRow: number, count: number): void {
  const last = fromRow + count - 1;
  const merges = mergesOf(ws);
  const moving = merges.filter((m) => m.bottom >= fromRow);
  for (const m of moving) ws.unMergeCells(rangeRef(m));
  const end = ws.rowCount;
  ws.spliceRows(fromRow, count);
  // ExcelJS 4.4 removes nothing when the rows run to the sheet's end (no row below them to move
  // up): empty what is left of them, values, styles and heights, so nothing of the insert remains
  for (let r = Math.max(fromRow, end - count + 1); r <= end; r++) {
    const row = ws.getRow(r);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
    row.height = undefined as unknown as number;
  }
  for (const m of moving) {
    if (m.top >= fromRow && m.bottom <= last) continue; // a merge inside the removed rows goes with them
    const shifted =
      m.top > last
        ? { ...m, top: m.top - count, bottom: m.bottom - count }
        : { ...m, bottom: m.bottom - Math.min(count, m.bottom - fromRow + 1) };
    ws.mergeCells(rangeRef(shifted));
  }
}

function rangeRef(m: MergeRange): string {
  return `${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}`;
}

/**
 * A text file as Excel or an export tool saves it: UTF-8 (with or without BOM), or UTF-16 —
 * Excel's "Unicode Text", little- or big-endian, with a BOM or recognised by its zero bytes.
 */
export function decodeText(data: Uint8Array): string {
  let encoding = "utf-8";
  if (data[0] === 0xff && data[1] === 0xfe) encoding = "utf-16le";
  else if (data[0] === 0xfe && data[1] === 0xff) encoding = "utf-16be";
  else if (data.length >= 4) {
    // without a BOM, ASCII text in UTF-16 has a zero byte in every other place
    let evenZeros = 0;
    let oddZeros = 0;
    const n = Math.min(data.length, 2000);
    for (let i = 0; i < n; i++) if (data[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
    if (oddZeros > n / 4 && evenZeros === 0) encoding = "utf-16le";
    else if (evenZeros > n / 4 && oddZeros === 0) encoding = "utf-16be";
  }
  return new TextDecoder(encoding).decode(data).replace(/^\uFEFF/, "");
}

function workbookFromCsv(data: Uint8Array, name: string): ExcelJS.Workbook {
  const text = decodeText(data);
  const rows = parseCsv(text);
  const widest = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (widest > 16384)
    throw new BadWorkbookError(
      `${name}: CSV memiliki ${widest} kolom, lebih dari 16 384 kolom Excel / the CSV has ${widest} columns, more than Excel's 16 384`
    );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(
    name
      .replace(/\.csv$/i, "")
      .replace(/[\\/?*[\]:]/g, " ")
      .slice(0, 31)
  );
  rows.forEach((r, i) => r.forEach((v, j) => v !== "" && (ws.getCell(i + 1, j + 1).value = v)));
  return wb;
}
