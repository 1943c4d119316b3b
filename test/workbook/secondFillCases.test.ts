/**
 * A second fill is a no-op (DESIGN.md §4, issue 11) in the three cases a user reported, each a
 * small workbook: the fill writes once, the plan made on its output lists nothing — no row added
 * again, no target it wrote changed, no period it held back written later.
 */
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { xlsxFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import type { PatchPlan } from "../../src/workbook/patches";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { openSession } from "../../src/app/session";

const RULE = "Unit Penanggung Jawab";

/** The first fill as a planner makes it (new sheets ticked, conflicts left), then the second plan. */
async function fillTwice(spec: WorkbookSpec): Promise<{ once: PatchPlan; twice: PatchPlan }> {
  const host = await XlsxWorkbook.open(await xlsxFromSpec(spec), "dinas.xlsx");
  const session = await openSession(host);
  const once = planSessionFill(session, { newSheets: "all" }).plan;
  expect((await applySessionFill(host, session, once)).refused).toEqual([]);
  const again = await XlsxWorkbook.open(await host.toBuffer(), "dinas.xlsx");
  const twice = planSessionFill(await openSession(again), { newSheets: "all" }).plan;
  return { once, twice };
}

const listed = (p: PatchPlan) => [
  ...p.changes.map(
    (c) => `${c.sheet}!${c.cell} ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`
  ),
  ...p.inserts.map((i) => `insert ${i.count} below ${i.sheet}!${i.afterRow}`),
  ...(p.sheets ?? []).map((s) => `sheet ${s.name}`),
];

describe("a second fill lists nothing", () => {
  it("when one IKU's name holds another's: the Bidang's rows for both are found again, not added again", async () => {
    // "…terakreditasi" is inside "…terakreditasi paripurna"; the Dinas is named by its sheet only
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Dinas Kesehatan",
          rows: [
            ["No", "Indikator Kinerja", "Satuan", "Target", RULE],
            [
              "1",
              "Jumlah puskesmas terakreditasi",
              "Puskesmas",
              20,
              "Bidang Pelayanan Kesehatan (F)",
            ],
            [
              "2",
              "Jumlah puskesmas terakreditasi paripurna",
              "Puskesmas",
              12,
              "Bidang Pelayanan Kesehatan (F)",
            ],
          ],
        },
        {
          name: "PK Bidang",
          rows: [
            ["PERJANJIAN KINERJA BIDANG PELAYANAN KESEHATAN TAHUN 2026"],
            [],
            ["No", "Indikator Kinerja", "Satuan", "Target"],
            ["1", "Jumlah kegiatan bidang", "Kegiatan", 4],
          ],
        },
      ],
    };
    const { once, twice } = await fillTwice(spec);
    expect(once.inserts).toEqual([expect.objectContaining({ sheet: "PK Bidang", count: 2 })]);
    expect(listed(twice)).toEqual([]);
  });

  it("when a unit marked without a type sits beside a partial split: the target it wrote stays (5, then not 2)", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Dinas Kesehatan",
          rows: [
            ["No", "Indikator Kinerja", "Target", RULE],
            [
              "1",
              "Jumlah dokumen perencanaan yang disusun",
              "5 Dokumen",
              "Bidang Alpha (P); Bidang Beta; Bidang Gamma (P)",
            ],
          ],
        },
        {
          name: "IKU Bidang",
          rows: [
            ["Unit Kerja", "No", "Indikator Kinerja", "Target"],
            ["Bidang Alpha", "1", "Jumlah kegiatan alpha", 4],
            ["Bidang Beta", "1", "Jumlah kegiatan beta", 4],
            ["Bidang Gamma", "1", "Jumlah kegiatan gamma", 4],
          ],
        },
      ],
    };
    const { once, twice } = await fillTwice(spec);
    expect(once.inserts).toEqual([expect.objectContaining({ sheet: "IKU Bidang", count: 3 })]);
    expect(listed(twice)).toEqual([]);
  });

  it("when a target was a conflict: its quarters held back stay held back on the next fill", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Dinas Kesehatan",
          rows: [
            ["No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV", RULE],
            [
              "1",
              "Jumlah dokumen perencanaan yang disusun",
              "10 Dokumen",
              1,
              3,
              3,
              3,
              "Bidang Alpha (P); Bidang Beta; Bidang Gamma (P)",
            ],
          ],
        },
        {
          name: "IKU Bidang",
          rows: [
            ["Unit Kerja", "No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV"],
            [
              "Bidang Alpha",
              "1",
              "Jumlah dokumen perencanaan yang disusun",
              4,
              null,
              null,
              null,
              null,
            ],
            ["Bidang Beta", "1", "Jumlah kegiatan beta", 4, 1, 1, 1, 1],
            ["Bidang Gamma", "1", "Jumlah kegiatan gamma", 4, 1, 1, 1, 1],
          ],
        },
      ],
    };
    const { once, twice } = await fillTwice(spec);
    // Alpha's own 4 against the split's 5 is a conflict: its quarters wait with it
    expect(once.conflicts.map((c) => c.cell)).toContain("D2");
    expect(once.changes.filter((c) => /^[E-H]2$/.test(c.cell))).toEqual([]);
    expect(listed(twice)).toEqual([]);
  });
});
