/**
 * Highlights through Office.js: cells coloured per sheet and colour as range areas (ExcelApi 1.9;
 * before it, per-cell ranges queued and synced together), a note per cell (1.18; before it a
 * threaded comment, 1.10), the findings sheet and the coverage sheet. Original fills and notes go into the profile
 * first, so "Clear highlights" restores them exactly, also after the workbook was reopened.
 */
import { columnLetters } from "../../core/cells";
import type { CoverageSheet } from "../../workbook/coverageSheet";
import type { HighlightCell, HighlightPlan } from "../../workbook/highlight";
import { SEVERITY_COLOUR } from "../../core/palette";
import { PROFILE_SHEET, type MappingProfile } from "../../workbook/profile";
import type { ClearResult } from "../../workbook/host";
import { keptSheets, paintableHighlights, restorableHighlights } from "../../workbook/writable";
import { compactAddresses, joinAddresses, sheetRef, toExcelValue, type CellWrite } from "./cells";
import { inChunks } from "./chunks";
import { widthOps } from "./columns";
import { EDGES } from "./write";
import { cellOps, rangeOp, type Op } from "./ops";
import { addProfileSheet, profileOps } from "./profileSheet";
import type { Features } from "./runtime";

export interface HighlightOptions {
  features: Features;
  budget: number;
  /** Longest address string given to getRanges (its limit is not documented). */
  maxAddress: number;
}

type Original = NonNullable<MappingProfile["highlights"]>[number];

/** Our notes and comments start so; nothing else is ever removed. */
const OURS = "Selaras ";

interface Inventory {
  /** Sheet name → protected. */
  sheets: Map<string, boolean>;
  /** Threaded comments by "sheet\u0000A1". */
  comments: Map<string, { content: string; comment: Excel.Comment }>;
}

const at = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

async function inventory(
  context: Excel.RequestContext,
  options: HighlightOptions
): Promise<Inventory> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const comments = options.features.comments ? context.workbook.comments : undefined;
  if (comments) comments.load("items/content");
  await context.sync();
  const sheets = new Map(worksheets.items.map((ws) => [ws.name, ws.protection.protected]));
  const found: Inventory["comments"] = new Map();
  if (comments) {
    await inChunks(context, comments.items, options.budget, {
      size: () => 200,
      queue(comment) {
        const location = comment.getLocation();
        location.load("address");
        return location;
      },
      done(comment, location) {
        const { sheet, cell } = splitAddress(location.address);
        found.set(at(sheet, cell), { content: comment.content, comment });
      },
    });
  }
  return { sheets, comments: found };
}

/** "'PK Bidang'!E14" → sheet and cell. */
function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1).replace(/\$/g, "") };
}

export async function paintIn(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  profile: MappingProfile,
  options: HighlightOptions
): Promise<void> {
  const inv = await inventory(context, options);
  const { cells, groups } = paintableHighlights(
    plan,
    [...inv.sheets].map(([name, locked]) => ({ name, protected: locked }))
  );
  const states = await cellStates(context, cells, options);
  const originals = cells.map((h, i) => original(h, states[i], inv));
  if (!inv.sheets.has(PROFILE_SHEET)) addProfileSheet(context);
  const record = {
    ...profile,
    // after a clear, the profile holds only the cells of sheets protected since: kept with these
    highlights: [...(profile.highlights ?? []), ...originals],
    findingsSheet: plan.findingsSheet.name,
    ...(plan.coverageSheet ? { coverageSheet: plan.coverageSheet.name } : {}),
  };
  const ops: Op[] = [
    // the record first: whatever happens next, Clear highlights can undo it
    ...profileOps(record, options.budget),
    ...fillOps(groups, options),
    ...noteOps(cells, states, inv, options.features),
    ...findingsSheetOps(plan, options),
    ...(plan.coverageSheet ? coverageSheetOps(plan.coverageSheet, options) : []),
  ];
  await runAll(context, ops, options.budget);
}

interface CellState {
  fill: string | null;
  note: string | null;
}

/** Each cell's fill and note as it is now: per-cell loads, synced together per chunk. */
async function cellStates(
  context: Excel.RequestContext,
  cells: Array<{ sheet: string; cell: string }>,
  options: HighlightOptions
): Promise<CellState[]> {
  const out: CellState[] = [];
  const { features } = options;
  await inChunks(
    context,
    cells.map((c, i) => ({ ...c, i })),
    options.budget,
    {
      size: () => 400,
      queue(c) {
        const sheets = context.workbook.worksheets;
        const fill = sheets.getItem(c.sheet).getRange(c.cell).format.fill;
        fill.load(features.rangeAreas ? "color,pattern" : "color");
        const note = features.notes
          ? sheets.getItem(c.sheet).notes.getItemOrNullObject(c.cell)
          : undefined;
        if (note) note.load("content");
        return { fill, note };
      },
      done(c, { fill, note }) {
        out[c.i] = {
          fill: fillOf(fill.color, features.rangeAreas ? fill.pattern : undefined),
          note: note && !note.isNullObject ? note.content : null,
        };
      },
    }
  );
  return out;
}

/**
 * ARGB as the ExcelJS host records it. Without fill.pattern (before 1.9) Excel reports no fill
 * as white, so a white fill is taken for none.
 */
function fillOf(color: string | null, pattern: string | undefined): string | null {
  if (pattern === "None" || !color) return null;
  if (pattern === undefined && color.toUpperCase() === "#FFFFFF") return null;
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function original(h: HighlightCell, state: CellState, inv: Inventory): Original {
  const comment = inv.comments.get(at(h.sheet, h.cell));
  return {
    sheet: h.sheet,
    cell: h.cell,
    fill: state.fill,
    note: state.note ?? comment?.content ?? null,
  };
}

/** The plan's groups (cells by sheet and colour), each coloured at once. */
function fillOps(groups: HighlightPlan["groups"], options: HighlightOptions): Op[] {
  return groups.flatMap((g) =>
    colourOps(g.sheet, g.cells, (f) => (f.color = `#${SEVERITY_COLOUR[g.severity]}`), options)
  );
}

/** One getRanges per sheet and colour (1.9); before it, one range per cell. */
function colourOps(
  sheet: string,
  cells: string[],
  paint: (fill: Excel.RangeFill) => void,
  options: HighlightOptions
): Op[] {
  if (!options.features.rangeAreas)
    return cells.map((c) => rangeOp(sheet, c, (r) => paint(r.format.fill)));
  return joinAddresses(compactAddresses(cells), options.maxAddress).map((address) => ({
    size: 96 + address.length,
    queue(context: Excel.RequestContext) {
      paint(context.workbook.worksheets.getItem(sheet).getRanges(address).format.fill);
    },
  }));
}

/** Notes are appended to, never replaced; a cell with a threaded comment is left alone. */
function noteOps(
  cells: HighlightCell[],
  states: CellState[],
  inv: Inventory,
  features: Features
): Op[] {
  const ops: Op[] = [];
  cells.forEach((h, i) => {
    if (inv.comments.has(at(h.sheet, h.cell))) return;
    const existing = states[i].note;
    if (features.notes) {
      if (existing === null) ops.push(rangeOp(h.sheet, h.cell, (r) => addNote(r, h.note)));
      else if (!existing.includes(h.note))
        ops.push(noteOp(h.sheet, h.cell, (n) => (n.content = `${existing}\n\n${h.note}`)));
    } else if (features.comments) {
      ops.push(rangeOp(h.sheet, h.cell, (r) => r.worksheet.comments.add(r, h.note)));
    }
  });
  return ops;
}

function addNote(range: Excel.Range, text: string): void {
  range.worksheet.notes.add(range, text);
}

function noteOp(sheet: string, cell: string, act: (note: Excel.Note) => void): Op {
  return {
    size: 400,
    queue(context: Excel.RequestContext) {
      act(context.workbook.worksheets.getItem(sheet).notes.getItem(cell));
    },
  };
}

/**
 * The findings sheet as the plan describes it: values in one block, the header bold and frozen
 * (ExcelApi 1.7); with 1.9 an autofilter over the list and the print setup (landscape, one page
 * wide, the header on every page). Before 1.9 the sheet is written without those two.
 */
function findingsSheetOps(plan: HighlightPlan, options: HighlightOptions): Op[] {
  const fs = plan.findingsSheet;
  const rows: Array<Array<string | number | null>> = [fs.header, ...fs.rows.map((r) => [...r])];
  fs.links.forEach((link, i) => {
    if (link) rows[i + 1][fs.linkColumn] = `${link.sheet}!${link.cell}`;
  });
  // blank up to the legend's row, where the plan puts it
  while (rows.length < fs.legendRow - 1) rows.push([]);
  for (const l of fs.legend) {
    const row: Array<string | null> = [];
    row[fs.severityColumn] = l.label;
    rows.push(row);
  }
  const width = fs.header.length;
  const cells: CellWrite[] = [];
  rows.forEach((row, r) => {
    // padded to one rectangle: a single values block however many findings
    for (let c = 0; c < width; c++)
      cells.push({ row: r + 1, col: c + 1, value: toExcelValue(row[c] ?? null) });
  });
  const sheetOp = (act: (ws: Excel.Worksheet) => void): Op => ({
    size: 96,
    queue: (context: Excel.RequestContext) => act(context.workbook.worksheets.getItem(fs.name)),
  });
  const { features } = options;
  const { print } = fs;
  const ops: Op[] = [
    {
      size: 96,
      queue: (context: Excel.RequestContext) => void context.workbook.worksheets.add(fs.name),
    },
    ...cellOps(fs.name, cells, options.budget),
    rangeOp(fs.name, `A1:${columnLetters(fs.header.length)}1`, (r) => {
      r.format.font.bold = true;
    }),
    ...widthOps(fs.name, fs.widths),
    sheetOp((ws) => ws.freezePanes.freezeRows(fs.freezeRows)),
  ];
  if (features.autoFilter) ops.push(sheetOp((ws) => ws.autoFilter.apply(ws.getRange(fs.filter))));
  if (features.pageLayout)
    ops.push(
      sheetOp((ws) => {
        const page = ws.pageLayout;
        page.orientation = print.landscape ? "Landscape" : "Portrait";
        page.paperSize = print.paper;
        page.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: 0 };
        page.setPrintTitleRows(`$${print.repeatRows[0]}:$${print.repeatRows[1]}`);
      })
    );
  ops.push(...severityFills(plan, options), ...linkOps(plan));
  return ops;
}

/** The severity column and the legend in the plan's colours, each colour at once like the findings. */
function severityFills(plan: HighlightPlan, options: HighlightOptions): Op[] {
  const fs = plan.findingsSheet;
  const col = columnLetters(fs.severityColumn + 1);
  const byColour = new Map<string, string[]>();
  const add = (colour: string, cell: string) => {
    const cells = byColour.get(colour) ?? [];
    cells.push(cell);
    byColour.set(colour, cells);
  };
  fs.severityColours.forEach((colour, i) => add(colour, `${col}${i + 2}`));
  fs.legend.forEach((l, i) => add(l.colour, `${col}${fs.legendRow + i}`));
  return [...byColour].flatMap(([colour, cells]) =>
    colourOps(fs.name, cells, (f) => (f.color = `#${colour}`), options)
  );
}

function linkOps(plan: HighlightPlan): Op[] {
  const fs = plan.findingsSheet;
  const col = columnLetters(fs.linkColumn + 1);
  const ops: Op[] = [];
  fs.links.forEach((link, i) => {
    if (!link) return;
    ops.push(
      rangeOp(fs.name, `${col}${i + 2}`, (r) => {
        r.hyperlink = {
          documentReference: `${sheetRef(link.sheet)}!${link.cell}`,
          textToDisplay: `${link.sheet}!${link.cell}`,
        };
      })
    );
  });
  return ops;
}

/**
 * The coverage sheet as the plan describes it: its values as one block, bold, wrapped, centred
 * and boxed ranges, fills per colour like the findings (range areas from 1.9), the widths; with
 * 1.9 landscape A4 one page wide.
 */
function coverageSheetOps(cs: CoverageSheet, options: HighlightOptions): Op[] {
  const width = cs.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const cells: CellWrite[] = [];
  cs.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++)
      cells.push({ row: r + 1, col: c + 1, value: toExcelValue(row[c] ?? null) });
  });
  const format = (ranges: string[], act: (f: Excel.RangeFormat) => void) =>
    ranges.map((r) => rangeOp(cs.name, r, (range) => act(range.format)));
  const ops: Op[] = [
    {
      size: 96,
      queue: (context: Excel.RequestContext) => void context.workbook.worksheets.add(cs.name),
    },
    ...cellOps(cs.name, cells, options.budget),
    ...format(cs.bold, (f) => (f.font.bold = true)),
    ...format(cs.wrap, (f) => {
      f.wrapText = true;
      f.verticalAlignment = "Top";
    }),
    ...format(cs.center, (f) => (f.horizontalAlignment = "Center")),
    ...format(cs.border, (f) => {
      for (const edge of EDGES) f.borders.getItem(edge).style = "Continuous";
    }),
    ...cs.fills.flatMap((g) =>
      colourOps(cs.name, g.cells, (f) => (f.color = `#${g.colour}`), options)
    ),
    ...widthOps(cs.name, cs.widths),
  ];
  if (options.features.pageLayout)
    ops.push({
      size: 96,
      queue: (context: Excel.RequestContext) => {
        const page = context.workbook.worksheets.getItem(cs.name).pageLayout;
        page.orientation = cs.print.landscape ? "Landscape" : "Portrait";
        page.paperSize = cs.print.paper;
        page.zoom = { horizontalFitToPages: cs.print.pagesWide, verticalFitToPages: 0 };
      },
    });
  return ops;
}

/** Formatting needs no calculation, but the chunking is the same as for writes. */
async function runAll(context: Excel.RequestContext, ops: Op[], budget: number): Promise<void> {
  await inChunks(context, ops, budget, {
    size: (op) => op.size,
    queue: (op) => op.queue(context),
  });
}

/** Restores the recorded fills and notes, removes the findings and coverage sheets and the record. */
export async function clearIn(
  context: Excel.RequestContext,
  profile: MappingProfile,
  options: HighlightOptions
): Promise<ClearResult> {
  const inv = await inventory(context, options);
  const { restore: recorded, keep } = restorableHighlights(
    profile.highlights ?? [],
    [...inv.sheets].map(([name, locked]) => ({ name, protected: locked }))
  );
  const states = await cellStates(context, recorded, options);
  const rest = { ...profile };
  delete rest.highlights;
  delete rest.findingsSheet;
  delete rest.coverageSheet;
  if (keep.length > 0) rest.highlights = keep;
  const ops: Op[] = [
    ...restoreFillOps(recorded, options),
    ...restoreNoteOps(recorded, states, inv, options.features),
  ];
  if (profile.findingsSheet && inv.sheets.has(profile.findingsSheet)) {
    const name = profile.findingsSheet;
    ops.push({
      size: 96,
      queue: (context: Excel.RequestContext) => context.workbook.worksheets.getItem(name).delete(),
    });
  }
  if (profile.coverageSheet && inv.sheets.has(profile.coverageSheet)) {
    const name = profile.coverageSheet;
    ops.push({
      size: 96,
      queue: (context: Excel.RequestContext) => context.workbook.worksheets.getItem(name).delete(),
    });
  }
  if (!inv.sheets.has(PROFILE_SHEET)) addProfileSheet(context);
  ops.push(...profileOps(rest, options.budget));
  await runAll(context, ops, options.budget);
  return { kept: keptSheets(keep) };
}

function restoreFillOps(recorded: Original[], options: HighlightOptions): Op[] {
  const groups = new Map<string, { sheet: string; fill: string | null; cells: string[] }>();
  for (const h of recorded) {
    const key = at(h.sheet, h.fill ?? "");
    const g = groups.get(key) ?? { sheet: h.sheet, fill: h.fill, cells: [] };
    g.cells.push(h.cell);
    groups.set(key, g);
  }
  return [...groups.values()].flatMap((g) =>
    colourOps(
      g.sheet,
      g.cells,
      (f) => (g.fill ? (f.color = `#${g.fill.slice(-6)}`) : f.clear()),
      options
    )
  );
}

/** Our notes and comments go; an appended-to note gets its own text back. */
function restoreNoteOps(
  recorded: Original[],
  states: CellState[],
  inv: Inventory,
  features: Features
): Op[] {
  const ops: Op[] = [];
  recorded.forEach((h, i) => {
    const now = states[i].note;
    const comment = inv.comments.get(at(h.sheet, h.cell));
    if (comment && h.note === null && comment.content.startsWith(OURS)) {
      ops.push({ size: 96, queue: () => comment.comment.delete() });
    }
    if (!features.notes || comment) return;
    if (h.note === null) {
      if (now?.startsWith(OURS)) ops.push(noteOp(h.sheet, h.cell, (n) => n.delete()));
    } else if (now === null) {
      const text = h.note;
      ops.push(rangeOp(h.sheet, h.cell, (r) => addNote(r, text)));
    } else if (now !== h.note && now.startsWith(h.note)) {
      const text = h.note;
      ops.push(noteOp(h.sheet, h.cell, (n) => (n.content = text)));
    }
  });
  return ops;
}
