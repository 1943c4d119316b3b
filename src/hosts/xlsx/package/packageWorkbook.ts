/**
 * A user's .xlsx or .xlsm as a WorkbookHost, edited in place (DESIGN.md §4): sheets are read as
 * streams, and a fill, a highlight or an undo rewrites only the parts it changes — every chart,
 * picture, pivot, macro and extension Selaras does not know stays byte for byte.
 */
import { a1, columnLetters, parseA1 } from "../../../core/cells";
import { cellKey, keyCell, textAt, type Grid } from "../../../workbook/grid";
import type {
  ApplyOptions,
  ApplyResult,
  ClearResult,
  ReadProgress,
  WorkbookHost,
} from "../../../workbook/host";
import { SEVERITY_COLOUR } from "../../../core/palette";
import type { HighlightPlan } from "../../../workbook/highlight";
import type { CoverageSheet } from "../../../workbook/coverageSheet";
import type { NewSheet, SheetForm, PatchPlan } from "../../../workbook/patches";
import {
  PROFILE_SHEET,
  profileFromCells,
  profileToCells,
  type MappingProfile,
} from "../../../workbook/profile";
import {
  highlightedSheets,
  keptSheets,
  paintableHighlights,
  restorableHighlights,
  sheetsConcerned,
  writableRefusals,
  type SheetState,
} from "../../../workbook/writable";
import { shapesBySheet } from "../drawings";
import { damaged } from "../errors";
import { SheetNotes } from "./notes";
import { Unmovable } from "./references";
import { NS, escapeAttr, escapeText } from "./xml";
import { XlsxPackage, type SheetInfo } from "./xlsxPackage";

export class PackageWorkbook implements WorkbookHost {
  select?: (sheet: string, cell: string) => Promise<void>;
  private pkg: XlsxPackage;
  private readonly shapes: Map<string, number>;

  constructor(
    data: Uint8Array,
    readonly name: string
  ) {
    this.pkg = new XlsxPackage(data);
    this.shapes = shapesBySheet(data);
  }

  /** Whether the package carries macros (an .xlsm). */
  hasMacros(): boolean {
    return this.pkg.zip.names().some((n) => /vbaProject\.bin$/i.test(n));
  }

  sheetNames(): string[] {
    return this.pkg.sheets().map((s) => s.name);
  }

  async readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]> {
    const sheets = this.pkg.sheets();
    return sheets.map((info, i) => {
      const grid = this.readGrid(info);
      const shapes = this.shapes.get(info.name);
      if (shapes) grid.shapes = shapes;
      onProgress?.({ sheet: info.name, done: i + 1, total: sheets.length });
      return grid;
    });
  }

  /**
   * Grids read since the last write, by part, for the web page's "selected cell" (asked on every
   * click); reads for a check always parse afresh, so nobody shares a grid another may change.
   */
  private readonly grids = new Map<string, Grid>();

  /** A sheet's grid; a part that is not well-formed makes the whole file "damaged". */
  private readGrid(info: SheetInfo, fresh = true): Grid {
    const known = fresh ? undefined : this.grids.get(info.part);
    if (known) return known;
    try {
      const grid = this.pkg.readGrid(info);
      this.grids.set(info.part, grid);
      return grid;
    } catch {
      throw damaged(this.name);
    }
  }

  /** A cell's text as shown to a person (the web page's "selected cell"). */
  cellText(sheet: string, cell: string): string {
    const info = this.pkg.sheet(sheet);
    if (!info) return "";
    const { row, col } = parseA1(cell);
    return textAt(this.readGrid(info, false), row, col);
  }

  async readProfile(): Promise<MappingProfile | undefined> {
    const info = this.pkg.sheet(PROFILE_SHEET);
    if (!info) return undefined;
    const grid = this.readGrid(info);
    const cells: string[] = [];
    if (grid.left === 1)
      for (const row of grid.values) if (typeof row[0] === "string") cells.push(row[0]);
    return profileFromCells(cells);
  }

  async writeProfile(profile: MappingProfile): Promise<void> {
    this.grids.clear();
    this.pkg.removeSheet(PROFILE_SHEET);
    const rows = profileToCells(profile).map(
      (chunk, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeText(chunk)}</t></is></c></row>`
    );
    this.pkg.addSheet(PROFILE_SHEET, "veryHidden", sheetXml("", rows.join("")));
    this.pkg.flush();
  }

  async applyPatches(plan: PatchPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
    this.grids.clear();
    const refused = writableRefusals(plan, this.sheetStates(sheetsConcerned(plan)));
    // nothing half-written: a refused sheet stops the whole apply
    if (refused.length > 0) return { written: 0, refused };
    this.pkg.flush();
    const restore = this.pkg.zip.snapshot();
    try {
      for (const n of plan.sheets ?? []) this.addSheet(n);
      const inserts = [...plan.inserts].sort((a, b) => b.afterRow - a.afterRow);
      for (const ins of inserts)
        this.pkg.shiftRows(
          this.info(ins.sheet),
          { sheet: ins.sheet, at: ins.afterRow, count: ins.count },
          ins.styleFrom
        );
      const styles = this.pkg.styles();
      for (const c of plan.changes) {
        const editor = this.pkg.editor(this.info(c.sheet));
        const { row, col } = parseA1(c.cell);
        const style = c.numFmt
          ? styles.withNumberFormat(editor.styleOf(row, col), c.numFmt)
          : undefined;
        editor.setCell(row, col, c.new, style);
      }
      const deletes = [...(plan.deletes ?? [])].sort((a, b) => b.fromRow - a.fromRow);
      for (const d of deletes)
        this.pkg.shiftRows(
          this.info(d.sheet),
          { sheet: d.sheet, at: d.fromRow - 1, count: -d.count },
          d.fromRow
        );
      for (const name of plan.deleteSheets ?? []) this.pkg.removeSheet(name);
      if (options.profile) await this.writeProfile(options.profile);
      this.pkg.flush();
    } catch (err) {
      if (!(err instanceof Unmovable)) throw err;
      restore();
      this.pkg = new XlsxPackage(this.pkg.zip);
      return {
        written: 0,
        refused: [{ sheet: plan.inserts[0]?.sheet ?? "", reason: err.refusal }],
      };
    }
    return { written: plan.changes.length, refused };
  }

  /**
   * The named sheets that are there, with their protection: only these are parsed (a package pays
   * for each sheet it looks into).
   */
  private sheetStates(names: string[]): SheetState[] {
    return names.flatMap((name) => {
      const info = this.pkg.sheet(name);
      return info ? [{ name, protected: this.pkg.editor(info).isProtected() }] : [];
    });
  }

  private info(sheet: string): SheetInfo {
    const info = this.pkg.sheet(sheet);
    if (!info) throw new Unmovable({ code: "sheet-missing", sheet });
    return info;
  }

  /** A new sheet with the parent table's header: its styles, column widths and merges. */
  private addSheet(n: NewSheet): void {
    if (n.form || !n.header) {
      this.addFormSheet(n, n.form);
      return;
    }
    const from = this.pkg.sheet(n.header.sheet);
    const source = from ? this.pkg.editor(from) : undefined;
    let rows = "";
    for (let r = n.header.fromRow; r <= n.header.toRow; r++) {
      const at = r - n.header.fromRow + n.at;
      let cells = "";
      for (let c = n.header.left; c <= n.header.right; c++) {
        const s = source ? source.styleOf(r, c) : 0;
        if (s) cells += `<c r="${a1(at, c)}" s="${s}"/>`;
      }
      rows += `<row r="${at}">${cells}</row>`;
    }
    const cols = source ? source.columnsXml(n.header.left, n.header.right) : "";
    const info = this.pkg.addSheet(
      n.name,
      "visible",
      sheetXml(cols ? `<cols>${cols}</cols>` : "", rows)
    );
    const editor = this.pkg.editor(info);
    for (const range of n.merges) editor.addMerge(range);
  }

  async highlight(plan: HighlightPlan): Promise<void> {
    this.grids.clear();
    await this.clearHighlights();
    const profile = (await this.readProfile()) ?? { version: 1 as const };
    const styles = this.pkg.styles();
    const originals: NonNullable<MappingProfile["highlights"]> = [];
    const notes = new Map<string, SheetNotes>();
    const { cells } = paintableHighlights(plan, this.sheetStates(highlightedSheets(plan)));
    for (const h of cells) {
      const info = this.pkg.sheet(h.sheet) as SheetInfo;
      const editor = this.pkg.editor(info);
      const { row, col } = parseA1(h.cell);
      const style = editor.styleOf(row, col);
      let sheetNotes = notes.get(info.part);
      if (!sheetNotes) notes.set(info.part, (sheetNotes = new SheetNotes(this.pkg, info, editor)));
      const note = sheetNotes.text(h.cell);
      originals.push({
        sheet: h.sheet,
        cell: h.cell,
        fill: styles.solidFill(style),
        note: note || null,
        style,
      });
      editor.setStyle(row, col, styles.withFill(style, `FF${SEVERITY_COLOUR[h.severity]}`));
      sheetNotes.append(h.cell, h.note);
    }
    this.addFindingsSheet(plan);
    if (plan.coverageSheet) this.addCoverageSheet(plan.coverageSheet);
    await this.writeProfile({
      ...profile,
      // after a clear, the profile holds only the cells of sheets protected since: kept with these
      highlights: [...(profile.highlights ?? []), ...originals],
      findingsSheet: plan.findingsSheet.name,
      ...(plan.coverageSheet ? { coverageSheet: plan.coverageSheet.name } : {}),
    });
  }

  /**
   * The findings sheet as the plan describes it: the header frozen, an autofilter over the list
   * (with the hidden _xlnm._FilterDatabase name Excel keeps for one), landscape one page wide with
   * the header repeated on every page. Its names are scoped to it: removing the sheet removes them.
   */
  private addFindingsSheet(plan: HighlightPlan): void {
    const fs = plan.findingsSheet;
    const styles = this.pkg.styles();
    const bold = styles.withFont(0, { bold: true });
    const link = styles.withFont(0, { underline: true, argb: "FF0563C1" });
    // one style per legend colour, made in the legend's order
    const fills = new Map(fs.legend.map((l) => [l.colour, styles.withFill(0, `FF${l.colour}`)]));
    const filled = (colour: string) => fills.get(colour) ?? styles.withFill(0, `FF${colour}`);
    const cell = (r: number, c: number, v: string | number | null, s = 0) => {
      if ((v === null || v === "") && !s) return "";
      const style = s ? ` s="${s}"` : "";
      if (typeof v === "number") return `<c r="${a1(r, c)}"${style}><v>${v}</v></c>`;
      if (v === null || v === "") return `<c r="${a1(r, c)}"${style}/>`;
      return `<c r="${a1(r, c)}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
    };
    const rows: string[] = [];
    const links: string[] = [];
    rows.push(`<row r="1">${fs.header.map((h, i) => cell(1, i + 1, h, bold)).join("")}</row>`);
    fs.rows.forEach((values, i) => {
      const r = i + 2;
      const target = fs.links[i];
      const cells = values.map((v, j) => {
        if (j === fs.linkColumn && target) {
          const location = `'${target.sheet.replace(/'/g, "''")}'!${target.cell}`;
          links.push(
            `<hyperlink ref="${a1(r, j + 1)}" location="${escapeAttr(location)}" display="${escapeAttr(`${target.sheet}!${target.cell}`)}"/>`
          );
          return cell(r, j + 1, `${target.sheet}!${target.cell}`, link);
        }
        return cell(r, j + 1, v, j === fs.severityColumn ? filled(fs.severityColours[i]) : 0);
      });
      rows.push(`<row r="${r}">${cells.join("")}</row>`);
    });
    fs.legend.forEach((l, i) => {
      const r = fs.legendRow + i;
      rows.push(`<row r="${r}">${cell(r, fs.severityColumn + 1, l.label, filled(l.colour))}</row>`);
    });
    const cols = fs.widths
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
      .join("");
    const { print } = fs;
    // the schema's order: sheetPr, sheetViews, cols | sheetData | autoFilter, hyperlinks,
    // pageMargins, pageSetup
    const frozen = a1(fs.freezeRows + 1, 1);
    const head =
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${fs.freezeRows}" topLeftCell="${frozen}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${frozen}" sqref="${frozen}"/></sheetView></sheetViews>` +
      `<cols>${cols}</cols>`;
    const tail =
      `<autoFilter ref="${fs.filter}"/>` +
      (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="${PAPER[print.paper]}" orientation="${print.landscape ? "landscape" : "portrait"}" fitToWidth="${print.pagesWide}" fitToHeight="0"/>`;
    this.pkg.addSheet(fs.name, "visible", sheetXml(head, rows.join(""), tail));
    const quoted = `'${fs.name.replace(/'/g, "''")}'`;
    const [from, to] = fs.filter.split(":").map(parseA1);
    const absolute = (c: { row: number; col: number }) => `$${columnLetters(c.col)}$${c.row}`;
    this.pkg.addSheetName(
      "_xlnm._FilterDatabase",
      fs.name,
      `${quoted}!${absolute(from)}:${absolute(to ?? from)}`,
      true
    );
    const [top, bottom] = print.repeatRows;
    this.pkg.addSheetName("_xlnm.Print_Titles", fs.name, `${quoted}!$${top}:$${bottom}`);
  }

  /**
   * The coverage sheet as the plan describes it: each cell's style built from the ranges that
   * cover it (bold, wrapped, centred, boxed, filled), the widths, landscape one page wide.
   */
  private addCoverageSheet(cs: CoverageSheet): void {
    const styles = this.pkg.styles();
    const styleAt = new Map<number, number>();
    const paint = (ranges: string[], derive: (s: number) => number) => {
      for (const range of ranges) {
        const [from, to = from] = range.split(":").map(parseA1);
        for (let r = from.row; r <= to.row; r++)
          for (let c = from.col; c <= to.col; c++)
            styleAt.set(cellKey(r, c), derive(styleAt.get(cellKey(r, c)) ?? 0));
      }
    };
    paint(cs.bold, (s) => styles.withFont(s, { bold: true }));
    paint(cs.wrap, (s) => styles.withAlignment(s, { wrap: true, vertical: "top" }));
    paint(cs.center, (s) => styles.withAlignment(s, { horizontal: "center" }));
    paint(cs.border, (s) => styles.withThinBorder(s));
    for (const f of cs.fills) paint(f.cells, (s) => styles.withFill(s, `FF${f.colour}`));
    const byRow = new Map<number, number[]>();
    const used = (r: number, c: number) => {
      const cols = byRow.get(r) ?? [];
      if (!cols.includes(c)) cols.push(c);
      byRow.set(r, cols);
    };
    for (const k of styleAt.keys()) used(keyCell(k).row, keyCell(k).col);
    cs.rows.forEach((row, i) =>
      row.forEach((v, j) => v !== null && v !== "" && used(i + 1, j + 1))
    );
    let rows = "";
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
      let cells = "";
      for (const c of (byRow.get(r) as number[]).sort((a, b) => a - b)) {
        const v = cs.rows[r - 1]?.[c - 1] ?? null;
        const s = styleAt.get(cellKey(r, c));
        const style = s ? ` s="${s}"` : "";
        cells +=
          v === null || v === ""
            ? `<c r="${a1(r, c)}"${style}/>`
            : `<c r="${a1(r, c)}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
      }
      rows += `<row r="${r}">${cells}</row>`;
    }
    const cols = cs.widths
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
      .join("");
    const { print } = cs;
    const head = `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><cols>${cols}</cols>`;
    const tail =
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="${PAPER[print.paper]}" orientation="${print.landscape ? "landscape" : "portrait"}" fitToWidth="${print.pagesWide}" fitToHeight="0"/>`;
    this.pkg.addSheet(cs.name, "visible", sheetXml(head, rows, tail));
  }

  /**
   * A sheet in its own form (a drafted PK): widths, styled cells (their values come with the
   * plan's changes), row heights, merges, and A4 printing one page wide with the header repeated.
   */
  private addFormSheet(n: NewSheet, form: SheetForm | undefined): void {
    const styles = this.pkg.styles();
    const styleAt = new Map<number, number>();
    const rowsUsed = new Set<number>(Object.keys(form?.heights ?? {}).map(Number));
    const paint = (ranges: string[] | undefined, derive: (s: number) => number) => {
      for (const range of ranges ?? []) {
        const [from, to = from] = range.split(":").map(parseA1);
        for (let r = from.row; r <= to.row; r++)
          for (let c = from.col; c <= to.col; c++) {
            const key = cellKey(r, c);
            styleAt.set(key, derive(styleAt.get(key) ?? 0));
            rowsUsed.add(r);
          }
      }
    };
    paint(form?.bold, (s) => styles.withFont(s, { bold: true }));
    paint(form?.wrap, (s) => styles.withAlignment(s, { wrap: true, vertical: "top" }));
    paint(form?.center, (s) => styles.withAlignment(s, { horizontal: "center" }));
    paint(form?.border, (s) => styles.withThinBorder(s));
    let rows = "";
    for (const r of [...rowsUsed].sort((a, b) => a - b)) {
      const height = form?.heights[r];
      let cells = "";
      const keys = [...styleAt.keys()].filter((k) => keyCell(k).row === r).sort((a, b) => a - b);
      for (const k of keys) cells += `<c r="${a1(r, keyCell(k).col)}" s="${styleAt.get(k)}"/>`;
      rows += `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ""}>${cells}</row>`;
    }
    const cols = (form?.widths ?? [])
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
      .join("");
    const head = `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${cols ? `<cols>${cols}</cols>` : ""}`;
    const tail = `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>`;
    const info = this.pkg.addSheet(n.name, "visible", sheetXml(head, rows, tail));
    const editor = this.pkg.editor(info);
    for (const range of n.merges) editor.addMerge(range);
    if (form) {
      const [top, bottom] = form.repeatRows;
      const quoted = `'${n.name.replace(/'/g, "''")}'`;
      this.pkg.addSheetName("_xlnm.Print_Titles", n.name, `${quoted}!$${top}:$${bottom}`);
    }
  }

  async clearHighlights(): Promise<ClearResult> {
    this.grids.clear();
    const profile = await this.readProfile();
    if (!profile?.highlights && !profile?.findingsSheet && !profile?.coverageSheet)
      return { kept: [] };
    const styles = this.pkg.styles();
    const recorded = profile.highlights ?? [];
    const sheets = this.sheetStates([...new Set(recorded.map((h) => h.sheet))]);
    const { restore, keep } = restorableHighlights(recorded, sheets);
    for (const h of restore) {
      const info = this.info(h.sheet);
      const editor = this.pkg.editor(info);
      const { row, col } = parseA1(h.cell);
      const style = h.style ?? styles.withFill(editor.styleOf(row, col), h.fill);
      editor.setStyle(row, col, style);
      new SheetNotes(this.pkg, info, editor).restore(h.cell, h.note ?? "");
    }
    if (profile.findingsSheet) this.pkg.removeSheet(profile.findingsSheet);
    if (profile.coverageSheet) this.pkg.removeSheet(profile.coverageSheet);
    const rest = { ...profile };
    delete rest.highlights;
    delete rest.findingsSheet;
    delete rest.coverageSheet;
    if (keep.length > 0) rest.highlights = keep;
    await this.writeProfile(rest);
    return { kept: keptSheets(keep) };
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(this.pkg.toBytes());
  }

  async toBytes(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }
}

/** Paper sizes as pageSetup numbers them. */
const PAPER = { A4: 9 } as const;

/** A worksheet part from its columns, rows and what follows them. */
function sheetXml(cols: string, rows: string, tail = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${cols}<sheetData>${rows}</sheetData>${tail}</worksheet>`;
}
