/**
 * Bulk targets as plain data: one parent IKU's target split over the units the user picked
 * (core/split.ts) and phased over TW I–IV (core/phasing.ts), written in the parent's own style.
 * Writing them is the engine's (app/bulk.ts): the same proposed rows a cascade makes, planned by
 * the fill machinery.
 *
 * @example
 *   const outcome = computeBulk({ parent, consolidation: "sum", units: ["Kanreg I", "Kanreg II"],
 *     method: "equal", shareKind: "percent", inputs: {}, phasing: "cumulative", locale: "id" });
 *   if (outcome.ok) await copyText(bulkTsv(outcome.rows, ["Unit", "Target"]));
 */
import type { ProposedValue } from "../core/cascade";
import { satuanOf } from "../core/infer";
import type { Consolidation, Indicator, Share } from "../core/model";
import { phaseTarget, type PhasingMode, type PhasingRefusal } from "../core/phasing";
import { splitTarget, type SplitPart, type SplitRefusal } from "../core/split";
import type { NumberLocale, TargetValue } from "../core/target";
import { formatLike, parseNumber } from "../core/values";

export type BulkMethod = "equal" | "basis" | "shares";
export type ShareKind = "percent" | "absolute";
export type PhasingChoice = "none" | PhasingMode;

export interface BulkRequest {
  parent: Indicator;
  consolidation: Consolidation;
  /** The chosen child units, in the order they are listed. */
  units: string[];
  method: BulkMethod;
  shareKind: ShareKind;
  /** What the user typed per unit: a weight (basis) or a share; empty means none. */
  inputs: Record<string, string>;
  phasing: PhasingChoice;
  /** Percent per quarter ("10/30/60/100"); absent for equal phasing. */
  profile?: string;
  locale: NumberLocale;
}

export interface BulkRow {
  unit: string;
  annual: ProposedValue;
  /** The two ends when the unit gets a band ("10 - 15"). */
  low?: number;
  high?: number;
  periods?: ProposedValue[];
}

/**
 * What the units' targets make together, beside the parent's: the sum for a Sum-type IKU, the mean
 * (weighted when the split has weights) for an Average one.
 */
export interface BulkTotal {
  kind: "sum" | "mean" | "weighted-mean";
  annual: ProposedValue;
  /** TW I–IV, when every unit's target is phased. */
  periods?: ProposedValue[];
  /** The annual total is the parent's target, at the split's precision. */
  matches: boolean;
}

export type BulkProblem =
  | { kind: "split"; reason: SplitRefusal; child?: string }
  | { kind: "input"; unit: string; text: string }
  | { kind: "phasing"; reason: PhasingRefusal };

export type BulkNote = "average-not-split" | "grade-copied" | "last-not-split";

export type BulkOutcome =
  | { ok: true; rows: BulkRow[]; precision: number; note?: BulkNote; total?: BulkTotal }
  | { ok: false; problem: BulkProblem };

export const QUARTERS = 4;

/** Numbers typed in the pane: "40", "12,5" or "12.5", "1.250" (a thousands point). */
function typedNumber(text: string, locale: NumberLocale): number | undefined {
  const clean = text.replace(/%/g, "").trim();
  return clean ? parseNumber(clean, locale) : undefined;
}

export function computeBulk(req: BulkRequest): BulkOutcome {
  const children: Array<{ name: string; share?: Share; basis?: number }> = [];
  const weights: number[] = [];
  for (const unit of req.units) {
    const text = (req.inputs[unit] ?? "").trim();
    if (req.method === "equal" || !text) {
      children.push({ name: unit });
      continue;
    }
    const n = typedNumber(text, req.locale);
    if (n === undefined) return { ok: false, problem: { kind: "input", unit, text } };
    if (req.method === "basis") weights.push(n);
    children.push(
      req.method === "basis"
        ? { name: unit, basis: n }
        : { name: unit, share: { kind: req.shareKind, value: n } }
    );
  }
  const parent = req.parent;
  const split = splitTarget({
    parent: parent.target,
    satuan: satuanOf(parent),
    consolidation: req.consolidation,
    // children without a share divide what the explicit shares leave, equally
    method: req.method === "basis" ? "basis" : "equal",
    children,
  });
  if (!split.ok) {
    return { ok: false, problem: { kind: "split", reason: split.reason, child: split.child } };
  }

  let profile: number[] | undefined;
  if (req.phasing !== "none" && req.profile?.trim()) {
    const parts = req.profile.trim().split(/\s*[/;]\s*|\s+/);
    profile = parts.map((p) => typedNumber(p, req.locale) ?? NaN);
  }
  const like = parent.periods?.find((p) => p.style) ?? parent.target;
  const rows: BulkRow[] = [];
  for (const part of split.parts) {
    const annual = annualText(part, parent.target, split.precision, split.mode === "copied");
    const row: BulkRow = { unit: part.child, annual };
    if (part.low !== undefined && part.high !== undefined) {
      row.low = part.low;
      row.high = part.high;
    }
    if (req.phasing !== "none" && part.value !== undefined && part.grade === undefined) {
      const phased = phaseTarget({
        annual: part.value,
        periods: QUARTERS,
        mode: req.phasing,
        profile,
        consolidation: req.consolidation,
        decimals: split.precision,
      });
      if (!phased.ok) return { ok: false, problem: { kind: "phasing", reason: phased.reason } };
      row.periods = phased.values.map((value) => ({
        value,
        text: formatLike(value, like, split.precision),
      }));
    }
    rows.push(row);
  }
  // weights count only when every unit has one (a split by weight refuses a missing one)
  const weighted = req.method === "basis" && weights.length === rows.length;
  const total = bulkTotal(
    rows,
    parent.target,
    req.consolidation,
    split.precision,
    weighted ? weights : undefined
  );
  return { ok: true, rows, precision: split.precision, note: split.note, total };
}

/** Rounds half away from zero at `decimals` places, clear of binary noise (0.1 + 0.2). */
function roundAt(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

/**
 * The units' targets together: summed for a Sum-type IKU, averaged for an Average one (weighted by
 * `weights` when given), written like the parent's target. None for a Take Last Known IKU (each
 * unit answers on its own), for grades, or when a unit's target is no number.
 */
export function bulkTotal(
  rows: readonly BulkRow[],
  parent: TargetValue,
  consolidation: Consolidation,
  precision: number,
  weights?: readonly number[]
): BulkTotal | undefined {
  if (rows.length === 0 || consolidation === "last" || parent.kind === "grade") return undefined;
  const usable =
    weights && weights.length === rows.length && weights.reduce((a, b) => a + b, 0) > 0;
  const w = usable ? weights : rows.map(() => 1);
  const whole = w.reduce((a, b) => a + b, 0);
  const combine = (values: number[]): number =>
    consolidation === "sum"
      ? roundAt(
          values.reduce((a, b) => a + b, 0),
          precision
        )
      : roundAt(values.reduce((a, v, i) => a + v * w[i], 0) / whole, precision);
  const text = (v: number) => formatLike(v, parent);
  const kind = consolidation === "sum" ? "sum" : usable ? "weighted-mean" : "mean";
  const same = (a: number, b: number | undefined) =>
    b !== undefined && roundAt(a, precision) === roundAt(b, precision);

  let annual: ProposedValue;
  let matches: boolean;
  if (rows.every((r) => r.low !== undefined && r.high !== undefined)) {
    const low = combine(rows.map((r) => r.low as number));
    const high = combine(rows.map((r) => r.high as number));
    const sep = /s\.?\s*d\.?/i.test(parent.original) ? " s.d. " : " - ";
    annual = { text: `${text(low)}${sep}${text(high)}` };
    matches = parent.kind === "range" && same(low, parent.low) && same(high, parent.high);
  } else if (rows.every((r) => r.annual.value !== undefined)) {
    const value = combine(rows.map((r) => r.annual.value as number));
    annual = { value, text: text(value) };
    matches = parent.kind !== "range" && same(value, parent.value);
  } else return undefined;

  const total: BulkTotal = { kind, annual, matches };
  if (rows.every((r) => r.periods?.length === QUARTERS)) {
    total.periods = Array.from({ length: QUARTERS }, (_, i) => {
      const value = combine(rows.map((r) => r.periods?.[i]?.value ?? NaN));
      return { value, text: text(value) };
    });
    if (total.periods.some((p) => !Number.isFinite(p.value))) delete total.periods;
  }
  return total;
}

/** A part in the parent's own form ("16,00 Persen"); an unsplit copy is the parent as written. */
function annualText(
  part: SplitPart,
  like: TargetValue,
  precision: number,
  copied: boolean
): ProposedValue {
  if (part.grade !== undefined) return { value: part.value, text: like.original };
  if (part.value !== undefined) {
    if (copied && part.value === like.value) return { value: part.value, text: like.original };
    return { value: part.value, text: formatLike(part.value, like, precision) };
  }
  if (part.low !== undefined && part.high !== undefined) {
    const sep = /s\.?\s*d\.?/i.test(like.original) ? " s.d. " : " - ";
    return {
      text: `${formatLike(part.low, like, precision)}${sep}${formatLike(part.high, like, precision)}`,
    };
  }
  return { text: like.original };
}

/** Tab-separated rows for the clipboard: pasted into Excel, they fill a block of cells. */
export function bulkTsv(rows: BulkRow[], header: string[]): string {
  const lines = [header.join("\t")];
  for (const r of rows) {
    lines.push([r.unit, r.annual.text, ...(r.periods ?? []).map((p) => p.text)].join("\t"));
  }
  return lines.join("\n");
}
