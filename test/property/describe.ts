/**
 * A workbook as another program sees it (ExcelJS reading the saved bytes): values, notes, hidden
 * rows, heights, merges, validation, conditional formats, formulas and names, each keyed by where
 * it sits — so two workbooks compare cell by cell, and a row shift is a change of keys.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { PROFILE_SHEET } from "../../src/workbook/profile";

export type Shown = string | number | boolean;

export interface SheetView {
  values: Record<string, Shown>;
  formulas: Record<string, string>;
  notes: Record<string, string>;
  hidden: number[];
  heights: Record<number, number>;
  merges: string[];
  validations: string[];
  conditional: string[];
  /** Hyperlink targets by cell. */
  links: Record<string, string>;
  /** Rows (from 1) where pictures are anchored. */
  pictures: number[];
}

export interface WorkbookView {
  sheets: Record<string, SheetView>;
  names: Record<string, string[]>;
}

export function shown(v: ExcelJS.CellValue): Shown | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return undefined;
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
    return undefined;
  }
  if (typeof v === "string" && v === "") return undefined;
  return v;
}

export async function viewOf(data: Uint8Array): Promise<WorkbookView> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const sheets: Record<string, SheetView> = {};
  const notes = notesOf(data);
  for (const ws of book.worksheets) {
    if (ws.name === PROFILE_SHEET) continue;
    const view: SheetView = {
      values: {},
      formulas: {},
      notes: {},
      hidden: [],
      heights: {},
      merges: [],
      validations: [],
      conditional: [],
      links: {},
      pictures: ws
        .getImages()
        .map((i) => i.range.tl.nativeRow + 1)
        .sort((a, b) => a - b),
    };
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) view.hidden.push(r);
      if (row.height && (row as unknown as { customHeight?: boolean }).customHeight !== false)
        view.heights[r] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = cell.value;
        // a shared formula's cells as ExcelJS translates them from the master
        if (cell.type === ExcelJS.ValueType.Formula)
          view.formulas[cell.address] = cell.formula ?? "";
        const s = shown(v);
        if (s !== undefined) view.values[cell.address] = s;
        if (cell.hyperlink) view.links[cell.address] = cell.hyperlink;
      });
    });
    view.merges = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort();
    const dv = (
      ws as unknown as {
        dataValidations: { model: Record<string, { type?: string; formulae?: unknown[] }> };
      }
    ).dataValidations.model;
    view.validations = Object.entries(dv)
      .map(([ref, m]) => `${ref}:${m.type}:${(m.formulae ?? []).join(",")}`)
      .sort();
    // ExcelJS reads conditional formats but leaves them out of its typings
    const cf = (
      ws as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }>;
      }
    ).conditionalFormattings;
    view.conditional = cf
      .map((c) => `${c.ref}:${c.rules.map((r) => (r.formulae ?? []).join(",")).join("|")}`)
      .sort();
    view.hidden.sort((a, b) => a - b);
    view.notes = notes[ws.name] ?? {};
    sheets[ws.name] = view;
  }
  const names: Record<string, string[]> = {};
  for (const n of (
    book.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }
  ).model)
    if (!n.name.startsWith("_xlnm")) names[n.name] = n.ranges;
  return { sheets, names };
}

/**
 * Notes straight from each sheet's comments part: ExcelJS attaches a note only to a cell that has
 * a value, so a note on an empty cell would seem to appear when fill writes that cell.
 */
function notesOf(data: Uint8Array): Record<string, Record<string, string>> {
  const files = unzipSync(data);
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : "");
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  const targets = (rels: string) =>
    new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], "Id"), m[0]]));
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const book = targets(text("xl/_rels/workbook.xml.rels"));
  const out: Record<string, Record<string, string>> = {};
  for (const m of text("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescape(attr(m[0], "name"));
    const sheetPath = `xl/${attr(book.get(attr(m[0], "r:id")) ?? "", "Target").replace(/^\/?xl\//, "")}`;
    const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    for (const rel of targets(text(relsPath)).values()) {
      if (!attr(rel, "Type").endsWith("/comments")) continue;
      const target = new URL(attr(rel, "Target"), `file:///${sheetPath}`).pathname.slice(1);
      const notes: Record<string, string> = {};
      for (const c of text(target).matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g))
        notes[attr(c[1], "ref")] = unescape(
          [...c[2].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")
        );
      out[name] = notes;
    }
  }
  return out;
}
