/**
 * Cascade: from rules (unit U takes parent IKU P as full / partial with an optional share /
 * contributing), the child rows DESIGN.md §1 and §4 ask for. Full rows repeat the parent; partial
 * rows carry the parent's indicator and satuan with a split share and its phasing; contributing
 * rows are the child's own and are never invented (they are reported as skipped).
 */
import { checkPlan, type CheckResult } from "./check";
import { comparable, isMissing, numberOf } from "./compare";
import { codeOrName } from "./findingFactory";
import type { ResolvedRule } from "./links";
import type { CascadeType, Indicator, Plan, Polarity, Share } from "./model";
import { phaseTarget, type PhasingMode } from "./phasing";
import { precisionFor } from "./precision";
import { splitTarget, type SplitMethod } from "./split";
import type { TargetValue } from "./target";
import { formatLike, parseTarget } from "./values";
import { satuanOf } from "./infer";

export interface CascadeOptions {
  /** How plain partial marks share what explicit shares leave: equally (default) or by a basis. */
  method?: "equal" | "basis";
  /** The basis per child unit name (jumlah pegawai, panjang jalan …), for method "basis". */
  basis?: Record<string, number>;
}

export interface ProposedValue {
  /** The number written, when there is one. */
  value?: number;
  /** The text in the parent's own display form ("49,01 %", "Rp 625.000.000,-"). */
  text: string;
}

export interface ProposedRow {
  unit: string;
  parentId: string;
  /** The parent IKU's code where there is one, else its name. */
  parent: string;
  type: Exclude<CascadeType, "contributing">;
  /** The type came from the rows or defaulted (a plain ✓ mark). */
  typeInferred: boolean;
  name: string;
  satuan?: string;
  /** Only when the parent states one. */
  polarity?: Polarity;
  target: ProposedValue;
  periods?: ProposedValue[];
  /** The child row that already answers the rule (key: unit + parent link), if any. */
  existing?: Indicator;
  share?: Share;
}

export type CascadeSkipReason =
  | "contributing-not-invented"
  | "parent-target-empty"
  | "target-not-numeric"
  | "split-refused"
  | "several-rows"
  | "phasing-refused";

export interface CascadeSkip {
  unit: string;
  parent: string;
  reason: CascadeSkipReason;
  /** The refusal's own code (split or phasing), for the message. */
  detail?: string;
}

export interface CascadeResult {
  rows: ProposedRow[];
  skipped: CascadeSkip[];
  check: CheckResult;
}

export function cascadePlan(plan: Plan, options: CascadeOptions = {}): CascadeResult {
  const check = checkPlan(plan);
  const rows: ProposedRow[] = [];
  const skipped: CascadeSkip[] = [];
  const partialByParent = new Map<string, ResolvedRule[]>();

  // a plain mark takes its type from the row that answers it, when there is one
  const linkType = new Map(check.links.map((l) => [`${l.child.id}\u0000${l.parent?.id}`, l.type]));
  const ruleType = (rr: ResolvedRule) =>
    typeOf(rr, rr.rows[0] ? linkType.get(`${rr.rows[0].id}\u0000${rr.parent.id}`) : undefined);
  for (const rr of check.rules) {
    const type = ruleType(rr);
    if (type === "contributing") {
      if (rr.rows.length === 0) {
        skipped.push({
          unit: rr.child.name,
          parent: codeOrName(rr.parent),
          reason: "contributing-not-invented",
        });
      }
      continue;
    }
    if (rr.rows.length > 1) {
      skipped.push({ unit: rr.child.name, parent: codeOrName(rr.parent), reason: "several-rows" });
      continue;
    }
    // a full row still repeats name, satuan and quarters; the fill writes no blank target
    if (type.type === "full") rows.push(fullRow(rr, type.inferred));
    else if (isMissing(rr.parent.target)) {
      // nothing to split yet
      skipped.push({
        unit: rr.child.name,
        parent: codeOrName(rr.parent),
        reason: "parent-target-empty",
        detail: rr.parent.target.original.trim() || undefined,
      });
    } else {
      const list = partialByParent.get(rr.parent.id) ?? [];
      list.push(rr);
      partialByParent.set(rr.parent.id, list);
    }
  }
  for (const group of partialByParent.values()) {
    const out = partialRows(group, check, options, ruleType);
    rows.push(...out.rows);
    skipped.push(...out.skipped);
  }
  return { rows, skipped, check };
}

type RuleType = "contributing" | { type: "full" | "partial"; inferred: boolean };

function typeOf(rr: ResolvedRule, fromRow: CascadeType | undefined): RuleType {
  const t = rr.mark.type;
  if (t === "contributing") return "contributing";
  if (t === "full" || t === "partial") return { type: t, inferred: false };
  if (t === "direct") {
    return { type: rr.share || fromRow === "partial" ? "partial" : "full", inferred: false };
  }
  // A plain mark: the answering row's type, else a share makes it partial, else a full cascade.
  if (fromRow === "contributing") return "contributing";
  return { type: rr.share ? "partial" : (fromRow ?? "full"), inferred: true };
}

function base(rr: ResolvedRule) {
  const p = rr.parent;
  return {
    unit: rr.child.name,
    parentId: p.id,
    parent: codeOrName(p),
    name: p.name,
    satuan: satuanOf(p),
    polarity: p.polarity?.stated ? p.polarity.value : undefined,
    existing: rr.rows[0],
  };
}

function fullRow(rr: ResolvedRule, inferred: boolean): ProposedRow {
  const p = rr.parent;
  return {
    ...base(rr),
    type: "full",
    typeInferred: inferred,
    target: asWritten(p.target),
    periods: p.periods?.map(asWritten),
  };
}

/**
 * A parent's target to write as the parent wrote it. The number goes with it only when the number
 * is the whole target: a bound ("≤ 10"), a grade ("81 (A)") or a bracketed note would lose its
 * comparator, grade or note in a number cell, and the next fill would find the text changed.
 */
function asWritten(t: TargetValue): ProposedValue {
  const whole = t.kind === "number" && t.note === undefined;
  return whole ? { value: numberOf(t), text: t.original } : { text: t.original };
}

function partialRows(
  group: ResolvedRule[],
  check: CheckResult,
  options: CascadeOptions,
  ruleType: (rr: ResolvedRule) => RuleType
) {
  const rows: ProposedRow[] = [];
  const skipped: CascadeSkip[] = [];
  const parent = group[0].parent;
  const consolidation = check.index.rowInfo(parent).consolidation.value;
  const method: SplitMethod = group.some((g) => g.share)
    ? "shares"
    : options.method === "basis"
      ? "basis"
      : "equal";
  const result = splitTarget({
    parent: parent.target,
    satuan: satuanOf(parent),
    consolidation,
    method: options.method === "basis" ? "basis" : method,
    children: group.map((g) => ({
      name: g.child.name,
      share: g.share,
      basis: options.basis?.[g.child.name],
    })),
  });
  if (!result.ok) {
    const reason: CascadeSkipReason =
      result.reason === "not-numeric" ? "target-not-numeric" : "split-refused";
    for (const g of group) {
      skipped.push({
        unit: g.child.name,
        parent: codeOrName(parent),
        reason,
        detail: result.reason,
      });
    }
    return { rows, skipped };
  }
  const phasing = phasingOf(parent);
  result.parts.forEach((part, i) => {
    const rr = group[i];
    // nothing split (an Average-type IKU, a grade): the parent's target as the parent wrote it
    const copiedAsIs =
      result.mode === "copied" && part.value === numberOf(parent.target) && part.low === undefined;
    const target = copiedAsIs
      ? asWritten(parent.target)
      : partText(part, parent.target, result.precision);
    let periods: ProposedValue[] | undefined;
    if (phasing && part.value !== undefined && result.mode === "split") {
      const phased = phaseTarget({
        annual: part.value,
        periods: phasing.profile.length,
        mode: phasing.mode,
        profile: phasing.profile,
        consolidation,
        decimals: result.precision,
      });
      if (phased.ok) {
        const like = parent.periods?.find((t) => t.style) ?? parent.target;
        periods = phased.values.map((value) => ({
          value,
          text: formatLike(value, like, result.precision),
        }));
      } else {
        skipped.push({
          unit: rr.child.name,
          parent: codeOrName(parent),
          reason: "phasing-refused",
          detail: phased.reason,
        });
      }
    } else if (result.mode === "copied" && parent.periods) {
      periods = parent.periods.map(asWritten);
    }
    rows.push({
      ...base(rr),
      type: "partial",
      typeInferred: (ruleType(rr) as Exclude<RuleType, "contributing">).inferred,
      target,
      periods,
      share: rr.share,
    });
  });
  return { rows, skipped };
}

function partText(
  part: { value?: number; low?: number; high?: number; grade?: string },
  like: TargetValue,
  precision: number
): ProposedValue {
  if (part.value !== undefined) {
    const text = like.kind === "grade" ? like.original : formatLike(part.value, like, precision);
    // a share of a bound keeps its comparator ("≤ 5"): written as text, like a grade
    return like.kind === "number" && like.note === undefined
      ? { value: part.value, text }
      : { text };
  }
  if (part.low !== undefined && part.high !== undefined) {
    const sep = /s\.?\s*d\.?/i.test(like.original) ? " s.d. " : " - ";
    return {
      text: `${formatLike(part.low, like, precision)}${sep}${formatLike(part.high, like, precision)}`,
    };
  }
  return { text: part.grade ?? like.original };
}

/** The parent's periods as a profile: cumulative when the last equals the year, else per period. */
function phasingOf(parent: Indicator): { mode: PhasingMode; profile: number[] } | undefined {
  const annual = numberOf(parent.target);
  const periods = parent.periods ?? [];
  if (!annual || periods.length === 0) return undefined;
  const nums = periods.map((t) => (comparable(t)?.kind === "number" ? numberOf(t) : undefined));
  if (nums.some((n) => n === undefined)) return undefined;
  const values = nums as number[];
  const pct = (n: number) => Math.round((n / annual) * 100 * 1e6) / 1e6;
  const last = values[values.length - 1];
  // a form that states "annual = Σ periods" is per period, even when the last holds the year
  if (!parent.periodsSum && (parent.periodsCumulative || Math.abs(last - annual) < 1e-9)) {
    const profile = values.map(pct);
    profile[profile.length - 1] = 100;
    return { mode: "cumulative", profile };
  }
  const profile = values.map(pct);
  const drift = 100 - profile.reduce((a, b) => a + b, 0);
  if (Math.abs(drift) > 0.01) return undefined;
  profile[profile.length - 1] = Math.round((profile[profile.length - 1] + drift) * 1e6) / 1e6;
  return { mode: "per-period", profile };
}

export { precisionFor };

/**
 * The plan as it reads after the proposals are written: existing child rows updated, missing
 * ones added with a link to their parent. Used to preview a fill's outcome and to prove that
 * cascading clean rules yields an aligned plan.
 */
export function applyProposals(
  plan: Plan,
  proposals: ProposedRow[],
  options: { locale?: "id" | "en" } = {}
): Plan {
  const byId = new Map(plan.indicators.map((r) => [r.id, r]));
  const updated = new Map<string, Indicator>();
  const added: Indicator[] = [];
  proposals.forEach((p, i) => {
    const parent = byId.get(p.parentId);
    if (!parent) return;
    const target = parseTarget(p.target.text, { locale: options.locale });
    const periods = p.periods?.map((v) => parseTarget(v.text, { locale: options.locale }));
    const link = {
      parent: parent.code?.trim() || parent.name,
      parentUnit: parent.unit,
      type: p.type,
    };
    if (p.existing) {
      const base = updated.get(p.existing.id) ?? p.existing;
      updated.set(p.existing.id, {
        ...base,
        name: p.type === "full" ? p.name : base.name,
        satuan: p.satuan ?? base.satuan,
        target,
        periods: periods ?? base.periods,
        polarity: p.polarity ? { value: p.polarity, stated: true } : base.polarity,
      });
      return;
    }
    added.push({
      id: `cascade:${i}`,
      unit: p.unit,
      name: p.name,
      satuan: p.satuan,
      target,
      periods,
      periodKind: parent.periodKind,
      periodsCumulative: parent.periodsCumulative,
      periodsSum: parent.periodsSum,
      polarity: p.polarity ? { value: p.polarity, stated: true } : undefined,
      consolidation: parent.consolidation,
      links: [link],
      cells: {},
    });
  });
  return {
    ...plan,
    indicators: [...plan.indicators.map((r) => updated.get(r.id) ?? r), ...added],
  };
}
