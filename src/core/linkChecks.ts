/**
 * What each link promises about its child row: a full row repeats its parent (name, target,
 * quarters, satuan, polarity); a partial row keeps satuan and polarity; a contributing row is its
 * own indicator, relevant to the parent's IKU or Sasaran.
 */
import { isMissing, sameTarget, toleranceOf } from "./compare";
import { makeFinding, rowFields } from "./findingFactory";
import type { Finding } from "./findings";
import type { ResolvedLink } from "./links";
import type { Indicator } from "./model";
import type { PlanIndex } from "./planIndex";
import { sharedTerms, terms } from "./text";

export function checkLinks(index: PlanIndex, links: ResolvedLink[]): Finding[] {
  const out: Finding[] = [];
  for (const link of links) {
    const parent = link.parent;
    if (!parent) continue;
    // the finding fields are built only when there is a finding (a hot path: 100 000 links)
    const ids: Ids = () => ({
      ...rowFields(link.child, parent),
      inferred: link.inferred || link.typeInferred,
    });
    if (link.type === "contributing") {
      out.push(...contributing(index, link.child, parent, ids));
      continue;
    }
    const c = index.rowInfo(link.child);
    const p = index.rowInfo(parent);
    if (c.satuan && p.satuan && c.satuan !== p.satuan) {
      out.push(
        makeFinding("UNIT_MISMATCH", link.child.cells.satuan ?? link.child.cells.target, {
          ...ids(),
          expected: parent.satuan ?? parent.target.satuan ?? null,
          actual: link.child.satuan ?? link.child.target.satuan ?? null,
        })
      );
    }
    if (c.polarity.stated && p.polarity.stated && c.polarity.value !== p.polarity.value) {
      out.push(
        makeFinding("POLARITY_MISMATCH", link.child.cells.indicator, {
          ...ids(),
          expected: p.polarity.value,
          actual: c.polarity.value,
        })
      );
    }
    if (link.type === "full") out.push(...fullDrift(index, link.child, parent, ids));
  }
  return out;
}

type Ids = () => Pick<Finding, "unit" | "indicator" | "name" | "parent" | "inferred" | "rows">;

/**
 * A full row repeats its parent. Name and target drift are separate facts; a quarter is reported
 * only when the annual target agrees (a drifted target drags its quarters along: one fact).
 * FULL_DRIFT points at the row's target cell (DESIGN.md §2).
 */
function fullDrift(index: PlanIndex, child: Indicator, parent: Indicator, ids: Ids): Finding[] {
  const out: Finding[] = [];
  const at = child.cells.target ?? child.cells.indicator;
  if (index.rowInfo(child).name !== index.rowInfo(parent).name) {
    out.push(
      makeFinding("FULL_DRIFT", at, {
        ...ids(),
        field: "name",
        expected: parent.name,
        actual: child.name,
      })
    );
  }
  const comparableTargets = !isMissing(child.target) && !isMissing(parent.target);
  if (comparableTargets && !sameTarget(parent.target, child.target, toleranceOf(parent.target))) {
    out.push(
      makeFinding("FULL_DRIFT", at, {
        ...ids(),
        field: "target",
        expected: parent.target.original,
        actual: child.target.original,
      })
    );
    return out;
  }
  const cp = child.periods ?? [];
  const pp = parent.periods ?? [];
  for (let i = 0; i < Math.min(cp.length, pp.length); i++) {
    if (isMissing(cp[i]) || isMissing(pp[i])) continue;
    if (!sameTarget(pp[i], cp[i], toleranceOf(pp[i]))) {
      out.push(
        makeFinding("FULL_DRIFT", at, {
          ...ids(),
          field: "quarter",
          expected: pp[i].original,
          actual: cp[i].original,
          detail: { period: i + 1, periodCount: pp.length },
        })
      );
      break;
    }
  }
  return out;
}

function contributing(index: PlanIndex, child: Indicator, parent: Indicator, ids: Ids): Finding[] {
  const c = index.rowInfo(child);
  const p = index.rowInfo(parent);
  if (c.name === p.name && c.satuan === p.satuan) {
    return [makeFinding("CONTRIBUTING_IS_COPY", child.cells.indicator, ids())];
  }
  const own = index.termsOf(child);
  const shared =
    sharedTerms(own, index.termsOf(parent)) + sharedTerms(own, terms(parent.objective));
  if (shared === 0) return [makeFinding("LOW_RELEVANCE", child.cells.indicator, ids())];
  return [];
}
