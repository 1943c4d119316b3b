/**
 * What the printed report says, as plain data: the agency (the workbook's top unit), the year,
 * the findings in the report's scope (the whole workbook, or one unit and the units below it),
 * their counts per severity and per unit, and the capaian of the units in scope. The document
 * itself is drawn by src/workbook/report.ts.
 */
import { levelCapaian, bandOf, type CapaianBand } from "./capaian";
import type { CheckResult } from "./check";
import { hierarchyOrder } from "./coverageMatrix";
import type { Severity } from "./findings";
import type { UnitNode } from "./planIndex";
import { unitKey } from "./text";

export interface UnitCounts {
  /** The unit as the workbook writes it; null for findings about no unit. */
  unit: string | null;
  error: number;
  warning: number;
  info: number;
}

export interface ReportCapaian {
  units: Array<{ unit: string; depth: number; capaian: number; band: CapaianBand; rows: number }>;
  levels: Array<{ depth: number; capaian: number; band: CapaianBand; units: number }>;
  bounds: { goodFrom: number; fairFrom: number };
}

export interface ReportFacts {
  /** The top unit of the workbook (the one with the most units below it), if it has units. */
  agency: string | null;
  year?: number;
  /** The unit the report is limited to, as the workbook names it. */
  unit?: string;
  /** The findings in scope, by their place in CheckResult.findings, in the check's order. */
  findings: number[];
  counts: Record<Severity, number>;
  /** Every unit in scope with rows or findings: the most errors first, then warnings, then info. */
  units: UnitCounts[];
  /** The same units top-down (the order of the tree, the matrix and the findings). */
  order: Array<string | null>;
  /** Findings about units outside the scope, left out of a one-unit report. */
  outside: number;
  capaian?: ReportCapaian;
}

export interface ReportScope {
  /** Only this unit and the units below it (matched as units are). */
  unit?: string;
}

export function reportFacts(check: CheckResult, scope: ReportScope = {}): ReportFacts {
  const { index } = check;
  const order = hierarchyOrder(check);
  const top = scope.unit !== undefined ? index.node(scope.unit) : undefined;
  const inScope =
    scope.unit === undefined ? undefined : top ? unitsBelow(check, top) : new Set<string>();
  const keyOf = (name: string | null) => (name === null ? null : unitKey(name));
  const within = (name: string | null) => {
    if (!inScope) return true;
    const key = keyOf(name);
    return key !== null && inScope.has(key);
  };

  const findings: number[] = [];
  check.findings.forEach((f, i) => {
    if (within(f.unit)) findings.push(i);
  });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // per unit, keyed as units match ("Kanreg I" is "Kantor Regional I"); the workbook's spelling kept
  const perUnit = new Map<string | null, UnitCounts>();
  const row = (name: string | null): UnitCounts => {
    const key = keyOf(name);
    let c = perUnit.get(key);
    if (!c) {
      const known = key === null ? undefined : index.units.get(key);
      c = { unit: known?.name ?? name, error: 0, warning: 0, info: 0 };
      perUnit.set(key, c);
    }
    return c;
  };
  // the units top-down first, so that ties keep the hierarchy's order
  const ranked: Array<string | null> = [];
  for (const u of order)
    if ((!inScope || inScope.has(u.key)) && u.rows.length > 0) {
      row(u.name);
      ranked.push(u.key);
    }
  for (const i of findings) {
    const f = check.findings[i];
    counts[f.severity]++;
    const key = keyOf(f.unit);
    if (!perUnit.has(key)) ranked.push(key);
    row(f.unit)[f.severity]++;
  }
  // a unit the workbook has, in the hierarchy's place; names it has not, then "no unit", last
  const rank = new Map<string | null, number>();
  order.forEach((u, i) => rank.set(u.key, i));
  const topDown = [...ranked].sort(
    (a, b) => place(a, rank, order.length) - place(b, rank, order.length)
  );
  const units = topDown
    .map((k) => perUnit.get(k) as UnitCounts)
    .sort((a, b) => b.error - a.error || b.warning - a.warning || b.info - a.info);

  const agency = agencyOf(check, order);
  const year = index.plan.settings.year;
  const capaian = scopedCapaian(check, inScope);
  return {
    agency,
    ...(year !== undefined ? { year } : {}),
    ...(scope.unit !== undefined ? { unit: top?.name ?? scope.unit } : {}),
    findings,
    counts,
    units,
    order: topDown.map((k) => (perUnit.get(k) as UnitCounts).unit),
    outside: check.findings.length - findings.length,
    ...(capaian ? { capaian } : {}),
  };
}

function place(key: string | null, rank: Map<string | null, number>, known: number): number {
  if (key === null) return known + 2;
  return rank.get(key) ?? known + 1;
}

/** The unit and every unit below it, each once (a unit may have several parents). */
function unitsBelow(check: CheckResult, top: UnitNode): Set<string> {
  const scope = new Set([top.key]);
  const queue = [top.key];
  for (let i = 0; i < queue.length; i++)
    for (const child of check.index.units.get(queue[i])?.children ?? [])
      if (!scope.has(child)) {
        scope.add(child);
        queue.push(child);
      }
  return scope;
}

/**
 * The agency: of the units with no parent, the one with the most units below it (a Badan over its
 * Deputi, not a stray Subbagian whose parent the workbook does not name); the first on a tie.
 */
function agencyOf(check: CheckResult, order: UnitNode[]): string | null {
  let best: { name: string; size: number } | null = null;
  for (const u of order) {
    if (u.parents.length > 0) continue;
    const size = unitsBelow(check, u).size;
    if (!best || size > best.size) best = { name: u.name, size };
  }
  return best?.name ?? null;
}

function scopedCapaian(
  check: CheckResult,
  inScope: Set<string> | undefined
): ReportCapaian | undefined {
  const c = check.capaian;
  if (!c) return undefined;
  const units = c.units
    .filter((u) => !inScope || inScope.has(unitKey(u.unit)))
    .map((u) => ({ unit: u.unit, depth: u.depth, capaian: u.capaian, band: u.band, rows: u.rows }));
  if (units.length === 0) return undefined;
  // a one-unit report's levels are the means of its own units, not the whole workbook's
  const levels = inScope
    ? levelCapaian(units).map((l) => ({ ...l, band: bandOf(l.capaian, c.bounds) }))
    : c.levels;
  return { units, levels, bounds: c.bounds };
}
