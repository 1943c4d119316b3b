/**
 * Capaian (achievement) and its roll-up across the cascade (DESIGN.md §8), as pure arithmetic:
 * a row's capaian from its target and realisasi by polarity, with the profile's floor and cap, and
 * a parent's realisasi from its children by cascade type and consolidation. The reader and the
 * checks (REALISASI_MISMATCH, CAPAIAN_WRONG) build on these.
 */
import type { Consolidation, Polarity } from "./model";

export interface CapaianSettings {
  /** The lowest capaian reported (default 0). */
  floor: number;
  /** The highest capaian reported (default 120; some agencies cap at 100, some not at all). */
  cap: number | null;
  /** Stabilize: how far from the target, as a share of it, still counts as on target (default 0). */
  band: number;
}

export const DEFAULT_CAPAIAN: CapaianSettings = { floor: 0, cap: 120, band: 0 };

/**
 * How a capaian reads at a glance: reached (from 100 %), close (from 80 %), behind. The bounds are
 * profile settings (`capaian.goodFrom`, `capaian.fairFrom`): agencies grade their own way.
 */
export type CapaianBand = "good" | "fair" | "poor";

export interface BandBounds {
  goodFrom: number;
  fairFrom: number;
}

export const DEFAULT_BANDS: BandBounds = { goodFrom: 100, fairFrom: 80 };

export function bandOf(capaian: number, bounds: BandBounds = DEFAULT_BANDS): CapaianBand {
  if (capaian >= bounds.goodFrom) return "good";
  return capaian >= bounds.fairFrom ? "fair" : "poor";
}

/** A grade scale, best first: "AA" beats "A" beats "BB"… (SAKIP, WTP/WDP). */
const GRADE_ORDERS: string[][] = [
  ["AA", "A", "BB", "B", "CC", "C", "D"],
  ["WTP", "WDP", "TW", "TMP"],
];

function bounded(value: number, s: CapaianSettings): number {
  let v = Math.max(s.floor, value);
  if (s.cap !== null) v = Math.min(s.cap, v);
  return Math.round(v * 100) / 100;
}

/**
 * A row's capaian in percent, or undefined when it cannot be computed (no target, a zero target
 * to divide by). Maximize R / T × 100; Minimize (2 − R / T) × 100; Stabilize 100 inside the band,
 * else falling with the distance from the target.
 */
export function capaianOf(
  target: number,
  realisasi: number,
  polarity: Polarity = "max",
  settings: CapaianSettings = DEFAULT_CAPAIAN
): number | undefined {
  if (!Number.isFinite(target) || !Number.isFinite(realisasi) || target === 0) return undefined;
  const ratio = realisasi / target;
  if (polarity === "max") return bounded(ratio * 100, settings);
  if (polarity === "min") return bounded((2 - ratio) * 100, settings);
  const distance = Math.abs(ratio - 1);
  return bounded(
    distance <= settings.band ? 100 : (1 - (distance - settings.band)) * 100,
    settings
  );
}

/** A grade's capaian: 100 when the grade reaches the target's, less by the steps it falls short. */
export function gradeCapaian(
  target: string,
  realisasi: string,
  settings: CapaianSettings = DEFAULT_CAPAIAN
): number | undefined {
  const t = target.trim().toUpperCase();
  const r = realisasi.trim().toUpperCase();
  const scale = GRADE_ORDERS.find((o) => o.includes(t) && o.includes(r));
  if (!scale) return undefined;
  const steps = scale.indexOf(r) - scale.indexOf(t);
  // each grade short costs an equal share of the scale; a better grade is past 100
  return bounded(100 - (steps * 100) / (scale.length - 1), settings);
}

export interface ChildRealisasi {
  realisasi: number;
  /** The row's weight (bobot or denominator) for an average; equal when absent. */
  weight?: number;
  type: "full" | "partial" | "contributing";
}

/**
 * What a parent's realisasi should be from its children: a full child reports the parent's own
 * result (any one of them); a partial set by its consolidation — Sum Σ, Average the weighted mean,
 * Last the last; contributing rows never count. Undefined when no child tells.
 */
export function rollUp(
  children: ChildRealisasi[],
  consolidation: Consolidation = "sum"
): number | undefined {
  const full = children.find((c) => c.type === "full");
  if (full) return full.realisasi;
  const partial = children.filter((c) => c.type === "partial");
  if (partial.length === 0) return undefined;
  if (consolidation === "sum") return partial.reduce((s, c) => s + c.realisasi, 0);
  if (consolidation === "last") return partial[partial.length - 1].realisasi;
  const weights = partial.map((c) => c.weight ?? 1);
  const total = weights.reduce((s, w) => s + w, 0);
  if (total === 0) return undefined;
  return partial.reduce((s, c, i) => s + c.realisasi * weights[i], 0) / total;
}

/** A unit's capaian: the mean of its IKU's, weighted by bobot when every IKU has one. */
export function unitCapaian(rows: Array<{ capaian: number; weight?: number }>): number | undefined {
  if (rows.length === 0) return undefined;
  const weighted = rows.every((r) => r.weight !== undefined && r.weight > 0);
  const weights = rows.map((r) => (weighted ? (r.weight as number) : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  return Math.round((rows.reduce((s, r, i) => s + r.capaian * weights[i], 0) / total) * 100) / 100;
}

/** Units grouped by their depth in the hierarchy (1 = the top), each level the mean of its units. */
export function levelCapaian(
  units: Array<{ capaian: number; depth: number }>
): Array<{ depth: number; capaian: number; units: number }> {
  const byDepth = new Map<number, number[]>();
  for (const u of units) byDepth.set(u.depth, [...(byDepth.get(u.depth) ?? []), u.capaian]);
  return [...byDepth]
    .sort(([a], [b]) => a - b)
    .map(([depth, list]) => ({
      depth,
      capaian: Math.round((list.reduce((s, x) => s + x, 0) / list.length) * 100) / 100,
      units: list.length,
    }));
}
