/**
 * "Isi dari atasan": a finding about a child row that its parent's cascade would fix sends the
 * planner to Fill, previewing that IKU's fill alone.
 */
import { createContext, useContext } from "react";
import type { Finding, FindingCode } from "../core/findings";
import type { FillFocus } from "../app/fill";

/**
 * Findings a cascade fill can answer: a missing or differing child row, its target or quarters.
 * Not NOT_CASCADED: no rule names where that IKU goes, so there is nothing to fill yet.
 */
const FILLABLE = new Set<FindingCode>([
  "MISSING_CONTRIBUTION",
  "FULL_DRIFT",
  "UNIT_MISMATCH",
  "POLARITY_MISMATCH",
  "TARGET_MISSING",
  "QUARTER_INCONSISTENT",
]);

export function canFillFrom(f: Finding): boolean {
  return FILLABLE.has(f.code) && !f.person && ((f.rows?.length ?? 0) > 0 || !!f.parent);
}

export function focusOf(f: Finding): FillFocus {
  return { rows: f.rows ?? [], parent: f.parent, unit: f.unit };
}

/** The finding Fill is asked to answer, each request a new object (asking twice previews twice). */
export interface FillRequest {
  finding: Finding;
  focus: FillFocus;
}

export interface FillNavigation {
  request?: FillRequest;
  /** Opens Fill for this finding's IKU. */
  fillFrom(finding: Finding): void;
  /** Back to the whole workbook's fill. */
  clear(): void;
}

export const FillNavigationContext = createContext<FillNavigation>({
  fillFrom: () => undefined,
  clear: () => undefined,
});

export const useFillNavigation = () => useContext(FillNavigationContext);
