/**
 * Phasing: spreading an annual target over TW I–IV, semesters or months (DESIGN.md §1 "Phasing").
 * Cumulative targets ("s.d. TW II") rise to the annual; per-period targets add up to it, which only
 * makes sense when periods are summed into the year.
 */
import type { Consolidation } from "./model";
import {
  type Ratio,
  compare,
  decimalsOf,
  div,
  fromScaled,
  mul,
  ratio,
  ratioOf,
  roundScaled,
  sum,
} from "./exact";
import { largestRemainder } from "./split";

export type PhasingMode = "cumulative" | "per-period";

export interface PhasingRequest {
  annual: number;
  /** 4 for TW I–IV, 2 for semesters, 12 for months. */
  periods: number;
  mode: PhasingMode;
  /** Percents per period: cumulative (10, 30, 60, 100) or per period (10, 20, 30, 40). */
  profile?: number[];
  consolidation: Consolidation;
  decimals: number;
}

export type PhasingRefusal =
  | "per-period-needs-sum"
  | "profile-length"
  | "profile-not-increasing"
  | "profile-not-100"
  | "bad-periods"
  | "not-numeric";

export type PhasingResult = { ok: true; values: number[] } | { ok: false; reason: PhasingRefusal };

const HUNDRED = ratio(100n);

function refuse(reason: PhasingRefusal): PhasingResult {
  return { ok: false, reason };
}

export function phaseTarget(req: PhasingRequest): PhasingResult {
  const { annual, periods, profile } = req;
  if (!Number.isInteger(periods) || periods < 1) return refuse("bad-periods");
  if (!Number.isFinite(annual)) return refuse("not-numeric");
  if (req.mode === "per-period" && req.consolidation !== "sum") {
    return refuse("per-period-needs-sum");
  }
  if (profile && profile.length !== periods) return refuse("profile-length");
  if (profile?.some((p) => !Number.isFinite(p))) return refuse("not-numeric");
  // Never round the annual itself: it is worked at its own decimals when it shows more.
  const decimals = Math.max(Math.max(0, Math.trunc(req.decimals) || 0), decimalsOf(annual));
  return req.mode === "cumulative"
    ? cumulative(annual, periods, profile, decimals)
    : perPeriod(annual, periods, profile, decimals);
}

/** Cumulative percents from 0 to 100: equal steps when there is no profile. */
function cumulativePercents(periods: number, profile?: number[]): Ratio[] | PhasingRefusal {
  if (!profile)
    return Array.from({ length: periods }, (_, i) => ratio(100n * BigInt(i + 1), BigInt(periods)));
  const pcts = profile.map(ratioOf);
  const rises = pcts.every((p, i) => compare(p, i === 0 ? ratio(0n) : pcts[i - 1]) >= 0);
  if (!rises) return "profile-not-increasing";
  if (compare(pcts[pcts.length - 1], HUNDRED) !== 0) return "profile-not-100";
  return pcts;
}

/** Each period's running total, rounded; the last is the annual itself. */
function cumulative(
  annual: number,
  periods: number,
  profile: number[] | undefined,
  decimals: number
): PhasingResult {
  const pcts = cumulativePercents(periods, profile);
  if (typeof pcts === "string") return refuse(pcts);
  const year = ratioOf(annual);
  const values = pcts.map((p) =>
    fromScaled(roundScaled(div(mul(year, p), HUNDRED), decimals), decimals)
  );
  values[values.length - 1] = annual;
  return { ok: true, values };
}

/** Per-period targets that add up to the annual exactly (Sum type). */
function perPeriod(
  annual: number,
  periods: number,
  profile: number[] | undefined,
  decimals: number
): PhasingResult {
  if (profile) {
    // A negative period would make the running total fall.
    if (profile.some((p) => p < 0)) return refuse("profile-not-increasing");
    if (compare(sum(profile.map(ratioOf)), HUNDRED) !== 0) return refuse("profile-not-100");
  }
  const weights = profile ?? Array.from({ length: periods }, () => 1);
  return { ok: true, values: largestRemainder(annual, weights, decimals) };
}
