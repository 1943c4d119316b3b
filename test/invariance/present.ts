/**
 * Presentations: one canonical plan (plan.ts) written the many ways planners write it
 * (DESIGN.md §3). A Presentation is a record of independent choices; `present` writes the plan in
 * it as a WorkbookSpec. Choices that make no sense together are constrained (`constrain`), never
 * skipped: links by code need codes, a hierarchy from matrices needs links by matrix, a unit
 * named only by its sheet needs a name that fits in 31 characters, a kop or a Rencana Aksi needs a
 * PK sheet (a Rencana Aksi one with quarters), a list of units in a rule cell needs a rule column
 * and a parent IKU two units take.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/workbook/grid";
import type { SheetSpec, WorkbookSpec } from "../../src/sample/spec";
import { columnLetters } from "../../src/core/cells";
import type { CanonicalPlan, LinkType, PlanIku, PlanUnit, SatuanKey } from "./plan";
import { ikuOf, unitOf } from "./plan";

// ---- the dimensions ----------------------------------------------------------------------------

export const CODE_STYLES = [
  "none",
  "numeric", // 1.2
  "iku", // IKU 1.2
  "letterDot", // B.1, SU.1.2 (each unit its own letters)
  "letterDash", // SS-1.2 (one prefix for all)
  "trailingDot", // 1.1.1. under 1.1.
  "doubleDot", // 1.3..
  "comma", // 1,2
] as const;
export type CodeStyle = (typeof CODE_STYLES)[number];

export const HEADER_LANGS = ["id", "en"] as const;
export type HeaderLang = (typeof HEADER_LANGS)[number];

/** Each unit in the long table (A), on its own PK sheet (B), or some of each. */
export const LAYOUTS = ["A", "B", "mix"] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];

/** extended: no link column; a child's code extends its parent's ("1.1.1" under "1.1"), a Jenis Cascading column gives the type. */
export const LINKS = ["code", "name", "matrix", "ruleColumn", "inferred", "extended"] as const;
export type LinkMechanism = (typeof LINKS)[number];

/** Where rules a row cannot carry (a unit that is to take an IKU and has no row) are written. */
export const RULE_SOURCES = ["matrix", "ruleColumn"] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];

/** sheet: a hierarchy sheet (D); inline: a parent-unit column (A) or an Atasan / Pihak Kedua line (B); matrix: the matrices' titles and columns. */
export const HIERARCHIES = ["sheet", "inline", "matrix"] as const;
export type HierarchySource = (typeof HIERARCHIES)[number];

export const SUPERIOR_LINES = ["Atasan", "Pihak Kedua"] as const;
export type SuperiorLine = (typeof SUPERIOR_LINES)[number];

export const CARRY = ["repeated", "merged", "blank"] as const;
export type Carry = (typeof CARRY)[number];

export const UNIT_NAMINGS = [
  "unitKerjaLine",
  "pkTitle",
  "nameRow",
  "kepalaRow",
  "sheetName",
] as const;
export type UnitNaming = (typeof UNIT_NAMINGS)[number];

export const EXTRAS = ["none", "blankRows", "programSignature", "both"] as const;
export type Extras = (typeof EXTRAS)[number];

export const SPELLINGS = ["plain", "alternate", "mixed"] as const;
export type Spelling = (typeof SPELLINGS)[number];

/** Column groups of an indicator table; the target block is the annual target and TW I–IV. */
export const GROUPS = [
  "no",
  "unit",
  "parentUnit",
  "sasaran",
  "code",
  "indicator",
  "satuan",
  "target",
  "parentLink",
  "cascadeType",
  "rule",
] as const;
export type Group = (typeof GROUPS)[number];

/**
 * A kop (letterhead) above each PK sheet's title rows: the government and its address, never a
 * unit (a kop naming the Sekretariat would be a unit title).
 */
export const KOPS = ["none", "oneLine", "twoLines"] as const;
export type Kop = (typeof KOPS)[number];

/**
 * Several units in one rule cell: entries separated by ";" (the baseline), or written as a list,
 * "A (P), B (P)" or "A (P), B (P) dan C (P)" (DESIGN.md §3, "Penanggung Jawab").
 */
export const UNIT_LISTS = ["none", "comma", "dan"] as const;
export type UnitList = (typeof UNIT_LISTS)[number];

export interface Presentation {
  codeStyle: CodeStyle;
  lang: HeaderLang;
  /** Which synonym of each header (taken modulo the synonyms a field has). */
  synonym: number;
  layout: LayoutChoice;
  /** For "mix": bit i set puts unit i on its own sheet (B). */
  mixMask: number;
  links: LinkMechanism;
  ruleSource: RuleSource;
  hierarchy: HierarchySource;
  superiorLine: SuperiorLine;
  matrixTransposed: boolean;
  sasaran: Carry;
  /** Unit (and parent-unit) cells in the long table. */
  unitCells: Carry;
  headerDepth: 1 | 2 | 3 | 4;
  numberRow: boolean;
  unitNaming: UnitNaming;
  extras: Extras;
  /** The order of the column groups (all of them; absent columns are dropped). */
  columnOrder: Group[];
  yearHeader: boolean;
  spelling: Spelling;
  /** A letterhead above each PK sheet's title rows (layout B). */
  kop: Kop;
  /**
   * PK sheets of units with TW I–IV: the PK table has the annual target only, and a "RENCANA AKSI
   * TAHUN …" table below it gives No | Indikator Kinerja | Target | TW I–IV (DESIGN.md §2).
   */
  rencanaAksi: boolean;
  /** The indicator heading merged over a numbering column (1, 2, 3 …) and the indicator text. */
  mergedIndicatorHeading: boolean;
  /** How a rule cell naming several units separates them. */
  unitListInRule: UnitList;
  /**
   * The satuan written inside the target text ("10 Dokumen", "95%"), the tables without a Satuan
   * column; the quarters stay bare numbers.
   */
  satuanInTarget: boolean;
}

export const BASELINE: Presentation = {
  codeStyle: "numeric",
  lang: "id",
  synonym: 0,
  layout: "A",
  mixMask: 0,
  links: "code",
  ruleSource: "ruleColumn",
  hierarchy: "sheet",
  superiorLine: "Atasan",
  matrixTransposed: false,
  sasaran: "repeated",
  unitCells: "repeated",
  headerDepth: 1,
  numberRow: false,
  unitNaming: "unitKerjaLine",
  extras: "none",
  columnOrder: [...GROUPS],
  yearHeader: false,
  spelling: "plain",
  kop: "none",
  rencanaAksi: false,
  mergedIndicatorHeading: false,
  unitListInRule: "none",
  satuanInTarget: false,
};

/**
 * What the reader in src/ gets wrong (each entry: the choices that fail together, the plans they
 * fail on when not all, and what goes wrong). Excluded from generation; the per-dimension tests
 * assert each still fails, so a fix that lands makes them fail until the entry is removed.
 */
export interface KnownFailure {
  when: Partial<Presentation>;
  /** Only these plans (all when absent). */
  plans?: string[];
  /**
   * Choices the failure needs in order to show at all, not part of the match: `constrain` drops a
   * Rencana Aksi where no unit is on its own sheet, so its entries are checked with layout B.
   */
  shownBy?: Partial<Presentation>;
  why: string;
}

export const KNOWN_FAILING: readonly KnownFailure[] = [];

export function isKnownFailing(plan: CanonicalPlan, p: Presentation): boolean {
  return KNOWN_FAILING.some(
    (k) =>
      (!k.plans || k.plans.includes(plan.id)) &&
      (Object.keys(k.when) as Array<keyof Presentation>).every(
        (key) => JSON.stringify(p[key]) === JSON.stringify(k.when[key])
      )
  );
}

/** Makes a presentation meaningful for a plan: dependent choices follow the ones they depend on. */
export function constrain(plan: CanonicalPlan, p: Presentation): Presentation {
  const q = { ...p, columnOrder: [...p.columnOrder] };
  if (q.codeStyle === "none" && q.links === "code") q.links = "name";
  // letterDot gives each unit its own letters: a child's code extends no parent's
  if (q.links === "extended" && (q.codeStyle === "none" || q.codeStyle === "letterDot"))
    q.codeStyle = "numeric";
  if (q.hierarchy === "matrix") q.links = "matrix";
  // a mix has at least one unit of each layout
  const n = plan.units.length;
  if (q.layout === "mix") {
    let m = q.mixMask & ((1 << n) - 1);
    if (m === 0) m = 1;
    if (m === (1 << n) - 1) m &= ~1;
    q.mixMask = m;
  } else q.mixMask = 0;
  // choices that change nothing in this presentation read as the baseline's, so a description
  // (and a KNOWN_FAILING entry) names only what the workbook shows
  const layouts = plan.units.map((u) => unitLayout(plan, q, u));
  const rulesWritten = q.links === "matrix" || q.links === "ruleColumn" || plan.rules.length > 0;
  if (q.links === "matrix" || q.links === "ruleColumn" || plan.rules.length === 0)
    q.ruleSource = BASELINE.ruleSource;
  const matrixWritten = q.hierarchy === "matrix" || (rulesWritten && ruleSourceOf(q) === "matrix");
  if (!matrixWritten) q.matrixTransposed = BASELINE.matrixTransposed;
  if (!layouts.includes("B")) {
    q.unitNaming = BASELINE.unitNaming;
    q.superiorLine = BASELINE.superiorLine;
  }
  if (q.hierarchy !== "inline") q.superiorLine = BASELINE.superiorLine;
  if (!layouts.includes("A")) q.unitCells = BASELINE.unitCells;
  if (!layouts.includes("B")) q.kop = BASELINE.kop;
  if (!plan.units.some((u) => rencanaAksiSheet(plan, q, u))) q.rencanaAksi = BASELINE.rencanaAksi;
  // the numbering column under a merged heading is written for headers one or two rows deep
  if (q.headerDepth > 2) q.mergedIndicatorHeading = BASELINE.mergedIndicatorHeading;
  // a list needs a rule column and a parent IKU that at least two units take
  if (
    !(rulesWritten && ruleSourceOf(q) === "ruleColumn") ||
    !hasSharedParent(writtenRules(plan, q))
  )
    q.unitListInRule = BASELINE.unitListInRule;
  return q;
}

/** A unit on its own PK sheet whose IKU have periods: with `rencanaAksi`, they go to a Rencana Aksi table. */
export function rencanaAksiSheet(plan: CanonicalPlan, p: Presentation, unit: PlanUnit): boolean {
  return (
    p.rencanaAksi &&
    unitLayout(plan, p, unit) === "B" &&
    plan.ikus.some((i) => i.unit === unit.id && i.tw !== undefined)
  );
}

/**
 * Whether a table has a Satuan column: none when the satuan is in the target text; else the long
 * table (no unit) always, a unit's own PK sheet unless none of its rows states a satuan.
 */
export function hasSatuanColumn(plan: CanonicalPlan, p: Presentation, unit?: PlanUnit): boolean {
  if (p.satuanInTarget) return false;
  return !unit || plan.ikus.some((i) => i.unit === unit.id && i.satuan !== null);
}

/** The units whose rows sit in a table without a Satuan column: the fill cannot write their satuan. */
export function unitsWithoutSatuanColumn(plan: CanonicalPlan, p: Presentation): string[] {
  return plan.units
    .filter((u) => !hasSatuanColumn(plan, p, unitLayout(plan, p, u) === "B" ? u : undefined))
    .map((u) => u.id);
}

function hasSharedParent(rules: WrittenRule[]): boolean {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.parent)) return true;
    seen.add(r.parent);
  }
  return false;
}

export function unitLayout(plan: CanonicalPlan, p: Presentation, unit: PlanUnit): "A" | "B" {
  if (p.layout !== "mix") return p.layout;
  const i = plan.units.indexOf(unit);
  return p.mixMask & (1 << i) ? "B" : "A";
}

/** What the test prints for a failing presentation: only the choices that differ from the baseline. */
export function describe(p: Presentation, plan?: CanonicalPlan): string {
  const diff: string[] = [];
  for (const key of Object.keys(BASELINE) as Array<keyof Presentation>) {
    if (JSON.stringify(p[key]) !== JSON.stringify(BASELINE[key]))
      diff.push(`${key}=${JSON.stringify(p[key])}`);
  }
  const layouts =
    plan && p.layout === "mix"
      ? ` [${plan.units.map((u) => `${u.id}:${unitLayout(plan, p, u)}`).join(" ")}]`
      : "";
  return `{${diff.join(", ") || "baseline"}}${layouts}`;
}

// ---- arbitraries ------------------------------------------------------------------------------

export function presentationArb(plan: CanonicalPlan): fc.Arbitrary<Presentation> {
  /** A value that fails alone (for every plan, or this one) is not generated at all. */
  const allowed = <T>(values: readonly T[], key: keyof Presentation): T[] => {
    const out = values.filter(
      (v) =>
        !KNOWN_FAILING.some(
          (k) =>
            (!k.plans || k.plans.includes(plan.id)) &&
            Object.keys(k.when).length === 1 &&
            JSON.stringify(k.when[key]) === JSON.stringify(v)
        )
    );
    return out.length > 0 ? out : [BASELINE[key] as T];
  };
  return fc
    .record<Presentation>({
      codeStyle: fc.constantFrom(...allowed(CODE_STYLES, "codeStyle")),
      lang: fc.constantFrom(...allowed(HEADER_LANGS, "lang")),
      synonym: fc.nat(5),
      layout: fc.constantFrom(...allowed(LAYOUTS, "layout")),
      mixMask: fc.nat(255),
      links: fc.constantFrom(...allowed(LINKS, "links")),
      ruleSource: fc.constantFrom(...allowed(RULE_SOURCES, "ruleSource")),
      hierarchy: fc.constantFrom(...allowed(HIERARCHIES, "hierarchy")),
      superiorLine: fc.constantFrom(...allowed(SUPERIOR_LINES, "superiorLine")),
      matrixTransposed: fc.constantFrom(...allowed([false, true], "matrixTransposed")),
      sasaran: fc.constantFrom(...allowed(CARRY, "sasaran")),
      unitCells: fc.constantFrom(...allowed(CARRY, "unitCells")),
      headerDepth: fc.constantFrom(...allowed([1, 2, 3, 4] as const, "headerDepth")),
      numberRow: fc.constantFrom(...allowed([false, true], "numberRow")),
      unitNaming: fc.constantFrom(...allowed(UNIT_NAMINGS, "unitNaming")),
      extras: fc.constantFrom(...allowed(EXTRAS, "extras")),
      columnOrder: fc
        .shuffledSubarray([...GROUPS].slice(1), {
          minLength: GROUPS.length - 1,
          maxLength: GROUPS.length - 1,
        })
        .map((rest) => ["no" as Group, ...rest]),
      yearHeader: fc.constantFrom(...allowed([false, true], "yearHeader")),
      spelling: fc.constantFrom(...allowed(SPELLINGS, "spelling")),
      kop: fc.constantFrom(...allowed(KOPS, "kop")),
      rencanaAksi: fc.constantFrom(...allowed([false, true], "rencanaAksi")),
      mergedIndicatorHeading: fc.constantFrom(...allowed([false, true], "mergedIndicatorHeading")),
      unitListInRule: fc.constantFrom(...allowed(UNIT_LISTS, "unitListInRule")),
      satuanInTarget: fc.constantFrom(...allowed([false, true], "satuanInTarget")),
    })
    .map((p) => constrain(plan, p))
    .filter((p) => !isKnownFailing(plan, p));
}

// ---- how single values are written ------------------------------------------------------------

export function writtenCode(plan: CanonicalPlan, iku: PlanIku, style: CodeStyle): string | null {
  const dotted = iku.seg.join(".");
  switch (style) {
    case "none":
      return null;
    case "numeric":
      return dotted;
    case "iku":
      return `IKU ${dotted}`;
    case "letterDot":
      return `${unitOf(plan, iku.unit).prefix}.${dotted}`;
    case "letterDash":
      return `SS-${dotted}`;
    case "trailingDot":
      return `${dotted}.`;
    case "doubleDot":
      return `${dotted}..`;
    case "comma":
      return iku.seg.join(",");
  }
}

export const SATUAN_SPELLINGS: Record<SatuanKey, string[]> = {
  persen: ["%", "Persen", "persen"],
  indeks: ["Indeks", "indeks", "Indeks"],
  dokumen: ["Dokumen", "Dok", "Dok."],
  tahapan: ["Tahapan", "Tahap", "tahap"],
  orang: ["Orang", "Org", "orang"],
  unit: ["Unit", "unit", "Unit"],
};

export function writtenSatuan(
  plan: CanonicalPlan,
  iku: PlanIku,
  spelling: Spelling
): string | null {
  if (iku.satuan === null) return null;
  const variants = SATUAN_SPELLINGS[iku.satuan];
  if (spelling === "plain") return variants[0];
  if (spelling === "alternate") return variants[1];
  return variants[plan.ikus.indexOf(iku) % variants.length];
}

const TYPE_WORDS: Record<HeaderLang, Record<LinkType, string>> = {
  id: { full: "F", partial: "P", contributing: "K" },
  en: { full: "Full", partial: "Partial", contributing: "Contributing" },
};

// ---- header vocabulary per language -----------------------------------------------------------

type HeaderField =
  | Exclude<Group, "target" | "parentLink">
  | "parentLinkCode"
  | "parentLinkName"
  | "target"
  | "level"
  | "matrixUnit";

const HEADERS: Record<HeaderLang, Record<HeaderField, string[]>> = {
  id: {
    no: ["No", "No.", "NO"],
    unit: ["Unit Kerja", "Satuan Kerja", "Unit Organisasi"],
    parentUnit: ["Unit Atasan", "Unit Induk", "Atasan"],
    sasaran: ["Sasaran Strategis", "Sasaran", "Sasaran Program"],
    code: ["Kode", "Kode IKU", "Kode Indikator"],
    indicator: ["Indikator Kinerja Utama", "Indikator Kinerja", "IKU"],
    satuan: ["Satuan", "Satuan Pengukuran", "SATUAN"],
    target: ["Target", "Target Tahunan", "Target Kinerja"],
    parentLinkCode: ["Kode IKU Atasan", "Kode IKU Atasan", "Kode IKU Atasan"],
    parentLinkName: ["IKU Atasan", "Mendukung IKU", "IKU Induk"],
    cascadeType: ["Jenis Cascading", "Metode Cascading", "Tipe Cascading"],
    rule: ["Unit Penanggung Jawab", "Penanggung Jawab", "Dilaksanakan Oleh"],
    level: ["Eselon", "Level", "Jenjang"],
    matrixUnit: ["Unit Kerja", "Unit Kerja", "Unit Kerja"],
  },
  en: {
    no: ["No", "No.", "No"],
    unit: ["Unit", "Unit", "Unit"],
    parentUnit: ["Parent Unit", "Reports To", "Parent Unit"],
    sasaran: ["Objective", "Objective", "Objective"],
    code: ["KPI Code", "Code", "Indicator Code"],
    indicator: ["KPI", "Indicator", "KPI"],
    satuan: ["Unit of Measure", "UoM", "Unit of Measure"],
    target: ["Annual Target", "Target", "Annual Target"],
    parentLinkCode: ["Parent KPI Code", "Parent KPI Code", "Parent KPI Code"],
    parentLinkName: ["Parent KPI", "Aligned To", "Parent KPI"],
    cascadeType: ["Cascade Type", "Cascade Type", "Cascade Type"],
    // DESIGN.md lists no English rule header: a mixed workbook keeps the Indonesian one
    rule: ["Unit Penanggung Jawab", "Penanggung Jawab", "Unit Pelaksana"],
    level: ["Level", "Level", "Level"],
    matrixUnit: ["Unit", "Unit", "Unit"],
  },
};

const PERIODS: Record<HeaderLang, string[][]> = {
  id: [
    ["TW I", "TW II", "TW III", "TW IV"],
    ["Triwulan 1", "Triwulan 2", "Triwulan 3", "Triwulan 4"],
    ["Trw I", "Trw II", "Trw III", "Trw IV"],
  ],
  en: [
    ["Q1", "Q2", "Q3", "Q4"],
    ["Q1", "Q2", "Q3", "Q4"],
    ["Q1", "Q2", "Q3", "Q4"],
  ],
};

function header(p: Presentation, field: HeaderField): string {
  const list = HEADERS[p.lang][field];
  return list[p.synonym % list.length];
}

// ---- links as written -------------------------------------------------------------------------

/** The rows that a parent-link name column must carry even when links are inferred. */
export function inferable(plan: CanonicalPlan, iku: PlanIku): boolean {
  if (!iku.parent) return true;
  const parent = ikuOf(plan, iku.parent.id);
  const words = (s: string) => s.toLowerCase().split(/\s+/);
  if (iku.parent.type === "full")
    return (
      iku.name === parent.name &&
      // a row that states no satuan does not differ in satuan
      (iku.satuan === null || iku.satuan === parent.satuan) &&
      iku.target === parent.target &&
      JSON.stringify(iku.tw) === JSON.stringify(parent.tw)
    );
  if (iku.parent.type === "partial") {
    if (iku.name === parent.name) return iku.target !== parent.target;
    const w = new Set(words(iku.name));
    return words(parent.name).every((x) => w.has(x));
  }
  return false;
}

/** How each row states its parent in this presentation. */
export type RowLinkForm = "code" | "name" | "none";

export function rowLinkForm(plan: CanonicalPlan, p: Presentation, iku: PlanIku): RowLinkForm {
  if (!iku.parent) return "none";
  switch (p.links) {
    case "code":
      return "code";
    case "name":
      return "name";
    case "matrix":
    case "ruleColumn":
      // one matrix cell or rule entry per parent and unit: a second row of the unit for the same
      // parent IKU (and, in a rule column, a contributing row: rules name units, not rows) says
      // which IKU it serves on its own row
      return ruleCarried(plan, p).has(iku.id) ? "none" : "name";
    case "inferred":
      return inferable(plan, iku) ? "none" : "name";
    case "extended":
      return "none";
  }
}

/** The rows whose link a matrix cell or rule-column entry carries. */
function ruleCarried(plan: CanonicalPlan, p: Presentation): Set<string> {
  const out = new Set<string>();
  if (p.links !== "matrix" && p.links !== "ruleColumn") return out;
  const taken = new Set<string>();
  // full and partial rows first: they are what a rule entry means
  const order = [...plan.ikus].sort(
    (a, b) => Number(a.parent?.type === "contributing") - Number(b.parent?.type === "contributing")
  );
  for (const iku of order) {
    if (!iku.parent) continue;
    if (p.links === "ruleColumn" && iku.parent.type === "contributing") continue;
    const key = `${iku.parent.id}|${iku.unit}`;
    if (taken.has(key)) continue;
    taken.add(key);
    out.add(iku.id);
  }
  return out;
}

/** Rules as the presentation writes them (matrix cells or rule-column entries). */
export interface WrittenRule {
  parent: string;
  unit: string;
  type: LinkType;
  /** Free text in a matrix cell: the child's own (contributing) indicator. */
  text?: string;
  /** No type written (PlanRule.plain). */
  plain?: true;
}

export function writtenRules(plan: CanonicalPlan, p: Presentation): WrittenRule[] {
  const out: WrittenRule[] = [];
  const carried = ruleCarried(plan, p);
  for (const iku of plan.ikus) {
    if (!iku.parent || !carried.has(iku.id)) continue;
    out.push({
      parent: iku.parent.id,
      unit: iku.unit,
      type: iku.parent.type,
      text: iku.parent.type === "contributing" ? iku.name : undefined,
    });
  }
  for (const r of plan.rules)
    out.push({
      parent: r.parent,
      unit: r.unit,
      type: r.type,
      ...(r.plain ? { plain: r.plain } : {}),
    });
  return out;
}

export function ruleSourceOf(p: Presentation): RuleSource {
  if (p.links === "matrix") return "matrix";
  if (p.links === "ruleColumn") return "ruleColumn";
  return p.ruleSource;
}

// ---- the writer -------------------------------------------------------------------------------

interface Col {
  group: Group;
  /** Header label at the bottom row (for the target block: Tahunan, TW I…). */
  labels: string[];
  /** Columns the group takes: the target block 5 (1 without periods), a merged indicator heading 2. */
  width: number;
}

interface TableOut {
  rows: CellValue[][];
  merges: Array<[number, number, number, number]>; // top, left, bottom, right (0-based, table-relative)
}

/** How one indicator table is shaped. */
interface TableShape {
  layout: "A" | "B";
  /** The target block has TW I–IV (else the annual target only). */
  periods: boolean;
}

export function present(plan: CanonicalPlan, p: Presentation): WorkbookSpec {
  const sheets: SheetSpec[] = [];
  const rules = writtenRules(plan, p);
  const ruleSource = ruleSourceOf(p);
  const aUnits = plan.units.filter((u) => unitLayout(plan, p, u) === "A");
  const bUnits = plan.units.filter((u) => unitLayout(plan, p, u) === "B");

  // which column groups the indicator tables carry
  const rowForms = plan.ikus.map((i) => rowLinkForm(plan, p, i));
  const present = new Set<Group>(["no", "sasaran", "indicator", "satuan", "target"]);
  if (p.codeStyle !== "none") present.add("code");
  if (rowForms.some((f) => f !== "none")) {
    present.add("parentLink");
    present.add("cascadeType");
  }
  if (p.links === "extended") present.add("cascadeType");
  if (ruleSource === "ruleColumn" && rules.length > 0) present.add("rule");
  const linkByCode = rowForms.some((f) => f === "code");

  const groupsFor = (layout: "A" | "B", unit?: PlanUnit): Group[] =>
    p.columnOrder.filter(
      (g) =>
        (g === "satuan" ? hasSatuanColumn(plan, p, unit) : present.has(g)) ||
        (layout === "A" && g === "unit") ||
        (layout === "A" && g === "parentUnit" && p.hierarchy === "inline")
    );

  const colsOf = (groups: Group[], shape: TableShape): Col[] =>
    groups.map((g) => {
      if (g === "target") {
        if (!shape.periods) return { group: g, labels: [annualOnlyLabel(p)], width: 1 };
        const periods = PERIODS[p.lang][p.synonym % 3];
        return { group: g, labels: [annualLabel(p), ...periods], width: 5 };
      }
      if (g === "parentLink")
        return {
          group: g,
          labels: [header(p, linkByCode ? "parentLinkCode" : "parentLinkName")],
          width: 1,
        };
      if (g === "indicator" && p.mergedIndicatorHeading)
        return { group: g, labels: [header(p, g)], width: 2 };
      return { group: g, labels: [header(p, g)], width: 1 };
    });

  const dataRow = (cols: Col[], iku: PlanIku, no: number): CellValue[] => {
    const out: CellValue[] = [];
    const unit = unitOf(plan, iku.unit);
    for (const c of cols) {
      switch (c.group) {
        case "no":
          out.push(no);
          break;
        case "unit":
          out.push(unit.name);
          break;
        case "parentUnit":
          out.push(unit.parent ? unitOf(plan, unit.parent).name : null);
          break;
        case "sasaran":
          out.push(iku.sasaran);
          break;
        case "code":
          out.push(writtenCode(plan, iku, p.codeStyle));
          break;
        case "indicator":
          // under a merged heading: the indicator's number within the table, then its name
          if (c.width === 2) out.push(no);
          out.push(iku.name);
          break;
        case "satuan":
          out.push(writtenSatuan(plan, iku, p.spelling));
          break;
        case "target":
          out.push(writtenTarget(plan, p, iku));
          if (c.width === 5) for (let q = 0; q < 4; q++) out.push(iku.tw ? iku.tw[q] : null);
          break;
        case "parentLink": {
          const form = rowLinkForm(plan, p, iku);
          const parent = iku.parent ? ikuOf(plan, iku.parent.id) : undefined;
          out.push(
            !parent || form === "none"
              ? null
              : form === "code"
                ? writtenCode(plan, parent, p.codeStyle)
                : parent.name
          );
          break;
        }
        case "cascadeType":
          out.push(
            iku.parent && (rowLinkForm(plan, p, iku) !== "none" || p.links === "extended")
              ? TYPE_WORDS[p.lang][iku.parent.type]
              : null
          );
          break;
        case "rule": {
          const mine = rules.filter((r) => r.parent === iku.id);
          out.push(
            mine.length === 0
              ? null
              : unitList(
                  mine.map((r) =>
                    r.plain
                      ? unitOf(plan, r.unit).name
                      : `${unitOf(plan, r.unit).name} (${TYPE_WORDS.id[r.type]})`
                  ),
                  p.unitListInRule
                )
          );
          break;
        }
      }
    }
    return out;
  };

  const table = (shape: TableShape, groups: Group[], ikus: PlanIku[]): TableOut => {
    const { layout } = shape;
    const cols = colsOf(groups, shape);
    const { rows, merges } = headerRows(cols, p);
    const width = rows[0].length;
    if (p.numberRow) rows.push(Array.from({ length: width }, (_, i) => i + 1));
    let prev: PlanIku | undefined;
    const placed: Array<{ iku: PlanIku; row: number }> = [];
    const carriesSasaran = groups.includes("sasaran");
    ikus.forEach((iku, i) => {
      const newBlock =
        prev !== undefined &&
        (layout === "A" ? prev.unit !== iku.unit : prev.sasaran !== iku.sasaran);
      if ((p.extras === "blankRows" || p.extras === "both") && carriesSasaran) {
        if (newBlock) rows.push([]);
      }
      placed.push({ iku, row: rows.length });
      rows.push(dataRow(cols, iku, i + 1));
      prev = iku;
    });
    // carry-down: merged or blank Sasaran (within one unit), unit and parent-unit cells
    const colIndex = (g: Group) => {
      let x = 0;
      for (const c of cols) {
        if (c.group === g) return x;
        x += c.width;
      }
      return -1;
    };
    const carry = (g: Group, style: Carry, same: (a: PlanIku, b: PlanIku) => boolean) => {
      const col = colIndex(g);
      if (col < 0 || style === "repeated") return;
      let start = 0;
      for (let k = 1; k <= placed.length; k++) {
        const contiguous =
          k < placed.length &&
          placed[k].row === placed[k - 1].row + 1 &&
          same(placed[k].iku, placed[start].iku);
        if (contiguous) continue;
        const top = placed[start].row;
        const bottom = placed[k - 1].row;
        if (bottom > top) {
          for (let r = top + 1; r <= bottom; r++) rows[r][col] = null;
          if (style === "merged") merges.push([top, col, bottom, col]);
        }
        start = k;
      }
    };
    carry(
      "sasaran",
      p.sasaran,
      (a, b) => a.unit === b.unit && a.sasaran !== null && a.sasaran === b.sasaran
    );
    if (layout === "A") {
      carry("unit", p.unitCells, (a, b) => a.unit === b.unit);
      carry("parentUnit", p.unitCells, (a, b) => a.unit === b.unit);
    }
    return { rows, merges };
  };

  // D: the hierarchy sheet
  if (p.hierarchy === "sheet") {
    sheets.push({
      name: p.lang === "en" ? "Hierarchy" : "Hierarki",
      rows: [
        [header(p, "unit"), header(p, "parentUnit"), header(p, "level")],
        ...plan.units.map((u) => [u.name, u.parent ? unitOf(plan, u.parent).name : null, u.level]),
      ],
    });
  }

  // A: one long table
  if (aUnits.length > 0) {
    const ikus = aUnits.flatMap((u) => plan.ikus.filter((i) => i.unit === u.id));
    const t = table({ layout: "A", periods: true }, groupsFor("A"), ikus);
    const title: CellValue[][] = [[`REKAPITULASI INDIKATOR KINERJA TAHUN ${plan.year}`]];
    const gap: CellValue[][] = p.extras === "blankRows" || p.extras === "both" ? [[], []] : [[]];
    sheets.push(sheetOf(p.lang === "en" ? "KPI" : "IKU", [title, gap, t]));
  }

  // B: a sheet per unit
  for (const u of bUnits) {
    const ikus = plan.ikus.filter((i) => i.unit === u.id);
    const withRencanaAksi = rencanaAksiSheet(plan, p, u);
    const t = table({ layout: "B", periods: !withRencanaAksi }, groupsFor("B", u), ikus);
    const naming = p.unitNaming === "sheetName" && u.name.length > 31 ? "nameRow" : p.unitNaming;
    const title: CellValue[][] = [...kopRows(plan, p.kop)];
    const pk = `PERJANJIAN KINERJA TAHUN ${plan.year}`;
    if (naming === "pkTitle")
      title.push([`PERJANJIAN KINERJA ${u.name.toUpperCase()} TAHUN ${plan.year}`]);
    else title.push([pk]);
    if (naming === "unitKerjaLine") title.push([`Unit Kerja: ${u.name}`]);
    if (naming === "nameRow") title.push([u.name.toUpperCase()]);
    if (naming === "kepalaRow") title.push([`KEPALA ${u.name.toUpperCase()}`]);
    if (p.hierarchy === "inline" && u.parent)
      title.push([`${p.superiorLine}: ${unitOf(plan, u.parent).name}`]);
    title.push([]);
    if (p.extras === "blankRows" || p.extras === "both") title.push([]);
    const parts: Array<CellValue[][] | TableOut> = [title, t];
    if (withRencanaAksi) {
      // No | Indikator Kinerja | Target | TW I–IV, the PK's indicators in the PK's order
      const ra = table({ layout: "B", periods: true }, ["no", "indicator", "target"], ikus);
      parts.push([[], [`RENCANA AKSI TAHUN ${plan.year}`], []], ra);
    }
    if (p.extras === "programSignature" || p.extras === "both") parts.push(tail(plan, u));
    const sheetName = naming === "sheetName" ? u.name : `PK ${u.prefix}`;
    sheets.push(sheetOf(sheetName, parts));
  }

  // C: matrices, one per parent unit that has rules
  if (ruleSource === "matrix" || p.hierarchy === "matrix") {
    for (const parent of plan.units) {
      const children = plan.units.filter((u) => u.parent === parent.id);
      if (children.length === 0) continue;
      const parentIkus = plan.ikus.filter((i) => i.unit === parent.id);
      const mine = rules.filter((r) => parentIkus.some((i) => i.id === r.parent));
      if (mine.length === 0 && p.hierarchy !== "matrix") continue;
      sheets.push(matrixSheet(plan, p, parent, children, parentIkus, mine));
    }
  }
  return { sheets };
}

/** The annual target: a number, "-" for none yet, or with its satuan as text ("10 Dokumen", "95%"). */
function writtenTarget(plan: CanonicalPlan, p: Presentation, iku: PlanIku): CellValue {
  if (iku.target === null) return "-";
  const satuan = p.satuanInTarget ? writtenSatuan(plan, iku, p.spelling) : null;
  if (satuan === null) return iku.target;
  return satuan === "%" ? `${iku.target}%` : `${iku.target} ${satuan}`;
}

function annualLabel(p: Presentation): string {
  if (p.yearHeader) return p.headerDepth === 1 ? "2026" : p.lang === "en" ? "Annual" : "Tahunan";
  if (p.headerDepth === 1) return header(p, "target");
  return p.lang === "en" ? "Annual" : "Tahunan";
}

/** The target column's header when the table has no periods: a header of its own, however deep. */
function annualOnlyLabel(p: Presentation): string {
  return p.yearHeader ? "2026" : header(p, "target");
}

/** Header rows for the columns, 1 to 4 rows deep, with merges (0-based, table-relative). */
function headerRows(cols: Col[], p: Presentation): TableOut {
  const depth = p.headerDepth;
  const rows: CellValue[][] = Array.from({ length: depth }, () => []);
  const merges: TableOut["merges"] = [];
  let x = 0;
  const blockTop = p.yearHeader ? "2026" : header(p, "target");
  for (const c of cols) {
    if (c.group !== "target" || c.width === 1) {
      // one label over the column (or, merged, over the numbering and indicator columns)
      rows[0].push(c.labels[0]);
      for (let k = 1; k < c.width; k++) rows[0].push(null);
      for (let r = 1; r < depth; r++) for (let k = 0; k < c.width; k++) rows[r].push(null);
      if (depth > 1 || c.width > 1) merges.push([0, x, depth - 1, x + c.width - 1]);
      x += c.width;
      continue;
    }
    const [annual, ...tw] = c.labels;
    if (depth === 1) {
      rows[0].push(annual, ...tw);
    } else if (depth === 2) {
      rows[0].push(blockTop, null, null, null, null);
      rows[1].push(annual, ...tw);
      merges.push([0, x, 0, x + 4]);
    } else {
      // Target over (Tahunan | Triwulan over I…IV [over K])
      const tri = p.lang === "en" ? "Quarter" : "Triwulan";
      rows[0].push(blockTop, null, null, null, null);
      rows[1].push(annual, tri, null, null, null);
      rows[2].push(null, "I", "II", "III", "IV");
      merges.push([0, x, 0, x + 4]);
      merges.push([1, x, depth - 1, x]);
      merges.push([1, x + 1, 1, x + 4]);
      if (depth === 4) rows[3].push(null, "K", "K", "K", "K");
    }
    x += 5;
  }
  return { rows, merges };
}

/** Title rows, tables and other rows stacked down one sheet. */
function sheetOf(name: string, parts: Array<CellValue[][] | TableOut>): SheetSpec {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  for (const part of parts) {
    const offset = rows.length;
    if (Array.isArray(part)) {
      rows.push(...part);
      continue;
    }
    rows.push(...part.rows);
    for (const [top, left, bottom, right] of part.merges)
      merges.push(
        `${columnLetters(left + 1)}${top + offset + 1}:${columnLetters(right + 1)}${bottom + offset + 1}`
      );
  }
  return { name, rows, merges };
}

/** The kop: the government above the titles (a border line under it, here a blank row). */
function kopRows(plan: CanonicalPlan, kop: Kop): CellValue[][] {
  if (kop === "none") return [];
  const [government, address] = KOP_LINES[plan.id] ?? KOP_LINES.default;
  return kop === "oneLine" ? [[government]] : [[government], [address], []];
}

/** Each plan's letterhead: the government and its address, never a unit's name. */
const KOP_LINES: Record<string, [string, string]> = {
  default: ["PEMERINTAH KABUPATEN SUKAMAJU", "Jalan Merdeka No. 1, Sukamaju"],
  bpbd: ["PEMERINTAH KABUPATEN LEMBAH HIJAU", "Jalan Pahlawan No. 12, Lembah Hijau 45311"],
  badan: ["REPUBLIK INDONESIA", "Jalan Cempaka Raya No. 9, Jakarta Pusat 10510"],
};

/** Rule entries in one cell: "A; B", or as a list "A, B" / "A, B dan C". */
function unitList(entries: string[], style: UnitList): string {
  if (style === "none" || entries.length < 2) return entries.join("; ");
  if (style === "comma") return entries.join(", ");
  return `${entries.slice(0, -1).join(", ")} dan ${entries[entries.length - 1]}`;
}

/** A Program / Anggaran table and a signature block under a PK table. */
function tail(plan: CanonicalPlan, u: PlanUnit): CellValue[][] {
  return [
    [],
    ["No", "Program", "Anggaran", "Keterangan"],
    [1, `Program Penunjang Urusan ${u.name}`, "Rp 1.250.000.000,00", "APBN"],
    [2, "Program Dukungan Manajemen", "Rp 430.500.000,00", "APBN"],
    [],
    [],
    [null, null, `Jakarta, 2 Januari ${plan.year}`],
    ["Pihak Kedua,", null, "Pihak Pertama,"],
    [],
    [],
    ["Dra. Wening Prameswari, M.A.P.", null, "Ir. Taufan Adiguna, M.T."],
  ];
}

function matrixSheet(
  plan: CanonicalPlan,
  p: Presentation,
  parent: PlanUnit,
  children: PlanUnit[],
  parentIkus: PlanIku[],
  rules: WrittenRule[]
): SheetSpec {
  const mark = (iku: PlanIku, child: PlanUnit): CellValue => {
    const r = rules.find((x) => x.parent === iku.id && x.unit === child.id);
    if (!r) return null;
    if (r.plain) return "✓";
    return r.text ?? TYPE_WORDS.id[r.type];
  };
  const title: CellValue[][] = [
    [`MATRIKS CASCADING IKU ${parent.name.toUpperCase()} TAHUN ${plan.year}`],
    ["F = penuh, P = sebagian, K = kontribusi"],
    [],
  ];
  const withCode = p.codeStyle !== "none";
  let rows: CellValue[][];
  if (!p.matrixTransposed) {
    rows = [
      [
        ...(withCode ? [header(p, "code")] : []),
        header(p, "indicator"),
        ...children.map((c) => c.name),
      ],
      ...parentIkus.map((i) => [
        ...(withCode ? [writtenCode(plan, i, p.codeStyle)] : []),
        i.name,
        ...children.map((c) => mark(i, c)),
      ]),
    ];
  } else {
    rows = [
      [header(p, "matrixUnit"), ...parentIkus.map((i) => transposedHeader(plan, p, i))],
      ...children.map((c) => [c.name, ...parentIkus.map((i) => mark(i, c))]),
    ];
  }
  return { name: `Matriks ${parent.prefix}`, rows: [...title, ...rows] };
}

/**
 * A transposed matrix heads its columns with the IKU codes; a bare "1 | 2 | 3" would be a
 * column-number row, and a workbook without codes has only the names.
 */
function transposedHeader(plan: CanonicalPlan, p: Presentation, iku: PlanIku): string {
  const code = writtenCode(plan, iku, p.codeStyle);
  return code !== null && !/^\d+$/.test(code) ? code : iku.name;
}
