/**
 * Files as workbooks, for the CLI and the standalone web page: which host opens what, the checks a
 * file passes before it is opened, and CSV (Excel's "Unicode Text" too) read as a new workbook.
 */
import type ExcelJS from "exceljs";
import { EXCEL_COLUMNS, SHEET_NAME_MAX } from "../../workbook/grid";
import type { WorkbookHost } from "../../workbook/host";
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
 * Opening a file as a workbook. A user's .xlsx or .xlsm goes to the package host, which edits the
 * file in place; a CSV becomes a new workbook that ExcelJS builds (it has nothing to lose), then is
 * edited the same way.
 */
export const XlsxWorkbook = {
  /** Opens .xlsx or .xlsm bytes (or a ;-separated CSV when the name ends in .csv). */
  async open(data: Uint8Array, name: string): Promise<FileWorkbook> {
    if (/\.csv$/i.test(name)) {
      // ExcelJS is loaded for a CSV only: the web page opening an .xlsx never downloads it
      const { default: Excel } = await import("exceljs");
      const book = workbookFromCsv(data, name, Excel);
      return new PackageWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), name);
    }
    if (data.length === 0) throw new BadWorkbookError({ code: "file-empty", file: name });
    if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
      throw new BadWorkbookError({ code: "file-encrypted", file: name });
    }
    if (!(data[0] === 0x50 && data[1] === 0x4b)) {
      throw new BadWorkbookError({ code: "file-not-xlsx", file: name });
    }
    try {
      return new PackageWorkbook(data, name);
    } catch (err) {
      if (err instanceof BadWorkbookError) throw err;
      throw damaged(name);
    }
  },
};

/**
 * A text file as Excel or an export tool saves it: UTF-8 (with or without BOM), or UTF-16 —
 * Excel's "Unicode Text", little- or big-endian, with a BOM or recognised by its zero bytes.
 */
function decodeText(data: Uint8Array): string {
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

function workbookFromCsv(data: Uint8Array, name: string, Excel: typeof ExcelJS): ExcelJS.Workbook {
  const text = decodeText(data);
  const rows = parseCsv(text);
  const widest = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (widest > EXCEL_COLUMNS)
    throw new BadWorkbookError({ code: "csv-too-wide", file: name, columns: widest });
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(
    name
      .replace(/\.csv$/i, "")
      .replace(/[\\/?*[\]:]/g, " ")
      .slice(0, SHEET_NAME_MAX)
  );
  rows.forEach((r, i) => r.forEach((v, j) => v !== "" && (ws.getCell(i + 1, j + 1).value = v)));
  return wb;
}
