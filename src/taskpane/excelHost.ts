/** The task pane's workbook inside Excel: the Office.js host (src/hosts/excel). */
import { OfficeWorkbook } from "../hosts/excel/officeWorkbook";
import type { WorkbookHost } from "../workbook/host";

export function createExcelHost(): WorkbookHost {
  return new OfficeWorkbook();
}
