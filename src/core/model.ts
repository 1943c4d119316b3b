/**
 * The plan: units, their indicators and the cascade rules between them, as plain data.
 * The template reader produces it; cascade and check consume it. Nothing here knows about Excel,
 * but every item may carry the cell it came from so findings can point at it.
 */
import type { TargetValue } from "./target";

/** A cell in a workbook, A1 style. */
import type { SkpPlan } from "./skp";

export interface CellRef {
  sheet: string;
  cell: string;
}

export type CascadeType = "full" | "partial" | "contributing";
export type Polarity = "max" | "min" | "stabilize";
export type Consolidation = "sum" | "average" | "last";
/** Kemenkeu-style workbooks (IKU, Direct/Indirect, Konsolidasi) or PermenPAN-RB (RHK, Intervensi). */
export type Framework = "kemenkeu" | "permenpan";

/** Where a hierarchy fact came from, strongest first (DESIGN.md §2 "Hierarchy"). */
export type HierarchySource = "profile" | "sheet" | "column" | "pk" | "matrix" | "code" | "link";
export const HIERARCHY_ORDER: readonly HierarchySource[] = [
  "profile",
  "sheet",
  "column",
  "pk",
  "matrix",
  "code",
  "link",
];

export interface ParentRef {
  /** The parent unit's name as written. */
  name: string;
  source: HierarchySource;
  /** The cell that names it, for UNIT_NOT_FOUND. */
  cell?: CellRef;
}

export interface Unit {
  /** The name as written (the first occurrence). Units are matched by folded name (text.ts). */
  name: string;
  /** Level as written: "II", "II.a", "2", "JPT Pratama" … (normalised by text.ts). */
  level?: string;
  /** Unit code ("1100", "1101") from which a hierarchy may be inferred. */
  code?: string;
  parents?: ParentRef[];
  /** Where the unit is named (a title row, a hierarchy row). */
  cell?: CellRef;
  /** Named by a hierarchy sheet or the profile: its spelling is the one shown (reader only). */
  fromHierarchy?: boolean;
}

/** A period target: TW I–IV, Semester I–II or months, in order. */
export type PeriodKind = "quarter" | "semester" | "month";

export interface StatedValue<T> {
  value: T;
  /** false when derived from the satuan, a bound or a word list rather than read from a column. */
  stated: boolean;
}

/** A link written on a child row: its parent-link column, or a cascade-type column. */
export interface RowLink {
  /** The parent IKU as written: a code ("IKU 1.2", "1.2.") or a name. */
  parent: string;
  /** The parent unit when the row says which. */
  parentUnit?: string;
  /** The cascade type as written ("F", "Penuh", "Indirect" …), read by cascadeTypeFrom(). */
  type?: string;
  /** The column's header names codes ("Kode IKU Atasan"): the reference is a code, whatever its shape. */
  byCode?: boolean;
  cell?: CellRef;
}

export interface IndicatorCells {
  indicator?: CellRef;
  code?: CellRef;
  objective?: CellRef;
  satuan?: CellRef;
  target?: CellRef;
  periods?: CellRef[];
  weight?: CellRef;
  polarity?: CellRef;
  link?: CellRef;
  realisasi?: CellRef;
  realisasiPeriods?: CellRef[];
  capaian?: CellRef;
}

export interface Indicator {
  /** Unique within the plan (the reader uses sheet!row). */
  id: string;
  /** The unit's name as written. */
  unit: string;
  /** The code as written on the row; whether it is the row's own or its parent's is decided by the check. */
  code?: string;
  /**
   * The code is the row's number in a pohon-numbered No column ("1.1.", "1.2.1."), not a code
   * column: it places the row under an ancestor's number it extends, but never reads as a reused
   * parent code (each unit numbers its own rows).
   */
  numbered?: boolean;
  name: string;
  /** The Sasaran (SS / Sasaran Program / Sasaran Kegiatan) the row is under. */
  objective?: string;
  satuan?: string;
  target: TargetValue;
  periods?: TargetValue[];
  periodKind?: PeriodKind;
  /** The period headers said "s.d." (cumulative). */
  periodsCumulative?: boolean;
  /** The form states the annual as the sum of the periods (a column-number row, §8). */
  periodsSum?: boolean;
  polarity?: StatedValue<Polarity>;
  consolidation?: StatedValue<Consolidation>;
  weight?: TargetValue;
  /** A denominator (Target Y, penyebut) used to weight averages. */
  denominator?: TargetValue;
  links?: RowLink[];
  /** Cascade type written on the row without a parent (a "Jenis Cascading" column). */
  cascadeType?: string;
  /** Under a "Kinerja Tambahan" heading: never an orphan. */
  additional?: boolean;
  /** The target was read from a bracket in the indicator text (inferred). */
  targetInferred?: boolean;
  /** The year's results (DESIGN.md §8): annual realisasi, per period, and a stated capaian. */
  realisasi?: TargetValue;
  realisasiPeriods?: TargetValue[];
  /** The form states the annual realisasi as the sum of the periods (a column-number row). */
  realisasiSum?: boolean;
  capaian?: TargetValue;
  cells: IndicatorCells;
}

/** A share of a parent's target given to one child. */
export type Share = { kind: "percent"; value: number } | { kind: "absolute"; value: number };

/** "Unit U takes parent IKU P" from a matrix cell or a rule column on the parent's row. */
export interface CascadeRule {
  /** The parent IKU, code or name as written. */
  parent: string;
  /** The parent IKU's name when `parent` is its code (a matriks gives both). */
  parentName?: string;
  /** The unit owning the parent IKU when known (a rule column sits on the parent's own row). */
  parentUnit?: string;
  /** The id of the parent row when the reader knows it (rule column). */
  parentId?: string;
  child: string;
  /** The type as written ("F", "P", "K", "Penuh" …); absent for a plain mark. */
  type?: string;
  share?: Share;
  /** Free text in a matrix cell: the child's own (contributing) indicator. */
  text?: string;
  source: "matrix" | "rule";
  cell?: CellRef;
  /** The header cell naming the child unit, for UNIT_NOT_FOUND. */
  childCell?: CellRef;
}

export interface PlanSettings {
  framework: Framework;
  locale: "id" | "en";
  year?: number;
  /** Show NIP / NRK whole in findings (personal data: masked by default). */
  showIds?: boolean;
  /** The reporting date (ISO) and capaian floor, cap and band for the year's results (§8). */
  monitoring?: {
    reportingDate?: string;
    floor?: number;
    cap?: number | null;
    band?: number;
    /** Capaian from which a unit reads as reached (default 100) and as close (default 80). */
    goodFrom?: number;
    fairFrom?: number;
  };
}

export interface Plan {
  units: Unit[];
  indicators: Indicator[];
  rules: CascadeRule[];
  settings: PlanSettings;
  /** Persons' SKP and activity logs, when the workbook has them (DESIGN.md §7). */
  skp?: SkpPlan;
}
