/**
 * The findings sheet as plain data (DESIGN.md §5): what both hosts write, decided once here.
 */
import type { CapaianSummary } from "../../src/core/check";
import type { Finding, FindingCode, Severity } from "../../src/core/findings";
import { highlightPlan } from "../../src/workbook/highlight";

const finding = (code: FindingCode, severity: Severity, cell: string): Finding => ({
  code,
  severity,
  at: { sheet: "PK Bidang", cell },
  unit: "Bidang Yankes",
  indicator: "1.1",
  parent: null,
  inferred: false,
  suggestions: [],
});

describe("the findings sheet", () => {
  const findings = [
    finding("EXTERNAL_LINK", "info", "C3"),
    finding("TARGET_MISSING", "warning", "E3"),
    finding("ORPHAN", "error", "C4"),
    finding("LEVEL_SKIP", "warning", "C5"),
    finding("BROKEN_LINK", "error", "C6"),
  ];

  it("lists errors, then warnings, then info, keeping the check's order within each, numbered anew", () => {
    const fs = highlightPlan(findings, "id").findingsSheet;
    expect(fs.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, "Galat", "ORPHAN"],
      [2, "Galat", "BROKEN_LINK"],
      [3, "Peringatan", "TARGET_MISSING"],
      [4, "Peringatan", "LEVEL_SKIP"],
      [5, "Info", "EXTERNAL_LINK"],
    ]);
    // each link stays with its finding
    expect(fs.links.map((l) => l?.cell)).toEqual(["C4", "C6", "E3", "C5", "C3"]);
    expect(fs.rows.map((r) => r[fs.severityColumn])).toEqual(fs.rows.map((r) => r[1]));
  });

  it("ends with an empty follow-up column for the planner, in either language", () => {
    const id = highlightPlan(findings, "id").findingsSheet;
    const en = highlightPlan(findings, "en").findingsSheet;
    expect(id.header.at(-1)).toBe("Tindak lanjut");
    expect(en.header.at(-1)).toBe("Follow-up");
    expect(id.widths).toHaveLength(id.header.length);
    for (const row of id.rows) {
      expect(row).toHaveLength(id.header.length);
      expect(row.at(-1)).toBeNull();
    }
  });

  it("freezes the header, filters the list but not the legend, prints landscape one page wide", () => {
    const fs = highlightPlan(findings, "id").findingsSheet;
    expect(fs.freezeRows).toBe(1);
    // header in row 1, findings in rows 2–6, the legend from row 8
    expect(fs.filter).toBe("A1:J6");
    expect(fs.print).toEqual({ landscape: true, paper: "A4", pagesWide: 1, repeatRows: [1, 1] });
  });

  it("colours each finding's severity cell as its legend entry and puts the legend after one blank row", () => {
    const fs = highlightPlan(findings, "id").findingsSheet;
    const colourOf = new Map(fs.legend.map((l) => [l.label, l.colour]));
    expect(fs.severityColours).toEqual(
      fs.rows.map((r) => colourOf.get(String(r[fs.severityColumn])))
    );
    expect(fs.severityColours).toEqual(["FFC7CE", "FFC7CE", "FFEB9C", "FFEB9C", "DDEBF7"]);
    // five findings in rows 2–6, row 7 blank, Galat / Peringatan / Info from row 8
    expect(fs.legendRow).toBe(8);
    expect(fs.legend.map((l) => l.label)).toEqual(["Galat", "Peringatan", "Info"]);
    expect(highlightPlan([], "id").findingsSheet.legendRow).toBe(3);
  });

  it("heads every column in both languages, Capaian before the follow-up where realisasi is stated", () => {
    // the Biro Umum states realisasi for IKU 1.1: 76,5 % of its target, close
    const capaian: CapaianSummary = {
      indicators: [
        {
          row: "r1",
          unit: "Biro Umum",
          indicator: "1.1",
          name: "Indeks kepuasan layanan umum",
          target: 4000,
          realisasi: 3060,
          capaian: 76.5,
          at: { sheet: "PK Biro Umum", cell: "G5" },
          band: "poor",
        },
      ],
      units: [],
      levels: [],
      bounds: { goodFrom: 100, fairFrom: 80 },
    };
    const withRow = findings.map((f) => ({ ...f, rows: ["r1"] }));
    const id = highlightPlan(withRow, "id", [], capaian).findingsSheet;
    const en = highlightPlan(withRow, "en", [], capaian).findingsSheet;
    expect(id.header).toEqual([
      "No",
      "Tingkat",
      "Kode",
      "Lembar",
      "Sel",
      "Unit",
      "Indikator",
      "IKU atasan",
      "Pesan",
      "Capaian",
      "Tindak lanjut",
    ]);
    expect(en.header).toEqual([
      "No",
      "Severity",
      "Code",
      "Sheet",
      "Cell",
      "Unit",
      "Indicator",
      "Parent IKU",
      "Message",
      "Capaian",
      "Follow-up",
    ]);
    expect(id.widths).toEqual([5, 11, 22, 24, 14, 28, 24, 14, 90, 24, 30]);
    expect(id.rows[0].slice(-2)).toEqual(["76,5% (belum tercapai)", null]);
    expect(en.rows[0].slice(-2)).toEqual(["76.5% (behind)", null]);
    expect([id.linkColumn, id.severityColumn]).toEqual([4, 1]);
    expect(id.filter).toBe("A1:K6");
  });
});
