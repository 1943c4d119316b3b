import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { bookOf } from "./inspect";
import { xlsxFromSpec } from "../../src/sample/spec";
import type { CellValue } from "../../src/workbook/grid";
import { hostContract } from "./contract";

hostContract(".xlsx package", async (spec) => {
  let current = await XlsxWorkbook.open(await xlsxFromSpec(spec), "kontrak.xlsx");
  const cell = async (sheet: string, ref: string) =>
    ((await bookOf(current)).getWorksheet(sheet) as ExcelJS.Worksheet).getCell(ref);
  return {
    host: current,
    async reopen() {
      current = await XlsxWorkbook.open(await current.toBuffer(), "kontrak.xlsx");
      return current;
    },
    async valueOf(sheet, ref) {
      const v = (await cell(sheet, ref)).value;
      return (v === undefined ? null : v) as CellValue;
    },
    async numFmtOf(sheet, ref) {
      return (await cell(sheet, ref)).numFmt || "General";
    },
    async noteOf(sheet, ref) {
      const note = (await cell(sheet, ref)).note;
      if (note === undefined || note === null) return null;
      return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
    },
    async fillOf(sheet, ref) {
      const fill = (await cell(sheet, ref)).fill as ExcelJS.FillPattern | undefined;
      const argb =
        fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
      return argb ? argb.slice(-6).toUpperCase() : null;
    },
  };
});
