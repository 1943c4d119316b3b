/**
 * Reading a package as Excel and other generators write it (issue 11): cells and rows without an
 * address, internal XML entities, merges over whole columns or the whole sheet, damaged parts.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { BadWorkbookError, XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { openSession } from "../../src/app/session";
import { planSessionFill } from "../../src/app/fill";
import { dinasMissingSimpus } from "../fixtures/dinasKesehatan";

const spec = () => dinasMissingSimpus();

/** The workbook with each sheet part (and the shared strings) passed through `edit`. */
async function edited(edit: (xml: string, part: string) => string): Promise<Uint8Array> {
  const parts = unzipSync(await xlsxFromSpec(spec()));
  for (const name of Object.keys(parts))
    if (/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name))
      parts[name] = strToU8(edit(strFromU8(parts[name]), name));
  return zipSync(parts);
}

async function readAll(data: Uint8Array) {
  const host = await XlsxWorkbook.open(data, "dinas.xlsx");
  return { host, grids: await host.readGrids() };
}

async function fillPlan(data: Uint8Array) {
  const { plan } = planSessionFill(await openSession(await XlsxWorkbook.open(data, "dinas.xlsx")));
  return { changes: plan.changes, conflicts: plan.conflicts, inserts: plan.inserts };
}

describe("reading the package", () => {
  it("reads cells and rows written without an address (valid OOXML) where they stand", async () => {
    const plain = await readAll(await xlsxFromSpec(spec()));
    // every cell without its address; rows too on the Matriks, whose rows follow each other
    const bare = await edited((xml, part) => {
      if (!part.includes("worksheets")) return xml;
      const cells = xml.replace(/(<c\b[^>]*?)\sr="[A-Z]+\d+"/g, "$1");
      return part.endsWith("sheet4.xml") ? cells.replace(/(<row\b[^>]*?)\sr="\d+"/g, "$1") : cells;
    });
    expect((await readAll(bare)).grids).toEqual(plain.grids);
    expect(await fillPlan(bare)).toEqual(await fillPlan(await xlsxFromSpec(spec())));
  });

  it("expands internal XML entities instead of calling the file damaged", async () => {
    const plain = await readAll(await xlsxFromSpec(spec()));
    const withEntity = await edited((xml, part) =>
      part.includes("sharedStrings")
        ? xml
            .replace(/^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE sst [<!ENTITY dinas "Dinas Kesehatan">]>`)
            .replace(/>Dinas Kesehatan</g, ">&dinas;<")
        : xml
    );
    expect((await readAll(withEntity)).grids).toEqual(plain.grids);
  });

  it("reads and fills a workbook with a merge over a whole column and one over a whole sheet", async () => {
    const merged = await edited((xml, part) => {
      if (!part.includes("worksheets")) return xml;
      const ref = part.endsWith("sheet4.xml") ? "A40:XFD1048576" : "H1:H1048576";
      const merge = `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`;
      return xml.includes("<mergeCells")
        ? xml.replace(
            /<mergeCells count="(\d+)">/,
            (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${ref}"/>`
          )
        : xml.replace("</sheetData>", `</sheetData>${merge}`);
    });
    const { grids } = await readAll(merged);
    expect(grids.some((g) => g.merges.some((m) => m.bottom === 1048576 && m.right === 16384))).toBe(
      true
    );
    expect(await fillPlan(merged)).toEqual(await fillPlan(await xlsxFromSpec(spec())));
  });

  it("calls a part that is not well-formed damaged, in one line naming the file and no parser internals", async () => {
    const broken = await edited((xml, part) =>
      part.endsWith("sheet2.xml") ? xml.slice(0, xml.length / 2) : xml
    );
    const host = await XlsxWorkbook.open(broken, "rusak.xlsx");
    const err = await host.readGrids().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadWorkbookError);
    expect((err as BadWorkbookError).reason).toEqual({ code: "file-damaged", file: "rusak.xlsx" });
    expect((err as Error).message).toMatch(
      /^rusak\.xlsx: file \.xlsx rusak dan tidak dapat dibuka/
    );
    expect((err as Error).message).not.toMatch(/\n|saxes|line|column|sheet2\.xml/i);
  });
});
