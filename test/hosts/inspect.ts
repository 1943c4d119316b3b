/**
 * A written workbook as another program reads it: ExcelJS loads the bytes the host would save, so
 * tests check the file itself, not the host's idea of it.
 */
import ExcelJS from "exceljs";
import type { FileWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";

export async function bookOf(host: FileWorkbook): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await host.toBuffer()) as unknown as ArrayBuffer);
  return book;
}

/** One part of the saved package as text (the XML Excel would read). */
export async function partOf(host: FileWorkbook, path: string): Promise<string> {
  const { unzipSync, strFromU8 } = await import("fflate");
  const parts = unzipSync(new Uint8Array(await host.toBuffer()));
  const data = parts[path];
  if (!data) throw new Error(`no part ${path}: ${Object.keys(parts).join(", ")}`);
  return strFromU8(data);
}

/** The part name of a sheet, found through the workbook and its relationships. */
export async function sheetPartOf(host: FileWorkbook, sheet: string): Promise<string> {
  const workbook = await partOf(host, "xl/workbook.xml");
  const rels = await partOf(host, "xl/_rels/workbook.xml.rels");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const el = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`) || t.includes(`name="${escaped}"`));
  const id = el && /r:id="([^"]+)"/.exec(el)?.[1];
  const target =
    id && new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const path = target ? (target[1] ?? target[2]) : undefined;
  if (!path) throw new Error(`no sheet ${sheet}`);
  return path.startsWith("/") ? path.slice(1) : `xl/${path}`;
}
