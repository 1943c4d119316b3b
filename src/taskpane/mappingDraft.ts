/**
 * The Setup view's editable copy of the mapping profile, and back: a draft holds what the form
 * shows ("auto", "" for no override); the profile keeps only real overrides, and everything the
 * form does not edit (header rows, other columns, undo data, highlights) passes through untouched.
 */
import { columnLetters, columnNumber } from "../core/cells";
import type { Framework } from "../core/model";
import type { Layout, MappingProfile, SheetMapping } from "../workbook/profile";

/** The columns the form lets the user place; other fields keep what the profile says. */
export const EDITABLE_FIELDS = [
  "indicator",
  "target",
  "satuan",
  "code",
  "parentLink",
  "cascadeType",
  "unit",
  "objective",
  "polarity",
  "consolidation",
  "weight",
  "denominator",
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type ReadAs = "auto" | Layout | "ignore";

export interface SheetDraft {
  readAs: ReadAs;
  unit: string;
  columns: Partial<Record<EditableField, string>>;
  /** The TW I–IV (or semester, month) target columns as typed: "F, G, H, I" or "F-I"; "" = detected. */
  periods: string;
}

/** "F, G, H, I", "F-I" or "F:I" → ["F", "G", "H", "I"]; undefined when it is not a column list. */
export function periodLetters(text: string): string[] | undefined {
  const t = text.trim().toUpperCase();
  if (!t) return [];
  const range = /^([A-Z]{1,3})\s*[-:–]\s*([A-Z]{1,3})$/.exec(t);
  if (range) {
    const from = columnNumber(range[1]);
    const to = columnNumber(range[2]);
    if (to < from || to - from > 11) return undefined;
    return Array.from({ length: to - from + 1 }, (_, i) => columnLetters(from + i));
  }
  const list = t.split(/[\s,;]+/).filter(Boolean);
  return list.length > 0 && list.length <= 12 && list.every((l) => /^[A-Z]{1,3}$/.test(l))
    ? list
    : undefined;
}

export interface MappingDraft {
  year: string;
  framework: "auto" | Framework;
  sheets: Record<string, SheetDraft>;
}

export function draftOf(profile: MappingProfile, sheetNames: string[]): MappingDraft {
  const sheets: Record<string, SheetDraft> = {};
  for (const name of sheetNames) {
    const m = profile.sheets?.[name] ?? {};
    const columns: SheetDraft["columns"] = {};
    for (const f of EDITABLE_FIELDS) {
      const letter = m.columns?.[f];
      if (letter) columns[f] = letter;
    }
    sheets[name] = {
      readAs: m.ignore ? "ignore" : (m.layout ?? "auto"),
      unit: m.unit ?? "",
      columns,
      periods: (m.periods ?? []).join(", "),
    };
  }
  return {
    year: profile.year !== undefined ? String(profile.year) : "",
    framework: profile.framework ?? "auto",
    sheets,
  };
}

function sheetMapping(
  draft: SheetDraft,
  before: SheetMapping | undefined
): SheetMapping | undefined {
  const m: SheetMapping = { ...(before ?? {}) };
  delete m.ignore;
  delete m.layout;
  delete m.unit;
  if (draft.readAs === "ignore") m.ignore = true;
  else if (draft.readAs !== "auto") m.layout = draft.readAs;
  const unit = draft.unit.trim();
  if (unit) m.unit = unit;
  const columns = { ...(before?.columns ?? {}) };
  for (const f of EDITABLE_FIELDS) {
    const letter = draft.columns[f]?.trim().toUpperCase();
    if (letter) columns[f] = letter;
    else delete columns[f];
  }
  if (Object.keys(columns).length > 0) m.columns = columns;
  else delete m.columns;
  const periods = periodLetters(draft.periods);
  if (periods && periods.length > 0) m.periods = periods;
  else delete m.periods;
  return Object.keys(m).length > 0 ? m : undefined;
}

/**
 * The profile to write: the one the workbook holds now (read just before saving, so highlights and
 * undo data recorded since the last read survive) with the draft's settings.
 */
export function profileWithDraft(current: MappingProfile, draft: MappingDraft): MappingProfile {
  const profile: MappingProfile = { ...current };
  const year = Number(draft.year.trim());
  if (draft.year.trim() && Number.isInteger(year)) profile.year = year;
  else delete profile.year;
  if (draft.framework === "auto") delete profile.framework;
  else profile.framework = draft.framework;
  const sheets: Record<string, SheetMapping> = { ...(current.sheets ?? {}) };
  for (const [name, d] of Object.entries(draft.sheets)) {
    const m = sheetMapping(d, current.sheets?.[name]);
    if (m) sheets[name] = m;
    else delete sheets[name];
  }
  if (Object.keys(sheets).length > 0) profile.sheets = sheets;
  else delete profile.sheets;
  return profile;
}
