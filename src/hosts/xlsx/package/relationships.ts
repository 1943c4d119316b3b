/** Relationship parts (`_rels/*.rels`): which part points at which, by id and type. */
import type { Document, Element } from "@xmldom/xmldom";
import { children, NS, parseXml } from "./xml";
import type { ZipParts } from "./zip";

export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  pivotCacheDefinition:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition",
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The target part's full name, or the raw target when external. */
  target: string;
  external: boolean;
}

/** Where the relationships of a part live: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The target written relative to the source part, as Excel writes it. */
function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export class Relationships {
  readonly doc: Document;
  changed = false;

  constructor(
    private readonly parts: ZipParts,
    readonly source: string
  ) {
    const text = parts.text(relsPathOf(source));
    this.doc = parseXml(
      text ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"/>`,
      relsPathOf(source)
    );
  }

  list(): Relationship[] {
    return children(this.doc.documentElement as Element, "Relationship").map((e) => {
      const external = e.getAttribute("TargetMode") === "External";
      const target = e.getAttribute("Target") ?? "";
      return {
        id: e.getAttribute("Id") ?? "",
        type: e.getAttribute("Type") ?? "",
        target: external ? target : resolveTarget(this.source, target),
        external,
      };
    });
  }

  byId(id: string): Relationship | undefined {
    return this.list().find((r) => r.id === id);
  }

  ofType(type: string): Relationship[] {
    return this.list().filter((r) => r.type === type && !r.external);
  }

  add(type: string, target: string): string {
    const ids = new Set(this.list().map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const root = this.doc.documentElement as Element;
    const el = this.doc.createElementNS(NS.pkgRel, "Relationship");
    el.setAttribute("Id", `rId${n}`);
    el.setAttribute("Type", type);
    el.setAttribute("Target", relativeTarget(this.source, target));
    root.appendChild(el);
    this.changed = true;
    return `rId${n}`;
  }

  /** Sets a relationship's target as written (an external or "#" target is not resolved). */
  setRawTarget(id: string, target: string): void {
    for (const e of children(this.doc.documentElement as Element, "Relationship"))
      if (e.getAttribute("Id") === id) e.setAttribute("Target", target);
    this.changed = true;
  }

  remove(id: string): void {
    for (const e of children(this.doc.documentElement as Element, "Relationship"))
      if (e.getAttribute("Id") === id) (this.doc.documentElement as Element).removeChild(e);
    this.changed = true;
  }
}
