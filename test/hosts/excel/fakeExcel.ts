/**
 * A small in-memory Excel: exactly the Office.js subset the Office.js host uses, with Office.js
 * batch semantics. Calls queue commands and loads; context.sync() runs them in order; reading a
 * property that was not loaded (and synced) throws; every sync is counted with the JSON bytes it
 * sends and receives, and a batch over the payload limit fails as Excel on the web's does. APIs of
 * a requirement set the fake is told it lacks throw ApiNotFound, so fallbacks are really taken.
 */
import { a1, columnNumber } from "../../../src/core/cells";
import type { ExcelRun, RunOptions, Supports } from "../../../src/hosts/excel/runtime";
import type { CellValue } from "../../../src/workbook/grid";
import type { WorkbookSpec } from "../../../src/sample/spec";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** "#RRGGBB" of a solid fill. */
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  /** "Center", "Top"… as Office.js names alignments. */
  horizontal?: string;
  vertical?: string;
  /** Edges given a line style ("EdgeTop", "InsideHorizontal"…), by their style. */
  borders?: Record<string, string>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

const key = (row: number, col: number) => row * MAX_COL + col;
const rowOf = (k: number) => Math.floor(k / MAX_COL);
const colOf = (k: number) => k % MAX_COL;

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  /** Column widths in points, by column; unset columns have Excel's default. */
  readonly widths = new Map<number, number>();
  readonly notes = new Map<number, string>();
  readonly comments = new Map<number, string>();
  /** Shapes drawn on the sheet, by ShapeType ("TextBox", "Line", "Image" …). */
  shapes: string[] = [];
  /** Row heights in points, by row. */
  readonly heights = new Map<number, number>();
  /** Worksheet.pageLayout as set (ExcelApi 1.9). */
  page: { paperSize?: string; orientation?: string; zoom?: unknown; printTitleRows?: string } = {};
  /** Rows frozen at the top (Worksheet.freezePanes, ExcelApi 1.7). */
  frozenRows?: number;
  /** The autofilter's range, e.g. "A1:K12" (Worksheet.autoFilter, ExcelApi 1.9). */
  autoFilter?: string;

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const k = key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }

  /** Bounding box of cells with a value (or, unless valuesOnly, any format). */
  used(valuesOnly: boolean): Rect | null {
    let box: Rect | null = null;
    for (const [k, c] of this.cells) {
      const hasValue = (c.value !== undefined && c.value !== "") || c.formula !== undefined;
      if (valuesOnly ? !hasValue : !hasValue && c.fill === undefined && !c.numberFormat) continue;
      const r = rowOf(k);
      const col = colOf(k);
      if (!box) box = { top: r, left: col, bottom: r, right: col };
      else {
        box.top = Math.min(box.top, r);
        box.bottom = Math.max(box.bottom, r);
        box.left = Math.min(box.left, col);
        box.right = Math.max(box.right, col);
      }
    }
    return box;
  }

  /** Rows inserted before `at`: what follows (cells, merges, notes) moves down, new rows take the format above. */
  insertRows(at: number, count: number): void {
    shiftKeys(this.cells, (r) => (r >= at ? r + count : r));
    shiftKeys(this.notes, (r) => (r >= at ? r + count : r));
    shiftKeys(this.comments, (r) => (r >= at ? r + count : r));
    this.merges = this.merges.map((m) =>
      m.top >= at
        ? { ...m, top: m.top + count, bottom: m.bottom + count }
        : m.bottom >= at
          ? { ...m, bottom: m.bottom + count }
          : m
    );
    if (at > 1) {
      for (const [k, c] of [...this.cells]) {
        if (rowOf(k) !== at - 1) continue;
        for (let i = 0; i < count; i++) copyFormat(c, this.cell(at + i, colOf(k)));
      }
    }
  }

  deleteRows(from: number, count: number): void {
    const last = from + count - 1;
    const move = (r: number) => (r < from ? r : r > last ? r - count : null);
    for (const map of [this.cells, this.notes, this.comments] as Array<Map<number, unknown>>) {
      for (const k of [...map.keys()]) if (move(rowOf(k)) === null) map.delete(k);
      shiftKeys(map, (r) => move(r) as number);
    }
    this.merges = this.merges
      .filter((m) => !(m.top >= from && m.bottom <= last))
      .map((m) => {
        const top = m.top < from ? m.top : m.top > last ? m.top - count : from;
        const removed = Math.max(0, Math.min(m.bottom, last) - Math.max(m.top, from) + 1);
        const bottom = m.bottom - (m.bottom > last ? count : removed);
        return { ...m, top, bottom };
      });
  }
}

function shiftKeys<T>(map: Map<number, T>, to: (row: number) => number): void {
  const entries = [...map];
  map.clear();
  for (const [k, v] of entries) map.set(key(to(rowOf(k)), colOf(k)), v);
}

function copyFormat(from: FakeCell, to: FakeCell): void {
  if (from.numberFormat) to.numberFormat = from.numberFormat;
  else delete to.numberFormat;
  if (from.fill) to.fill = from.fill;
  else delete to.fill;
  if (from.bold) to.bold = true;
  else delete to.bold;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active?: string;
  selected?: { sheet: string; address: string };

  static fromSpec(spec: WorkbookSpec): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const s of spec.sheets) {
      const sheet = new FakeSheet(s.name);
      const start = s.startRow ?? 1;
      s.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          sheet.cell(start + i, j + 1).value = typeof v === "object" ? v.error : v;
        })
      );
      for (const [cell, fmt] of Object.entries(s.formats ?? {})) {
        const r = parseRef(cell);
        sheet.cell(r.top, r.left).numberFormat = fmt;
      }
      for (const [cell, formula] of Object.entries(s.formulas ?? {})) {
        const r = parseRef(cell);
        sheet.cell(r.top, r.left).formula = formula.startsWith("=") ? formula : `=${formula}`;
      }
      sheet.merges = (s.merges ?? []).map(parseRef);
      // spec widths are characters; Excel reports points (about 6 a character here)
      (s.widths ?? []).forEach((w, i) => sheet.widths.set(i + 1, w * 6));
      if (s.phantomColumn) sheet.cell(1, s.phantomColumn).fill = "#FFFFFF";
      for (const b of s.bold ?? []) sheet.cell(start + b - 1, 1).bold = true;
      if (s.protect) sheet.protected = true;
      sheet.shapes = [...(s.shapes ?? [])];
      if (s.state === "hidden") sheet.visibility = "Hidden";
      if (s.state === "veryHidden") sheet.visibility = "VeryHidden";
      wb.sheets.push(sheet);
    }
    wb.active = wb.sheets[0]?.name;
    return wb;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A cell's value as a grid holds it (errors as { error }), for assertions. */
  value(sheet: string, address: string): CellValue {
    const r = parseRef(address);
    const v = this.sheet(sheet)?.cells.get(key(r.top, r.left))?.value;
    if (v === undefined || v === "") return null;
    return typeof v === "string" && ERRORS.includes(v) ? { error: v } : v;
  }

  fill(sheet: string, address: string): string | null {
    const r = parseRef(address);
    const fill = this.sheet(sheet)?.cells.get(key(r.top, r.left))?.fill;
    return fill ? fill.slice(1).toUpperCase() : null;
  }

  /** The cell itself (created when empty), to arrange a test. */
  at(sheet: string, address: string): FakeCell {
    const r = parseRef(address);
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet '${sheet}'`);
    return s.cell(r.top, r.left);
  }

  /** Arranges a note or threaded comment the user made. */
  annotate(kind: "notes" | "comments", sheet: string, address: string, text: string): void {
    const r = parseRef(address);
    this.sheet(sheet)?.[kind].set(key(r.top, r.left), text);
  }

  note(sheet: string, address: string): string | undefined {
    const r = parseRef(address);
    return this.sheet(sheet)?.notes.get(key(r.top, r.left));
  }

  comment(sheet: string, address: string): string | undefined {
    const r = parseRef(address);
    return this.sheet(sheet)?.comments.get(key(r.top, r.left));
  }
}

/** "A1", "$A$1:B2", "5:6", "A:C", with or without "Sheet!" in front. */
export function parseRef(address: string): Rect {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = ref.split(":");
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p.trim());
    if (!m || (!m[1] && !m[2]))
      throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
    return { col: m[1] ? columnNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  };
  const s = part(a);
  const e = part(b);
  return {
    top: s.row || 1,
    left: s.col || 1,
    bottom: e.row || MAX_ROW,
    right: e.col || MAX_COL,
  };
}

function rectAddress(sheet: FakeSheet, r: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet.name)
    ? sheet.name
    : `'${sheet.name.replace(/'/g, "''")}'`;
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return `${name}!${start === end ? start : `${start}:${end}`}`;
}

function jsonSize(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

/** A typed string as Excel reads it: a leading quote keeps text, numbers and TRUE/FALSE are parsed. */
function typed(v: unknown): Pick<FakeCell, "value" | "formula"> {
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=")) return { formula: s, value: 0 };
  if (/^[-+]?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(s.trim())) return { value: Number(s) };
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toUpperCase() === "TRUE" };
  return { value: s };
}

// ---------------------------------------------------------------------------------------------
// The batch machinery

interface Staged {
  bytes: number;
  commit(): void;
}

interface Op {
  run(): Staged[] | void;
  /** Bytes the command sends (values, formats, texts). */
  write?: number;
  /** The command changes the workbook: an undo step, refused by a protected sheet. */
  mutates?: boolean;
}

export interface SyncRecord {
  read: number;
  write: number;
  ops: number;
  /** suspendApiCalculationUntilNextSync was called before this sync. */
  calculationSuspended: boolean;
}

export interface FakeStats {
  syncs: SyncRecord[];
  runs: Array<{ mergeUndoGroup: boolean; syncs: number }>;
  /** Undo records Excel would keep: one per changing sync, one per merged run. */
  undoSteps: number;
  /** Range.values assignments. */
  valueWrites: number;
  /** Range proxies created (getRange, getRangeByIndexes, getUsedRange…). */
  rangesCreated: number;
  /** Worksheet.getRanges calls (range areas). */
  rangeAreasCreated: number;
  /** Each getRanges call as Excel ran it: the sheet and the length of its address. */
  rangeAreas: Array<{ sheet: string; addressLength: number }>;
}

export interface FakeExcelOptions {
  /** Which ExcelApi versions the fake has (default: all). */
  supports?: (version: string) => boolean;
  /** Bytes one sync may send or receive (Excel on the web: 5 MB). */
  payloadLimit?: number;
}

/** ExcelApi versions up to and including `max` ("1.7": Excel 2019). */
export function upTo(max: string): (version: string) => boolean {
  return (v) => compareVersions(v, max) <= 0;
}

/** Every ExcelApi version except the listed ones. */
export function without(...missing: string[]): (version: string) => boolean {
  return (v) => !missing.includes(v);
}

function compareVersions(a: string, b: string): number {
  const [a1_, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1_ - b1 || a2 - b2;
}

export class FakeExcel {
  readonly stats: FakeStats = {
    syncs: [],
    runs: [],
    undoSteps: 0,
    valueWrites: 0,
    rangesCreated: 0,
    rangeAreasCreated: 0,
    rangeAreas: [],
  };
  private readonly has: (version: string) => boolean;
  readonly payloadLimit: number;

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeExcelOptions = {}
  ) {
    this.has = options.supports ?? (() => true);
    this.payloadLimit = options.payloadLimit ?? 5_000_000;
  }

  static fromSpec(spec: WorkbookSpec, options: FakeExcelOptions = {}): FakeExcel {
    return new FakeExcel(FakeWorkbook.fromSpec(spec), options);
  }

  readonly supports: Supports = (set, version) => set === "ExcelApi" && this.has(version);

  readonly run: ExcelRun = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options?: RunOptions
  ): Promise<T> => {
    const merged = options?.mergeUndoGroup === true;
    if (merged) this.require("1.20", "RunOptions.mergeUndoGroup");
    const context = new FakeContext(this, merged);
    const record = { mergeUndoGroup: merged, syncs: 0 };
    this.stats.runs.push(record);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0)
        throw new Error(`${context.pending} queued command(s) never synced before Excel.run ended`);
      return result;
    } finally {
      record.syncs = context.syncs;
      if (merged && context.changed) this.stats.undoSteps++;
    }
  };

  /** Resets the counters (e.g. between the steps a test measures). */
  resetStats(): void {
    this.stats.syncs = [];
    this.stats.runs = [];
    this.stats.undoSteps = 0;
    this.stats.valueWrites = 0;
    this.stats.rangesCreated = 0;
    this.stats.rangeAreasCreated = 0;
    this.stats.rangeAreas = [];
  }

  require(version: string, api: string): void {
    if (!this.has(version))
      throw new FakeExcelError("ApiNotFound", `${api} needs ExcelApi ${version}`);
  }
}

export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  private queue: Op[] = [];
  private suspended = false;
  syncs = 0;
  changed = false;

  constructor(
    readonly excel: FakeExcel,
    readonly merged: boolean
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  get book(): FakeWorkbook {
    return this.excel.workbook;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  suspend(): void {
    this.suspended = true;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncs++;
    const write = ops.reduce((n, op) => n + (op.write ?? 0), 0);
    const record: SyncRecord = {
      read: 0,
      write,
      ops: ops.length,
      calculationSuspended: this.suspended,
    };
    this.suspended = false;
    this.excel.stats.syncs.push(record);
    if (write > this.excel.payloadLimit)
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${write} bytes sent`);
    const staged: Staged[] = [];
    let changed = false;
    for (const op of ops) {
      staged.push(...(op.run() ?? []));
      if (op.mutates) changed = true;
    }
    record.read = staged.reduce((n, s) => n + s.bytes, 0);
    if (changed) {
      this.changed = true;
      if (!this.merged) this.excel.stats.undoSteps++;
    }
    if (record.read > this.excel.payloadLimit)
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${record.read} bytes read`);
    for (const s of staged) s.commit();
  }

  /** Changes to a protected sheet fail as in Excel. */
  writable(sheet: FakeSheet): void {
    if (sheet.protected)
      throw new FakeExcelError("AccessDenied", `sheet '${sheet.name}' is protected`);
  }
}

/**
 * A proxy: resolved to its workbook object when its first command runs; properties readable only
 * once loaded and synced.
 */
abstract class FakeProxy<E> {
  private entity: E | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => E | null,
    /** Methods returning a proxy resolve at the next sync (so isNullObject is known). */
    eager = false
  ) {
    if (eager) ctx.enqueue({ run: () => void this.resolve() });
  }

  resolve(): E | null {
    if (this.entity === undefined) this.entity = this.resolver();
    return this.entity;
  }

  protected must(): E {
    const e = this.resolve();
    if (e === null)
      throw new FakeExcelError("ItemNotFound", `${this.constructor.name} is a null object`);
    return e;
  }

  get isNullObject(): boolean {
    if (this.entity === undefined)
      throw new Error(`${this.constructor.name}.isNullObject read before context.sync()`);
    return this.entity === null;
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new Error(
        `PropertyNotLoaded: ${this.constructor.name}.${name} read without load("${name}") and sync()`
      );
    return this.loaded.get(name) as T;
  }

  load(arg: string | string[]): this {
    const paths = (Array.isArray(arg) ? arg : arg.split(",")).map((p) => p.trim()).filter((p) => p);
    if (paths.length === 0) throw new Error("empty load(): name the properties");
    this.ctx.enqueue({ run: () => this.collect(paths) });
    return this;
  }

  /** Snapshots of the paths, committed when the sync's response fits the limit. */
  collect(paths: string[]): Staged[] {
    if (this.resolve() === null) return [];
    const out: Staged[] = [];
    const grouped = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0) {
        const value = this.read(head);
        out.push({ bytes: jsonSize(value), commit: () => this.loaded.set(head, value) });
      } else grouped.set(head, [...(grouped.get(head) ?? []), rest.join("/")]);
    }
    for (const [head, rest] of grouped) {
      const children = this.children(head);
      for (const child of children) out.push(...child.collect(rest));
      if (head === "items")
        out.push({ bytes: 0, commit: () => this.loaded.set("items", children) });
    }
    return out;
  }

  /** A scalar property's value now. */
  protected abstract read(name: string): unknown;

  /** Navigation properties (and a collection's items) for paths like "protection/protected". */
  protected children(name: string): Array<FakeProxy<unknown>> {
    throw new Error(`${this.constructor.name} has no navigation property ${name}`);
  }

  /** A property assignment, run at the next sync. */
  protected assign(bytes: number, mutates: boolean, act: (e: E) => void): void {
    this.ctx.enqueue({
      write: bytes,
      mutates,
      run: () => {
        act(this.must());
      },
    });
  }
}

class FakeWorkbookProxy extends FakeProxy<FakeWorkbook> {
  readonly worksheets: FakeWorksheetCollection;
  private commentsProxy?: FakeCommentCollection;

  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.book);
    this.worksheets = new FakeWorksheetCollection(ctx);
  }

  get comments(): FakeCommentCollection {
    this.ctx.excel.require("1.10", "Workbook.comments");
    this.commentsProxy ??= new FakeCommentCollection(this.ctx, () => this.ctx.book.sheets);
    return this.commentsProxy;
  }

  protected read(name: string): unknown {
    throw new Error(`Workbook.${name} is not in the fake`);
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.suspend();
  }
}

class FakeWorksheetCollection extends FakeProxy<FakeWorkbook> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.book);
  }

  get items(): FakeWorksheet[] {
    return this.prop("items");
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s) throw new FakeExcelError("ItemNotFound", `no sheet '${name}'`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name) ?? null, true);
  }

  add(name: string): FakeWorksheet {
    let added: FakeSheet | undefined;
    this.ctx.enqueue({
      mutates: true,
      run: () => {
        if (this.ctx.book.sheet(name))
          throw new FakeExcelError("ItemAlreadyExists", `sheet '${name}' exists`);
        added = new FakeSheet(name);
        this.ctx.book.sheets.push(added);
      },
    });
    return new FakeWorksheet(this.ctx, () => added ?? null);
  }

  protected read(name: string): unknown {
    throw new Error(`WorksheetCollection.${name} is not in the fake`);
  }

  protected override children(name: string): Array<FakeProxy<unknown>> {
    if (name !== "items") return super.children(name);
    return this.ctx.book.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => s);
      ws.resolve();
      return ws;
    });
  }
}

class FakeWorksheet extends FakeProxy<FakeSheet> {
  constructor(ctx: FakeContext, resolver: () => FakeSheet | null, eager = false) {
    super(ctx, resolver, eager);
  }

  get name(): string {
    return this.prop("name");
  }

  get visibility(): string {
    return this.prop("visibility");
  }

  set visibility(v: string) {
    this.assign(jsonSize(v), true, (s) => {
      // Worksheet.visibility supports no undo on Windows and Mac
      if (this.ctx.merged) throw new FakeExcelError("UndoNotSupported", "Worksheet.visibility");
      s.visibility = v as FakeSheet["visibility"];
    });
  }

  private nav?: {
    protection: FakeProtection;
    shapes?: FakeShapeCollection;
    notes?: FakeNoteCollection;
    comments?: FakeCommentCollection;
  };

  get protection(): FakeProtection {
    this.nav ??= { protection: new FakeProtection(this.ctx, () => this.resolve()) };
    return this.nav.protection;
  }

  get shapes(): FakeShapeCollection {
    this.ctx.excel.require("1.9", "Worksheet.shapes");
    const nav = (this.nav ??= { protection: this.protection });
    nav.shapes ??= new FakeShapeCollection(this.ctx, () => this.resolve());
    return nav.shapes;
  }

  get notes(): FakeNoteCollection {
    this.ctx.excel.require("1.18", "Worksheet.notes");
    const nav = (this.nav ??= { protection: this.protection });
    nav.notes ??= new FakeNoteCollection(this.ctx, () => this.resolve());
    return nav.notes;
  }

  get pageLayout(): FakePageLayout {
    this.ctx.excel.require("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.ctx, () => this.resolve());
  }

  get freezePanes(): FakeFreezePanes {
    this.ctx.excel.require("1.7", "Worksheet.freezePanes");
    return new FakeFreezePanes(this.ctx, () => this.resolve());
  }

  get autoFilter(): FakeAutoFilter {
    this.ctx.excel.require("1.9", "Worksheet.autoFilter");
    return new FakeAutoFilter(this.ctx, () => this.resolve());
  }

  get comments(): FakeCommentCollection {
    this.ctx.excel.require("1.10", "Worksheet.comments");
    const nav = (this.nav ??= { protection: this.protection });
    nav.comments ??= new FakeCommentCollection(this.ctx, () => {
      const s = this.resolve();
      return s ? [s] : null;
    });
    return nav.comments;
  }

  private range(rect: () => Rect | null, eager = true): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.resolve();
        const r = sheet ? rect() : null;
        return sheet && r ? { sheet, ...r } : null;
      },
      eager
    );
  }

  getRange(address?: string): FakeRange {
    return this.range(() =>
      address ? parseRef(address) : { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL }
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.range(() => ({
      top: row + 1,
      left: col + 1,
      bottom: row + rows,
      right: col + cols,
    }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(
      () => this.must().used(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(() => this.must().used(valuesOnly));
  }

  getRanges(address: string): FakeRangeAreas {
    this.ctx.excel.require("1.9", "Worksheet.getRanges");
    const stats = this.ctx.excel.stats;
    stats.rangeAreasCreated++;
    let recorded = false;
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const sheet = this.resolve();
        if (sheet && !recorded) {
          recorded = true;
          stats.rangeAreas.push({ sheet: sheet.name, addressLength: address.length });
        }
        return sheet ? { sheet, rects: address.split(/[,;]/).map(parseRef) } : null;
      },
      true
    );
  }

  activate(): void {
    this.ctx.enqueue({ run: () => void (this.ctx.book.active = this.must().name) });
  }

  delete(): void {
    this.ctx.enqueue({
      mutates: true,
      run: () => {
        // Worksheet.delete supports no undo
        if (this.ctx.merged) throw new FakeExcelError("UndoNotSupported", "Worksheet.delete");
        const s = this.must();
        const book = this.ctx.book;
        if (book.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0)
          throw new FakeExcelError("InvalidOperation", "the last visible sheet cannot go");
        book.sheets.splice(book.sheets.indexOf(s), 1);
        if (book.active === s.name) book.active = book.sheets[0]?.name;
      },
    });
  }

  protected read(name: string): unknown {
    const s = this.must();
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    throw new Error(`Worksheet.${name} is not in the fake`);
  }

  protected override children(name: string): Array<FakeProxy<unknown>> {
    if (name === "protection") return [this.protection];
    return super.children(name);
  }
}

/** Worksheet.shapes: only what the host loads, each shape's type. */
class FakeShapeCollection extends FakeProxy<FakeSheet> {
  get items(): FakeShape[] {
    return this.prop("items");
  }

  protected read(name: string): unknown {
    throw new Error(`ShapeCollection.${name} is not modelled`);
  }

  protected override children(name: string): Array<FakeProxy<unknown>> {
    if (name !== "items") return super.children(name);
    const sheet = this.must();
    return sheet.shapes.map((type) => {
      const shape = new FakeShape(this.ctx, () => ({ type }));
      shape.resolve();
      return shape;
    });
  }
}

class FakeShape extends FakeProxy<{ type: string }> {
  get type(): string {
    return this.prop("type");
  }

  protected read(name: string): unknown {
    if (name === "type") return this.must().type;
    throw new Error(`Shape.${name} is not modelled`);
  }
}

class FakeProtection extends FakeProxy<FakeSheet> {
  get protected(): boolean {
    return this.prop("protected");
  }

  protected read(name: string): unknown {
    if (name === "protected") return this.must().protected;
    throw new Error(`WorksheetProtection.${name} is not in the fake`);
  }
}

interface RangeTarget extends Rect {
  sheet: FakeSheet;
}

class FakeRange extends FakeProxy<RangeTarget> {
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null, eager = false) {
    super(ctx, resolver, eager);
    ctx.excel.stats.rangesCreated++;
  }

  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }

  set values(v: unknown[][]) {
    this.ctx.excel.stats.valueWrites++;
    this.assign(jsonSize(v), true, (t) => {
      this.ctx.writable(t.sheet);
      eachGiven(t, v, (row, col, x) => {
        const cell = t.sheet.cell(row, col);
        delete cell.formula;
        if (x === "") delete cell.value;
        else Object.assign(cell, typed(x));
      });
    });
  }

  set numberFormat(v: unknown[][]) {
    this.assign(jsonSize(v), true, (t) => {
      this.ctx.writable(t.sheet);
      eachGiven(t, v, (row, col, x) => {
        const cell = t.sheet.cell(row, col);
        if (x === "General" || x === "") delete cell.numberFormat;
        else cell.numberFormat = String(x);
      });
    });
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.assign(jsonSize(link), true, (t) => {
      const cell = t.sheet.cell(t.top, t.left);
      cell.hyperlink = link;
      if (link.textToDisplay) cell.value = link.textToDisplay;
    });
  }

  private formatProxy?: FakeRangeFormat;

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.ctx, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, rects: [t] } : null;
    });
    return this.formatProxy;
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.resolve()?.sheet ?? null);
  }

  insert(shift: string): FakeRange {
    this.ctx.enqueue({
      mutates: true,
      run: () => {
        const t = this.must();
        this.ctx.writable(t.sheet);
        if (shift !== "Down" || t.left !== 1 || t.right !== MAX_COL)
          throw new Error("the fake inserts whole rows only");
        t.sheet.insertRows(t.top, t.bottom - t.top + 1);
      },
    });
    return new FakeRange(this.ctx, () => this.resolve());
  }

  delete(shift: string): void {
    this.ctx.enqueue({
      mutates: true,
      run: () => {
        const t = this.must();
        this.ctx.writable(t.sheet);
        if (shift !== "Up" || t.left !== 1 || t.right !== MAX_COL)
          throw new Error("the fake deletes whole rows only");
        t.sheet.deleteRows(t.top, t.bottom - t.top + 1);
      },
    });
  }

  clear(applyTo: string): void {
    this.ctx.enqueue({
      mutates: true,
      run: () => {
        const t = this.must();
        this.ctx.writable(t.sheet);
        for (const [k, c] of t.sheet.cells) {
          if (!inside(t, rowOf(k), colOf(k))) continue;
          if (applyTo === "Contents" || applyTo === "All") {
            delete c.value;
            delete c.formula;
          }
          if (applyTo === "Formats" || applyTo === "All") copyFormat({}, c);
        }
      },
    });
  }

  copyFrom(source: FakeRange, copyType: string): void {
    this.ctx.excel.require("1.9", "Range.copyFrom");
    this.ctx.enqueue({
      mutates: true,
      run: () => {
        const t = this.must();
        const s = source.must();
        if (copyType !== "Formats") throw new Error("the fake copies formats only");
        const height = s.bottom - s.top + 1;
        for (const [k, c] of [...s.sheet.cells]) {
          if (!inside(s, rowOf(k), colOf(k))) continue;
          for (let r = t.top + (rowOf(k) - s.top); r <= t.bottom; r += height)
            copyFormat(c, t.sheet.cell(r, colOf(k)));
        }
      },
    });
  }

  merge(across = false): void {
    this.ctx.excel.require("1.2", "Range.merge");
    if (across) throw new Error("the fake merges whole ranges only");
    this.ctx.enqueue({
      mutates: true,
      run: () => {
        const t = this.must();
        t.sheet.merges.push({ top: t.top, left: t.left, bottom: t.bottom, right: t.right });
      },
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.excel.require("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const rects = t.sheet.merges.filter(
          (m) => m.top <= t.bottom && m.bottom >= t.top && m.left <= t.right && m.right >= t.left
        );
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      },
      true
    );
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.ctx.excel.require("1.9", "Range.getSpecialCellsOrNullObject");
    if (cellType !== "Formulas") throw new Error("the fake finds formula cells only");
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const found = [...t.sheet.cells]
          .filter(([k, c]) => c.formula !== undefined && inside(t, rowOf(k), colOf(k)))
          .map(([k]) => k)
          .sort((a, b) => a - b);
        const rects: Rect[] = [];
        for (const k of found) {
          const last = rects[rects.length - 1];
          if (last && last.top === rowOf(k) && last.right === colOf(k) - 1) last.right++;
          else rects.push({ top: rowOf(k), bottom: rowOf(k), left: colOf(k), right: colOf(k) });
        }
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      },
      true
    );
  }

  select(): void {
    this.ctx.enqueue({
      run: () => {
        const t = this.must();
        if (this.ctx.book.active !== t.sheet.name)
          throw new FakeExcelError("InvalidSelection", "select() on a sheet that is not active");
        this.ctx.book.selected = { sheet: t.sheet.name, address: rectAddress(t.sheet, t) };
      },
    });
  }

  protected read(name: string): unknown {
    const t = this.must();
    switch (name) {
      case "address":
        return rectAddress(t.sheet, t);
      case "rowIndex":
        return t.top - 1;
      case "columnIndex":
        return t.left - 1;
      case "rowCount":
        return t.bottom - t.top + 1;
      case "columnCount":
        return t.right - t.left + 1;
      case "values":
        return grid(t, (c) => c?.value ?? "");
      case "formulas":
        return grid(t, (c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General");
    }
    throw new Error(`Range.${name} is not in the fake`);
  }

  protected override children(name: string): Array<FakeProxy<unknown>> {
    if (name === "format") return [this.format];
    return super.children(name);
  }
}

function inside(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function grid(t: RangeTarget, pick: (c: FakeCell | undefined) => unknown): unknown[][] {
  const rows = t.bottom - t.top + 1;
  const cols = t.right - t.left + 1;
  if (rows * cols > 5_000_000) throw new Error("the fake does not load whole sheets");
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) row.push(pick(t.sheet.cells.get(key(t.top + r, t.left + c))));
    out.push(row);
  }
  return out;
}

/** A 2-D assignment: the shape must match; null entries leave their cell alone (as in Excel). */
function eachGiven(
  t: RangeTarget,
  v: unknown[][],
  act: (row: number, col: number, x: unknown) => void
): void {
  const rows = t.bottom - t.top + 1;
  const cols = t.right - t.left + 1;
  if (v.length !== rows || v.some((r) => r.length !== cols))
    throw new FakeExcelError("InvalidArgument", `a ${rows}x${cols} range was given another shape`);
  v.forEach((row, i) =>
    row.forEach((x, j) => {
      if (x !== null && x !== undefined) act(t.top + i, t.left + j, x);
    })
  );
}

interface AreasTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

class FakeRangeAreas extends FakeProxy<AreasTarget> {
  private formatProxy?: FakeRangeFormat;

  get address(): string {
    return this.prop("address");
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.ctx, () => this.resolve());
    return this.formatProxy;
  }

  protected read(name: string): unknown {
    const t = this.must();
    if (name === "address") return t.rects.map((r) => rectAddress(t.sheet, r)).join(", ");
    throw new Error(`RangeAreas.${name} is not in the fake`);
  }
}

class FakeRangeFormat extends FakeProxy<AreasTarget> {
  private fillProxy?: FakeFill;
  private fontProxy?: FakeFont;

  get fill(): FakeFill {
    this.fillProxy ??= new FakeFill(this.ctx, () => this.resolve());
    return this.fillProxy;
  }

  get font(): FakeFont {
    this.fontProxy ??= new FakeFont(this.ctx, () => this.resolve());
    return this.fontProxy;
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }

  set columnWidth(width: number) {
    this.assign(8, true, (t) => {
      for (const r of t.rects) for (let c = r.left; c <= r.right; c++) t.sheet.widths.set(c, width);
    });
  }

  set wrapText(wrap: boolean) {
    this.assign(8, true, (t) => eachCell(t, (c) => (c.wrap = wrap)));
  }

  set horizontalAlignment(align: string) {
    this.assign(8, true, (t) => eachCell(t, (c) => (c.horizontal = align)));
  }

  set verticalAlignment(align: string) {
    this.assign(8, true, (t) => eachCell(t, (c) => (c.vertical = align)));
  }

  set rowHeight(height: number) {
    this.assign(8, true, (t) => {
      for (const r of t.rects)
        for (let row = r.top; row <= r.bottom; row++) t.sheet.heights.set(row, height);
    });
  }

  get borders(): FakeBorders {
    return new FakeBorders(this.ctx, () => this.resolve());
  }

  protected read(name: string): unknown {
    // the first column's width, as Excel gives one width for a range of equal columns
    if (name === "columnWidth") {
      const t = this.must();
      return t.sheet.widths.get(t.rects[0].left) ?? DEFAULT_WIDTH;
    }
    throw new Error(`RangeFormat.${name} is not in the fake`);
  }

  protected override children(name: string): Array<FakeProxy<unknown>> {
    if (name === "fill") return [this.fill];
    return super.children(name);
  }
}

/** Excel's default column width in points (8.43 characters). */
const DEFAULT_WIDTH = 48;

function eachCell(t: AreasTarget, act: (cell: FakeCell) => void): void {
  for (const r of t.rects)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) act(t.sheet.cell(row, col));
}

class FakeFill extends FakeProxy<AreasTarget> {
  get color(): string | null {
    return this.prop("color");
  }

  set color(colour: string) {
    this.assign(jsonSize(colour), true, (t) => {
      this.ctx.writable(t.sheet);
      eachCell(t, (c) => (c.fill = colour.toUpperCase()));
    });
  }

  get pattern(): string | null {
    this.ctx.excel.require("1.9", "RangeFill.pattern");
    return this.prop("pattern");
  }

  clear(): void {
    this.assign(0, true, (t) => {
      this.ctx.writable(t.sheet);
      eachCell(t, (c) => delete c.fill);
    });
  }

  protected read(name: string): unknown {
    const t = this.must();
    const fills = new Set<string | undefined>();
    eachCell(t, (c) => fills.add(c.fill));
    const only = fills.size === 1 ? [...fills][0] : null;
    if (name === "color") return only === null ? null : (only ?? "#FFFFFF");
    if (name === "pattern") {
      this.ctx.excel.require("1.9", "RangeFill.pattern");
      return only === null ? null : only === undefined ? "None" : "Solid";
    }
    throw new Error(`RangeFill.${name} is not in the fake`);
  }
}

class FakeBorders extends FakeProxy<AreasTarget> {
  getItem(edge: string): FakeBorder {
    return new FakeBorder(this.ctx, () => this.resolve(), edge);
  }

  protected read(name: string): unknown {
    throw new Error(`RangeBorderCollection.${name} is not in the fake`);
  }
}

class FakeBorder extends FakeProxy<AreasTarget> {
  constructor(
    ctx: FakeContext,
    resolver: () => AreasTarget | null,
    private readonly edge: string
  ) {
    super(ctx, resolver);
  }

  set style(style: string) {
    this.assign(8, true, (t) =>
      eachCell(t, (c) => (c.borders = { ...c.borders, [this.edge]: style }))
    );
  }

  protected read(name: string): unknown {
    throw new Error(`RangeBorder.${name} is not in the fake`);
  }
}

class FakePageLayout extends FakeProxy<FakeSheet> {
  set paperSize(size: string) {
    this.assign(8, true, (s) => (s.page.paperSize = size));
  }

  set orientation(orientation: string) {
    this.assign(12, true, (s) => (s.page.orientation = orientation));
  }

  set zoom(zoom: unknown) {
    this.assign(16, true, (s) => (s.page.zoom = zoom));
  }

  setPrintTitleRows(rows: string): void {
    this.assign(jsonSize(rows), true, (s) => (s.page.printTitleRows = rows));
  }

  protected read(name: string): unknown {
    throw new Error(`PageLayout.${name} is not in the fake`);
  }
}

class FakeFreezePanes extends FakeProxy<FakeSheet> {
  freezeRows(count: number): void {
    this.assign(8, true, (s) => (s.frozenRows = count));
  }

  protected read(name: string): unknown {
    throw new Error(`WorksheetFreezePanes.${name} is not in the fake`);
  }
}

/** Worksheet.autoFilter: only apply, on a range of its own sheet, with no criteria. */
class FakeAutoFilter extends FakeProxy<FakeSheet> {
  apply(range: FakeRange | string, columnIndex?: number): void {
    if (columnIndex !== undefined) throw new Error("the fake applies no filter criteria");
    this.assign(jsonSize(typeof range === "string" ? range : 32), true, (s) => {
      const r = typeof range === "string" ? { sheet: s, ...parseRef(range) } : range.resolve();
      if (r?.sheet !== s) throw new FakeExcelError("InvalidArgument", "no range of this sheet");
      s.autoFilter = `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
    });
  }

  protected read(name: string): unknown {
    throw new Error(`AutoFilter.${name} is not in the fake`);
  }
}

class FakeFont extends FakeProxy<AreasTarget> {
  set bold(bold: boolean) {
    this.assign(8, true, (t) => eachCell(t, (c) => (c.bold = bold)));
  }

  protected read(name: string): unknown {
    throw new Error(`RangeFont.${name} is not in the fake`);
  }
}

/** A cell argument: a Range proxy or an address on the collection's sheet. */
function cellOf(sheet: FakeSheet, where: FakeRange | string): { sheet: FakeSheet; k: number } {
  if (typeof where === "string") {
    const r = parseRef(where);
    return { sheet, k: key(r.top, r.left) };
  }
  const t = where.resolve();
  if (!t) throw new FakeExcelError("InvalidArgument", "a null range");
  if (t.top !== t.bottom || t.left !== t.right)
    throw new FakeExcelError("InvalidArgument", "notes and comments take one cell");
  return { sheet: t.sheet, k: key(t.top, t.left) };
}

class FakeNoteCollection extends FakeProxy<FakeSheet> {
  getItem(address: string): FakeNote {
    return this.note(address, false);
  }

  getItemOrNullObject(address: string): FakeNote {
    return this.note(address, true);
  }

  private note(address: string, orNull: boolean): FakeNote {
    return new FakeNote(
      this.ctx,
      () => {
        const sheet = this.must();
        const at = cellOf(sheet, address);
        if (sheet.notes.has(at.k)) return at;
        if (orNull) return null;
        throw new FakeExcelError("ItemNotFound", `no note at ${address}`);
      },
      true
    );
  }

  add(where: FakeRange | string, content: string): void {
    this.ctx.enqueue({
      write: jsonSize(content),
      mutates: true,
      run: () => {
        const at = cellOf(this.must(), where);
        this.ctx.writable(at.sheet);
        if (at.sheet.notes.has(at.k) || at.sheet.comments.has(at.k))
          throw new FakeExcelError("InvalidArgument", "the cell already has a note or comment");
        at.sheet.notes.set(at.k, content);
      },
    });
  }

  protected read(name: string): unknown {
    throw new Error(`NoteCollection.${name} is not in the fake`);
  }
}

class FakeNote extends FakeProxy<{ sheet: FakeSheet; k: number }> {
  get content(): string {
    return this.prop("content");
  }

  set content(text: string) {
    this.assign(jsonSize(text), true, (n) => n.sheet.notes.set(n.k, text));
  }

  delete(): void {
    this.assign(0, true, (n) => n.sheet.notes.delete(n.k));
  }

  protected read(name: string): unknown {
    const n = this.must();
    if (name === "content") return n.sheet.notes.get(n.k);
    throw new Error(`Note.${name} is not in the fake`);
  }
}

class FakeCommentCollection extends FakeProxy<FakeSheet[]> {
  get items(): FakeComment[] {
    return this.prop("items");
  }

  add(where: FakeRange | string, content: string): void {
    this.ctx.enqueue({
      write: jsonSize(content),
      mutates: true,
      run: () => {
        const sheets = this.must();
        const at =
          typeof where === "string"
            ? cellOf(
                this.ctx.book.sheet(unquote(where.slice(0, where.lastIndexOf("!")))) ?? sheets[0],
                where
              )
            : cellOf(sheets[0], where);
        if (at.sheet.comments.has(at.k) || at.sheet.notes.has(at.k))
          throw new FakeExcelError("InvalidArgument", "the cell already has a note or comment");
        at.sheet.comments.set(at.k, content);
      },
    });
  }

  protected read(name: string): unknown {
    throw new Error(`CommentCollection.${name} is not in the fake`);
  }

  protected override children(name: string): Array<FakeProxy<unknown>> {
    if (name !== "items") return super.children(name);
    return this.must().flatMap((sheet) =>
      [...sheet.comments.keys()].map((k) => {
        const c = new FakeComment(this.ctx, () => (sheet.comments.has(k) ? { sheet, k } : null));
        c.resolve();
        return c;
      })
    );
  }
}

function unquote(name: string): string {
  return name.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
}

class FakeComment extends FakeProxy<{ sheet: FakeSheet; k: number }> {
  get content(): string {
    return this.prop("content");
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const c = this.must();
        const row = rowOf(c.k);
        const col = colOf(c.k);
        return { sheet: c.sheet, top: row, left: col, bottom: row, right: col };
      },
      true
    );
  }

  delete(): void {
    this.assign(0, true, (c) => c.sheet.comments.delete(c.k));
  }

  protected read(name: string): unknown {
    const c = this.must();
    if (name === "content") return c.sheet.comments.get(c.k);
    throw new Error(`Comment.${name} is not in the fake`);
  }
}
