/**
 * Layouts A (one long table with a unit column) and B (a sheet per unit): indicator rows, with
 * Sasaran carried down within a unit, links, rules, periods and Rencana Aksi rows.
 */
import { a1 } from "../core/cells";
import type { CellRef, Consolidation, Indicator, Polarity, RowLink } from "../core/model";
import { foldText, looksLikeCode, unitKey } from "../core/text";
import { parseTarget } from "../core/values";
import { isBlank, textAt, valueAt, type Grid } from "./grid";
import type { Layout } from "./profile";
import type { HeaderMeaning } from "./headers";
import type { TargetValue } from "../core/target";
import {
  cellTarget,
  EMPTY,
  isColumnNumberText,
  rowTexts,
  splitList,
  textOrUndefined,
  type ColumnMap,
  type Context,
  type Sinks,
  type TableReading,
} from "./reading";
import { RowCells, withCells } from "./rowCells";
import {
  isColumnNumberRow,
  mergedText,
  statedSums,
  type DetectedTable,
  type MergeIndex,
} from "./tables";
import { UNIT_SEPARATOR } from "./units";
import { ADDITIONAL_BLOCK, startsWithUnitHead, TOTAL_ROW, type Field } from "./vocabulary";

const CARRY: Field[] = ["no", "goal", "objective", "unit", "parentUnit", "level"];

export function readIndicators(
  reading: TableReading,
  layout: Layout,
  sheetUnitName: string | null,
  rencanaAksi: boolean,
  sinks: Sinks
): void {
  const rows = new IndicatorRows(reading, layout, sheetUnitName, rencanaAksi, sinks);
  const { table } = reading;
  for (let r = table.firstRow; r <= table.lastRow; r++) rows.read(r);
}

/** One table's rows, read top to bottom with what carries down from the rows above. */
class IndicatorRows {
  private readonly grid: Grid;
  private readonly merges: MergeIndex;
  private readonly table: DetectedTable;
  private readonly columns: ColumnMap;
  private readonly ctx: Context;
  /** Blank or merged No, Tujuan, Sasaran, unit cells repeat the value above (within a unit). */
  private readonly carried: Partial<Record<Field, string>> = {};
  /** The unit the carried values belong to (layout A). */
  private carriedFor = "";
  private objective: string | undefined;
  /** The objective was set by a section row since the last indicator row. */
  private sectionAbove = false;
  /** Under a "Kinerja Tambahan" heading. */
  private additional = false;
  private readonly unitsSeen = new Set<string>();
  private readonly unitCol: number | undefined;
  private readonly targetHeader: HeaderMeaning | undefined;
  /** "Kode IKU Atasan", "No. IKU Atasan": every value is a code, whatever its shape. */
  private readonly linkByCode: boolean;
  private readonly periodKind: Indicator["periodKind"];
  private readonly periodsCumulative: boolean | undefined;
  /** The column-number row states the annual as the sum of the periods (target, realisasi). */
  private readonly periodsSum: boolean | undefined;
  private readonly realisasiSum: boolean | undefined;

  constructor(
    reading: TableReading,
    private readonly layout: Layout,
    private readonly sheetUnitName: string | null,
    private readonly rencanaAksi: boolean,
    private readonly sinks: Sinks
  ) {
    ({
      grid: this.grid,
      merges: this.merges,
      table: this.table,
      columns: this.columns,
      ctx: this.ctx,
    } = reading);
    const { table, columns } = this;
    this.unitCol = layout === "A" ? columns.unit : undefined;
    this.targetHeader = table.columns.find((c) => c.col === columns.target)?.meaning;
    this.linkByCode =
      columns.parentLink !== undefined &&
      CODE_HEADER.test(foldText(table.columns.find((c) => c.col === columns.parentLink)?.label));
    const first = columns.periods?.[0];
    const periodHeader =
      first === undefined ? undefined : table.columns.find((c) => c.col === first)?.meaning.period;
    this.periodKind = periodHeader?.kind;
    this.periodsCumulative = periodHeader?.cumulative || undefined;
    const sums = statedSums(this.grid, table);
    const sumOf = (annual: number | undefined, periods: number[] | undefined) => {
      const terms = annual === undefined ? undefined : sums.get(annual);
      return terms !== undefined &&
        periods !== undefined &&
        terms.length === periods.length &&
        periods.every((c) => terms.includes(c))
        ? true
        : undefined;
    };
    this.periodsSum = sumOf(columns.target, columns.periods);
    this.realisasiSum = sumOf(columns.realisasi, columns.realisasiPeriods);
  }

  read(r: number): void {
    const { grid, table, columns } = this;
    if (isColumnNumberRow(grid, r, table.left, table.right)) return;
    this.carryDown(r);
    const indCol = columns.indicator as number;
    const m = this.merges.at(r, indCol);
    if (m && m.top !== r) return; // the rest of a merged indicator cell: the same row
    let name = textAt(grid, r, indCol);
    // most names need no respacing: test before building a new string
    if (ODD_SPACING.test(name)) name = name.replace(/\s+/g, " ").trim();
    if (this.heading(r, name)) return;
    const unit = this.layout === "A" ? (this.carried.unit ?? "") : (this.sheetUnitName as string);
    if (!unit) return;
    const row = this.indicator(r, name, unit);
    if (!row) return;
    this.sectionAbove = false;
    this.rules(r, row);
    if (this.rencanaAksi) this.sinks.rencanaAksi.add(row);
    this.sinks.indicators.push(row);
    if (this.layout === "A") this.unitOf(r, unit);
  }

  /**
   * Carry-down stops at a unit boundary: in a long table a blank or merged Sasaran (or Tujuan, or
   * No) repeats only within its unit (DESIGN.md §3).
   */
  private carryDown(r: number): void {
    const { carried, columns } = this;
    if (this.unitCol !== undefined) {
      // a row merged across the unit column and beyond is a section heading, not a unit
      const m = this.merges.at(r, this.unitCol);
      const u = m && m.right > m.left ? "" : mergedText(this.grid, this.merges, r, this.unitCol);
      if (u) carried.unit = u;
      const key = unitKey(carried.unit);
      if (key !== this.carriedFor) {
        this.carriedFor = key;
        delete carried.no;
        delete carried.goal;
        delete carried.objective;
        // a section row just above ("Sasaran: …" across the table) heads the new unit's rows
        if (!this.sectionAbove) this.objective = undefined;
      }
    }
    for (const f of CARRY) {
      const col = columns[f];
      if (col === undefined || f === "unit") continue;
      const t = this.textInUnit(r, col);
      if (t) carried[f] = t;
    }
  }

  /** A cell's text through merges, unless the merge starts in a row of another unit. */
  private textInUnit(r: number, col: number): string {
    const m = this.merges.at(r, col);
    if (!m) return textAt(this.grid, r, col);
    if (m.top < r && this.unitCol !== undefined) {
      const owner = unitKey(mergedText(this.grid, this.merges, m.top, this.unitCol));
      if (owner && owner !== this.carriedFor) return "";
    }
    return textAt(this.grid, m.top, m.left);
  }

  /**
   * Rows that are not indicators: a "Kinerja Tambahan" heading (in the indicator cell or alone on
   * a row), a section row ("Sasaran Strategis 1: …" sets the objective below it), a total.
   */
  private heading(r: number, name: string): boolean {
    const { grid, table, columns } = this;
    if (name && ADDITIONAL_BLOCK.test(foldText(name))) {
      this.additional = true;
      return true;
    }
    const rowText =
      name && !isColumnNumberText(name) ? [] : rowTexts(grid, r, table.left, table.right);
    if (rowText.some((t) => ADDITIONAL_BLOCK.test(foldText(t)))) {
      this.additional = true;
      return true;
    }
    const objectiveHere =
      columns.objective !== undefined ? this.textInUnit(r, columns.objective) : "";
    if (!name || isColumnNumberText(name)) {
      // a row with an objective and no indicator, or a section row ("Sasaran Strategis 1: …"
      // across the table, merged or not), is the objective of the rows below it
      const section = rowText.find((t) => /^(sasaran|ss\s*\d|tujuan)/i.test(t));
      if (section && (!objectiveHere || objectiveHere === section))
        this.objective = section.replace(/^[^:]*:\s*/, "").trim() || section;
      else if (objectiveHere) this.objective = objectiveHere;
      this.sectionAbove ||= !!(section || objectiveHere);
      return true;
    }
    if (objectiveHere) this.objective = objectiveHere;
    return TOTAL_ROW.test(foldText(name));
  }

  /** The indicator on row r, or undefined for a narrative line under the table. */
  private indicator(r: number, text: string, unit: string): Indicator | undefined {
    const { grid, merges, columns, ctx } = this;
    let name = text;
    let target = cellTarget(grid, r, columns.target, ctx);
    let targetInferred = false;
    // with no target column, a trailing bracket in the name is the target ("… SOP (25%)")
    if (columns.target === undefined) {
      const bracket = /^(.*\S)\s*\(([^()]*\d[^()]*)\)\s*$/.exec(name);
      if (bracket) {
        const t = parseTarget(bracket[2], { locale: ctx.locale });
        if (t.kind === "number" || t.kind === "bound" || t.kind === "range") {
          name = bracket[1];
          target = t;
          targetInferred = true;
        }
      }
    }
    const satuanText =
      columns.satuan !== undefined ? mergedText(grid, merges, r, columns.satuan) : "";
    if (this.narrative(r, name, satuanText, target)) return undefined;
    const periodCols = columns.periods;
    const weight = columns.weight !== undefined ? cellTarget(grid, r, columns.weight, ctx) : EMPTY;
    const denominator =
      columns.denominator !== undefined ? cellTarget(grid, r, columns.denominator, ctx) : EMPTY;
    const pol = polarityValue(textAt(grid, r, columns.polarity ?? -1));
    const cons = consolidationValue(textAt(grid, r, columns.consolidation ?? -1));
    const typeText = this.typeText(r);
    const links =
      columns.parentLink !== undefined
        ? splitList(textAt(grid, r, columns.parentLink)).map((p): RowLink => ({
            parent: p,
            type: typeText || undefined,
            byCode: this.linkByCode || undefined,
            cell: this.ref(r, columns.parentLink),
          }))
        : [];
    const ownCode = textOrUndefined(grid, r, columns.code);
    const numbered = ownCode ? undefined : numberingCode(grid, r, columns);
    // every row gets every property at once, in one order: one object shape for 100 000 rows
    // keeps the check's property reads fast (absent facts are undefined, as before)
    return {
      id: `${grid.sheet}!${r}`,
      unit,
      code: ownCode ?? numbered,
      numbered: numbered ? true : undefined,
      name,
      objective: this.objective ?? this.carried.objective,
      satuan: satuanText || this.targetHeader?.satuan || undefined,
      target,
      periods: periodCols ? periodCols.map((c) => cellTarget(grid, r, c, ctx)) : undefined,
      periodKind: this.periodKind,
      periodsCumulative: this.periodsCumulative,
      periodsSum: this.periodsSum,
      polarity: pol ? { value: pol, stated: true } : undefined,
      consolidation: cons ? { value: cons, stated: true } : undefined,
      weight: weight.kind !== "empty" ? weight : undefined,
      denominator: denominator.kind !== "empty" ? denominator : undefined,
      links: links.length > 0 ? links : undefined,
      cascadeType: typeText || undefined,
      additional: this.additional || undefined,
      targetInferred: targetInferred || undefined,
      realisasi:
        columns.realisasi !== undefined ? cellTarget(grid, r, columns.realisasi, ctx) : undefined,
      realisasiPeriods: columns.realisasiPeriods?.map((c) => cellTarget(grid, r, c, ctx)),
      realisasiSum: this.realisasiSum,
      capaian:
        columns.capaian !== undefined ? cellTarget(grid, r, columns.capaian, ctx) : undefined,
      cells: new RowCells(grid.sheet, r, columns, targetInferred),
    };
  }

  /**
   * A narrative line under the table ("Faktor pendorong …", "Tindak lanjut …") in a table that
   * has satuan or target columns, with neither: text, not an indicator.
   */
  private narrative(r: number, name: string, satuan: string, target: TargetValue): boolean {
    const { columns } = this;
    return (
      !satuan &&
      target.kind === "empty" &&
      (columns.satuan !== undefined || columns.target !== undefined) &&
      NARRATIVE.test(foldText(name)) &&
      !columns.periods?.some((c) => !isBlank(valueAt(this.grid, r, c)))
    );
  }

  private typeText(r: number): string {
    const col = this.columns.cascadeType;
    return col !== undefined ? mergedText(this.grid, this.merges, r, col) : "";
  }

  /** A rule column on a parent's row names the units that take it, optionally typed. */
  private rules(r: number, row: Indicator): void {
    const col = this.columns.rule;
    if (col === undefined) return;
    const typeText = row.cascadeType;
    for (const entry of splitUnits(textAt(this.grid, r, col))) {
      const typed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(entry);
      this.sinks.rules.push({
        parent: row.code ?? row.name,
        parentUnit: row.unit,
        parentId: row.id,
        child: typed ? typed[1] : entry,
        type: typed ? typed[2] : typeText,
        source: "rule",
        cell: this.ref(r, col),
      });
    }
  }

  /** Layout A: each unit once, with its level, code and parent-unit cell. */
  private unitOf(r: number, unit: string): void {
    const key = unitKey(unit);
    if (this.unitsSeen.has(key)) return;
    this.unitsSeen.add(key);
    const { carried, columns } = this;
    this.sinks.units.push({
      name: unit,
      level: carried.level,
      code: textOrUndefined(this.grid, r, columns.unitCode),
      parents: carried.parentUnit
        ? [{ name: carried.parentUnit, source: "column", cell: this.ref(r, columns.parentUnit) }]
        : [],
    });
  }

  private ref(row: number, col: number | undefined): CellRef | undefined {
    return col === undefined ? undefined : { sheet: this.grid.sheet, cell: a1(row, col) };
  }
}

/** How notes under a table begin (after an optional number): not indicators. */
const NARRATIVE =
  /^(\d+\s+)?(faktor|tindak lanjut|catatan|keterangan|hambatan|kendala|permasalahan|masalah|upaya|solusi|penjelasan|kesimpulan|note|notes)\b/;

/** A header naming codes: Kode, Code, No. (IKU), Nomor. */
const CODE_HEADER = /\b(kode|code|no|nomor)\b/;

/** Whitespace other than single spaces: line breaks, tabs, no-break spaces, double spaces. */
const ODD_SPACING = /[^\S ]| {2}/;

/**
 * With no code column, a No column numbered as a pohon kinerja ("1.1.", "1.2.1.") gives the
 * codes; plain numbering (1, 2, 3) does not.
 */
function numberingCode(grid: Grid, row: number, columns: ColumnMap): string | undefined {
  if (columns.code !== undefined || columns.no === undefined) return undefined;
  const t = textAt(grid, row, columns.no);
  return /\d[.,]\s*\d/.test(t) && looksLikeCode(t) ? t : undefined;
}

/**
 * Units named in a rule cell: separated by ";" or line breaks, or by commas and "dan" where a part
 * starts with a unit's head word ("Bidang A, Bidang B dan Bidang C", "Sekretariat, Subbag
 * Keuangan (P 40 %)"); "Bidang Pengadaan, Pemberhentian, Mutasi dan Promosi" and "Bidang
 * Pemerintahan Desa dan Kelurahan" are one unit each. Parts that are known units are split later
 * (splitKnownUnits).
 */
function splitUnits(text: string): string[] {
  return splitList(text).flatMap((s) => {
    // a new unit starts at each part that is a unit name; other parts continue the one before
    const pieces = s.split(UNIT_SEPARATOR);
    if (!startsWithUnitHead(pieces[0])) return [s];
    const out: string[] = [pieces[0]];
    for (let i = 1; i + 1 < pieces.length; i += 2) {
      const part = pieces[i + 1];
      if (startsWithUnitHead(withoutBracket(part))) out.push(part);
      else out[out.length - 1] += pieces[i] + part;
    }
    return out.map((p) => p.trim()).filter((p) => p.length > 0);
  });
}

function withoutBracket(s: string): string {
  return s.replace(/\s*\([^()]*\)\s*$/, "");
}

function polarityValue(text: string): Polarity | undefined {
  const t = foldText(text);
  if (!t) return undefined;
  if (/^(max|maks|maksimal|maximize|maksimum|naik|positif|higher is better)/.test(t)) return "max";
  if (/^(min|minimal|minimize|minimum|turun|negatif|lower is better)/.test(t)) return "min";
  if (/^(stabil|stabilize|stable)/.test(t)) return "stabilize";
  return undefined;
}

function consolidationValue(text: string): Consolidation | undefined {
  const t = foldText(text);
  if (!t) return undefined;
  if (/^(sum|jumlah|total|akumulasi)/.test(t)) return "sum";
  if (/^(average|rata|avg|mean)/.test(t)) return "average";
  if (/^(take last known|last|nilai terakhir|terakhir)/.test(t)) return "last";
  return undefined;
}

/**
 * An indicator in a unit's PK and again in its Rencana Aksi is one indicator: the PK gives the
 * annual target, the Rencana Aksi its periods.
 */
export function mergeRencanaAksi(rows: Indicator[], rencanaAksi: Set<Indicator>): Indicator[] {
  if (rencanaAksi.size === 0) return rows;
  const firstByKey = new Map<string, Indicator>();
  const out: Indicator[] = [];
  for (const row of rows) {
    const key = `${unitKey(row.unit)}\u0000${foldText(row.name)}`;
    const first = firstByKey.get(key);
    // the Rencana Aksi row of a PK indicator is that indicator, whether or not its periods hold
    // values (a WTP or BB target often has none)
    if (first && rencanaAksi.has(row) && !rencanaAksi.has(first)) {
      // the Rencana Aksi's periods (and their cells, where a fill writes them) unless the PK row
      // has period values of its own and the Rencana Aksi none
      const filled = (periods?: TargetValue[]) => !!periods?.some((p) => p.kind !== "empty");
      if (row.periods && (filled(row.periods) || !filled(first.periods))) {
        first.periods = row.periods;
        first.periodKind = row.periodKind;
        first.periodsCumulative = row.periodsCumulative;
        first.periodsSum = row.periodsSum;
        first.cells = withCells(first.cells, { periods: row.cells.periods });
      }
      if (first.target.kind === "empty") {
        first.target = row.target;
        first.cells = withCells(first.cells, { target: row.cells.target });
      }
      first.links ??= row.links;
      continue;
    }
    if (!first) firstByKey.set(key, row);
    out.push(row);
  }
  return out;
}
