/**
 * One IKU of one unit written in two tables — a recap of many units and the unit's own PK, a
 * Renja table and its evaluation — is one IKU, not a duplicate: the first statement (in reading
 * order) stays, and the restatement gives what the first leaves blank (periods, links, polarity,
 * realisasi…). Rows that disagree stay apart, so the check still reports them: a different target
 * as DUPLICATE_INDICATOR, a different realisasi as REALISASI_CONFLICT.
 */
import { numberOf, sameTarget, toleranceOf } from "../core/compare";
import type { Indicator, IndicatorCells } from "../core/model";
import type { TargetValue } from "../core/target";
import { foldText, unitKey } from "../core/text";
import type { ReadResult } from "./read";
import { withCells } from "./rowCells";

const stated = (t: TargetValue | undefined): t is TargetValue =>
  t !== undefined && t.kind !== "empty";

const filled = (periods?: TargetValue[]) => !!periods?.some((p) => p.kind !== "empty");

function agree(a: TargetValue | undefined, b: TargetValue | undefined): boolean {
  if (!stated(a) || !stated(b)) return true;
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== undefined && y !== undefined) return sameTarget(a, b, toleranceOf(a));
  return foldText(a.original) === foldText(b.original);
}

/** The table (by its first header row) each row of a row table was read from. */
function tableOf(detected: ReadResult["detected"]): (row: Indicator) => string | undefined {
  const bySheet = new Map<string, Array<{ top: number; bottom: number; id: string }>>();
  for (const d of detected) {
    if (d.layout !== "A" && d.layout !== "B") continue;
    const t = d.table;
    const list = bySheet.get(t.sheet) ?? [];
    list.push({ top: t.headerTop, bottom: t.lastRow, id: `${t.sheet}!${t.headerTop}` });
    bySheet.set(t.sheet, list);
  }
  return (row) => {
    const bang = row.id.lastIndexOf("!");
    const r = Number(row.id.slice(bang + 1));
    return bySheet.get(row.id.slice(0, bang))?.find((t) => r >= t.top && r <= t.bottom)?.id;
  };
}

export function mergeRestated(rows: Indicator[], detected: ReadResult["detected"]): Indicator[] {
  const table = tableOf(detected);
  const first = new Map<string, { row: Indicator; table: string }>();
  const out: Indicator[] = [];
  for (const row of rows) {
    const at = table(row);
    const key = `${unitKey(row.unit)}\u0000${foldText(row.name)}`;
    const earlier = first.get(key);
    if (
      at !== undefined &&
      earlier &&
      earlier.table !== at &&
      agree(earlier.row.target, row.target) &&
      agree(earlier.row.realisasi, row.realisasi) &&
      (!row.code || !earlier.row.code || foldText(row.code) === foldText(earlier.row.code))
    ) {
      fillGaps(earlier.row, row);
      continue;
    }
    if (at !== undefined && !earlier) first.set(key, { row, table: at });
    out.push(row);
  }
  return out;
}

/** What the first statement leaves blank, from the restatement (with the cells it sits in). */
function fillGaps(to: Indicator, from: Indicator): void {
  const cells: Partial<IndicatorCells> = {};
  if (!stated(to.target) && stated(from.target)) {
    to.target = from.target;
    cells.target = from.cells.target;
  }
  if (!filled(to.periods) && filled(from.periods)) {
    to.periods = from.periods;
    to.periodKind = from.periodKind;
    to.periodsCumulative = from.periodsCumulative;
    to.periodsSum = from.periodsSum;
    cells.periods = from.cells.periods;
  }
  if (!stated(to.realisasi) && stated(from.realisasi)) {
    to.realisasi = from.realisasi;
    cells.realisasi = from.cells.realisasi;
  }
  if (!filled(to.realisasiPeriods) && filled(from.realisasiPeriods)) {
    to.realisasiPeriods = from.realisasiPeriods;
    to.realisasiSum = from.realisasiSum;
    cells.realisasiPeriods = from.cells.realisasiPeriods;
  }
  if (!stated(to.capaian) && stated(from.capaian)) {
    to.capaian = from.capaian;
    cells.capaian = from.cells.capaian;
  }
  if (!to.links && from.links) {
    to.links = from.links;
    cells.link = from.cells.link;
  }
  if (!to.code && from.code) {
    to.code = from.code;
    to.numbered = from.numbered;
    cells.code = from.cells.code;
  }
  if (!to.objective && from.objective) to.objective = from.objective;
  if (!to.satuan && from.satuan) to.satuan = from.satuan;
  if (!to.polarity && from.polarity) to.polarity = from.polarity;
  if (!to.consolidation && from.consolidation) to.consolidation = from.consolidation;
  if (!to.weight && from.weight) to.weight = from.weight;
  if (!to.denominator && from.denominator) to.denominator = from.denominator;
  if (!to.cascadeType && from.cascadeType) to.cascadeType = from.cascadeType;
  if (Object.keys(cells).length > 0) to.cells = withCells(to.cells, cells);
}
