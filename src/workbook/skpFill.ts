/**
 * Fill at the individual level (DESIGN.md §7): a Matriks Pembagian Peran dan Hasil — the leader's
 * RHK across, staff down, each cell the result a staff member delivers for that RHK — becomes the
 * staff's RHK rows in the SKP table, intervening the leader's RHK. Previewed like every fill, added
 * below the table, never over a cell; a result the staff already has is left alone.
 */
import { a1 } from "../core/cells";
import type { CellRef } from "../core/model";
import { sameRhk, type SkpPerson, type SkpPlan, type SkpRhk } from "../core/skp";
import { foldText } from "../core/text";
import { lastCol, lastRow, textAt, type Grid } from "./grid";
import type { CellChange, RowInsert } from "./patches";
import type { SkpField, SkpReading } from "./skp";

export interface RoleAssignment {
  staff: SkpPerson;
  leaderRhk: SkpRhk;
  /** The result the staff delivers: their RHK. */
  result: string;
  cell: CellRef;
}

const TITLE = /pembagian peran/i;

/** A sheet titled as a Matriks Pembagian Peran dan Hasil (read here, never as a unit table). */
export function isRoleMatrix(grid: Grid): boolean {
  const last = Math.min(lastRow(grid), grid.top + 4);
  for (let r = grid.top; r <= last; r++)
    for (let c = grid.left; c <= Math.min(lastCol(grid), grid.left + 6); c++)
      if (TITLE.test(textAt(grid, r, c))) return true;
  return false;
}

/** The assignments of every role matrix, matched to the persons and RHK of the SKP read. */
export function readRoleMatrices(grids: Grid[], skp: SkpPlan): RoleAssignment[] {
  const out: RoleAssignment[] = [];
  const person = (text: string): SkpPerson | undefined => {
    const t = foldText(text);
    if (!t) return undefined;
    return (
      skp.persons.find((p) => foldText(p.name) === t) ??
      skp.persons.find(
        (p) =>
          foldText(p.jabatan) === t &&
          skp.persons.filter((q) => foldText(q.jabatan) === t).length === 1
      )
    );
  };
  for (const grid of grids) {
    const right = lastCol(grid);
    // the header row: the one naming the most RHK of the SKP
    let header = 0;
    let columns: Array<{ col: number; rhk: SkpRhk }> = [];
    for (let r = grid.top; r <= Math.min(lastRow(grid), grid.top + 15); r++) {
      const found: Array<{ col: number; rhk: SkpRhk }> = [];
      for (let c = grid.left; c <= right; c++) {
        const text = textAt(grid, r, c);
        const rhk = text ? skp.rhk.find((x) => sameRhk(x.text, text)) : undefined;
        if (rhk) found.push({ col: c, rhk });
      }
      if (found.length > columns.length) ((header = r), (columns = found));
    }
    if (columns.length === 0) continue;
    for (let r = header + 1; r <= lastRow(grid); r++) {
      let staff: SkpPerson | undefined;
      for (let c = grid.left; c < columns[0].col && !staff; c++) staff = person(textAt(grid, r, c));
      if (!staff) continue;
      for (const { col, rhk } of columns) {
        const result = textAt(grid, r, col);
        // a tick says the staff member takes part, not what they deliver
        if (!result || /^[√✓vx✔-]$/i.test(result)) continue;
        out.push({ staff, leaderRhk: rhk, result, cell: { sheet: grid.sheet, cell: a1(r, col) } });
      }
    }
  }
  return out;
}

export interface SkpFillPlan {
  changes: CellChange[];
  inserts: RowInsert[];
}

/** The staff RHK rows the role matrices ask for and the SKP table lacks, added below the table. */
export function planSkpFill(reading: SkpReading, assignments: RoleAssignment[]): SkpFillPlan {
  const plan: SkpFillPlan = { changes: [], inserts: [] };
  const owner = new Map(reading.plan.persons.map((p) => [p.key, p]));
  const pending = new Map<string, RoleAssignment[]>();
  for (const a of assignments) {
    const has = reading.plan.rhk.some(
      (r) =>
        r.person === a.staff.key &&
        r.intervened !== undefined &&
        sameRhk(r.intervened, a.leaderRhk.text) &&
        sameRhk(r.text, a.result)
    );
    if (has) continue;
    const table = reading.tables.find((t) => t.sheet === a.staff.cell.sheet) ?? reading.tables[0];
    if (!table) continue;
    const list = pending.get(table.sheet) ?? [];
    // one row per result, however often the matrix repeats it
    if (
      !list.some(
        (x) =>
          x.staff.key === a.staff.key && sameRhk(x.result, a.result) && x.leaderRhk === a.leaderRhk
      )
    )
      list.push(a);
    pending.set(table.sheet, list);
  }
  for (const [sheet, list] of pending) {
    const table = reading.tables.find((t) => t.sheet === sheet);
    if (!table) continue;
    plan.inserts.push({
      sheet,
      afterRow: table.lastRow,
      count: list.length,
      styleFrom: table.lastRow,
    });
    list.forEach((a, i) => {
      const row = table.lastRow + 1 + i;
      const leader = owner.get(a.leaderRhk.person);
      const values: Partial<Record<SkpField, string | undefined>> = {
        id: a.staff.id,
        name: a.staff.name,
        jabatan: a.staff.jabatan,
        unit: a.staff.unit,
        intervened: a.leaderRhk.text,
        rhk: a.result,
        penilaiId: leader?.id,
        penilaiName: leader?.name,
        penilaiJabatan: leader?.jabatan,
      };
      for (const [field, value] of Object.entries(values) as Array<
        [SkpField, string | undefined]
      >) {
        const col = table.columns[field];
        if (col === undefined || !value) continue;
        plan.changes.push({
          sheet,
          cell: a1(row, col),
          old: null,
          new: value,
          why: { code: "change-role-matrix", person: a.staff.name, field },
        });
      }
    });
  }
  return plan;
}
