/**
 * Fill at the individual level (issue 12): the Kepala Bidang's Matriks Pembagian Peran dan Hasil
 * gives his staff RHK rows in the SKP export — previewed, added below the table, the leader's RHK
 * as the intervened one and the leader as Penilai — and a second fill finds nothing left to add.
 */
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { checkSession, openSession } from "../../src/app/session";
import {
  ANDI_RESULT,
  DATA_LAYANAN,
  DATA_RESULT,
  dinasWithSkp,
  LAYANAN_AKREDITASI,
  NIP,
  roleMatrix,
} from "../fixtures/skp";

async function workbook() {
  const spec = dinasWithSkp();
  spec.sheets.push(roleMatrix());
  return XlsxWorkbook.open(await xlsxFromSpec(spec), "dinkes.xlsx");
}

describe("a Matriks Pembagian Peran dan Hasil", () => {
  it("is read as the staff's results under the leader's RHK, not as a unit table", async () => {
    const session = await openSession(await workbook());
    expect(session.read.sheets.find((s) => s.sheet === "Matriks Peran")).toMatchObject({
      status: "read",
      kind: "roles",
      notes: [{ code: "note-role-matrix", results: 4 }],
    });
    expect(session.read.roles?.map((a) => [a.staff.name, a.result])).toEqual([
      ["Rina Wulandari", expect.stringContaining("dokumen akreditasi")],
      ["Dimas Saputra", expect.stringContaining("dokumen akreditasi")],
      ["Dimas Saputra", DATA_RESULT],
      ["Andi Kurniawan", ANDI_RESULT],
    ]);
  });

  it("fills the staff rows the SKP lacks below the export, previewed, and a second fill adds nothing", async () => {
    let host = await workbook();
    const session = await openSession(host);
    const { plan } = planSessionFill(session);
    // the export's rows end at row 8: two staff rows go below it
    expect(plan.inserts).toContainEqual({ sheet: "SKP 2026", afterRow: 8, count: 2, styleFrom: 8 });
    const row = (r: number) =>
      Object.fromEntries(
        plan.changes
          .filter((c) => c.sheet === "SKP 2026" && c.cell.endsWith(String(r)))
          .map((c) => [c.cell.replace(/\d+/, ""), c.new])
      );
    expect(row(9)).toEqual({
      A: NIP.dimas,
      B: "Dimas Saputra",
      C: "Analis Kebijakan",
      D: "Dinas Kesehatan",
      E: DATA_LAYANAN,
      F: DATA_RESULT,
      O: NIP.kabid,
      P: "Bayu Pratama",
      Q: "Kepala Bidang Pelayanan Kesehatan",
    });
    expect(row(10)).toMatchObject({ B: "Andi Kurniawan", E: LAYANAN_AKREDITASI, F: ANDI_RESULT });
    expect(plan.changes.find((c) => c.cell === "F9")?.why).toEqual({
      code: "change-role-matrix",
      person: "Dimas Saputra",
      field: "rhk",
    });
    await applySessionFill(host, session, plan);
    host = await XlsxWorkbook.open(await host.toBuffer(), "dinkes.xlsx");
    const again = await openSession(host);
    const second = planSessionFill(again).plan;
    expect(second.inserts.filter((i) => i.sheet === "SKP 2026")).toEqual([]);
    expect(second.changes.filter((c) => c.sheet === "SKP 2026")).toEqual([]);
    // the Kepala Bidang's data RHK is now intervened by Dimas: no longer unused
    const unused = checkSession(again).findings.filter((f) => f.code === "LEADER_RHK_UNUSED");
    expect(unused.map((f) => f.name)).not.toContain(DATA_LAYANAN);
  });
});
