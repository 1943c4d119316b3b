/** The findings catalogue of DESIGN.md §2: every code with its severity. */
import type { CellRef } from "./model";
import type { PersonRef } from "./skp";

export type Severity = "error" | "warning" | "info";

export const FINDING_SEVERITY = {
  MISSING_CONTRIBUTION: "error",
  ORPHAN: "error",
  BROKEN_LINK: "error",
  FULL_DRIFT: "error",
  PARTIAL_SHORTFALL: "error",
  UNIT_MISMATCH: "error",
  POLARITY_MISMATCH: "error",
  TARGET_INVALID: "error",
  LINK_CYCLE: "error",
  LINK_NOT_UPWARD: "error",
  UNIT_NOT_FOUND: "error",
  PARTIAL_UNVERIFIED: "warning",
  NOT_CASCADED: "warning",
  CONTRIBUTING_IS_COPY: "warning",
  LEVEL_SKIP: "warning",
  DUPLICATE_INDICATOR: "warning",
  TARGET_MISSING: "warning",
  QUARTER_INCONSISTENT: "warning",
  WEIGHTS_NOT_100: "warning",
  RULE_CONFLICT: "warning",
  OVER_ALLOCATED: "info",
  LOW_RELEVANCE: "info",
  HIERARCHY_UNKNOWN: "info",
  /** Added: a top unit's link to an IKU outside the workbook (DESIGN.md §2 calls it external, info). */
  EXTERNAL_LINK: "info",
  // the individual level, DESIGN.md §7
  RHK_NOT_INTERVENING: "error",
  LEADER_RHK_UNUSED: "warning",
  RHK_OVERLAP: "warning",
  JPT_RHK_NOT_IN_PK: "warning",
  DURATION_OVER_DAY: "warning",
  ACTIVITY_UNLINKED: "warning",
  // the year's results, DESIGN.md §8
  REALISASI_CONFLICT: "error",
  REALISASI_MISMATCH: "error",
  CAPAIAN_WRONG: "warning",
  REALISASI_MISSING: "warning",
  REALISASI_PERIODS: "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export type FindingField = "name" | "target" | "quarter" | "type" | "parent";

export interface Suggestion {
  unit: string;
  /** Code where there is one, else the name. */
  indicator: string;
  name: string;
  score: number;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The cell the finding points at, or null. */
  at: CellRef | null;
  unit: string | null;
  /** The row's code where there is one, else its name. */
  indicator: string | null;
  /** The row's indicator name, for messages (indicator may be only its code). */
  name?: string | null;
  /** The parent IKU's code where there is one, else its name. */
  parent: string | null;
  /** Message parameters; the sentence itself is made by messages.ts in the user's language. */
  expected?: number | string | null;
  actual?: number | string | null;
  field?: FindingField | null;
  inferred: boolean;
  suggestions: Suggestion[];
  /**
   * Extra facts for the message (a unit name not found, nearest names, a cycle, a period's place
   * and count). Computed numbers stay numbers: messages.ts writes them in the user's language.
   */
  detail?: Record<string, string | number | string[] | number[]>;
  /** The ids of the rows involved, for the UI (select, highlight). */
  rows?: string[];
  /** A finding about a person's SKP or activity log: who (their NIP masked unless asked). */
  person?: PersonRef;
  /** A person's RHK up the chain: their RHK → the leader's RHK it intervenes → … → the unit's IKU. */
  chain?: string[];
}
