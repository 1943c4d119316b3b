/**
 * The mapping profile: what detection cannot settle, the user settles once (which sheet and column
 * is what, the year, the framework, the hierarchy). It lives in the workbook in a very hidden sheet,
 * so the next run needs no questions, and it also records what Selaras last wrote (conflicts, undo).
 */
import type { Framework } from "../core/model";
import type { Field } from "./vocabulary";

export type Layout = "A" | "B" | "C" | "D";

export interface SheetMapping {
  ignore?: boolean;
  layout?: Layout;
  /** Layout B: the unit this sheet belongs to. */
  unit?: string;
  /** The first header row (1-based), when detection picks the wrong one. */
  headerRow?: number;
  /** Column letters by field, overriding detection ("indicator": "E", "target": "H"). */
  columns?: Partial<Record<Field, string>>;
}

export interface MappingProfile {
  version: 1;
  year?: number;
  framework?: Framework;
  locale?: "id" | "en";
  sheets?: Record<string, SheetMapping>;
  /** Unit hierarchy settled by the user: strongest of all sources. */
  hierarchy?: Array<{ unit: string; parent?: string; level?: string }>;
  /** What Selaras wrote last, by "Sheet!A1": a cell still holding it is not a conflict. */
  written?: Record<string, string | number>;
  /** The last fill's overwritten values, for "Undo last fill". */
  undo?: Array<{
    sheet: string;
    cell: string;
    old: string | number | boolean | null;
    new: string | number | boolean | null;
  }>;
  /** The rows the last fill inserted (first row after the insert, count), removed by undo. */
  undoInserts?: Array<{ sheet: string; fromRow: number; count: number }>;
  /** The sheets the last fill added for units without a table, removed by undo. */
  undoSheets?: string[];
  /** Cells highlighted by the last check, with their original fill and note, for "Clear highlights". */
  highlights?: Array<{ sheet: string; cell: string; fill: string | null; note: string | null }>;
  /** The findings sheet the last check added. */
  findingsSheet?: string;
}

export const PROFILE_SHEET = "_selaras_profile";
/** Excel cells hold at most 32 767 characters: the JSON is cut into chunks down column A. */
const CHUNK = 30000;

export function emptyProfile(): MappingProfile {
  return { version: 1 };
}

/** Validates a profile read from JSON (a file, or the hidden sheet); throws a readable error. */
export function parseProfile(json: string, source: string): MappingProfile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error(
      `profil pemetaan ${source} bukan JSON yang sah / mapping profile ${source} is not valid JSON`
    );
  }
  if (typeof data !== "object" || data === null || (data as { version?: unknown }).version !== 1) {
    throw new Error(
      `profil pemetaan ${source} tidak dikenal (version harus 1) / unknown mapping profile ${source} (version must be 1)`
    );
  }
  return data as MappingProfile;
}

/** The profile as cell values for the hidden sheet, one chunk per row in column A. */
export function profileToCells(profile: MappingProfile): string[] {
  const json = JSON.stringify(profile);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out.length > 0 ? out : ["{}"];
}

export function profileFromCells(
  cells: Array<string | null | undefined>
): MappingProfile | undefined {
  const json = cells.filter((c): c is string => typeof c === "string").join("");
  if (!json.trim()) return undefined;
  return parseProfile(json, PROFILE_SHEET);
}

/** Two profiles merged: the second's settings win, sheet by sheet. */
export function mergeProfiles(
  base: MappingProfile | undefined,
  over: MappingProfile | undefined
): MappingProfile {
  if (!base) return over ?? emptyProfile();
  if (!over) return base;
  return {
    ...base,
    ...over,
    sheets: { ...(base.sheets ?? {}), ...(over.sheets ?? {}) },
    written: { ...(base.written ?? {}), ...(over.written ?? {}) },
  };
}
