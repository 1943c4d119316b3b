/**
 * PLACEHOLDER — replace on merge. The Excel (Office.js) host is written on another branch as
 * src/hosts/excel/excelWorkbook.ts (`new ExcelWorkbook({ run: Excel.run })`). When it lands, this
 * file becomes:
 *
 *   import { ExcelWorkbook } from "../hosts/excel/excelWorkbook";
 *   export function createExcelHost(): WorkbookHost {
 *     return new ExcelWorkbook({ run: Excel.run });
 *   }
 *
 * Until then index.tsx catches the error and the pane says, in one sentence, that it is missing.
 */
import type { WorkbookHost } from "../workbook/host";

export function createExcelHost(): WorkbookHost {
  throw new Error(
    "Penghubung Excel belum terpasang pada versi ini / the Excel connection is not built into this version"
  );
}
