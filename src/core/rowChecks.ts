/**
 * Checks of rows and units on their own: targets, periods, weights, duplicates, IKUs no child
 * takes, and units with no known place in the hierarchy.
 */
import { comparable, isMissing, numberOf, sameTarget, toleranceOf } from "./compare";
import { roundClean } from "./coverage";
import { makeFinding, rowFields } from "./findingFactory";
import type { Finding } from "./findings";
import { satuanOf } from "./infer";
import { NUMERIC_SATUAN, satuanClass } from "./satuan";
import type { ResolvedLink, ResolvedRule } from "./links";
import type { Indicator } from "./model";
import type { PlanIndex, UnitNode } from "./planIndex";
import type { TargetValue } from "./target";

export function checkRows(index: PlanIndex): Finding[] {
  const out: Finding[] = [];
  for (const row of index.plan.indicators) {
    out.push(...checkTarget(row), ...checkPeriods(index, row));
  }
  for (const unit of index.units.values()) {
    out.push(...checkWeights(unit), ...checkDuplicates(index, unit));
    if (unit.hierarchyUnknown) {
      out.push(
        makeFinding("HIERARCHY_UNKNOWN", unit.rows[0]?.cells.indicator ?? unit.cell, {
          unit: unit.name,
        })
      );
    }
  }
  return out;
}

function ids(row: Indicator) {
  return rowFields(row);
}

function checkTarget(row: Indicator): Finding[] {
  const t = row.target;
  if (isMissing(t)) {
    return [
      makeFinding("TARGET_MISSING", row.cells.target ?? row.cells.indicator, {
        ...ids(row),
        actual: t.original,
      }),
    ];
  }
  if (t.kind === "text") {
    const cls = satuanClass(satuanOf(row));
    if (cls && NUMERIC_SATUAN.has(cls)) {
      return [
        makeFinding("TARGET_INVALID", row.cells.target, {
          ...ids(row),
          actual: t.original,
          detail: { why: "numeric-satuan" },
        }),
      ];
    }
  }
  return [];
}

/**
 * Periods fit one reading: Σ = annual (Sum only), last = annual (cumulative, any type), mean =
 * annual (Average only). "-"/0 before a last period equal to the annual is the annual-only
 * pattern. Partly filled periods fit none.
 */
function checkPeriods(index: PlanIndex, row: Indicator): Finding[] {
  const periods = row.periods ?? [];
  if (periods.length === 0 || periods.every((p) => isMissing(p))) return [];
  // cells are made only for a finding (RowCells builds references on demand)
  const finding = (why: string) => [
    makeFinding("QUARTER_INCONSISTENT", row.cells.periods?.[0] ?? row.cells.target, {
      ...ids(row),
      expected: row.target.original,
      actual: periods.map((p) => p.original || "·").join(" | "),
      detail: { why },
    }),
  ];
  // the annual-only pattern: nothing (or zeros) before a last period equal to the annual
  const lastPeriod = periods[periods.length - 1];
  let emptyBefore = true;
  for (let i = 0; i < periods.length - 1 && emptyBefore; i++)
    emptyBefore = isMissing(periods[i]) || numberOf(periods[i]) === 0;
  if (emptyBefore && !isMissing(lastPeriod) && sameTarget(row.target, lastPeriod)) return [];
  if (periods.some((p) => isMissing(p))) return finding("partly-filled");
  // the form states its arithmetic: the annual is the sum of the periods, whatever the satuan
  if (row.periodsSum) {
    const nums = periods.map(numberOf);
    const annual = numberOf(row.target);
    if (annual === undefined || nums.some((n) => n === undefined)) return finding("no-reading");
    const sum = roundClean((nums as number[]).reduce((acc, n) => acc + n, 0));
    return Math.abs(sum - annual) <= toleranceOf(row.target) ? [] : finding("stated-sum");
  }
  // last = annual fits any type, grades and text included (a cumulative reading)
  if (sameTarget(row.target, lastPeriod)) return [];
  if (row.periodsCumulative) return finding("cumulative-last");
  const annual = comparable(row.target);
  const nums = periods.map(numberOf);
  if (annual?.kind !== "number" || nums.some((n) => n === undefined)) {
    return isMissing(row.target) ? [] : finding("no-reading");
  }
  const tol = toleranceOf(row.target);
  const eq = (a: number, b: number) => Math.abs(a - b) <= tol;
  const consolidation = index.rowInfo(row).consolidation.value;
  const sum = roundClean((nums as number[]).reduce((acc, n) => acc + n, 0));
  if (consolidation === "sum" && eq(sum, annual.value)) return [];
  if (consolidation === "average" && eq(roundClean(sum / nums.length), annual.value)) return [];
  return finding("no-reading");
}

/** "0,2" and "20 %" are both 20 %: unmarked weights all ≤ 1 are fractions. */
function checkWeights(unit: UnitNode): Finding[] {
  const rows = unit.rows.filter((r) => !r.additional);
  const weighted = rows.filter((r) => r.weight && !isMissing(r.weight));
  if (weighted.length === 0) return [];
  const first = weighted[0];
  const at = first.cells.weight ?? first.cells.indicator;
  const base = { unit: unit.name, rows: weighted.map((r) => r.id) };
  if (weighted.length < rows.length) {
    return [
      makeFinding("WEIGHTS_NOT_100", at, {
        ...base,
        expected: rows.length,
        actual: weighted.length,
        detail: { why: "partial" },
      }),
    ];
  }
  const ws = weighted.map((r) => r.weight as TargetValue);
  const marked = (w: TargetValue) =>
    w.satuan === "%" || /persen/i.test(w.satuan ?? "") || w.style?.percentFormat === true;
  const unmarkedAllFractions = ws.filter((w) => !marked(w)).every((w) => (numberOf(w) ?? 0) <= 1);
  let total = 0;
  for (const w of ws) {
    const n = numberOf(w);
    if (n === undefined) {
      return [
        makeFinding("WEIGHTS_NOT_100", at, {
          ...base,
          actual: w.original,
          detail: { why: "unreadable" },
        }),
      ];
    }
    total += !marked(w) && unmarkedAllFractions ? n * 100 : n;
  }
  total = roundClean(total);
  if (Math.abs(total - 100) > 0.05) {
    return [makeFinding("WEIGHTS_NOT_100", at, { ...base, expected: 100, actual: total })];
  }
  return [];
}

/** The same indicator name, or the same own code, twice in one unit: at each later occurrence. */
function checkDuplicates(index: PlanIndex, unit: UnitNode): Finding[] {
  const out: Finding[] = [];
  const names = new Map<string, Indicator>();
  const codes = new Map<string, Indicator>();
  for (const row of unit.rows) {
    const info = index.rowInfo(row);
    const earlierName = info.name ? names.get(info.name) : undefined;
    // codes reused from the parent are links, not the rows' own: only names judge duplicates there
    const earlierCode = info.code && !unit.reusesParentCodes ? codes.get(info.code) : undefined;
    const earlier = earlierName ?? earlierCode;
    if (earlier) {
      out.push(
        makeFinding("DUPLICATE_INDICATOR", row.cells.indicator, {
          ...ids(row),
          field: earlierName ? "name" : null,
          detail: { first: earlier.cells.indicator?.cell ?? "", by: earlierName ? "name" : "code" },
          rows: [row.id, earlier.id],
        })
      );
    }
    if (info.name && !names.has(info.name)) names.set(info.name, row);
    if (info.code && !codes.has(info.code)) codes.set(info.code, row);
  }
  return out;
}

/** An IKU of a unit with child units, which no child takes at all (by any link, rule or Sasaran). */
export function checkNotCascaded(
  index: PlanIndex,
  links: ResolvedLink[],
  rules: ResolvedRule[]
): Finding[] {
  const taken = new Set<string>();
  const objectives = new Set<string>();
  for (const l of links) {
    if (l.parent) taken.add(l.parent.id);
    if (l.objective) objectives.add(`${l.objective.unit}\u0000${l.objective.text}`);
  }
  for (const r of rules) taken.add(r.parent.id);
  const out: Finding[] = [];
  for (const unit of index.units.values()) {
    const hasChildRows = unit.children.some((c) => (index.units.get(c)?.rows.length ?? 0) > 0);
    if (!hasChildRows) continue;
    for (const row of unit.rows) {
      if (taken.has(row.id) || row.additional) continue;
      if (row.objective && objectives.has(`${unit.name}\u0000${row.objective}`)) continue;
      out.push(makeFinding("NOT_CASCADED", row.cells.indicator, ids(row)));
    }
  }
  return out;
}
