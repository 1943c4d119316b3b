/**
 * Every sentence the engine says that is not a finding, as data: a stable code and its parameters
 * (DESIGN.md §6). Sheets not read and why, what a sheet's reading noted, cells a fill skips or
 * leaves alone, refusals, bad files, profile problems, errors, and why a fill writes a cell. The
 * words are made once per language by core/reasonMessages.ts; nothing here is prose, so nothing
 * downstream ever splits or parses text.
 */
import type { CascadeSkipReason } from "./cascade";
import { reasonText } from "./reasonMessages";

/** The fields a fill writes for one proposed row; "period" is one of its TW, semester or months. */
export type FillField =
  "unit" | "indicator" | "satuan" | "polarity" | "target" | "period" | "parentLink" | "cascadeType";

/** What a profile field must hold, for a profile-field reason. */
export type ProfileExpectation =
  | { kind: "text" }
  | { kind: "boolean" }
  | { kind: "cellValue" }
  | { kind: "year" }
  | { kind: "row" }
  | { kind: "positive" }
  | { kind: "number" }
  | { kind: "textOrNumber" }
  | { kind: "numberOrNull" }
  | { kind: "column" }
  | { kind: "date" }
  | { kind: "object" }
  | { kind: "list" }
  | { kind: "oneOf"; values: string[] };

/** Why a fill writes a cell, for the preview: which row and field, never parsed back. */
export type ChangeWhy =
  /** One field of a proposed child row: "1.2 → Kantor Regional I: TW III". */
  | {
      code: "change-row";
      parent: string;
      unit: string;
      field: FillField;
      /** A period field: which one (1-based) of how many (4 quarters, 2 semesters, 12 months). */
      period?: { index: number; count: number };
    }
  /** A cell of a new sheet for a unit without a table: its title, its unit line or the header. */
  | { code: "change-new-sheet"; unit: string; part: "title" | "unitLine" | "header" }
  /** The parent-link cell a suggested parent is written to. */
  | { code: "change-parent-link"; unit: string }
  /** A staff member's SKP cell the Matriks Pembagian Peran asks for. */
  | { code: "change-role-matrix"; person: string; field: string }
  /** A cell of a drafted Perjanjian Kinerja. */
  | { code: "change-pk-draft"; unit: string };

/** A sheet left unread, and why. */
export type SheetReason =
  | { code: "sheet-ignored-by-profile" }
  | { code: "sheet-findings" }
  | { code: "sheet-coverage" }
  | { code: "sheet-empty" }
  | { code: "sheet-drawn-in-shapes"; shapes: number }
  | { code: "sheet-column-blocks"; row: number }
  | { code: "sheet-indicator-columns-side-by-side"; columns: string[] }
  | { code: "sheet-tables-without-rows"; rows: number[] }
  | { code: "sheet-table-without-indicator"; row: number; labels: string[] }
  | { code: "sheet-no-indicator-column"; sheet: string; headers: string[] };

/** What reading a sheet noted beside its tables. */
export type SheetNote =
  | {
      code: "note-other-target-columns";
      others: Array<{ column: string; label: string }>;
      used: { column: string; label: string };
    }
  | { code: "note-matrix-owner-unknown" }
  | { code: "note-matrix-owner"; unit: string; by: "title" | "names" }
  | { code: "note-role-matrix"; results: number }
  | { code: "note-skp"; persons: number; rows: number }
  | { code: "note-activity-log"; persons: number; activities: number };

/** Why a fill leaves a cell (or a unit, or a sheet) alone. */
export type FillReason =
  | { code: "fill-row-not-found" }
  | { code: "fill-no-table"; unit: string }
  | { code: "fill-formula" }
  | { code: "fill-user-value" }
  | { code: "fill-periods-held" }
  | {
      code: "fill-cascade-skip";
      unit: string;
      parent: string;
      /** The cascade's own reason, with its detail (a split's or phasing's refusal). */
      skip: CascadeSkipReason;
      detail?: string;
    };

/** Why a host refuses to write: the whole apply is refused with it. */
export type WriteRefusal =
  | { code: "sheet-missing"; sheet: string }
  | { code: "sheet-protected"; sheet: string }
  | { code: "sheet-exists"; sheet: string }
  | { code: "row-past-end"; row: number }
  | { code: "formula-3d"; formula: string }
  | { code: "sheet-without-data"; part: string }
  | { code: "shared-formula-without-master"; cell: string };

/** A file that cannot be opened. */
export type FileReason =
  | { code: "file-empty"; file: string }
  | { code: "file-encrypted"; file: string }
  | { code: "file-not-xlsx"; file: string }
  | { code: "file-damaged"; file: string }
  | { code: "file-unreadable"; file: string }
  | { code: "csv-too-wide"; file: string; columns: number };

/** A mapping profile that cannot be used. */
export type ProfileReason =
  | { code: "profile-unreadable"; file: string }
  | { code: "profile-not-json"; source: string }
  | { code: "profile-version"; source: string }
  | { code: "profile-field"; source: string; path: string; expected: ProfileExpectation };

/** A command used wrongly, or asked for what the workbook does not have. */
export type UsageReason =
  | { code: "out-is-folder"; out: string }
  | { code: "out-needs-xlsm"; out: string }
  | { code: "out-needs-xlsx"; out: string }
  | { code: "out-needs-svg"; out: string }
  | { code: "out-needs-html"; out: string }
  | { code: "not-a-date"; date: string }
  | { code: "out-is-input"; input: string }
  | { code: "out-one-workbook" }
  | { code: "not-a-year"; year: string }
  | { code: "no-iku-table"; file: string }
  | { code: "unknown-unit"; unit: string; nearest: string[] };

/** The engine asked for something it cannot do now. */
export type EngineReason =
  | { code: "parent-iku-not-found" }
  | { code: "workbook-not-read" }
  | { code: "workbook-not-checked" }
  | { code: "unknown-request"; method: string }
  | { code: "workbook-closed" };

/** Why a unit got no drafted PK (core of workbook/pkDraft.ts's PkDraftSkip). */
export type PkReason =
  | { code: "pk-unknown-unit"; unit: string }
  | { code: "pk-has-pk"; unit: string; sheet: string }
  | { code: "pk-no-indicators"; unit: string };

export type Reason =
  | ChangeWhy
  | SheetReason
  | SheetNote
  | FillReason
  | WriteRefusal
  | FileReason
  | ProfileReason
  | UsageReason
  | EngineReason
  | PkReason;

export type ReasonCode = Reason["code"];

/** A reason's parameters without its code, for JSON beside the stable `code`. */
export function reasonParams(r: Reason): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).filter(([k]) => k !== "code"));
}

/**
 * An error that says why with a Reason: the pane, the web page and the CLI render it in the
 * user's language. Its message is the Indonesian sentence (the default language), for logs and
 * for anything that only prints a message.
 */
export class ReasonError extends Error {
  constructor(readonly reason: Reason) {
    super(reasonText(reason, "id"));
    this.name = "ReasonError";
  }
}
