/**
 * The precision a satuan is counted in (DESIGN.md §1 "Splitting a target"): whole numbers for
 * counts, whole rupiah, two decimals for percentages, otherwise what the parent's target shows.
 */
import { satuanDecimals } from "./satuan";

/** Decimals at which shares are rounded: the satuan's precision, never fewer than the parent shows. */
export function precisionFor(satuan: string | undefined, parentDecimals: number): number {
  const shown = Number.isFinite(parentDecimals) ? Math.max(0, Math.trunc(parentDecimals)) : 0;
  return Math.max(shown, satuanDecimals(satuan) ?? shown);
}
