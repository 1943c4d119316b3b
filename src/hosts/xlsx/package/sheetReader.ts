/**
 * A worksheet part read as a stream (saxes): values, number formats, formulas, merges and
 * protection, into a Grid. Nothing is built per cell beyond the grid itself, so a sheet of a
 * hundred thousand rows costs its values and little more.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { parseA1, parseRangeA1 } from "../../../core/cells";
import { cellKey, type CellValue, type Grid, type MergeRange } from "../../../workbook/grid";
import { isDateFormat, serialToIsoDate } from "../../../core/excelDates";
import { expandInternalEntities } from "./xml";

export interface SheetSource {
  name: string;
  state: Grid["state"];
  xml: string;
}

export interface WorkbookLookups {
  sharedStrings: string[];
  /** Number format code by style index. */
  formats: string[];
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  date1904: boolean;
}

const SHEET_REF = /(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!/g;
const CELL_REF = /^([A-Z]{1,3})(\d+)$/;

export function readSheet(source: SheetSource, lookups: WorkbookLookups): Grid {
  const values: CellValue[][] = [];
  const formats = new Map<number, string>();
  const formulas = new Set<number>();
  const formulaSheets = new Set<string>();
  const merges: MergeRange[] = [];
  let isProtected = false;
  let top = 0;
  let left = Infinity;

  let row = 0;
  let col = 0;
  let cellType = "";
  let cellStyle = 0;
  let inCell = false;
  let text = "";
  let collecting: "v" | "t" | "f" | "" = "";
  let value: string | undefined;
  let inline = "";
  let hasFormula = false;
  let formulaText = "";
  let phonetic = 0;
  let out: CellValue[] | undefined;

  const put = (v: CellValue) => {
    if (v === null) return;
    if (!out) {
      if (top === 0) top = row;
      while (values.length < row - top) values.push([]);
      out = [];
      values.push(out);
    }
    out[col - 1] = v;
    if (col < left) left = col;
    const fmt = lookups.formats[cellStyle];
    if (fmt && fmt !== "General") formats.set(cellKey(row, col), fmt);
  };

  const finishCell = () => {
    if (hasFormula) {
      formulas.add(cellKey(row, col));
      for (const m of formulaText.matchAll(SHEET_REF))
        formulaSheets.add((m[1] ?? m[2]).replace(/''/g, "'"));
    }
    let v: CellValue = null;
    switch (cellType) {
      case "s":
        v = value === undefined ? null : (lookups.sharedStrings[Number(value)] ?? null);
        break;
      case "inlineStr":
        v = inline === "" && value !== undefined ? value : inline;
        break;
      case "str":
        v = value ?? "";
        break;
      case "b":
        v = value === undefined ? null : value.trim() === "1" || value.trim() === "true";
        break;
      case "e":
        v = value === undefined ? null : { error: value.trim() };
        break;
      case "d":
        v = value === undefined ? null : value.trim().slice(0, 10);
        break;
      default: {
        if (value === undefined || value.trim() === "") {
          // a formula whose cached result is 0 may be written without one
          v = hasFormula ? 0 : null;
          break;
        }
        const n = Number(value);
        const fmt = lookups.formats[cellStyle];
        v =
          Number.isFinite(n) && fmt && isDateFormat(fmt)
            ? (serialToIsoDate(n, lookups.date1904) ?? n)
            : n;
      }
    }
    if (v === "" && !hasFormula) v = null;
    put(v);
  };

  const parser = new SaxesParser();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (inCell) {
      if (name === "v") ((collecting = "v"), (text = ""));
      else if (name === "f") ((collecting = "f"), (text = ""), (hasFormula = true));
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) ((collecting = "t"), (text = ""));
      return;
    }
    switch (name) {
      case "row": {
        const r = tag.attributes.r;
        row = r ? Number(r) : row + 1;
        col = 0;
        out = undefined;
        break;
      }
      case "c": {
        const r = tag.attributes.r;
        const m = r ? CELL_REF.exec(r) : null;
        col = m ? parseA1(r as string).col : col + 1;
        if (m) row = Number(m[2]);
        cellType = tag.attributes.t ?? "n";
        cellStyle = Number(tag.attributes.s ?? 0);
        inCell = true;
        value = undefined;
        inline = "";
        hasFormula = false;
        formulaText = "";
        break;
      }
      case "mergeCell": {
        const ref = tag.attributes.ref;
        if (ref) merges.push(parseRangeA1(ref));
        break;
      }
      case "sheetProtection":
        isProtected = isTrue(tag.attributes.sheet);
        break;
    }
  });
  parser.on("text", (t) => {
    if (collecting) text += t;
  });
  parser.on("cdata", (t) => {
    if (collecting) text += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (!inCell) return;
    if (name === "c") {
      finishCell();
      inCell = false;
    } else if (name === "v" && collecting === "v") {
      value = text;
      collecting = "";
    } else if (name === "f" && collecting === "f") {
      formulaText = text;
      collecting = "";
    } else if (name === "t" && collecting === "t") {
      inline += text;
      collecting = "";
    } else if (name === "rPh") phonetic--;
  });
  parser.write(source.xml.includes("<!DOCTYPE") ? expandInternalEntities(source.xml) : source.xml);
  parser.close();

  const base = {
    sheet: source.name,
    state: source.state,
    merges,
    formats,
    formulas,
    tables: [],
    protected: isProtected,
  };
  if (values.length === 0) return { ...base, top: 1, left: 1, values: [] };
  for (const r of values) {
    if (left > 1) r.splice(0, left - 1);
    for (let i = 0; i < r.length; i++) if (r[i] === undefined) r[i] = null;
  }
  return { ...base, top, left, values, formulaSheets };
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** The shared strings part: each item's text, runs joined, phonetic guides left out. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") current = "";
    else if (name === "rPh") phonetic++;
    else if (name === "t" && phonetic === 0) inText = true;
  });
  parser.on("text", (t) => {
    if (inText) current += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") out.push(current);
    else if (name === "rPh") phonetic--;
    else if (name === "t") inText = false;
  });
  parser.write(xml.includes("<!DOCTYPE") ? expandInternalEntities(xml) : xml);
  parser.close();
  return out;
}
