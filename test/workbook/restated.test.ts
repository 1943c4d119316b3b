/**
 * One IKU written twice — in the Badan's recap of its Biro and in the Biro's own PK — is one IKU:
 * the first statement stays and the second fills its gaps. Two statements that disagree stay two,
 * so the check still says so.
 */
import { checkPlan } from "../../src/core/check";
import type { CellValue } from "../../src/workbook/grid";
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";

const BIRO = "Biro Umum";
const OPINI = "Opini BPK atas laporan keuangan";
const PENGADAAN = "Persentase pengadaan barang dan jasa yang tepat waktu";

function workbook(pk: CellValue[][]): WorkbookSpec {
  return {
    sheets: [
      {
        name: "PK Sekretariat",
        rows: [
          ["PERJANJIAN KINERJA SEKRETARIAT UTAMA TAHUN 2026"],
          [],
          ["No", "Kode", "Indikator Kinerja", "Satuan", "Target"],
          ["1", "SS-1", OPINI, "Opini", "WTP"],
          ["2", "SS-2", "Persentase pengadaan yang sesuai rencana", "%", 95],
        ],
      },
      {
        name: "Hierarki",
        rows: [
          ["Unit Kerja", "Unit Atasan"],
          ["Sekretariat Utama", null],
          [BIRO, "Sekretariat Utama"],
        ],
      },
      {
        name: "Rekap IKU Eselon II",
        rows: [
          ["Unit Kerja", "Indikator Kinerja", "Satuan", "Target", "IKU Atasan", "Jenis Cascading"],
          [BIRO, OPINI, "Opini", "WTP", "SS-1", "Penuh"],
          [BIRO, PENGADAAN, "%", 90, "SS-2", "Sebagian"],
        ],
      },
      {
        name: "PK Biro Umum",
        rows: [
          ["PERJANJIAN KINERJA BIRO UMUM TAHUN 2026"],
          [],
          ["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"],
          ...pk,
        ],
      },
    ],
  };
}

function read(pk: CellValue[][]) {
  const r = readWorkbook(gridsFromSpec(workbook(pk)));
  return { rows: r.plan.indicators.filter((i) => i.unit === BIRO), check: checkPlan(r.plan) };
}

describe("an IKU in the recap and again in the unit's PK", () => {
  it("is one IKU: the recap's link, the PK's quarters", () => {
    const { rows, check } = read([
      ["1", OPINI, "Opini", "WTP", null, null, null, "WTP"],
      ["2", PENGADAAN, "%", 90, 90, 90, 90, 90],
    ]);
    expect(rows.map((r) => r.name)).toEqual([OPINI, PENGADAAN]);
    const pengadaan = rows[1];
    expect(pengadaan.links?.[0]?.parent).toBe("SS-2");
    expect(pengadaan.periods?.map((p) => p.original)).toEqual(["90", "90", "90", "90"]);
    expect(pengadaan.cells.periods?.[0]).toEqual({ sheet: "PK Biro Umum", cell: "E5" });
    expect(check.findings.filter((f) => f.code === "DUPLICATE_INDICATOR")).toEqual([]);
  });

  it("stays two when the targets differ: the PK's 85 against the recap's 90 is a duplicate to settle", () => {
    const { rows, check } = read([["1", PENGADAAN, "%", 85, null, null, null, null]]);
    expect(rows).toHaveLength(3);
    expect(
      check.findings.filter((f) => f.code === "DUPLICATE_INDICATOR").map((f) => f.at?.sheet)
    ).toEqual(["PK Biro Umum"]);
  });
});
