import { reasonText } from "../../../src/core/reasonMessages";
/**
 * The Office.js host over the in-memory Excel, beyond the shared contract: how values are written
 * (text stays text, blocks, formats), undo steps, highlights with notes and comments on each API
 * level, the findings sheet, the profile sheet, reading details, and select.
 */
import { sheetRef } from "../../../src/hosts/excel/cells";
import { OfficeWorkbook } from "../../../src/hosts/excel/officeWorkbook";
import { sampleWorkbook } from "../../../src/sample/sampleWorkbook";
import type { WorkbookSpec } from "../../../src/sample/spec";
import { cellKey } from "../../../src/workbook/grid";
import { highlightPlan } from "../../../src/workbook/highlight";
import { annotate } from "../../../src/app/annotate";
import { applySessionFill, planSessionFill } from "../../../src/app/fill";
import { checkSession, openSession } from "../../../src/app/session";
import { planSessionPk } from "../../../src/app/pk";
import type { CellChange, PatchPlan } from "../../../src/workbook/patches";
import { PROFILE_SHEET, profileToCells } from "../../../src/workbook/profile";
import {
  dinasWithKesmas,
  dinasWithRecap,
  KESMAS,
  KESMAS_SHEET,
  PUSKESMAS,
} from "../../fixtures/dinasKesehatan";
import { FakeExcel, upTo, without } from "./fakeExcel";

function open(spec: WorkbookSpec, options: ConstructorParameters<typeof FakeExcel>[1] = {}) {
  const excel = FakeExcel.fromSpec(spec, options);
  const host = new OfficeWorkbook({ run: excel.run, supports: excel.supports });
  return { excel, host, book: excel.workbook };
}

const plan = (changes: PatchPlan["changes"], extra: Partial<PatchPlan> = {}): PatchPlan => ({
  changes,
  conflicts: [],
  skipped: [],
  inserts: [],
  ...extra,
});

const SHEET: WorkbookSpec = {
  sheets: [
    {
      name: "PK Bidang",
      rows: [
        ["PERJANJIAN KINERJA BIDANG PELAYANAN KESEHATAN TAHUN 2026"],
        ["No", "Kode", "Indikator Kinerja", "Satuan", "Target", "TW I"],
        ["1", "1.1", "Persentase puskesmas terakreditasi", "%", 0.85, 0.2],
        ["2", "1.2", "Jumlah dokumen perencanaan", "Dokumen", 4, { error: "#REF!" }],
        [],
        ["No", "Program", "Anggaran"],
        ["1", "Program Pemenuhan Upaya Kesehatan", "Rp 2.500.000.000"],
      ],
      formats: { E3: "0%", F3: "0%" },
      formulas: { F4: "SUM('PK Dinas'!F4:F7)" },
      merges: ["A6:A7"],
      phantomColumn: 40,
    },
    { name: "Arsip", rows: [["lama"]], state: "hidden" },
  ],
};

describe("writing through Office.js", () => {
  it("keeps text as text, numbers as numbers, and clears with null", async () => {
    const { host, book } = open(SHEET);
    await host.applyPatches(
      plan([
        { sheet: "PK Bidang", cell: "B3", old: "1.1", new: "1.10" },
        { sheet: "PK Bidang", cell: "C3", old: "x", new: "=SUM(A1)" },
        { sheet: "PK Bidang", cell: "D3", old: "%", new: "TRUE" },
        { sheet: "PK Bidang", cell: "E4", old: 4, new: 5 },
        { sheet: "PK Bidang", cell: "A4", old: "2", new: null },
      ])
    );
    expect(book.value("PK Bidang", "B3")).toBe("1.10");
    expect(book.value("PK Bidang", "C3")).toBe("=SUM(A1)");
    expect(book.value("PK Bidang", "D3")).toBe("TRUE");
    expect(book.value("PK Bidang", "E4")).toBe(5);
    expect(book.value("PK Bidang", "A4")).toBeNull();
  });

  it("writes a rectangle of changes as one values block, formats only where the plan gives one", async () => {
    const { excel, host, book } = open(SHEET);
    const changes: CellChange[] = [3, 4].flatMap((r) =>
      ["B", "C", "D"].map((c) => ({
        sheet: "PK Bidang",
        cell: `${c}${r}`,
        old: null,
        new: `${c}${r}`,
      }))
    );
    changes[5] = { ...changes[5], new: 0.5, numFmt: "0.0%" };
    await host.applyPatches(plan(changes));
    expect(excel.stats.valueWrites).toBe(1);
    const sheet = book.sheet("PK Bidang");
    expect(sheet?.cells.get(cellKey(4, 4))?.numberFormat).toBe("0.0%");
    expect(sheet?.cells.get(cellKey(3, 4))?.numberFormat).toBeUndefined();
  });

  it("inserts rows below a table (merges and what follows move down) and deletes them again", async () => {
    const { host, book } = open(SHEET);
    await host.applyPatches(
      plan([{ sheet: "PK Bidang", cell: "C5", old: null, new: "Indeks kepuasan" }], {
        inserts: [{ sheet: "PK Bidang", afterRow: 4, count: 1, styleFrom: 4 }],
      })
    );
    expect(book.value("PK Bidang", "B7")).toBe("Program");
    expect(book.sheet("PK Bidang")?.merges).toEqual([{ top: 7, left: 1, bottom: 8, right: 1 }]);
    await host.applyPatches(plan([], { deletes: [{ sheet: "PK Bidang", fromRow: 5, count: 1 }] }));
    expect(book.value("PK Bidang", "B6")).toBe("Program");
    expect(book.value("PK Bidang", "C5")).toBeNull();
    expect(book.sheet("PK Bidang")?.merges).toEqual([{ top: 6, left: 1, bottom: 7, right: 1 }]);
  });

  it("is one undo step with ExcelApi 1.20, one per chunk before it", async () => {
    const changes = [3, 4].map((r) => ({ sheet: "PK Bidang", cell: `E${r}`, old: 1, new: r }));
    const grouped = open(SHEET);
    const host = new OfficeWorkbook({
      run: grouped.excel.run,
      supports: grouped.excel.supports,
      chunkBytes: 10,
    });
    await host.applyPatches(plan(changes, { deletes: [{ sheet: "Arsip", fromRow: 1, count: 1 }] }));
    expect(grouped.excel.stats.undoSteps).toBe(1);
    expect(grouped.excel.stats.runs.find((r) => r.mergeUndoGroup)?.syncs).toBeGreaterThan(1);

    const old = open(SHEET, { supports: without("1.20") });
    const oldHost = new OfficeWorkbook({
      run: old.excel.run,
      supports: old.excel.supports,
      chunkBytes: 10,
    });
    await oldHost.applyPatches(
      plan(changes, { deletes: [{ sheet: "Arsip", fromRow: 1, count: 1 }] })
    );
    expect(old.excel.stats.undoSteps).toBeGreaterThan(1);
  });

  it("adds a sheet with the parent header's column widths, outside the undo group of the writes", async () => {
    const spec = dinasWithKesmas();
    spec.sheets[1].widths = [5, 10, 60, 12, 14];
    const { excel, host, book } = open(spec);
    const session = await openSession(host);
    const { plan: filled } = planSessionFill(session, { newSheets: [KESMAS] });
    excel.resetStats();
    expect((await applySessionFill(host, session, filled)).refused).toEqual([]);
    const added = book.sheet(KESMAS_SHEET);
    expect(added && [1, 2, 3, 4, 5].map((c) => added.widths.get(c))).toEqual([30, 60, 360, 72, 84]);
    expect(book.value(KESMAS_SHEET, "C5")).toBe(PUSKESMAS);
    // the profile sheet (first fill only) and the new sheet are added before the one group of
    // writes: whether Excel can group adding a sheet is not documented, so it is not tried
    expect(excel.stats.undoSteps).toBe(3);
    expect(excel.stats.runs.filter((r) => r.mergeUndoGroup)).toHaveLength(1);
  });

  it("drafts a PK in its own form: widths, bold header, boxed table, A4 one page wide, header repeated", async () => {
    const { host, book } = open(dinasWithRecap());
    const session = await openSession(host);
    const draft = planSessionPk(session);
    expect((await applySessionFill(host, session, draft.plan)).refused).toEqual([]);
    const sheet = draft.plan.sheets?.[0];
    const header = sheet?.at as number;
    const added = book.sheet(sheet?.name as string);
    expect(added?.widths.get(3)).toBe(46 * 6);
    expect(added?.cell(header, 3).bold).toBe(true);
    expect(added?.cell(header + 1, 5).borders?.EdgeTop).toBe("Continuous");
    expect(added?.cell(4, 1).wrap).toBe(true);
    expect(added?.page).toEqual({
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${header}:$${header}`,
    });
  });

  it("refuses a plan touching a protected or missing sheet, with the reason, writing nothing", async () => {
    const spec: WorkbookSpec = {
      sheets: SHEET.sheets.map((s) => ({ ...s, protect: s.name === "Arsip" })),
    };
    const { excel, host, book } = open(spec);
    const result = await host.applyPatches(
      plan([
        { sheet: "PK Bidang", cell: "E3", old: 0.85, new: 0.9 },
        { sheet: "Arsip", cell: "A1", old: "lama", new: "baru" },
        { sheet: "Hilang", cell: "A1", old: null, new: 1 },
      ])
    );
    expect(result.written).toBe(0);
    expect(result.refused.map((r) => r.sheet)).toEqual(["Arsip", "Hilang"]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      { code: "sheet-protected", sheet: "Arsip" },
      { code: "sheet-missing", sheet: "Hilang" },
    ]);
    expect(book.value("PK Bidang", "E3")).toBe(0.85);
    expect(excel.stats.undoSteps).toBe(0);
  });
});

describe("reading through Office.js", () => {
  it("reads values only (no phantom columns), errors, states, merges, and details where needed", async () => {
    const { host } = open(SHEET);
    const session = await openSession(host);
    const grid = session.grids.find((g) => g.sheet === "PK Bidang");
    expect(grid?.values[0]).toEqual(["PERJANJIAN KINERJA BIDANG PELAYANAN KESEHATAN TAHUN 2026"]);
    expect(grid?.values[2]).toEqual([
      "1",
      "1.1",
      "Persentase puskesmas terakreditasi",
      "%",
      0.85,
      0.2,
    ]);
    expect(grid?.values[3][5]).toEqual({ error: "#REF!" });
    expect(grid?.merges).toEqual([{ top: 6, left: 1, bottom: 7, right: 1 }]);
    expect(session.grids.find((g) => g.sheet === "Arsip")?.state).toBe("hidden");
    expect(grid?.formats.get(cellKey(3, 5))).toBe("0%");
    expect(grid?.formulas.has(cellKey(4, 6))).toBe(true);
    expect(grid?.formulaSheets?.has("PK Dinas")).toBe(true);
  });

  it("reads the read columns' formulas without special cells (ExcelApi 1.7)", async () => {
    const { host } = open(SHEET, { supports: upTo("1.7") });
    const session = await openSession(host);
    const grid = session.grids.find((g) => g.sheet === "PK Bidang");
    expect(grid?.merges).toEqual([]);
    expect(grid?.formats.get(cellKey(3, 5))).toBe("0%");
    expect(grid?.formulas.has(cellKey(4, 6))).toBe(true);
  });

  it("says a sheet drawn in shapes is a pohon kinerja (ExcelApi 1.9), pictures aside", async () => {
    const pohon: WorkbookSpec = {
      sheets: [
        ...SHEET.sheets,
        {
          name: "Pohon Kinerja",
          rows: [],
          shapes: ["TextBox", "TextBox", "GeometricShape", "Line", "Line", "Image"],
        },
        { name: "Logo", rows: [["Dinas Kesehatan"]], shapes: ["Image"] },
      ],
    };
    const { host } = open(pohon);
    const session = await openSession(host);
    const sheet = session.read.sheets.find((s) => s.sheet === "Pohon Kinerja");
    expect(sheet).toMatchObject({ status: "refused" });
    expect(sheet?.reason).toEqual({ code: "sheet-drawn-in-shapes", shapes: 5 });
    expect(sheet?.reason && reasonText(sheet.reason, "en")).toContain("5 shapes");
    expect(session.grids.find((g) => g.sheet === "Logo")?.shapes).toBeUndefined();
    // before 1.9 shapes cannot be counted: the sheet is only empty
    const old = open(pohon, { supports: upTo("1.7") });
    const before = await openSession(old.host);
    expect(before.read.sheets.find((s) => s.sheet === "Pohon Kinerja")?.reason).toEqual({
      code: "sheet-empty",
    });
  });

  it("never plans to overwrite a formula it found", async () => {
    const { host } = open({
      sheets: [
        {
          name: "Hierarki",
          rows: [
            ["Unit Kerja", "Unit Atasan"],
            ["Dinas Kesehatan", null],
            ["Bidang Pelayanan Kesehatan", "Dinas Kesehatan"],
          ],
        },
        {
          name: "PK Dinas",
          rows: [
            ["PERJANJIAN KINERJA DINAS KESEHATAN TAHUN 2026"],
            ["No", "Kode", "Indikator Kinerja", "Satuan", "Target", "TW I"],
            ["1", "1.2", "Jumlah dokumen perencanaan", "Dokumen", 4, 1],
          ],
        },
        SHEET.sheets[0],
        {
          name: "Matriks",
          rows: [
            ["Kode", "Indikator Kinerja Utama", "Bidang Pelayanan Kesehatan"],
            ["1.2", "Jumlah dokumen perencanaan", "F"],
          ],
        },
      ],
    });
    const session = await openSession(host);
    const { plan: p } = planSessionFill(session, { acceptConflicts: true });
    expect(p.changes.map((c) => c.cell)).not.toContain("F4");
    expect(p.skipped.find((s) => s.cell === "F4")?.reason).toEqual({ code: "fill-formula" });
  });
});

describe("the profile in the very hidden sheet", () => {
  it("is column A chunks of JSON, exactly as the ExcelJS host keeps it, read back in chunks", async () => {
    const { excel, book } = open(SHEET);
    const host = new OfficeWorkbook({
      run: excel.run,
      supports: excel.supports,
      chunkBytes: 40_000,
    });
    const profile = {
      version: 1 as const,
      year: 2026,
      written: Object.fromEntries(
        Array.from({ length: 5000 }, (_, i) => [`PK Bidang!E${i + 3}`, i])
      ),
    };
    await host.writeProfile(profile);
    const sheet = book.sheet(PROFILE_SHEET);
    expect(sheet?.visibility).toBe("VeryHidden");
    const cells = profileToCells(profile);
    expect(cells.length).toBeGreaterThan(2);
    cells.forEach((chunk, i) => expect(book.value(PROFILE_SHEET, `A${i + 1}`)).toBe(chunk));
    expect(
      await new OfficeWorkbook({
        run: excel.run,
        supports: excel.supports,
        chunkBytes: 40_000,
      }).readProfile()
    ).toEqual(profile);
    await host.writeProfile({ version: 1 });
    expect(book.value(PROFILE_SHEET, "A2")).toBeNull();
    expect(await host.readProfile()).toEqual({ version: 1 });
  });
});

describe("highlights through Office.js", () => {
  async function check(options: ConstructorParameters<typeof FakeExcel>[1] = {}) {
    const opened = open(sampleWorkbook(), options);
    const session = await openSession(opened.host);
    const result = checkSession(session);
    const hp = highlightPlan(
      result.findings,
      "id",
      session.grids.map((g) => g.sheet)
    );
    return { ...opened, session, result, hp };
  }

  it("colours one range-areas call per sheet and colour, and links the findings sheet", async () => {
    const { excel, host, hp, book } = await check();
    excel.resetStats();
    await host.highlight(hp);
    // the findings' groups, and the findings sheet's severity column per colour
    const colours = new Set(hp.cells.map((c) => c.severity)).size;
    expect(excel.stats.rangeAreasCreated).toBe(hp.groups.length + colours);
    const fs = book.sheet("Temuan");
    expect(fs).toBeDefined();
    // the sheet lists findings by severity: the plan's links are in its order
    const first = hp.findingsSheet.links.findIndex((l) => l);
    const link = fs?.cells.get(cellKey(first + 2, 5))?.hyperlink;
    const at = hp.findingsSheet.links[first] as { sheet: string; cell: string };
    expect(link?.documentReference).toBe(`${sheetRef(at.sheet)}!${at.cell}`);
    expect(book.value("Temuan", "A1")).toBe("No");
  });

  /** The findings sheet's codes and severities as listed, and what the check's order sorts to. */
  function listed(book: ReturnType<typeof open>["book"], result: ReturnType<typeof checkSession>) {
    const rows = result.findings.map((_, i) => ({
      severity: book.value("Temuan", `B${i + 2}`),
      code: book.value("Temuan", `C${i + 2}`),
    }));
    const sorted = (["error", "warning", "info"] as const).flatMap((s) =>
      result.findings.filter((f) => f.severity === s).map((f) => f.code)
    );
    return { codes: rows.map((r) => r.code), first: rows[0].severity, sorted };
  }

  it("lists errors first, freezes the header, filters the list, prints landscape one page wide", async () => {
    const { excel, host, hp, book, result } = await check();
    await host.highlight(hp);
    const { codes, first, sorted } = listed(book, result);
    expect(first).toBe("Galat");
    expect(codes).toEqual(sorted);
    const last = result.findings.length + 1;
    const followUp = String.fromCharCode(64 + hp.findingsSheet.header.length);
    expect(book.value("Temuan", `${followUp}1`)).toBe("Tindak lanjut");
    for (let r = 2; r <= last; r++) expect(book.value("Temuan", `${followUp}${r}`)).toBeNull();
    const fs = book.sheet("Temuan") as NonNullable<ReturnType<typeof book.sheet>>;
    expect(fs.frozenRows).toBe(1);
    // the header and the list: the legend below it stays out of the filter
    expect(fs.autoFilter).toBe(`A1:${followUp}${last}`);
    expect(book.value("Temuan", `B${last + 2}`)).toBe("Galat");
    expect(book.fill("Temuan", `B${last + 2}`)).toBe("FFC7CE");
    expect(fs.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
    });
    await new OfficeWorkbook({ run: excel.run, supports: excel.supports }).clearHighlights();
    expect(book.sheet("Temuan")).toBeUndefined();
  });

  it("still writes the findings sheet without ExcelApi 1.9: sorted and frozen, no filter or page setup", async () => {
    const { host, hp, book, result } = await check({ supports: upTo("1.8") });
    await host.highlight(hp);
    const { codes, sorted } = listed(book, result);
    expect(codes).toEqual(sorted);
    const fs = book.sheet("Temuan") as NonNullable<ReturnType<typeof book.sheet>>;
    expect(fs.frozenRows).toBe(1);
    expect(fs.autoFilter).toBeUndefined();
    expect(fs.page).toEqual({});
  });

  it("falls back to per-cell ranges without ExcelApi 1.9, synced together", async () => {
    const { excel, host, hp } = await check({ supports: without("1.9") });
    excel.resetStats();
    await host.highlight(hp);
    expect(excel.stats.rangeAreasCreated).toBe(0);
    expect(excel.stats.syncs.length).toBeLessThanOrEqual(6);
    expect(excel.stats.rangesCreated).toBeGreaterThan(hp.cells.length);
  });

  it("appends to an existing note, leaves a commented cell alone, and restores both", async () => {
    const { excel, host, hp, book } = await check();
    const [a, b] = hp.cells;
    book.annotate("notes", a.sheet, a.cell, "Catatan pengguna");
    book.annotate("comments", b.sheet, b.cell, "Diskusi tim");
    await host.highlight(hp);
    expect(book.note(a.sheet, a.cell)).toBe(`Catatan pengguna\n\n${a.note}`);
    expect(book.note(b.sheet, b.cell)).toBeUndefined();
    expect(book.comment(b.sheet, b.cell)).toBe("Diskusi tim");
    expect(book.note(hp.cells[2].sheet, hp.cells[2].cell)).toBe(hp.cells[2].note);
    const reopened = new OfficeWorkbook({ run: excel.run, supports: excel.supports });
    await reopened.clearHighlights();
    expect(book.note(a.sheet, a.cell)).toBe("Catatan pengguna");
    expect(book.comment(b.sheet, b.cell)).toBe("Diskusi tim");
    expect(book.note(hp.cells[2].sheet, hp.cells[2].cell)).toBeUndefined();
    expect(book.sheet("Temuan")).toBeUndefined();
    expect((await reopened.readProfile())?.highlights).toBeUndefined();
  });

  it("uses threaded comments without notes (before 1.18), never on a commented cell", async () => {
    const { excel, host, hp, book } = await check({ supports: upTo("1.17") });
    const [, b, c] = hp.cells;
    book.annotate("comments", b.sheet, b.cell, "Diskusi tim");
    await host.highlight(hp);
    expect(book.comment(b.sheet, b.cell)).toBe("Diskusi tim");
    expect(book.comment(c.sheet, c.cell)).toBe(c.note);
    expect(book.note(c.sheet, c.cell)).toBeUndefined();
    await new OfficeWorkbook({ run: excel.run, supports: excel.supports }).clearHighlights();
    expect(book.comment(b.sheet, b.cell)).toBe("Diskusi tim");
    expect(book.comment(c.sheet, c.cell)).toBeUndefined();
  });

  it("adds no notes on Excel 2019 and still restores every fill", async () => {
    const { excel, host, hp, book } = await check({ supports: upTo("1.7") });
    const c = hp.cells[0];
    book.at(c.sheet, c.cell).fill = "#00B050";
    await host.highlight(hp);
    expect(book.note(c.sheet, c.cell)).toBeUndefined();
    expect(book.fill(c.sheet, c.cell)).not.toBe("00B050");
    await new OfficeWorkbook({ run: excel.run, supports: excel.supports }).clearHighlights();
    expect(book.fill(c.sheet, c.cell)).toBe("00B050");
    for (const h of hp.cells.slice(1)) expect(book.fill(h.sheet, h.cell)).toBeNull();
  });

  it("skips a protected sheet's cells (they stay on the findings sheet)", async () => {
    const { host, hp, book, session } = await check();
    const sheet = hp.cells[0].sheet;
    (book.sheet(sheet) as NonNullable<ReturnType<typeof book.sheet>>).protected = true;
    await annotate(
      host,
      checkSession(session),
      "id",
      session.grids.map((g) => g.sheet)
    );
    expect(book.fill(sheet, hp.cells[0].cell)).toBeNull();
    expect(book.sheet("Temuan")).toBeDefined();
  });
});

describe("select", () => {
  it("activates the sheet and selects the cell", async () => {
    const { host, book } = open(SHEET);
    await host.select("Arsip", "A1");
    expect(book.active).toBe("Arsip");
    expect(book.selected).toEqual({ sheet: "Arsip", address: "Arsip!A1" });
  });
});
