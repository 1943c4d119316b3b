/**
 * Workbook specs: a workbook written as plain rows, merges, formats and formulas, so a person can
 * read exactly what the bundled sample or a test fixture contains. A spec becomes grids directly, or an .xlsx
 * through ExcelJS (xlsxFromSpec) to test the host on the same content.
 */
import ExcelJS from "exceljs";
import { parseRangeA1 } from "../core/cells";
import { cellKey, drawnShapes, type CellValue, type Grid } from "../workbook/grid";

export interface SheetSpec {
  name: string;
  /** Rows from row 1 (or from `startRow`), columns from A. */
  rows: CellValue[][];
  startRow?: number;
  merges?: string[];
  formats?: Record<string, string>;
  /** Formulas by A1 cell, with their cached result (also given in `rows`). */
  formulas?: Record<string, string>;
  state?: "visible" | "hidden" | "veryHidden";
  /** A style-only cell far to the right, so the sheet's used range spans thousands of columns. */
  phantomColumn?: number;
  protect?: boolean;
  /** Column widths from A, in characters. */
  widths?: number[];
  /** 1-based rows (counted from the first spec row) written in bold: titles and headers. */
  bold?: number[];
  /**
   * Shapes drawn on the sheet (Office.js ShapeType: "TextBox", "GeometricShape", "Line", "Image"),
   * as a pohon kinerja drawn in boxes and connectors. Grids and the in-memory Excel carry them;
   * ExcelJS cannot write shapes (test/fixtures/pohonShapes.ts adds them to a package).
   */
  shapes?: string[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

/** The grids a host would read from this spec. */
export function gridsFromSpec(spec: WorkbookSpec): Grid[] {
  return spec.sheets.map((s) => {
    const start = s.startRow ?? 1;
    const formats = new Map<number, string>();
    for (const [cell, fmt] of Object.entries(s.formats ?? {})) {
      const r = parseRangeA1(cell);
      formats.set(cellKey(r.top, r.left), fmt);
    }
    const formulas = new Set<number>();
    for (const cell of Object.keys(s.formulas ?? {})) {
      const r = parseRangeA1(cell);
      formulas.add(cellKey(r.top, r.left));
    }
    return {
      sheet: s.name,
      state: s.state ?? "visible",
      top: start,
      left: 1,
      values: s.rows.map((r) => r.map((v) => (v === undefined ? null : v))),
      merges: (s.merges ?? []).map(parseRangeA1),
      formats,
      formulas,
      tables: [],
      protected: s.protect,
      ...(s.shapes ? { shapes: drawnShapes(s.shapes) } : {}),
    };
  });
}

/** Writes the spec as an .xlsx with ExcelJS (merges, number formats, formulas with results). */
export async function xlsxFromSpec(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? "visible" });
    const start = s.startRow ?? 1;
    s.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(start + i, j + 1);
        cell.value =
          typeof v === "object" ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [cell, fmt] of Object.entries(s.formats ?? {})) ws.getCell(cell).numFmt = fmt;
    for (const [cell, formula] of Object.entries(s.formulas ?? {})) {
      const c = ws.getCell(cell);
      const result = c.value as ExcelJS.CellValue;
      c.value = { formula, result } as ExcelJS.CellFormulaValue;
    }
    if (s.phantomColumn) {
      // a formatted but empty cell: Excel's used range then reaches this column
      ws.getCell(1, s.phantomColumn).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFFFFF" },
      };
    }
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const b of s.bold ?? []) ws.getRow(start + b - 1).font = { bold: true };
    if (s.protect) await ws.protect("", {});
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
