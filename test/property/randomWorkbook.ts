/**
 * Random Dinas Kesehatan PK workbooks for the no-data-loss property suite (issue 11). The plan is
 * always the same — the matriks gives the Bidang one or two IKU its PK lacks, so fill inserts rows
 * under the Bidang's table (below row 3) — while everything around it varies: the Bidang sheet's
 * name (spaces, apostrophes, brackets), what lies below the table (text, numbers, dates, rich
 * text), notes, hidden rows, row heights, merges, data validation, conditional formats, formulas
 * on both sheets pointing above and below the insert, defined names, a protected sheet.
 * The generator records what it put where, so the tests can say where it must be after the fill.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { xlsxFromSpec } from "../../src/sample/spec";
import { dinasKesehatan, PUSKESMAS, SIMPUS } from "../fixtures/dinasKesehatan";

export const SHEET_NAMES = [
  "PK Bidang",
  "PK Bidang'26",
  "Bidang (Yankes)",
  "PK-Bidang 2026",
  "Bidang's & Co",
];
export const POSYANDU = "Jumlah desa dengan posyandu aktif";

export type BelowValue =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: string }
  | { kind: "rich"; parts: string[] };

export interface RandomPlan {
  sheet: string;
  /** IKU the matriks gives the Bidang beyond its PK: 1 or 2 rows inserted. */
  extraIku: 1 | 2;
  /** Rows below the table (from row 5), each with up to three values in columns A–C. */
  below: Array<Array<BelowValue | null>>;
  notes: Array<{ row: number; col: number; text: string }>;
  hidden: number[];
  heights: Array<{ row: number; height: number }>;
  /** Merges of columns A:B on rows below the table. */
  merges: number[];
  validations: Array<{ col: number; top: number; bottom: number }>;
  conditional: Array<{ col: number; top: number; bottom: number }>;
  /** Formulas pointing at a Bidang cell, placed on the Bidang sheet (column H) or on PK Dinas (column H). */
  formulas: Array<{ onDinas: boolean; row: number; col: number }>;
  names: Array<{ row: number; col: number }>;
  /** Links on PK Dinas (column I) to Bidang cells. */
  links: Array<{ row: number; col: number }>;
  /** A logo anchored at a Bidang row. */
  logo: number | null;
  /** A shared formula down column J of the Bidang (each cell = column C of its row). */
  shared: { top: number; len: number } | null;
  /** The Bidang's own target is a formula (fill never overwrites one). */
  targetFormula: boolean;
  protectHierarki: boolean;
}

const word = fc.constantFrom(
  "Program",
  "Kegiatan",
  "Catatan",
  "Anggaran",
  "Puskesmas",
  "Posyandu",
  "Desa",
  "Tim"
);
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const below: fc.Arbitrary<BelowValue | null> = fc.oneof(
  fc.constant(null),
  text.map((value) => ({ kind: "text" as const, value })),
  fc.integer({ min: 0, max: 5_000_000_000 }).map((value) => ({ kind: "number" as const, value })),
  fc
    .date({ min: new Date("2024-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
    .map((d) => ({
      kind: "date" as const,
      value: d.toISOString().slice(0, 10),
    })),
  fc.array(word, { minLength: 2, maxLength: 3 }).map((parts) => ({ kind: "rich" as const, parts }))
);

export const randomPlan: fc.Arbitrary<RandomPlan> = fc
  .record({
    sheet: fc.constantFrom(...SHEET_NAMES),
    extraIku: fc.constantFrom<1 | 2>(1, 2),
    below: fc.array(fc.array(below, { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 6,
    }),
    protectHierarki: fc.boolean(),
    targetFormula: fc.boolean(),
  })
  .chain((base) => {
    const last = 4 + base.below.length; // the last row in use on the Bidang sheet
    const row = fc.integer({ min: 1, max: last });
    const belowRow = fc.integer({ min: 5, max: last });
    const span = fc
      .record({
        col: fc.integer({ min: 1, max: 5 }),
        top: row,
        len: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ col, top, len }) => ({
        col,
        top,
        bottom: top <= 3 ? Math.min(3, top + len) : Math.min(last, top + len),
      }));
    return fc.record({
      ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, fc.constant(v)])),
      notes: fc.uniqueArray(fc.record({ row, col: fc.integer({ min: 1, max: 5 }), text }), {
        maxLength: 4,
        selector: (n) => `${n.row}:${n.col}`,
      }),
      hidden: fc.uniqueArray(belowRow, { maxLength: 2 }),
      heights: fc.uniqueArray(fc.record({ row, height: fc.integer({ min: 12, max: 40 }) }), {
        maxLength: 3,
        selector: (h) => h.row,
      }),
      merges: fc.uniqueArray(belowRow, { maxLength: 2 }),
      validations: fc.array(span, { maxLength: 2 }),
      conditional: fc.array(span, { maxLength: 2 }),
      formulas: fc.uniqueArray(
        fc.record({ onDinas: fc.boolean(), row, col: fc.integer({ min: 1, max: 5 }) }),
        { maxLength: 5, selector: (f) => `${f.onDinas}:${f.row}:${f.col}` }
      ),
      names: fc.array(fc.record({ row, col: fc.integer({ min: 1, max: 5 }) }), { maxLength: 2 }),
      links: fc.array(fc.record({ row, col: fc.integer({ min: 1, max: 5 }) }), { maxLength: 2 }),
      logo: fc.option(row, { nil: null }),
      shared: fc.option(fc.record({ top: row, len: fc.integer({ min: 1, max: 4 }) }), {
        nil: null,
      }),
    }) as unknown as fc.Arbitrary<RandomPlan>;
  });

/** A 1×1 PNG: the Dinas logo. */
const LOGO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);

/** The last row in use on the Bidang sheet. */
const last = (p: RandomPlan) => 4 + p.below.length;

/** A sheet name as a formula writes it. */
export function quoted(sheet: string): string {
  return /^[A-Za-z_][\w.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export const letter = (col: number) => String.fromCharCode(64 + col);

/** The workbook a plan describes. */
export async function randomWorkbook(p: RandomPlan): Promise<Uint8Array> {
  const spec = dinasKesehatan({
    dinas: [
      ["1", "1", PUSKESMAS, "Puskesmas", 12],
      ["2", "2", SIMPUS, "%", "100,00 %"],
      ["3", "3", POSYANDU, "Desa", 240],
    ],
    bidang: [["1", "1", PUSKESMAS, "Puskesmas", 12]],
    matrix: [
      ["1", PUSKESMAS, "F"],
      ["2", SIMPUS, "F"],
      ...(p.extraIku === 2 ? [["3", POSYANDU, "F"]] : [["3", POSYANDU, ""]]),
    ],
    bidangBelow: [[]],
  });
  spec.sheets[2].name = p.sheet;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsxFromSpec(spec)) as unknown as ArrayBuffer);
  const ws = book.getWorksheet(p.sheet) as ExcelJS.Worksheet;
  const dinas = book.getWorksheet("PK Dinas") as ExcelJS.Worksheet;
  p.below.forEach((values, i) =>
    values.forEach((v, j) => {
      if (!v) return;
      const cell = ws.getCell(5 + i, j + 1);
      if (v.kind === "date") {
        cell.value = new Date(`${v.value}T00:00:00Z`);
        cell.numFmt = "dd/mm/yyyy";
      } else if (v.kind === "rich")
        cell.value = {
          richText: v.parts.map((t, k) => ({ text: k ? ` ${t}` : t, font: { bold: k === 0 } })),
        };
      else cell.value = v.value;
    })
  );
  for (const n of p.notes) ws.getCell(n.row, n.col).note = n.text;
  for (const r of p.hidden) ws.getRow(r).hidden = true;
  for (const h of p.heights) ws.getRow(h.row).height = h.height;
  for (const r of p.merges) if (!ws.getCell(r, 1).isMerged) ws.mergeCells(r, 1, r, 2);
  p.validations.forEach((v, i) => {
    // each validation its own bounds, so two that touch stay two
    for (let r = v.top; r <= v.bottom; r++)
      ws.getCell(r, v.col).dataValidation = {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: [0, 1000 + i],
      };
  });
  p.conditional.forEach((c, i) =>
    ws.addConditionalFormatting({
      ref: `${letter(c.col)}${c.top}:${letter(c.col)}${c.bottom}`,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [`LEN(${letter(c.col)}${c.top})>40`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } },
        },
      ],
    })
  );
  p.formulas.forEach((f, i) => {
    const target = ws.getCell(f.row, f.col);
    const result = resultOf(target);
    const sheetRef = f.onDinas ? `${quoted(p.sheet)}!` : "";
    (f.onDinas ? dinas : ws).getCell(10 + i, 8).value = {
      formula: `${sheetRef}${letter(f.col)}${f.row}`,
      result,
    } as ExcelJS.CellFormulaValue;
  });
  p.names.forEach((n, i) =>
    book.definedNames.add(`${quoted(p.sheet)}!$${letter(n.col)}$${n.row}`, `Acuan${i + 1}`)
  );
  p.links.forEach((l, i) => {
    dinas.getCell(10 + i, 9).value = {
      text: `Lihat ${letter(l.col)}${l.row}`,
      hyperlink: `#${quoted(p.sheet)}!${letter(l.col)}${l.row}`,
    };
  });
  if (p.logo !== null) {
    const logo = book.addImage({ buffer: LOGO as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(logo, { tl: { col: 6, row: p.logo - 1 }, ext: { width: 40, height: 20 } });
  }
  if (p.shared) {
    const { top, len } = p.shared;
    const bottom = Math.min(last(p), top + len);
    for (let r = top; r <= bottom; r++) {
      const result = resultOf(ws.getCell(r, 3));
      ws.getCell(r, 10).value = (
        r === top
          ? { formula: `C${r}`, result, shareType: "shared", ref: `J${top}:J${bottom}` }
          : { sharedFormula: `J${top}`, result }
      ) as ExcelJS.CellValue;
    }
  }
  if (p.targetFormula)
    ws.getCell("E3").value = { formula: "'PK Dinas'!E3", result: 12 } as ExcelJS.CellFormulaValue;
  if (p.protectHierarki) await (book.getWorksheet("Hierarki") as ExcelJS.Worksheet).protect("", {});
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** What a formula pointing at the cell shows (Excel shows 0 for an empty cell). */
function resultOf(cell: ExcelJS.Cell): ExcelJS.CellFormulaValue["result"] {
  // a cell merged into another is empty to Excel (ExcelJS shows it the master's value)
  if (cell.isMerged && cell.master.address !== cell.address) return 0;
  const v = cell.value;
  if (v === null || v === undefined) return 0;
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (v instanceof Date) return v;
  return v as string | number;
}
