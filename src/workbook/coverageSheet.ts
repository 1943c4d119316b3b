/**
 * The "Cakupan" sheet of the annotated copy as data, for both hosts to write as it is: for each
 * unit with child units, a block — the unit's name, a header (Kode | Indikator Kinerja | Target |
 * each child unit), one row per IKU with F / P / K / — under each child, coloured by status — then
 * a legend. Values from row 1, column A; formats as A1 ranges.
 */
import { a1, columnLetters } from "../core/cells";
import type { CoverageMark, CoverageMatrix, CoverageStatus } from "../core/coverageMatrix";
import {
  CASCADE_LETTER,
  COVERAGE_MARK_LABEL,
  COVERAGE_STATUS_LABEL,
  type Lang,
} from "../core/messages";
import type { Share } from "../core/model";
import { numberText, percentText } from "../core/numbers";
import { targetText } from "../core/targetText";
import { SEVERITY_COLOUR } from "../core/palette";

/** Taken and aligned green (Excel's "Good"), with findings amber, missing red: no fill for "—". */
export const COVERAGE_COLOUR: Record<Exclude<CoverageStatus, "none">, string> = {
  aligned: "C6EFCE",
  findings: SEVERITY_COLOUR.warning,
  missing: SEVERITY_COLOUR.error,
};

export interface CoverageSheet {
  name: string;
  /** From row 1, column A; null for an empty cell. */
  rows: Array<Array<string | null>>;
  /** Column widths in characters, from column A. */
  widths: number[];
  bold: string[];
  /** Wrapped and aligned to the top (the unit names over their columns). */
  wrap: string[];
  center: string[];
  border: string[];
  /** Cells by fill colour (RRGGBB). */
  fills: Array<{ colour: string; cells: string[] }>;
  print: { landscape: boolean; paper: "A4"; pagesWide: number };
}

const WORDS = {
  id: {
    title: (year?: number) =>
      `Matriks cakupan cascading IKU${year !== undefined ? ` — Tahun ${year}` : ""}`,
    source:
      "Dari isi workbook: tautan IKU atasan, matriks cascading dan kolom penanggung jawab. Baris: IKU unit atasan; kolom: unit bawahan.",
    header: ["Kode", "Indikator Kinerja", "Target"],
    legend: "Keterangan",
    // the sheet sits beside the findings sheet: a cell with findings says where they are
    seeFindings: " (lihat lembar temuan)",
  },
  en: {
    title: (year?: number) => `IKU cascade coverage${year !== undefined ? ` — ${year}` : ""}`,
    source:
      "From what the workbook says: parent IKU links, the matriks cascading and responsible-unit columns. Rows: the parent unit's IKU; columns: its child units.",
    header: ["Code", "Indicator", "Target"],
    legend: "Legend",
    seeFindings: " (see the findings sheet)",
  },
} as const;

/** The sheet, or undefined when no unit in the workbook has child units. */
export function coverageSheet(
  matrix: CoverageMatrix,
  lang: Lang,
  sheetNames: string[] = []
): CoverageSheet | undefined {
  if (matrix.blocks.length === 0) return undefined;
  const w = WORDS[lang];
  let name = "Cakupan";
  for (let i = 2; sheetNames.includes(name); i++) name = `Cakupan ${i}`;
  const rows: Array<Array<string | null>> = [[w.title(matrix.year)], [w.source], []];
  const bold = ["A1"];
  const wrap: string[] = [];
  const center: string[] = [];
  const border: string[] = [];
  const fills = new Map<string, string[]>();
  const fill = (colour: string, cell: string) => {
    const list = fills.get(colour);
    if (list) list.push(cell);
    else fills.set(colour, [cell]);
  };
  let widest = 0;
  for (const block of matrix.blocks) {
    rows.push([block.unit]);
    bold.push(`A${rows.length}`);
    const header = rows.length + 1;
    const last = columnLetters(3 + block.units.length);
    rows.push([...w.header, ...block.units]);
    bold.push(`A${header}:${last}${header}`);
    wrap.push(`A${header}:${last}${header}`);
    center.push(`D${header}:${last}${header}`);
    widest = Math.max(widest, block.units.length);
    for (const row of block.rows) {
      const r = rows.length + 1;
      rows.push([
        row.code ?? null,
        row.name,
        targetText(row.target, row.satuan, lang),
        ...row.cells.map((c, i) => {
          if (c.status !== "none") fill(COVERAGE_COLOUR[c.status], a1(r, 4 + i));
          return c.marks.length === 0 ? "—" : markText(c.marks, c.share, lang);
        }),
      ]);
    }
    const end = rows.length;
    wrap.push(`B${header + 1}:B${end}`);
    center.push(`D${header + 1}:${last}${end}`);
    border.push(`A${header}:${last}${end}`);
    rows.push([]);
  }
  // the legend: what each mark says, then what each colour says
  rows.push([null, w.legend]);
  bold.push(`B${rows.length}`);
  const marks: CoverageMark[] = ["full", "partial", "contributing", "unknown"];
  for (const m of marks) rows.push([CASCADE_LETTER[lang][m], COVERAGE_MARK_LABEL[lang][m]]);
  rows.push(["—", COVERAGE_MARK_LABEL[lang].none]);
  center.push(`A${rows.length - marks.length}:A${rows.length}`);
  for (const s of ["aligned", "findings", "missing"] as const) {
    rows.push([null, `${COVERAGE_STATUS_LABEL[lang][s]}${s === "findings" ? w.seeFindings : ""}`]);
    fill(COVERAGE_COLOUR[s], `A${rows.length}`);
  }
  return {
    name,
    rows,
    widths: [10, 50, 16, ...Array.from({ length: widest }, () => 16)],
    bold,
    wrap,
    center,
    border,
    fills: [...fills].map(([colour, cells]) => ({ colour, cells })),
    print: { landscape: true, paper: "A4", pagesWide: 1 },
  };
}

/** "F", "P 40%", "P, K": the marks in order, a partial share after its letter. */
export function markText(marks: CoverageMark[], share: Share | undefined, lang: Lang): string {
  return marks
    .map((m) => {
      const letter = CASCADE_LETTER[lang][m];
      if (m !== "partial" || !share) return letter;
      const value =
        share.kind === "percent" ? percentText(share.value, lang) : numberText(share.value, lang);
      return `${letter} ${value}`;
    })
    .join(", ");
}
