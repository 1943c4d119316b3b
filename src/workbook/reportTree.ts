/**
 * The pohon kinerja as the printed report draws it, readable at A4 width. The tree grows left to
 * right, one column of boxes per step, so its depth decides how small it prints: a tree of at most
 * three columns (WHOLE_DEPTH steps) is drawn whole, its text about 6.5 pt on paper; a deeper one is
 * drawn unit by unit — each unit's Sasaran and IKU with the child units' IKU that take them — so
 * that every link is drawn once and every picture is three columns wide, at the same scale (a
 * fourth column would bring the text under 5.5 pt); a tree of more than MAX_BOXES boxes
 * is not drawn at all (the report says how to draw a part of it). Each root is its own picture, so
 * pages can break between them.
 */
import type { CheckResult } from "../core/check";
import type { Lang } from "../core/messages";
import { buildPohon, type Pohon, type PohonNode } from "../core/pohon";
import { unitKey } from "../core/text";
import { pohonSvg } from "./pohonSvg";

/** Steps from the root beyond which the whole tree prints too small (a fourth column of boxes). */
const WHOLE_DEPTH = 2;
/** Boxes beyond which the tree is not printed: dozens of pages of boxes are nobody's reading. */
const MAX_BOXES = 600;

export type ReportTreeMode = "whole" | "perUnit" | "tooLarge" | "empty";

export interface ReportTreeSection {
  /** The unit whose part this is (per-unit drawing), or null for the whole tree. */
  unit: string | null;
  /** One SVG document per root. */
  figures: string[];
}

export interface ReportTree {
  mode: ReportTreeMode;
  /** Boxes in the tree. */
  nodes: number;
  /** Findings in scope that sit on no box (a person's SKP, a unit not found). */
  unplaced: number;
  sections: ReportTreeSection[];
}

export interface ReportTreeOptions {
  lang: Lang;
  unit?: string;
  /** The units top-down, as the report orders them (the per-unit parts follow it). */
  order?: Array<string | null>;
}

export function reportTree(check: CheckResult, options: ReportTreeOptions): ReportTree {
  const pohon = buildPohon(check, { unit: options.unit });
  const base = { nodes: pohon.nodes, unplaced: pohon.unplaced.length };
  if (pohon.roots.length === 0) return { mode: "empty", ...base, sections: [] };
  if (pohon.nodes > MAX_BOXES) return { mode: "tooLarge", ...base, sections: [] };
  let figure = 0;
  const draw = (root: PohonNode, subject: string) =>
    pohonSvg(
      {
        roots: [root],
        ...(pohon.year !== undefined ? { year: pohon.year } : {}),
        nodes: 0,
        unplaced: [],
      },
      {
        lang: options.lang,
        findings: check.findings,
        subject,
        header: false,
        idPrefix: `t${++figure}-`,
      }
    );
  if (depthOf(pohon) <= WHOLE_DEPTH)
    return {
      mode: "whole",
      ...base,
      sections: [{ unit: null, figures: pohon.roots.map((r) => draw(r, r.label)) }],
    };
  const parts = unitParts(pohon);
  // the report's order, top-down; a unit it does not list keeps the tree's order, after them
  const rank = new Map<string, number>();
  (options.order ?? []).forEach((u, i) => u !== null && rank.set(unitKey(u), i));
  const keys = [...parts.keys()];
  const at = (key: string, i: number) => rank.get(key) ?? rank.size + i;
  const keyed = keys.map((k, i) => ({ k, at: at(k, i) })).sort((a, b) => a.at - b.at);
  return {
    mode: "perUnit",
    ...base,
    sections: keyed.map(({ k: key }) => {
      const part = parts.get(key) as { unit: string; roots: PohonNode[] };
      return { unit: part.unit, figures: part.roots.map((r) => draw(r, part.unit)) };
    }),
  };
}

function depthOf(pohon: Pohon): number {
  let deepest = 0;
  const stack: Array<[PohonNode, number]> = pohon.roots.map((r) => [r, 0]);
  while (stack.length > 0) {
    const [n, d] = stack.pop() as [PohonNode, number];
    deepest = Math.max(deepest, d);
    for (const c of n.children) stack.push([c, d + 1]);
  }
  return deepest;
}

/**
 * Each unit's part: the Sasaran and IKU hung from its own box (an objective with its IKU, each
 * IKU with the boxes that take it), then each of its IKU that sits under a parent IKU and is
 * taken further (that IKU with the boxes that take it). The boxes that take an IKU are drawn
 * without their own children: those are in their unit's part.
 */
function unitParts(pohon: Pohon): Map<string, { unit: string; roots: PohonNode[] }> {
  const own = new Map<string, { unit: string; roots: PohonNode[] }>();
  const taken = new Map<string, PohonNode[]>();
  const part = (unit: string) => {
    const key = unitKey(unit);
    let p = own.get(key);
    if (!p) {
      p = { unit, roots: [] };
      own.set(key, p);
    }
    return p;
  };
  const leaf = (n: PohonNode): PohonNode => ({ ...n, children: [] });
  const step = (n: PohonNode): PohonNode => ({ ...n, children: n.children.map(leaf) });
  const visit = (n: PohonNode, parent: PohonNode | null) => {
    if (n.kind === "unit") {
      for (const c of n.children) {
        if (c.kind === "objective")
          part(n.unit).roots.push({ ...c, children: c.children.map(step) });
        else if (c.kind === "indicator") part(n.unit).roots.push(step(c));
      }
    } else if (n.kind === "indicator" && parent?.kind === "indicator" && n.children.length > 0) {
      part(n.unit);
      const key = unitKey(n.unit);
      taken.set(key, [...(taken.get(key) ?? []), step(n)]);
    }
    for (const c of n.children) visit(c, n);
  };
  for (const r of pohon.roots) visit(r, null);
  // a unit's own Sasaran first, then its IKU taken from above and passed on
  for (const [key, roots] of taken) own.get(key)?.roots.push(...roots);
  for (const [key, p] of own) if (p.roots.length === 0) own.delete(key);
  return own;
}
