/**
 * Drafting the Perjanjian Kinerja (DESIGN.md §9, issue 13): "Susun PK" adds, for each unit without
 * a PK of its own, a sheet in the standard form. The next read takes it as the unit's PK and the
 * check finds what it found before drafting.
 */
import { checkPlan } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { unitKey } from "../../src/core/text";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { sampleWorkbook, KR1, DEPUTI } from "../../src/sample/sampleWorkbook";
import { headOf } from "../../src/workbook/pkDraft";
import { xlsxFromSpec } from "../../src/sample/spec";
import { applySessionFill } from "../../src/app/fill";
import { openSession } from "../../src/app/session";
import { planSessionPk } from "../../src/app/pk";

const key = (f: Finding) => `${f.code} · ${f.unit} · ${f.indicator ?? ""} · ${f.parent ?? ""}`;

describe("Susun PK on the bundled sample", () => {
  it("drafts a PK for each unit with IKU and no PK sheet, read back with the same findings", async () => {
    const host = await XlsxWorkbook.open(await xlsxFromSpec(sampleWorkbook()), "sampel.xlsx");
    const session = await openSession(host);
    const before = checkPlan(session.read.plan);
    const draft = planSessionPk(session);
    expect(draft.drafted.map((d) => d.unit)).toContain(KR1);
    expect(draft.drafted.map((d) => d.unit)).not.toContain(DEPUTI);
    expect((await applySessionFill(host, session, draft.plan)).refused).toEqual([]);
    const after = await openSession(await XlsxWorkbook.open(await host.toBuffer(), "sampel.xlsx"));
    for (const d of draft.drafted) {
      const table = after.read.tables.find((t) => t.sheet === d.sheet);
      expect(table?.layout).toBe("B");
      expect(unitKey(table?.unit ?? "")).toBe(unitKey(d.unit));
    }
    const again = checkPlan(after.read.plan);
    expect(again.findings.map(key).sort()).toEqual(before.findings.map(key).sort());
  });
});

describe("the drafted form", () => {
  it("names Pihak Pertama from the unit head's SKP, Pihak Kedua by position, and copies the unit's programmes", async () => {
    const spec = sampleWorkbook();
    // the Kanreg's budget kept on its own sheet, under the unit's name
    spec.sheets.push({
      name: "Anggaran Kanreg I",
      rows: [
        ["KANTOR REGIONAL I YOGYAKARTA"],
        [],
        ["No", "Program", "Anggaran"],
        ["1", "Program Penyelenggaraan Manajemen ASN", "Rp 12.400.000.000,-"],
        ["2", "Program Dukungan Manajemen", "Rp 3.150.000.000,-"],
      ],
    });
    const host = await XlsxWorkbook.open(await xlsxFromSpec(spec), "sampel.xlsx");
    const session = await openSession(host);
    const draft = planSessionPk(session, { units: [KR1] });
    const written = new Map(draft.plan.changes.map((c) => [c.cell, c.new]));
    const texts = [...written.values()].map(String);
    // the head of the Kanreg signs her SKP as such; the Deputi heads himself
    expect(texts).toContain(": Dra. Ratna Kusumawati");
    expect(texts).toContain(": Kepala Kantor Regional I Yogyakarta");
    expect(texts).toContain(`: ${DEPUTI}`);
    expect(texts).toContain("Program Penyelenggaraan Manajemen ASN");
    expect(texts).toContain("Rp 3.150.000.000,-");
    expect(texts).toContain("Pihak Kedua,");
    // TW I–IV only when known: the Kanreg's rows state no quarter yet
    const header = draft.plan.sheets?.[0].at as number;
    expect(written.get(`E${header}`)).toBe("Target");
    expect(written.get(`F${header}`)).toBeUndefined();
    expect(draft.plan.sheets?.[0].form?.repeatRows).toEqual([header, header]);
  });

  it("puts the head of each kind of unit in the agreement", () => {
    expect(headOf("Direktorat Status dan Kedudukan Kepegawaian")).toBe(
      "Direktur Status dan Kedudukan Kepegawaian"
    );
    expect(headOf("Sekretariat Utama")).toBe("Sekretaris Utama");
    expect(headOf("Inspektorat")).toBe("Inspektur");
    expect(headOf("Deputi Bidang Mutasi Kepegawaian")).toBe("Deputi Bidang Mutasi Kepegawaian");
    expect(headOf("Tim Kerja Layanan Mutasi Kanreg I")).toBe(
      "Ketua Tim Kerja Layanan Mutasi Kanreg I"
    );
    expect(headOf("Bidang Pelayanan Kesehatan")).toBe("Kepala Bidang Pelayanan Kesehatan");
  });
});
