/**
 * A small builder for plans in tests, so each test reads like a page of a real workbook: units,
 * their PK rows and the matrix marks. Every row gets cells on its unit's own sheet
 * (B code, C Sasaran, D indicator, E satuan, F target, G–J TW I–IV, K bobot, L polaritas,
 * M IKU atasan), so findings can be checked at their cell.
 */
import { parseTarget } from "../../src/core/values";
import type {
  CascadeRule,
  Consolidation,
  Framework,
  HierarchySource,
  Indicator,
  Plan,
  Polarity,
  Unit,
} from "../../src/core/model";

export interface RowSpec {
  code?: string;
  name: string;
  objective?: string;
  satuan?: string;
  target?: string | number;
  periods?: Array<string | number>;
  cumulative?: boolean;
  weight?: string | number;
  polarity?: Polarity;
  consolidation?: Consolidation;
  /** IKU atasan: a code or name; several separated by ";". */
  link?: string;
  type?: string;
  denominator?: string | number;
  additional?: boolean;
}

export class PlanBuilder {
  private readonly units: Unit[] = [];
  private readonly rows: Indicator[] = [];
  private readonly rules: CascadeRule[] = [];
  private readonly nextRow = new Map<string, number>();
  private matrixRow = 3;

  constructor(private readonly framework: Framework = "kemenkeu") {}

  unit(
    name: string,
    opts: {
      parent?: string | string[];
      level?: string;
      code?: string;
      source?: HierarchySource;
    } = {}
  ): this {
    const parents =
      opts.parent === undefined ? [] : Array.isArray(opts.parent) ? opts.parent : [opts.parent];
    this.units.push({
      name,
      level: opts.level,
      code: opts.code,
      parents: parents.map((p) => ({
        name: p,
        source: opts.source ?? "sheet",
        cell: { sheet: "Hierarki", cell: `B${this.units.length + 2}` },
      })),
      cell: { sheet: "Hierarki", cell: `A${this.units.length + 2}` },
    });
    return this;
  }

  /** Adds a PK row to the unit's sheet; returns the row's id through `ids`. */
  row(unit: string, spec: RowSpec): this {
    const sheet = sheetName(unit);
    const r = this.nextRow.get(sheet) ?? 6;
    this.nextRow.set(sheet, r + 1);
    const cell = (col: string) => ({ sheet, cell: `${col}${r}` });
    const periods = spec.periods?.map((p) => parseTarget(p));
    this.rows.push({
      id: `${sheet}!${r}`,
      unit,
      code: spec.code,
      name: spec.name,
      objective: spec.objective,
      satuan: spec.satuan,
      target: parseTarget(spec.target ?? null),
      periods,
      periodKind: periods ? (periods.length === 12 ? "month" : "quarter") : undefined,
      periodsCumulative: spec.cumulative,
      weight: spec.weight === undefined ? undefined : parseTarget(spec.weight),
      denominator: spec.denominator === undefined ? undefined : parseTarget(spec.denominator),
      polarity: spec.polarity ? { value: spec.polarity, stated: true } : undefined,
      consolidation: spec.consolidation ? { value: spec.consolidation, stated: true } : undefined,
      links: spec.link
        ? spec.link.split(";").map((p) => ({ parent: p.trim(), type: spec.type, cell: cell("M") }))
        : undefined,
      cascadeType: spec.link ? undefined : spec.type,
      additional: spec.additional,
      cells: {
        code: cell("B"),
        objective: cell("C"),
        indicator: cell("D"),
        satuan: cell("E"),
        target: cell("F"),
        periods: periods?.map((_, i) => cell(String.fromCharCode(71 + i))),
        weight: cell("K"),
        polarity: cell("L"),
        link: cell("M"),
      },
    });
    return this;
  }

  /** A matriks cascading cell: `child` takes `parent` ("F", "P 40%", "K", "✓" …). */
  mark(
    parent: string,
    child: string,
    type: string,
    opts: { parentUnit?: string; text?: string } = {}
  ): this {
    const col = String.fromCharCode(67 + this.childColumns(child));
    this.rules.push({
      parent,
      parentUnit: opts.parentUnit,
      child,
      type,
      text: opts.text,
      source: "matrix",
      cell: { sheet: "Matriks", cell: `${col}${this.matrixRow++}` },
      childCell: { sheet: "Matriks", cell: `${col}2` },
    });
    return this;
  }

  /** A rule column ("Unit Penanggung Jawab") on the parent's row. */
  rule(parent: string, parentUnit: string, child: string, type?: string): this {
    this.rules.push({
      parent,
      parentUnit,
      child,
      type,
      source: "rule",
      cell: {
        sheet: sheetName(parentUnit),
        cell: `N${this.nextRow.get(sheetName(parentUnit)) ?? 6}`,
      },
    });
    return this;
  }

  build(): Plan {
    return {
      units: [...this.units],
      indicators: [...this.rows],
      rules: [...this.rules],
      settings: { framework: this.framework, locale: "id", year: 2026 },
    };
  }

  private readonly columns: string[] = [];
  private childColumns(child: string): number {
    let i = this.columns.indexOf(child);
    if (i < 0) {
      this.columns.push(child);
      i = this.columns.length - 1;
    }
    return i;
  }
}

export function sheetName(unit: string): string {
  return unit.slice(0, 31);
}
