/**
 * One worksheet part being edited. Its rows stay the text they were (a sheet of a hundred thousand
 * rows parsed into a DOM costs 20 s and gigabytes); a row is rewritten only when one of its cells
 * changes or its number moves. What lies around the rows (views, columns, merges, validation,
 * conditional formats, hyperlinks, page setup, extensions) is a small DOM edited in place.
 */
import { SaxesParser } from "saxes";
import type { Document, Element } from "@xmldom/xmldom";
import { columnLetters, parseA1 } from "../../../core/cells";
import type { CellValue } from "../../../workbook/grid";
import {
  findRefs,
  movedRow,
  moveRangeList,
  moveRef,
  sameSheet,
  shiftFormula,
  translateFormula,
  Unmovable,
  type RowShift,
} from "./references";
import {
  children,
  escapeAttr,
  escapeText,
  expandInternalEntities,
  parseXml,
  serializeXml,
  docOf,
  NS,
} from "./xml";

interface RowChunk {
  r: number;
  xml: string;
}

/** A cell as written in a row: its text and place there. */
interface CellSpan {
  col: number;
  start: number;
  end: number;
  open: string;
}

const ATTR = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);

export class SheetEditor {
  private head: string;
  private tail: string;
  private rows: RowChunk[] = [];
  /** The prefix the sheet writes its elements with ("" or "x:"). */
  private readonly p: string;
  private dom?: Document;
  changed = false;

  constructor(
    xml: string,
    readonly part: string
  ) {
    const text = xml.includes("<!DOCTYPE") ? expandInternalEntities(xml) : xml;
    let dataStart = -1;
    let dataEnd = -1;
    let selfClosing = false;
    let prefix = "";
    let rowStart = -1;
    let rowNumber = 0;
    let depth = 0;
    let dataDepth = -1;
    const parser = new SaxesParser();
    parser.on("opentagstart", (tag) => {
      depth++;
      const local = tag.name.slice(tag.name.indexOf(":") + 1);
      const at = text.lastIndexOf("<", parser.position - 1);
      if (local === "sheetData" && dataDepth < 0) {
        dataStart = at;
        dataDepth = depth;
        prefix = tag.name.includes(":") ? tag.name.slice(0, tag.name.indexOf(":") + 1) : "";
      } else if (local === "row" && depth === dataDepth + 1) rowStart = at;
    });
    parser.on("opentag", (tag) => {
      const local = tag.name.slice(tag.name.indexOf(":") + 1);
      if (local === "row" && depth === dataDepth + 1) {
        const r = tag.attributes.r as string | undefined;
        rowNumber = r ? Number(r) : rowNumber + 1;
      }
      if (tag.isSelfClosing) {
        if (local === "sheetData" && depth === dataDepth) {
          selfClosing = true;
          dataEnd = parser.position;
        } else if (local === "row" && depth === dataDepth + 1)
          this.rows.push({
            r: rowNumber,
            xml: this.numbered(text.slice(rowStart, parser.position), rowNumber),
          });
        depth--;
      }
    });
    parser.on("closetag", (tag) => {
      if (tag.isSelfClosing) return;
      const local = tag.name.slice(tag.name.indexOf(":") + 1);
      if (local === "row" && depth === dataDepth + 1)
        this.rows.push({
          r: rowNumber,
          xml: this.numbered(text.slice(rowStart, parser.position), rowNumber),
        });
      else if (local === "sheetData" && depth === dataDepth) dataEnd = parser.position;
      depth--;
    });
    parser.write(text).close();
    this.p = prefix;
    if (dataStart < 0) throw new Unmovable({ code: "sheet-without-data", part });
    this.head = text.slice(0, dataStart);
    this.tail = text.slice(dataEnd);
    void selfClosing;
    this.rows.sort((a, b) => a.r - b.r);
  }

  /** A row written without numbers (valid OOXML) gets them, so its cells can be found and moved. */
  private numbered(xml: string, r: number): string {
    if (!/^<[\w:]*row\b[^>]*\sr="/.test(xml)) xml = xml.replace(/^<([\w:]*row)\b/, `<$1 r="${r}"`);
    if (!/<[\w:]*c\b(?![^>]*\sr=")/.test(xml)) return xml;
    let col = 0;
    return xml.replace(
      /<([\w:]*c)\b([^>]*?)(\/?)>/g,
      (all, name: string, attrs: string, close: string) => {
        if (!/^(\w+:)?c$/.test(name)) return all;
        const r0 = ATTR("r").exec(attrs);
        if (r0) {
          col = parseA1(r0[1]).col;
          return all;
        }
        col++;
        return `<${name} r="${columnLetters(col)}${r}"${attrs}${close}>`;
      }
    );
  }

  /** The sheet's text again. */
  toXml(): string {
    let head = this.head;
    let tail = this.tail;
    if (this.dom) {
      const text = serializeXml(this.dom);
      const m = /<([\w:]*)sheetData\s*\/>/.exec(text) as RegExpExecArray;
      head = text.slice(0, m.index);
      tail = text.slice(m.index + m[0].length);
    }
    const rows = this.rows.map((r) => r.xml).join("");
    return `${head}<${this.p}sheetData>${rows}</${this.p}sheetData>${tail}`;
  }

  /** Everything but the rows, as a DOM (parsed once, on first use). */
  around(): Element {
    if (!this.dom) this.dom = parseXml(`${this.head}<${this.p}sheetData/>${this.tail}`, this.part);
    return this.dom.documentElement as Element;
  }

  private row(r: number): RowChunk | undefined {
    let lo = 0;
    let hi = this.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const row = this.rows[mid];
      if (row.r === r) return row;
      if (row.r < r) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private cells(row: RowChunk): CellSpan[] {
    const out: CellSpan[] = [];
    const re = new RegExp(`<${this.p}c\\b[^>]*?(\\/>|>[\\s\\S]*?<\\/${this.p}c>)`, "g");
    for (const m of row.xml.matchAll(re)) {
      const open = /^<[^>]*>/.exec(m[0]) as RegExpExecArray;
      const r = ATTR("r").exec(open[0]);
      out.push({
        col: r ? parseA1(r[1]).col : 0,
        start: m.index,
        end: m.index + m[0].length,
        open: open[0],
      });
    }
    return out;
  }

  /** The style index a cell shows: its own, else its row's, else its column's. */
  styleOf(r: number, col: number): number {
    const row = this.row(r);
    if (row) {
      const cell = this.cells(row).find((c) => c.col === col);
      if (cell) return Number(ATTR("s").exec(cell.open)?.[1] ?? 0);
      const open = /^<[^>]*>/.exec(row.xml)?.[0] ?? "";
      if (/\scustomFormat="(1|true)"/.test(open)) return Number(ATTR("s").exec(open)?.[1] ?? 0);
    }
    for (const c of this.columns()) {
      const min = Number(c.getAttribute("min"));
      const max = Number(c.getAttribute("max"));
      if (col >= min && col <= max) return Number(c.getAttribute("style") ?? 0);
    }
    return 0;
  }

  /** Whether the cell holds a formula. */
  hasFormula(r: number, col: number): boolean {
    const row = this.row(r);
    const cell = row && this.cells(row).find((c) => c.col === col);
    return !!cell && new RegExp(`<${this.p}f\\b`).test(row.xml.slice(cell.start, cell.end));
  }

  private columns(): Element[] {
    const cols = children(this.around(), "cols")[0];
    return cols ? children(cols, "col") : [];
  }

  /** Writes a value (and a style, when given) into a cell, creating its row and cell as needed. */
  setCell(r: number, col: number, value: CellValue, style?: number): void {
    let row = this.row(r);
    if (!row) {
      row = { r, xml: `<${this.p}row r="${r}"></${this.p}row>` };
      const at = this.rows.findIndex((x) => x.r > r);
      this.rows.splice(at < 0 ? this.rows.length : at, 0, row);
    }
    const cells = this.cells(row);
    const existing = cells.find((c) => c.col === col);
    const s =
      style ?? (existing ? Number(ATTR("s").exec(existing.open)?.[1] ?? 0) : this.styleOf(r, col));
    const xml = this.cellXml(`${columnLetters(col)}${r}`, value, s);
    if (existing) row.xml = row.xml.slice(0, existing.start) + xml + row.xml.slice(existing.end);
    else {
      const after = cells.find((c) => c.col > col);
      const at = after ? after.start : row.xml.lastIndexOf(`</${this.p}row>`);
      if (at < 0) row.xml = row.xml.replace(/\/>$/, `>${xml}</${this.p}row>`);
      else row.xml = row.xml.slice(0, at) + xml + row.xml.slice(at);
    }
    row.xml = row.xml.replace(/\sspans="[^"]*"/, ""); // spans are a hint; a wrong one is worse than none
    this.changed = true;
  }

  /** Gives a cell another style, keeping its value. */
  setStyle(r: number, col: number, style: number): void {
    const row = this.row(r);
    const cell = row && this.cells(row).find((c) => c.col === col);
    if (!row || !cell) {
      this.setCell(r, col, null, style);
      return;
    }
    const open = /\ss="[^"]*"/.test(cell.open)
      ? cell.open.replace(/\ss="[^"]*"/, ` s="${style}"`)
      : cell.open.replace(/^<([\w:]*c)\b/, `<$1 s="${style}"`);
    row.xml = row.xml.slice(0, cell.start) + open + row.xml.slice(cell.start + cell.open.length);
    this.changed = true;
  }

  private cellXml(ref: string, v: CellValue, s: number): string {
    const c = `${this.p}c`;
    const style = s ? ` s="${s}"` : "";
    if (v === null) return `<${c} r="${ref}"${style}/>`;
    if (typeof v === "number")
      return `<${c} r="${ref}"${style}><${this.p}v>${v}</${this.p}v></${c}>`;
    if (typeof v === "boolean")
      return `<${c} r="${ref}"${style} t="b"><${this.p}v>${v ? 1 : 0}</${this.p}v></${c}>`;
    if (typeof v === "object")
      return `<${c} r="${ref}"${style} t="e"><${this.p}v>${escapeText(v.error)}</${this.p}v></${c}>`;
    // inline text: the shared strings part stays as it was
    return `<${c} r="${ref}"${style} t="inlineStr"><${this.p}is><${this.p}t xml:space="preserve">${escapeText(
      v
    )}</${this.p}t></${this.p}is></${c}>`;
  }

  /**
   * Inserts empty rows below `at`: rows below move down with their cells, and each new row takes
   * the height and cell styles of row `styleFrom` (as Excel's "insert, format same as above").
   */
  insertRows(at: number, count: number, styleFrom: number): void {
    const shift: RowShift = { sheet: "", at, count };
    const source = this.row(styleFrom);
    for (const row of this.rows) if (row.r > at) this.renumber(row, shift);
    const added: RowChunk[] = [];
    for (let i = 1; i <= count; i++) {
      const r = at + i;
      let xml = `<${this.p}row r="${r}"></${this.p}row>`;
      if (source) {
        const open = /^<[^>]*?>/.exec(source.xml)?.[0] ?? "";
        const keep = ["ht", "customHeight", "s", "customFormat", "x14ac:dyDescent"]
          .map((a) => {
            const m = ATTR(a).exec(open);
            return m ? ` ${a}="${m[1]}"` : "";
          })
          .join("");
        const cells = this.cells(source)
          .map((c) => {
            const s = ATTR("s").exec(c.open)?.[1];
            return s ? `<${this.p}c r="${columnLetters(c.col)}${r}" s="${s}"/>` : "";
          })
          .join("");
        xml = `<${this.p}row r="${r}"${keep}>${cells}</${this.p}row>`;
      }
      added.push({ r, xml });
    }
    const place = this.rows.findIndex((x) => x.r > at + count);
    this.rows.splice(place < 0 ? this.rows.length : place, 0, ...added);
    this.rows.sort((a, b) => a.r - b.r);
    this.changed = true;
  }

  /** Removes rows from..from+count-1, moving what follows up. */
  deleteRows(from: number, count: number): void {
    const shift: RowShift = { sheet: "", at: from - 1, count: -count };
    this.rows = this.rows.filter((r) => r.r < from || r.r >= from + count);
    for (const row of this.rows) if (row.r >= from + count) this.renumber(row, shift);
    this.changed = true;
  }

  /** A row's number and its cells' addresses moved; array formula ranges with them. */
  private renumber(row: RowChunk, shift: RowShift): void {
    const r = movedRow(row.r, shift) as number;
    row.r = r;
    row.xml = row.xml.replace(
      new RegExp(`<(${this.p}(?:row|c|f))\\b([^>]*?)(\\/?)>`, "g"),
      (all, name: string, attrs: string, close: string) => {
        let a = attrs;
        if (name.endsWith("row")) a = a.replace(/\sr="\d+"/, ` r="${r}"`);
        else if (name.endsWith("c")) a = a.replace(/\sr="([A-Za-z]+)\d+"/, ` r="$1${r}"`);
        else a = a.replace(/\sref="([^"]*)"/, (_m, ref: string) => ` ref="${moveRef(ref, shift)}"`);
        return `<${name}${a}${close}>`;
      }
    );
  }

  /**
   * Moves every reference in this sheet's formulas that points into the shifted sheet; `host` is
   * this sheet's name. Shared formulas that point there are first written out cell by cell, since
   * one master text cannot stay right for cells on both sides of the move.
   */
  shiftFormulas(host: string, shift: RowShift): void {
    const fTag = new RegExp(`<${this.p}f\\b([^>]*?)(?:\\/>|>([^<]*)<\\/${this.p}f>)`, "g");
    const masters = new Map<string, { row: number; col: number; text: string }>();
    // the rows of the moved sheet were renumbered already: a shared formula's cells are placed
    // against its master by where they were, before the move
    const moved = sameSheet(host, shift.sheet);
    const before = (r: number) => {
      if (!moved) return r;
      if (shift.count > 0) return r > shift.at + shift.count ? r - shift.count : r;
      return r > shift.at ? r - shift.count : r;
    };
    const unshare = new Set<string>();
    for (const row of this.rows) {
      if (!row.xml.includes(`<${this.p}f`)) continue;
      for (const cell of this.cells(row)) {
        const body = row.xml.slice(cell.start, cell.end);
        for (const m of body.matchAll(fTag)) {
          const si = ATTR("si").exec(m[1])?.[1];
          if (si !== undefined && m[2] !== undefined && /\st="shared"/.test(m[1])) {
            const text = unescapeXml(m[2]);
            masters.set(si, { row: before(row.r), col: cell.col, text });
            // on the moved sheet every shared group is written out: its range may straddle the
            // insert, and its cells' distances from the master change
            if (moved || pointsInto(text, host, shift)) unshare.add(si);
          }
        }
      }
    }
    for (const row of this.rows) {
      if (!row.xml.includes(`<${this.p}f`)) continue;
      let changed = false;
      const spans = this.cells(row);
      let xml = row.xml;
      for (let k = spans.length - 1; k >= 0; k--) {
        const cell = spans[k];
        const body = xml.slice(cell.start, cell.end);
        const next = body.replace(fTag, (all, attrs: string, inner: string | undefined) => {
          const si = ATTR("si").exec(attrs)?.[1];
          let text = inner === undefined ? undefined : unescapeXml(inner);
          let a = attrs;
          if (si !== undefined && unshare.has(si) && /\st="shared"/.test(attrs)) {
            const master = masters.get(si);
            if (!master) throw new Unmovable({ code: "shared-formula-without-master", cell: host });
            text =
              text ??
              translateFormula(master.text, before(row.r) - master.row, cell.col - master.col);
            a = a
              .replace(/\st="shared"/, "")
              .replace(/\sref="[^"]*"/, "")
              .replace(/\ssi="[^"]*"/, "");
          }
          if (text === undefined) return all;
          const moved = shiftFormula(text, host, shift);
          if (moved === text && a === attrs) return all;
          return `<${this.p}f${a}>${escapeText(moved)}</${this.p}f>`;
        });
        if (next !== body) {
          xml = xml.slice(0, cell.start) + next + xml.slice(cell.end);
          changed = true;
        }
      }
      if (changed) {
        row.xml = xml;
        this.changed = true;
      }
    }
  }

  /**
   * Moves what surrounds the rows: ranges (merges, validation, conditional formats, hyperlinks,
   * autofilter, selection, dimension, extensions' sqref), their formulas, and page breaks.
   * `moved` says whether this sheet is the one whose rows move (else only formulas that point
   * into it change).
   */
  shiftAround(host: string, shift: RowShift, moved: boolean): void {
    if (!moved && !this.aroundMentions()) return;
    const root = this.around();
    const walk = (e: Element) => {
      const local = e.localName;
      if (local === "sheetData") return;
      if (moved) {
        for (const name of ["ref", "sqref", "topLeftCell", "activeCell"]) {
          const v = e.getAttribute(name);
          if (v === null || v === "") continue;
          const next = name === "sqref" ? moveRangeList(v, shift) : moveRef(v, shift);
          if (next !== v) this.setOrDrop(e, name, next);
        }
        if (local === "sqref") {
          const v = e.textContent ?? "";
          const next = moveRangeList(v, shift);
          if (next !== v) setText(e, next);
        }
        if (local === "brk" && (e.parentNode as Element | null)?.localName === "rowBreaks") {
          const id = Number(e.getAttribute("id"));
          const next = movedRow(id, shift);
          if (next !== undefined && next !== id) e.setAttribute("id", String(next));
        }
      }
      if (["formula", "formula1", "formula2", "f"].includes(local ?? "") && e.firstChild) {
        const v = e.textContent ?? "";
        const next = shiftFormula(v, host, shift);
        if (next !== v) setText(e, next);
      }
      if (local === "hyperlink") {
        const loc = e.getAttribute("location");
        if (loc) {
          const next = shiftFormula(loc, host, shift);
          if (next !== loc) e.setAttribute("location", next);
        }
      }
      for (const c of children(e)) walk(c);
    };
    walk(root);
    for (const list of ["mergeCells", "hyperlinks", "dataValidations"]) {
      const el = children(root, list)[0];
      if (el && el.getAttribute("count") !== null)
        el.setAttribute("count", String(children(el).length));
    }
  }

  /** Only formulas and hyperlinks around another sheet's rows can point into the moved sheet. */
  private aroundMentions(): boolean {
    return /<([\w]+:)?(formula|formula1|formula2|f)\b|\slocation="/.test(this.head + this.tail);
  }

  /** A range attribute set, or its element removed when what it covered was removed. */
  private setOrDrop(e: Element, name: string, value: string): void {
    const dropped = value === "" || value === "#REF!";
    if (!dropped) {
      e.setAttribute(name, value);
      return;
    }
    if (
      ["mergeCell", "hyperlink", "dataValidation", "conditionalFormatting"].includes(
        e.localName ?? ""
      )
    )
      e.parentNode?.removeChild(e);
    else e.setAttribute(name, "A1");
  }

  /** Every merge of the sheet as A1 ranges. */
  merges(): string[] {
    const list = children(this.around(), "mergeCells")[0];
    return list ? children(list, "mergeCell").map((m) => m.getAttribute("ref") ?? "") : [];
  }

  addMerge(ref: string): void {
    const root = this.around();
    const list = children(root, "mergeCells")[0] ?? this.addAround("mergeCells", {});
    const m = docOf(root).createElementNS(
      root.namespaceURI ?? NS.main,
      `${this.p}mergeCell`
    ) as Element;
    m.setAttribute("ref", ref);
    list.appendChild(m);
    list.setAttribute("count", String(children(list, "mergeCell").length));
    this.changed = true;
  }

  /** Column definitions (widths) covering columns left..right, as XML to copy into a new sheet. */
  columnsXml(left: number, right: number): string {
    return this.columns()
      .filter(
        (c) => Number(c.getAttribute("max")) >= left && Number(c.getAttribute("min")) <= right
      )
      .map((c) => {
        const attrs = ["min", "max", "width", "customWidth", "style", "hidden"]
          .filter((a) => c.getAttribute(a) !== null)
          .map((a) => {
            let v = c.getAttribute(a) as string;
            if (a === "min") v = String(Math.max(left, Number(v)));
            if (a === "max") v = String(Math.min(right, Number(v)));
            return ` ${a}="${escapeAttr(v)}"`;
          })
          .join("");
        return `<col${attrs}/>`;
      })
      .join("");
  }

  isProtected(): boolean {
    const p = children(this.around(), "sheetProtection")[0];
    const v = p?.getAttribute("sheet");
    return v === "1" || v === "true";
  }

  /** The relationship id of an element around the rows (legacyDrawing, drawing). */
  relId(local: string): string | undefined {
    const e = children(this.around(), local)[0];
    return (
      e?.getAttributeNS(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "id"
      ) ?? undefined
    );
  }

  /** Adds an element around the rows at its place in the schema's order. */
  addAround(
    local: string,
    attrs: Record<string, string>,
    nsAttrs: Record<string, [string, string]> = {}
  ): Element {
    const root = this.around();
    const order = [
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "sheetCalcPr",
      "sheetProtection",
      "protectedRanges",
      "scenarios",
      "autoFilter",
      "sortState",
      "dataConsolidate",
      "customSheetViews",
      "mergeCells",
      "phoneticPr",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
      "rowBreaks",
      "colBreaks",
      "customProperties",
      "cellWatches",
      "ignoredErrors",
      "smartTags",
      "drawing",
      "legacyDrawing",
      "legacyDrawingHF",
      "drawingHF",
      "picture",
      "oleObjects",
      "controls",
      "webPublishItems",
      "tableParts",
      "extLst",
    ];
    const rank = order.indexOf(local);
    const el = docOf(root).createElementNS(
      root.namespaceURI ?? NS.main,
      `${this.p}${local}`
    ) as Element;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    for (const [k, [ns, v]] of Object.entries(nsAttrs)) el.setAttributeNS(ns, k, v);
    const before = children(root).find((c) => order.indexOf(c.localName ?? "") > rank);
    root.insertBefore(el, before ?? null);
    this.changed = true;
    return el;
  }

  removeAround(local: string): void {
    const root = this.around();
    for (const e of children(root, local)) root.removeChild(e);
    this.changed = true;
  }
}

function setText(e: Element, text: string): void {
  while (e.firstChild) e.removeChild(e.firstChild);
  e.appendChild(docOf(e).createTextNode(text));
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** Whether a formula refers to rows of the shifted sheet that move. */
function pointsInto(formula: string, host: string, shift: RowShift): boolean {
  return findRefs(formula).some((r) => !r.external && sameSheet(r.sheet ?? host, shift.sheet));
}
