/**
 * Drafting the Perjanjian Kinerja (DESIGN.md §9, issue 13): "Susun PK" adds, for each unit without
 * a PK of its own, a sheet in the standard form. The next read takes it as the unit's PK and the
 * check finds what it found before drafting.
 */
import { checkPlan } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { unitKey } from "../../src/core/text";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { sampleWorkbook, KR1, BIRO_UMUM, DEPUTI } from "../../src/sample/sampleWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { applySessionFill, openSession, planSessionPk } from "../../src/workbook/operations";

const key = (f: Finding) => `${f.code} · ${f.unit} · ${f.indicator ?? ""} · ${f.parent ?? ""}`;

describe("Susun PK on the bundled sample", () => {
  it("drafts a PK for each unit with IKU and no PK sheet, read back with the same findings", async () => {
    const host = await XlsxWorkbook.open(await xlsxFromSpec(sampleWorkbook()), "sampel.xlsx");
    const session = await openSession(host);
    const before = checkPlan(session.read.plan);
    const draft = planSessionPk(session);
    console.log(draft.drafted, draft.skipped);
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
    void BIRO_UMUM;
  });
});
