/**
 * Drafting the Perjanjian Kinerja (DESIGN.md §9): for each chosen unit without a PK sheet of its
 * own, a sheet in the standard form — title, unit, the agreement between Pihak Pertama and Pihak
 * Kedua, the indicator table (with TW I–IV when the unit's rows have them), the Program / Anggaran
 * table when the workbook has one for the unit, the signature block — as a patch plan, so it is
 * previewed, never written over an existing sheet, and undone like any fill.
 *
 * The table copies the unit's rows as the workbook states them (values and number formats), so the
 * next read takes the new sheet as the unit's PK and the check finds what it found before.
 *
 * @example
 *   const draft = planPkDraft(session.read, session.grids, { units: ["Biro Umum"] });
 *   await applySessionFill(host, session, draft.plan); // adds "PK Biro Umum"
 */
import { a1, rangeA1, parseA1 } from "../core/cells";
import type { CellRef, Indicator } from "../core/model";
import type { ChangeWhy, PkReason } from "../core/reasons";
import { foldText, unitKey } from "../core/text";
import { sheetNameFor } from "./fill";
import { cellKey, isBlank, valueAt, type CellValue, type Grid } from "./grid";
import type { CellChange, NewSheet, PatchPlan } from "./patches";
import type { ReadResult } from "./read";
import { sheetUnit } from "./titles";
import { looksLikeUnitName } from "./vocabulary";

export interface PkDraftOptions {
  /** The units to draft for (names as the workbook writes them); all without a PK when absent. */
  units?: string[];
  /** The PK's year; the workbook's when absent. */
  year?: number;
}

/** A chosen unit that got no draft, and why (a reason with its stable code, core/reasons.ts). */
export interface PkDraftSkip {
  unit: string;
  reason: PkReason;
}

export interface PkDraft {
  plan: PatchPlan;
  drafted: Array<{ unit: string; sheet: string; indicators: number }>;
  skipped: PkDraftSkip[];
}

/** The party lines of the agreement: a name (or dots to fill in) and a position. */
interface Party {
  name: string;
  jabatan: string;
}

const BLANK_NAME = "……………………………………";

const PERIOD_HEADERS = ["TW I", "TW II", "TW III", "TW IV"];

/** The position heading a unit: the Kepala of a Biro, the Direktur of a Direktorat… */
export function headOf(unit: string): string {
  const u = unit.trim();
  const swaps: Array<[RegExp, string]> = [
    [/^direktorat\s+jenderal\b/i, "Direktur Jenderal"],
    [/^direktorat\b/i, "Direktur"],
    [/^sekretariat\s+(utama|jenderal|daerah|dprd)\b/i, "Sekretaris $1"],
    [/^sekretariat\b/i, "Sekretaris"],
    [/^inspektorat\s+jenderal\b/i, "Inspektur Jenderal"],
    [/^inspektorat\b/i, "Inspektur"],
  ];
  for (const [re, head] of swaps)
    if (re.test(u)) return u.replace(re, (m, w?: string) => head.replace("$1", w ?? ""));
  // a position already (Deputi, Asisten, Staf Ahli) heads itself; a team has a Ketua
  if (/^(deputi|asisten|staf ahli|kepala|ketua|direktur|sekretaris|inspektur)\b/i.test(u)) return u;
  if (/^(tim|kelompok)\b/i.test(u)) return `Ketua ${u}`;
  return `Kepala ${u}`;
}

export function planPkDraft(
  read: ReadResult,
  grids: Grid[],
  options: PkDraftOptions = {}
): PkDraft {
  const plan: PatchPlan = { changes: [], conflicts: [], skipped: [], inserts: [], sheets: [] };
  const drafted: PkDraft["drafted"] = [];
  const skipped: PkDraftSkip[] = [];
  const rowsByUnit = new Map<string, Indicator[]>();
  for (const r of read.plan.indicators)
    rowsByUnit.set(unitKey(r.unit), [...(rowsByUnit.get(unitKey(r.unit)) ?? []), r]);
  // a unit's own PK: a table of that unit alone on its sheet (layout B)
  const pkSheet = new Map<string, string>();
  for (const d of read.detected)
    if (d.layout === "B" && d.unit && !pkSheet.has(unitKey(d.unit)))
      pkSheet.set(unitKey(d.unit), d.table.sheet);
  const names = new Map<string, string>();
  for (const u of read.plan.units) names.set(unitKey(u.name), u.name);
  for (const r of read.plan.indicators)
    if (!names.has(unitKey(r.unit))) names.set(unitKey(r.unit), r.unit);

  const wanted =
    options.units ??
    [...rowsByUnit.keys()].filter((k) => !pkSheet.has(k)).map((k) => names.get(k) as string);
  const taken = new Set(grids.map((g) => g.sheet));
  const year = options.year ?? read.year;
  const byGrid = new Map(grids.map((g) => [g.sheet, g]));
  for (const asked of wanted) {
    const key = unitKey(asked);
    const unit = names.get(key);
    if (!unit) {
      skipped.push({ unit: asked, reason: { code: "pk-unknown-unit", unit: asked } });
      continue;
    }
    const existing = pkSheet.get(key);
    if (existing) {
      skipped.push({ unit, reason: { code: "pk-has-pk", unit, sheet: existing } });
      continue;
    }
    const rows = rowsByUnit.get(key) ?? [];
    if (rows.length === 0) {
      skipped.push({ unit, reason: { code: "pk-no-indicators", unit } });
      continue;
    }
    const name = sheetNameFor(unit, taken);
    taken.add(name);
    const parties = partiesOf(read, unit);
    const programs = programRows(grids, unit);
    const sheet = draftSheet(name, unit, year, rows, parties, programs, byGrid);
    plan.changes.push(...sheet.changes);
    plan.sheets?.push(sheet.sheet);
    drafted.push({ unit, sheet: name, indicators: rows.length });
  }
  if (plan.sheets?.length === 0) delete plan.sheets;
  return { plan, drafted, skipped };
}

/** Pihak Pertama heads the unit, Pihak Kedua its superior: by name where an SKP names them. */
function partiesOf(read: ReadResult, unit: string): { first: Party; second: Party | null } {
  const persons = read.plan.skp?.persons ?? [];
  const headed = (u: string): Party => {
    const jabatan = headOf(u);
    const person = persons.find(
      (p) => foldText(p.jabatan) === foldText(jabatan) || (p.jpt && unitKey(p.unit) === unitKey(u))
    );
    return { name: person?.name ?? BLANK_NAME, jabatan: person?.jabatan ?? jabatan };
  };
  const node = read.plan.units.find((u) => unitKey(u.name) === unitKey(unit));
  const parent = node?.parents?.[0]?.name;
  return { first: headed(unit), second: parent ? headed(parent) : null };
}

/**
 * The Program / Anggaran rows the workbook states for the unit: a table headed "Program" and
 * "Anggaran" on a sheet whose titles name the unit.
 */
function programRows(grids: Grid[], unit: string): CellValue[][] {
  for (const grid of grids) {
    const bottom = grid.top + grid.values.length - 1;
    for (let r = grid.top; r <= bottom; r++) {
      const row = grid.values[r - grid.top] ?? [];
      const texts = row.map((v) => (typeof v === "string" ? foldText(v) : ""));
      const program = texts.findIndex((t) => /^program\b/.test(t));
      const budget = texts.findIndex((t) => /^(anggaran|pagu)\b/.test(t));
      if (program < 0 || budget < 0) continue;
      if (unitKey(sheetUnit(grid, r).name) !== unitKey(unit)) break;
      const out: CellValue[][] = [];
      for (let rr = r + 1; rr <= bottom; rr++) {
        const name = valueAt(grid, rr, grid.left + program);
        if (isBlank(name)) break;
        out.push([name, valueAt(grid, rr, grid.left + budget)]);
      }
      return out;
    }
  }
  return [];
}

interface DraftSheet {
  sheet: NewSheet;
  changes: CellChange[];
}

const INTRO =
  "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:";
const PROMISE =
  "Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab Pihak Pertama.";
const SUPERVISION =
  "Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.";

function draftSheet(
  name: string,
  unit: string,
  year: number | undefined,
  rows: Indicator[],
  parties: { first: Party; second: Party | null },
  programs: CellValue[][],
  grids: Map<string, Grid>
): DraftSheet {
  const changes: CellChange[] = [];
  const why: ChangeWhy = { code: "change-pk-draft", unit };
  const put = (row: number, col: number, value: CellValue, numFmt?: string) => {
    if (isBlank(value)) return;
    changes.push({
      sheet: name,
      cell: a1(row, col),
      old: null,
      new: value,
      why,
      ...(numFmt ? { numFmt } : {}),
    });
  };
  // TW I–IV when known: four periods with at least one stated
  const withPeriods = rows.some(
    (r) => r.periods?.length === 4 && r.periods.some((p) => p.kind !== "empty")
  );
  const header = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Target",
    ...(withPeriods ? PERIOD_HEADERS : []),
  ];
  const last = header.length;
  const merges: string[] = [];
  const across = (row: number) => {
    merges.push(rangeA1(row, 1, row, last));
    return rangeA1(row, 1, row, last);
  };
  const bold: string[] = [];
  const wrap: string[] = [];
  const center: string[] = [];
  const heights: Record<number, number> = {};

  let r = 1;
  put(r, 1, `PERJANJIAN KINERJA${year ? ` TAHUN ${year}` : ""}`);
  bold.push(across(r));
  center.push(a1(r, 1));
  r++;
  // the unit as the next read looks for it: a row that is its name, else "Unit Kerja: …"
  put(r, 1, looksLikeUnitName(unit) ? unit.toUpperCase() : `Unit Kerja: ${unit}`);
  bold.push(across(r));
  center.push(a1(r, 1));
  r += 2;
  const paragraph = (text: string) => {
    put(r, 1, text);
    wrap.push(across(r));
    heights[r] = 48;
    r += 2;
  };
  paragraph(INTRO);
  const party = (p: Party, role: string) => {
    put(r, 2, "Nama");
    put(r, 3, `: ${p.name}`);
    put(r + 1, 2, "Jabatan");
    put(r + 1, 3, `: ${p.jabatan}`);
    put(r + 2, 2, role);
    r += 4;
  };
  party(parties.first, "selanjutnya disebut Pihak Pertama.");
  party(
    parties.second ?? { name: BLANK_NAME, jabatan: BLANK_NAME },
    "selaku atasan Pihak Pertama, selanjutnya disebut Pihak Kedua."
  );
  paragraph(PROMISE);
  paragraph(SUPERVISION);

  // the indicator table: the unit's rows, each Sasaran written once and merged down its rows
  const headerRow = r;
  header.forEach((h, i) => put(r, i + 1, h));
  bold.push(rangeA1(r, 1, r, last));
  center.push(rangeA1(r, 1, r, last));
  r++;
  const first = r;
  let sasaranFrom = r;
  let sasaran: string | undefined;
  let no = 0;
  const closeSasaran = (end: number) => {
    if (end > sasaranFrom) merges.push(rangeA1(sasaranFrom, 1, end, 1));
    if (end > sasaranFrom) merges.push(rangeA1(sasaranFrom, 2, end, 2));
  };
  for (const row of rows) {
    if (row !== rows[0] && row.objective === sasaran && sasaran !== undefined) {
      // same Sasaran: its cells merge down
    } else {
      closeSasaran(r - 1);
      sasaranFrom = r;
      sasaran = row.objective;
      put(r, 1, String(++no));
      put(r, 2, row.objective ?? null);
    }
    put(r, 3, row.name);
    put(r, 4, row.satuan ?? null);
    copy(grids, row.cells.target, row.target.original, (v, f) => put(r, 5, v, f));
    if (withPeriods)
      (row.periods ?? []).forEach((p, i) =>
        copy(grids, row.cells.periods?.[i], p.original, (v, f) => put(r, 6 + i, v, f))
      );
    r++;
  }
  closeSasaran(r - 1);
  const tableEnd = r - 1;
  wrap.push(rangeA1(first, 1, tableEnd, 3));
  const border = [rangeA1(headerRow, 1, tableEnd, last)];
  r++;

  if (programs.length > 0) {
    put(r, 1, "No");
    put(r, 2, "Program");
    put(r, 3, "Anggaran");
    bold.push(rangeA1(r, 1, r, 3));
    border.push(rangeA1(r, 1, r + programs.length, 3));
    programs.forEach(([program, budget], i) => {
      put(r + 1 + i, 1, String(i + 1));
      put(r + 1 + i, 2, program);
      put(r + 1 + i, 3, budget);
    });
    r += programs.length + 2;
  }

  // the signature block: Pihak Kedua left, Pihak Pertama right, room to sign between
  const right = Math.max(4, last - 1);
  put(r, right, `……………………, ……………………${year ? ` ${year}` : ""}`);
  r++;
  put(r, 2, "Pihak Kedua,");
  put(r, right, "Pihak Pertama,");
  put(r + 1, 2, parties.second?.jabatan ?? BLANK_NAME);
  put(r + 1, right, parties.first.jabatan);
  put(r + 5, 2, parties.second?.name ?? BLANK_NAME);
  put(r + 5, right, parties.first.name);
  bold.push(a1(r + 5, 2), a1(r + 5, right));

  const widths = [5, 34, 46, 12, 14, ...(withPeriods ? [11, 11, 11, 11] : [])];
  return {
    changes,
    sheet: {
      name,
      unit,
      at: headerRow,
      merges,
      form: {
        widths,
        bold,
        wrap,
        center,
        border,
        heights,
        repeatRows: [headerRow, headerRow],
      },
    },
  };
}

/** A stated value copied as the workbook holds it: the cell's value and number format. */
function copy(
  grids: Map<string, Grid>,
  at: CellRef | undefined,
  fallback: string,
  put: (value: CellValue, numFmt?: string) => void
): void {
  const grid = at ? grids.get(at.sheet) : undefined;
  if (!at || !grid) {
    put(fallback || null);
    return;
  }
  const { row, col } = parseA1(at.cell);
  const value = valueAt(grid, row, col);
  const format = grid.formats.get(cellKey(row, col));
  put(isBlank(value) ? null : value, typeof value === "number" ? format : undefined);
}
