/**
 * Splitting a parent's target over child units (bulk entry, partial fill; DESIGN.md §1 "Splitting a
 * target"). Sum-type targets are divided with largest-remainder rounding so the parts add up to the
 * parent exactly; Average and Take Last Known targets, and grades, are copied instead.
 */
import type { Consolidation, Share } from "./model";
import type { TargetValue } from "./target";
import { precisionFor } from "./precision";
import {
  type Ratio,
  ZERO,
  add,
  apportion,
  compare,
  div,
  floor,
  fromScaled,
  mul,
  pow10,
  ratio,
  ratioOf,
  roundScaled,
  sub,
  sum,
} from "./exact";

export type SplitMethod = "equal" | "basis" | "shares";

/** A child unit, in column order. `basis` is its size (jumlah pegawai, panjang jalan), never bobot. */
export interface SplitChild {
  name: string;
  share?: Share;
  basis?: number;
}

export interface SplitRequest {
  parent: Pick<TargetValue, "kind" | "value" | "low" | "high" | "grade" | "decimals">;
  satuan?: string;
  consolidation: Consolidation;
  /** How children without an explicit share divide what explicit shares leave: equally or by basis. */
  method: SplitMethod;
  children: SplitChild[];
}

export type SplitRefusal =
  | "no-children"
  | "not-numeric"
  | "shares-exceed-total"
  | "basis-missing"
  | "basis-zero"
  | "negative-share";

export interface SplitPart {
  child: string;
  value?: number;
  low?: number;
  high?: number;
  grade?: string;
}

export type SplitResult =
  | {
      ok: true;
      mode: "split" | "copied";
      precision: number;
      parts: SplitPart[];
      note?: "average-not-split" | "grade-copied" | "last-not-split";
    }
  | { ok: false; reason: SplitRefusal; child?: string };

type Refusal = Extract<SplitResult, { ok: false }>;

/** The parent's numbers: one value (number, bound) or the two ends of a band (range). */
type Ends = { kind: "point"; value: number } | { kind: "band"; low: number; high: number };

/** What one child takes, validated: an explicit share, or a weight in what explicit shares leave. */
type Take =
  | { kind: "percent"; pct: Ratio }
  | { kind: "absolute"; amount: Ratio }
  | { kind: "rest"; weight: Ratio };

function refuse(reason: SplitRefusal, child?: string): Refusal {
  return child === undefined ? { ok: false, reason } : { ok: false, reason, child };
}

function isRefusal<T extends object>(x: T | Refusal): x is Refusal {
  return "ok" in x && x.ok === false;
}

function finite(x: number | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/**
 * Divides `total` in proportion to `weights`, rounded at `decimals`, so that the parts add up to the
 * total rounded at `decimals` exactly; ties go to the earlier weight. A negative total is divided by
 * its magnitude. Throws RangeError on negative or non-finite weights, or all-zero weights with a
 * non-zero total.
 */
export function largestRemainder(total: number, weights: number[], decimals: number): number[] {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError("decimals: whole, ≥ 0");
  if (weights.length === 0) throw new RangeError("no weights");
  if (weights.some((w) => !finite(w) || w < 0)) throw new RangeError("weights: finite, ≥ 0");
  const scaled = roundScaled(ratioOf(total), decimals);
  const w = weights.map(ratioOf);
  const whole = sum(w);
  if (whole.n === 0n) {
    if (scaled === 0n) return weights.map(() => 0);
    throw new RangeError("all weights are zero");
  }
  const sign = scaled < 0n ? -1n : 1n;
  const magnitude = ratio(sign * scaled);
  const exact = w.map((wi) => div(mul(magnitude, wi), whole));
  return apportion(exact, sign * scaled).map((k) => fromScaled(sign * k, decimals));
}

/** The parent's numbers, or undefined when it holds none to split or copy. */
function numericEnds(parent: SplitRequest["parent"]): Ends | undefined {
  if ((parent.kind === "number" || parent.kind === "bound") && finite(parent.value)) {
    return { kind: "point", value: parent.value };
  }
  if (parent.kind === "range" && finite(parent.low) && finite(parent.high)) {
    return { kind: "band", low: parent.low, high: parent.high };
  }
  return undefined;
}

export function splitTarget(req: SplitRequest): SplitResult {
  if (req.children.length === 0) return refuse("no-children");
  const precision = precisionFor(req.satuan, req.parent.decimals);
  if (req.parent.kind === "grade") return copyGrade(req, precision);
  const ends = numericEnds(req.parent);
  if (!ends) return refuse("not-numeric");
  if (req.consolidation !== "sum") return copyValue(req, ends, precision);
  return splitSum(req, ends, precision);
}

/** Grades are compared, never added or averaged: every child gets the parent's grade. */
function copyGrade(req: SplitRequest, precision: number): SplitResult {
  const { grade, value } = req.parent;
  if (!grade) return refuse("not-numeric");
  const parts = req.children.map((c) =>
    finite(value) ? { child: c.name, grade, value } : { child: c.name, grade }
  );
  return { ok: true, mode: "copied", precision, parts, note: "grade-copied" };
}

/**
 * Average and Take Last Known: a child meeting the parent's value keeps the parent's, so nothing is
 * divided; an absolute share is that child's own target (it may be negative, e.g. a growth rate).
 */
function copyValue(req: SplitRequest, ends: Ends, precision: number): SplitResult {
  const parts: SplitPart[] = [];
  for (const c of req.children) {
    if (c.share?.kind === "absolute") {
      if (!finite(c.share.value)) return refuse("not-numeric", c.name);
      parts.push({ child: c.name, value: c.share.value });
    } else if (ends.kind === "point") {
      parts.push({ child: c.name, value: ends.value });
    } else {
      parts.push({ child: c.name, low: ends.low, high: ends.high });
    }
  }
  const note = req.consolidation === "last" ? "last-not-split" : "average-not-split";
  return { ok: true, mode: "copied", precision, parts, note };
}

function splitSum(req: SplitRequest, ends: Ends, precision: number): SplitResult {
  const takes = takesOf(req);
  if (isRefusal(takes)) return takes;
  const divide = (v: number) => divideEnd(v, takes, precision);
  if (ends.kind === "point") {
    const values = divide(ends.value);
    if (isRefusal(values)) return values;
    const parts = req.children.map((c, i) => ({ child: c.name, value: values[i] }));
    return { ok: true, mode: "split", precision, parts };
  }
  // A band is split end by end with the same shares, so the children's bands add up to the parent's.
  const lows = divide(ends.low);
  if (isRefusal(lows)) return lows;
  const highs = divide(ends.high);
  if (isRefusal(highs)) return highs;
  const parts = req.children.map((c, i) => ({ child: c.name, low: lows[i], high: highs[i] }));
  return { ok: true, mode: "split", precision, parts };
}

/** Checks every child's share and basis, in column order, and says what each takes. */
function takesOf(req: SplitRequest): Take[] | Refusal {
  const takes: Take[] = [];
  for (const c of req.children) {
    const take = takeOf(c, req.method);
    if (isRefusal(take)) return take;
    takes.push(take);
  }
  const percents = takes.flatMap((t) => (t.kind === "percent" ? [t.pct] : []));
  if (compare(sum(percents), ratio(100n)) > 0) return refuse("shares-exceed-total");
  const rest = takes.flatMap((t) => (t.kind === "rest" ? [t.weight] : []));
  if (rest.length > 0 && sum(rest).n === 0n) return refuse("basis-zero");
  return takes;
}

function takeOf(c: SplitChild, method: SplitMethod): Take | Refusal {
  if (c.share) {
    if (!finite(c.share.value)) return refuse("not-numeric", c.name);
    if (c.share.value < 0) return refuse("negative-share", c.name);
    const r = ratioOf(c.share.value);
    return c.share.kind === "percent"
      ? { kind: "percent", pct: r }
      : { kind: "absolute", amount: r };
  }
  if (method !== "basis") return { kind: "rest", weight: ratio(1n) };
  if (!finite(c.basis)) return refuse("basis-missing", c.name);
  if (c.basis < 0) return refuse("negative-share", c.name);
  return { kind: "rest", weight: ratioOf(c.basis) };
}

/**
 * One end of the parent's target divided among the takes, in units of 10^-precision. When some
 * children share the remainder, the parts add up to the parent; when only explicit shares exist, to
 * their own total, rounded. A negative target is divided by its magnitude.
 */
function divideEnd(value: number, takes: readonly Take[], precision: number): number[] | Refusal {
  const scaled = roundScaled(ratioOf(value), precision);
  const sign = scaled < 0n ? -1n : 1n;
  const whole = ratio(sign * scaled);
  const unit = ratio(pow10(precision));
  const stated = (t: Take): Ratio => {
    switch (t.kind) {
      case "percent":
        return div(mul(whole, t.pct), ratio(100n));
      case "absolute":
        return mul(t.amount, unit);
      case "rest":
        return ZERO; // its part comes from what the explicit shares leave
    }
  };
  const statedTotal = sum(takes.map(stated));
  if (compare(statedTotal, whole) > 0) return refuse("shares-exceed-total");
  const left = sub(whole, statedTotal);
  const restWeight = sum(takes.flatMap((t) => (t.kind === "rest" ? [t.weight] : [])));
  const exact = takes.map((t) =>
    t.kind === "rest" ? div(mul(left, t.weight), restWeight) : stated(t)
  );
  const onlyStated = takes.every((t) => t.kind !== "rest");
  const total = onlyStated ? floor(add(statedTotal, ratio(1n, 2n))) : whole.n;
  return apportion(exact, total).map((k) => fromScaled(sign * k, precision));
}
