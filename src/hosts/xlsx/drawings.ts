/**
 * Shapes drawn on each sheet of an .xlsx package (text boxes, connectors): a pohon kinerja is often
 * drawn this way, with no cell content at all. ExcelJS keeps pictures only, so the package is
 * opened here, reading nothing but the workbook, its relationships and the drawing parts.
 */
import { strFromU8, unzipSync } from "fflate";

/** Shapes per sheet name; sheets without a drawing are absent. Never throws: a problem counts nothing. */
export function shapesBySheet(data: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  try {
    let files: Record<string, Uint8Array> = {};
    let hasDrawings = false;
    files = unzipSync(data, {
      filter: (f) => {
        const drawing = /^xl\/drawings\/drawing\d+\.xml$/.test(f.name);
        hasDrawings ||= drawing;
        return (
          drawing ||
          f.name === "xl/workbook.xml" ||
          f.name === "xl/_rels/workbook.xml.rels" ||
          /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(f.name)
        );
      },
    });
    if (!hasDrawings) return out;
    const text = (name: string) => (files[name] ? strFromU8(files[name]) : "");
    const workbookRels = relationships(text("xl/_rels/workbook.xml.rels"), "xl/");
    for (const m of text("xl/workbook.xml").matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
      const name = attribute(m[1], "name");
      const rid = /\br:id="([^"]*)"/.exec(m[1])?.[1] ?? attribute(m[1], "id");
      const sheetPath = rid ? workbookRels.get(rid) : undefined;
      if (!name || !sheetPath) continue;
      const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
      const dir = sheetPath.replace(/[^/]+$/, "");
      let shapes = 0;
      for (const [, target] of relationships(text(relsPath), dir, /\/drawing$/)) {
        shapes += countShapes(text(target));
      }
      if (shapes > 0) out.set(unescapeXml(name), shapes);
    }
  } catch {
    // an unreadable package is ExcelJS's to report; shapes are only a hint for the summary
  }
  return out;
}

/** Text boxes, other shapes and connectors in one drawing part. */
function countShapes(xml: string): number {
  return (xml.match(/<(?:\w+:)?(?:sp|cxnSp)[\s>]/g) ?? []).length;
}

/** A part's relationships: id → the target's path in the package, optionally of one type. */
function relationships(xml: string, base: string, type?: RegExp): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (!id || !target || (type && !type.test(attribute(m[1], "Type") ?? ""))) continue;
    out.set(id, resolvePath(base, target));
  }
  return out;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1]) : undefined;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
