/**
 * The WorkbookHost contract: the same examples run against every host (ExcelJS on an .xlsx, and
 * Office.js over an in-memory Excel), so both behave the same on the same workbook.
 */
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec, type SheetSpec, type WorkbookSpec } from "../../src/sample/spec";
import { valueAt, type CellValue, type Grid } from "../../src/workbook/grid";
import type { WorkbookHost } from "../../src/workbook/host";
import { annotate } from "../../src/app/annotate";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { checkSession, openSession } from "../../src/app/session";
import { planSessionPk } from "../../src/app/pk";
import { undoLastFill } from "../../src/app/undo";
import { readWorkbook } from "../../src/workbook/read";
import {
  dinasKesehatan,
  dinasMissingSimpus,
  dinasWithKesmas,
  dinasWithRecap,
  KESMAS,
  KESMAS_SHEET,
  PUSKESMAS,
  SIMPUS,
} from "../fixtures/dinasKesehatan";
import { dinasWithSkp } from "../fixtures/skp";

export interface ContractHost {
  host: WorkbookHost;
  /**
   * The host as it reads after the workbook was saved, closed and opened again; valueOf and
   * fillOf then read that reopened workbook.
   */
  reopen(): Promise<WorkbookHost>;
  /** A cell's value as the (latest) workbook holds it now. */
  valueOf(sheet: string, cell: string): Promise<CellValue>;
  /** A cell's fill colour (RRGGBB, upper case) or null. */
  fillOf(sheet: string, cell: string): Promise<string | null>;
  /** A cell's number format ("General" when it has none), empty or not. */
  numFmtOf(sheet: string, cell: string): Promise<string>;
  /** A cell's note (or threaded comment) text, or null. */
  noteOf(sheet: string, cell: string): Promise<string | null>;
  /** The planner protects (true) or unprotects a sheet, outside Selaras. */
  protect(sheet: string, on: boolean): Promise<void>;
}

export type MakeHost = (spec: WorkbookSpec) => Promise<ContractHost>;

const PK: WorkbookSpec = dinasMissingSimpus();
/** The sheet "Susun PK" drafts for the Bidang of dinasWithRecap(). */
const DRAFTED = "PK Bidang Pelayanan Kesehatan";

/** A check coloured into the workbook, as the pane's Periksa does. */
async function checkAndColour(host: WorkbookHost, lang: "id" | "en"): Promise<void> {
  const session = await openSession(host);
  await annotate(
    host,
    checkSession(session),
    lang,
    session.grids.map((g) => g.sheet)
  );
}

export function hostContract(name: string, make: MakeHost): void {
  describe(`WorkbookHost contract: ${name}`, () => {
    it("reads the same plan as the grids of the spec say", async () => {
      const { host } = await make(sampleWorkbook());
      const session = await openSession(host);
      const expected = readWorkbook(gridsFromSpec(sampleWorkbook()));
      expect(session.read.tables).toEqual(expected.tables);
      expect(session.read.plan.indicators.map((r) => [r.unit, r.name, r.target.original])).toEqual(
        expected.plan.indicators.map((r) => [r.unit, r.name, r.target.original])
      );
      expect(checkSession(session).summary).toEqual(
        (await import("../../src/core/check")).checkPlan(expected.plan).summary
      );
    });

    it("reads a date-formatted target cell as its day, the same on every host", async () => {
      const spec = dinasKesehatan({
        dinas: [["1", "1", "Tanggal penetapan Renja Dinas Kesehatan", "Tanggal", 46203]],
        bidang: [["1", "1", PUSKESMAS, "Puskesmas", 10]],
        matrix: [],
      });
      spec.sheets[1].formats = { E3: "dd/mm/yyyy" };
      const session = await openSession((await make(spec)).host);
      const grid = session.grids.find((g) => g.sheet === "PK Dinas");
      expect(grid && valueAt(grid, 3, 5)).toBe("2026-06-30");
    });

    it("reads a number beyond Excel's last day (9999-12-31) in a date-formatted cell as the number", async () => {
      // an 18-digit employee number typed into a column formatted for dates: Excel shows #####
      const spec = dinasKesehatan({
        dinas: [["1", "1", "Tanggal penetapan Renja Dinas Kesehatan", "Tanggal", 46203]],
        bidang: [["1", "1", PUSKESMAS, "Puskesmas", 10]],
        matrix: [],
      });
      spec.sheets[1].rows[2][4] = 123456789012345680;
      spec.sheets[1].formats = { E3: "dd/mm/yyyy" };
      const session = await openSession((await make(spec)).host);
      const grid = session.grids.find((g) => g.sheet === "PK Dinas");
      expect(grid && valueAt(grid, 3, 5)).toBe(123456789012345680);
    });

    it("reads an activity log's dates as days and its 'h:mm' durations as minutes", async () => {
      // Rina's log with Excel's own dates and times: 12 January 2026, then 4:00 + 2:00 that day
      const spec = dinasWithSkp();
      const log = spec.sheets.find((x) => x.name === "Log Kegiatan") as SheetSpec;
      log.rows[1][2] = 46034;
      log.rows[1][5] = 4 / 24;
      log.rows[2][2] = 46034;
      log.rows[2][5] = 2 / 24;
      log.formats = { C2: "dd/mm/yyyy", C3: "dd/mm/yyyy", F2: "h:mm", F3: "[h]:mm" };
      const session = await openSession((await make(spec)).host);
      const grid = session.grids.find((g) => g.sheet === "Log Kegiatan") as Grid;
      expect([valueAt(grid, 2, 3), valueAt(grid, 2, 6), valueAt(grid, 3, 6)]).toEqual([
        "2026-01-12",
        4 / 24,
        2 / 24,
      ]);
      // six hours on the 12th: over the 300-minute day
      const over = checkSession(session).findings.filter((f) => f.code === "DURATION_OVER_DAY");
      expect(over.map((f) => f.person?.name)).toEqual(["Rina Wulandari"]);
    });

    it("fills exactly the plan: a conflict stays, a new row goes below the table, a second fill is a no-op", async () => {
      const c = await make(PK);
      const session = await openSession(c.host);
      const { plan } = planSessionFill(session);
      expect(plan.conflicts.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["PK Bidang!E3"]);
      expect(plan.inserts).toEqual([{ sheet: "PK Bidang", afterRow: 3, count: 1, styleFrom: 3 }]);
      await applySessionFill(c.host, session, plan);
      expect(await c.valueOf("PK Bidang", "E3")).toBe(10);
      expect(await c.valueOf("PK Bidang", "C4")).toBe(
        "Persentase puskesmas dengan SIMPUS terintegrasi"
      );
      expect(await c.valueOf("PK Bidang", "B6")).toBe("Program");
      const again = await c.reopen();
      expect(planSessionFill(await openSession(again)).plan.changes).toEqual([]);
    });

    it("undo last fill restores every overwritten value and removes the inserted rows, after reopening", async () => {
      const c = await make(PK);
      const session = await openSession(c.host);
      await applySessionFill(
        c.host,
        session,
        planSessionFill(session, { acceptConflicts: true }).plan
      );
      expect(await c.valueOf("PK Bidang", "E3")).toBe(12);
      const reopened = await c.reopen();
      const result = await undoLastFill(reopened);
      expect(result.refused).toEqual([]);
      const after = await openSession(reopened);
      const bidang = after.grids.find((g) => g.sheet === "PK Bidang");
      const original = gridsFromSpec(PK).find((g) => g.sheet === "PK Bidang");
      expect(bidang?.values).toEqual(original?.values);
    });

    it("undo removes two or more rows inserted at a sheet's end, after reopening", async () => {
      // the Bidang's table is the last thing on its sheet, and it takes two more IKU
      const spec = dinasKesehatan({
        dinas: [
          ["1", "1", PUSKESMAS, "Puskesmas", 12],
          ["2", "2", SIMPUS, "%", "100,00 %"],
          ["3", "3", "Jumlah desa siaga aktif", "Desa", 40],
        ],
        bidang: [["1", "1", PUSKESMAS, "Puskesmas", 12]],
        bidangBelow: [],
        matrix: [
          ["1", PUSKESMAS, "F"],
          ["2", SIMPUS, "F"],
          ["3", "Jumlah desa siaga aktif", "F"],
        ],
      });
      const c = await make(spec);
      const session = await openSession(c.host);
      const { plan } = planSessionFill(session);
      expect(plan.inserts).toEqual([expect.objectContaining({ sheet: "PK Bidang", count: 2 })]);
      await applySessionFill(c.host, session, plan);
      const reopened = await c.reopen();
      expect((await undoLastFill(reopened)).refused).toEqual([]);
      const after = await openSession(reopened);
      const bidang = after.grids.find((g) => g.sheet === "PK Bidang");
      const original = gridsFromSpec(spec).find((g) => g.sheet === "PK Bidang");
      expect(bidang?.values).toEqual(original?.values);
    });

    it("undo gives a cell back the number format the fill replaced", async () => {
      // the Bidang writes its targets as fractions under 0%: the fill gives E4 that format too
      const spec = dinasKesehatan({
        dinas: [
          ["1", "1", PUSKESMAS, "%", 0.9],
          ["2", "2", SIMPUS, "%", 0.95],
        ],
        bidang: [
          ["1", "1", PUSKESMAS, "%", 0.9],
          ["2", "2", SIMPUS, "%", null],
        ],
        matrix: [
          ["1", PUSKESMAS, "F"],
          ["2", SIMPUS, "F"],
        ],
      });
      spec.sheets[1].formats = { E3: "0%", E4: "0%" };
      spec.sheets[2].formats = { E3: "0%" };
      const c = await make(spec);
      const session = await openSession(c.host);
      const { plan } = planSessionFill(session);
      expect(plan.changes).toEqual([
        expect.objectContaining({ sheet: "PK Bidang", cell: "E4", new: 0.95, numFmt: "0%" }),
      ]);
      await applySessionFill(c.host, session, plan);
      const reopened = await c.reopen();
      expect((await undoLastFill(reopened)).refused).toEqual([]);
      const after = await openSession(reopened);
      const bidang = after.grids.find((g) => g.sheet === "PK Bidang");
      expect(valueAt(bidang as Grid, 4, 5)).toBeNull();
      expect(await c.numFmtOf("PK Bidang", "E4")).toBe("General");
      expect(await c.numFmtOf("PK Bidang", "E3")).toBe("0%");
    });

    it("adds a sheet for a Bidang with no PK only when it is ticked, reads it back, and undo removes it", async () => {
      const c = await make(dinasWithKesmas());
      const session = await openSession(c.host);
      const unticked = planSessionFill(session).plan;
      expect(unticked.unitsWithoutTable).toEqual([KESMAS]);
      expect(unticked.sheets).toBeUndefined();

      const { plan } = planSessionFill(session, { newSheets: [KESMAS] });
      expect(plan.unitsWithoutTable).toBeUndefined();
      expect(plan.sheets?.map((n) => [n.name, n.unit])).toEqual([[KESMAS_SHEET, KESMAS]]);
      const result = await applySessionFill(c.host, session, plan);
      expect(result.refused).toEqual([]);
      const reopened = await c.reopen();
      expect(await c.valueOf(KESMAS_SHEET, "A1")).toBe("PERJANJIAN KINERJA TAHUN 2026");
      expect(await c.valueOf(KESMAS_SHEET, "A2")).toBe(`Unit Kerja: ${KESMAS}`);
      expect(await c.valueOf(KESMAS_SHEET, "C4")).toBe("Indikator Kinerja");
      expect(await c.valueOf(KESMAS_SHEET, "C5")).toBe(PUSKESMAS);
      expect(await c.valueOf(KESMAS_SHEET, "E5")).toBe(12);
      expect(await c.valueOf(KESMAS_SHEET, "C6")).toBe(SIMPUS);

      // the next read finds the Bidang's own table: a second fill has nothing to add
      const again = await openSession(reopened);
      expect(again.read.tables.find((t) => t.sheet === KESMAS_SHEET)?.unit).toBe(KESMAS);
      const second = planSessionFill(again, { newSheets: [KESMAS] }).plan;
      expect(second.changes).toEqual([]);
      expect(second.sheets).toBeUndefined();

      const undone = await undoLastFill(reopened);
      expect(undone.refused).toEqual([]);
      expect(undone.sheetsRemoved).toEqual([KESMAS_SHEET]);
      const sheets = (await reopened.readGrids()).map((g) => g.sheet);
      expect(sheets).not.toContain(KESMAS_SHEET);
    });

    it("keeps an added sheet the planner has written on since: undo clears only Selaras's cells", async () => {
      const c = await make(dinasWithKesmas());
      const session = await openSession(c.host);
      await applySessionFill(
        c.host,
        session,
        planSessionFill(session, { newSheets: [KESMAS] }).plan
      );
      // the planner adds a note of their own under the table
      await c.host.applyPatches({
        changes: [
          { sheet: KESMAS_SHEET, cell: "C9", old: null, new: "Catatan: target menunggu DPA" },
        ],
        conflicts: [],
        skipped: [],
        inserts: [],
      });
      const undone = await undoLastFill(c.host);
      expect(undone.sheetsRemoved).toEqual([]);
      expect(undone.sheetsKept).toEqual([KESMAS_SHEET]);
      expect(await c.valueOf(KESMAS_SHEET, "C9")).toBe("Catatan: target menunggu DPA");
      expect(await c.valueOf(KESMAS_SHEET, "C5")).toBeNull();
      expect(await c.valueOf(KESMAS_SHEET, "A1")).toBeNull();
    });

    it("drafts a PK for a Bidang kept only in a recap: its own form, read back as its PK with the same findings, undone", async () => {
      const c = await make(dinasWithRecap());
      const session = await openSession(c.host);
      const before = checkSession(session).findings.map((f) => `${f.code} ${f.unit}`);
      const draft = planSessionPk(session);
      expect(draft.drafted).toEqual([
        { unit: "Bidang Pelayanan Kesehatan", sheet: DRAFTED, indicators: 2 },
      ]);
      expect((await applySessionFill(c.host, session, draft.plan)).refused).toEqual([]);
      const reopened = await c.reopen();
      expect(await c.valueOf(DRAFTED, "A1")).toBe("PERJANJIAN KINERJA TAHUN 2026");
      expect(await c.valueOf(DRAFTED, "A2")).toBe("BIDANG PELAYANAN KESEHATAN");
      const header = draft.plan.sheets?.[0].at as number;
      expect(await c.valueOf(DRAFTED, `C${header}`)).toBe("Indikator Kinerja");
      expect(await c.valueOf(DRAFTED, `F${header}`)).toBe("TW I");
      expect(await c.valueOf(DRAFTED, `C${header + 2}`)).toBe(SIMPUS);
      // the recap's 0.95 under 0% is copied as it is, format and all
      expect(await c.valueOf(DRAFTED, `E${header + 2}`)).toBe(0.95);
      expect(await c.numFmtOf(DRAFTED, `E${header + 2}`)).toBe("0%");

      const again = await openSession(reopened);
      expect(again.read.tables.find((t) => t.sheet === DRAFTED)?.layout).toBe("B");
      expect(checkSession(again).findings.map((f) => `${f.code} ${f.unit}`)).toEqual(before);
      // drafting again finds the PK it drafted
      expect(planSessionPk(again).drafted).toEqual([]);

      const undone = await undoLastFill(reopened);
      expect(undone.sheetsRemoved).toEqual([DRAFTED]);
      expect((await reopened.readGrids()).map((g) => g.sheet)).not.toContain(DRAFTED);
    });

    it("highlights findings and clears them back to the original fills", async () => {
      const c = await make(sampleWorkbook());
      const session = await openSession(c.host);
      const check = checkSession(session);
      const before = await c.fillOf("IKU Eselon II", "E14");
      await annotate(
        c.host,
        check,
        "id",
        session.grids.map((g) => g.sheet)
      );
      expect(await c.fillOf("IKU Eselon II", "E14")).toBe("FFC7CE");
      const reopened = await c.reopen();
      await reopened.clearHighlights();
      const sheets = (await reopened.readGrids()).map((g) => g.sheet);
      expect(sheets).not.toContain("Temuan");
      expect(await c.fillOf("IKU Eselon II", "E14")).toBe(before);
    });

    it("leaves a protected sheet's cells uncoloured and without notes, its findings still listed on Temuan", async () => {
      // the Biro locks its IKU sheet: E14 (FULL_DRIFT) stays as it is, the PK Deputi is coloured
      const spec: WorkbookSpec = {
        sheets: sampleWorkbook().sheets.map((s) =>
          s.name === "IKU Eselon II" ? { ...s, protect: true } : s
        ),
      };
      const c = await make(spec);
      const session = await openSession(c.host);
      const before = await c.fillOf("IKU Eselon II", "E14");
      await annotate(
        c.host,
        checkSession(session),
        "id",
        session.grids.map((g) => g.sheet)
      );
      await c.reopen();
      expect(await c.fillOf("IKU Eselon II", "E14")).toBe(before);
      expect(await c.noteOf("IKU Eselon II", "E14")).toBeNull();
      // an open sheet is still coloured (and noted where the host has notes)
      expect(await c.fillOf("PK Deputi Mutasi", "D4")).toBe("FFC7CE");
      const listed: Array<[CellValue, CellValue]> = [];
      for (let row = 2; ; row++) {
        const link = await c.valueOf("Temuan", `E${row}`);
        if (link === null) break;
        listed.push([await c.valueOf("Temuan", `C${row}`), link]);
      }
      expect(listed).toContainEqual(["FULL_DRIFT", "IKU Eselon II!E14"]);
      expect(listed).toContainEqual(["POLARITY_MISMATCH", "PK Deputi Mutasi!D4"]);
    });

    it("adds the Cakupan sheet beside Temuan: the Deputi's IKU down the side, its units across, F / P / K / — coloured by status; cleared with the highlights", async () => {
      const c = await make(sampleWorkbook());
      await checkAndColour(c.host, "id");
      const reopened = await c.reopen();
      const grids = await reopened.readGrids();
      const sheet = grids.find((g) => g.sheet === "Cakupan") as Grid;
      expect(sheet).toBeDefined();
      const rows = sheet.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
      const deputi = rows.findIndex((r) => r[0] === "Deputi Bidang Mutasi Kepegawaian");
      // the header: the Direktorat and the three Kantor Regional across
      expect(rows[deputi + 1]).toEqual([
        "Kode",
        "Indikator Kinerja",
        "Target",
        "Direktorat Status dan Kedudukan Kepegawaian",
        "Kantor Regional I Yogyakarta",
        "Kantor Regional II Surabaya",
        "Kantor Regional III Bandung",
      ]);
      // IKU 1.2: Kanreg I takes 40 % of it (aligned), Kanreg II with another satuan, Kanreg III
      // named by the matriks with no row
      const i = deputi + 3;
      expect(rows[i].slice(0, 7)).toEqual([
        "1.2",
        "Jumlah instansi yang menerapkan manajemen talenta",
        "40 Instansi",
        "—",
        "P 40%",
        "P",
        "P",
      ]);
      const row = i + sheet.top;
      expect(await c.fillOf("Cakupan", `D${row}`)).toBeNull();
      expect(await c.fillOf("Cakupan", `E${row}`)).toBe("C6EFCE");
      expect(await c.fillOf("Cakupan", `F${row}`)).toBe("FFEB9C");
      expect(await c.fillOf("Cakupan", `G${row}`)).toBe("FFC7CE");
      // the next read leaves it alone: it is not a matriks cascading of the workbook
      const again = await openSession(reopened);
      expect(again.read.tables.map((t) => t.sheet)).not.toContain("Cakupan");
      await reopened.clearHighlights();
      const after = (await (await c.reopen()).readGrids()).map((g) => g.sheet);
      expect(after).not.toContain("Cakupan");
      expect(after).not.toContain("Temuan");
    });

    it("writes the Cakupan of the Dinas Kesehatan: a Bidang with no PK shows what the matriks asks of it as missing", async () => {
      const c = await make(dinasWithKesmas());
      await checkAndColour(c.host, "en");
      await c.reopen();
      expect(await c.valueOf("Cakupan", "A1")).toBe("IKU cascade coverage — 2026");
      expect(await c.valueOf("Cakupan", "A4")).toBe("Dinas Kesehatan");
      expect(await c.valueOf("Cakupan", "E5")).toBe(KESMAS);
      expect(await c.valueOf("Cakupan", "B6")).toBe(PUSKESMAS);
      // the Bidang writes 10 against the Dinas's 12 (a drift); the Kesmas has no row at all
      expect(await c.valueOf("Cakupan", "D6")).toBe("F");
      expect(await c.fillOf("Cakupan", "D6")).toBe("FFEB9C");
      expect(await c.valueOf("Cakupan", "E6")).toBe("F");
      expect(await c.fillOf("Cakupan", "E6")).toBe("FFC7CE");
      expect(await c.valueOf("Cakupan", "D7")).toBe("F");
      expect(await c.fillOf("Cakupan", "D7")).toBe("FFC7CE");
    });

    it("keeps the colours of a sheet protected after the check, and restores them once it is open again", async () => {
      const c = await make(sampleWorkbook());
      await checkAndColour(c.host, "id");
      expect(await c.fillOf("IKU Eselon II", "E14")).not.toBeNull();
      const open = await c.fillOf("PK Deputi Mutasi", "D4");
      expect(open).not.toBeNull();
      await c.protect("IKU Eselon II", true);
      const locked = await c.reopen();
      expect(await locked.clearHighlights()).toEqual({ kept: ["IKU Eselon II"] });
      // the open sheet is restored; the protected one is not written
      expect(await c.fillOf("PK Deputi Mutasi", "D4")).toBeNull();
      expect(await c.fillOf("IKU Eselon II", "E14")).not.toBeNull();
      // a check meanwhile keeps the record of the protected sheet's originals
      await checkAndColour(locked, "id");
      expect(await locked.clearHighlights()).toEqual({ kept: ["IKU Eselon II"] });
      await c.protect("IKU Eselon II", false);
      const unlocked = await c.reopen();
      expect(await unlocked.clearHighlights()).toEqual({ kept: [] });
      expect(await c.fillOf("IKU Eselon II", "E14")).toBeNull();
      expect(await c.noteOf("IKU Eselon II", "E14")).toBeNull();
    });

    it("refuses to write a protected sheet, writing nothing", async () => {
      const spec: WorkbookSpec = {
        sheets: PK.sheets.map((s) => (s.name === "PK Bidang" ? { ...s, protect: true } : s)),
      };
      const c = await make(spec);
      const session = await openSession(c.host);
      const { plan } = planSessionFill(session, { acceptConflicts: true });
      expect(plan.changes).toEqual([]);
      const forced = await c.host.applyPatches({
        changes: [
          { sheet: "PK Dinas", cell: "E3", old: 12, new: 13 },
          { sheet: "PK Bidang", cell: "E3", old: 10, new: 12 },
        ],
        conflicts: [],
        skipped: [],
        inserts: [],
      });
      expect(forced.written).toBe(0);
      expect(forced.refused.map((r) => r.sheet)).toEqual(["PK Bidang"]);
      expect(await c.valueOf("PK Dinas", "E3")).toBe(12);
    });

    it("keeps the mapping profile in the workbook across a reopen", async () => {
      const c = await make(PK);
      await c.host.writeProfile({
        version: 1,
        year: 2026,
        sheets: { "PK Bidang": { unit: "Bidang Yankes" } },
      });
      const profile = await (await c.reopen()).readProfile();
      expect(profile).toEqual({
        version: 1,
        year: 2026,
        sheets: { "PK Bidang": { unit: "Bidang Yankes" } },
      });
    });
  });
}
