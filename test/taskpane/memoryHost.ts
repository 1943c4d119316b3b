/**
 * An in-memory WorkbookHost for the pane's tests: grids from a workbook spec, a profile kept as
 * an object, and every call the pane makes recorded so tests can assert what it asked for.
 * Patches change values (rows inserted or deleted as plain row splices; formats are not moved).
 */
import { parseA1 } from "../../src/core/cells";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridFromRows, type CellValue, type Grid } from "../../src/workbook/grid";
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import type { HighlightPlan } from "../../src/workbook/highlight";
import type {
  ApplyOptions,
  ApplyResult,
  ClearResult,
  ReadProgress,
  WorkbookHost,
} from "../../src/workbook/host";
import type { PatchPlan } from "../../src/workbook/patches";
import type { MappingProfile } from "../../src/workbook/profile";

const clone = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));

function cloneGrid(g: Grid): Grid {
  return {
    ...g,
    values: g.values.map((r) => [...r]),
    merges: g.merges.map((m) => ({ ...m })),
    formats: new Map(g.formats),
    formulas: new Set(g.formulas),
    tables: [...g.tables],
  };
}

export interface MemoryHostOptions {
  /** Offer select (a host with a UI); true by default. */
  select?: boolean;
  profile?: MappingProfile;
}

export class MemoryHost implements WorkbookHost {
  grids: Grid[];
  profile: MappingProfile | undefined;
  readonly calls = {
    readGrids: 0,
    applyPatches: [] as PatchPlan[],
    highlight: [] as HighlightPlan[],
    clearHighlights: 0,
    select: [] as Array<{ sheet: string; cell: string }>,
    writeProfile: [] as MappingProfile[],
  };
  select?: (sheet: string, cell: string) => Promise<void>;

  constructor(spec: WorkbookSpec = sampleWorkbook(), options: MemoryHostOptions = {}) {
    this.grids = gridsFromSpec(spec);
    this.profile = clone(options.profile);
    if (options.select !== false) {
      this.select = async (sheet, cell) => {
        this.calls.select.push({ sheet, cell });
      };
    }
  }

  async readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    this.calls.readGrids++;
    return this.grids.map((g, i) => {
      onProgress?.({ sheet: g.sheet, done: i + 1, total: this.grids.length });
      return cloneGrid(g);
    });
  }

  async readProfile(): Promise<MappingProfile | undefined> {
    return clone(this.profile);
  }

  async writeProfile(profile: MappingProfile): Promise<void> {
    this.calls.writeProfile.push(clone(profile));
    this.profile = clone(profile);
  }

  async applyPatches(plan: PatchPlan, options?: ApplyOptions): Promise<ApplyResult> {
    this.calls.applyPatches.push(clone(plan));
    for (const n of plan.sheets ?? []) this.grids.push(gridFromRows(n.name, []));
    for (const ins of [...plan.inserts].sort((a, b) => b.afterRow - a.afterRow)) {
      const g = this.grid(ins.sheet);
      const at = ins.afterRow - g.top + 1;
      g.values.splice(at, 0, ...Array.from({ length: ins.count }, () => [] as CellValue[]));
    }
    for (const c of plan.changes) this.set(c.sheet, c.cell, c.new);
    for (const d of [...(plan.deletes ?? [])].sort((a, b) => b.fromRow - a.fromRow)) {
      const g = this.grid(d.sheet);
      g.values.splice(d.fromRow - g.top, d.count);
    }
    const gone = new Set(plan.deleteSheets ?? []);
    this.grids = this.grids.filter((g) => !gone.has(g.sheet));
    // the profile record of a fill is saved with it, in one step (as the real hosts do)
    if (options?.profile) this.profile = clone(options.profile);
    return { written: plan.changes.length, refused: [] };
  }

  async highlight(plan: HighlightPlan): Promise<void> {
    await this.clearHighlights();
    this.calls.highlight.push(plan);
    const fs = plan.findingsSheet;
    this.grids.push(gridFromRows(fs.name, [fs.header, ...fs.rows]));
    this.profile = {
      ...(this.profile ?? { version: 1 }),
      highlights: plan.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, fill: null, note: null })),
      findingsSheet: fs.name,
    };
  }

  /** Sheets a clear leaves coloured, as a host does for sheets protected since they were coloured. */
  keptOnClear: string[] = [];

  async clearHighlights(): Promise<ClearResult> {
    this.calls.clearHighlights++;
    const name = this.profile?.findingsSheet;
    if (name) this.grids = this.grids.filter((g) => g.sheet !== name);
    if (this.profile) {
      const rest = { ...this.profile };
      delete rest.highlights;
      delete rest.findingsSheet;
      this.profile = rest;
    }
    return { kept: this.keptOnClear };
  }

  /** A cell's value now. */
  valueOf(sheet: string, cell: string): CellValue {
    const g = this.grid(sheet);
    const { row, col } = parseA1(cell);
    return g.values[row - g.top]?.[col - g.left] ?? null;
  }

  private grid(sheet: string): Grid {
    const g = this.grids.find((x) => x.sheet === sheet);
    if (!g) throw new Error(`no sheet ${sheet}`);
    return g;
  }

  private set(sheet: string, cell: string, value: CellValue): void {
    const g = this.grid(sheet);
    const { row, col } = parseA1(cell);
    const r = row - g.top;
    const c = col - g.left;
    while (g.values.length <= r) g.values.push([]);
    const line = g.values[r];
    while (line.length <= c) line.push(null);
    line[c] = value;
  }
}
