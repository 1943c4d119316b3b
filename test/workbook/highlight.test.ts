/**
 * The findings sheet as plain data (DESIGN.md §5): what both hosts write, decided once here.
 */
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
});
