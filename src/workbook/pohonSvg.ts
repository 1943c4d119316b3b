/**
 * The pohon kinerja drawn as one SVG document, as a string: a tidy left-to-right tree (a Deputi
 * with thirty Kantor Regional grows down the page, not off its side), each node a box coloured
 * as the workbook colours its findings, each link drawn by its cascade type, with a legend and a
 * title. Pure: no DOM, no fonts or images fetched, the same tree gives the same bytes. Long names
 * are wrapped and cut with an ellipsis; the whole name, the target and the findings are in each
 * box's <title> (a tooltip in a browser).
 */
import type { Finding, Severity } from "../core/findings";
import { CASCADE_LETTER, findingMessage, SEVERITY_LABEL, type Lang } from "../core/messages";
import type { Share } from "../core/model";
import { numberText, percentText } from "../core/numbers";
import { pohonNodes, type Pohon, type PohonEdge, type PohonNode } from "../core/pohon";
import { targetText } from "../core/targetText";
import { BORDER, EDGE_STYLE, SEVERITY_COLOUR } from "../core/palette";

export interface PohonSvgOptions {
  lang?: Lang;
  /** The check's findings, for their sentences in each box's tooltip. */
  findings?: readonly Finding[];
  /** Who the tree is of when it has several roots and no unit was asked for (the workbook). */
  subject?: string;
  /**
   * False: the boxes only, without the drawn title, counts and legend (a document that says them
   * once in its own text, such as the printed report). True by default.
   */
  header?: boolean;
  /** Put before every id, so that several trees can sit in one HTML document. */
  idPrefix?: string;
}

const WORDS = {
  id: {
    title: "Pohon Kinerja",
    year: (y: number) => `Tahun ${y}`,
    unit: "UNIT KERJA",
    objective: "SASARAN",
    missing: "BELUM ADA BARIS",
    target: "Target",
    required: "Diminta",
    share: "bagian",
    inferred: "jenis disimpulkan dari baris",
    findings: "Temuan",
    noFindings: "Tanpa temuan",
    missingLegend: "Belum ada baris",
    empty: "Tidak ada IKU untuk digambar.",
    edges: {
      full: "Penuh",
      partial: "Sebagian",
      contributing: "Kontribusi",
      unknown: "Tanpa jenis",
    },
    counts: "IKU",
  },
  en: {
    title: "Performance tree (pohon kinerja)",
    year: (y: number) => `${y}`,
    unit: "UNIT",
    objective: "OBJECTIVE",
    missing: "NO ROW YET",
    target: "Target",
    required: "Required",
    share: "share",
    inferred: "type inferred from the rows",
    findings: "Findings",
    noFindings: "No findings",
    missingLegend: "No row yet",
    empty: "No IKU to draw.",
    edges: { full: "Full", partial: "Partial", contributing: "Contributing", unknown: "No type" },
    counts: "IKU",
  },
} as const;

// geometry, in SVG user units (pixels at 100 %)
const BOX_W = 236;
const STEP_X = BOX_W + 64;
const GAP_Y = 12;
const PAD = 8;
const MARGIN = 24;
const LINE = 15;
const SMALL_LINE = 13;
/** Characters that fit a line of the box at 12 px (~7 px a letter in a wide sans-serif). */
const CHARS = 31;
const SMALL_CHARS = 34;
/** Upper-case finding codes are wider. */
const CODE_CHARS = 30;
const HEADER = 112;

const INK = "#262626";
const MUTED = "#595959";
/** The letter by a link: its cascade type's, none for the structure or an unwritten type. */
function edgeLetter(edge: PohonEdge, lang: Lang): string | undefined {
  return edge === "full" || edge === "partial" || edge === "contributing"
    ? CASCADE_LETTER[lang][edge]
    : undefined;
}
const KIND_FILL = {
  unit: "#EDF1F7",
  objective: "#F7F7F7",
  indicator: "#FFFFFF",
  missing: "#FFFFFF",
};
const FONT = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** A line of text in a box: its size and weight. */
interface Line {
  text: string;
  size: number;
  bold?: boolean;
  colour?: string;
}

interface Placed {
  node: PohonNode;
  x: number;
  y: number;
  h: number;
  lines: Line[];
}

export function pohonSvg(pohon: Pohon, options: PohonSvgOptions = {}): string {
  const lang = options.lang ?? "id";
  const w = WORDS[lang];
  const drawHeader = options.header !== false;
  const header = drawHeader ? HEADER : 0;
  const ids = options.idPrefix ?? "";
  const placed: Placed[] = [];
  const edges: Array<{ from: Placed; to: Placed }> = [];
  let depth = 0;
  // each subtree gets a band as tall as it needs; a node is centred on its band
  const band = new Map<PohonNode, number>();
  const linesOf = new Map<PohonNode, Line[]>();
  const measure = (n: PohonNode): number => {
    const lines = boxLines(n, lang);
    linesOf.set(n, lines);
    const own = boxHeight(lines);
    const kids = n.children.map(measure);
    const span = kids.reduce((a, b) => a + b, 0) + GAP_Y * Math.max(0, kids.length - 1);
    const h = Math.max(own, span);
    band.set(n, h);
    return h;
  };
  const place = (n: PohonNode, level: number, top: number): Placed => {
    depth = Math.max(depth, level);
    const lines = linesOf.get(n) as Line[];
    const h = boxHeight(lines);
    const total = band.get(n) as number;
    const p: Placed = { node: n, x: MARGIN + level * STEP_X, y: top + (total - h) / 2, h, lines };
    placed.push(p);
    const span =
      n.children.reduce((a, c) => a + (band.get(c) as number), 0) +
      GAP_Y * Math.max(0, n.children.length - 1);
    let y = top + (total - span) / 2;
    for (const c of n.children) {
      edges.push({ from: p, to: place(c, level + 1, y) });
      y += (band.get(c) as number) + GAP_Y;
    }
    return p;
  };
  let y = MARGIN + header;
  for (const root of pohon.roots) {
    const h = measure(root);
    place(root, 0, y);
    y += h + GAP_Y * 2;
  }
  const nodes = pohonNodes(pohon);
  const width = Math.max(MARGIN * 2 + depth * STEP_X + BOX_W, 940);
  const height = Math.max(y - GAP_Y * 2 + MARGIN, MARGIN + header + 40);

  // the tree of a unit, else of the workbook's first top unit (the agency), else as the caller says
  const subject = pohon.unit ?? options.subject ?? pohon.roots[0]?.label ?? "";
  const title = [w.title, subject, pohon.year !== undefined ? w.year(pohon.year) : ""]
    .filter((s) => s)
    .join(" — ");
  const counts = countLine(nodes, lang);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${fmt(height)}" width="${width}" height="${fmt(height)}" role="img" aria-labelledby="${ids}pohon-title" font-family="${attr(FONT)}" lang="${lang}">`
  );
  out.push(`<title id="${ids}pohon-title">${text(title)}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${fmt(height)}" fill="#FFFFFF"/>`);
  if (drawHeader) {
    out.push(
      `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="18" font-weight="bold" fill="${INK}">${text(clip(title, 110))}</text>`
    );
    out.push(
      `<text x="${MARGIN}" y="${MARGIN + 40}" font-size="12" fill="${MUTED}">${text(counts)}</text>`
    );
    out.push(legend(lang, MARGIN, MARGIN + 60));
  }
  if (pohon.roots.length === 0)
    out.push(
      `<text x="${MARGIN}" y="${MARGIN + header + 20}" font-size="13" fill="${MUTED}">${text(w.empty)}</text>`
    );
  out.push(`<g class="edges" fill="none">`);
  for (const e of edges) out.push(edgePath(e.from, e.to, lang));
  out.push(`</g>`);
  out.push(`<g class="nodes">`);
  placed.forEach((p, i) => out.push(nodeBox(p, `${ids}n${i}`, lang, options.findings)));
  out.push(`</g>`);
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

function countLine(nodes: PohonNode[], lang: Lang): string {
  const iku = nodes.filter((n) => n.kind === "indicator").length;
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const n of nodes) for (const f of n.findings) count[f.severity]++;
  const labels = SEVERITY_LABEL[lang];
  return [
    `${WORDS[lang].counts}: ${numberText(iku, lang)}`,
    ...(["error", "warning", "info"] as Severity[]).map(
      (s) => `${labels[s]}: ${numberText(count[s], lang)}`
    ),
  ].join(" · ");
}

/** The legend: the link styles, then the colours of the boxes. */
function legend(lang: Lang, x: number, y: number): string {
  const w = WORDS[lang];
  const parts: string[] = [`<g class="legend" font-size="12" fill="${INK}">`];
  let at = x;
  for (const edge of ["full", "partial", "contributing"] as const) {
    const s = EDGE_STYLE[edge];
    parts.push(
      `<line x1="${at}" y1="${y + 6}" x2="${at + 36}" y2="${y + 6}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`
    );
    const label = `${w.edges[edge]} (${edgeLetter(edge, lang)})`;
    parts.push(`<text x="${at + 42}" y="${y + 10}">${text(label)}</text>`);
    at += 42 + label.length * 7 + 22;
  }
  at = x;
  const y2 = y + 24;
  const swatches: Array<{ label: string; fill: string; stroke: string; dash?: boolean }> = [
    ...(["error", "warning", "info"] as Severity[]).map((s) => ({
      label: SEVERITY_LABEL[lang][s],
      fill: `#${SEVERITY_COLOUR[s]}`,
      stroke: BORDER[s],
    })),
    { label: w.noFindings, fill: "#FFFFFF", stroke: BORDER.none },
    { label: w.missingLegend, fill: `#${SEVERITY_COLOUR.error}`, stroke: BORDER.error, dash: true },
  ];
  for (const s of swatches) {
    parts.push(
      `<rect x="${at}" y="${y2}" width="18" height="12" rx="2" fill="${s.fill}" stroke="${s.stroke}"${s.dash ? ` stroke-dasharray="3 2"` : ""}/>`
    );
    parts.push(`<text x="${at + 24}" y="${y2 + 10}">${text(s.label)}</text>`);
    at += 24 + s.label.length * 7 + 20;
  }
  parts.push(`</g>`);
  return parts.join("\n");
}

/** A curve from the parent's right side to the child's left, with the type's letter by the child. */
function edgePath(from: Placed, to: Placed, lang: Lang): string {
  const x1 = from.x + BOX_W;
  const y1 = from.y + from.h / 2;
  const x2 = to.x;
  const y2 = to.y + to.h / 2;
  const mid = (x1 + x2) / 2;
  const edge = to.node.edge;
  const s = EDGE_STYLE[edge];
  const path = `<path d="M${fmt(x1)} ${fmt(y1)} C${fmt(mid)} ${fmt(y1)} ${fmt(mid)} ${fmt(y2)} ${fmt(x2)} ${fmt(y2)}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""} data-edge="${edge}"/>`;
  const letter = edgeLetter(edge, lang);
  if (!letter) return path;
  return `${path}\n<text x="${fmt(x2 - 12)}" y="${fmt(y2 - 4)}" font-size="10" font-weight="bold" fill="${MUTED}" stroke="none">${letter}</text>`;
}

function nodeBox(p: Placed, id: string, lang: Lang, findings?: readonly Finding[]): string {
  const n = p.node;
  const sev = n.kind === "missing" ? "error" : n.severity;
  const fill = sev ? `#${SEVERITY_COLOUR[sev]}` : KIND_FILL[n.kind];
  const stroke = BORDER[sev ?? "none"];
  const at = n.at ? ` data-sheet="${attr(n.at.sheet)}" data-cell="${attr(n.at.cell)}"` : "";
  const parts = [
    `<g id="${id}" class="node ${n.kind}${sev ? ` ${sev}` : ""}" data-node="${attr(n.id)}"${at}>`,
    `<title>${text(tooltip(n, lang, findings))}</title>`,
    `<rect x="${fmt(p.x)}" y="${fmt(p.y)}" width="${BOX_W}" height="${fmt(p.h)}" rx="5" fill="${fill}" stroke="${stroke}" stroke-width="${sev ? 1.5 : 1}"${n.kind === "missing" ? ` stroke-dasharray="5 3"` : ""}/>`,
  ];
  let y = p.y + PAD;
  for (const l of p.lines) {
    const h = l.size >= 12 ? LINE : SMALL_LINE;
    y += h;
    parts.push(
      `<text x="${fmt(p.x + PAD)}" y="${fmt(y - 3.5)}" font-size="${l.size}"${l.bold ? ` font-weight="bold"` : ""} fill="${l.colour ?? INK}">${text(l.text)}</text>`
    );
  }
  parts.push(`</g>`);
  return parts.join("\n");
}

function boxHeight(lines: Line[]): number {
  return PAD * 2 + lines.reduce((a, l) => a + (l.size >= 12 ? LINE : SMALL_LINE), 0);
}

/** What a box says, line by line: its kind (and code), its name wrapped, its target, its findings. */
function boxLines(n: PohonNode, lang: Lang): Line[] {
  const w = WORDS[lang];
  const small = (t: string, colour = MUTED, bold = false): Line => ({
    text: clip(t, SMALL_CHARS),
    size: 10.5,
    colour,
    bold,
  });
  const body = (t: string, max: number, bold = false): Line[] =>
    wrap(t, CHARS, max).map((s) => ({ text: s, size: 12, bold }));
  const lines: Line[] = [];
  if (n.kind === "unit") {
    lines.push(small(w.unit, MUTED, true), ...body(n.label, 3, true));
  } else if (n.kind === "objective") {
    lines.push(small(w.objective, MUTED, true), ...body(n.label, 3));
  } else if (n.kind === "missing") {
    lines.push(small(w.missing, BORDER.error, true), ...body(n.label, 2, true));
    const type = n.edge === "structure" ? "unknown" : n.edge;
    lines.push(small(`${w.required}: ${w.edges[type]}${shareText(n.share, lang)}`, INK));
  } else {
    lines.push(small(ikuTag(n.code), MUTED, true));
    if (n.edge !== "structure") lines.push(small(n.unit));
    lines.push(...body(n.label, 3));
    const target = targetText(n.target, n.satuan, lang);
    lines.push(small(`${w.target}: ${target}${shareText(n.share, lang)}`, INK));
  }
  if (n.findings.length > 0) {
    const codes = [...new Set(n.findings.map((f) => f.code))];
    // as many codes as fit, then how many more (all of them are in the tooltip)
    let shown: string = codes[0];
    let more = codes.length - 1;
    while (
      more > 0 &&
      `${shown}, ${codes[codes.length - more]} +${more - 1}`.length <= CODE_CHARS
    ) {
      shown = `${shown}, ${codes[codes.length - more]}`;
      more--;
    }
    lines.push(small(more > 0 ? `${shown} +${more}` : shown, BORDER[n.severity ?? "none"]));
  }
  return lines;
}

/** "IKU 1.2" as planners say it, without doubling a written "IKU 5". */
function ikuTag(code: string | undefined): string {
  if (!code) return "IKU";
  return /^(iku|ik|iki|rhk)\b/i.test(code) ? code : `IKU ${code}`;
}

function shareText(share: Share | undefined, lang: Lang): string {
  if (!share) return "";
  const value =
    share.kind === "percent" ? percentText(share.value, lang) : numberText(share.value, lang);
  return ` · ${WORDS[lang].share} ${value}`;
}

function tooltip(n: PohonNode, lang: Lang, findings?: readonly Finding[]): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  if (n.kind === "indicator") {
    lines.push(`${ikuTag(n.code)} — ${n.label}`, n.unit);
    lines.push(`${w.target}: ${targetText(n.target, n.satuan, lang)}${shareText(n.share, lang)}`);
    if (n.edge !== "structure")
      lines.push(`${w.edges[n.edge]}${n.inferred ? ` (${w.inferred})` : ""}`);
  } else if (n.kind === "missing") {
    const type = n.edge === "structure" ? "unknown" : n.edge;
    lines.push(
      `${w.missing}: ${n.label}`,
      `${w.required}: ${w.edges[type]}${shareText(n.share, lang)}`
    );
  } else lines.push(n.label, ...(n.kind === "objective" ? [n.unit] : []));
  if (n.at) lines.push(`${n.at.sheet}!${n.at.cell}`);
  for (const f of n.findings) {
    const finding = findings?.[f.index];
    lines.push(
      `${SEVERITY_LABEL[lang][f.severity]} ${f.code}${finding ? `: ${findingMessage(finding, lang)}` : ""}`
    );
  }
  return lines.join("\n");
}

/** Words into at most `max` lines of `width` characters; the last line cut with "…" if need be. */
export function wrap(s: string, width: number, max: number): string[] {
  const words = clean(s)
    .split(" ")
    .filter((x) => x);
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    while (word.length > width) {
      // a word longer than a line (a code, a URL) is broken where the line ends
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines.length > 0 ? lines : [""];
  const kept = lines.slice(0, max);
  kept[max - 1] = clip(`${kept[max - 1]} ${lines.slice(max).join(" ")}`, width);
  if (!kept[max - 1].endsWith("…")) kept[max - 1] = `${kept[max - 1].slice(0, width - 1)}…`;
  return kept;
}

/** One line of at most `width` characters, cut with "…". */
function clip(s: string, width: number): string {
  const t = clean(s);
  return t.length <= width ? t : `${t.slice(0, width - 1).trimEnd()}…`;
}

/** Whitespace folded to single spaces, and characters XML cannot hold removed. */
function clean(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    // XML 1.0 holds tab, line breaks and everything from space up, except lone surrogates and
    // U+FFFE / U+FFFF (a string iterates a lone surrogate as a character of its own)
    const allowed =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xfffd && (c < 0xd800 || c > 0xdfff)) ||
      c > 0xffff;
    if (allowed) out += ch;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Text content: XML-safe, line breaks kept (a tooltip's lines). */
function text(s: string): string {
  return s
    .split("\n")
    .map(clean)
    .join("\n")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function attr(s: string): string {
  return text(s).replace(/\n/g, " ").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Coordinates with at most one decimal, so the output is stable and small. */
function fmt(x: number): string {
  return String(Math.round(x * 10) / 10);
}
