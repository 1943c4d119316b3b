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
 * finding from row 2 (errors, then warnings, then info), then a blank row and the legend in the
 * severity column from `legendRow`. Its header stays in view, the list (not the legend) has an
 * autofilter, and it prints landscape one page wide with the header on every page.
 */
export interface FindingsSheet {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
  /** Column (0-based) holding the link to each finding's cell. */
  linkColumn: number;
  /** Column (0-based) holding each finding's severity label, coloured as its legend entry. */
  severityColumn: number;
  /** The fill (RRGGBB) of each finding row's severity cell, one per row. */
  severityColours: string[];
  /** Column widths in characters, one per header column. */
  widths: number[];
  links: Array<{ sheet: string; cell: string } | null>;
  legend: Array<{ label: string; colour: string }>;
  /** The row (1-based) of the legend's first entry; the entries go down the severity column. */
  legendRow: number;
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

/** The findings sheet's columns, in order. */
const COLUMNS = [
  "no",
  "severity",
  "code",
  "sheet",
  "cell",
  "unit",
  "indicator",
  "parentIku",
  "message",
  "capaian",
  // left empty for the planner: what was done about each finding
  "followUp",
] as const;

type FindingsColumn = (typeof COLUMNS)[number];

/** Each column's header in both languages: the compiler checks neither misses one. */
const FINDINGS_WORDS: Record<Lang, Record<FindingsColumn, string>> = {
  id: {
    no: "No",
    severity: "Tingkat",
    code: "Kode",
    sheet: "Lembar",
    cell: "Sel",
    unit: "Unit",
    indicator: "Indikator",
    parentIku: "IKU atasan",
    message: "Pesan",
    capaian: "Capaian",
    followUp: "Tindak lanjut",
  },
  en: {
    no: "No",
    severity: "Severity",
    code: "Code",
    sheet: "Sheet",
    cell: "Cell",
    unit: "Unit",
    indicator: "Indicator",
    parentIku: "Parent IKU",
    message: "Message",
    // the monitoring term planners use in either language (DESIGN.md §8)
    capaian: "Capaian",
    followUp: "Follow-up",
  },
};

/** Column widths in characters. */
const WIDTH: Record<FindingsColumn, number> = {
  no: 5,
  severity: 11,
  code: 22,
  sheet: 24,
  cell: 14,
  unit: 28,
  indicator: 24,
  parentIku: 14,
  message: 90,
  capaian: 24,
  followUp: 30,
};

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
  const words = FINDINGS_WORDS[lang];
  // where the workbook reports results, each finding's IKU with its capaian (DESIGN.md §8)
  const byRow = new Map(capaian?.indicators.map((c) => [c.row, c]));
  const capaianOf = (f: Finding) => {
    const c = (f.rows ?? []).map((r) => byRow.get(r)).find((x) => x !== undefined);
    return c ? `${percentText(c.capaian, lang)} (${BAND_LABEL[lang][c.band]})` : null;
  };
  // errors first, then warnings, then info; the check's order within each (sort is stable)
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  // the Capaian column only where the workbook reports results; Tindak lanjut always last
  const shown = COLUMNS.filter((c) => c !== "capaian" || capaian);
  return {
    name,
    header: shown.map((c) => words[c]),
    widths: shown.map((c) => WIDTH[c]),
    rows: sorted.map((f, i) => {
      const value: Record<FindingsColumn, string | number | null> = {
        no: i + 1,
        severity: SEVERITY_LABEL[lang][f.severity],
        code: f.code,
        sheet: f.at?.sheet ?? null,
        cell: f.at?.cell ?? null,
        unit: f.unit,
        indicator: f.indicator,
        parentIku: f.parent,
        message: findingMessage(f, lang),
        capaian: capaianOf(f),
        followUp: null,
      };
      return shown.map((c) => value[c]);
    }),
    linkColumn: shown.indexOf("cell"),
    severityColumn: shown.indexOf("severity"),
    severityColours: sorted.map((f) => SEVERITY_COLOUR[f.severity]),
    links: sorted.map((f) => f.at),
    legend: (["error", "warning", "info"] as Severity[]).map((s) => ({
      label: SEVERITY_LABEL[lang][s],
      colour: SEVERITY_COLOUR[s],
    })),
    // the header, the findings, a blank row
    legendRow: sorted.length + 3,
    freezeRows: 1,
    filter: `A1:${a1(sorted.length + 1, shown.length)}`,
    print: { landscape: true, paper: "A4", pagesWide: 1, repeatRows: [1, 1] },
  };
}
