/**
 * The pohon kinerja as plain data: unit → Sasaran → IKU → the child units' IKU that take it, by
 * cascade type, from a checked plan. Each IKU appears once: under the parent IKU it is linked to,
 * else under the parent unit's Sasaran it contributes to, else under its own unit's Sasaran (an
 * orphan, a broken link, the top of the file). Units appear where something hangs from them, with
 * the units above them up to a root, and units with no IKU at all appear as bare units. A rule
 * (matrix cell, rule column) that names a unit with no row for the IKU is a "missing" leaf.
 *
 * Every node carries its findings (by their place in CheckResult.findings), its worst severity
 * and the cell it was read from, so a picture can colour it and a pane can select it.
 */
import type { CheckResult } from "./check";
import { findingSubjects } from "./findingSubjects";
import type { FindingCode, Severity } from "./findings";
import type { ResolvedLink, ResolvedRule } from "./links";
import type { CascadeType, CellRef, Indicator, Share } from "./model";
import type { TargetValue } from "./target";
import type { UnitNode } from "./planIndex";
import { foldText, unitKey } from "./text";

export type PohonNodeKind = "unit" | "objective" | "indicator" | "missing";

/**
 * How a node hangs from its parent: a cascade type (an IKU under its parent IKU, a contributing
 * IKU under a parent Sasaran), "structure" (a Sasaran under its unit, an IKU under its own
 * Sasaran or unit, a unit under its parent unit), or "unknown" (a rule mark with no type).
 */
export type PohonEdge = CascadeType | "structure" | "unknown";

export interface PohonFinding {
  /** Its place in CheckResult.findings. */
  index: number;
  code: FindingCode;
  severity: Severity;
}

export interface PohonNode {
  /** Stable within one check: "unit:…", "ss:…", "iku:<row id>", "missing:<row id>:…". */
  id: string;
  kind: PohonNodeKind;
  /** The unit's name, the Sasaran, the IKU's name, or (missing) the unit that has no row. */
  label: string;
  /** The unit the node belongs to, as the workbook writes it. */
  unit: string;
  code?: string;
  target?: TargetValue;
  satuan?: string;
  /** The indicator's row id (indicator nodes). */
  row?: string;
  edge: PohonEdge;
  /** The link or its type was inferred from the rows rather than written. */
  inferred: boolean;
  share?: Share;
  /** The cell to select for this node, or null. */
  at: CellRef | null;
  findings: PohonFinding[];
  /** The worst severity of the node's own findings. */
  severity: Severity | null;
  /** The worst severity in the node and everything below it (for a collapsed node). */
  worstBelow: Severity | null;
  children: PohonNode[];
}

export interface Pohon {
  roots: PohonNode[];
  /** The unit asked for (as the workbook writes it), when the tree is one unit's subtree. */
  unit?: string;
  year?: number;
  /** Every node, roots included. */
  nodes: number;
  /** Findings within the tree's units that sit on no node (a person's SKP, a unit not found). */
  unplaced: number[];
}

export interface PohonOptions {
  /** Only this unit and the units below it (matched as units are: case, titles, aliases folded). */
  unit?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Findings about a unit as a whole: on its unit node when the tree has one. */
const UNIT_CODES = new Set<FindingCode>(["HIERARCHY_UNKNOWN", "WEIGHTS_NOT_100"]);

export function worse(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] <= RANK[b] ? a : b;
}

export function buildPohon(check: CheckResult, options: PohonOptions = {}): Pohon {
  return new PohonBuilder(check, options).build();
}

class PohonBuilder {
  private readonly index;
  private readonly scope = new Set<string>();
  private readonly top?: UnitNode;
  /** The link that places a row under a parent row or a parent Sasaran. */
  private readonly placed = new Map<Indicator, ResolvedLink>();
  private readonly unitNodes = new Map<string, PohonNode>();
  private readonly objectiveNodes = new Map<string, PohonNode>();
  private readonly rowNodes = new Map<string, PohonNode>();
  private count = 0;

  constructor(
    private readonly check: CheckResult,
    private readonly options: PohonOptions
  ) {
    this.index = check.index;
    if (options.unit !== undefined) {
      this.top = this.index.node(options.unit);
      if (this.top) this.collectScope(this.top);
    } else for (const key of this.index.units.keys()) this.scope.add(key);
  }

  build(): Pohon {
    const year = this.index.plan.settings.year;
    const base = {
      ...(this.options.unit !== undefined ? { unit: this.top?.name ?? this.options.unit } : {}),
      ...(year !== undefined ? { year } : {}),
    };
    if (this.options.unit !== undefined && !this.top)
      return { roots: [], ...base, nodes: 0, unplaced: [] };
    this.placeRows();
    this.breakRowCycles();
    const roots = this.layTree();
    const unplaced = this.attachFindings();
    for (const root of roots) settleSeverity(root);
    return { roots, ...base, nodes: this.count, unplaced };
  }

  /** The unit and every unit below it, each once (a hierarchy may have several parents). */
  private collectScope(top: UnitNode): void {
    const queue = [top.key];
    this.scope.add(top.key);
    for (let i = 0; i < queue.length; i++) {
      for (const child of this.index.units.get(queue[i])?.children ?? []) {
        if (this.scope.has(child)) continue;
        this.scope.add(child);
        queue.push(child);
      }
    }
  }

  private inScope(row: Indicator): boolean {
    return this.scope.has(this.index.rowInfo(row).unit.key);
  }

  /** Each row's first link to a parent IKU in the tree; else its first to a parent Sasaran. */
  private placeRows(): void {
    for (const link of this.check.links) {
      const { child, parent } = link;
      if (!parent || this.placed.has(child) || parent === child) continue;
      if (this.inScope(child) && this.inScope(parent)) this.placed.set(child, link);
    }
    for (const link of this.check.links) {
      const { child, objective } = link;
      if (link.parent || !objective || this.placed.has(child) || !this.inScope(child)) continue;
      const owner = unitKey(objective.unit);
      if (this.scope.has(owner) && owner !== this.index.rowInfo(child).unit.key)
        this.placed.set(child, link);
    }
  }

  /**
   * Rows that name each other around a loop (a LINK_CYCLE) would hang from nothing: the first row
   * of each loop in reading order stands under its own unit instead.
   */
  private breakRowCycles(): void {
    const state = new Map<Indicator, 1 | 2>();
    const parentOf = (row: Indicator) => this.placed.get(row)?.parent;
    for (const info of this.index.infos) {
      const path: Indicator[] = [];
      let row: Indicator | undefined = info.row;
      while (row && !state.has(row)) {
        state.set(row, 1);
        path.push(row);
        row = parentOf(row);
      }
      if (row && state.get(row) === 1) {
        const loop = path.slice(path.indexOf(row));
        const first = loop.reduce((a, b) =>
          this.index.rowInfo(a).order <= this.index.rowInfo(b).order ? a : b
        );
        this.placed.delete(first);
      }
      for (const r of path) state.set(r, 2);
    }
  }

  /** The unit a unit hangs from in the tree: its first parent inside the tree's units. */
  private parentUnit(unit: UnitNode): string | undefined {
    if (unit === this.top) return undefined;
    return unit.parents.find((p) => p !== unit.key && this.scope.has(p));
  }

  private layTree(): PohonNode[] {
    const units = [...this.index.units.values()].filter((u) => this.scope.has(u.key));
    // units that need a node: the top asked for, units with rows standing on their own, units a
    // child contributes to by Sasaran, units with no IKU; then every unit above them
    const needed = new Set<string>();
    if (this.top) needed.add(this.top.key);
    const ownRows = new Map<string, Indicator[]>();
    const contributions = new Map<string, Indicator[]>();
    for (const info of this.index.infos) {
      if (!this.scope.has(info.unit.key)) continue;
      const link = this.placed.get(info.row);
      if (!link) {
        push(ownRows, info.unit.key, info.row);
        needed.add(info.unit.key);
      } else if (!link.parent && link.objective) {
        const owner = unitKey(link.objective.unit);
        push(contributions, owner, info.row);
        needed.add(owner);
      }
    }
    for (const u of units) if (u.rows.length === 0) needed.add(u.key);
    for (const key of [...needed]) {
      const seen = new Set<string>([key]);
      let up = this.parentUnit(this.index.units.get(key) as UnitNode);
      while (up !== undefined && !seen.has(up)) {
        seen.add(up);
        needed.add(up);
        up = this.parentUnit(this.index.units.get(up) as UnitNode);
      }
    }
    const below = new Map<string, string[]>();
    const roots: string[] = [];
    for (const u of units) {
      if (!needed.has(u.key)) continue;
      const up = this.parentUnit(u);
      if (up !== undefined && needed.has(up) && !this.above(u.key, up)) push(below, up, u.key);
      else roots.push(u.key);
    }
    const made = new Set<string>();
    const unitNode = (key: string): PohonNode => {
      made.add(key);
      const unit = this.index.units.get(key) as UnitNode;
      const node = this.node({
        id: `unit:${key}`,
        kind: "unit",
        label: unit.name,
        unit: unit.name,
        edge: "structure",
        at: unit.cell ?? unit.rows[0]?.cells.indicator ?? null,
      });
      this.unitNodes.set(key, node);
      node.children.push(...this.objectives(key, ownRows.get(key) ?? [], contributions.get(key)));
      for (const child of below.get(key) ?? [])
        if (!made.has(child)) node.children.push(unitNode(child));
      return node;
    };
    return roots.map(unitNode);
  }

  /** Whether `key` is among the units above `unit` (a guard: a unit never hangs below itself). */
  private above(key: string, unit: string): boolean {
    const seen = new Set<string>();
    let up: string | undefined = unit;
    while (up !== undefined && !seen.has(up)) {
      if (up === key) return true;
      seen.add(up);
      up = this.parentUnit(this.index.units.get(up) as UnitNode);
    }
    return false;
  }

  /** A unit's Sasaran with its own IKU under each, then the IKU it writes under no Sasaran. */
  private objectives(key: string, rows: Indicator[], contributed?: Indicator[]): PohonNode[] {
    const out: PohonNode[] = [];
    const bare: PohonNode[] = [];
    const objective = (text: string, at: CellRef | undefined, unit: string): PohonNode => {
      const id = `ss:${key}:${foldText(text)}`;
      let node = this.objectiveNodes.get(id);
      if (!node) {
        node = this.node({
          id,
          kind: "objective",
          label: text.trim(),
          unit,
          edge: "structure",
          at: at ?? null,
        });
        this.objectiveNodes.set(id, node);
        out.push(node);
      }
      return node;
    };
    for (const row of rows) {
      const node = this.rowNode(row, "structure");
      if (row.objective?.trim())
        objective(row.objective, row.cells.objective, row.unit).children.push(node);
      else bare.push(node);
    }
    const owner = this.index.units.get(key) as UnitNode;
    for (const row of contributed ?? []) {
      const link = this.placed.get(row) as ResolvedLink;
      const text = link.objective?.text ?? "";
      // the Sasaran's cell is on the parent unit's own rows, when one of them writes it
      const written = owner.rows.find((r) => foldText(r.objective) === foldText(text));
      objective(text, written?.cells.objective, owner.name).children.push(
        this.rowNode(row, link.type, link)
      );
    }
    return [...out, ...bare];
  }

  private rowNode(row: Indicator, edge: PohonEdge, link?: ResolvedLink): PohonNode {
    const node = this.node({
      id: `iku:${row.id}`,
      kind: "indicator",
      label: row.name,
      unit: row.unit,
      ...(row.code?.trim() ? { code: row.code.trim() } : {}),
      target: row.target,
      ...(row.satuan?.trim() ? { satuan: row.satuan.trim() } : {}),
      row: row.id,
      edge,
      inferred: !!link && (link.inferred || link.typeInferred),
      ...(link?.share ? { share: link.share } : {}),
      at: row.cells.indicator ?? row.cells.code ?? row.cells.target ?? null,
    });
    this.rowNodes.set(row.id, node);
    for (const child of this.childrenOf(row)) {
      const l = this.placed.get(child) as ResolvedLink;
      node.children.push(this.rowNode(child, l.type, l));
    }
    node.children.push(...this.missing(row));
    return node;
  }

  private childrenByParent?: Map<Indicator, Indicator[]>;

  private childrenOf(row: Indicator): Indicator[] {
    if (!this.childrenByParent) {
      this.childrenByParent = new Map();
      for (const info of this.index.infos) {
        const parent = this.placed.get(info.row)?.parent;
        if (parent) push(this.childrenByParent, parent, info.row);
      }
    }
    return this.childrenByParent.get(row) ?? [];
  }

  private unanswered?: Map<Indicator, ResolvedRule[]>;

  /** The units a rule gives this IKU that have no row for it: one leaf each. */
  private missing(row: Indicator): PohonNode[] {
    if (!this.unanswered) {
      this.unanswered = new Map();
      for (const rr of this.check.rules)
        if (rr.rows.length === 0) push(this.unanswered, rr.parent, rr);
    }
    const out: PohonNode[] = [];
    const seen = new Set<string>();
    for (const rr of this.unanswered.get(row) ?? []) {
      if (!this.scope.has(rr.child.key) || seen.has(rr.child.key)) continue;
      seen.add(rr.child.key);
      const type = rr.mark.type;
      out.push(
        this.node({
          id: `missing:${row.id}:${rr.child.key}`,
          kind: "missing",
          label: rr.child.name,
          unit: rr.child.name,
          edge: type === "full" || type === "partial" || type === "contributing" ? type : "unknown",
          ...(rr.share ? { share: rr.share } : {}),
          at: rr.rule.cell ?? row.cells.indicator ?? null,
        })
      );
    }
    return out;
  }

  private node(
    n: Omit<PohonNode, "findings" | "severity" | "worstBelow" | "children" | "inferred"> & {
      inferred?: boolean;
    }
  ): PohonNode {
    this.count++;
    return {
      ...n,
      inferred: n.inferred ?? false,
      findings: [],
      severity: null,
      worstBelow: null,
      children: [],
    };
  }

  /** Findings onto nodes; returns those about the tree's units that found no node. */
  private attachFindings(): number[] {
    const { findings } = this.check;
    const subjects = findingSubjects(this.index.plan, findings);
    const onNode = new Set<number>();
    const add = (node: PohonNode | undefined, i: number) => {
      if (!node) return;
      const f = findings[i];
      node.findings.push({ index: i, code: f.code, severity: f.severity });
      onNode.add(i);
    };
    const unitNodeOf = (name: string | null) =>
      name ? this.unitNodes.get(unitKey(name)) : undefined;
    for (const [row, list] of subjects.byRow) {
      for (const i of list) {
        const f = findings[i];
        const unit = UNIT_CODES.has(f.code) ? unitNodeOf(f.unit) : undefined;
        add(unit ?? this.rowNodes.get(row), i);
      }
    }
    const missingAt = new Map<string, PohonNode>();
    for (const node of this.allNodes())
      if (node.kind === "missing" && node.at)
        missingAt.set(`${node.at.sheet}\u0000${node.at.cell}\u0000${unitKey(node.unit)}`, node);
    for (const i of subjects.rowless) {
      const f = findings[i];
      if (f.person) continue;
      const missing =
        f.code === "MISSING_CONTRIBUTION" && f.at
          ? missingAt.get(`${f.at.sheet}\u0000${f.at.cell}\u0000${unitKey(f.unit)}`)
          : undefined;
      add(missing ?? unitNodeOf(f.unit), i);
    }
    // a finding about a row of the tree is always on it: what is left is about a unit, or nothing
    const unplaced = subjects.rowless.filter(
      (i) => !onNode.has(i) && (this.top === undefined || this.scope.has(unitKey(findings[i].unit)))
    );
    for (const node of this.allNodes()) {
      node.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.index - b.index);
      node.severity = node.findings[0]?.severity ?? null;
    }
    return unplaced;
  }

  private *allNodes(): Generator<PohonNode> {
    yield* this.unitNodes.values();
    yield* this.objectiveNodes.values();
    const stack = [...this.unitNodes.values()];
    const seen = new Set<PohonNode>();
    while (stack.length > 0) {
      const n = stack.pop() as PohonNode;
      for (const c of n.children) {
        if (seen.has(c)) continue;
        seen.add(c);
        if (c.kind === "indicator" || c.kind === "missing") yield c;
        stack.push(c);
      }
    }
  }
}

/** Each node's worst severity below it, children first (iteratively: a chain may be long). */
function settleSeverity(root: PohonNode): void {
  const order: PohonNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop() as PohonNode;
    order.push(n);
    stack.push(...n.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    n.worstBelow = n.children.reduce((w, c) => worse(w, c.worstBelow), n.severity);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every node of a tree in drawing order (parents before their children), for tests and UIs. */
export function pohonNodes(pohon: Pohon): PohonNode[] {
  const out: PohonNode[] = [];
  const walk = (n: PohonNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  pohon.roots.forEach(walk);
  return out;
}
