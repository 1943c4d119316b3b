/**
 * Exact decimal arithmetic for splitting and phasing. Targets are decimals as planners write them,
 * and binary floats cannot hold 0,1 exactly, so shares are computed as BigInt fractions and turned
 * back into numbers only at the end, through their decimal text (never 0.30000000000000004).
 */

/** A fraction n/d with d > 0, always reduced. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Ratio = { n: 0n, d: 1n };

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x;
}

export function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

export function ratio(n: bigint, d: bigint = 1n): Ratio {
  if (d === 0n) throw new RangeError("division by zero");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** The shortest decimal text of a finite number, as digits and a power of ten: 0.1 → 1 × 10⁻¹. */
function decimalParts(x: number): { digits: bigint; scale: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m || !Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const fraction = m[3] ?? "";
  const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  return { digits, scale: fraction.length - Number(m[4] ?? 0) };
}

/** The decimal the number stands for, exactly (0.1 is 1/10, not the binary float near it). */
export function ratioOf(x: number): Ratio {
  const { digits, scale } = decimalParts(x);
  return scale >= 0 ? ratio(digits, pow10(scale)) : ratio(digits * pow10(-scale));
}

/** Decimals in the number's shortest text: 98.02 → 2, 10 → 0. */
export function decimalsOf(x: number): number {
  return Math.max(0, decimalParts(x).scale);
}

export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

export function div(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d, a.d * b.n);
}

export function sum(xs: readonly Ratio[]): Ratio {
  return xs.reduce(add, ZERO);
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Ratio, b: Ratio): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** The largest integer not above r. */
export function floor(r: Ratio): bigint {
  const q = r.n / r.d;
  return r.n < 0n && q * r.d !== r.n ? q - 1n : q;
}

/** r in units of 10^-decimals, rounded half away from zero (as planners round by hand). */
export function roundScaled(r: Ratio, decimals: number): bigint {
  const scaled = mul(r, ratio(pow10(decimals)));
  const half: Ratio = { n: 1n, d: 2n };
  return scaled.n < 0n ? -floor(add(ratio(-scaled.n, scaled.d), half)) : floor(add(scaled, half));
}

/** k × 10^-decimals as a number, through its decimal text so the result is the clean float. */
export function fromScaled(k: bigint, decimals: number): number {
  return k === 0n ? 0 : Number(`${k}e-${decimals}`);
}

/**
 * Largest-remainder apportionment: each exact (non-negative) amount gets its floor, and the units
 * still missing from `total` go to the largest fractional parts; equal fractions favour the earlier
 * amount (column order). `total` must lie between the sum of floors and the sum of ceilings.
 */
export function apportion(exact: readonly Ratio[], total: bigint): bigint[] {
  const floors = exact.map(floor);
  const fractions = exact.map((r, i) => sub(r, ratio(floors[i])));
  let missing = total - floors.reduce((a, b) => a + b, 0n);
  const eligible = fractions.filter((f) => f.n > 0n).length;
  if (missing < 0n || missing > BigInt(eligible)) {
    throw new RangeError("total is not reachable by rounding the amounts");
  }
  const order = exact.map((_, i) => i).sort((i, j) => compare(fractions[j], fractions[i]) || i - j);
  const parts = [...floors];
  for (const i of order) {
    if (missing === 0n) break;
    parts[i] += 1n;
    missing -= 1n;
  }
  return parts;
}
