import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { bookOf } from "./inspect";
import { xlsxFromSpec } from "../../src/sample/spec";
import type { CellValue } from "../../src/workbook/grid";
import { hostContract } from "./contract";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The package with one sheet protected (or not), as Excel writes a protected sheet. */
function withProtection(bytes: Uint8Array, sheet: string, on: boolean): Uint8Array {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const xml = strFromU8(files[part]).replace(/<sheetProtection[^>]*\/>/, "");
  files[part] = strToU8(
    on ? xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>') : xml
  );
  return zipSync(files);
}

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
    async protect(sheet, on) {
      current = await XlsxWorkbook.open(
        withProtection(await current.toBytes(), sheet, on),
        "kontrak.xlsx"
      );
    },
    async fillOf(sheet, ref) {
      const fill = (await cell(sheet, ref)).fill as ExcelJS.FillPattern | undefined;
      const argb =
        fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
      return argb ? argb.slice(-6).toUpperCase() : null;
    },
  };
});
