/**
 * An .xlsx (or .xlsm) package opened for reading and in-place editing: the workbook part, its
 * sheets, styles and shared strings, and every part a row insertion has to move. Parts are parsed
 * when first needed and written back only when changed; the rest of the zip is never touched.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { Grid } from "../../../workbook/grid";
import { REL, Relationships, relsPathOf } from "./relationships";
import { movedRow, moveRef, sameSheet, shiftFormula, type RowShift } from "./references";
import { readSharedStrings, readSheet, type WorkbookLookups } from "./sheetReader";
import { SheetEditor } from "./sheetEditor";
import { Styles } from "./styles";
import {
  addChild,
  children,
  descendants,
  docOf,
  escapeText,
  NS,
  parseXml,
  serializeXml,
} from "./xml";
import { ZipParts } from "./zip";

export interface SheetInfo {
  name: string;
  state: Grid["state"];
  part: string;
  el: Element;
}

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export class XlsxPackage {
  readonly zip: ZipParts;
  readonly workbookPart: string;
  private readonly docs = new Map<string, { doc: Document; changed: boolean }>();
  private readonly rels = new Map<string, Relationships>();
  private readonly editors = new Map<string, SheetEditor>();
  private stylesCache?: Styles;
  private sharedStrings?: string[];

  constructor(data: Uint8Array | ZipParts) {
    this.zip = data instanceof ZipParts ? data : new ZipParts(data);
    const main = this.relsOf("")
      .list()
      .find((r) => r.type === REL.officeDocument);
    this.workbookPart = main?.target ?? "xl/workbook.xml";
    if (!this.zip.has(this.workbookPart))
      throw new Error(`no workbook part (${this.workbookPart})`);
  }

  /** A parsed XML part, kept for editing; `changed` marks it to be written back. */
  doc(path: string): Document {
    const name = this.zip.name(path) ?? path;
    let entry = this.docs.get(name);
    if (!entry) {
      entry = { doc: parseXml(this.zip.text(name) ?? "", name), changed: false };
      this.docs.set(name, entry);
    }
    return entry.doc;
  }

  touch(path: string): void {
    const entry = this.docs.get(this.zip.name(path) ?? path);
    if (entry) entry.changed = true;
  }

  relsOf(part: string): Relationships {
    let r = this.rels.get(part);
    if (!r) {
      r = new Relationships(this.zip, part === "" ? "" : part);
      this.rels.set(part, r);
    }
    return r;
  }

  get workbook(): Element {
    return this.doc(this.workbookPart).documentElement as Element;
  }

  sheets(): SheetInfo[] {
    const list = children(this.workbook, "sheets")[0];
    const rels = this.relsOf(this.workbookPart);
    return (list ? children(list, "sheet") : []).flatMap((el) => {
      const id = el.getAttributeNS(NS.rel, "id") ?? "";
      const rel = rels.byId(id);
      if (!rel || rel.type !== REL.worksheet || !this.zip.has(rel.target)) return [];
      const state = el.getAttribute("state");
      return [
        {
          name: el.getAttribute("name") ?? "",
          state: state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible",
          part: this.zip.name(rel.target) as string,
          el,
        },
      ];
    });
  }

  sheet(name: string): SheetInfo | undefined {
    return this.sheets().find((s) => sameSheet(s.name, name));
  }

  styles(): Styles {
    if (!this.stylesCache) {
      const rel = this.relsOf(this.workbookPart).ofType(REL.styles)[0];
      const part = rel?.target ?? "xl/styles.xml";
      this.stylesCache = new Styles(this.zip.text(part), part);
      if (!rel)
        this.addPart(
          part,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
          REL.styles
        );
    }
    return this.stylesCache;
  }

  lookups(): WorkbookLookups {
    if (!this.sharedStrings) {
      const rel = this.relsOf(this.workbookPart).ofType(REL.sharedStrings)[0];
      const text = rel ? this.zip.text(rel.target) : undefined;
      this.sharedStrings = text ? readSharedStrings(text) : [];
    }
    const pr = children(this.workbook, "workbookPr")[0];
    const d = pr?.getAttribute("date1904");
    return {
      sharedStrings: this.sharedStrings,
      formats: this.styles().numberFormats(),
      date1904: d === "1" || d === "true",
    };
  }

  readGrid(info: SheetInfo): Grid {
    const editor = this.editors.get(info.part);
    const xml = editor ? editor.toXml() : (this.zip.text(info.part) ?? "");
    return readSheet({ name: info.name, state: info.state, xml }, this.lookups());
  }

  /** The sheet's text, or its editor's when it is being edited. */
  sheetXml(info: SheetInfo): string {
    const editor = this.editors.get(info.part);
    return editor ? editor.toXml() : (this.zip.text(info.part) ?? "");
  }

  editor(info: SheetInfo): SheetEditor {
    let e = this.editors.get(info.part);
    if (!e) {
      e = new SheetEditor(this.zip.text(info.part) ?? "", info.part);
      this.editors.set(info.part, e);
    }
    return e;
  }

  /** A new part with its content type and a relationship from `from` (the workbook by default). */
  addPart(path: string, contentType: string, relType: string, from = this.workbookPart): string {
    const types = this.doc("[Content_Types].xml");
    const root = types.documentElement as Element;
    if (!children(root, "Override").some((o) => o.getAttribute("PartName") === `/${path}`)) {
      const o = types.createElementNS(NS.types, "Override");
      o.setAttribute("PartName", `/${path}`);
      o.setAttribute("ContentType", contentType);
      root.appendChild(o);
      this.touch("[Content_Types].xml");
    }
    return this.relsOf(from).add(relType, path);
  }

  /** Ensures a default content type for an extension (vml for notes). */
  addDefaultType(extension: string, contentType: string): void {
    const types = this.doc("[Content_Types].xml");
    const root = types.documentElement as Element;
    if (
      children(root, "Default").some(
        (d) => (d.getAttribute("Extension") ?? "").toLowerCase() === extension
      )
    )
      return;
    const d = types.createElementNS(NS.types, "Default");
    d.setAttribute("Extension", extension);
    d.setAttribute("ContentType", contentType);
    root.insertBefore(d, children(root)[0] ?? null);
    this.touch("[Content_Types].xml");
  }

  removePart(path: string): void {
    const name = this.zip.name(path);
    if (!name) return;
    const types = this.doc("[Content_Types].xml");
    for (const o of children(types.documentElement as Element, "Override"))
      if ((o.getAttribute("PartName") ?? "").toLowerCase() === `/${name}`.toLowerCase()) {
        (types.documentElement as Element).removeChild(o);
        this.touch("[Content_Types].xml");
      }
    this.zip.delete(name);
    this.zip.delete(relsPathOf(name));
    this.docs.delete(name);
    this.rels.delete(name);
    this.editors.delete(name);
  }

  /** Adds a worksheet at the end of the workbook; returns its info. */
  addSheet(name: string, state: Grid["state"], xml: string): SheetInfo {
    const part = this.zip.freeName("xl/worksheets/sheet", ".xml");
    this.zip.setText(part, xml);
    const id = this.addPart(part, WORKSHEET_TYPE, REL.worksheet);
    let list = children(this.workbook, "sheets")[0];
    if (!list) throw new Error("workbook without sheets");
    const ids = children(list, "sheet").map((s) => Number(s.getAttribute("sheetId") ?? 0));
    const el = this.doc(this.workbookPart).createElementNS(
      list.namespaceURI,
      `${list.prefix ? `${list.prefix}:` : ""}sheet`
    );
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
    if (state !== "visible") el.setAttribute("state", state);
    el.setAttributeNS(NS.rel, "r:id", id);
    list.appendChild(el);
    this.touch(this.workbookPart);
    return this.sheet(name) as SheetInfo;
  }

  /**
   * A defined name scoped to one sheet (`_xlnm.Print_Titles`, `_xlnm.Print_Area`, a hidden
   * `_xlnm._FilterDatabase`), placed where the schema wants <definedNames>: after <sheets> and any
   * external references, before the rest.
   */
  addSheetName(name: string, sheet: string, value: string, hidden = false): void {
    const info = this.sheet(sheet);
    if (!info) return;
    const index = this.tabs().indexOf(info.el);
    let names = children(this.workbook, "definedNames")[0];
    if (!names) {
      const all = children(this.workbook);
      const sheetsAt = all.findIndex((c) => c.localName === "sheets");
      const next = all
        .slice(sheetsAt + 1)
        .find((c) => !["functionGroups", "externalReferences"].includes(c.localName ?? ""));
      names = addChild(this.workbook, "definedNames", next ?? null);
    }
    const el = addChild(names, "definedName");
    el.setAttribute("name", name);
    el.setAttribute("localSheetId", String(index));
    if (hidden) el.setAttribute("hidden", "1");
    el.appendChild(this.doc(this.workbookPart).createTextNode(value));
    this.touch(this.workbookPart);
  }

  /**
   * Every <sheet> of the workbook in tab order, chart sheets and dialog sheets included: what a
   * localSheetId, an activeTab or a firstSheet counts (sheets() lists worksheets only).
   */
  private tabs(): Element[] {
    const list = children(this.workbook, "sheets")[0];
    return list ? children(list, "sheet") : [];
  }

  /** Removes a sheet and the parts only it used (its notes); sheet-scoped names go with it. */
  removeSheet(name: string): void {
    const info = this.sheet(name);
    if (!info) return;
    const tabs = this.tabs();
    const index = tabs.indexOf(info.el);
    const rels = this.relsOf(this.workbookPart);
    const id = info.el.getAttributeNS(NS.rel, "id") ?? "";
    for (const r of this.relsOf(info.part).list())
      if (!r.external && (r.type === REL.comments || r.type === REL.vmlDrawing))
        this.removePart(r.target);
    info.el.parentNode?.removeChild(info.el);
    rels.remove(id);
    this.removePart(info.part);
    const names = children(this.workbook, "definedNames")[0];
    let removed = false;
    for (const n of names ? children(names, "definedName") : []) {
      const local = n.getAttribute("localSheetId");
      if (local === null) continue;
      if (Number(local) === index) {
        names?.removeChild(n);
        removed = true;
      } else if (Number(local) > index) n.setAttribute("localSheetId", String(Number(local) - 1));
    }
    // the sheet's names were the only ones: no empty <definedNames/> is left behind
    if (names && removed && children(names, "definedName").length === 0)
      names.parentNode?.removeChild(names);
    for (const view of descendants(this.workbook, "workbookView")) {
      for (const a of ["activeTab", "firstSheet"]) {
        const v = Number(view.getAttribute(a) ?? 0);
        if (v >= index && v > 0)
          view.setAttribute(a, String(Math.min(v - (v > index ? 1 : 0), tabs.length - 2)));
      }
    }
    this.touch(this.workbookPart);
  }

  /**
   * Rows inserted into (count > 0) or removed from (count < 0) a sheet, and everything in the
   * package that points at them moved: other sheets' formulas and hyperlinks, defined names and
   * print areas, tables, notes, drawings, charts and pivot sources.
   */
  shiftRows(info: SheetInfo, shift: RowShift, styleFrom: number): void {
    const editor = this.editor(info);
    if (shift.count > 0) editor.insertRows(shift.at, shift.count, styleFrom);
    else editor.deleteRows(shift.at + 1, -shift.count);
    editor.shiftAround(info.name, shift, true);
    editor.shiftFormulas(info.name, shift);
    this.shiftHyperlinkTargets(shift);
    for (const other of this.sheets()) {
      if (other.part === info.part) continue;
      // a sheet being edited already is shifted (it only looks at its formula rows); another is
      // parsed only when its text names the moved sheet
      if (!this.editors.has(other.part) && !mightName(this.sheetXml(other), info.name)) continue;
      const e = this.editor(other);
      e.shiftFormulas(other.name, shift);
      e.shiftAround(other.name, shift, false);
    }
    this.shiftNames(shift);
    this.shiftSheetParts(info, shift);
    this.shiftCharts(shift);
    this.dropCalcChain();
  }

  /**
   * Hyperlinks into the workbook written as a relationship to "#'Sheet'!C6" (ExcelJS and others
   * write them so, beside or instead of a location): the target moves like a reference.
   */
  private shiftHyperlinkTargets(shift: RowShift): void {
    for (const sheet of this.sheets()) {
      if (!this.zip.has(relsPathOf(sheet.part))) continue;
      const rels = this.relsOf(sheet.part);
      for (const r of rels.list()) {
        if (r.type !== REL.hyperlink || !r.external || !r.target.startsWith("#")) continue;
        const next = shiftFormula(r.target.slice(1), sheet.name, shift);
        if (next !== r.target.slice(1)) rels.setRawTarget(r.id, `#${next}`);
      }
    }
  }

  private shiftNames(shift: RowShift): void {
    const names = children(this.workbook, "definedNames")[0];
    for (const n of names ? children(names, "definedName") : []) {
      const text = n.textContent ?? "";
      const next = shiftFormula(text, undefined, shift);
      if (next !== text) {
        while (n.firstChild) n.removeChild(n.firstChild);
        n.appendChild(docOf(n).createTextNode(next));
        this.touch(this.workbookPart);
      }
    }
  }

  /** Tables, notes, threaded comments and drawings of the sheet whose rows move. */
  private shiftSheetParts(info: SheetInfo, shift: RowShift): void {
    for (const rel of this.relsOf(info.part).list()) {
      if (rel.external || !this.zip.has(rel.target)) continue;
      if (rel.type === REL.table || rel.type === REL.comments || rel.type === REL.threadedComment) {
        const root = this.doc(rel.target).documentElement as Element;
        let changed = false;
        const walk = (e: Element) => {
          for (const a of ["ref", "sqref"]) {
            const v = e.getAttribute(a);
            if (!v) continue;
            const next = moveRef(v, shift);
            if (next !== v) {
              if (next === "#REF!" && e.localName === "comment") e.parentNode?.removeChild(e);
              else e.setAttribute(a, next);
              changed = true;
            }
          }
          for (const c of children(e)) walk(c);
        };
        walk(root);
        if (changed) this.touch(rel.target);
      } else if (rel.type === REL.vmlDrawing) {
        const text = this.zip.text(rel.target) ?? "";
        const next = shiftVml(text, shift);
        if (next !== text) this.zip.setText(rel.target, next);
      } else if (rel.type === REL.drawing) {
        const root = this.doc(rel.target).documentElement as Element;
        let changed = false;
        for (const anchor of children(root)) {
          const from = children(anchor, "from")[0];
          const to = children(anchor, "to")[0];
          const fromRow = from && children(from, "row")[0];
          const toRow = to && children(to, "row")[0];
          // anchors count rows from 0: the shift's rows count from 1
          const move = (el: Element | undefined) => {
            if (!el) return;
            const r = Number(el.textContent) + 1;
            const next = movedRow(r, shift) ?? shift.at + 1;
            if (next !== r) {
              while (el.firstChild) el.removeChild(el.firstChild);
              el.appendChild(docOf(el).createTextNode(String(next - 1)));
              changed = true;
            }
          };
          move(fromRow);
          if (anchor.getAttribute("editAs") !== "absolute") move(toRow);
        }
        if (changed) this.touch(rel.target);
      }
    }
  }

  /** Chart series and pivot cache sources anywhere in the package. */
  private shiftCharts(shift: RowShift): void {
    for (const name of this.zip.names()) {
      const lower = name.toLowerCase();
      const chart = /^xl\/charts\/chart[^/]*\.xml$/.test(lower);
      const pivot = /^xl\/pivotcache\/pivotcachedefinition[^/]*\.xml$/.test(lower);
      if (!chart && !pivot) continue;
      const text = this.zip.text(name) ?? "";
      if (!mightName(text, shift.sheet)) continue;
      const root = this.doc(name).documentElement as Element;
      let changed = false;
      if (chart) {
        for (const f of descendants(root, "f")) {
          const v = f.textContent ?? "";
          const next = shiftFormula(v, undefined, shift);
          if (next !== v) {
            while (f.firstChild) f.removeChild(f.firstChild);
            f.appendChild(docOf(f).createTextNode(next));
            changed = true;
          }
        }
      } else {
        for (const src of descendants(root, "worksheetSource")) {
          const sheet = src.getAttribute("sheet");
          const ref = src.getAttribute("ref");
          if (sheet && ref && sameSheet(sheet, shift.sheet)) {
            const next = moveRef(ref, shift);
            if (next !== ref) (src.setAttribute("ref", next), (changed = true));
          }
        }
      }
      if (changed) this.touch(name);
    }
  }

  /** The calculation chain lists formula cells by address: once cells move, Excel rebuilds it. */
  dropCalcChain(): void {
    const rels = this.relsOf(this.workbookPart);
    for (const r of rels.list().filter((x) => x.type === REL.calcChain)) {
      rels.remove(r.id);
      this.removePart(r.target);
    }
    const calc = children(this.workbook, "calcPr")[0];
    if (calc && calc.getAttribute("fullCalcOnLoad") !== "1") {
      calc.setAttribute("fullCalcOnLoad", "1");
      this.touch(this.workbookPart);
    }
  }

  /** Writes every changed part back into the zip. */
  flush(): void {
    for (const [part, editor] of this.editors)
      if (editor.changed) this.zip.setText(part, editor.toXml());
    for (const [part, entry] of this.docs)
      if (entry.changed) this.zip.setText(part, serializeXml(entry.doc));
    for (const rels of this.rels.values())
      if (rels.changed) this.zip.setText(relsPathOf(rels.source), serializeXml(rels.doc));
    if (this.stylesCache?.changed) {
      const rel = this.relsOf(this.workbookPart).ofType(REL.styles)[0];
      this.zip.setText(rel?.target ?? "xl/styles.xml", serializeXml(this.stylesCache.doc));
      this.stylesCache.changed = false;
    }
    for (const e of this.docs.values()) e.changed = false;
    for (const e of this.editors.values()) e.changed = false;
    for (const r of this.rels.values()) r.changed = false;
  }

  toBytes(): Uint8Array {
    this.flush();
    return this.zip.toBytes();
  }
}

/** Whether a part's text may name a sheet (a cheap test before parsing it). */
function mightName(text: string, sheet: string): boolean {
  const longest = sheet
    .split(/['&<>"]/)
    .sort((a, b) => b.length - a.length)[0]
    .toLowerCase();
  return longest === "" || text.toLowerCase().includes(longest) || text.includes(escapeText(sheet));
}

/** Notes drawn in VML (not always well-formed XML: Excel writes bare <br>): rows moved in place. */
function shiftVml(text: string, shift: RowShift): string {
  const move = (r0: number) => (movedRow(r0 + 1, shift) ?? shift.at + 1) - 1;
  return text
    .replace(/<x:Row>(\d+)<\/x:Row>/g, (_m, r: string) => `<x:Row>${move(Number(r))}</x:Row>`)
    .replace(/<x:Anchor>([^<]*)<\/x:Anchor>/g, (_m, a: string) => {
      const p = a.split(",").map((x) => x.trim());
      if (p.length !== 8) return _m;
      p[2] = String(move(Number(p[2])));
      p[6] = String(move(Number(p[6])));
      return `<x:Anchor>${p.join(", ")}</x:Anchor>`;
    });
}
