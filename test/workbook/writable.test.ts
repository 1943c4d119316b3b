/**
 * What may be written, decided once for both hosts (DESIGN.md §4): a Biro that locks its PK sheet
 * refuses a fill there and keeps its cells uncoloured; a Kantor Regional's new sheet must not take
 * a name already in the workbook.
 */
import type { Finding, FindingCode, Severity } from "../../src/core/findings";
import { highlightPlan } from "../../src/workbook/highlight";
import type { PatchPlan } from "../../src/workbook/patches";
import {
  keptSheets,
  restorableHighlights,
  highlightedSheets,
  paintableHighlights,
  sheetsConcerned,
  touchedSheets,
  writableRefusals,
  type SheetState,
} from "../../src/workbook/writable";

const BIRO = "PK Biro Umum";
const KANREG = "PK Kanreg II";

/** The Biro's sheet locked by its owner; the Badan's and the Deputi's open. */
const SHEETS: SheetState[] = [
  { name: "PK Badan", protected: false },
  { name: BIRO, protected: true },
  { name: "PK Deputi Mutasi", protected: false },
];

const emptyPlan = (): PatchPlan => ({ changes: [], conflicts: [], skipped: [], inserts: [] });

/** A fill that adds the Kanreg II's sheet: its header copied from the Deputi's table. */
const kanregSheet = (name = KANREG) => ({
  name,
  unit: "Kantor Regional II Surabaya",
  header: { sheet: "PK Deputi Mutasi", fromRow: 4, toRow: 5, left: 1, right: 6 },
  at: 4,
  merges: [],
});

describe("which sheets a plan writes to", () => {
  it("names each changed, inserted-into or shortened sheet once, in the plan's order, not the one it adds", () => {
    const plan: PatchPlan = {
      ...emptyPlan(),
      changes: [
        { sheet: "PK Deputi Mutasi", cell: "E6", old: null, new: "40 Instansi" },
        { sheet: KANREG, cell: "C6", old: null, new: "Jumlah instansi yang dibina" },
        { sheet: "PK Deputi Mutasi", cell: "E7", old: null, new: "90%" },
      ],
      inserts: [{ sheet: BIRO, afterRow: 12, count: 2, styleFrom: 12 }],
      deletes: [{ sheet: "PK Badan", fromRow: 20, count: 1 }],
      sheets: [kanregSheet()],
    };
    expect(touchedSheets(plan)).toEqual(["PK Deputi Mutasi", BIRO, "PK Badan"]);
    // the added sheet's name is looked at too: it must not be taken
    expect(sheetsConcerned(plan)).toEqual(["PK Deputi Mutasi", BIRO, "PK Badan", KANREG]);
  });
});

describe("can this plan be written?", () => {
  it("writes a plan that touches only open sheets and adds a sheet whose name is free", () => {
    const plan: PatchPlan = {
      ...emptyPlan(),
      changes: [{ sheet: KANREG, cell: "E6", old: null, new: 4000 }],
      inserts: [{ sheet: "PK Deputi Mutasi", afterRow: 7, count: 1, styleFrom: 7 }],
      sheets: [kanregSheet()],
    };
    expect(writableRefusals(plan, SHEETS)).toEqual([]);
  });

  it("refuses the Biro's locked sheet and a sheet that is gone, in the plan's order", () => {
    const plan: PatchPlan = {
      ...emptyPlan(),
      changes: [
        { sheet: "PK Badan", cell: "E5", old: 76.5, new: 80 },
        { sheet: BIRO, cell: "E8", old: null, new: "TW III" },
        { sheet: "PK Biro Keuangan", cell: "E8", old: null, new: 90 },
      ],
    };
    expect(writableRefusals(plan, SHEETS)).toEqual([
      { sheet: BIRO, reason: { code: "sheet-protected", sheet: BIRO } },
      { sheet: "PK Biro Keuangan", reason: { code: "sheet-missing", sheet: "PK Biro Keuangan" } },
    ]);
  });

  it("refuses to add the Kanreg II's sheet when the workbook already has one of that name, after the touched sheets", () => {
    const plan: PatchPlan = {
      ...emptyPlan(),
      changes: [{ sheet: BIRO, cell: "C9", old: null, new: "Persentase layanan umum tepat waktu" }],
      sheets: [kanregSheet()],
    };
    const sheets = [...SHEETS, { name: KANREG, protected: false }];
    expect(writableRefusals(plan, sheets)).toEqual([
      { sheet: BIRO, reason: { code: "sheet-protected", sheet: BIRO } },
      { sheet: KANREG, reason: { code: "sheet-exists", sheet: KANREG } },
    ]);
  });

  it("takes a sheet it was not told about for a missing one", () => {
    const plan: PatchPlan = {
      ...emptyPlan(),
      deletes: [{ sheet: "PK Kanreg III", fromRow: 9, count: 2 }],
    };
    expect(writableRefusals(plan, [])).toEqual([
      { sheet: "PK Kanreg III", reason: { code: "sheet-missing", sheet: "PK Kanreg III" } },
    ]);
  });
});

const finding = (code: FindingCode, severity: Severity, sheet: string, cell: string): Finding => ({
  code,
  severity,
  at: { sheet, cell },
  unit: "Biro Umum",
  indicator: "1.1",
  parent: null,
  inferred: false,
  suggestions: [],
});

describe("which highlighted cells may be coloured", () => {
  const findings = [
    finding("FULL_DRIFT", "error", BIRO, "E14"),
    finding("TARGET_MISSING", "warning", "PK Deputi Mutasi", "E6"),
    finding("LEVEL_SKIP", "warning", BIRO, "C8"),
    finding("ORPHAN", "error", "PK Deputi Mutasi", "C9"),
    finding("BROKEN_LINK", "error", "PK Kanreg III", "C4"),
  ];
  const plan = highlightPlan(
    findings,
    "id",
    SHEETS.map((s) => s.name)
  );

  it("names the sheets the plan colours on, once each", () => {
    expect(highlightedSheets(plan)).toEqual([BIRO, "PK Deputi Mutasi", "PK Kanreg III"]);
  });

  it("colours and notes only open sheets' cells: not the Biro's locked sheet, not a sheet that is gone", () => {
    const { cells, groups } = paintableHighlights(plan, SHEETS);
    expect(cells.map((c) => `${c.sheet}!${c.cell}`)).toEqual([
      "PK Deputi Mutasi!E6",
      "PK Deputi Mutasi!C9",
    ]);
    expect(groups).toEqual([
      { sheet: "PK Deputi Mutasi", severity: "warning", cells: ["E6"] },
      { sheet: "PK Deputi Mutasi", severity: "error", cells: ["C9"] },
    ]);
  });

  it("still lists the locked sheet's findings on the findings sheet, with their links", () => {
    const fs = plan.findingsSheet;
    expect(fs.links.filter((l) => l?.sheet === BIRO).map((l) => l?.cell)).toEqual(["E14", "C8"]);
  });

  it("colours every cell once the Biro unlocks its sheet", () => {
    const open = SHEETS.map((s) => ({ ...s, protected: false }));
    expect(paintableHighlights(plan, open).cells).toHaveLength(4);
  });
});

describe("what Clear highlights restores now and what it keeps", () => {
  const recorded = [
    { sheet: "PK Biro Umum", cell: "E7" },
    { sheet: "PK Kanreg I", cell: "F9" },
    { sheet: "PK Biro Umum", cell: "E8" },
    { sheet: "Lembar Lama", cell: "A1" },
  ];

  it("restores open sheets, keeps a sheet protected since, forgets a removed one", () => {
    const { restore, keep } = restorableHighlights(recorded, [
      { name: "PK Biro Umum", protected: true },
      { name: "PK Kanreg I", protected: false },
    ]);
    expect(restore).toEqual([{ sheet: "PK Kanreg I", cell: "F9" }]);
    expect(keep).toEqual([
      { sheet: "PK Biro Umum", cell: "E7" },
      { sheet: "PK Biro Umum", cell: "E8" },
    ]);
    expect(keptSheets(keep)).toEqual(["PK Biro Umum"]);
  });
});
