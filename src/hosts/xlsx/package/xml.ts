/**
 * XML for the parts Selaras rewrites: small parts (workbook, relationships, styles, tables,
 * comments, a sheet without its rows) are parsed into a DOM (@xmldom/xmldom) and serialised
 * again; a sheet's rows are read by a streaming parser (saxes) elsewhere.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

/** A part that is not well-formed XML. */
class XmlPartError extends Error {}

/**
 * Internal entities declared in a DOCTYPE (`<!ENTITY org "Badan">`) replaced by their text, and the
 * DOCTYPE removed: neither parser expands them, and Excel never writes one. One pass, no nesting,
 * so a declaration cannot grow the text without bound.
 */
export function expandInternalEntities(text: string): string {
  const doctype = /<!DOCTYPE[^[>]*(\[([\s\S]*?)\])?\s*>/.exec(text);
  if (!doctype) return text;
  const entities = new Map<string, string>();
  for (const m of (doctype[2] ?? "").matchAll(
    /<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g
  ))
    entities.set(m[1], m[2] ?? m[3] ?? "");
  const body = text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length);
  if (entities.size === 0) return body;
  return body.replace(/&([\w.-]+);/g, (all, name: string) => {
    const value = entities.get(name);
    // the value may hold markup-sensitive characters: keep it as text
    return value === undefined ? all : escapeText(value);
  });
}

export function parseXml(text: string, part: string): Document {
  let failure: string | undefined;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning" && failure === undefined) failure = message;
    },
  }).parseFromString(expandInternalEntities(text), "text/xml");
  if (failure !== undefined || !doc.documentElement)
    throw new XmlPartError(`${part}: ${failure ?? "no root element"}`);
  return doc;
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  // xmldom keeps the declaration as it read it; a part built from nothing gets Excel's
  return text.startsWith("<?xml")
    ? text
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}

/** Child elements of `parent` with a local name, in order (any namespace). */
export function children(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName))
      out.push(n as Element);
  }
  return out;
}

export function child(parent: Element, localName: string): Element | undefined {
  return children(parent, localName)[0];
}

/** Every element below `root` (itself included) with a local name. */
export function descendants(root: Element, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    if (e.localName === localName) out.push(e);
    for (const c of children(e)) walk(c);
  };
  walk(root);
  return out;
}

/** A new element in its parent's namespace and prefix, appended or before `before`. */
export function addChild(parent: Element, localName: string, before?: Element | null): Element {
  const doc = parent.ownerDocument as Document;
  const prefix = parent.prefix ? `${parent.prefix}:` : "";
  const el = doc.createElementNS(parent.namespaceURI, `${prefix}${localName}`);
  if (before) parent.insertBefore(el, before);
  else parent.appendChild(el);
  return el;
}

/** The element's text, all text nodes joined. */
export function textOf(e: Element): string {
  return e.textContent ?? "";
}

export function docOf(e: Element): Document {
  return e.ownerDocument as Document;
}
