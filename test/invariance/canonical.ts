/**
 * Findings and fill plans in a presentation-independent form: each finding's unit and row mapped
 * back to the plan's ids (through the names and codes this presentation wrote), cells dropped,
 * sorted. Same for the fill: unit + row id + field + value.
 */
import { cascadePlan } from "../../src/core/cascade";
import { checkPlan } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { periodLabel } from "../../src/core/numbers";
import { reasonText } from "../../src/core/reasonMessages";
import { gridsFromSpec } from "../../src/sample/spec";
import { planFill } from "../../src/workbook/fill";
import type { CellValue } from "../../src/workbook/grid";
import { readWorkbook } from "../../src/workbook/read";
import type { CanonicalFinding, CanonicalPlan, PlanIku } from "./plan";
import { ikuOf, unitOf } from "./plan";
import { present, SATUAN_SPELLINGS, writtenCode, type Presentation } from "./present";

/** Case, spacing, punctuation and a leading "Kepala" folded away: how a planner compares names. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^kepala\s+/, "");
}

export interface Mapper {
  unit(name: string | null): string | null;
  /** A row named by code or name, preferring the given unit and then its ancestors. */
  row(text: string | null, unit?: string | null): string | null;
}

export function mapperFor(plan: CanonicalPlan, p: Presentation): Mapper {
  const units = new Map(plan.units.map((u) => [fold(u.name), u.id]));
  const written = (i: PlanIku) => [writtenCode(plan, i, p.codeStyle), i.name];
  const ancestors = (unitId: string | null | undefined): string[] => {
    const out: string[] = [];
    let u = unitId ? plan.units.find((x) => x.id === unitId) : undefined;
    while (u) {
      out.push(u.id);
      u = u.parent ? unitOf(plan, u.parent) : undefined;
    }
    return out;
  };
  return {
    unit(name) {
      if (name === null) return null;
      return units.get(fold(name)) ?? `?${name}`;
    },
    row(text, unit) {
      if (text === null) return null;
      const key = fold(text);
      const matches = plan.ikus.filter((i) =>
        written(i).some((w) => w !== null && fold(w) === key)
      );
      if (matches.length === 0) return `?${text}`;
      for (const a of ancestors(unit)) {
        const m = matches.find((i) => i.unit === a);
        if (m) return m.id;
      }
      return matches.length === 1 ? matches[0].id : `?${text}`;
    },
  };
}

function key(f: CanonicalFinding): string {
  return [f.code, f.unit ?? "", f.indicator ?? "", f.parent ?? "", f.field ?? ""].join("|");
}

export function sortFindings(list: CanonicalFinding[]): CanonicalFinding[] {
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function canonicalFindings(
  plan: CanonicalPlan,
  p: Presentation,
  findings: Finding[]
): CanonicalFinding[] {
  const m = mapperFor(plan, p);
  return sortFindings(
    findings.map((f) => {
      const unit = m.unit(f.unit);
      const indicator = m.row(f.indicator, unit);
      // the parent is looked for above the row's unit
      const own = indicator && !indicator.startsWith("?") ? ikuOf(plan, indicator) : undefined;
      const parentUnit = own ? (unitOf(plan, own.unit).parent ?? own.unit) : unit;
      const out: CanonicalFinding = {
        code: f.code,
        unit,
        indicator,
        parent: m.row(f.parent, parentUnit),
      };
      if (f.field) out.field = f.field;
      return out;
    })
  );
}

/** One written cell of a fill, as meaning: which row (or new row of which unit), which field, what. */
export interface CanonicalWrite {
  kind: "change" | "conflict";
  unit: string | null;
  parent: string | null;
  field: string;
  value: string;
}

/** Fields that exist only because a presentation has the column: not part of the plan's fill. */
const PRESENTATION_FIELDS = new Set(["unit", "parentLink", "cascadeType"]);

export interface CanonicalFill {
  writes: CanonicalWrite[];
  unitsWithoutTable: string[];
}

export function canonicalFill(
  plan: CanonicalPlan,
  p: Presentation,
  fill: ReturnType<typeof planFill>
): CanonicalFill {
  const m = mapperFor(plan, p);
  const satuan = new Map<string, string>();
  for (const [k, variants] of Object.entries(SATUAN_SPELLINGS))
    for (const v of variants) satuan.set(fold(v), k);
  const satuanKey = (s: string) => (s.trim() === "%" ? "persen" : satuan.get(fold(s)));
  const value = (field: string, v: CellValue, unit: string | null, parent: string | null) => {
    if (v === null) return "";
    if (typeof v === "object") return `#${v.error}`;
    if (field === "satuan") return satuanKey(String(v)) ?? `?${String(v)}`;
    // a target written with its parent's satuan ("10 Dokumen", "95%") is its number: the satuan
    // is a field of its own, which a table without a Satuan column keeps in the target text
    const withSatuan = field === "target" ? /^(\S+?)\s*(%|\p{L}.*)$/u.exec(String(v)) : null;
    if (withSatuan && parent && !parent.startsWith("?")) {
      const own = ikuOf(plan, parent).satuan;
      return satuanKey(withSatuan[2]) === own ? withSatuan[1] : String(v);
    }
    if (field === "indicator") return m.row(String(v), unit) ?? "";
    return String(v);
  };
  const writes: CanonicalWrite[] = [];
  for (const [kind, list] of [
    ["change", fill.changes],
    ["conflict", fill.conflicts],
  ] as const) {
    for (const c of list) {
      const why = c.why;
      if (why?.code !== "change-row") {
        const said = why ? reasonText(why, "id") : "";
        writes.push({ kind, unit: null, parent: null, field: `?${said}`, value: "" });
        continue;
      }
      const { parent: parentText, unit: unitText } = why;
      // a period is named as the sheet heads it (TW III): both presentations name it alike
      const field = why.period ? periodLabel(why.period.index, why.period.count) : why.field;
      if (PRESENTATION_FIELDS.has(field)) continue;
      const unit = m.unit(unitText);
      const unitParent = unit && !unit.startsWith("?") ? unitOf(plan, unit).parent : undefined;
      const parent = m.row(parentText, unitParent ?? null);
      writes.push({ kind, unit, parent, field, value: value(field, c.new, unit, parent) });
    }
  }
  const k = (w: CanonicalWrite) => [w.kind, w.unit, w.parent, w.field, w.value].join("|");
  writes.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
  return {
    writes,
    unitsWithoutTable: (fill.unitsWithoutTable ?? []).map((u) => m.unit(u) ?? "").sort(),
  };
}

export interface Outcome {
  findings: CanonicalFinding[];
  fill: CanonicalFill;
  /** Raw findings, for the failure message. */
  raw: Array<Pick<Finding, "code" | "unit" | "indicator" | "parent"> & { cell: string | null }>;
}

/** Writes the plan in the presentation, reads it, checks it and plans a fill. */
export function run(plan: CanonicalPlan, p: Presentation): Outcome {
  const grids = gridsFromSpec(present(plan, p));
  const read = readWorkbook(grids);
  const check = checkPlan(read.plan);
  const cascade = cascadePlan(read.plan);
  const fill = planFill(read, grids, cascade);
  return {
    findings: canonicalFindings(plan, p, check.findings),
    fill: canonicalFill(plan, p, fill),
    raw: check.findings.map((f) => ({
      code: f.code,
      unit: f.unit,
      indicator: f.indicator,
      parent: f.parent,
      cell: f.at ? `${f.at.sheet}!${f.at.cell}` : null,
    })),
  };
}
