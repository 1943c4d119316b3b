/**
 * The cells of one indicator row, made on demand: a read of 100 000 rows would otherwise build a
 * million cell references that only the few rows with findings ever use.
 */
import { a1 } from "../core/cells";
import type { CellRef, IndicatorCells } from "../core/model";

export interface RowColumns {
  indicator?: number;
  code?: number;
  objective?: number;
  satuan?: number;
  target?: number;
  weight?: number;
  polarity?: number;
  parentLink?: number;
  periods?: number[];
  realisasi?: number;
  realisasiPeriods?: number[];
  capaian?: number;
}

export class RowCells implements IndicatorCells {
  constructor(
    private readonly sheet: string,
    private readonly row: number,
    private readonly cols: RowColumns,
    /** The target was read from a bracket in the indicator text: it lives in that cell. */
    private readonly targetInName = false
  ) {}

  private at(col: number | undefined): CellRef | undefined {
    return col === undefined ? undefined : { sheet: this.sheet, cell: a1(this.row, col) };
  }

  get indicator() {
    return this.at(this.cols.indicator);
  }
  get code() {
    return this.at(this.cols.code);
  }
  get objective() {
    return this.at(this.cols.objective);
  }
  get satuan() {
    return this.at(this.cols.satuan);
  }
  get target() {
    return (
      this.at(this.cols.target) ?? (this.targetInName ? this.at(this.cols.indicator) : undefined)
    );
  }
  get weight() {
    return this.at(this.cols.weight);
  }
  get polarity() {
    return this.at(this.cols.polarity);
  }
  get link() {
    return this.at(this.cols.parentLink);
  }
  get periods() {
    return this.cols.periods?.map((c) => this.at(c) as CellRef);
  }
  get realisasi() {
    return this.at(this.cols.realisasi);
  }
  get realisasiPeriods() {
    return this.cols.realisasiPeriods?.map((c) => this.at(c) as CellRef);
  }
  get capaian() {
    return this.at(this.cols.capaian);
  }
}

/**
 * Plain cells, every field copied, with some replaced: a Rencana Aksi row lending its periods to
 * the PK row, a restatement filling what the first statement leaves blank.
 */
export function withCells(cells: IndicatorCells, changes: Partial<IndicatorCells>): IndicatorCells {
  return {
    indicator: cells.indicator,
    code: cells.code,
    objective: cells.objective,
    satuan: cells.satuan,
    target: cells.target,
    periods: cells.periods,
    weight: cells.weight,
    polarity: cells.polarity,
    link: cells.link,
    realisasi: cells.realisasi,
    realisasiPeriods: cells.realisasiPeriods,
    capaian: cells.capaian,
    ...changes,
  };
}
