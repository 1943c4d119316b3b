/**
 * Which parent each row serves, read per row from the first source that gives one (DESIGN.md §2
 * "Links"): a parent-link column (or a code column reusing the parent's codes), then a rule column
 * or matrix, then inference from names and Sasaran. Later sources that disagree are RULE_CONFLICT.
 */
import { sameTarget, toleranceOf } from "./compare";
import { codeOrName, makeFinding, rowFields } from "./findingFactory";
import type { Finding } from "./findings";
import { readCascadeMark, readCascadeType, type CascadeMark, type StatedType } from "./infer";
import type { CascadeRule, CascadeType, CellRef, Indicator, Share } from "./model";
import type { PlanIndex, RowInfo, UnitNode } from "./planIndex";
import { suggestParents } from "./suggest";
import { foldText, looksLikeCode, narrowsWords, normalizeCode, overlap } from "./text";

export type LinkSource = "column" | "code" | "rule" | "matrix" | "name" | "objective";

export interface ResolvedLink {
  child: Indicator;
  /** The parent IKU; absent when the row contributes to a parent Sasaran only. */
  parent?: Indicator;
  /** The parent unit's Sasaran a contributing row serves (inferred from matching SS). */
  objective?: { unit: string; text: string };
  type: CascadeType;
  /** The type came from the rows, not from a column or mark. */
  typeInferred: boolean;
  /** The link itself came from names or Sasaran, not from a column, rule or matrix. */
  inferred: boolean;
  source: LinkSource;
  share?: Share;
  rule?: CascadeRule;
}

/** A rule with the parent row it names and the child rows that answer it. */
export interface ResolvedRule {
  rule: CascadeRule;
  parent: Indicator;
  child: UnitNode;
  mark: CascadeMark;
  share?: Share;
  rows: Indicator[];
}

export interface LinkResolution {
  links: ResolvedLink[];
  rules: ResolvedRule[];
  findings: Finding[];
  /** Rows whose link was reported broken, not upward or external: not orphans, not judged further. */
  unresolved: Set<string>;
}

interface Lookup {
  row?: Indicator;
  depth?: number;
  /** Found, but in a unit that is not an ancestor. */
  notUpward?: Indicator;
  ambiguous?: boolean;
}

export function resolveLinks(index: PlanIndex): LinkResolution {
  return new LinkResolver(index).run();
}

class LinkResolver {
  private readonly links: ResolvedLink[] = [];
  private readonly rules: ResolvedRule[] = [];
  private readonly findings: Finding[] = [];
  /** Rows that have a link, by plan order (100 000 rows: a byte each). */
  private readonly linked: Uint8Array;
  /** Links by parent row (plan order), so a rule finds the rows that already answer it at once. */
  private readonly byParent: Array<ResolvedLink[] | undefined> = [];
  /** The same grouped by child unit, for the parents rules name (built on first use). */
  private readonly byParentUnit = new Map<number, Map<UnitNode, ResolvedLink[]>>();
  private readonly unresolved = new Set<string>();
  private readonly framework;

  constructor(private readonly index: PlanIndex) {
    this.framework = index.plan.settings.framework;
    this.linked = new Uint8Array(index.infos.length);
  }

  run(): LinkResolution {
    for (const info of this.index.infos) this.columnLinks(info);
    this.reportRowCycles();
    this.ruleLinks();
    for (const info of this.index.infos) {
      if (this.linked[info.order] === 0 && !this.unresolved.has(info.row.id)) this.inferLink(info);
    }
    return {
      links: this.links,
      rules: this.rules,
      findings: this.findings,
      unresolved: this.unresolved,
    };
  }

  /** LINK_NOT_UPWARD findings held until cycles are known. */
  private readonly notUpward: Array<{ row: Indicator; target: Indicator; finding: Finding }> = [];

  /**
   * Rows that name each other as parent, directly or around a loop (a row naming itself too),
   * are one LINK_CYCLE at the first row in reading order, instead of a LINK_NOT_UPWARD per row.
   * Only links that leave the ancestors can close a loop, so the search starts from those.
   */
  private reportRowCycles(): void {
    if (this.notUpward.length === 0) return;
    // row → the rows it names: the column links resolved so far, and those not upward
    const edges = new Map<Indicator, Indicator[]>();
    const edge = (from: Indicator, to: Indicator) => {
      const list = edges.get(from);
      if (list) list.push(to);
      else edges.set(from, [to]);
    };
    for (const l of this.links) if (l.parent) edge(l.child, l.parent);
    for (const n of this.notUpward) edge(n.row, n.target);
    const inCycle = new Set<Indicator>();
    // depth-first, iteratively (a chain of links may be long): 1 = on the path, 2 = done
    const state = new Map<Indicator, 1 | 2>();
    const cycles: Indicator[][] = [];
    for (const n of this.notUpward) {
      if (state.has(n.row)) continue;
      const path: Indicator[] = [n.row];
      const next: number[] = [0];
      state.set(n.row, 1);
      while (path.length > 0) {
        const row = path[path.length - 1];
        const out = edges.get(row) ?? [];
        const i = next[next.length - 1]++;
        if (i >= out.length) {
          state.set(row, 2);
          path.pop();
          next.pop();
          continue;
        }
        const to = out[i];
        if (state.get(to) === 1) cycles.push(path.slice(path.indexOf(to)));
        else if (!state.has(to)) {
          state.set(to, 1);
          path.push(to);
          next.push(0);
        }
      }
    }
    for (const cycle of cycles) {
      if (cycle.some((r) => inCycle.has(r))) continue;
      for (const r of cycle) inCycle.add(r);
      const infos = cycle.map((r) => this.index.rowInfo(r)).sort((a, b) => a.order - b.order);
      const first = infos[0].row;
      this.findings.push(
        makeFinding("LINK_CYCLE", first.cells.indicator ?? null, {
          ...this.ids(first),
          detail: { kind: "rows", cycle: infos.map((i) => `${this.key(i.row)} (${i.unit.name})`) },
        })
      );
    }
    for (const n of this.notUpward) if (!inCycle.has(n.row)) this.findings.push(n.finding);
  }

  private isLinked(row: Indicator): boolean {
    return this.linked[this.index.rowInfo(row).order] === 1;
  }

  private add(link: ResolvedLink, child: RowInfo, parent?: RowInfo): void {
    this.links.push(link);
    if (parent) {
      const list = this.byParent[parent.order];
      if (list) list.push(link);
      else this.byParent[parent.order] = [link];
      const byUnit = this.byParentUnit.get(parent.order);
      if (byUnit) this.groupByUnit(byUnit, link);
    }
    this.linked[child.order] = 1;
  }

  private key(row: Indicator): string {
    return codeOrName(row);
  }

  // ---- source 1: parent-link column, or a code column that reuses the parent's codes ----

  private columnLinks(info: RowInfo): void {
    const row = info.row;
    const unit = info.unit;
    let refs: Array<{
      parent: string;
      parentUnit?: string;
      type?: string;
      cell?: CellRef;
      source?: LinkSource;
      byCode?: boolean;
    }> = row.links ?? [];
    if (refs.length === 0 && unit.reusesParentCodes && info.code) {
      refs = [{ parent: row.code as string, cell: row.cells.code, source: "code" }];
    }
    for (const ref of refs) {
      const parentUnit = ref.parentUnit ? this.index.node(ref.parentUnit) : undefined;
      if (ref.parentUnit && !parentUnit) {
        this.index.reportUnitNotFound(ref.parentUnit, ref.cell);
        this.unresolved.add(row.id);
        continue;
      }
      const found = this.lookup(
        ref.parent,
        unit,
        row,
        parentUnit,
        ref.source === "code",
        ref.byCode
      );
      // the cell is made only for a finding (RowCells builds references on demand)
      const at = () => row.cells.indicator ?? ref.cell;
      if (found.row) {
        if (found.ambiguous) {
          this.findings.push(
            makeFinding("RULE_CONFLICT", at(), {
              ...this.ids(row, found.row),
              field: "parent",
              detail: { reference: ref.parent },
            })
          );
        }
        if ((found.depth ?? 1) > 1) {
          this.findings.push(makeFinding("LEVEL_SKIP", at(), this.ids(row, found.row)));
        }
        const stated = readCascadeType(ref.type ?? row.cascadeType, this.framework);
        this.linkTyped(info, found.row, stated, ref.source ?? "column", false);
      } else if (
        found.notUpward &&
        (found.notUpward === row || !this.index.isEffectiveTop(unit.key))
      ) {
        this.unresolved.add(row.id);
        if (!this.index.inCycle(unit.key, this.index.rowInfo(found.notUpward).unit.key)) {
          // held back until every link is read: two rows naming each other are one LINK_CYCLE
          this.notUpward.push({
            row,
            target: found.notUpward,
            finding: makeFinding("LINK_NOT_UPWARD", at(), this.ids(row, found.notUpward)),
          });
        }
      } else if (this.index.isEffectiveTop(unit.key) && !parentUnit) {
        this.unresolved.add(row.id);
        this.findings.push(
          makeFinding("EXTERNAL_LINK", at(), { ...this.ids(row), parent: ref.parent })
        );
      } else {
        this.unresolved.add(row.id);
        this.findings.push(
          makeFinding("BROKEN_LINK", at(), {
            ...this.ids(row),
            parent: ref.parent,
            suggestions: suggestParents(this.index, row),
          })
        );
      }
    }
  }

  /**
   * A parent IKU by code or name among the unit's ancestors, nearest first (or in the unit a link
   * names, which must be one of them). When a code matches several rows of one unit, the name
   * decides, else the first wins and the lookup is ambiguous. Codes are local to a unit, so a code
   * is never searched for elsewhere; a name found outside the ancestors is a link not upward.
   */
  private lookup(
    ref: string,
    unit: UnitNode,
    row: Indicator | undefined,
    inUnit?: UnitNode,
    codeOnly = false,
    byCode = false
  ): Lookup {
    const code = byCode || codeOnly || looksLikeCode(ref) ? normalizeCode(ref) : "";
    const name = foldText(ref);
    const ancestors = this.index.ancestors(unit.key);
    let candidates = ancestors;
    if (inUnit) {
      const above = ancestors.find((a) => a.key === inUnit.key);
      if (!above) {
        const hit = this.findIn(inUnit.key, code, name, row, codeOnly);
        return hit ? { notUpward: hit.row } : {};
      }
      candidates = [above];
    }
    for (const { key, depth } of candidates) {
      const hit = this.findIn(key, code, name, row, codeOnly);
      if (hit) return { row: hit.row, ambiguous: hit.ambiguous, depth };
    }
    if (inUnit) return {};
    if (code) {
      const own = this.findIn(unit.key, code, name, row, codeOnly);
      // a reused code naming its own row is unknown above (BROKEN_LINK); a link column naming
      // the row itself is a loop of one (LINK_CYCLE)
      return own && (own.row.id !== row?.id || !codeOnly) ? { notUpward: own.row } : {};
    }
    const ancestorKeys = new Set(ancestors.map((c) => c.key));
    const anywhere = this.index.rowsAnywhere(ref);
    const notUp = anywhere.find(
      (r) => r.id !== row?.id && !ancestorKeys.has(this.index.rowInfo(r).unit.key)
    );
    if (notUp) return { notUpward: notUp };
    if (row && anywhere.some((r) => r.id === row.id)) return { notUpward: row };
    return {};
  }

  private findIn(
    key: string,
    code: string,
    name: string,
    row: Indicator | undefined,
    codeOnly: boolean
  ): { row: Indicator; ambiguous?: boolean } | undefined {
    const byCode = code ? this.index.rowsByCode(key, code) : [];
    if (byCode.length === 1) return { row: byCode[0] };
    if (byCode.length > 1) {
      const byName = row ? byCode.filter((c) => this.nameMatches(row, c)) : [];
      if (byName.length === 1) return { row: byName[0] };
      return { row: byCode[0], ambiguous: true };
    }
    if (codeOnly) return undefined;
    const byName = this.index.rowsByName(key, name);
    return byName.length > 0 ? { row: byName[0] } : undefined;
  }

  private nameMatches(child: Indicator, parent: Indicator): boolean {
    const c = this.index.rowInfo(child);
    const p = this.index.rowInfo(parent);
    return c.name === p.name || narrowsWords(c.words, p.words);
  }

  /**
   * The link's type: stated (column, row or mark), with "direct" settled by the targets;
   * else from the rows — same name and satuan with an equal target → full; same name with
   * another target, or the parent's name narrowed → partial; otherwise contributing. Records the
   * link.
   */
  private linkTyped(
    c: RowInfo,
    parent: Indicator,
    stated: StatedType | undefined,
    source: LinkSource,
    inferred: boolean,
    extra?: Pick<ResolvedLink, "share" | "rule">
  ): void {
    const child = c.row;
    const p = this.index.rowInfo(parent);
    // targets are compared only when the type depends on them (a hot path: 100 000 links)
    const same = () => sameTarget(parent.target, child.target, toleranceOf(parent.target));
    let type: CascadeType;
    let typeInferred = false;
    if (stated === "direct") type = same() ? "full" : "partial";
    else if (stated) type = stated;
    else {
      typeInferred = true;
      // a row that states no satuan does not differ in satuan (a table without a Satuan column)
      if (c.name === p.name)
        type = (!c.satuan || c.satuan === p.satuan) && same() ? "full" : "partial";
      else type = narrowsWords(c.words, p.words) ? "partial" : "contributing";
    }
    const link: ResolvedLink = { child, parent, type, typeInferred, inferred, source };
    if (extra?.share) link.share = extra.share;
    if (extra?.rule) link.rule = extra.rule;
    this.add(link, c, p);
  }

  // ---- source 2: rule column and matrix ----

  private ruleLinks(): void {
    const seen = new Map<string, ResolvedRule>();
    for (const rule of this.index.plan.rules) {
      const mark = readCascadeMark(rule.type ?? "✓", this.framework);
      if (!mark) continue;
      const child = this.index.node(rule.child);
      if (!child) {
        this.index.reportUnitNotFound(rule.child, rule.childCell ?? rule.cell);
        continue;
      }
      const parent = this.ruleParent(rule, child);
      if (!parent) continue;
      const share = rule.share ?? mark.share;
      const text = rule.text ?? mark.text;
      const resolved: ResolvedRule = {
        rule,
        parent,
        child,
        mark: { ...mark, text },
        share,
        rows: [],
      };
      const dupKey = `${child.key}\u0000${parent.id}`;
      const earlier = seen.get(dupKey);
      if (earlier) {
        // the same parent named twice ("1.3." and "1.3.." are one reference): a plain mark agrees
        // with any type, and a typed one then types the first; two different types disagree
        if (earlier.mark.type && mark.type && earlier.mark.type !== mark.type) {
          this.findings.push(
            makeFinding("RULE_CONFLICT", rule.cell, {
              unit: child.name,
              parent: this.key(parent),
              field: "type",
              detail: { first: earlier.mark.type, second: mark.type },
            })
          );
        } else if (!earlier.mark.type && mark.type) {
          earlier.mark = { ...earlier.mark, type: mark.type };
          earlier.share ??= share;
          for (const link of this.linkedTo(child, parent)) {
            if (!link.typeInferred || mark.type === "direct") continue;
            link.type = mark.type;
            link.typeInferred = false;
            link.share ??= share;
          }
        }
        continue;
      }
      seen.set(dupKey, resolved);
      this.rules.push(resolved);
      this.matchRuleRows(resolved);
    }
  }

  private ruleParent(rule: CascadeRule, child: UnitNode): Indicator | undefined {
    if (rule.parentId) {
      const row = this.index.rowById(rule.parentId);
      if (row) return row;
    }
    const owner = rule.parentUnit ? this.index.node(rule.parentUnit) : undefined;
    let found = this.lookup(rule.parent, child, undefined, owner);
    // a matriks row gives code and name: a parent table without codes is found by the name
    if (!found.row && !found.notUpward && rule.parentName)
      found = this.lookup(rule.parentName, child, undefined, owner);
    if (found.row) return found.row;
    // With no known parent unit, the matrix itself places the child under the IKU's owner.
    if (found.notUpward && child.parents.length === 0) return found.notUpward;
    if (found.notUpward) {
      this.findings.push(
        makeFinding("LINK_NOT_UPWARD", rule.cell, {
          unit: child.name,
          parent: this.key(found.notUpward),
          detail: { source: rule.source },
        })
      );
      return undefined;
    }
    this.findings.push(
      makeFinding("BROKEN_LINK", rule.cell, {
        unit: child.name,
        parent: rule.parent,
        detail: { source: rule.source },
      })
    );
    return undefined;
  }

  private matchRuleRows(rr: ResolvedRule): void {
    const { rule, parent, child, mark } = rr;
    const source: LinkSource = rule.source;
    // a) rows whose column link already names this parent: the column wins; the types must agree
    for (const link of this.linkedTo(child, parent)) {
      rr.rows.push(link.child);
      const markType = mark.type === "direct" ? link.type : mark.type;
      if (markType && !link.typeInferred && markType !== link.type) {
        this.findings.push(
          makeFinding("RULE_CONFLICT", link.child.cells.indicator ?? rule.cell, {
            ...this.ids(link.child, parent),
            field: "type",
            detail: { first: link.type, second: markType },
          })
        );
      }
      if (link.typeInferred && markType) {
        link.type = markType;
        link.typeInferred = false;
      }
      if (rr.share && !link.share) link.share = rr.share;
    }
    if (rr.rows.length > 0) return;
    // b) unlinked rows answering the rule by name (or by the matrix cell's own text)
    const free = (r: Indicator) => !this.isLinked(r) && !this.unresolved.has(r.id);
    const pName = this.index.rowInfo(parent).name;
    let matches: Indicator[];
    if (mark.text) {
      matches = this.index.rowsByName(child.key, foldText(mark.text)).filter(free);
    } else {
      const pWords = this.index.rowInfo(parent).words;
      const byName = this.index.rowsByName(child.key, pName).filter(free);
      // a row named exactly as the parent answers it; a narrower name only when none does, and
      // never a row named as another IKU of the parent's unit ("…terakreditasi paripurna" is that
      // IKU's row, not a narrowing of "…terakreditasi")
      const owner = this.index.rowInfo(parent).unit.key;
      const anotherIku = (r: Indicator) => {
        const name = this.index.rowInfo(r).name;
        return !!name && this.index.rowsByName(owner, name).some((p) => p !== parent);
      };
      const narrowed =
        byName.length > 0
          ? []
          : this.index
              .rowsContaining(child.key, pWords)
              .filter(
                (r) =>
                  free(r) && narrowsWords(this.index.rowInfo(r).words, pWords) && !anotherIku(r)
              );
      matches = [...new Set([...byName, ...narrowed])].sort(
        (a, b) => this.index.rowInfo(a).order - this.index.rowInfo(b).order
      );
      if (matches.length === 0 && mark.type === "contributing") {
        const best = this.mostRelevant(child.rows.filter(free), parent);
        if (best) matches = [best];
      }
    }
    if (matches.length > 0) {
      for (const row of matches) {
        rr.rows.push(row);
        this.linkTyped(this.index.rowInfo(row), parent, mark.type, source, false, {
          share: rr.share,
          rule,
        });
      }
      return;
    }
    // c) a row with the parent's name that a column links elsewhere: the sources disagree
    const elsewhere = this.index.rowsByName(child.key, pName).find((r) => this.isLinked(r));
    if (elsewhere) {
      this.findings.push(
        makeFinding("RULE_CONFLICT", elsewhere.cells.indicator ?? rule.cell, {
          ...this.ids(elsewhere, parent),
          field: "parent",
        })
      );
      return;
    }
    // a Bidang named by its unit's own Penanggung Jawab column has no table yet: fill may add it
    if (child.withoutTable) return;
    this.findings.push(
      makeFinding("MISSING_CONTRIBUTION", rule.cell ?? parent.cells.indicator, {
        unit: child.name,
        indicator: mark.text ?? null,
        parent: this.key(parent),
        detail: { type: mark.type ?? "" },
      })
    );
  }

  /**
   * A parent row's links from one child unit, grouped by unit on the first rule that asks (a
   * national IKU may have 500 district offices under it, each named by a rule).
   */
  private linkedTo(child: UnitNode, parent: Indicator): ResolvedLink[] {
    const order = this.index.rowInfo(parent).order;
    let byUnit = this.byParentUnit.get(order);
    if (!byUnit) {
      byUnit = new Map();
      for (const l of this.byParent[order] ?? []) this.groupByUnit(byUnit, l);
      this.byParentUnit.set(order, byUnit);
    }
    return byUnit.get(child) ?? [];
  }

  private groupByUnit(byUnit: Map<UnitNode, ResolvedLink[]>, link: ResolvedLink): void {
    const unit = this.index.rowInfo(link.child).unit;
    const list = byUnit.get(unit);
    if (list) list.push(link);
    else byUnit.set(unit, [link]);
  }

  private mostRelevant(candidates: Indicator[], parent: Indicator): Indicator | undefined {
    let best: Indicator | undefined;
    let bestScore = 0;
    const pTerms = this.index.termsOf(parent);
    for (const r of candidates) {
      const s = overlap(this.index.termsOf(r), pTerms);
      if (s > bestScore) {
        best = r;
        bestScore = s;
      }
    }
    return best;
  }

  // ---- source 3: inference from names, then Sasaran ----

  /**
   * Pohon kinerja numbering: a code extending an ancestor's code by one or more segments ("1.1.1."
   * under "1.1.", "SS.1.2" under "SS.1") names that row — nearest ancestor first, longest code first.
   */
  private extendedCodeParent(info: RowInfo): Indicator | undefined {
    const segments = info.code ? info.code.split(".") : [];
    if (segments.length < 2) return undefined;
    for (const { key } of this.index.ancestors(info.unit.key)) {
      // a No column numbering the rows as the ancestor numbers its own is parallel, not a tree
      if (info.row.numbered && this.index.rowsByCode(key, info.code).length > 0) return undefined;
      for (let n = segments.length - 1; n >= 1; n--) {
        const rows = this.index.rowsByCode(key, segments.slice(0, n).join("."));
        if (rows.length === 0) continue;
        return rows.find((r) => this.nameMatches(info.row, r)) ?? rows[0];
      }
    }
    return undefined;
  }

  private inferLink(info: RowInfo): void {
    const row = info.row;
    const unit = info.unit;
    // top units have no orphans (nor do units whose place is unknown: the pane asks for it)
    if (unit.parents.length === 0 || this.index.isEffectiveTop(unit.key)) return;
    const extended = this.extendedCodeParent(info);
    if (extended) {
      const stated = readCascadeType(row.cascadeType, this.framework);
      this.linkTyped(info, extended, stated, "code", true);
      return;
    }
    for (const { key } of this.index.ancestors(unit.key)) {
      const same = this.index.rowsByName(key, info.name);
      const candidate =
        same[0] ??
        this.index
          .rowsWithin(key, info.words)
          .find((p) => narrowsWords(info.words, this.index.rowInfo(p).words));
      if (candidate) {
        const stated = readCascadeType(row.cascadeType, this.framework);
        this.linkTyped(info, candidate, stated, "name", true);
        return;
      }
    }
    if (info.objective) {
      for (const { key } of this.index.ancestors(unit.key)) {
        const ancestor = this.index.units.get(key);
        const match = ancestor?.rows.find(
          (p) => this.index.rowInfo(p).objective === info.objective
        );
        if (ancestor && match) {
          const link: ResolvedLink = {
            child: row,
            objective: { unit: ancestor.name, text: match.objective ?? "" },
            type: "contributing",
            typeInferred: true,
            inferred: true,
            source: "objective",
          };
          this.add(link, info);
          return;
        }
      }
    }
    if (row.additional) return;
    this.findings.push(
      makeFinding("ORPHAN", row.cells.indicator, {
        ...this.ids(row),
        suggestions: suggestParents(this.index, row),
      })
    );
  }

  private ids(row: Indicator, parent?: Indicator) {
    return rowFields(row, parent);
  }
}
