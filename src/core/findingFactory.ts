import { FINDING_SEVERITY, type Finding, type FindingCode } from "./findings";
import type { CellRef, Indicator } from "./model";

/** A finding with its catalogue severity and empty defaults. */
export function makeFinding(
  code: FindingCode,
  at: CellRef | null | undefined,
  fields: Partial<Omit<Finding, "code" | "severity" | "at">> = {}
): Finding {
  return {
    code,
    severity: FINDING_SEVERITY[code],
    at: at ?? null,
    unit: fields.unit ?? null,
    indicator: fields.indicator ?? null,
    name: fields.name ?? null,
    parent: fields.parent ?? null,
    expected: fields.expected ?? null,
    actual: fields.actual ?? null,
    field: fields.field ?? null,
    inferred: fields.inferred ?? false,
    suggestions: fields.suggestions ?? [],
    ...(fields.detail ? { detail: fields.detail } : {}),
    ...(fields.rows ? { rows: fields.rows } : {}),
  };
}

/** How findings name a row: its code where there is one, else its name. */
export function codeOrName(row: Indicator): string {
  return row.code?.trim() || row.name;
}

/** The fields that name a row (and its parent) in a finding. */
export function rowFields(
  row: Indicator,
  parent?: Indicator
): Pick<Finding, "unit" | "indicator" | "name" | "parent" | "rows"> {
  return {
    unit: row.unit,
    indicator: codeOrName(row),
    name: row.name,
    parent: parent ? codeOrName(parent) : null,
    rows: parent ? [row.id, parent.id] : [row.id],
  };
}
