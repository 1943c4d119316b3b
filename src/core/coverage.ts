/**
 * Partial coverage (DESIGN.md §1): a parent's partial set is aligned when meeting every child
 * target guarantees the parent's target, by consolidation type × polarity. Full children are
 * judged apart and never count here. Findings point at the parent's target cell, once per parent.
 */
import { comparable, gradeComparable, toleranceOf, type Comparable } from "./compare";
import { codeOrName, makeFinding, rowFields } from "./findingFactory";
import type { Finding } from "./findings";
import type { ResolvedLink, ResolvedRule } from "./links";
import type { Indicator, Polarity } from "./model";
import type { PlanIndex } from "./planIndex";

interface Member {
  row: Indicator;
  link: ResolvedLink;
}

export function checkCoverage(
  index: PlanIndex,
  links: ResolvedLink[],
  rules: ResolvedRule[]
): Finding[] {
  const sets = new Map<string, { parent: Indicator; members: Member[]; complete: boolean }>();
  for (const link of links) {
    if (link.type !== "partial" || !link.parent) continue;
    const set = sets.get(link.parent.id) ?? { parent: link.parent, members: [], complete: true };
    set.members.push({ row: link.child, link });
    sets.set(link.parent.id, set);
  }
  // A unit a rule names as partial but with no row is MISSING_CONTRIBUTION: the set is not judged.
  for (const rr of rules) {
    if (rr.rows.length > 0 || (rr.mark.type !== "partial" && !rr.share)) continue;
    const set = sets.get(rr.parent.id);
    if (set) set.complete = false;
  }
  const out: Finding[] = [];
  for (const set of sets.values()) {
    if (set.complete) out.push(...judge(index, set.parent, set.members));
    else {
      // not judged while a named child is missing, but an unreadable member is still a finding
      for (const m of set.members) if (m.row.target.kind === "text") out.push(invalid(m.row));
    }
  }
  return out;
}

function judge(index: PlanIndex, parent: Indicator, members: Member[]): Finding[] {
  const out: Finding[] = [];
  // grades are compared as grades when the parent writes one ("A" against "81 (A)")
  const byGrade =
    parent.target.kind === "grade" && members.every((m) => m.row.target.kind === "grade");
  const read = (t: Indicator["target"]) => (byGrade ? gradeComparable(t) : comparable(t));
  const pc = read(parent.target);
  if (!pc) {
    if (parent.target.kind === "text") out.push(invalid(parent));
    return out;
  }
  const pInfo = index.rowInfo(parent);
  const values: Comparable[] = [];
  let comparableAll = true;
  for (const m of members) {
    const c = read(m.row.target);
    const mInfo = index.rowInfo(m.row);
    const satuanDiffers = mInfo.satuan && pInfo.satuan && mInfo.satuan !== pInfo.satuan;
    if (!c || !compatible(pc, c)) {
      comparableAll = false;
      if (m.row.target.kind !== "empty" && m.row.target.kind !== "placeholder") {
        out.push(invalid(m.row));
      }
    } else if (satuanDiffers)
      comparableAll = false; // UNIT_MISMATCH says it
    else values.push(c);
  }
  if (!comparableAll || values.length === 0) return out;

  const ctx: Judgement = {
    parent,
    tol: toleranceOf(parent.target),
    polarity: pInfo.polarity.value,
    members,
    ids: {
      ...rowFields(parent),
      parent: codeOrName(parent),
      rows: [parent.id, ...members.map((m) => m.row.id)],
      inferred: members.some((m) => m.link.inferred || m.link.typeInferred),
    },
  };
  const consolidation = pInfo.consolidation.value;
  if (pc.kind === "grade") return [...out, ...judgeGrades(ctx, pc, values)];
  if (pc.kind === "band" || ctx.polarity === "stabilize") {
    const band = pc.kind === "band" ? pc : { low: pc.value - ctx.tol, high: pc.value + ctx.tol };
    return [...out, ...judgeBand(ctx, band, values, consolidation === "sum")];
  }
  const target = pc.value;
  const nums = values.map((v) => worstCase(v, ctx.polarity));
  if (consolidation === "sum") {
    const total = roundClean(nums.reduce((a, b) => a + b, 0));
    return [...out, ...verdict(ctx, target, total)];
  }
  if (consolidation === "average") return [...out, ...judgeAverage(ctx, target, nums)];
  // Take Last Known: every child on its own.
  const worst = pickWorst(nums, ctx.polarity);
  return [...out, ...verdict(ctx, target, worst, false)];
}

interface Judgement {
  parent: Indicator;
  tol: number;
  polarity: Polarity;
  members: Member[];
  ids: Pick<Finding, "unit" | "indicator" | "name" | "parent" | "rows" | "inferred">;
}

function compatible(p: Comparable, c: Comparable): boolean {
  if (p.kind === "grade" || c.kind === "grade") {
    return p.kind === "grade" && c.kind === "grade" && p.scale === c.scale;
  }
  return true;
}

function worstCase(v: Comparable, polarity: Polarity): number {
  if (v.kind === "number") return v.value;
  if (v.kind === "band") return polarity === "min" ? v.high : v.low;
  return v.rank;
}

function pickWorst(nums: number[], polarity: Polarity): number {
  return nums.reduce((w, n) => (polarity === "min" ? Math.max(w, n) : Math.min(w, n)));
}

function short(value: number, target: number, polarity: Polarity, tol: number): boolean {
  return polarity === "min" ? value > target + tol : value < target - tol;
}

function over(value: number, target: number, polarity: Polarity, tol: number): boolean {
  return polarity === "min" ? value < target - tol : value > target + tol;
}

function verdict(ctx: Judgement, target: number, actual: number, reportOver = true): Finding[] {
  const at = ctx.parent.cells.target;
  if (short(actual, target, ctx.polarity, ctx.tol)) {
    return [makeFinding("PARTIAL_SHORTFALL", at, { ...ctx.ids, expected: target, actual })];
  }
  if (reportOver && over(actual, target, ctx.polarity, ctx.tol)) {
    return [makeFinding("OVER_ALLOCATED", at, { ...ctx.ids, expected: target, actual })];
  }
  return [];
}

/**
 * The mean, weighted by a denominator column, else by the matrix percent shares, else equal.
 * Unweighted and straddling the parent: the regions may differ in size, so a short mean is
 * PARTIAL_UNVERIFIED; when every child falls short no weights can save it.
 */
function judgeAverage(ctx: Judgement, target: number, nums: number[]): Finding[] {
  const weights = weightsOf(ctx.members);
  const sumW = weights ? weights.reduce((a, b) => a + b, 0) : nums.length;
  const mean = roundClean(
    weights && sumW > 0
      ? nums.reduce((acc, v, i) => acc + v * weights[i], 0) / sumW
      : nums.reduce((a, b) => a + b, 0) / nums.length
  );
  if (short(mean, target, ctx.polarity, ctx.tol)) {
    const someMeet = nums.some((v) => !short(v, target, ctx.polarity, ctx.tol));
    if (!weights && someMeet) {
      return [
        makeFinding("PARTIAL_UNVERIFIED", ctx.parent.cells.target, {
          ...ctx.ids,
          expected: target,
          actual: mean,
        }),
      ];
    }
    return [
      makeFinding("PARTIAL_SHORTFALL", ctx.parent.cells.target, {
        ...ctx.ids,
        expected: target,
        actual: mean,
      }),
    ];
  }
  return verdict(ctx, target, mean);
}

function weightsOf(members: Member[]): number[] | undefined {
  const denominators = members.map((m) =>
    m.row.denominator ? comparable(m.row.denominator) : undefined
  );
  if (denominators.every((d) => d?.kind === "number" && d.value > 0)) {
    return denominators.map((d) => (d as { value: number }).value);
  }
  const shares = members.map((m) => m.link.share);
  if (shares.every((s) => s?.kind === "percent"))
    return shares.map((s) => (s as { value: number }).value);
  return undefined;
}

function judgeGrades(
  ctx: Judgement,
  pc: Extract<Comparable, { kind: "grade" }>,
  values: Comparable[]
): Finding[] {
  const grades = values as Array<Extract<Comparable, { kind: "grade" }>>;
  const worst = grades.reduce((w, g) => (g.rank < w.rank ? g : w), grades[0]);
  if (worst.rank < pc.rank) {
    return [
      makeFinding("PARTIAL_SHORTFALL", ctx.parent.cells.target, {
        ...ctx.ids,
        expected: pc.grade,
        actual: worst.grade,
      }),
    ];
  }
  return [];
}

/** Stabilize and ranges: each child inside the parent's band, or (Sum) the children's bands summed. */
function judgeBand(
  ctx: Judgement,
  band: { low: number; high: number },
  values: Comparable[],
  sum: boolean
): Finding[] {
  const bands = values.map((v) =>
    v.kind === "band"
      ? v
      : { low: (v as { value: number }).value, high: (v as { value: number }).value }
  );
  const inside = (b: { low: number; high: number }) =>
    b.low >= band.low - ctx.tol && b.high <= band.high + ctx.tol;
  const expected = `${band.low}–${band.high}`;
  // the bands as numbers too, so the message writes them in the user's language ("2,5–3,5")
  const shortfall = (b: { low: number; high: number }) =>
    makeFinding("PARTIAL_SHORTFALL", ctx.parent.cells.target, {
      ...ctx.ids,
      expected,
      actual: b.low === b.high ? b.low : `${b.low}–${b.high}`,
      detail: {
        expectedBand: [band.low, band.high],
        ...(b.low === b.high ? {} : { actualBand: [b.low, b.high] }),
      },
    });
  if (sum) {
    const total = {
      low: roundClean(bands.reduce((a, b) => a + b.low, 0)),
      high: roundClean(bands.reduce((a, b) => a + b.high, 0)),
    };
    return inside(total) ? [] : [shortfall(total)];
  }
  const outside = bands.find((b) => !inside(b));
  return outside ? [shortfall(outside)] : [];
}

function invalid(row: Indicator): Finding {
  return makeFinding("TARGET_INVALID", row.cells.target, {
    ...rowFields(row),
    actual: row.target.original,
    detail: { why: "partial" },
  });
}

/** Sums of decimals without float noise (0.1 + 0.2 → 0.3). */
export function roundClean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
