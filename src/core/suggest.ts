/**
 * Suggested parents for an orphan or a broken link: the parent unit's IKUs, then the
 * grandparent's, ranked by term overlap (stop words removed, affixes folded). Suggestions are
 * shown to the planner; they never become links by themselves.
 */
import type { Suggestion } from "./findings";
import type { Indicator } from "./model";
import type { PlanIndex } from "./planIndex";
import { overlap, terms } from "./text";

const MAX_SUGGESTIONS = 3;

export function suggestParents(index: PlanIndex, row: Indicator, text?: string): Suggestion[] {
  const unit = index.rowInfo(row).unit;
  const own =
    text !== undefined ? terms(text) : unionTerms(index.termsOf(row), terms(row.objective));
  if (own.size === 0) return [];
  const scored: Array<Suggestion & { depth: number }> = [];
  for (const { key, depth } of index.ancestors(unit.key).slice(0, 8)) {
    if (depth > 2) break;
    const ancestor = index.units.get(key);
    if (!ancestor) continue;
    for (const candidate of ancestor.rows) {
      const score = Math.max(
        overlap(own, index.termsOf(candidate)),
        0.5 * overlap(own, terms(candidate.objective))
      );
      if (score <= 0) continue;
      scored.push({
        unit: ancestor.name,
        indicator: candidate.code?.trim() || candidate.name,
        name: candidate.name,
        score: Math.round(score * 100) / 100,
        depth,
      });
    }
  }
  // the parent unit's IKUs first, then the grandparent's; by overlap within each
  return scored
    .sort((a, b) => a.depth - b.depth || b.score - a.score)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ depth: _depth, ...s }) => s);
}

function unionTerms(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set(a);
  for (const t of b) out.add(t);
  return out;
}
