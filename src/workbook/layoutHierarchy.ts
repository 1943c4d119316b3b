/** Layout D: a unit hierarchy sheet (unit | parent unit | level | code). */
import { a1 } from "../core/cells";
import type { Unit } from "../core/model";
import { textAt } from "./grid";
import { isColumnNumberText, splitList, type TableReading } from "./reading";
import { mergedText } from "./tables";

export function readHierarchy(reading: TableReading, units: Unit[]): void {
  const { grid, merges, table, columns } = reading;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const name = mergedText(grid, merges, r, columns.unit as number);
    if (!name || isColumnNumberText(name)) continue;
    const parent = columns.parentUnit !== undefined ? textAt(grid, r, columns.parentUnit) : "";
    const level = columns.level !== undefined ? textAt(grid, r, columns.level) : "";
    const code = columns.code !== undefined ? textAt(grid, r, columns.code) : "";
    units.push({
      name,
      fromHierarchy: true,
      level: level || undefined,
      code: code || undefined,
      cell: { sheet: grid.sheet, cell: a1(r, columns.unit as number) },
      parents: parent
        ? splitList(parent).map((p) => ({
            name: p,
            source: "sheet" as const,
            cell: { sheet: grid.sheet, cell: a1(r, columns.parentUnit as number) },
          }))
        : [],
    });
  }
}
