/**
 * The plan indexed once for the check and the cascade: units keyed by folded name with their
 * hierarchy (DESIGN.md §2 "Hierarchy", strongest source first), rows by unit, code and name, and
 * the folded forms of every row computed once (the check runs over 100 000 rows).
 */
import type { Finding } from "./findings";
import { consolidationOf, polarityOf, satuanOf } from "./infer";
import {
  HIERARCHY_ORDER,
  type CellRef,
  type Consolidation,
  type HierarchySource,
  type Indicator,
  type Plan,
  type Polarity,
  type StatedValue,
} from "./model";
import {
  foldSatuan,
  foldText,
  looksLikeCode,
  normalizeCode,
  normalizeLevel,
  terms,
  unitKey,
} from "./text";
import { makeFinding } from "./findingFactory";
import { textMemo } from "./memo";

export interface UnitNode {
  key: string;
  name: string;
  level?: number;
  code?: string;
  cell?: CellRef;
  /** Parent unit keys, from the strongest source that names any. */
  parents: string[];
  parentSource?: HierarchySource;
  children: string[];
  rows: Indicator[];
  /** True once the unit has been named by the hierarchy or has rows. */
  known: boolean;
  top: boolean;
  hierarchyUnknown: boolean;
  /** The unit's code column holds its parent's codes (real PKs reuse the parent's numbering). */
  reusesParentCodes: boolean;
  /**
   * Named only by a rule column inside its parent's document (a Penanggung Jawab naming the
   * unit's Bidang): a child without a table of its own, not a missing unit.
   */
  withoutTable?: boolean;
}

/** A unit's rows by normalised code (codes as written, own or reused) and by folded name. */
interface UnitLookups {
  byCode: Map<string, Indicator[]>;
  byName: Map<string, Indicator[]>;
}

/** Folded facts about one row, computed once. */
export interface RowInfo {
  row: Indicator;
  unit: UnitNode;
  order: number;
  name: string;
  words: string[];
  code: string;
  satuan: string;
  objective: string;
  polarity: StatedValue<Polarity>;
  consolidation: StatedValue<Consolidation>;
  termsCache?: Set<string>;
}

export class PlanIndex {
  readonly units = new Map<string, UnitNode>();
  /** Row facts by the row object itself (an identity lookup, cheaper than hashing ids). */
  private readonly infoByRow = new Map<Indicator, RowInfo>();
  /** Row facts in plan order (RowInfo.order is the position), for loops over every row. */
  readonly infos: RowInfo[] = [];
  private byIdCache?: Map<string, Indicator>;
  /** A row by its id, for rules that name their parent row (built on first use). */
  rowById(id: string): Indicator | undefined {
    this.byIdCache ??= new Map(this.plan.indicators.map((r) => [r.id, r]));
    return this.byIdCache.get(id);
  }
  readonly findings: Finding[] = [];
  /**
   * Per unit: normalised code → rows (codes as written, own or reused) and folded name → rows.
   * Built on first use: links look rows up in parent units only, so most leaves never need one.
   */
  private readonly lookups = new Map<string, UnitLookups>();
  /** Across units: folded name and code → rows, for links that do not point upward (rare). */
  private globalName?: Map<string, Indicator[]>;
  private globalCode?: Map<string, Indicator[]>;
  private readonly ancestorCache = new Map<string, Array<{ key: string; depth: number }>>();
  private readonly sheetOrder = new Map<string, number>();
  private readonly reported = new Set<string>();
  /** Units found in one hierarchy cycle share a number. */
  private readonly cycleOf = new Map<string, number>();

  constructor(readonly plan: Plan) {
    this.collectUnits();
    this.addUnitsWithoutTable();
    this.indexRows();
    this.buildHierarchy();
    this.breakHierarchyCycles();
    this.markTops();
    this.detectReusedCodes();
  }

  node(name: string | undefined): UnitNode | undefined {
    if (!name) return undefined;
    return this.units.get(unitKey(name));
  }

  rowInfo(row: Indicator): RowInfo {
    const i = this.infoByRow.get(row);
    if (!i) throw new Error(`row ${row.id} is not in the plan`);
    return i;
  }

  termsOf(row: Indicator): Set<string> {
    const i = this.rowInfo(row);
    if (!i.termsCache) i.termsCache = terms(row.name);
    return i.termsCache;
  }

  sheetRank(sheet: string): number {
    let r = this.sheetOrder.get(sheet);
    if (r === undefined) {
      r = this.sheetOrder.size;
      this.sheetOrder.set(sheet, r);
    }
    return r;
  }

  /** Ancestors nearest first, each with its distance (1 = parent); each unit once. */
  ancestors(key: string): Array<{ key: string; depth: number }> {
    const cached = this.ancestorCache.get(key);
    if (cached) return cached;
    const out: Array<{ key: string; depth: number }> = [];
    const seen = new Set<string>([key]);
    let frontier = [key];
    let depth = 0;
    while (frontier.length > 0) {
      depth++;
      const next: string[] = [];
      for (const k of frontier) {
        for (const p of this.units.get(k)?.parents ?? []) {
          if (seen.has(p)) continue;
          seen.add(p);
          out.push({ key: p, depth });
          next.push(p);
        }
      }
      frontier = next;
    }
    this.ancestorCache.set(key, out);
    return out;
  }

  /**
   * No unit above this one has rows in the workbook: it is a top unit of the file, so it has no
   * orphans and its links to IKU outside the file are external (a ministry named only in the
   * hierarchy sheet does not make its Ditjen's rows orphans).
   */
  isEffectiveTop(key: string): boolean {
    return this.ancestors(key).every((a) => (this.units.get(a.key)?.rows.length ?? 0) === 0);
  }

  private readonly wordIndex = new Map<string, Map<string, Indicator[]>>();
  private readonly rareIndex = new Map<string, Map<string, Indicator[]>>();

  /** A unit's rows by every word of their names (built on first use). */
  private wordsOf(unitKeyName: string): Map<string, Indicator[]> {
    let idx = this.wordIndex.get(unitKeyName);
    if (!idx) {
      idx = new Map();
      for (const r of this.units.get(unitKeyName)?.rows ?? []) {
        for (const w of new Set(this.rowInfo(r).words)) push(idx, w, r);
      }
      this.wordIndex.set(unitKeyName, idx);
    }
    return idx;
  }

  /** Rows of a unit whose names contain every one of `words` (a parent's name, narrowed or not). */
  rowsContaining(unitKeyName: string, words: readonly string[]): Indicator[] {
    const idx = this.wordsOf(unitKeyName);
    let best: Indicator[] | undefined;
    for (const w of words) {
      const rows = idx.get(w);
      if (!rows) return [];
      if (!best || rows.length < best.length) best = rows;
    }
    return best ?? [];
  }

  /**
   * Rows of a unit whose whole name occurs within `words` (rows a child's name may narrow):
   * each row is indexed under its rarest word, so only rows sharing that word are tried.
   */
  rowsWithin(unitKeyName: string, words: readonly string[]): Indicator[] {
    let idx = this.rareIndex.get(unitKeyName);
    if (!idx) {
      idx = new Map();
      const all = this.wordsOf(unitKeyName);
      for (const r of this.units.get(unitKeyName)?.rows ?? []) {
        let rare = "";
        let count = Infinity;
        for (const w of this.rowInfo(r).words) {
          const n = all.get(w)?.length ?? 0;
          if (n < count) {
            rare = w;
            count = n;
          }
        }
        push(idx, rare, r);
      }
      this.rareIndex.set(unitKeyName, idx);
    }
    const out: Indicator[] = [];
    for (const w of new Set(words)) for (const r of idx.get(w) ?? []) out.push(r);
    return out.sort((a, b) => this.rowInfo(a).order - this.rowInfo(b).order);
  }

  /** Rows of a unit under a code, as written in its table. */
  rowsByCode(unitKeyName: string, code: string): Indicator[] {
    return this.unitLookups(unitKeyName).byCode.get(code) ?? [];
  }

  rowsByName(unitKeyName: string, folded: string): Indicator[] {
    return this.unitLookups(unitKeyName).byName.get(folded) ?? [];
  }

  private static readonly NO_LOOKUPS: UnitLookups = { byCode: new Map(), byName: new Map() };

  private unitLookups(unitKeyName: string): UnitLookups {
    let found = this.lookups.get(unitKeyName);
    if (!found) {
      const unit = this.units.get(unitKeyName);
      if (!unit) return PlanIndex.NO_LOOKUPS;
      found = { byCode: new Map(), byName: new Map() };
      for (const row of unit.rows) {
        const info = this.rowInfo(row);
        if (info.code) push(found.byCode, info.code, row);
        push(found.byName, info.name, row);
      }
      this.lookups.set(unitKeyName, found);
    }
    return found;
  }

  /** Rows anywhere with this reference as code or name. */
  rowsAnywhere(ref: string): Indicator[] {
    const code = looksLikeCode(ref) ? normalizeCode(ref) : "";
    if (!this.globalCode || !this.globalName) {
      this.globalCode = new Map();
      this.globalName = new Map();
      for (const info of this.infoByRow.values()) {
        if (info.code) push(this.globalCode, info.code, info.row);
        push(this.globalName, info.name, info.row);
      }
    }
    const byCode = code ? this.globalCode.get(code) : undefined;
    if (byCode && byCode.length > 0) return byCode;
    return this.globalName.get(foldText(ref)) ?? [];
  }

  /** Both units lie on one reported hierarchy cycle (their links are that cycle's finding). */
  inCycle(a: string, b: string): boolean {
    const x = this.cycleOf.get(a);
    return x !== undefined && x === this.cycleOf.get(b);
  }

  /** Records a finding once per key (used for "once per name" and "once per cycle"). */
  reportOnce(key: string, finding: Finding): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.findings.push(finding);
  }

  private ensureUnit(name: string): UnitNode {
    const key = unitKey(name);
    let node = this.units.get(key);
    if (!node) {
      node = {
        key,
        name: name.trim(),
        parents: [],
        children: [],
        rows: [],
        known: true,
        top: false,
        hierarchyUnknown: false,
        reusesParentCodes: false,
      };
      this.units.set(key, node);
    }
    return node;
  }

  private collectUnits(): void {
    for (const u of this.plan.units) {
      const node = this.ensureUnit(u.name);
      node.level ??= normalizeLevel(u.level);
      node.code ??= u.code?.trim() || undefined;
      node.cell ??= u.cell;
    }
    for (const row of this.plan.indicators) {
      const node = this.ensureUnit(row.unit);
      node.rows.push(row);
    }
  }

  /**
   * DESIGN.md §3 "Penanggung Jawab inside one unit's document": when none of the units a unit's
   * rule column names has rows anywhere, the column assigns work inside the unit — those units
   * are its children without a table. A name close to an existing unit stays UNIT_NOT_FOUND (a
   * likely typo), and so do matrix columns.
   */
  private addUnitsWithoutTable(): void {
    const byOwner = new Map<string, Set<string>>();
    for (const rule of this.plan.rules) {
      if (rule.source !== "rule" || !rule.parentUnit) continue;
      const names = byOwner.get(rule.parentUnit) ?? new Set<string>();
      names.add(rule.child);
      byOwner.set(rule.parentUnit, names);
    }
    if (byOwner.size === 0) return;
    const withRows = [...this.units.values()].filter((u) => u.rows.length > 0);
    for (const [owner, names] of byOwner) {
      const keys = [...names].map(unitKey);
      if (keys.some((k) => this.units.get(k)?.rows.length)) continue;
      const parent = this.units.get(unitKey(owner));
      if (!parent) continue;
      for (const name of names) {
        const key = unitKey(name);
        if (this.units.has(key) || withRows.some((u) => likelyTypo(key, u.key))) continue;
        const node = this.ensureUnit(name);
        node.withoutTable = true;
        node.parents = [parent.key];
        node.parentSource = "pk";
      }
    }
  }

  private indexRows(): void {
    let order = 0;
    for (const row of this.plan.indicators) {
      const unit = this.units.get(unitKey(row.unit)) as UnitNode;
      const name = foldText(row.name);
      const code = row.code ? normalizeCode(row.code) : "";
      const info: RowInfo = {
        row,
        unit,
        order: order++,
        name,
        words: wordsOf(name),
        code,
        satuan: foldSatuan(satuanOf(row)),
        objective: foldText(row.objective),
        polarity: polarityOf(row),
        consolidation: consolidationOf(row),
      };
      this.infoByRow.set(row, info);
      this.infos.push(info);
      if (order === 1 || row.unit !== this.plan.indicators[order - 2]?.unit) {
        const at = row.cells.indicator;
        if (at) this.sheetRank(at.sheet);
      }
    }
  }

  /** Parents from the strongest stated source; then matrix, unit codes and links for the rest. */
  private buildHierarchy(): void {
    const stated = new Map<string, Map<HierarchySource, Array<{ name: string; cell?: CellRef }>>>();
    for (const u of this.plan.units) {
      for (const p of u.parents ?? []) {
        const bySource = inner(stated, unitKey(u.name));
        const list = bySource.get(p.source) ?? [];
        list.push({ name: p.name, cell: p.cell });
        bySource.set(p.source, list);
      }
    }
    for (const [key, bySource] of stated) {
      const node = this.units.get(key) as UnitNode;
      // a parent-unit cell naming no known unit is a finding, whichever source decides
      for (const ref of bySource.get("column") ?? []) {
        if (!this.units.has(unitKey(ref.name))) this.unitNotFound(ref.name, ref.cell);
      }
      for (const source of HIERARCHY_ORDER) {
        const refs = bySource.get(source);
        if (!refs) continue;
        const parents: string[] = [];
        for (const ref of refs) {
          const parent = this.units.get(unitKey(ref.name));
          if (parent && parent.key !== key) parents.push(parent.key);
          // a unit stated as its own parent is a loop of one
          else if (parent) this.reportHierarchyCycle([key], ref.cell);
        }
        if (parents.length > 0) {
          node.parents = unique(parents);
          node.parentSource = source;
          break;
        }
      }
    }
    this.inferFromRules();
    this.inferFromCodes();
    this.inferFromLinks();
    for (const node of this.units.values()) {
      for (const p of node.parents) this.units.get(p)?.children.push(node.key);
    }
  }

  private setInferredParent(node: UnitNode, parentKey: string, source: HierarchySource): void {
    if (node.parentSource || parentKey === node.key) return;
    node.parents = [parentKey];
    node.parentSource = source;
  }

  /** A matrix column's unit is a child of the unit owning the row's IKU. */
  private inferFromRules(): void {
    for (const rule of this.plan.rules) {
      const child = this.node(rule.child);
      if (!child || child.parentSource) continue;
      const owner = rule.parentUnit ? this.node(rule.parentUnit) : this.uniqueOwner(rule.parent);
      if (owner) this.setInferredParent(child, owner.key, "matrix");
    }
  }

  /** Unit codes: 1101's parent is 1100 (trailing zeros stripped, longest proper prefix). */
  private inferFromCodes(): void {
    const byStem = new Map<string, UnitNode>();
    const stemOf = (code: string) => code.replace(/\s+/g, "").replace(/0+$/, "");
    for (const node of this.units.values()) {
      if (node.code && /^\d+$/.test(node.code)) byStem.set(stemOf(node.code), node);
    }
    if (byStem.size < 2) return;
    for (const node of this.units.values()) {
      if (node.parentSource || !node.code || !/^\d+$/.test(node.code)) continue;
      const own = stemOf(node.code);
      for (let len = own.length - 1; len >= 0; len--) {
        const parent = byStem.get(own.slice(0, len));
        if (parent && parent !== node) {
          this.setInferredParent(node, parent.key, "code");
          break;
        }
      }
    }
  }

  /** Last resort: a unit whose rows name IKUs of exactly one other unit reports to that unit. */
  private inferFromLinks(): void {
    for (const node of this.units.values()) {
      if (node.parentSource) continue;
      const owners = new Map<string, number>();
      for (const row of node.rows) {
        for (const link of row.links ?? []) {
          const owner = link.parentUnit
            ? this.node(link.parentUnit)
            : this.uniqueOwner(link.parent);
          if (owner && owner.key !== node.key && !this.isAbove(node.key, owner.key))
            owners.set(owner.key, (owners.get(owner.key) ?? 0) + 1);
        }
      }
      if (owners.size === 0) this.countExtendedCodeOwners(node, owners);
      if (owners.size === 0) continue;
      const best = [...owners.entries()].sort((a, b) => b[1] - a[1])[0][0];
      this.setInferredParent(node, best, "link");
    }
  }

  /**
   * Pohon kinerja numbering without links: a unit whose codes extend ("1.1.1." under "1.1.")
   * codes that only one other unit writes reports to that unit.
   */
  private countExtendedCodeOwners(node: UnitNode, owners: Map<string, number>): void {
    const own = new Set(node.rows.map((r) => this.rowInfo(r).code).filter((c) => c !== ""));
    for (const code of own) {
      const segments = code.split(".");
      for (let n = segments.length - 1; n >= 1; n--) {
        const prefix = segments.slice(0, n).join(".");
        if (own.has(prefix)) break;
        const owner = this.uniqueOwner(prefix);
        if (!owner) continue;
        // a unit numbering its rows as another does ("1.1, 1.2" beside "1.1, 2.1") extends nothing
        if (this.rowsByCode(owner.key, code).length > 0) break;
        if (owner.key !== node.key && !this.isAbove(node.key, owner.key))
          owners.set(owner.key, (owners.get(owner.key) ?? 0) + 1);
        break;
      }
    }
  }

  private readonly ownerCache = new Map<string, UnitNode | undefined>();

  /** The one unit whose rows carry this code or name, if exactly one does (cached per reference). */
  private uniqueOwner(ref: string): UnitNode | undefined {
    if (this.ownerCache.has(ref)) return this.ownerCache.get(ref);
    const owners = new Set<string>();
    for (const r of this.rowsAnywhere(ref)) {
      owners.add(this.infoByRow.get(r)?.unit.key ?? unitKey(r.unit));
      if (owners.size > 1) break;
    }
    const owner = owners.size === 1 ? this.units.get([...owners][0]) : undefined;
    this.ownerCache.set(ref, owner);
    return owner;
  }

  /** `upper` is `lower`'s ancestor by the parents known so far (walks up, so no cache). */
  private isAbove(upper: string, lower: string): boolean {
    const seen = new Set<string>();
    const stack = [lower];
    while (stack.length > 0) {
      const k = stack.pop() as string;
      for (const p of this.units.get(k)?.parents ?? []) {
        if (p === upper) return true;
        if (!seen.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    return false;
  }

  private unitNotFound(name: string, cell: CellRef | undefined): void {
    const key = unitKey(name);
    const nearest = nearestUnitNames(
      key,
      [...this.units.values()].map((u) => u.name)
    );
    this.reportOnce(
      `UNIT_NOT_FOUND:${key}`,
      makeFinding("UNIT_NOT_FOUND", cell ?? null, {
        unit: name,
        detail: { name, nearest },
      })
    );
  }

  /** Public for rule and link resolution: a named unit with no rows and not in the hierarchy. */
  reportUnitNotFound(name: string, cell: CellRef | undefined): void {
    this.unitNotFound(name, cell);
  }

  private breakHierarchyCycles(): void {
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (key: string): void => {
      state.set(key, 1);
      stack.push(key);
      const node = this.units.get(key) as UnitNode;
      for (const p of [...node.parents]) {
        if (state.get(p) === 1) {
          const cycle = stack.slice(stack.indexOf(p));
          this.reportHierarchyCycle(cycle);
          node.parents = node.parents.filter((x) => x !== p);
          const parent = this.units.get(p);
          if (parent) parent.children = parent.children.filter((c) => c !== key);
        } else if (!state.has(p)) visit(p);
      }
      stack.pop();
      state.set(key, 2);
    };
    for (const key of this.units.keys()) if (!state.has(key)) visit(key);
    this.ancestorCache.clear();
  }

  private reportHierarchyCycle(cycle: string[], at?: CellRef): void {
    const id = this.cycleOf.size + 1;
    for (const k of cycle) if (!this.cycleOf.has(k)) this.cycleOf.set(k, id);
    const nodes = cycle.map((k) => this.units.get(k) as UnitNode);
    const firstRow = nodes
      .flatMap((n) => n.rows)
      .map((r) => this.rowInfo(r))
      .sort((a, b) => a.order - b.order)[0];
    const cell = firstRow?.row.cells.indicator ?? at ?? nodes.find((n) => n.cell)?.cell ?? null;
    this.reportOnce(
      `LINK_CYCLE:units:${[...cycle].sort().join("|")}`,
      makeFinding("LINK_CYCLE", cell, {
        unit: firstRow?.unit.name ?? nodes[0].name,
        detail: { cycle: nodes.map((n) => n.name) },
      })
    );
  }

  /**
   * Top units have no parent and stand above the others: roots with children, else the roots at
   * the highest level, else the first root read. Other roots have an unknown place in the tree.
   */
  private markTops(): void {
    const roots = [...this.units.values()].filter((u) => u.parents.length === 0);
    if (roots.length === 0) return;
    let tops = roots.filter((u) => u.children.length > 0);
    if (tops.length === 0) {
      const levels = roots.map((u) => u.level).filter((l): l is number => l !== undefined);
      const highest = levels.length > 0 ? levels.reduce((a, b) => Math.min(a, b)) : undefined;
      tops = highest !== undefined ? roots.filter((u) => u.level === highest) : [roots[0]];
    }
    const topLevel = tops.reduce((m, t) => Math.min(m, t.level ?? Infinity), Infinity);
    for (const root of roots) {
      const isTop =
        tops.includes(root) &&
        (root.level === undefined || root.level <= topLevel || topLevel === Infinity);
      root.top = isTop;
      root.hierarchyUnknown = !isTop && (root.rows.length > 0 || root.children.length > 0);
    }
  }

  /**
   * In a child's table a code column is a parent-link column when more than half of its values
   * equal codes written in the parent's table (DESIGN.md §2).
   */
  private detectReusedCodes(): void {
    for (const node of this.units.values()) {
      if (node.parents.length === 0) continue;
      const codes = node.rows
        .filter((r) => !r.numbered)
        .map((r) => this.rowInfo(r).code)
        .filter((c) => c !== "");
      if (codes.length === 0) continue;
      const parentCodes = new Set<string>();
      for (const p of node.parents)
        for (const c of this.unitLookups(p).byCode.keys()) parentCodes.add(c);
      if (parentCodes.size === 0) continue;
      const reused = codes.filter((c) => parentCodes.has(c)).length;
      node.reusesParentCodes = reused * 2 > codes.length;
    }
  }
}

function inner<K, K2, V>(map: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let m = map.get(key);
  if (!m) {
    m = new Map();
    map.set(key, m);
  }
  return m;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Up to three unit names nearest a folded name (shared words, then edit distance). */
export function nearestUnitNames(key: string, names: string[]): string[] {
  const words = new Set(key.split(" "));
  return names
    .map((n) => {
      const k = unitKey(n);
      const shared = k.split(" ").filter((w) => words.has(w)).length;
      return { n, score: shared * 100 - editDistance(k, key) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((x) => x.n);
}

/** Two unit keys a slip of the keyboard apart ("Bagian Umum" / "Bagain Umum"). */
function likelyTypo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 3) return false;
  return editDistance(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) * 0.15));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** A folded name's words (names recur across units: split once). */
const wordsOf = textMemo((folded) => folded.split(" "), 200_000);
