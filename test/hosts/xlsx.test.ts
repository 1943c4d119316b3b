import { reasonText } from "../../src/core/reasonMessages";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { FINDING_CODES } from "../../src/core/findings";
import {
  BadWorkbookError,
  XlsxWorkbook,
  type FileWorkbook,
} from "../../src/hosts/xlsx/xlsxWorkbook";
import { bookOf, partOf, sheetPartOf } from "./inspect";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import {
  gridsFromSpec,
  xlsxFromSpec,
  type SheetSpec,
  type WorkbookSpec,
} from "../../src/sample/spec";
import { lastCol, type Grid } from "../../src/workbook/grid";
import { annotate } from "../../src/app/annotate";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { checkSession, openSession } from "../../src/app/session";
import { planSessionPk } from "../../src/app/pk";
import { readWorkbook } from "../../src/workbook/read";
import { dinasKesehatan, dinasWithRecap, PUSKESMAS, SIMPUS } from "../fixtures/dinasKesehatan";
import { pohonKinerjaInShapes } from "../fixtures/pohonShapes";
import {
  alokasiBps,
  pkBpbd,
  pkDispora,
  pkTapin,
  renjaDeliSerdang,
  workbook,
} from "../fixtures/lookalikes";

async function open(spec: WorkbookSpec, name = "uji.xlsx") {
  return XlsxWorkbook.open(await xlsxFromSpec(spec), name);
}

async function reopen(host: FileWorkbook) {
  return XlsxWorkbook.open(await host.toBuffer(), host.name);
}

describe("reading through ExcelJS gives what the grids say", () => {
  it.each([
    ["PK BPBD", pkBpbd()],
    ["PK Dispora", pkDispora()],
    ["Renja Deli Serdang", renjaDeliSerdang()],
    ["Alokasi BPS", alokasiBps()],
    ["PK BPS Tapin", pkTapin()],
  ])("%s", async (_name, sheet) => {
    const spec = workbook(sheet);
    const host = await open(spec);
    const grids = await host.readGrids();
    const fromFile = readWorkbook(grids);
    const fromSpec = readWorkbook(gridsFromSpec(spec));
    // merged cells (a Sasaran over several rows) come from ExcelJS's merge table
    const merges = (gs: Grid[]) =>
      gs.map((g) => [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left));
    expect(merges(grids)).toEqual(merges(gridsFromSpec(spec)));
    expect(fromFile.tables).toEqual(fromSpec.tables);
    expect(fromFile.plan.indicators.map((r) => [r.unit, r.name, r.target.original])).toEqual(
      fromSpec.plan.indicators.map((r) => [r.unit, r.name, r.target.original])
    );
  });

  it("trims a used range of 16,000 empty formatted columns to the cells that hold something", async () => {
    const host = await open(workbook(alokasiBps()));
    const [grid] = await host.readGrids();
    expect(lastCol(grid)).toBe(7);
  });

  it("reads #REF! and #N/A as errors: a percentage target of #REF! is invalid, never a number", async () => {
    const sheet: SheetSpec = {
      name: "Biro Umum",
      rows: [
        ["PERJANJIAN KINERJA BIRO UMUM TAHUN 2026"],
        ["No", "Indikator Kinerja", "Satuan", "Target"],
        ["1", "Persentase pengadaan tepat waktu", "%", { error: "#REF!" }],
        ["2", "Indeks kepuasan layanan umum", "Indeks", { error: "#N/A" }],
      ],
    };
    const session = await openSession(await open(workbook(sheet)));
    const codes = checkSession(session).findings.map((f) => `${f.code} ${f.at?.cell}`);
    expect(codes).toEqual(["TARGET_INVALID D3", "TARGET_INVALID D4"]);
  });

  it("reads a formula's cached value (and a cached 0, which ExcelJS reports as undefined)", async () => {
    const sheet: SheetSpec = {
      name: "Bagian Keuangan",
      rows: [
        ["PERJANJIAN KINERJA BAGIAN KEUANGAN TAHUN 2026"],
        ["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"],
        ["1", "Jumlah laporan keuangan yang disusun", "Laporan", 12, 3, 3, 3, 3],
        ["2", "Jumlah temuan BPK yang belum ditindaklanjuti", "Temuan", 0, 0, 0, 0, 0],
      ],
      formulas: { D3: "SUM(E3:H3)", D4: "SUM(E4:H4)" },
    };
    const session = await openSession(await open(workbook(sheet)));
    expect(session.read.plan.indicators.map((r) => r.target.value)).toEqual([12, 0]);
  });
});

describe("fill on the bundled sample", () => {
  it("writes only what the plan lists, leaves conflicts alone, and a second fill is a no-op", async () => {
    const host = await open(sampleWorkbook(), "sampel.xlsx");
    const session = await openSession(host);
    const { plan } = planSessionFill(session);
    expect(plan.changes.length).toBeGreaterThan(10);
    expect(plan.conflicts.find((c) => c.cell === "E14")).toMatchObject({ old: 90 });
    await applySessionFill(host, session, plan);

    const again = await reopen(host);
    const second = planSessionFill(await openSession(again));
    expect(second.plan.changes).toEqual([]);
    expect(second.plan.inserts).toEqual([]);
    const ws = (await bookOf(again)).getWorksheet("IKU Eselon II") as ExcelJS.Worksheet;
    expect(ws.getCell("E14").value).toBe(90); // the user's value, kept
    expect(ws.getCell("A26").value).toBe("Kantor Regional III Bandung");
    expect(ws.getCell("H17").value).toBe(95);
  });

  it("compares every cell before and after: nothing changes that the preview did not show", async () => {
    const spec = sampleWorkbook();
    const host = await open(spec, "sampel.xlsx");
    const session = await openSession(host);
    const { plan } = planSessionFill(session);
    const before = session.grids;
    await applySessionFill(host, session, plan);
    const after = await (await reopen(host)).readGrids();
    const listed = new Set(plan.changes.map((c) => `${c.sheet}!${c.cell}`));
    const inserted = plan.inserts.map((i) => ({
      sheet: i.sheet,
      from: i.afterRow + 1,
      count: i.count,
    }));
    for (const g of before) {
      const a = after.find((x) => x.sheet === g.sheet);
      expect(a).toBeDefined();
      g.values.forEach((row, i) => {
        row.forEach((v, j) => {
          const r = g.top + i;
          const c = g.left + j;
          const shift = inserted
            .filter((x) => x.sheet === g.sheet && r >= x.from)
            .reduce((n, x) => n + x.count, 0);
          const key = `${g.sheet}!${String.fromCharCode(64 + c)}${r + shift}`;
          if (listed.has(key)) return;
          const now = a!.values[r + shift - a!.top]?.[c - a!.left] ?? null;
          expect([key, now]).toEqual([key, v]);
        });
      });
    }
  });

  it("records what it wrote in the profile sheet (very hidden), so the next fill knows its own values", async () => {
    const host = await open(sampleWorkbook(), "sampel.xlsx");
    const session = await openSession(host);
    await applySessionFill(host, session, planSessionFill(session).plan);
    const again = await reopen(host);
    const profile = await again.readProfile();
    expect(profile?.written?.["IKU Eselon II!A26"]).toBe("Kantor Regional III Bandung");
    expect(profile?.undo?.length).toBeGreaterThan(0);
    expect((await bookOf(again)).getWorksheet("_selaras_profile")?.state).toBe("veryHidden");
  });
});

describe("writing safely", () => {
  const pk = (extra: Partial<SheetSpec> = {}): WorkbookSpec =>
    dinasKesehatan({
      dinas: [["1", "1", PUSKESMAS, "Puskesmas", 12]],
      bidang: [["1", "1", PUSKESMAS, "Puskesmas", 10]],
      bidangSheet: { merges: ["B6:B6"], ...extra },
      matrix: [["1", PUSKESMAS, "F"]],
    });

  it("a user's different value is a conflict, written only when accepted", async () => {
    const host = await open(pk());
    const session = await openSession(host);
    expect(planSessionFill(session).plan.conflicts).toEqual([
      expect.objectContaining({ sheet: "PK Bidang", cell: "E3", old: 10, new: 12 }),
    ]);
    expect(planSessionFill(session, { acceptConflicts: true }).plan.changes).toEqual([
      expect.objectContaining({ sheet: "PK Bidang", cell: "E3", old: 10, new: 12 }),
    ]);
  });

  it("never overwrites a formula", async () => {
    const host = await open(pk({ formulas: { E3: "4+6" } }));
    const { plan } = planSessionFill(await openSession(host), { acceptConflicts: true });
    expect(plan.changes).toEqual([]);
    expect(plan.skipped[0]).toMatchObject({ sheet: "PK Bidang", cell: "E3" });
    expect(plan.skipped[0].reason).toEqual({ code: "fill-formula" });
  });

  it("never writes to a protected sheet, and says so", async () => {
    const host = await open(pk({ protect: true }));
    const { plan } = planSessionFill(await openSession(host), { acceptConflicts: true });
    expect(plan.changes).toEqual([]);
    expect(plan.skipped[0].reason).toEqual({ code: "sheet-protected", sheet: "PK Bidang" });
    expect(reasonText(plan.skipped[0].reason, "en")).toBe(
      "sheet 'PK Bidang' is protected: unprotect it to fill"
    );
    const forced = await host.applyPatches({
      changes: [{ sheet: "PK Bidang", cell: "E3", old: 10, new: 12 }],
      conflicts: [],
      skipped: [],
      inserts: [],
    });
    expect(forced).toEqual({
      written: 0,
      refused: [{ sheet: "PK Bidang", reason: { code: "sheet-protected", sheet: "PK Bidang" } }],
    });
  });

  it("inserts a new row directly below the table, moving the Program table (and its merges) down", async () => {
    const spec = pk();
    spec.sheets[3].rows.push(["2", "Persentase puskesmas dengan SIMPUS terintegrasi", "P"]);
    spec.sheets[1].rows.push([
      "2",
      "2",
      "Persentase puskesmas dengan SIMPUS terintegrasi",
      "%",
      "100,00 %",
    ]);
    spec.sheets[2].merges = ["B5:C5"];
    const host = await open(spec);
    const session = await openSession(host);
    const { plan } = planSessionFill(session);
    expect(plan.inserts).toEqual([{ sheet: "PK Bidang", afterRow: 3, count: 1, styleFrom: 3 }]);
    await applySessionFill(host, session, plan);
    const ws = (await bookOf(host)).getWorksheet("PK Bidang") as ExcelJS.Worksheet;
    expect(ws.getCell("C4").value).toBe("Persentase puskesmas dengan SIMPUS terintegrasi");
    expect(ws.getCell("E4").value).toBe(100); // the column holds numbers: a number, not the parent's text
    expect(ws.getCell("B6").value).toBe("Program");
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(["B6:C6"]);
  });
  it("never clears a Bidang's target because the Dinas has not filled its own yet", async () => {
    const spec = dinasKesehatan({
      dinas: [
        ["1", "1", PUSKESMAS, "Puskesmas", null],
        ["2", "2", SIMPUS, "%", null],
      ],
      bidang: [["1", "1", PUSKESMAS, "Puskesmas", 10]],
      matrix: [
        ["1", PUSKESMAS, "F"],
        ["2", SIMPUS, "F"],
      ],
    });
    const host = await open(spec);
    const { plan } = planSessionFill(await openSession(host));
    const cells = [...plan.changes, ...plan.conflicts].map((c) => `${c.sheet}!${c.cell}`);
    expect(cells).not.toContain("PK Bidang!E3");
    // the row the matriks asks for is still added, with its name and satuan, target left blank
    expect(plan.inserts).toEqual([{ sheet: "PK Bidang", afterRow: 3, count: 1, styleFrom: 3 }]);
    expect(plan.changes.filter((c) => c.cell.endsWith("4")).map((c) => [c.cell, c.new])).toEqual([
      ["C4", SIMPUS],
      ["D4", "%"],
    ]);
  });

  it("puts two IKU the matriks gives the Bidang, which its PK lacks, in one insert of two rows", async () => {
    const spec = pk();
    spec.sheets[1].rows.push(
      ["2", "2", SIMPUS, "%", "100,00 %"],
      ["3", "3", "Jumlah desa dengan posyandu aktif", "Desa", 240]
    );
    spec.sheets[3].rows.push(["2", SIMPUS, "F"], ["3", "Jumlah desa dengan posyandu aktif", "F"]);
    const host = await open(spec);
    const session = await openSession(host);
    const { plan } = planSessionFill(session);
    expect(plan.inserts).toEqual([{ sheet: "PK Bidang", afterRow: 3, count: 2, styleFrom: 3 }]);
    await applySessionFill(host, session, plan);
    const ws = (await bookOf(host)).getWorksheet("PK Bidang") as ExcelJS.Worksheet;
    expect([ws.getCell("C4").value, ws.getCell("C5").value]).toEqual([
      SIMPUS,
      "Jumlah desa dengan posyandu aktif",
    ]);
    expect(ws.getCell("E5").value).toBe(240);
    expect(ws.getCell("B7").value).toBe("Program");
  });
});

describe("the annotated copy", () => {
  it("colours each finding's cell, adds a note without replacing an existing one, and lists findings on a Temuan sheet", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxFromSpec(sampleWorkbook())) as unknown as ArrayBuffer);
    (book.getWorksheet("IKU Eselon II") as ExcelJS.Worksheet).getCell("E14").note =
      "Catatan pengguna: target disepakati 90";
    const host = await XlsxWorkbook.open(
      new Uint8Array(await book.xlsx.writeBuffer()),
      "sampel.xlsx"
    );
    const session = await openSession(host);
    const check = checkSession(session);
    await annotate(host, check, "id", host.sheetNames());
    const copy = await reopen(host);
    const cell = ((await bookOf(copy)).getWorksheet("IKU Eselon II") as ExcelJS.Worksheet).getCell(
      "E14"
    );
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    const note =
      typeof cell.note === "string"
        ? cell.note
        : (cell.note as { texts: Array<{ text: string }> }).texts.map((t) => t.text).join("");
    expect(note).toContain("Catatan pengguna: target disepakati 90");
    expect(note).toContain("FULL_DRIFT");
    const temuan = (await bookOf(copy)).getWorksheet("Temuan") as ExcelJS.Worksheet;
    expect(check.findings).toHaveLength(FINDING_CODES.length);
    // one finding of each code: its row on the Temuan sheet
    const codes = check.findings.map((_, i) => temuan.getCell(`C${i + 2}`).value);
    const rowOf = (code: string) => codes.indexOf(code) + 2;
    // an internal link, as Excel writes one: a location, no relationship
    const temuanXml = await partOf(copy, await sheetPartOf(copy, "Temuan"));
    expect(temuanXml).toMatch(/<hyperlink ref="E2" location="'[^']+'![A-Z]+\d+"/);
    // the sample reports TW I–II: each finding's IKU with its capaian, computed by polarity
    expect(temuan.getCell("J1").value).toBe("Capaian");
    expect(temuan.getCell(`J${rowOf("CAPAIAN_WRONG")}`).value).toBe("105,26% (tercapai)");
    expect(temuan.getCell(`J${rowOf("LINK_CYCLE")}`).value).toBeNull();
  });

  it("lists errors first, then warnings, then info, with an empty follow-up column, frozen, filtered and printable", async () => {
    const host = await XlsxWorkbook.open(await xlsxFromSpec(sampleWorkbook()), "sampel.xlsx");
    const before = await partOf(host, "xl/workbook.xml");
    const check = checkSession(await openSession(host));
    await annotate(host, check, "id", host.sheetNames());
    const copy = await reopen(host);
    const rows = check.findings.length + 1;
    const xml = await partOf(copy, await sheetPartOf(copy, "Temuan"));
    expect(xml).toContain(
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    );
    // the list and its header, not the legend below it
    expect(xml).toContain(`<autoFilter ref="A1:K${rows}"/>`);
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
    // the worksheet schema's order
    const order = [
      "<sheetPr>",
      "<sheetViews>",
      "<cols>",
      "<sheetData>",
      "<autoFilter ",
      "<hyperlinks>",
      "<pageMargins ",
      "<pageSetup ",
    ].map((tag) => xml.indexOf(tag));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    // the names Excel keeps for a filter and print titles, scoped to the sheet
    const workbookXml = await partOf(copy, "xl/workbook.xml");
    const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const local = sheets.indexOf("Temuan");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${local}" hidden="1">'Temuan'!$A$1:$K$${rows}</definedName>`
    );
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${local}">'Temuan'!$1:$1</definedName>`
    );

    // another program reads the same: the order, the empty follow-up column, the view and print setup
    const ws = (await bookOf(copy)).getWorksheet("Temuan") as ExcelJS.Worksheet;
    expect(ws.getCell("B2").value).toBe("Galat");
    const rank: Record<string, number> = { Galat: 0, Peringatan: 1, Info: 2 };
    const listed = [...Array(check.findings.length).keys()].map((i) => ({
      no: ws.getCell(`A${i + 2}`).value,
      severity: String(ws.getCell(`B${i + 2}`).value),
      code: ws.getCell(`C${i + 2}`).value,
      followUp: ws.getCell(`K${i + 2}`).value,
    }));
    const expected = (["error", "warning", "info"] as const).flatMap((s) =>
      check.findings.filter((f) => f.severity === s).map((f) => f.code)
    );
    expect(listed.map((r) => r.code)).toEqual(expected);
    expect(listed.map((r) => rank[r.severity])).toEqual(
      [...listed.map((r) => rank[r.severity])].sort((a, b) => a - b)
    );
    expect(listed.map((r) => r.no)).toEqual(listed.map((_, i) => i + 1));
    expect(listed.every((r) => r.followUp === null)).toBe(true);
    expect(ws.getCell("K1").value).toBe("Tindak lanjut");
    // the legend sits below the filter's last row, its labels coloured
    expect(ws.getCell(`B${rows + 2}`).value).toBe("Galat");
    expect((ws.getCell(`B${rows + 2}`).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:K${rows}`);
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });

    // Clear highlights takes the sheet and its names with it
    await copy.clearHighlights();
    const cleared = await partOf(copy, "xl/workbook.xml");
    expect(cleared).not.toContain("_xlnm");
    expect(cleared).not.toContain("<definedNames");
    expect(before).not.toContain("<definedNames");
    expect(copy.sheetNames()).not.toContain("Temuan");
  });
});

describe("sheet-scoped names in a workbook with a chart sheet", () => {
  /** The sample with a chart sheet as its first tab, as Excel stores one (no worksheet part). */
  async function withChartSheet(): Promise<Uint8Array> {
    const parts = unzipSync(await xlsxFromSpec(sampleWorkbook()));
    const edit = (path: string, f: (xml: string) => string) =>
      (parts[path] = strToU8(f(strFromU8(parts[path]))));
    parts["xl/chartsheets/sheet1.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`
    );
    edit("[Content_Types].xml", (x) =>
      x.replace(
        "</Types>",
        `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>`
      )
    );
    edit("xl/_rels/workbook.xml.rels", (x) =>
      x.replace(
        "</Relationships>",
        `<Relationship Id="rIdGrafik" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
      )
    );
    edit("xl/workbook.xml", (x) =>
      x.replace("<sheets>", `<sheets><sheet name="Grafik" sheetId="99" r:id="rIdGrafik"/>`)
    );
    return zipSync(parts);
  }

  it("counts the chart sheet in localSheetId, and Clear highlights removes the names again", async () => {
    const host = await XlsxWorkbook.open(await withChartSheet(), "grafik.xlsx");
    await annotate(host, checkSession(await openSession(host)), "id", host.sheetNames());
    const workbookXml = await partOf(host, "xl/workbook.xml");
    const tabs = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(tabs[0]).toBe("Grafik");
    const local = tabs.indexOf("Temuan");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${local}" hidden="1">`
    );
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${local}">`
    );
    await host.clearHighlights();
    const cleared = await partOf(host, "xl/workbook.xml");
    expect(cleared).not.toContain("<definedNames");
    expect(cleared).toContain('<sheet name="Grafik"');
  });
});

describe("a drafted PK in the .xlsx", () => {
  it("prints on A4 one page wide with its header repeated, bold and boxed as the form has it", async () => {
    const host = await XlsxWorkbook.open(await xlsxFromSpec(dinasWithRecap()), "dinas.xlsx");
    const session = await openSession(host);
    const draft = planSessionPk(session);
    await applySessionFill(host, session, draft.plan);
    const name = draft.plan.sheets?.[0].name as string;
    const header = draft.plan.sheets?.[0].at as number;
    const xml = await partOf(host, await sheetPartOf(host, name));
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>'
    );
    expect(xml).toMatch(/<mergeCells count="\d+"><mergeCell ref="A1:I1"\/>/);
    const workbookXml = await partOf(host, "xl/workbook.xml");
    expect(workbookXml).toMatch(
      new RegExp(
        `<definedName name="_xlnm.Print_Titles" localSheetId="3">'${name}'!\\$${header}:\\$${header}</definedName>`
      )
    );
    // another program sees the form: the header bold, the table boxed, the paragraphs wrapped
    const ws = (await bookOf(host)).getWorksheet(name) as ExcelJS.Worksheet;
    expect(ws.getCell(`C${header}`).font?.bold).toBe(true);
    expect(ws.getCell(`E${header + 1}`).border?.top?.style).toBe("thin");
    expect(ws.getCell("A4").alignment?.wrapText).toBe(true);
    expect(ws.getColumn(3).width).toBe(46);
  });
});

describe("bad input gets a one-line reason, never a stack trace", () => {
  it.each([
    ["not an .xlsx", Buffer.from("Nama;Target\nBiro Umum;90\n"), "not an .xlsx file"],
    [
      "password-protected",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "password-protected",
    ],
    ["corrupt", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]), "damaged"],
    ["empty", Buffer.alloc(0), "the file is empty"],
  ])("%s", async (_label, bytes, message) => {
    const err = await XlsxWorkbook.open(bytes, "rusak.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadWorkbookError);
    // said in the user's language from its reason; the message is the Indonesian sentence
    const said = reasonText((err as BadWorkbookError).reason, "en");
    expect(said).toContain(message);
    expect(said.startsWith("rusak.xlsx: ")).toBe(true);
    expect((err as Error).message.split("\n")).toHaveLength(1);
  });

  it("an empty workbook reads as no IKU table, sheet by sheet", async () => {
    const session = await openSession(await open({ sheets: [{ name: "Sheet1", rows: [] }] }));
    expect(session.read.plan.indicators).toEqual([]);
    expect(session.read.sheets[0]).toMatchObject({
      status: "ignored",
      reason: { code: "sheet-empty" },
    });
  });

  it("a CSV saved by Excel with an Indonesian locale is read like a sheet", async () => {
    const csv =
      "\uFEFFNO;SASARAN;INDIKATOR KINERJA;SATUAN;TARGET\r\n1;Meningkatnya prestasi olahraga;Persentase atlet berprestasi;%;36,6\r\n";
    const host = await XlsxWorkbook.open(Buffer.from(csv, "utf8"), "pk_kadis.csv");
    const session = await openSession(host);
    expect(session.read.plan.indicators[0]).toMatchObject({
      unit: "pk_kadis",
      name: "Persentase atlet berprestasi",
    });
    expect(session.read.plan.indicators[0].target.value).toBe(36.6);
  });

  it("a pohon kinerja drawn in shapes is listed as such, and the other sheets are read", async () => {
    const host = await XlsxWorkbook.open(await pohonKinerjaInShapes(), "pohon.xlsx");
    const session = await openSession(host);
    const pohon = session.read.sheets.find((s) => s.sheet === "Pohon Kinerja");
    expect(pohon).toMatchObject({ status: "refused" });
    expect(pohon?.reason).toEqual({ code: "sheet-drawn-in-shapes", shapes: 5 });
    expect(pohon?.reason && reasonText(pohon.reason, "id")).toContain(
      "pohon kinerja dalam bentuk gambar"
    );
    expect(pohon?.reason && reasonText(pohon.reason, "en")).toContain("5 shapes");
    expect(session.read.sheets.find((s) => s.sheet === "PK Kalaksa")?.status).toBe("read");
  });

  it.each<[string, (text: string) => Buffer]>([
    [
      "UTF-16LE with a BOM",
      (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
    ],
    ["UTF-16LE without a BOM", (t) => Buffer.from(t, "utf16le")],
    ["UTF-16BE with a BOM", (t) => Buffer.from(Buffer.from("\uFEFF" + t, "utf16le").swap16())],
  ])("Excel's 'Unicode Text' (%s, tab-separated) is read like a sheet", async (_how, encode) => {
    const text =
      "NO\tSASARAN\tINDIKATOR KINERJA\tSATUAN\tTARGET\r\n1\tMeningkatnya prestasi olahraga\tPersentase atlet berprestasi\t%\t36,6\r\n";
    const host = await XlsxWorkbook.open(encode(text), "pk_kadis.csv");
    const session = await openSession(host);
    expect(session.read.plan.indicators.map((i) => [i.name, i.target.value])).toEqual([
      ["Persentase atlet berprestasi", 36.6],
    ]);
  });
});
