/**
 * The alignment check: a plan in, findings out (DESIGN.md §2). Pure and total: it never throws
 * on a plan the reader produced, however odd.
 */
import { checkCoverage } from "./coverage";
import { FINDING_SEVERITY, type Finding } from "./findings";
import { checkLinks } from "./linkChecks";
import { resolveLinks, type ResolvedLink, type ResolvedRule } from "./links";
import type { Plan } from "./model";
import { PlanIndex } from "./planIndex";
import { checkNotCascaded, checkRows } from "./rowChecks";
import { checkSkp, type SkpResult } from "./skp";
import {
  bandOf,
  DEFAULT_BANDS,
  DEFAULT_CAPAIAN,
  levelCapaian,
  type BandBounds,
  type CapaianBand,
} from "./capaian";
import { checkMonitoring, type IndicatorCapaian, type UnitCapaian } from "./monitoring";
import { parseA1 } from "./cells";

export interface CheckSummary {
  units: number;
  indicators: number;
  links: number;
  inferred: number;
  errors: number;
  warnings: number;
  info: number;
}

/** Capaian per IKU, per unit and per level of the hierarchy, each with its band (DESIGN.md §8). */
export interface CapaianSummary {
  indicators: Array<IndicatorCapaian & { band: CapaianBand }>;
  units: Array<UnitCapaian & { depth: number; band: CapaianBand }>;
  /** Depth 1 is the top of the hierarchy; each level is the mean of its units. */
  levels: Array<{ depth: number; capaian: number; units: number; band: CapaianBand }>;
  bounds: BandBounds;
}

export interface CheckResult {
  findings: Finding[];
  /** The individual level, when the workbook has SKP sheets or activity logs (DESIGN.md §7). */
  skp?: SkpResult;
  /** Capaian, where the workbook states realisasi (DESIGN.md §8). */
  capaian?: CapaianSummary;
  links: ResolvedLink[];
  rules: ResolvedRule[];
  summary: CheckSummary;
  index: PlanIndex;
}

/** A unit's depth below the top of the hierarchy (1 = a unit with no parent), by its first parent. */
function depthOf(index: PlanIndex, unit: string): number {
  const seen = new Set<string>();
  let node = index.node(unit);
  let depth = 1;
  while (node && node.parents.length > 0 && !seen.has(node.key)) {
    seen.add(node.key);
    node = index.units.get(node.parents[0]);
    if (node) depth++;
  }
  return depth;
}

function capaianSummary(
  units: UnitCapaian[],
  indicators: IndicatorCapaian[],
  index: PlanIndex,
  bounds: BandBounds
): CapaianSummary {
  const withDepth = units.map((u) => ({
    ...u,
    depth: depthOf(index, u.unit),
    band: bandOf(u.capaian, bounds),
  }));
  return {
    indicators: indicators.map((i) => ({ ...i, band: bandOf(i.capaian, bounds) })),
    units: withDepth,
    levels: levelCapaian(withDepth).map((l) => ({ ...l, band: bandOf(l.capaian, bounds) })),
    bounds,
  };
}

export function checkPlan(plan: Plan): CheckResult {
  const index = new PlanIndex(plan);
  const resolution = resolveLinks(index);
  const skp = plan.skp ? checkSkp(plan.skp, plan, plan.settings.showIds) : undefined;
  const m = plan.settings.monitoring ?? {};
  const monitoring = checkMonitoring(plan, resolution.links, {
    floor: m.floor ?? DEFAULT_CAPAIAN.floor,
    cap: m.cap === undefined ? DEFAULT_CAPAIAN.cap : m.cap,
    band: m.band ?? DEFAULT_CAPAIAN.band,
    reportingDate: m.reportingDate,
  });
  const findings = dedupe([
    ...monitoring.findings,
    ...(skp?.findings ?? []),
    ...index.findings,
    ...resolution.findings,
    ...checkLinks(index, resolution.links),
    ...checkCoverage(index, resolution.links, resolution.rules),
    ...checkRows(index),
    ...checkNotCascaded(index, resolution.links, resolution.rules),
  ]);
  sortFindings(findings, index);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    ...(skp ? { skp } : {}),
    ...(monitoring.units.length > 0
      ? {
          capaian: capaianSummary(monitoring.units, monitoring.indicators, index, {
            goodFrom: m.goodFrom ?? DEFAULT_BANDS.goodFrom,
            fairFrom: m.fairFrom ?? DEFAULT_BANDS.fairFrom,
          }),
        }
      : {}),
    links: resolution.links,
    rules: resolution.rules,
    index,
    summary: {
      units: [...index.units.values()].filter((u) => u.rows.length > 0).length,
      indicators: plan.indicators.length,
      links: resolution.links.length,
      inferred: resolution.links.filter((l) => l.inferred || l.typeInferred).length,
      errors: count("error"),
      warnings: count("warning"),
      info: count("info"),
    },
  };
}

/** One finding per code and cell (a row's target can be invalid for two reasons: say it once). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!f.at) return true;
    const key = `${f.code}\u0000${f.at.sheet}\u0000${f.at.cell}\u0000${f.unit ?? ""}\u0000${f.field ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** By sheet (in reading order), row, column, code; findings with no cell last. */
function sortFindings(findings: Finding[], index: PlanIndex): void {
  const keyed = findings.map((f) => {
    const pos = f.at ? parseA1(f.at.cell) : { row: Infinity, col: Infinity };
    return { f, sheet: f.at ? index.sheetRank(f.at.sheet) : Infinity, ...pos };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.f.code.localeCompare(b.f.code)
  );
  keyed.forEach((k, i) => (findings[i] = k.f));
}

export { FINDING_SEVERITY };
