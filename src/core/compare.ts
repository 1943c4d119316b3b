/**
 * Comparing targets: tolerance from what the parent shows, equality of two targets, and the
 * number a target stands for.
 */
import type { TargetValue } from "./target";
import { gradeRank } from "./values";

/** Half a unit in the last decimal the target shows ("98,00 %" → 0.005; "10" → 0.5). */
export function toleranceOf(t: TargetValue, fallbackDecimals = 0): number {
  const decimals = t.kind === "empty" || t.kind === "text" ? fallbackDecimals : t.decimals;
  return 0.5 * Math.pow(10, -decimals);
}

/** A target reduced to what comparisons need. */
export type Comparable =
  | { kind: "number"; value: number }
  | { kind: "band"; low: number; high: number }
  | { kind: "grade"; scale: string; rank: number; grade: string };

export function comparable(t: TargetValue): Comparable | undefined {
  switch (t.kind) {
    case "number":
    case "bound":
      return t.value === undefined ? undefined : { kind: "number", value: t.value };
    case "range":
      return t.low === undefined || t.high === undefined
        ? undefined
        : { kind: "band", low: Math.min(t.low, t.high), high: Math.max(t.low, t.high) };
    case "grade": {
      if (t.value !== undefined) return { kind: "number", value: t.value };
      const r = t.grade ? gradeRank(t.grade) : undefined;
      return r && t.grade
        ? { kind: "grade", scale: r.scale, rank: r.rank, grade: t.grade }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** A grade as a grade, ignoring any number written with it ("81 (A)" → A). */
export function gradeComparable(t: TargetValue): Comparable | undefined {
  if (t.kind !== "grade" || !t.grade) return comparable(t);
  const r = gradeRank(t.grade);
  return r ? { kind: "grade", scale: r.scale, rank: r.rank, grade: t.grade } : undefined;
}

/** Two targets say the same thing (within the tolerance of the first). */
export function sameTarget(a: TargetValue, b: TargetValue, tol = toleranceOf(a)): boolean {
  // two plain numbers, the common case, without building comparables (100 000 rows and links)
  const va = plainNumber(a);
  const vb = plainNumber(b);
  if (va !== undefined && vb !== undefined) return Math.abs(va - vb) <= tol;
  const ca = comparable(a);
  const cb = comparable(b);
  if (!ca || !cb) {
    const ea = a.kind === "empty" || a.kind === "placeholder";
    const eb = b.kind === "empty" || b.kind === "placeholder";
    if (ea || eb) return ea === eb;
    return normalizeText(a.original) === normalizeText(b.original);
  }
  if (ca.kind === "number" && cb.kind === "number") return Math.abs(ca.value - cb.value) <= tol;
  if (ca.kind === "band" && cb.kind === "band") {
    return Math.abs(ca.low - cb.low) <= tol && Math.abs(ca.high - cb.high) <= tol;
  }
  if (ca.kind === "grade" && cb.kind === "grade")
    return ca.scale === cb.scale && ca.rank === cb.rank;
  return false;
}

/** The value of a number or bound target (what comparable() would give as a number). */
function plainNumber(t: TargetValue): number | undefined {
  return t.kind === "number" || t.kind === "bound" ? t.value : undefined;
}

function normalizeText(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/** The plain number of a target, if it has exactly one. */
export function numberOf(t: TargetValue): number | undefined {
  const v = plainNumber(t);
  if (v !== undefined) return v;
  const c = comparable(t);
  return c?.kind === "number" ? c.value : undefined;
}

/** Targets that stand for "not set yet". */
export function isMissing(t: TargetValue): boolean {
  return t.kind === "empty" || t.kind === "placeholder";
}
