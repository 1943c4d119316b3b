import type { Lang } from "../../src/core/messages";
import { errorText, REASON_CODES, reasonText } from "../../src/core/reasonMessages";
import { ReasonError, type Reason, type ReasonCode } from "../../src/core/reasons";

/**
 * One reason of every code, as a Biro or a Kantor Regional would meet it. The mapped type makes
 * the compiler refuse a code without an example, as the catalogues' Records refuse a code
 * without words.
 */
const EXAMPLES: { [C in ReasonCode]: Extract<Reason, { code: C }> } = {
  "change-row": { code: "change-row", parent: "1.2", unit: "Kantor Regional I", field: "polarity" },
  "change-new-sheet": { code: "change-new-sheet", unit: "Biro Umum", part: "header" },
  "change-parent-link": { code: "change-parent-link", unit: "Biro Umum" },
  "change-role-matrix": { code: "change-role-matrix", person: "Rina Lestari", field: "rhk" },
  "change-pk-draft": { code: "change-pk-draft", unit: "Sekretariat Utama" },
  "sheet-ignored-by-profile": { code: "sheet-ignored-by-profile" },
  "sheet-findings": { code: "sheet-findings" },
  "sheet-coverage": { code: "sheet-coverage" },
  "sheet-empty": { code: "sheet-empty" },
  "sheet-drawn-in-shapes": { code: "sheet-drawn-in-shapes", shapes: 1250 },
  "sheet-column-blocks": { code: "sheet-column-blocks", row: 3 },
  "sheet-indicator-columns-side-by-side": {
    code: "sheet-indicator-columns-side-by-side",
    columns: ["B", "E", "H"],
  },
  "sheet-tables-without-rows": { code: "sheet-tables-without-rows", rows: [4, 20] },
  "sheet-table-without-indicator": {
    code: "sheet-table-without-indicator",
    row: 3,
    labels: ["No", "Program"],
  },
  "sheet-no-indicator-column": {
    code: "sheet-no-indicator-column",
    sheet: "Catatan",
    headers: [],
  },
  "note-other-target-columns": {
    code: "note-other-target-columns",
    others: [{ column: "F", label: "Target Renstra 2030" }],
    used: { column: "G", label: "Target 2026" },
  },
  "note-matrix-owner-unknown": { code: "note-matrix-owner-unknown" },
  "note-matrix-owner": { code: "note-matrix-owner", unit: "Deputi Bidang Mutasi", by: "names" },
  "note-role-matrix": { code: "note-role-matrix", results: 4 },
  "note-skp": { code: "note-skp", persons: 1, rows: 1250 },
  "note-activity-log": { code: "note-activity-log", persons: 2, activities: 1 },
  "fill-row-not-found": { code: "fill-row-not-found" },
  "fill-no-table": { code: "fill-no-table", unit: "Biro Umum / Rumah Tangga" },
  "fill-formula": { code: "fill-formula" },
  "fill-user-value": { code: "fill-user-value" },
  "fill-periods-held": { code: "fill-periods-held" },
  "fill-cascade-skip": {
    code: "fill-cascade-skip",
    unit: "Kantor Regional II",
    parent: "IKU 3",
    skip: "split-refused",
    detail: "shares-exceed-total",
  },
  "sheet-missing": { code: "sheet-missing", sheet: "PK Biro Umum" },
  "sheet-protected": { code: "sheet-protected", sheet: "PK Biro Umum" },
  "sheet-exists": { code: "sheet-exists", sheet: "PK Biro Umum" },
  "row-past-end": { code: "row-past-end", row: 1048576 },
  "formula-3d": { code: "formula-3d", formula: "Hierarki:Matriks!E3" },
  "sheet-without-data": { code: "sheet-without-data", part: "xl/worksheets/sheet3.xml" },
  "shared-formula-without-master": { code: "shared-formula-without-master", cell: "F12" },
  "file-empty": { code: "file-empty", file: "renstra.xlsx" },
  "file-encrypted": { code: "file-encrypted", file: "renstra.xls" },
  "file-not-xlsx": { code: "file-not-xlsx", file: "catatan.txt" },
  "file-damaged": { code: "file-damaged", file: "renstra.xlsx" },
  "file-unreadable": { code: "file-unreadable", file: "tidak-ada.xlsx" },
  "csv-too-wide": { code: "csv-too-wide", file: "lebar.csv", columns: 50003 },
  "profile-unreadable": { code: "profile-unreadable", file: "profil.json" },
  "profile-not-json": { code: "profile-not-json", source: "profil.json" },
  "profile-version": { code: "profile-version", source: "profil.json" },
  "profile-field": {
    code: "profile-field",
    source: "profil.json",
    path: "sheets.IKU.layout",
    expected: { kind: "oneOf", values: ["A", "B", "C", "D"] },
  },
  "out-is-folder": { code: "out-is-folder", out: "hasil" },
  "out-needs-xlsm": { code: "out-needs-xlsm", out: "pk.xlsx" },
  "out-needs-xlsx": { code: "out-needs-xlsx", out: "pk.ods" },
  "out-needs-svg": { code: "out-needs-svg", out: "pohon.png" },
  "out-needs-html": { code: "out-needs-html", out: "laporan.pdf" },
  "not-a-date": { code: "not-a-date", date: "29/11/2026" },
  "out-is-input": { code: "out-is-input", input: "pk.xlsx" },
  "out-one-workbook": { code: "out-one-workbook" },
  "not-a-year": { code: "not-a-year", year: "dua ribu" },
  "no-iku-table": { code: "no-iku-table", file: "catatan.xlsx" },
  "unknown-unit": { code: "unknown-unit", unit: "Kanreg Bandung", nearest: [] },
  "parent-iku-not-found": { code: "parent-iku-not-found" },
  "workbook-not-read": { code: "workbook-not-read" },
  "workbook-not-checked": { code: "workbook-not-checked" },
  "unknown-request": { code: "unknown-request", method: "constructor" },
  "workbook-closed": { code: "workbook-closed" },
  "pk-unknown-unit": { code: "pk-unknown-unit", unit: "Biro Hukum" },
  "pk-has-pk": { code: "pk-has-pk", unit: "Sekretariat Utama", sheet: "PK Sestama" },
  "pk-no-indicators": { code: "pk-no-indicators", unit: "Biro Umum" },
};

const LANGS: Lang[] = ["id", "en"];

describe("the reason catalogue", () => {
  it("has every code in both languages, each a whole sentence with no gap", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...REASON_CODES].sort());
    for (const r of Object.values(EXAMPLES) as Reason[]) {
      for (const lang of LANGS) {
        const text = reasonText(r, lang);
        expect(text.trim()).not.toBe("");
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      }
      // the two languages say it differently, except a name and a number alone ("Biro: PK")
      if (r.code !== "change-pk-draft" && r.code !== "change-new-sheet")
        expect(reasonText(r, "en")).not.toBe(reasonText(r, "id"));
    }
  });

  it("writes numbers as each language does", () => {
    expect(reasonText(EXAMPLES["note-skp"], "id")).toBe("SKP: 1 pegawai, 1.250 baris");
    expect(reasonText(EXAMPLES["note-skp"], "en")).toBe("SKP: 1 person, 1,250 rows");
    expect(reasonText(EXAMPLES["csv-too-wide"], "id")).toContain("50.003 kolom");
    expect(reasonText(EXAMPLES["csv-too-wide"], "en")).toContain("50,003 columns");
  });

  it("shows a unit named with a slash whole, in both languages", () => {
    expect(reasonText(EXAMPLES["fill-no-table"], "id")).toBe(
      "Biro Umum / Rumah Tangga: tidak ada tabel untuk unit ini; centang unit untuk membuat lembar baru"
    );
    expect(reasonText(EXAMPLES["fill-no-table"], "en")).toBe(
      "Biro Umum / Rumah Tangga: no table for this unit: tick it to add a sheet"
    );
  });

  it("says a profile's field and what it must hold", () => {
    expect(reasonText(EXAMPLES["profile-field"], "en")).toBe(
      "mapping profile profil.json: 'sheets.IKU.layout' must be one of A, B, C, D"
    );
    expect(reasonText(EXAMPLES["profile-field"], "id")).toBe(
      "profil pemetaan profil.json: 'sheets.IKU.layout' harus salah satu dari A, B, C, D"
    );
  });

  it("says an error by its reason, in Indonesian when only its message is read", () => {
    const error = new ReasonError(EXAMPLES["file-damaged"]);
    expect(error.message).toBe(reasonText(EXAMPLES["file-damaged"], "id"));
    expect(errorText(error, "en")).toBe(
      "renstra.xlsx: the .xlsx file is damaged and cannot be opened: open it in Excel and save it again"
    );
    // a reason that crossed a worker as plain data is still said in the user's language
    expect(errorText({ message: "x", reason: EXAMPLES["workbook-closed"] }, "en")).toBe(
      "the workbook was closed"
    );
    expect(errorText(new Error("sesuatu yang tak terduga"), "en")).toBe("sesuatu yang tak terduga");
  });
});
