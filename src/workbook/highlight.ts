/**
 * The highlight plan for a checked workbook: cells grouped per sheet and colour (so a host colours
 * them in a handful of calls), one note per cell naming its findings, and a "Temuan" sheet listing
 * every finding with a link to its cell (and, beside it, the "Cakupan" sheet of coverageSheet.ts).
 * Error red, warning amber, info blue.
 */
import { a1 } from "../core/cells";
import type { Finding, Severity } from "../core/findings";
import type { CapaianSummary } from "../core/check";
import type { CoverageSheet } from "./coverageSheet";
import { SEVERITY_COLOUR } from "../core/palette";
import {
  BAND_LABEL,
  findingMessage,
  percentText,
  SEVERITY_LABEL,
  type Lang,
} from "../core/messages";

export interface HighlightCell {
  sheet: string;
  cell: string;
  severity: Severity;
  /** The note text for this cell: every finding at it, most severe first. */
  note: string;
}

/**
 * The findings sheet as data, for both hosts to write as it is: the header in row 1, one row per
 * finding from row 2 (errors, then warnings, then info), then a blank row and the legend in column
 * B. Its header stays in view, the list (not the legend) has an autofilter, and it prints landscape
 * one page wide with the header on every page.
 */
export interface FindingsSheet {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
  /** Column (0-based) holding the link to each finding's cell. */
  linkColumn: number;
  /** Column (0-based) holding each finding's severity label, coloured as its legend entry. */
  severityColumn: number;
  /** Column widths in characters, one per header column. */
  widths: number[];
  links: Array<{ sheet: string; cell: string } | null>;
  legend: Array<{ label: string; colour: string }>;
  /** Rows frozen at the top (the header). */
  freezeRows: number;
  /** The autofilter's range, A1 style: the header and the findings, never the legend. */
  filter: string;
  print: {
    landscape: boolean;
    paper: "A4";
    /** Pages wide the sheet is fitted to (as many pages tall as it takes). */
    pagesWide: number;
    /** First and last row repeated at the top of every printed page. */
    repeatRows: [number, number];
  };
}

export interface HighlightPlan {
  cells: HighlightCell[];
  /** Cells by sheet and colour: a host colours each group at once. */
  groups: Array<{ sheet: string; severity: Severity; cells: string[] }>;
  findingsSheet: FindingsSheet;
  /** The coverage matrix sheet ("Cakupan"), when a unit in the workbook has child units. */
  coverageSheet?: CoverageSheet;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function highlightPlan(
  findings: Finding[],
  lang: Lang,
  sheetNames: string[] = [],
  capaian?: CapaianSummary
): HighlightPlan {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of findings) {
    if (!f.at) continue;
    const key = `${f.at.sheet}\u0000${f.at.cell}`;
    const entry = byCell.get(key) ?? { sheet: f.at.sheet, cell: f.at.cell, findings: [] };
    entry.findings.push(f);
    byCell.set(key, entry);
  }
  const cells: HighlightCell[] = [];
  for (const e of byCell.values()) {
    const sorted = [...e.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    cells.push({
      sheet: e.sheet,
      cell: e.cell,
      severity: sorted[0].severity,
      note: sorted.map((f) => `Selaras ${f.code}: ${findingMessage(f, lang)}`).join("\n"),
    });
  }
  const groups = new Map<string, { sheet: string; severity: Severity; cells: string[] }>();
  for (const c of cells) {
    const key = `${c.sheet}\u0000${c.severity}`;
    const g = groups.get(key) ?? { sheet: c.sheet, severity: c.severity, cells: [] };
    g.cells.push(c.cell);
    groups.set(key, g);
  }
  return {
    cells,
    groups: [...groups.values()],
    findingsSheet: findingsSheet(findings, lang, sheetNames, capaian),
  };
}

function findingsSheet(
  findings: Finding[],
  lang: Lang,
  sheetNames: string[],
  capaian?: CapaianSummary
): FindingsSheet {
  let name = "Temuan";
  for (let i = 2; sheetNames.includes(name); i++) name = `Temuan ${i}`;
  const header =
    lang === "id"
      ? ["No", "Tingkat", "Kode", "Lembar", "Sel", "Unit", "Indikator", "IKU atasan", "Pesan"]
      : ["No", "Severity", "Code", "Sheet", "Cell", "Unit", "Indicator", "Parent IKU", "Message"];
  const widths = [5, 11, 22, 24, 14, 28, 24, 14, 90];
  // left empty for the planner: what was done about each finding
  const followUp = lang === "id" ? "Tindak lanjut" : "Follow-up";
  // where the workbook reports results, each finding's IKU with its capaian (DESIGN.md §8)
  const byRow = new Map(capaian?.indicators.map((c) => [c.row, c]));
  const capaianOf = (f: Finding) => {
    const c = (f.rows ?? []).map((r) => byRow.get(r)).find((x) => x !== undefined);
    return c ? `${percentText(c.capaian, lang)} (${BAND_LABEL[lang][c.band]})` : null;
  };
  // errors first, then warnings, then info; the check's order within each (sort is stable)
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const columns = [...header, ...(capaian ? ["Capaian"] : []), followUp];
  return {
    name,
    header: columns,
    widths: [...widths, ...(capaian ? [24] : []), 30],
    rows: sorted.map((f, i) => [
      i + 1,
      SEVERITY_LABEL[lang][f.severity],
      f.code,
      f.at?.sheet ?? null,
      f.at?.cell ?? null,
      f.unit,
      f.indicator,
      f.parent,
      findingMessage(f, lang),
      ...(capaian ? [capaianOf(f)] : []),
      null,
    ]),
    linkColumn: 4,
    severityColumn: 1,
    links: sorted.map((f) => f.at),
    legend: (["error", "warning", "info"] as Severity[]).map((s) => ({
      label: SEVERITY_LABEL[lang][s],
      colour: SEVERITY_COLOUR[s],
    })),
    freezeRows: 1,
    filter: `A1:${a1(sorted.length + 1, columns.length)}`,
    print: { landscape: true, paper: "A4", pagesWide: 1, repeatRows: [1, 1] },
  };
}
