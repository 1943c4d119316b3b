/**
 * The styles part: what a cell's style index means (its number format, its fill) and new styles
 * derived from an existing one (the same cell with another number format or a highlight colour),
 * appended so that no existing style changes.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { addChild, child, children, NS, parseXml } from "./xml";

/** Excel's built-in number formats, by id, as Excel shows their codes. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export class Styles {
  readonly doc: Document;
  changed = false;
  private readonly formats = new Map<number, string>();
  private readonly derived = new Map<string, number>();

  constructor(text: string | undefined, part: string) {
    this.doc = parseXml(
      text ??
        `<styleSheet xmlns="${NS.main}"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
      part
    );
    if (text === undefined) this.changed = true;
    const numFmts = this.section("numFmts");
    for (const f of numFmts ? children(numFmts, "numFmt") : [])
      this.formats.set(Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode") ?? "");
  }

  private get root(): Element {
    return this.doc.documentElement as Element;
  }

  private section(name: string): Element | undefined {
    return child(this.root, name);
  }

  private xfs(): Element[] {
    const xfs = this.section("cellXfs");
    return xfs ? children(xfs, "xf") : [];
  }

  /** Number format codes of every cell style, by style index ("General" where none). */
  numberFormats(): string[] {
    return this.xfs().map((xf) => this.formatCode(Number(xf.getAttribute("numFmtId") ?? 0)));
  }

  formatCode(id: number): string {
    return this.formats.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  }

  /** The solid fill colour (ARGB) of a style, or null. */
  solidFill(style: number): string | null {
    const xf = this.xfs()[style];
    const fills = this.section("fills");
    if (!xf || !fills) return null;
    const fill = children(fills, "fill")[Number(xf.getAttribute("fillId") ?? 0)];
    const pattern = fill && child(fill, "patternFill");
    if (!pattern || pattern.getAttribute("patternType") !== "solid") return null;
    const fg = child(pattern, "fgColor");
    return fg?.getAttribute("rgb") ?? null;
  }

  /** The style like `style` but with another number format. */
  withNumberFormat(style: number, code: string): number {
    return this.derive(style, `fmt:${code}`, (xf) => {
      xf.setAttribute("numFmtId", String(this.formatId(code)));
      xf.setAttribute("applyNumberFormat", "1");
    });
  }

  /** The style like `style` but with a solid fill (ARGB), or with no fill when null. */
  withFill(style: number, argb: string | null): number {
    return this.derive(style, `fill:${argb}`, (xf) => {
      xf.setAttribute("fillId", String(argb === null ? 0 : this.fillId(argb)));
      xf.setAttribute("applyFill", "1");
    });
  }

  /** The style like `style` but with a bold and/or coloured, underlined font (the findings sheet). */
  withFont(style: number, font: { bold?: boolean; underline?: boolean; argb?: string }): number {
    return this.derive(style, `font:${JSON.stringify(font)}`, (xf) => {
      const fonts = this.section("fonts") as Element;
      const list = children(fonts, "font");
      const copy = (list[Number(xf.getAttribute("fontId") ?? 0)] ?? list[0]).cloneNode(
        true
      ) as Element;
      if (font.bold && !child(copy, "b")) inOrder(copy, "b");
      if (font.underline && !child(copy, "u")) inOrder(copy, "u");
      if (font.argb) {
        for (const c of children(copy, "color")) copy.removeChild(c);
        inOrder(copy, "color").setAttribute("rgb", font.argb);
      }
      fonts.appendChild(copy);
      fonts.setAttribute("count", String(list.length + 1));
      xf.setAttribute("fontId", String(list.length));
      xf.setAttribute("applyFont", "1");
    });
  }

  /** The style like `style` but wrapped and/or aligned (a drafted PK's paragraphs and headers). */
  withAlignment(
    style: number,
    align: { wrap?: boolean; horizontal?: "center" | "left"; vertical?: "top" | "center" }
  ): number {
    return this.derive(style, `align:${JSON.stringify(align)}`, (xf) => {
      const el = child(xf, "alignment") ?? addChild(xf, "alignment", child(xf, "protection"));
      if (align.wrap) el.setAttribute("wrapText", "1");
      if (align.horizontal) el.setAttribute("horizontal", align.horizontal);
      if (align.vertical) el.setAttribute("vertical", align.vertical);
      xf.setAttribute("applyAlignment", "1");
    });
  }

  /** The style like `style` but boxed with thin borders on every side (a table's cells). */
  withThinBorder(style: number): number {
    return this.derive(style, "border:thin", (xf) => {
      let borders = this.section("borders");
      if (!borders) borders = addChild(this.root, "borders", this.section("cellStyleXfs") ?? null);
      const list = children(borders, "border");
      const border = addChild(borders, "border");
      for (const side of ["left", "right", "top", "bottom"]) {
        const el = addChild(border, side);
        el.setAttribute("style", "thin");
        addChild(el, "color").setAttribute("indexed", "64");
      }
      addChild(border, "diagonal");
      borders.setAttribute("count", String(list.length + 1));
      xf.setAttribute("borderId", String(list.length));
      xf.setAttribute("applyBorder", "1");
    });
  }

  private derive(style: number, key: string, change: (xf: Element) => void): number {
    const full = `${style}|${key}`;
    const known = this.derived.get(full);
    if (known !== undefined) return known;
    const list = this.section("cellXfs") as Element;
    const xfs = children(list, "xf");
    const copy = (xfs[style] ?? xfs[0]).cloneNode(true) as Element;
    change(copy);
    list.appendChild(copy);
    list.setAttribute("count", String(xfs.length + 1));
    this.changed = true;
    this.derived.set(full, xfs.length);
    return xfs.length;
  }

  private formatId(code: string): number {
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    let numFmts = this.section("numFmts");
    if (!numFmts) numFmts = addChild(this.root, "numFmts", children(this.root)[0] ?? null);
    const el = addChild(numFmts, "numFmt");
    el.setAttribute("numFmtId", String(id));
    el.setAttribute("formatCode", code);
    numFmts.setAttribute("count", String(children(numFmts, "numFmt").length));
    this.formats.set(id, code);
    return id;
  }

  private fillId(argb: string): number {
    const fills = this.section("fills") as Element;
    const list = children(fills, "fill");
    const fill = addChild(fills, "fill");
    const pattern = addChild(fill, "patternFill");
    pattern.setAttribute("patternType", "solid");
    addChild(pattern, "fgColor").setAttribute("rgb", argb);
    addChild(pattern, "bgColor").setAttribute("indexed", "64");
    fills.setAttribute("count", String(list.length + 1));
    return list.length;
  }
}

const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/** A new child of a font at its place in the schema's order. */
function inOrder(font: Element, local: string): Element {
  const rank = FONT_ORDER.indexOf(local);
  const before = children(font).find((c) => FONT_ORDER.indexOf(c.localName ?? "") > rank);
  return addChild(font, local, before ?? null);
}
