/**
 * The mapping profile: what detection cannot settle, the user settles once (which sheet and column
 * is what, the year, the framework, the hierarchy). It lives in the workbook in a very hidden sheet,
 * so the next run needs no questions, and it also records what Selaras last wrote (conflicts, undo).
 */
import type { Framework } from "../core/model";
import { ReasonError, type ProfileExpectation, type ProfileReason } from "../core/reasons";
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
  /** The period target columns in order (TW I–IV: ["F", "G", "H", "I"]), overriding detection. */
  periods?: string[];
}

export interface MappingProfile {
  version: 1;
  year?: number;
  /**
   * The effective working time the activity logs are measured against (DESIGN.md §7): minutes a
   * day (default 300) and hours a year (default 1 250).
   */
  standards?: { dailyMinutes?: number; yearlyHours?: number };
  /** The day results are reported by (ISO, "2026-07-15"); periods ended before it need realisasi. */
  reportingDate?: string;
  /**
   * Capaian floor and cap (default 0 and 120; null for no cap), a Stabilize band (§8), and the
   * capaian from which a unit reads as reached (goodFrom, default 100) and close (fairFrom, 80).
   */
  capaian?: {
    floor?: number;
    cap?: number | null;
    band?: number;
    goodFrom?: number;
    fairFrom?: number;
  };
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
    /** The number format the cell had before the fill gave it one ("General" for none). */
    numFmt?: string;
  }>;
  /** The rows the last fill inserted (first row after the insert, count), removed by undo. */
  undoInserts?: Array<{ sheet: string; fromRow: number; count: number }>;
  /** The sheets the last fill added for units without a table, removed by undo. */
  undoSheets?: string[];
  /** Cells highlighted by the last check, with their original fill and note, for "Clear highlights". */
  highlights?: Array<{
    sheet: string;
    cell: string;
    fill: string | null;
    note: string | null;
    /** The cell's style index before the highlight (the .xlsx package host restores it exactly). */
    style?: number;
  }>;
  /** The findings sheet the last check added. */
  findingsSheet?: string;
  /** The coverage sheet ("Cakupan") the last check added. */
  coverageSheet?: string;
}

export const PROFILE_SHEET = "_selaras_profile";
/** Excel cells hold at most 32 767 characters: the JSON is cut into chunks down column A. */
const CHUNK = 30000;

export function emptyProfile(): MappingProfile {
  return { version: 1 };
}

/** A mapping profile that cannot be used: its reason says where and why (core/reasons.ts). */
export class ProfileError extends ReasonError {
  constructor(reason: ProfileReason) {
    super(reason);
    this.name = "ProfileError";
  }
}

/** Validates a profile read from JSON (a file, or the hidden sheet); throws a ProfileError. */
export function parseProfile(json: string, source: string): MappingProfile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ProfileError({ code: "profile-not-json", source });
  }
  if (!isObject(data) || data.version !== 1) {
    throw new ProfileError({ code: "profile-version", source });
  }
  const problem = profileProblem(data);
  if (problem) {
    throw new ProfileError({
      code: "profile-field",
      source,
      path: problem.path,
      expected: problem.expected,
    });
  }
  return data as unknown as MappingProfile;
}

type Problem = { path: string; expected: ProfileExpectation };
type Check = (v: unknown) => ProfileExpectation | undefined;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const kind =
  (ok: (v: unknown) => boolean, expected: ProfileExpectation): Check =>
  (v) =>
    ok(v) ? undefined : expected;
const STRING = kind((v) => typeof v === "string", { kind: "text" });
const BOOLEAN = kind((v) => typeof v === "boolean", { kind: "boolean" });
const CELL_VALUE = kind((v) => v === null || ["string", "number", "boolean"].includes(typeof v), {
  kind: "cellValue",
});
const YEAR_VALUE = kind(
  (v) => Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2200,
  { kind: "year" }
);
const ROW = kind((v) => Number.isInteger(v) && (v as number) >= 1, { kind: "row" });
const POSITIVE = kind((v) => typeof v === "number" && Number.isFinite(v) && v > 0, {
  kind: "positive",
});
const NUMBER = kind((v) => typeof v === "number" && Number.isFinite(v), { kind: "number" });
const NUMBER_OR_NULL = kind((v) => v === null || (typeof v === "number" && Number.isFinite(v)), {
  kind: "numberOrNull",
});
const oneOf = (values: string[]): Check =>
  kind((v) => values.includes(v as string), { kind: "oneOf", values });
const COLUMN = kind((v) => typeof v === "string" && /^[A-Za-z]{1,3}$/.test(v), { kind: "column" });
const OBJECT: ProfileExpectation = { kind: "object" };
const LIST: ProfileExpectation = { kind: "list" };
const TEXT: ProfileExpectation = { kind: "text" };

/** The first field of the wrong type, with its path ("sheets.IKU.headerRow"). */
function profileProblem(p: Record<string, unknown>): Problem | undefined {
  const at = (path: string, v: unknown, check: Check): Problem | undefined => {
    if (v === undefined) return undefined;
    const wrong = check(v);
    return wrong ? { path, expected: wrong } : undefined;
  };
  const record = (
    path: string,
    v: unknown,
    each: (key: string, x: unknown) => Problem | undefined
  ) => {
    if (v === undefined) return undefined;
    if (!isObject(v)) return { path, expected: OBJECT };
    for (const [k, x] of Object.entries(v)) {
      const problem = each(`${path}.${k}`, x);
      if (problem) return problem;
    }
    return undefined;
  };
  const list = (path: string, v: unknown, each: (p: string, x: unknown) => Problem | undefined) => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return { path, expected: LIST };
    for (const [i, x] of v.entries()) {
      const problem = each(`${path}[${i}]`, x);
      if (problem) return problem;
    }
    return undefined;
  };
  const fields = (path: string, v: unknown, spec: Record<string, Check>) => {
    if (!isObject(v)) return { path, expected: OBJECT };
    for (const [k, check] of Object.entries(spec)) {
      const problem = at(`${path}.${k}`, v[k], check);
      if (problem) return problem;
    }
    return undefined;
  };
  return (
    at("year", p.year, YEAR_VALUE) ??
    at("framework", p.framework, oneOf(["kemenkeu", "permenpan"])) ??
    at(
      "reportingDate",
      p.reportingDate,
      kind((v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v), { kind: "date" })
    ) ??
    (p.standards === undefined
      ? undefined
      : isObject(p.standards)
        ? fields("standards", p.standards, { dailyMinutes: POSITIVE, yearlyHours: POSITIVE })
        : at(
            "standards",
            p.standards,
            kind(() => false, OBJECT)
          )) ??
    (p.capaian === undefined
      ? undefined
      : fields("capaian", p.capaian, {
          floor: NUMBER,
          cap: NUMBER_OR_NULL,
          band: NUMBER,
          goodFrom: NUMBER,
          fairFrom: NUMBER,
        })) ??
    at("locale", p.locale, oneOf(["id", "en"])) ??
    at("findingsSheet", p.findingsSheet, STRING) ??
    at("coverageSheet", p.coverageSheet, STRING) ??
    record("sheets", p.sheets, (path, m) =>
      isObject(m)
        ? (fields(path, m, {
            ignore: BOOLEAN,
            layout: oneOf(["A", "B", "C", "D"]),
            unit: STRING,
            headerRow: ROW,
          }) ??
          record(`${path}.columns`, m.columns, (c, letter) => at(c, letter, COLUMN)) ??
          list(`${path}.periods`, m.periods, (c, letter) => at(c, letter, COLUMN)))
        : { path, expected: OBJECT }
    ) ??
    list(
      "hierarchy",
      p.hierarchy,
      (path, h) =>
        fields(path, h, { unit: STRING, parent: STRING, level: STRING }) ??
        (isObject(h) && typeof h.unit !== "string"
          ? { path: `${path}.unit`, expected: TEXT }
          : undefined)
    ) ??
    record("written", p.written, (path, v) =>
      at(
        path,
        v,
        kind((x) => ["string", "number"].includes(typeof x), { kind: "textOrNumber" })
      )
    ) ??
    list("undo", p.undo, (path, u) =>
      fields(path, u, {
        sheet: STRING,
        cell: STRING,
        old: CELL_VALUE,
        new: CELL_VALUE,
        numFmt: STRING,
      })
    ) ??
    list("undoInserts", p.undoInserts, (path, u) =>
      fields(path, u, { sheet: STRING, fromRow: ROW, count: ROW })
    ) ??
    list("undoSheets", p.undoSheets, (path, u) => at(path, u, STRING)) ??
    list("highlights", p.highlights, (path, h) => fields(path, h, { sheet: STRING, cell: STRING }))
  );
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
/**
 * The settings a profile carries from one workbook to the next (year, framework, sheet mappings,
 * hierarchy, reporting settings) without what belongs to this workbook alone: what Selaras wrote,
 * its undo record, its highlights.
 */
export function portableProfile(p: MappingProfile): MappingProfile {
  const out: MappingProfile = { ...p };
  delete out.written;
  delete out.undo;
  delete out.undoInserts;
  delete out.undoSheets;
  delete out.highlights;
  delete out.findingsSheet;
  delete out.coverageSheet;
  return out;
}

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
