/**
 * The mapping profile in the very hidden sheet `_selaras_profile`: JSON cut into chunks down
 * column A, exactly as the ExcelJS host keeps it, so the CLI and the web page read the same profile.
 */
import {
  PROFILE_SHEET,
  profileFromCells,
  profileToCells,
  type MappingProfile,
} from "../../workbook/profile";
import { toExcelValue } from "./cells";
import { inChunks } from "./chunks";
import { cellOps, rangeOp, type Op } from "./ops";

/** A cell holds at most 32 767 characters. */
const CELL_BYTES = 32_800;

export async function readProfileIn(
  context: Excel.RequestContext,
  budget: number
): Promise<MappingProfile | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(PROFILE_SHEET);
  await context.sync();
  if (ws.isNullObject) return undefined;
  // most profiles fit the first rows: one more sync reads them with the extent
  const first = Math.max(1, Math.floor(budget / CELL_BYTES));
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  const head = ws.getRange(`A1:A${first}`);
  head.load("values");
  await context.sync();
  const cells = head.values.map((r) => r[0] as unknown);
  const last = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const rest: Array<{ from: number; count: number }> = [];
  for (let from = first + 1; from <= last; from += first)
    rest.push({ from, count: Math.min(first, last - from + 1) });
  await inChunks(context, rest, budget, {
    size: (part) => part.count * CELL_BYTES,
    queue(part) {
      const range = ws.getRange(`A${part.from}:A${part.from + part.count - 1}`);
      range.load("values");
      return range;
    },
    done(part, range) {
      range.values.forEach((r, i) => (cells[part.from - 1 + i] = r[0]));
    },
  });
  return profileFromCells(cells.map((c) => (typeof c === "string" ? c : null)));
}

/** Adds the profile sheet, very hidden, when missing (kept out of undo groups: see applyPatches). */
export function addProfileSheet(context: Excel.RequestContext): void {
  const ws = context.workbook.worksheets.add(PROFILE_SHEET);
  ws.visibility = "VeryHidden";
}

/** Commands writing the profile into the existing profile sheet: column A cleared, then chunks. */
export function profileOps(profile: MappingProfile, budget: number): Op[] {
  const cells = profileToCells(profile).map((chunk, i) => ({
    row: i + 1,
    col: 1,
    value: toExcelValue(chunk),
  }));
  return [
    rangeOp(PROFILE_SHEET, "A:A", (range) => range.clear("Contents")),
    ...cellOps(PROFILE_SHEET, cells, budget),
  ];
}
