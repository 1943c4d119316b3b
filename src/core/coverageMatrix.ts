/**
 * The matriks cakupan as plain data: for each unit with child units, its IKU down the side and
 * its children across, each cell saying how the child takes the IKU (full, partial, contributing)
 * and how that stands — taken and aligned, taken with findings, named by a rule with no row yet,
 * or not taken — from what the workbook says (its links, its matriks and rule columns).
 */
import type { CheckResult } from "./check";
import { findingSubjects } from "./findingSubjects";
import type { ResolvedLink, ResolvedRule } from "./links";
import type { CascadeType, CellRef, Indicator, Share } from "./model";
import type { UnitNode } from "./planIndex";
import type { TargetValue } from "./target";
import { unitKey } from "./text";

export type CoverageStatus = "aligned" | "findings" | "missing" | "none";
/** How a unit takes an IKU; "unknown" for a rule's plain mark (✓) with no row to say. */
export type CoverageMark = CascadeType | "unknown";

export interface CoverageCell {
  /** The child unit, as the workbook writes it. */
  unit: string;
  /** Full before partial before contributing; empty when the unit does not take the IKU. */
  marks: CoverageMark[];
  share?: Share;
  status: CoverageStatus;
  /** The child's rows that take the IKU. */
  rows: string[];
  /** The errors and warnings that make it "findings" (or the MISSING_CONTRIBUTION), by index. */
  findings: number[];
}

export interface CoverageRow {
  /** The parent IKU's row id. */
  id: string;
  code?: string;
  name: string;
  target: TargetValue;
  satuan?: string;
  at: CellRef | null;
  cells: CoverageCell[];
}

export interface CoverageBlock {
  /** The parent unit. */
  unit: string;
  /** Its child units across: the hierarchy's, then any other unit its IKU are given to. */
  units: string[];
  rows: CoverageRow[];
}

export interface CoverageMatrix {
  blocks: CoverageBlock[];
  year?: number;
}

const MARK_ORDER: CoverageMark[] = ["full", "partial", "contributing", "unknown"];

export function coverageMatrix(check: CheckResult): CoverageMatrix {
  const { index, findings } = check;
  const subjects = findingSubjects(index.plan, findings);
  const links = new Map<Indicator, ResolvedLink[]>();
  for (const l of check.links) if (l.parent) push(links, l.parent, l);
  const rules = new Map<Indicator, ResolvedRule[]>();
  for (const rr of check.rules) push(rules, rr.parent, rr);
  // errors and warnings only: information (an over-allocation, a low relevance) is not a problem
  const serious = (i: number) => findings[i].severity !== "info";
  const missingAt = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.code === "MISSING_CONTRIBUTION" && f.at)
      push(missingAt, `${f.at.sheet}!${f.at.cell}\u0000${unitKey(f.unit)}`, i);
  });
  const about = (id: string) => (subjects.byRow.get(id) ?? []).filter(serious);

  const blocks: CoverageBlock[] = [];
  for (const unit of hierarchyOrder(check)) {
    if (unit.rows.length === 0) continue;
    const columns: string[] = unit.children.filter((c) => c !== unit.key);
    const column = (key: string) => {
      if (key !== unit.key && !columns.includes(key)) columns.push(key);
    };
    for (const row of unit.rows) {
      for (const l of links.get(row) ?? []) column(index.rowInfo(l.child).unit.key);
      for (const rr of rules.get(row) ?? []) column(rr.child.key);
    }
    if (columns.length === 0) continue;
    const names = columns.map((k) => index.units.get(k)?.name ?? k);
    blocks.push({
      unit: unit.name,
      units: names,
      rows: unit.rows.map((row) => ({
        id: row.id,
        ...(row.code?.trim() ? { code: row.code.trim() } : {}),
        name: row.name,
        target: row.target,
        ...(row.satuan?.trim() ? { satuan: row.satuan.trim() } : {}),
        at: row.cells.indicator ?? row.cells.code ?? null,
        cells: columns.map((key, i) => cellOf(row, key, names[i])),
      })),
    });
  }
  const year = index.plan.settings.year;
  return { blocks, ...(year !== undefined ? { year } : {}) };

  function cellOf(parent: Indicator, key: string, name: string): CoverageCell {
    const taken = (links.get(parent) ?? []).filter((l) => index.rowInfo(l.child).unit.key === key);
    if (taken.length > 0) {
      const ids = new Set(taken.map((l) => l.child.id));
      const found = new Set<number>();
      // a finding of the child's rows counts when it names nothing beyond this parent and these
      // rows (a drift, a unit mismatch, an unreadable target, a duplicate), not when it is about
      // the child's own children (its partial set, its weights)
      for (const id of ids)
        for (const i of about(id)) {
          const involved = findings[i].rows?.length ? (findings[i].rows as string[]) : [id];
          if (involved.every((x) => x === parent.id || ids.has(x))) found.add(i);
        }
      // a finding of the parent that names this child's rows (a partial set that falls short)
      for (const i of about(parent.id))
        if ((findings[i].rows ?? []).some((id) => ids.has(id))) found.add(i);
      const share = taken.find((l) => l.share)?.share;
      return {
        unit: name,
        marks: marksOf(taken.map((l) => l.type)),
        ...(share ? { share } : {}),
        status: found.size > 0 ? "findings" : "aligned",
        rows: [...ids],
        findings: [...found].sort((a, b) => a - b),
      };
    }
    const asked = (rules.get(parent) ?? []).filter((rr) => rr.child.key === key);
    if (asked.length > 0 && asked.every((rr) => rr.rows.length === 0)) {
      const type = asked[0].mark.type;
      const share = asked.find((rr) => rr.share)?.share;
      const missing = asked.flatMap((rr) => {
        const at = rr.rule.cell;
        return at ? (missingAt.get(`${at.sheet}!${at.cell}\u0000${key}`) ?? []) : [];
      });
      return {
        unit: name,
        marks: [
          type === "full" || type === "partial" || type === "contributing" ? type : "unknown",
        ],
        ...(share ? { share } : {}),
        status: "missing",
        rows: [],
        findings: [...new Set(missing)].sort((a, b) => a - b),
      };
    }
    return { unit: name, marks: [], status: "none", rows: [], findings: [] };
  }
}

function marksOf(types: CascadeType[]): CoverageMark[] {
  return MARK_ORDER.filter((m) => types.includes(m as CascadeType));
}

/** Units top-down, each before the units below it (depth first, in the workbook's order). */
export function hierarchyOrder(check: CheckResult): UnitNode[] {
  const { units } = check.index;
  const out: UnitNode[] = [];
  const seen = new Set<string>();
  const visit = (start: UnitNode) => {
    const stack = [start];
    while (stack.length > 0) {
      const u = stack.pop() as UnitNode;
      if (seen.has(u.key)) continue;
      seen.add(u.key);
      out.push(u);
      const kids = u.children.map((k) => units.get(k)).filter((k): k is UnitNode => !!k);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  };
  for (const u of units.values()) if (u.parents.length === 0) visit(u);
  // units on a loop of the hierarchy have no top to start from
  for (const u of units.values()) visit(u);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
