/**
 * The Pohon view's tree as an outline: which nodes show given which are open, each node's parent,
 * the nodes open at first, and the colour a node shows (its own worst finding when open, the worst
 * below it when closed). Pure, so the keyboard's moves are plain list arithmetic.
 */
import type { Severity } from "../core/findings";
import type { Pohon, PohonNode } from "../core/pohon";

/** A node as the outline lists it: its depth and its parent (undefined at a root). */
export interface OutlineRow {
  node: PohonNode;
  depth: number;
  parent?: string;
}

/** Up to this many nodes, the tree opens whole; above it, only its top units (a map, not a page). */
const OPEN_WHOLE = 150;

/** The nodes a planner can see: the roots, and the children of every open node, in reading order. */
export function visibleRows(pohon: Pohon, open: ReadonlySet<string>): OutlineRow[] {
  const out: OutlineRow[] = [];
  // iterative: a chain of IKU may be long
  const stack: OutlineRow[] = [...pohon.roots].reverse().map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const row = stack.pop() as OutlineRow;
    out.push(row);
    if (!open.has(row.node.id)) continue;
    for (let i = row.node.children.length - 1; i >= 0; i--)
      stack.push({ node: row.node.children[i], depth: row.depth + 1, parent: row.node.id });
  }
  return out;
}

/** Every node that has children. */
export function openable(pohon: Pohon): Set<string> {
  const out = new Set<string>();
  const stack = [...pohon.roots];
  while (stack.length > 0) {
    const n = stack.pop() as PohonNode;
    if (n.children.length === 0) continue;
    out.add(n.id);
    stack.push(...n.children);
  }
  return out;
}

/** Open at first: the whole of a small tree; of a large one, its units (Sasaran and IKU closed). */
export function initiallyOpen(pohon: Pohon): Set<string> {
  if (pohon.nodes <= OPEN_WHOLE) return openable(pohon);
  const out = new Set<string>();
  const stack = [...pohon.roots];
  while (stack.length > 0) {
    const n = stack.pop() as PohonNode;
    if (n.kind !== "unit") continue;
    out.add(n.id);
    stack.push(...n.children);
  }
  return out;
}

/** The severity a node shows: its own when open or a leaf, the worst below it when closed. */
export function shownSeverity(node: PohonNode, isOpen: boolean): Severity | null {
  if (node.kind === "missing") return "error";
  return isOpen || node.children.length === 0 ? node.severity : node.worstBelow;
}

/** A node by its id. */
export function nodeById(pohon: Pohon, id: string): PohonNode | undefined {
  const stack = [...pohon.roots];
  while (stack.length > 0) {
    const n = stack.pop() as PohonNode;
    if (n.id === id) return n;
    stack.push(...n.children);
  }
  return undefined;
}

/** How many IKU the tree holds. */
export function indicatorCount(pohon: Pohon): number {
  let count = 0;
  const stack = [...pohon.roots];
  while (stack.length > 0) {
    const n = stack.pop() as PohonNode;
    if (n.kind === "indicator") count++;
    stack.push(...n.children);
  }
  return count;
}
