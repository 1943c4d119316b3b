/**
 * Which row each finding is about, for pictures of the plan (the pohon kinerja, the coverage
 * matrix): the first of its rows (the check names the row it judges first, then the parent or the
 * set it was judged against), else the row whose cell it points at. Findings are referred to by
 * their place in CheckResult.findings, which is stable for one check.
 */
import type { Finding } from "./findings";
import type { CellRef, Indicator, Plan } from "./model";

export interface FindingSubjects {
  /** Finding indices by the id of the row they are about. */
  byRow: Map<string, number[]>;
  /** Findings about no row (a unit's hierarchy, a person's SKP, a matrix column naming no unit). */
  rowless: number[];
}

const cellKey = (at: CellRef) => `${at.sheet}\u0000${at.cell}`;

/** Every cell a row was read from, so a finding pointing at any of them finds the row. */
function rowCells(row: Indicator): CellRef[] {
  const c = row.cells;
  const out: Array<CellRef | undefined> = [
    c.indicator,
    c.code,
    c.objective,
    c.satuan,
    c.target,
    c.weight,
    c.polarity,
    c.link,
    c.realisasi,
    c.capaian,
    ...(c.periods ?? []),
    ...(c.realisasiPeriods ?? []),
  ];
  return out.filter((x): x is CellRef => x !== undefined);
}

export function findingSubjects(plan: Plan, findings: readonly Finding[]): FindingSubjects {
  const ids = new Set(plan.indicators.map((r) => r.id));
  let byCell: Map<string, string> | undefined;
  const rowAt = (at: CellRef): string | undefined => {
    if (!byCell) {
      byCell = new Map();
      for (const row of plan.indicators)
        for (const cell of rowCells(row))
          if (!byCell.has(cellKey(cell))) byCell.set(cellKey(cell), row.id);
    }
    return byCell.get(cellKey(at));
  };
  const byRow = new Map<string, number[]>();
  const rowless: number[] = [];
  findings.forEach((f, i) => {
    // a person's finding is about their SKP, not about the unit's row that shares its cell
    const first = f.person ? undefined : f.rows?.find((id) => ids.has(id));
    const id = first ?? (f.person || !f.at ? undefined : rowAt(f.at));
    if (id === undefined) {
      rowless.push(i);
      return;
    }
    const list = byRow.get(id);
    if (list) list.push(i);
    else byRow.set(id, [i]);
  });
  return { byRow, rowless };
}
