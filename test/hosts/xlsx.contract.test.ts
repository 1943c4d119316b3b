import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import type { CellValue } from "../../src/workbook/grid";
import { hostContract } from "./contract";

hostContract("ExcelJS (.xlsx)", async (spec) => {
  let current = await XlsxWorkbook.open(await xlsxFromSpec(spec), "kontrak.xlsx");
  const cell = (sheet: string, ref: string) =>
    (current.workbook.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(ref);
  return {
    host: current,
    async reopen() {
      current = await XlsxWorkbook.open(await current.toBuffer(), "kontrak.xlsx");
      return current;
    },
    async valueOf(sheet, ref) {
      const v = cell(sheet, ref).value;
      return (v === undefined ? null : v) as CellValue;
    },
    async numFmtOf(sheet, ref) {
      return cell(sheet, ref).numFmt || "General";
    },
    async fillOf(sheet, ref) {
      const fill = cell(sheet, ref).fill as ExcelJS.FillPattern | undefined;
      const argb =
        fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
      return argb ? argb.slice(-6).toUpperCase() : null;
    },
  };
});
