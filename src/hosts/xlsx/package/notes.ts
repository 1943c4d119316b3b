/**
 * Notes (Excel's classic comments) on a sheet: the comments part holds their text, a VML drawing
 * shows them. Selaras adds its finding to a cell's note as one last run, so taking it away again
 * gives back the user's note exactly, formatting and all.
 */
import type { Element } from "@xmldom/xmldom";
import { parseA1 } from "../../../core/cells";
import { REL } from "./relationships";
import { SheetEditor } from "./sheetEditor";
import type { SheetInfo, XlsxPackage } from "./xlsxPackage";
import { addChild, children, NS, docOf } from "./xml";

const AUTHOR = "Selaras";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

export class SheetNotes {
  private commentsPart?: string;
  private vmlPart?: string;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly info: SheetInfo,
    private readonly editor: SheetEditor
  ) {
    for (const r of pkg.relsOf(info.part).list()) {
      if (r.external || !pkg.zip.has(r.target)) continue;
      if (r.type === REL.comments) this.commentsPart = r.target;
      if (r.type === REL.vmlDrawing && this.vmlPart === undefined) this.vmlPart = r.target;
    }
  }

  private comment(ref: string): Element | undefined {
    if (!this.commentsPart) return undefined;
    const list = children(
      this.pkg.doc(this.commentsPart).documentElement as Element,
      "commentList"
    )[0];
    return list ? children(list, "comment").find((c) => c.getAttribute("ref") === ref) : undefined;
  }

  /** The note's text ("" for none). */
  text(ref: string): string {
    const c = this.comment(ref);
    return c ? textOfComment(c) : "";
  }

  /** Adds `note` to the cell's note (after what is there), creating the note if needed. */
  append(ref: string, note: string): void {
    const existing = this.comment(ref);
    if (existing) {
      const text = children(existing, "text")[0] ?? addChild(existing, "text");
      // a note of plain text becomes runs, so the added text can be one run of its own
      const plain = children(text, "t")[0];
      if (plain) {
        const r = addChild(text, "r", plain);
        text.removeChild(plain);
        r.appendChild(plain);
      }
      run(text, `\n\n${note}`);
      this.pkg.touch(this.commentsPart as string);
      return;
    }
    const doc = this.pkg.doc(this.ensureParts());
    const root = doc.documentElement as Element;
    const authors = children(root, "authors")[0] ?? addChild(root, "authors", children(root)[0]);
    let authorId = children(authors, "author").findIndex((a) => a.textContent === AUTHOR);
    if (authorId < 0) {
      addChild(authors, "author").appendChild(doc.createTextNode(AUTHOR));
      authorId = children(authors, "author").length - 1;
    }
    const list = children(root, "commentList")[0] ?? addChild(root, "commentList");
    const c = addChild(list, "comment");
    c.setAttribute("ref", ref);
    c.setAttribute("authorId", String(authorId));
    run(addChild(c, "text"), note);
    this.pkg.touch(this.commentsPart as string);
    this.addShape(ref);
  }

  /** Gives the cell back the note it had (`original`, "" for none). */
  restore(ref: string, original: string): void {
    const c = this.comment(ref);
    if (!c) return;
    if (original === "") {
      c.parentNode?.removeChild(c);
      this.removeShape(ref);
    } else if (textOfComment(c) !== original) {
      const text = children(c, "text")[0];
      const runs = text ? children(text, "r") : [];
      const last = runs[runs.length - 1];
      if (text && last) text.removeChild(last);
      if (text && textOfComment(c) !== original) {
        while (text.firstChild) text.removeChild(text.firstChild);
        run(text, original);
      }
    }
    this.pkg.touch(this.commentsPart as string);
  }

  /** The comments part (and its VML drawing), created on first need. */
  private ensureParts(): string {
    if (!this.commentsPart) {
      this.commentsPart = this.pkg.zip.freeName("xl/comments", ".xml");
      this.pkg.zip.setText(
        this.commentsPart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors><author>${AUTHOR}</author></authors><commentList/></comments>`
      );
      this.pkg.addPart(this.commentsPart, COMMENTS_TYPE, REL.comments, this.info.part);
    }
    if (!this.vmlPart) {
      this.vmlPart = this.pkg.zip.freeName("xl/drawings/vmlDrawing", ".vml");
      this.pkg.zip.setText(
        this.vmlPart,
        `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${this.pkg.sheets().findIndex((s) => s.part === this.info.part) + 1}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>`
      );
      this.pkg.addDefaultType("vml", VML_TYPE);
      const id = this.pkg.relsOf(this.info.part).add(REL.vmlDrawing, this.vmlPart);
      this.editor.addAround("legacyDrawing", {}, { "r:id": [NS.rel, id] });
    }
    return this.commentsPart;
  }

  private addShape(ref: string): void {
    if (!this.vmlPart) return;
    const vml = this.pkg.zip.text(this.vmlPart) ?? "";
    const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
    const idmap = Number(/<o:idmap[^>]*data="(\d+)/.exec(vml)?.[1] ?? 1);
    const id = Math.max(idmap * 1024, ...ids) + 1;
    const { row, col } = parseA1(ref);
    const shape = `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:180pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col}, 15, ${row - 1}, 2, ${col + 2}, 15, ${row + 3}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`;
    const end = vml.lastIndexOf("</xml>");
    this.pkg.zip.setText(this.vmlPart, vml.slice(0, end) + shape + vml.slice(end));
  }

  private removeShape(ref: string): void {
    if (!this.vmlPart) return;
    const { row, col } = parseA1(ref);
    const vml = this.pkg.zip.text(this.vmlPart) ?? "";
    const next = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
      const r = /<x:Row>(\d+)<\/x:Row>/.exec(shape);
      const c = /<x:Column>(\d+)<\/x:Column>/.exec(shape);
      return r &&
        c &&
        Number(r[1]) === row - 1 &&
        Number(c[1]) === col - 1 &&
        /ObjectType="Note"/.test(shape)
        ? ""
        : shape;
    });
    if (next !== vml) this.pkg.zip.setText(this.vmlPart, next);
  }
}

function run(text: Element, value: string): void {
  const r = addChild(text, "r");
  const t = addChild(r, "t");
  t.setAttribute("xml:space", "preserve");
  t.appendChild(docOf(t).createTextNode(value));
}

function textOfComment(c: Element): string {
  const text = children(c, "text")[0];
  if (!text) return "";
  let out = "";
  for (const part of children(text)) {
    if (part.localName === "t") out += part.textContent ?? "";
    else if (part.localName === "r")
      for (const t of children(part, "t")) out += t.textContent ?? "";
  }
  return out;
}
