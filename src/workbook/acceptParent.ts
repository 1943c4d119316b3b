/**
 * "Pakai induk ini": a finding's suggested parent IKU written into the row's IKU Atasan cell, as a
 * patch plan — previewed, applied and undone like a fill.
 *
 * @example
 *   const r = planAcceptParent(session, finding, finding.suggestions[0]);
 *   if ("plan" in r) await applySessionFill(host, session, r.plan);
 */
import { parseA1 } from "../core/cells";
import type { Finding, Suggestion } from "../core/findings";
import { cellKey, valueAt, type Grid } from "./grid";
import type { PatchPlan } from "./patches";
import type { ReadResult } from "./read";

/** Why a suggestion cannot be written: the row is gone, it has no IKU Atasan cell, or a formula. */
export type AcceptRefusal = "no-row" | "no-link-column" | "formula";

/** A workbook as read: its grids and what the reader made of them (an open session is one). */
export function planAcceptParent(
  session: { read: ReadResult; grids: Grid[] },
  finding: Finding,
  suggestion: Suggestion
): { plan: PatchPlan } | { refused: AcceptRefusal } {
  const id = finding.rows?.[0];
  const row = id ? session.read.plan.indicators.find((r) => r.id === id) : undefined;
  if (!row) return { refused: "no-row" };
  const at = row.cells.link;
  const grid = at ? session.grids.find((g) => g.sheet === at.sheet) : undefined;
  if (!at || !grid) return { refused: "no-link-column" };
  const { row: r, col } = parseA1(at.cell);
  if (grid.formulas.has(cellKey(r, col))) return { refused: "formula" };
  return {
    plan: {
      changes: [
        {
          sheet: at.sheet,
          cell: at.cell,
          old: valueAt(grid, r, col),
          new: suggestion.indicator,
          why: { code: "change-parent-link", unit: row.unit },
        },
      ],
      conflicts: [],
      skipped: [],
      inserts: [],
    },
  };
}
