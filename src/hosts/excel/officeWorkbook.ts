/**
 * The Office.js host: the open workbook inside Excel as a WorkbookHost, behaving like the ExcelJS
 * host on the same content. Excel.run and the requirement-set check are injected (see runtime.ts);
 * ExcelApi 1.7 (Excel 2019) is enough, newer sets are used when Excel says it has them.
 */
import type { Grid } from "../../workbook/grid";
import type { HighlightPlan } from "../../workbook/highlight";
import type {
  ApplyOptions,
  ApplyResult,
  ClearResult,
  ReadProgress,
  WorkbookHost,
} from "../../workbook/host";
import type { PatchPlan } from "../../workbook/patches";
import { emptyProfile, PROFILE_SHEET, type MappingProfile } from "../../workbook/profile";
import { DEFAULT_CHUNK_BYTES } from "./chunks";
import { clearIn, paintIn, type HighlightOptions } from "./highlight";
import { runOps } from "./ops";
import { addProfileSheet, profileOps, readProfileIn } from "./profileSheet";
import { loadDetailsIn, readGridsIn } from "./read";
import {
  featuresOf,
  officeRun,
  officeSupports,
  type ExcelRun,
  type Features,
  type Supports,
} from "./runtime";
import { deleteSheets, planOps, prepareApply } from "./write";

export interface OfficeWorkbookOptions {
  /** Excel.run, or a stand-in for tests. */
  run?: ExcelRun;
  /** Office.context.requirements.isSetSupported, or a stand-in for tests. */
  supports?: Supports;
  /** Bytes sent or received per sync; Excel on the web refuses more than 5 MB. */
  chunkBytes?: number;
  /** Longest address string given to one getRanges call. */
  maxAddress?: number;
}

export class OfficeWorkbook implements WorkbookHost {
  readonly features: Features;
  private readonly run: ExcelRun;
  private readonly budget: number;
  private readonly highlighting: HighlightOptions;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? officeRun;
    this.features = featuresOf(options.supports ?? officeSupports);
    this.budget = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    this.highlighting = {
      features: this.features,
      budget: this.budget,
      maxAddress: options.maxAddress ?? 2000,
    };
  }

  readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    return this.run((context) => readGridsIn(context, this.features, this.budget, onProgress));
  }

  loadDetails(grids: Grid[], columns: Array<{ sheet: string; columns: number[] }>): Promise<void> {
    return this.run((context) =>
      loadDetailsIn(context, grids, columns, this.features, this.budget)
    );
  }

  readProfile(): Promise<MappingProfile | undefined> {
    return this.run((context) => readProfileIn(context, this.budget));
  }

  async writeProfile(profile: MappingProfile): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(PROFILE_SHEET);
      await context.sync();
      if (ws.isNullObject) addProfileSheet(context);
      await runOps(context, profileOps(profile, this.budget), this.budget);
    });
  }

  async applyPatches(plan: PatchPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
    const refused = await this.run((context) =>
      prepareApply(context, plan, options.profile !== undefined, this.features)
    );
    // nothing half-written: one refused sheet stops the whole plan
    if (refused.length > 0) return { written: 0, refused };
    const ops = planOps(plan, options.profile, this.features, this.budget);
    try {
      await this.run(
        (context) => runOps(context, ops, this.budget),
        this.features.undoGroup ? { mergeUndoGroup: true } : undefined
      );
    } catch (err) {
      // the sheets were added before the writes: a failed apply takes them away again
      const added = (plan.sheets ?? []).map((n) => n.name);
      if (added.length > 0)
        await this.run((context) => deleteSheets(context, added)).catch(() => undefined);
      throw err;
    }
    const gone = plan.deleteSheets ?? [];
    if (gone.length > 0) await this.run((context) => deleteSheets(context, gone));
    return { written: plan.changes.length, refused: [] };
  }

  async highlight(plan: HighlightPlan): Promise<void> {
    await this.clearHighlights();
    const profile = (await this.readProfile()) ?? emptyProfile();
    await this.run((context) => paintIn(context, plan, profile, this.highlighting));
  }

  async clearHighlights(): Promise<ClearResult> {
    const profile = await this.readProfile();
    if (!profile?.highlights && !profile?.findingsSheet && !profile?.coverageSheet)
      return { kept: [] };
    return this.run((context) => clearIn(context, profile, this.highlighting));
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}
