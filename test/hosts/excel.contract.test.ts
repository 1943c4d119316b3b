import { OfficeWorkbook } from "../../src/hosts/excel/officeWorkbook";
import { hostContract } from "./contract";
import { FakeExcel } from "./excel/fakeExcel";

hostContract("Office.js (in-memory Excel)", async (spec) => {
  const excel = FakeExcel.fromSpec(spec);
  const open = () => new OfficeWorkbook({ run: excel.run, supports: excel.supports });
  return {
    host: open(),
    // the workbook stays; a new host reads it as a fresh task pane would
    reopen: async () => open(),
    valueOf: async (sheet, cell) => excel.workbook.value(sheet, cell),
    fillOf: async (sheet, cell) => excel.workbook.fill(sheet, cell),
    numFmtOf: async (sheet, cell) => excel.workbook.at(sheet, cell).numberFormat ?? "General",
    noteOf: async (sheet, cell) =>
      excel.workbook.note(sheet, cell) ?? excel.workbook.comment(sheet, cell) ?? null,
    protect: async (sheet, on) => {
      const s = excel.workbook.sheet(sheet);
      if (s) s.protected = on;
    },
  };
});
