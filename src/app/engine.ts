/**
 * The use cases every view of the pane runs — read, check, plan and apply a fill, undo, bulk
 * targets, Susun PK, the mapping — behind one interface, so the pane does not care where the
 * engine runs: on the same thread over Office.js (Excel's objects cannot leave the pane's thread),
 * or in a Web Worker that owns the opened file (the web page). Everything that crosses the
 * interface is plain, structured-cloneable data, and only what a view shows: never the grids.
 *
 * @example
 *   const engine = new LocalEngine(host);
 *   const { check } = await engine.check("id", (p) => console.log(p.phase));
 *   const plan = await engine.planFill();
 *   await engine.apply(plan);
 */
import type { CapaianSummary, CheckSummary } from "../core/check";
import type { Finding, Suggestion } from "../core/findings";
import type { Lang } from "../core/messages";
import type { Consolidation, Framework, Indicator } from "../core/model";
import type { Pohon } from "../core/pohon";
import type { UnderstandingNote } from "../core/understanding";
import type { AcceptRefusal } from "../workbook/acceptParent";
import type { ApplyResult, ClearResult } from "../workbook/host";
import type { FillFocus } from "./fill";
import type { UndoResult } from "./undo";
import type { PatchPlan } from "../workbook/patches";
import type { PkDraft, PkDraftOptions } from "../workbook/pkDraft";
import type { MappingProfile } from "../workbook/profile";
import type { SheetSummary, TableSummary } from "../workbook/read";
import type { BulkRowTarget, OfferedUnit } from "./bulk";

export interface FillOptions {
  newSheets?: string[];
  focus?: FillFocus;
}

/**
 * Where a long operation is: opening the file, reading its sheets one by one, finding the tables,
 * checking, colouring the findings, writing, saving the file.
 */
export type EnginePhase = "open" | "sheets" | "tables" | "check" | "colour" | "write" | "save";

export interface EngineProgress {
  phase: EnginePhase;
  /** While sheets are read: the sheet, and how many of how many are done. */
  sheet?: string;
  done?: number;
  total?: number;
}

export type OnProgress = (p: EngineProgress) => void;

/** A column Setup offers for a field: its letter and the header the reader found above it. */
export interface ColumnOption {
  letter: string;
  label?: string;
}

/** The workbook as last read, as the views show it (Setup's summary, what can be done). */
export interface WorkbookSummary {
  sheets: SheetSummary[];
  tables: TableSummary[];
  /** Per sheet, the columns Setup offers (at most a hundred or so). */
  columns: Record<string, ColumnOption[]>;
  /**
   * The mapping in force (the saved profile with any override), its settings only: not this
   * workbook's own records (what Selaras wrote, undo, highlights), which stay with the engine.
   */
  profile: MappingProfile;
  /** The year the sheets state, when they do. */
  year?: number;
  framework: Framework;
  /** A unit's indicator table or persons' SKP was found: there is something to check. */
  hasIndicators: boolean;
}

/** A check as the Check view shows it. */
export interface CheckOutcome {
  findings: Finding[];
  summary: CheckSummary;
  capaian?: CapaianSummary;
  /** What the check could not place (units at the top, links outside the workbook). */
  notes: UnderstandingNote[];
  /** No indicator table was found: nothing was coloured. */
  empty: boolean;
}

/** An IKU the planner may split, as the Bulk view's picker lists it. */
export interface IndicatorChoice {
  id: string;
  code?: string;
  name: string;
  unit: string;
  /** The target as written in the sheet. */
  target: string;
}

/** A parent IKU chosen in Bulk: the row itself, how it consolidates, and the units under its owner. */
export interface BulkParent {
  parent: Indicator;
  consolidation: Consolidation;
  children: OfferedUnit[];
  descendants: OfferedUnit[];
}

/** A unit of the pohon kinerja, for the Pohon view's unit filter: top down, `depth` below the top. */
export interface PohonUnit {
  name: string;
  depth: number;
}

/** The pohon kinerja of the last check, as the Pohon view draws it. */
export interface PohonView {
  /** The tree (or one unit's subtree); each node's findings index the last check's findings. */
  pohon: Pohon;
  /** Every unit of the whole tree, for the filter (the same whichever unit was asked for). */
  units: PohonUnit[];
}

export type AcceptPlan = { plan: PatchPlan } | { refused: AcceptRefusal };

export interface Engine {
  /** Reads the workbook afresh, with its saved profile; later plans are made on this read. */
  read(onProgress?: OnProgress): Promise<WorkbookSummary>;
  /** Reads, checks and colours the findings in the workbook (with a findings sheet). */
  check(
    lang: Lang,
    onProgress?: OnProgress
  ): Promise<{ check: CheckOutcome; workbook: WorkbookSummary }>;
  /** Removes the highlights; says which sheets keep theirs (protected since they were coloured). */
  clearHighlights(): Promise<ClearResult>;
  /**
   * The cascade fill on the last read; `newSheets` are the units ticked for a sheet of their own,
   * `focus` one finding's IKU alone ("Isi dari atasan").
   */
  planFill(options?: FillOptions): Promise<PatchPlan>;
  /** Writes a plan (as previewed and ticked) and records it for undo; none of it when refused. */
  apply(plan: PatchPlan): Promise<ApplyResult & { profileSaved: boolean }>;
  undo(): Promise<UndoResult>;
  /**
   * The report to print (agency, counts, pohon kinerja, coverage, capaian, findings with what to
   * do) for the last read, as one self-contained HTML document; `date` is the day it is dated.
   */
  report(options: { lang: Lang; date: string }): Promise<string>;
  /** "Pakai induk ini": a finding's suggested parent written into its row's IKU Atasan cell. */
  planAcceptParent(finding: Finding, suggestion: Suggestion): Promise<AcceptPlan>;
  /** "Susun PK" on the last read. */
  planPk(options?: PkDraftOptions): Promise<PkDraft>;
  /** Every IKU of the last read, for Bulk's picker (asked only when Bulk is opened). */
  bulkIndicators(): Promise<IndicatorChoice[]>;
  /** A parent IKU of the last read, undefined when it is gone. */
  bulkParent(id: string): Promise<BulkParent | undefined>;
  /** The cells writing split targets would change, on the last read. */
  planBulk(parentId: string, rows: BulkRowTarget[]): Promise<PatchPlan>;
  /**
   * The pohon kinerja of the last check (`check`), or of one unit and the units below it; its
   * findings are the indices of that check's findings. Fails when nothing was checked yet.
   */
  pohon(options?: { unit?: string }): Promise<PohonView>;
  /** The same tree drawn as one SVG document (pohonSvg), for "Unduh SVG" and "Unduh PNG". */
  pohonSvg(options: { unit?: string; lang: Lang }): Promise<string>;
  readProfile(): Promise<MappingProfile | undefined>;
  writeProfile(profile: MappingProfile): Promise<void>;
  /** Shows a cell to the planner; absent where there is no workbook on screen. */
  select?: (sheet: string, cell: string) => Promise<void>;
}

/** An engine over a file opened in the browser: the page downloads it and shows a cell's text. */
export interface FileEngine extends Engine {
  readonly name: string;
  /** The workbook as it now is, and whether it carries macros (so it is saved as an .xlsm). */
  download(onProgress?: OnProgress): Promise<{ bytes: Uint8Array; macros: boolean }>;
  cellText(sheet: string, cell: string): Promise<string>;
  /** Lets go of the workbook (a worker ends). */
  close(): void;
}
