/**
 * Units once every sheet is read: the names a hierarchy sheet gives them, and rule cells naming
 * several known units split apart.
 */
import type { CascadeRule, Indicator, Unit } from "../core/model";
import { unitKey } from "../core/text";

/**
 * A unit is shown by the name its hierarchy sheet (or the profile) gives it, not the upper-case
 * title of its PK ("KEPALA BADAN …" is "Badan …").
 */
export function useHierarchyNames(
  units: Unit[],
  indicators: Indicator[],
  rules: CascadeRule[]
): void {
  const names = new Map<string, string>();
  for (const u of units)
    if (u.fromHierarchy && !names.has(unitKey(u.name))) names.set(unitKey(u.name), u.name);
  if (names.size === 0) return;
  const rename = (n: string) => names.get(unitKey(n)) ?? n;
  for (const u of units) {
    u.name = rename(u.name);
    for (const p of u.parents ?? []) p.name = rename(p.name);
    delete u.fromHierarchy;
  }
  for (const r of indicators) r.unit = rename(r.unit);
  for (const r of rules) {
    r.child = rename(r.child);
    if (r.parentUnit) r.parentUnit = rename(r.parentUnit);
  }
}

export function unitParts(s: string): string[] {
  return s
    .split(UNIT_SEPARATOR)
    .filter((_, i) => i % 2 === 0)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A rule naming "Bagian Umum, Subbagian Keuangan" where each part is a unit the workbook knows. */
export function splitKnownUnits(
  rules: CascadeRule[],
  units: Unit[],
  indicators: Indicator[]
): void {
  if (!rules.some((r) => r.source === "rule" && unitParts(r.child).length > 1)) return;
  const known = new Set([
    ...units.map((u) => unitKey(u.name)),
    ...indicators.map((r) => unitKey(r.unit)),
  ]);
  // a new array, not splices: a long table may name two units on every row
  const out: CascadeRule[] = [];
  for (const rule of rules) {
    const parts =
      rule.source === "rule" && !known.has(unitKey(rule.child)) ? unitParts(rule.child) : [];
    if (parts.length > 1 && parts.every((p) => known.has(unitKey(p))))
      for (const child of parts) out.push({ ...rule, child });
    else out.push(rule);
  }
  rules.splice(0, rules.length, ...out);
}

/** Commas, "&" and "dan" between unit names (kept when splitting, outside brackets). */
export const UNIT_SEPARATOR = /(\s*,\s*|\s*&\s*|\s+dan\s+)(?![^()]*\))/i;
