/**
 * The file is edited, not rebuilt (DESIGN.md §4, issue 11): on a Dinas Kesehatan PK workbook that
 * carries what real ones carry, a fill that inserts one row under the Bidang's table moves
 * everything below it as Excel would, keeps every other part byte for byte, and a second fill
 * changes nothing.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { openSession } from "../../src/app/session";
import { undoLastFill } from "../../src/app/undo";
import { readWorkbook } from "../../src/workbook/read";
import { BIDANG_REF, BIDANG_SHEET, PROGRAM, richWorkbook } from "../fixtures/richWorkbook";

type Parts = Record<string, Uint8Array>;

async function filled(macros = false) {
  const input = await richWorkbook({ macros });
  const host = await XlsxWorkbook.open(input, macros ? "pk.xlsm" : "pk.xlsx");
  const session = await openSession(host);
  const { plan } = planSessionFill(session);
  const result = await applySessionFill(host, session, plan);
  const output = new Uint8Array(await host.toBuffer());
  return { input, output, plan, result, host, before: unzipSync(input), after: unzipSync(output) };
}

const text = (parts: Parts, name: string) => strFromU8(parts[name]);
const sheetPart = (parts: Parts, sheet: string) => {
  const workbook = text(parts, "xl/workbook.xml");
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  const escaped = sheet.replace(/'/g, "(?:'|&apos;)");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] as string;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
};
const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  !!a && !!b && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe("what cannot be moved faithfully", () => {
  it("refuses the whole fill with its reason before anything is written (a 3-D reference)", async () => {
    const parts = unzipSync(await richWorkbook());
    const dinas = sheetPart(parts, "PK Dinas");
    parts[dinas] = strToU8(
      text(parts, dinas).replace(
        "</sheetData>",
        '<row r="30"><c r="A30"><f>SUM(Hierarki:Matriks!E3)</f><v>0</v></c></row></sheetData>'
      )
    );
    const input = zipSync(parts);
    const host = await XlsxWorkbook.open(input, "pk.xlsx");
    const session = await openSession(host);
    const { plan } = planSessionFill(session);
    expect(plan.inserts).toHaveLength(1);
    const result = await applySessionFill(host, session, plan);
    expect(result.refused).toEqual([
      {
        sheet: BIDANG_SHEET,
        reason: { code: "formula-3d", formula: "Hierarki:Matriks!E3" },
      },
    ]);
    expect(result.profileSaved).toBe(false);
    const after = unzipSync(new Uint8Array(await host.toBuffer()));
    for (const name of Object.keys(parts))
      expect([name, same(parts[name], after[name])]).toEqual([name, true]);
  });
});

describe("a save with nothing to change", () => {
  it("gives back every part of the package byte for byte", async () => {
    const input = await richWorkbook({ macros: true });
    const host = await XlsxWorkbook.open(input, "pk.xlsm");
    await host.readGrids();
    const before = unzipSync(input);
    const after = unzipSync(new Uint8Array(await host.toBuffer()));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before))
      expect([name, same(before[name], after[name])]).toEqual([name, true]);
  });
});

describe("a fill that inserts a row under the Bidang's table (below row 3)", () => {
  let run: Awaited<ReturnType<typeof filled>>;
  beforeAll(async () => {
    run = await filled(true);
  });
  const bidang = () => text(run.after, sheetPart(run.after, BIDANG_SHEET));
  const dinas = () => text(run.after, sheetPart(run.after, "PK Dinas"));

  it("inserts the row the matriks asks for and writes only the previewed cells", () => {
    expect(run.plan.inserts).toEqual([
      { sheet: BIDANG_SHEET, afterRow: 3, count: 1, styleFrom: 3 },
    ]);
    expect(run.result.refused).toEqual([]);
    expect(run.plan.changes.map((c) => c.cell).sort()).toEqual(["C4", "D4", "E4"]);
  });

  it("moves notes below the insert with their cells and leaves the one above", () => {
    const comments = Object.keys(run.after).find((n) => /^xl\/comments\d*\.xml$/.test(n)) as string;
    expect(text(run.after, comments).match(/ref="[A-Z]+\d+"/g)).toEqual(['ref="C2"', 'ref="C7"']);
    const vml = Object.keys(run.after).find((n) => /vmlDrawing\d*\.vml$/.test(n)) as string;
    // the VML shapes that show the notes count rows from 0: C2 is row 1, C7 is row 6
    expect(text(run.after, vml).match(/<x:Row>\d+<\/x:Row>/g)).toEqual([
      "<x:Row>1</x:Row>",
      "<x:Row>6</x:Row>",
    ]);
  });

  it("keeps the hidden row hidden at its new number", () => {
    expect(bidang()).toMatch(/<row r="9" hidden="1"/);
    expect(bidang()).not.toMatch(/<row r="8"[^>]*hidden/);
  });

  it("moves merges, validation (classic and x14), conditional formats and their formulas", () => {
    const xml = bidang();
    expect(xml).toContain('<mergeCell ref="A6:B6"/>');
    expect(xml).toMatch(/<dataValidation [^>]*sqref="E7:E8"/);
    expect(xml).toContain("<xm:sqref>D7:D8</xm:sqref>");
    expect(xml).toContain("<xm:f>'PK Dinas'!$C$3:$C$4</xm:f>");
    expect(xml).toContain('<conditionalFormatting sqref="C7:C8">');
    expect(xml).toContain("<formula>LEN(C7)&gt;30</formula>");
  });

  it("moves formulas above the insert that point below it, and formulas on other sheets", () => {
    expect(bidang()).toContain("<f>B7</f>");
    expect(bidang()).toContain("<f>SUM(C7:C8)</f>");
    expect(dinas()).toContain(`<f>SUM(${BIDANG_REF}!C7:C8)</f>`);
    // a reference above the insert stays
    expect(strFromU8(run.after[sheetPart(run.after, "PK Dinas")])).toMatch(
      /<f>(&apos;|')PK Bidang(&apos;|')(&apos;|')26(&apos;|')!C3<\/f>/
    );
  });

  it("moves the Excel table, the print area, a defined name and a hyperlink from another sheet", () => {
    const table = Object.keys(run.after).find((n) =>
      /^xl\/tables\/table\d+\.xml$/.test(n)
    ) as string;
    expect(text(run.after, table)).toMatch(/<table [^>]*ref="A11:B13"/);
    const workbook = text(run.after, "xl/workbook.xml");
    expect(workbook).toContain(`>${BIDANG_REF}!$A$1:$E$13</definedName>`);
    expect(workbook).toContain(`>${BIDANG_REF}!$1:$2</definedName>`);
    expect(workbook).toContain(`>${BIDANG_REF}!$C$7</definedName>`);
    expect(dinas()).toMatch(/<hyperlink [^>]*location="#'PK Bidang''26'!C7"/);
    // the same link's relationship target, which Excel follows
    const rels =
      sheetPart(run.after, "PK Dinas").replace("worksheets/", "worksheets/_rels/") + ".rels";
    expect(text(run.after, rels)).toMatch(
      /Target="#(&apos;|')PK Bidang(&apos;|')(&apos;|')26(&apos;|')!C7"/
    );
  });

  it("moves the logo's and the chart's anchors and the chart's series", () => {
    const drawing = Object.keys(run.after).find((n) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(n)
    ) as string;
    // rows from 0: the logo sat in row 9 (8), the chart spanned rows 5-13 (4-12)
    expect(text(run.after, drawing).match(/<xdr:row>\d+<\/xdr:row>/g)).toEqual([
      "<xdr:row>9</xdr:row>",
      "<xdr:row>5</xdr:row>",
      "<xdr:row>13</xdr:row>",
    ]);
    expect(text(run.after, "xl/charts/chart1.xml")).toContain(`<c:f>${BIDANG_REF}!$C$7:$C$8</c:f>`);
    expect(text(run.after, "xl/charts/chart1.xml")).toContain(`<c:f>${BIDANG_REF}!$B$7:$B$8</c:f>`);
  });

  it("drops the calculation chain and asks Excel to recalculate", () => {
    expect(run.after["xl/calcChain.xml"]).toBeUndefined();
    expect(text(run.after, "[Content_Types].xml")).not.toContain("calcChain");
    expect(text(run.after, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(text(run.after, "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it("keeps every part it had no reason to change byte for byte, macros included", () => {
    const untouched = Object.keys(run.before).filter(
      (n) =>
        !/^xl\/(worksheets\/sheet\d+|workbook|comments\d*|tables\/table\d+|charts\/chart\d+|drawings\/drawing\d+|calcChain)\.xml$/.test(
          n
        ) &&
        !/vmlDrawing\d*\.vml$/.test(n) &&
        !/^(\[Content_Types\]\.xml|xl\/_rels\/workbook\.xml\.rels)$/.test(n) &&
        // PK Dinas's hyperlink relationship moves with the row it points at
        n !==
          sheetPart(run.before, "PK Dinas").replace("worksheets/", "worksheets/_rels/") + ".rels"
    );
    expect(untouched).toEqual(
      expect.arrayContaining([
        "xl/vbaProject.bin",
        "customXml/item1.xml",
        "docProps/custom.xml",
        "xl/styles.xml",
        "xl/sharedStrings.xml",
      ])
    );
    for (const name of untouched)
      expect([name, same(run.before[name], run.after[name])]).toEqual([name, true]);
    // the Hierarki and Matriks sheets were not touched either
    for (const sheet of ["Hierarki", "Matriks"])
      expect(
        same(run.before[sheetPart(run.before, sheet)], run.after[sheetPart(run.after, sheet)])
      ).toBe(true);
  });

  it("stays an .xlsm: the workbook keeps its macro-enabled content type", () => {
    expect(text(run.after, "[Content_Types].xml")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
    expect(text(run.after, "xl/_rels/workbook.xml.rels")).toContain("vbaProject.bin");
  });

  it("reads back with the new row in place and the Program table one row lower", async () => {
    const host = await XlsxWorkbook.open(run.output, "pk.xlsm");
    const grids = await host.readGrids();
    const grid = grids.find((g) => g.sheet === BIDANG_SHEET);
    expect(grid?.values[3 - (grid.top - 1) + 0]?.slice(2, 5)).toEqual([
      "Persentase puskesmas dengan SIMPUS terintegrasi",
      "%",
      100,
    ]);
    expect(host.cellText(BIDANG_SHEET, "B7")).toBe(PROGRAM);
    expect(readWorkbook(grids).plan.units.length).toBeGreaterThan(0);
  });

  it("a second fill lists nothing and leaves the file as it was", async () => {
    const host = await XlsxWorkbook.open(run.output, "pk.xlsm");
    const session = await openSession(host);
    const { plan } = planSessionFill(session);
    expect([plan.changes, plan.inserts, plan.sheets ?? []]).toEqual([[], [], []]);
    await applySessionFill(host, session, plan);
    const again = unzipSync(new Uint8Array(await host.toBuffer()));
    for (const name of Object.keys(run.after))
      expect([name, same(run.after[name], again[name])]).toEqual([name, true]);
  });

  it("undo removes the row and moves everything back", async () => {
    const host = await XlsxWorkbook.open(run.output, "pk.xlsm");
    const undone = await undoLastFill(host);
    expect(undone.refused).toEqual([]);
    const back = unzipSync(new Uint8Array(await host.toBuffer()));
    const xml = text(back, sheetPart(back, BIDANG_SHEET));
    expect(xml).toContain("<f>B6</f>");
    expect(xml).toMatch(/<row r="8" hidden="1"/);
    expect(xml).toContain('<conditionalFormatting sqref="C6:C7">');
    expect(text(back, "xl/workbook.xml")).toContain(`>${BIDANG_REF}!$A$1:$E$12</definedName>`);
    expect(text(back, "xl/charts/chart1.xml")).toContain(`<c:f>${BIDANG_REF}!$C$6:$C$7</c:f>`);
    for (const name of ["xl/vbaProject.bin", "customXml/item1.xml", "docProps/custom.xml"])
      expect(same(run.before[name], back[name])).toBe(true);
    const before = await (await XlsxWorkbook.open(run.input, "pk.xlsm")).readGrids();
    const after = await host.readGrids();
    const visible = (gs: typeof before) =>
      gs
        .filter((g) => g.sheet !== "_selaras_profile")
        .map((g) => ({ sheet: g.sheet, top: g.top, values: g.values, merges: g.merges }));
    expect(visible(after)).toEqual(visible(before));
  });
});
