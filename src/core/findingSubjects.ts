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
  const byRow = new Map<string, number[]>();
  const rowless: number[] = [];
  // findings with no row of their own, by the cell they point at: looked up among the rows' cells
  const atCell = new Map<string, Map<string, number[]>>();
  const add = (id: string, i: number) => {
    const list = byRow.get(id);
    if (list) list.push(i);
    else byRow.set(id, [i]);
  };
  findings.forEach((f, i) => {
    // a person's finding is about their SKP, not about the unit's row that shares its cell
    const first = f.person ? undefined : f.rows?.find((id) => ids.has(id));
    if (first !== undefined) add(first, i);
    else if (f.person || !f.at) rowless.push(i);
    else {
      const cells = atCell.get(f.at.sheet) ?? new Map<string, number[]>();
      cells.set(f.at.cell, [...(cells.get(f.at.cell) ?? []), i]);
      atCell.set(f.at.sheet, cells);
    }
  });
  if (atCell.size > 0) {
    const found = new Set<number>();
    for (const row of plan.indicators)
      for (const cell of rowCells(row))
        for (const i of atCell.get(cell.sheet)?.get(cell.cell) ?? [])
          if (!found.has(i)) {
            found.add(i);
            add(row.id, i);
          }
    for (const cells of atCell.values())
      for (const list of cells.values()) for (const i of list) if (!found.has(i)) rowless.push(i);
    rowless.sort((a, b) => a - b);
  }
  return { byRow, rowless };
}
