import fc from "fast-check";
import type { Consolidation } from "../../src/core/model";
import { type PhasingRequest, phaseTarget } from "../../src/core/phasing";

const request = (over: Partial<PhasingRequest>): PhasingRequest => ({
  annual: 100,
  periods: 4,
  mode: "cumulative",
  consolidation: "average",
  decimals: 0,
  ...over,
});

describe("phaseTarget: cumulative", () => {
  it("phases 100 % equally over TW I–IV as 25/50/75/100", () => {
    expect(phaseTarget(request({}))).toEqual({ ok: true, values: [25, 50, 75, 100] });
  });

  it("follows a cumulative profile 10/30/60/100", () => {
    expect(phaseTarget(request({ profile: [10, 30, 60, 100] }))).toEqual({
      ok: true,
      values: [10, 30, 60, 100],
    });
  });

  it("rounds each period at the decimals and ends at the annual exactly", () => {
    const r = phaseTarget(request({ annual: 98.02, decimals: 2, profile: [10, 30, 60, 100] }));
    expect(r).toEqual({ ok: true, values: [9.8, 29.41, 58.81, 98.02] });
    const semesters = phaseTarget(request({ annual: 7, periods: 2, consolidation: "sum" }));
    expect(semesters).toEqual({ ok: true, values: [4, 7] });
  });

  it("phases an index over 12 months", () => {
    const r = phaseTarget(request({ annual: 3.6, periods: 12, decimals: 1 }));
    expect(r.ok && r.values).toEqual([0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.4, 2.7, 3, 3.3, 3.6]);
  });

  it("refuses a profile that falls, does not reach 100 or has the wrong length", () => {
    expect(phaseTarget(request({ profile: [10, 40, 30, 100] }))).toEqual({
      ok: false,
      reason: "profile-not-increasing",
    });
    expect(phaseTarget(request({ profile: [10, 30, 60, 90] }))).toEqual({
      ok: false,
      reason: "profile-not-100",
    });
    expect(phaseTarget(request({ profile: [50, 100] }))).toEqual({
      ok: false,
      reason: "profile-length",
    });
  });
});

describe("phaseTarget: per period", () => {
  const sum = (over: Partial<PhasingRequest>) =>
    phaseTarget(request({ mode: "per-period", consolidation: "sum", ...over }));

  it("spreads 12 laporan over 4 quarters as 3/3/3/3", () => {
    expect(sum({ annual: 12 })).toEqual({ ok: true, values: [3, 3, 3, 3] });
  });

  it("spreads 10 over 4 quarters as 3/3/2/2, earlier quarters first", () => {
    expect(sum({ annual: 10 })).toEqual({ ok: true, values: [3, 3, 2, 2] });
  });

  it("follows a per-period profile 10/20/30/40", () => {
    expect(sum({ annual: 50, profile: [10, 20, 30, 40] })).toEqual({
      ok: true,
      values: [5, 10, 15, 20],
    });
  });

  it("refuses per-period phasing for Average and Take Last Known types", () => {
    const r = phaseTarget(request({ mode: "per-period", consolidation: "average" }));
    expect(r).toEqual({ ok: false, reason: "per-period-needs-sum" });
    expect(phaseTarget(request({ mode: "per-period", consolidation: "last" }))).toEqual({
      ok: false,
      reason: "per-period-needs-sum",
    });
  });

  it("refuses a profile that does not add up to 100, and bad period counts", () => {
    expect(sum({ profile: [10, 20, 30, 30] })).toEqual({ ok: false, reason: "profile-not-100" });
    expect(sum({ periods: 0 })).toEqual({ ok: false, reason: "bad-periods" });
    expect(sum({ periods: 2.5 })).toEqual({ ok: false, reason: "bad-periods" });
  });
});

// ---- properties ----------------------------------------------------------------------------------

const PERIODS = [2, 4, 12] as const;

/** An annual target written with `decimals` decimals. */
const annualArb = (min: number) =>
  fc
    .record({ k: fc.integer({ min, max: 100_000_000 }), decimals: fc.integer({ min: 0, max: 3 }) })
    .map(({ k, decimals }) => ({ annual: Number(`${k}e-${decimals}`), decimals }));

/** Per-period percents adding up to 100, in hundredths. */
const perPeriodProfileArb = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .map((w) => {
      const total = w.reduce((s, x) => s + x, 0);
      const hundredths = w.map((x) => Math.floor((x * 10_000) / total));
      hundredths[n - 1] += 10_000 - hundredths.reduce((s, x) => s + x, 0);
      return hundredths.map((x) => x / 100);
    });

/** Cumulative percents: non-decreasing, ending at 100. */
const cumulativeProfileArb = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: n - 1, maxLength: n - 1 })
    .map((xs) => [...xs.sort((a, b) => a - b).map((x) => x / 100), 100]);

const scaled = (x: number, decimals: number) => Math.round(x * 10 ** decimals);

describe("phaseTarget properties", () => {
  it("per-period values add up to the annual exactly", () => {
    const arb = fc
      .record({ a: annualArb(-100_000), n: fc.constantFrom(...PERIODS), useProfile: fc.boolean() })
      .chain(({ a, n, useProfile }) =>
        (useProfile ? perPeriodProfileArb(n) : fc.constant(undefined)).map((profile) => ({
          ...a,
          n,
          profile,
        }))
      );
    fc.assert(
      fc.property(arb, ({ annual, decimals, n, profile }) => {
        const r = phaseTarget({
          annual,
          periods: n,
          mode: "per-period",
          profile,
          consolidation: "sum",
          decimals,
        });
        if (!r.ok || r.values.length !== n) return false;
        return r.values.reduce((s, v) => s + scaled(v, decimals), 0) === scaled(annual, decimals);
      })
    );
  });

  it("cumulative values end at the annual and never decrease", () => {
    const arb = fc
      .record({ a: annualArb(0), n: fc.constantFrom(...PERIODS), useProfile: fc.boolean() })
      .chain(({ a, n, useProfile }) =>
        (useProfile ? cumulativeProfileArb(n) : fc.constant(undefined)).map((profile) => ({
          ...a,
          n,
          profile,
        }))
      );
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom<Consolidation>("sum", "average", "last"),
        ({ annual, decimals, n, profile }, consolidation) => {
          const r = phaseTarget({
            annual,
            periods: n,
            mode: "cumulative",
            profile,
            consolidation,
            decimals,
          });
          if (!r.ok || r.values.length !== n) return false;
          return (
            r.values[n - 1] === annual && r.values.every((v, i) => i === 0 || v >= r.values[i - 1])
          );
        }
      )
    );
  });
});
