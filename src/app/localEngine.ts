/**
 * The engine on the caller's own thread, over any WorkbookHost: the task pane inside Excel (whose
 * host objects cannot cross to a worker), the component tests, and inside the web page's worker.
 * It keeps the last read session and its check, so plans are made on what the planner saw.
 *
 * @example
 *   const engine = new LocalEngine(new OfficeWorkbook());
 *   const workbook = await engine.read((p) => setProgress(p));
 */
import { checkPlan, type CheckResult } from "../core/check";
import type { Finding, Suggestion } from "../core/findings";
import { columnLetters } from "../core/cells";
import type { Lang } from "../core/messages";
import type { PlanIndex } from "../core/planIndex";
import type { Pohon } from "../core/pohon";
import { ReasonError } from "../core/reasons";
import { understandingNotes } from "../core/understanding";
import { planAcceptParent } from "../workbook/acceptParent";
import { lastCol } from "../workbook/grid";
import type { ClearResult, WorkbookHost } from "../workbook/host";
import { applySessionFill, planSessionFill } from "./fill";
import { hasIndicatorTable, openSession, type Session } from "./session";
import { planSessionPk } from "./pk";
import { undoLastFill } from "./undo";
import type { PatchPlan } from "../workbook/patches";
import type { PkDraftOptions } from "../workbook/pkDraft";
import { portableProfile, type MappingProfile } from "../workbook/profile";
import { bulkPatchPlan, unitsUnder, type BulkRowTarget } from "./bulk";
import type {
  AcceptPlan,
  BulkParent,
  CheckOutcome,
  ColumnOption,
  Engine,
  FillOptions,
  IndicatorChoice,
  OnProgress,
  PohonUnit,
  PohonView,
  WorkbookSummary,
} from "./engine";

/** At most this many columns are offered per sheet: a stray formatted cell can widen a sheet a lot. */
const MAX_COLUMNS = 104;

export class LocalEngine implements Engine {
  private session?: Session;
  /** The check of `session`, made once (Bulk and the Check view share it). */
  private checked?: { session: Session; result: CheckResult };
  /**
   * What the last `check` found, and its whole tree once asked for: the pane's findings are this
   * check's, so the tree's finding indices must be too (a later read does not change them).
   */
  private lastCheck?: { result: CheckResult; whole?: Pohon; units?: PohonUnit[] };
  select?: (sheet: string, cell: string) => Promise<void>;

  constructor(protected readonly host: WorkbookHost) {
    if (host.select) this.select = host.select.bind(host);
  }

  async read(onProgress?: OnProgress): Promise<WorkbookSummary> {
    const session = await this.readSession(onProgress);
    return summaryOf(session);
  }

  async check(lang: Lang, onProgress?: OnProgress) {
    const session = await this.readSession(onProgress);
    onProgress?.({ phase: "check" });
    const result = this.checkOf(session);
    const empty = !hasIndicatorTable(session);
    if (!empty) {
      onProgress?.({ phase: "colour" });
      // its own chunk, loaded by the first check: the pane opens without the highlight plan and
      // the Cakupan sheet
      const { annotate } = await import("./annotate");
      await annotate(
        this.host,
        result,
        lang,
        session.grids.map((g) => g.sheet)
      );
    }
    this.lastCheck = { result };
    const check: CheckOutcome = {
      findings: result.findings,
      summary: result.summary,
      ...(result.capaian ? { capaian: result.capaian } : {}),
      notes: empty ? [] : understandingNotes(result),
      empty,
    };
    return { check, workbook: summaryOf(session) };
  }

  clearHighlights(): Promise<ClearResult> {
    return this.host.clearHighlights();
  }

  async planFill(options: FillOptions = {}): Promise<PatchPlan> {
    return planSessionFill(this.current(), options).plan;
  }

  async apply(plan: PatchPlan) {
    return applySessionFill(this.host, this.current(), plan);
  }

  undo() {
    return undoLastFill(this.host);
  }

  async report(options: { lang: Lang; date: string; workbook?: string }): Promise<string> {
    const result = this.checkOf(this.current());
    // its own chunk: the pane's first load does without the report's code
    const { checkReport } = await import("./report");
    return checkReport(result, options).html;
  }

  async planAcceptParent(finding: Finding, suggestion: Suggestion): Promise<AcceptPlan> {
    return planAcceptParent(this.current(), finding, suggestion);
  }

  async planPk(options: PkDraftOptions = {}) {
    return planSessionPk(this.current(), options);
  }

  async bulkIndicators(): Promise<IndicatorChoice[]> {
    return this.current().read.plan.indicators.map((r) => ({
      id: r.id,
      ...(r.code ? { code: r.code } : {}),
      name: r.name,
      unit: r.unit,
      target: r.target.original,
    }));
  }

  async bulkParent(id: string): Promise<BulkParent | undefined> {
    const session = this.current();
    const parent = session.read.plan.indicators.find((r) => r.id === id);
    if (!parent) return undefined;
    const { index } = this.checkOf(session);
    return {
      parent,
      consolidation: index.rowInfo(parent).consolidation.value,
      children: unitsUnder(index, parent.unit, "children"),
      descendants: unitsUnder(index, parent.unit, "descendants"),
    };
  }

  async planBulk(parentId: string, rows: BulkRowTarget[]): Promise<PatchPlan> {
    const session = this.current();
    const parent = session.read.plan.indicators.find((r) => r.id === parentId);
    if (!parent) throw new ReasonError({ code: "parent-iku-not-found" });
    return bulkPatchPlan(session, this.checkOf(session), parent, rows);
  }

  async pohon(options: { unit?: string } = {}): Promise<PohonView> {
    const last = this.checkedLast();
    // the tree is loaded when first asked for: the pane's first load does not carry it
    const { buildPohon } = await import("../core/pohon");
    last.whole ??= buildPohon(last.result);
    last.units ??= pohonUnits(last.result.index);
    const pohon = options.unit === undefined ? last.whole : buildPohon(last.result, options);
    return { pohon, units: last.units };
  }

  async pohonSvg(options: { unit?: string; lang: Lang }): Promise<string> {
    const { pohon } = await this.pohon({ unit: options.unit });
    const { result } = this.checkedLast();
    const { pohonSvg } = await import("../workbook/pohonSvg");
    return pohonSvg(pohon, { lang: options.lang, findings: result.findings });
  }

  readProfile(): Promise<MappingProfile | undefined> {
    return this.host.readProfile();
  }

  writeProfile(profile: MappingProfile): Promise<void> {
    return this.host.writeProfile(profile);
  }

  private async readSession(onProgress?: OnProgress): Promise<Session> {
    const session = await openSession(this.host, undefined, (p) => {
      onProgress?.({ phase: "sheets", ...p });
      // the last sheet read: what follows is finding the tables on them
      if (p.done === p.total) onProgress?.({ phase: "tables" });
    });
    this.session = session;
    return session;
  }

  /** The last read; a plan asked for before any read reads first (never on a stale workbook). */
  private current(): Session {
    if (!this.session) throw new ReasonError({ code: "workbook-not-read" });
    return this.session;
  }

  private checkedLast() {
    if (!this.lastCheck) throw new ReasonError({ code: "workbook-not-checked" });
    return this.lastCheck;
  }

  private checkOf(session: Session): CheckResult {
    if (this.checked?.session !== session)
      this.checked = { session, result: checkPlan(session.read.plan) };
    return this.checked.result;
  }
}

/**
 * Every unit of the workbook top down (the hierarchy's order), each with how many units stand
 * above it: a unit whose IKU hang under its parent's IKU is offered too.
 */
function pohonUnits(index: PlanIndex): PohonUnit[] {
  const out: PohonUnit[] = [];
  const seen = new Set<string>();
  const walk = (key: string, depth: number) => {
    const unit = index.units.get(key);
    if (!unit || seen.has(key)) return;
    seen.add(key);
    out.push({ name: unit.name, depth });
    for (const child of unit.children) walk(child, depth + 1);
  };
  const units = [...index.units.values()];
  for (const u of units)
    if (!u.parents.some((p) => index.units.has(p) && p !== u.key)) walk(u.key, 0);
  // units around a loop of parents have no top: each stands as its own
  for (const u of units) walk(u.key, 0);
  return out;
}

/** What the views show of a session: no grids, no plan, only summaries and Setup's columns. */
function summaryOf(session: Session): WorkbookSummary {
  const { read, profile } = session;
  return {
    sheets: read.sheets,
    tables: read.tables,
    columns: columnOptions(session),
    // the settings only: what Selaras wrote and coloured (thousands of cells on a large
    // workbook) stays with the engine
    profile: portableProfile(profile),
    ...(read.year !== undefined ? { year: read.year } : {}),
    framework: read.plan.settings.framework,
    hasIndicators: hasIndicatorTable(session),
  };
}

/** Per sheet, its columns up to the last used one, each with the header the reader found. */
function columnOptions(session: Session): Record<string, ColumnOption[]> {
  const out: Record<string, ColumnOption[]> = {};
  for (const grid of session.grids) {
    const labels = new Map<number, string>();
    for (const d of session.read.detected) {
      if (d.table.sheet !== grid.sheet) continue;
      for (const c of d.table.columns) if (!labels.has(c.col)) labels.set(c.col, c.label);
    }
    const last = Math.min(lastCol(grid), grid.left + MAX_COLUMNS - 1);
    const options: ColumnOption[] = [];
    for (let col = 1; col <= last; col++) {
      const label = labels.get(col);
      options.push(
        label === undefined ? { letter: columnLetters(col) } : { letter: columnLetters(col), label }
      );
    }
    out[grid.sheet] = options;
  }
  return out;
}
