/**
 * The Office.js host on older Excel: with ExcelApi 1.9 (range areas), 1.13 (merged areas), 1.18
 * (notes) or 1.20 (undo groups) missing, and on Excel 2019 (1.7) with all of them missing, the
 * in-memory Excel throws ApiNotFound for each missing API, so every fallback is really taken.
 */
import { OfficeWorkbook } from "../../../src/hosts/excel/officeWorkbook";
import { hostContract } from "../contract";
import { FakeExcel, upTo, without } from "./fakeExcel";

const levels: Array<[string, (version: string) => boolean]> = [
  ["without 1.9 (range areas)", without("1.9")],
  ["without 1.13 (merged areas)", without("1.13")],
  ["without 1.18 (notes)", without("1.18")],
  ["without 1.20 (undo groups)", without("1.20")],
  ["Excel 2019 (ExcelApi 1.7)", upTo("1.7")],
];

for (const [name, supports] of levels) {
  hostContract(`Office.js ${name}`, async (spec) => {
    const excel = FakeExcel.fromSpec(spec, { supports });
    const open = () => new OfficeWorkbook({ run: excel.run, supports: excel.supports });
    return {
      host: open(),
      reopen: async () => open(),
      valueOf: async (sheet, cell) => excel.workbook.value(sheet, cell),
      numFmtOf: async (sheet, cell) => excel.workbook.at(sheet, cell).numberFormat ?? "General",
      fillOf: async (sheet, cell) => excel.workbook.fill(sheet, cell),
      noteOf: async (sheet, cell) =>
        excel.workbook.note(sheet, cell) ?? excel.workbook.comment(sheet, cell) ?? null,
      protect: async (sheet, on) => {
        const s = excel.workbook.sheet(sheet);
        if (s) s.protected = on;
      },
    };
  });
}
