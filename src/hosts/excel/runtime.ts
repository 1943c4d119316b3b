/**
 * How the Office.js host reaches Excel. The batch runner and the requirement-set check are
 * injected: production passes Excel.run and Office's isSetSupported, tests an in-memory Excel.
 */

export interface RunOptions {
  /** ExcelApi 1.20: every sync of the batch becomes one Excel undo step. */
  mergeUndoGroup?: boolean;
}

export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: RunOptions
) => Promise<T>;

/** Office.context.requirements.isSetSupported, e.g. supports("ExcelApi", "1.9"). */
export type Supports = (set: string, version: string) => boolean;

/** The optional ExcelApi features the host uses, each with a fallback. */
export interface Features {
  /** 1.9: RangeAreas (getRanges), fill.pattern, Range.copyFrom. */
  rangeAreas: boolean;
  /** 1.9: Worksheet.autoFilter (the findings sheet's filter). */
  autoFilter: boolean;
  /** 1.9: Worksheet.pageLayout (orientation, paper, fit to pages, print titles). */
  pageLayout: boolean;
  /** 1.9: Worksheet.shapes (a pohon kinerja drawn in shapes is said to be one). */
  shapes: boolean;
  /** 1.10: threaded comments (notes' fallback, and never a note on a commented cell). */
  comments: boolean;
  /** 1.13: getMergedAreasOrNullObject. */
  merges: boolean;
  /** 1.18: notes. */
  notes: boolean;
  /** 1.20: Excel.run({ mergeUndoGroup }). */
  undoGroup: boolean;
}

export function featuresOf(supports: Supports): Features {
  const api = (version: string) => supports("ExcelApi", version);
  return {
    rangeAreas: api("1.9"),
    autoFilter: api("1.9"),
    pageLayout: api("1.9"),
    shapes: api("1.9"),
    comments: api("1.10"),
    merges: api("1.13"),
    notes: api("1.18"),
    undoGroup: api("1.20"),
  };
}

export const officeRun: ExcelRun = (batch, options) =>
  options?.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);

export const officeSupports: Supports = (set, version) =>
  Office.context.requirements.isSetSupported(set, version);

/** Excel on the web refuses a request or response over 5 MB: such a batch is split and retried. */
export function isPayloadTooLarge(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
