/**
 * The year's results against the plan (DESIGN.md §8): realisasi stated twice, a parent's
 * realisasi that its children do not add up to, a stated capaian computed with the wrong formula,
 * a period ended without realisasi, an annual realisasi its periods do not make.
 */
import {
  capaianOf,
  DEFAULT_CAPAIAN,
  gradeCapaian,
  rollUp,
  unitCapaian,
  type CapaianSettings,
} from "./capaian";
import { numberOf } from "./compare";
import type { Finding, FindingCode } from "./findings";
import { FINDING_SEVERITY } from "./findings";
import type { ResolvedLink } from "./links";
import type { CellRef, Indicator, Plan } from "./model";
import type { TargetValue } from "./target";
import { foldText, unitKey } from "./text";

export interface MonitoringSettings extends CapaianSettings {
  /**
   * The day results are reported by (ISO date): periods ended before it should have realisasi.
   * Without one (undefined), the workbook's own: the periods it reports (any realisasi), up to today.
   */
  reportingDate?: string;
}

export interface UnitCapaian {
  unit: string;
  capaian: number;
  rows: number;
}

/** One IKU's capaian, computed from its target and realisasi by its polarity. */
export interface IndicatorCapaian {
  row: string;
  unit: string;
  /** The code where there is one, else the name (as findings name it). */
  indicator: string;
  name: string;
  target: number | string;
  realisasi: number | string;
  capaian: number;
  /** Where a reader sees it: the stated capaian, else the realisasi. */
  at: CellRef | null;
}

export interface MonitoringResult {
  findings: Finding[];
  /** Capaian per unit (mean of its IKU, weighted by bobot when present), where computable. */
  units: UnitCapaian[];
  indicators: IndicatorCapaian[];
}

/** The last day of a quarter (or semester) of the plan year, as ISO. */
function periodEnd(year: number, index: number, count: number): string {
  const month = (12 / count) * index; // 3, 6, 9, 12 or 6, 12
  const last = new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}

/** A stated value as the user wrote it (a grade in its capitals). */
const shown = (t: TargetValue | undefined): string | undefined =>
  t === undefined ? undefined : t.kind === "grade" && t.grade ? t.grade : t.original || undefined;

const close = (a: number, b: number) => Math.abs(a - b) <= 0.5 + 1e-9 * Math.abs(b);

export function checkMonitoring(
  plan: Plan,
  links: ResolvedLink[],
  settings: MonitoringSettings = {
    ...DEFAULT_CAPAIAN,
    reportingDate: new Date().toISOString().slice(0, 10),
  }
): MonitoringResult {
  const findings: Finding[] = [];
  const rows = plan.indicators.filter((r) => r.realisasi || r.realisasiPeriods || r.capaian);
  if (rows.length === 0) return { findings, units: [], indicators: [] };
  const indicators: IndicatorCapaian[] = [];
  const finding = (
    code: FindingCode,
    r: Indicator,
    at: CellRef | undefined,
    extra: Partial<Finding> = {}
  ): Finding => ({
    code,
    severity: FINDING_SEVERITY[code],
    at: at ?? r.cells.indicator ?? null,
    unit: r.unit,
    indicator: r.code ?? r.name,
    name: r.name,
    parent: null,
    inferred: false,
    suggestions: [],
    rows: [r.id],
    ...extra,
  });
  const real = (r: Indicator) => (r.realisasi ? numberOf(r.realisasi) : undefined);
  const today = new Date().toISOString().slice(0, 10);
  // without a reporting date, the workbook reports up to the last period any row has realisasi for
  const reportedUpTo = new Map<number, number>();
  for (const r of rows)
    (r.realisasiPeriods ?? []).forEach((t, i) => {
      const n = r.realisasiPeriods?.length ?? 0;
      if (t.kind !== "empty") reportedUpTo.set(n, Math.max(reportedUpTo.get(n) ?? 0, i + 1));
    });
  const due = (index: number, count: number, year: number): boolean => {
    const end = periodEnd(year, index, count);
    if (settings.reportingDate !== undefined) return end < settings.reportingDate;
    return index <= (reportedUpTo.get(count) ?? 0) && end < today;
  };

  // one IKU of one unit stated with two realisasi (a calculation sheet and its recap)
  const seen = new Map<string, Indicator>();
  // a number, else the text as written folded (grades: "WTP" and "WDP")
  const stated = (r: Indicator): number | string | undefined =>
    real(r) ??
    (r.realisasi && r.realisasi.kind !== "empty" ? foldText(r.realisasi.original) : undefined);
  for (const r of rows) {
    const value = stated(r);
    if (value === undefined) continue;
    const key = `${unitKey(r.unit)}|${r.code ? `c:${r.code}` : `n:${foldText(r.name)}`}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r);
      continue;
    }
    const before = stated(first) as number | string;
    const differ =
      typeof before === "number" && typeof value === "number"
        ? !close(before, value)
        : before !== value;
    if (differ)
      findings.push(
        finding("REALISASI_CONFLICT", r, r.cells.realisasi, {
          expected: shown(first.realisasi) ?? before,
          actual: shown(r.realisasi) ?? value,
          detail: {
            first: first.cells.realisasi
              ? `${first.cells.realisasi.sheet}!${first.cells.realisasi.cell}`
              : first.id,
          },
        })
      );
  }

  // a parent's realisasi against its children's: full children report it, a partial set rolls up
  const byParent = new Map<string, ResolvedLink[]>();
  for (const l of links)
    if (l.parent) byParent.set(l.parent.id, [...(byParent.get(l.parent.id) ?? []), l]);
  for (const [, set] of byParent) {
    const parent = set[0].parent as Indicator;
    const stated = real(parent);
    if (stated === undefined) continue;
    for (const l of set) {
      const child = real(l.child);
      if (l.type === "full" && child !== undefined && !close(child, stated))
        findings.push(
          finding("REALISASI_MISMATCH", l.child, l.child.cells.realisasi, {
            parent: parent.code ?? parent.name,
            expected: stated,
            actual: child,
            detail: { kind: "full" },
          })
        );
    }
    // one figure per child unit: the same IKU stated twice (a recap) is REALISASI_CONFLICT, not
    // twice the contribution
    const units = new Set<string>();
    const partial = set.filter((l) => {
      if (l.type !== "partial" || units.has(unitKey(l.child.unit))) return false;
      units.add(unitKey(l.child.unit));
      return true;
    });
    if (partial.length === 0 || partial.some((l) => real(l.child) === undefined)) continue;
    const expected = rollUp(
      partial.map((l) => ({
        realisasi: real(l.child) as number,
        type: "partial" as const,
        weight: l.child.denominator ? numberOf(l.child.denominator) : undefined,
      })),
      parent.consolidation?.value ?? "sum"
    );
    if (expected !== undefined && !close(expected, stated))
      findings.push(
        finding("REALISASI_MISMATCH", parent, parent.cells.realisasi, {
          parent: parent.code ?? parent.name,
          expected: Math.round(expected * 100) / 100,
          actual: stated,
          detail: { kind: "partial" },
        })
      );
  }

  const unitRows = new Map<string, Array<{ capaian: number; weight?: number }>>();
  for (const r of rows) {
    const target = numberOf(r.target);
    const value = real(r);
    const polarity = r.polarity?.value ?? "max";
    const weight = r.weight ? numberOf(r.weight) : undefined;
    const counted = (capaian: number, t: number | string, v: number | string) => {
      unitRows.set(r.unit, [...(unitRows.get(r.unit) ?? []), { capaian, weight }]);
      indicators.push({
        row: r.id,
        unit: r.unit,
        indicator: r.code ?? r.name,
        name: r.name,
        target: t,
        realisasi: v,
        capaian,
        at: r.cells.capaian ?? r.cells.realisasi ?? r.cells.indicator ?? null,
      });
    };
    // a grade against a grade: by the steps between them
    if (
      (target === undefined || value === undefined) &&
      r.target?.kind === "grade" &&
      r.target.grade &&
      r.realisasi?.kind === "grade"
    ) {
      const t = r.target.grade;
      const v = r.realisasi.grade ?? r.realisasi.original;
      const computed = gradeCapaian(t, v, settings);
      if (computed !== undefined) counted(computed, t, v);
    }
    // the stated capaian against the formula of the IKU's polarity
    if (target !== undefined && value !== undefined) {
      const computed = capaianOf(target, value, polarity, settings);
      if (computed !== undefined) {
        counted(computed, target, value);
        let stated = r.capaian ? numberOf(r.capaian) : undefined;
        // a capaian written as a fraction under a percent format reads as 0.95
        if (stated !== undefined && r.capaian?.style?.percentFormat) stated *= 100;
        if (stated !== undefined && !close(stated, computed)) {
          const other = polarity === "min" ? "max" : polarity === "max" ? "min" : undefined;
          const otherValue = other ? capaianOf(target, value, other, settings) : undefined;
          findings.push(
            finding("CAPAIAN_WRONG", r, r.cells.capaian, {
              expected: computed,
              actual: stated,
              detail:
                otherValue !== undefined && close(stated, otherValue)
                  ? { formula: other as string }
                  : {},
            })
          );
        }
      }
    }
    // a period ended with a target and no realisasi
    const periods = r.periods ?? [];
    const results = r.realisasiPeriods ?? [];
    const missingBefore = findings.length;
    if (
      plan.settings.year &&
      results.length === periods.length &&
      (periods.length === 4 || periods.length === 2)
    ) {
      periods.forEach((t, i) => {
        if (t.kind === "empty" || t.kind === "placeholder") return;
        if (results[i].kind !== "empty") return;
        if (!due(i + 1, periods.length, plan.settings.year as number)) return;
        findings.push(
          finding("REALISASI_MISSING", r, r.cells.realisasiPeriods?.[i], {
            // named in the message as the sheet heads it: TW II, Semester I
            detail: { period: i + 1, periodCount: periods.length },
          })
        );
      });
    }
    // the annual realisasi against its periods: summed, cumulative (the last) or the same each time
    // the periods reported so far: the leading ones with a figure (mid-year, TW III and IV are blank)
    const nums = results.map(numberOf);
    const reported = nums.findIndex((x) => x === undefined);
    const q = (reported < 0 ? nums : nums.slice(0, reported)) as number[];
    const rest = reported < 0 ? [] : nums.slice(reported);
    // a period reported missing above is the row's finding: its annual is not judged as well
    const missing = findings.length > missingBefore;
    if (!missing && value !== undefined && q.length > 0 && rest.every((x) => x === undefined)) {
      const sum = q.reduce((s, x) => s + x, 0);
      // a form that states "annual = the sum of the periods" allows no other reading
      const fits = r.realisasiSum
        ? close(sum, value)
        : close(sum, value) || close(q[q.length - 1], value) || close(sum / q.length, value);
      if (!fits)
        findings.push(
          finding("REALISASI_PERIODS", r, r.cells.realisasi, {
            expected: q.join(" | "),
            actual: value,
            detail: { reported: q },
          })
        );
    }
  }
  const units = [...unitRows].flatMap(([unit, list]) => {
    const capaian = unitCapaian(list);
    return capaian === undefined ? [] : [{ unit, capaian, rows: list.length }];
  });
  return { findings, units, indicators };
}
