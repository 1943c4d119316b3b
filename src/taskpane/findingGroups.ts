/**
 * How the findings list orders and groups findings: severity first, then unit, then person; and the
 * same groups as one sequence of rows for the windowed list.
 */
import type { Finding, Severity } from "../core/findings";

export const ORDER: Severity[] = ["error", "warning", "info"];

interface UnitGroup {
  unit: string;
  /** The unit's own findings. */
  findings: Finding[];
  /** Findings about persons of the unit (their SKP, their activity log), by person. */
  persons: Array<{ person: string; findings: Finding[] }>;
}

/** "Rina Lestari — Analis SDM Aparatur": how the pane heads a person's findings. */
function personLabel(f: Finding): string | undefined {
  return f.person ? `${f.person.name} — ${f.person.jabatan}` : undefined;
}

/**
 * Severity first (errors on top), then unit, each unit in the order the check met it; within a
 * unit, its own findings, then each person's.
 */
export function groupFindings(findings: Finding[], noUnit: string) {
  return ORDER.map((severity) => {
    const groups = new Map<string, UnitGroup>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const unit = f.unit ?? noUnit;
      const g = groups.get(unit) ?? { unit, findings: [], persons: [] };
      const who = personLabel(f);
      if (who === undefined) g.findings.push(f);
      else {
        const p = g.persons.find((x) => x.person === who);
        if (p) p.findings.push(f);
        else g.persons.push({ person: who, findings: [f] });
      }
      groups.set(unit, g);
    }
    const size = (g: UnitGroup) =>
      g.findings.length + g.persons.reduce((n, p) => n + p.findings.length, 0);
    const count = [...groups.values()].reduce((n, g) => n + size(g), 0);
    return {
      severity,
      count,
      units: [...groups.values()].map((g) => ({ ...g, count: size(g) })),
    };
  }).filter((s) => s.count > 0);
}

/**
 * Up to this many findings are drawn whole, as nested lists; above it only the rows in view are
 * drawn (a 20 000-row workbook gives thousands, 100 000 px of list), so the pane stays quick.
 */
export const DRAWN_WHOLE = 150;

/** The grouped findings as one sequence of rows: what the long list draws a window of. */
export type ListRow =
  | { kind: "severity"; key: string; severity: Severity; count: number }
  | { kind: "unit"; key: string; label: string; count: number }
  | { kind: "person"; key: string; label: string; count: number }
  | { kind: "finding"; key: string; finding: Finding; person: boolean };

export function listRows(ordered: Finding[], noUnit: string): ListRow[] {
  const rows: ListRow[] = [];
  for (const s of groupFindings(ordered, noUnit)) {
    rows.push({ kind: "severity", key: s.severity, severity: s.severity, count: s.count });
    for (const u of s.units) {
      const at = `${s.severity}\u0000${u.unit}`;
      rows.push({ kind: "unit", key: at, label: u.unit, count: u.count });
      u.findings.forEach((finding, i) =>
        rows.push({ kind: "finding", key: `${at}\u0000${i}`, finding, person: false })
      );
      for (const p of u.persons) {
        const who = `${at}\u0000${p.person}`;
        rows.push({ kind: "person", key: who, label: p.person, count: p.findings.length });
        p.findings.forEach((finding, i) =>
          rows.push({ kind: "finding", key: `${who}\u0000${i}`, finding, person: true })
        );
      }
    }
  }
  return rows;
}
