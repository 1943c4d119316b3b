/**
 * The engine's side of "Target massal": which units a parent IKU may be split to (from the
 * hierarchy the check built), and the cells writing the split targets would change, planned by the
 * fill machinery. The split itself is plain arithmetic the pane does (taskpane/bulkTargets.ts).
 *
 * @example
 *   const units = unitsUnder(check.index, "Deputi Bidang Mutasi", "children");
 *   const plan = bulkPatchPlan(session, check, parent, [{ unit: units[0].name, annual }]);
 */
import type { ProposedRow, ProposedValue } from "../core/cascade";
import type { CheckResult } from "../core/check";
import { codeOrName } from "../core/findingFactory";
import { satuanOf } from "../core/infer";
import type { Indicator } from "../core/model";
import type { PlanIndex } from "../core/planIndex";
import { unitKey } from "../core/text";
import { planFill } from "../workbook/fill";
import type { Session } from "./session";
import type { PatchPlan } from "../workbook/patches";

/** Which units under the IKU's owner are offered: its direct children, or every unit below it. */
export type UnitScope = "children" | "descendants";

export interface OfferedUnit {
  name: string;
  /** 1 for a direct child of the owner, 2 for a grandchild … */
  depth: number;
  /** The unit it sits under, when that is not the owner. */
  under?: string;
}

/**
 * The units a target of `owner` may be split to: only units below it in the hierarchy, never the
 * owner itself, its parent or its siblings. Listed as a tree, each unit followed by the units under
 * it ("descendants"), or the direct children alone.
 */
export function unitsUnder(index: PlanIndex, owner: string, scope: UnitScope): OfferedUnit[] {
  const top = index.node(owner);
  if (!top) return [];
  const out: OfferedUnit[] = [];
  const seen = new Set<string>([top.key]);
  const walk = (key: string, depth: number, under?: string) => {
    for (const k of index.units.get(key)?.children ?? []) {
      const node = index.units.get(k);
      if (!node || seen.has(k)) continue;
      seen.add(k);
      out.push(under ? { name: node.name, depth, under } : { name: node.name, depth });
      if (scope === "descendants") walk(k, depth + 1, node.name);
    }
  };
  walk(top.key, 1);
  return out;
}

/** What writing needs of a unit's split target: the annual value and TW I–IV, when phased. */
export interface BulkRowTarget {
  unit: string;
  annual: ProposedValue;
  periods?: ProposedValue[];
}

/** The rows of a unit that already answer the parent (linked to it, or named by its rule). */
function answeringRows(check: CheckResult, parent: Indicator, unit: string): Indicator[] {
  const key = unitKey(unit);
  const rows = new Map<string, Indicator>();
  for (const l of check.links) {
    if (l.parent?.id === parent.id && unitKey(l.child.unit) === key) rows.set(l.child.id, l.child);
  }
  for (const r of check.rules) {
    if (r.parent.id === parent.id && r.child.key === key) {
      for (const row of r.rows) rows.set(row.id, row);
    }
  }
  return [...rows.values()];
}

/**
 * The cells writing the bulk targets would change, planned by the fill: a unit's row for the
 * parent gets its target (and quarters); a unit without one gets a new partial row linked to it.
 */
export function bulkPatchPlan(
  session: Session,
  check: CheckResult,
  parent: Indicator,
  rows: BulkRowTarget[]
): PatchPlan {
  const proposals: ProposedRow[] = [];
  const skipped: PatchPlan["skipped"] = [];
  for (const r of rows) {
    const existing = answeringRows(check, parent, r.unit);
    if (existing.length > 1) {
      skipped.push({
        sheet: "",
        cell: null,
        reason: {
          code: "fill-cascade-skip",
          unit: r.unit,
          parent: codeOrName(parent),
          skip: "several-rows",
        },
      });
      continue;
    }
    proposals.push({
      unit: r.unit,
      parentId: parent.id,
      parent: codeOrName(parent),
      type: "partial",
      typeInferred: false,
      name: parent.name,
      satuan: satuanOf(parent),
      polarity: parent.polarity?.stated ? parent.polarity.value : undefined,
      target: r.annual,
      periods: r.periods,
      existing: existing[0],
    });
  }
  const plan = planFill(
    session.read,
    session.grids,
    { rows: proposals, skipped: [], check },
    { profile: session.profile, locale: session.profile.locale }
  );
  plan.skipped.push(...skipped);
  return plan;
}
