/** What the CLI prints: the JSON shapes of DESIGN.md §6 and their text forms. */
import type { CapaianBand } from "../core/capaian";
import type { CapaianSummary, CheckResult } from "../core/check";
import {
  BAND_LABEL,
  findingMessage,
  levelLabel,
  percentText,
  SEVERITY_LABEL,
  type Lang,
} from "../core/messages";
import { numberText } from "../core/numbers";
import { CLI_WORDS } from "./words";
import { reasonText } from "../core/reasonMessages";
import { reasonParams, type Reason } from "../core/reasons";
import { understandingMessage, understandingNotes } from "../core/understanding";
import { cellValueText, displayValue } from "../core/cellText";
import type { CellChange, PatchPlan } from "../workbook/patches";
import type { PkDraft } from "../workbook/pkDraft";
import type { LayoutRule, ReadResult, UnitRule } from "../workbook/read";

export interface CheckJson {
  version: 1;
  workbook: string;
  summary: CheckResult["summary"] & {
    /** Capaian per IKU, unit and level where the workbook states realisasi (DESIGN.md §8). */
    capaian?: CapaianJson;
  };
  tables: Array<{
    sheet: string;
    range: string;
    layout: string;
    unit: string | null;
    columns: Record<string, string>;
    /** The rules that decided the layout and (layout B) the unit. */
    rule: { layout: LayoutRule; unit: UnitRule | null };
  }>;
  sheets: Array<{
    sheet: string;
    status: string;
    layouts: string[];
    unit: string | null;
    /** Why the sheet was not read: its stable code and parameters, and the sentence in --lang. */
    code: string | null;
    params: Record<string, unknown> | null;
    reason: string | null;
    notes: ReasonJson[];
  }>;
  findings: Array<Record<string, unknown>>;
  /** The individual level: how many persons, and each one's logged hours against the standard. */
  persons?: {
    count: number;
    activityYears: Array<Record<string, unknown>>;
  };
  /** What the check could not place (a hierarchy not read): code and message. */
  understanding?: Array<{ code: string; message: string; units: string[] }>;
  /** Why the workbook could not be checked, with the reason's stable code when it has one. */
  error?: string;
  code?: string;
  params?: Record<string, unknown>;
}

export interface CapaianJson {
  units: Array<{ unit: string; level: number; capaian: number; band: CapaianBand; rows: number }>;
  levels: Array<{ level: number; capaian: number; band: CapaianBand; units: number }>;
  indicators: Array<{
    unit: string;
    indicator: string;
    sheet: string | null;
    cell: string | null;
    target: number | string;
    realisasi: number | string;
    capaian: number;
    band: CapaianBand;
  }>;
  /** The capaian from which a unit reads as reached and as close (profile settings). */
  bands: { goodFrom: number; fairFrom: number };
}

/** A reason in JSON (DESIGN.md §6): the stable code, its parameters and the sentence in --lang. */
export interface ReasonJson {
  code: string;
  params: Record<string, unknown>;
  message: string;
}

function reasonJson(r: Reason, lang: Lang): ReasonJson {
  return { code: r.code, params: reasonParams(r), message: reasonText(r, lang) };
}

function capaianJson(c: CapaianSummary): CapaianJson {
  return {
    units: c.units.map((u) => ({
      unit: u.unit,
      level: u.depth,
      capaian: u.capaian,
      band: u.band,
      rows: u.rows,
    })),
    levels: c.levels.map((l) => ({
      level: l.depth,
      capaian: l.capaian,
      band: l.band,
      units: l.units,
    })),
    indicators: c.indicators.map((i) => ({
      unit: i.unit,
      indicator: i.indicator,
      sheet: i.at?.sheet ?? null,
      cell: i.at?.cell ?? null,
      target: i.target,
      realisasi: i.realisasi,
      capaian: i.capaian,
      band: i.band,
    })),
    bands: c.bounds,
  };
}

export function checkJson(
  workbook: string,
  read: ReadResult,
  check: CheckResult,
  lang: Lang
): CheckJson {
  return {
    version: 1,
    workbook,
    summary: {
      ...check.summary,
      ...(check.capaian ? { capaian: capaianJson(check.capaian) } : {}),
    },
    tables: read.tables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      layout: t.layout,
      unit: t.unit,
      columns: t.columns as Record<string, string>,
      rule: { layout: t.layoutRule, unit: t.unitRule ?? null },
    })),
    sheets: read.sheets.map((s) => ({
      sheet: s.sheet,
      status: s.status,
      layouts: s.layouts,
      unit: s.unit,
      code: s.reason?.code ?? null,
      params: s.reason ? reasonParams(s.reason) : null,
      reason: s.reason ? reasonText(s.reason, lang) : null,
      notes: s.notes.map((n) => reasonJson(n, lang)),
    })),
    findings: check.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.at?.sheet ?? null,
      cell: f.at?.cell ?? null,
      unit: f.unit,
      indicator: f.indicator,
      parent: f.parent,
      message: findingMessage(f, lang),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      inferred: f.inferred,
      field: f.field ?? null,
      suggestions: f.suggestions,
      // a person's finding: name, jabatan, unit, the NIP masked unless --show-ids
      ...(f.person ? { person: f.person } : {}),
      ...(f.chain ? { chain: f.chain } : {}),
    })),
    ...(check.skp
      ? {
          persons: {
            count: check.skp.persons,
            activityYears: check.skp.years.map((y) => ({
              ...y.person,
              hours: Math.round((y.minutes / 60) * 10) / 10,
              standardHours: y.standardHours,
            })),
          },
        }
      : {}),
    understanding: understandingNotes(check).map((n) => ({
      code: n.code,
      message: understandingMessage(n, lang),
      units: n.units,
    })),
  };
}

/** A workbook that could not be read at all, in the same shape. */
export function failedJson(workbook: string, error: string, reason?: Reason): CheckJson {
  return {
    version: 1,
    workbook,
    summary: { units: 0, indicators: 0, links: 0, inferred: 0, errors: 0, warnings: 0, info: 0 },
    tables: [],
    sheets: [],
    findings: [],
    error,
    ...(reason ? { code: reason.code, params: reasonParams(reason) } : {}),
  };
}

/** Why a table has its layout, as the detection summary says it. */
const LAYOUT_RULE: Record<Lang, Record<LayoutRule, string>> = {
  id: {
    profile: "menurut profil",
    unitColumn: "ada kolom unit",
    sheetPerUnit: "satu lembar per unit",
    unitsAcross: "unit di kepala kolom",
    matrixTitle: "di bawah judul matriks",
    transposed: "unit ke bawah, IKU ke samping",
    hierarchyColumns: "kolom unit dan atasan",
  },
  en: {
    profile: "by the profile",
    unitColumn: "a unit column",
    sheetPerUnit: "a sheet per unit",
    unitsAcross: "units across the top",
    matrixTitle: "under a matriks title",
    transposed: "units down, IKU across",
    hierarchyColumns: "unit and parent columns",
  },
};

/** How a sheet's unit was named. */
const UNIT_RULE: Record<Lang, Record<UnitRule, string>> = {
  id: {
    profile: "menurut profil",
    unitLine: "dari baris 'Unit Kerja:'",
    documentTitle: "dari judul",
    unitRow: "dari baris nama unit",
    sheetName: "dari nama lembar",
  },
  en: {
    profile: "by the profile",
    unitLine: "from a 'Unit Kerja:' line",
    documentTitle: "from the title",
    unitRow: "from a unit-name row",
    sheetName: "from the sheet name",
  },
};

/** The detection summary: each sheet, what it was read as, and which rule decided; or why not. */
export function detectionText(read: ReadResult, lang: Lang): string {
  const w = CLI_WORDS[lang];
  const lines = [w.detection];
  for (const s of read.sheets) {
    const tables = read.tables.filter((t) => t.sheet === s.sheet);
    if (s.status === "read") {
      for (const t of tables) {
        const cols = Object.entries(t.columns)
          .map(([k, v]) => `${k}=${v}`)
          .join(" ");
        const unit = t.unit
          ? ` · ${t.unit}${t.unitRule ? ` (${UNIT_RULE[lang][t.unitRule]})` : ""}`
          : "";
        lines.push(
          `  ${s.sheet} ${t.range}: ${w.layout} ${t.layout} (${LAYOUT_RULE[lang][t.layoutRule]})${unit} · ${w.rows(t.rows)} · ${cols}`
        );
      }
    } else {
      lines.push(
        `  ${s.sheet}: ${s.status === "refused" ? w.refused : w.notRead} — ${s.reason ? reasonText(s.reason, lang) : ""}`
      );
    }
    for (const n of s.notes) lines.push(`    ${reasonText(n, lang)}`);
  }
  return lines.join("\n");
}

export function findingsText(workbook: string, check: CheckResult, lang: Lang): string {
  // counts as the language writes them: a ministry's workbook has "1.250 indikator"
  const w = CLI_WORDS[lang];
  const lines = [w.summary(workbook, check.summary)];
  const notes = understandingNotes(check);
  if (notes.length > 0) {
    lines.push(w.notUnderstood);
    for (const n of notes) lines.push(`    ${understandingMessage(n, lang)}`);
  }
  if (check.capaian) {
    const c = check.capaian;
    const band = (x: { band: CapaianBand }) => BAND_LABEL[lang][x.band];
    lines.push(w.capaianPerUnit);
    for (const u of c.units)
      lines.push(
        `    ${u.unit}: ${percentText(u.capaian, lang)} — ${band(u)} (${w.ikuCount(u.rows)})`
      );
    lines.push(w.capaianPerLevel);
    for (const l of c.levels)
      lines.push(
        `    ${levelLabel(l.depth, lang)}: ${percentText(l.capaian, lang)} — ${band(l)} (${w.unitCount(l.units)})`
      );
  }
  if (check.skp && check.skp.years.length > 0) {
    lines.push(w.activityTime);
    for (const y of check.skp.years) {
      const hours = numberText(y.minutes / 60, lang, 1);
      const standard = numberText(y.standardHours, lang);
      lines.push(
        `    ${y.person.name}, ${y.person.jabatan}${y.person.id ? ` (NIP ${y.person.id})` : ""}: ${w.hoursOfStandard(hours, standard)}`
      );
    }
  }
  for (const f of check.findings) {
    const where = f.at ? `${f.at.sheet}!${f.at.cell}` : "—";
    lines.push(`  ${SEVERITY_LABEL[lang][f.severity].padEnd(10)} ${f.code.padEnd(21)} ${where}`);
    lines.push(`      ${findingMessage(f, lang)}`);
    if (f.suggestions.length > 0) {
      const label = w.suggestedParents;
      lines.push(
        `      ${label}: ${f.suggestions.map((x) => `${x.indicator} (${x.unit})`).join("; ")}`
      );
    }
  }
  return lines.join("\n");
}

/**
 * The fill as JSON (DESIGN.md §6), and everything else it does to the file: the number format a
 * change writes, the rows it inserts, and the hidden profile sheet it adds or updates.
 */
export function fillJson(plan: PatchPlan, lang: Lang, profileSheet?: string) {
  return {
    version: 1 as const,
    changes: plan.changes.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      old: displayValue(c.old),
      new: displayValue(c.new),
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    })),
    inserts: plan.inserts.map((i) => ({ sheet: i.sheet, afterRow: i.afterRow, count: i.count })),
    conflicts: plan.conflicts.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      old: displayValue(c.old),
      new: displayValue(c.new),
      code: c.reason.code,
      params: reasonParams(c.reason),
      reason: reasonText(c.reason, lang),
    })),
    skipped: plan.skipped.map((s) => ({
      sheet: s.sheet,
      cell: s.cell,
      code: s.reason.code,
      params: reasonParams(s.reason),
      reason: reasonText(s.reason, lang),
    })),
    // only when the fill adds sheets (--new-sheets), so the usual shape stays as DESIGN.md §6 says
    ...(plan.sheets
      ? { newSheets: plan.sheets.map((n) => ({ sheet: n.name, unit: n.unit })) }
      : {}),
    ...(profileSheet ? { profileSheet } : {}),
  };
}

export function fillText(
  plan: PatchPlan,
  lang: Lang,
  dryRun: boolean,
  newSheetsAsked = false
): string {
  const lines: string[] = [];
  const w = CLI_WORDS[lang];
  const inserted = plan.inserts.reduce((a, i) => a + i.count, 0);
  lines.push(
    `${w.fillHead(dryRun)}: ${w.changes(plan.changes.length)}, ${w.conflictsLeft(plan.conflicts.length)}, ${w.skippedCount(plan.skipped.length)}, ${w.newRows(inserted)}`
  );
  for (const n of plan.sheets ?? []) lines.push(`  ${w.newSheet} '${n.name}' (${n.unit})`);
  const show = (c: CellChange, which: "old" | "new") => showValue(c, which, lang);
  for (const c of plan.changes)
    lines.push(
      `  ${c.sheet}!${c.cell}: ${show(c, "old")} → ${show(c, "new")}${c.why ? `   (${reasonText(c.why, lang)})` : ""}`
    );
  if (plan.conflicts.length > 0) lines.push(w.conflictsHeading);
  for (const c of plan.conflicts)
    lines.push(
      `  ${c.sheet}!${c.cell}: ${show(c, "old")} ≠ ${show(c, "new")} — ${reasonText(c.reason, lang)}`
    );
  if (plan.skipped.length > 0) lines.push(w.skippedHeading);
  for (const s of plan.skipped)
    lines.push(
      `  ${s.sheet ? `${s.sheet}${s.cell ? `!${s.cell}` : ""}: ` : ""}${reasonText(s.reason, lang)}`
    );
  if (plan.unitsWithoutTable && !newSheetsAsked) lines.push(w.addNewSheets);
  return lines.join("\n");
}

/** A cell of a fill line: a number in the language's form, text quoted as written, or empty. */
function showValue(c: CellChange, which: "old" | "new", lang: Lang): string {
  const v = c[which];
  // the format the value is shown under: the one the fill gives it, or the cell's before
  const fmt = c.numFmt ? (which === "new" ? c.numFmt : c.oldNumFmt) : undefined;
  const text = cellValueText(v, lang, fmt);
  if (text === null) return CLI_WORDS[lang].empty;
  return typeof v === "number" || typeof v === "boolean" ? text : JSON.stringify(text);
}

/** `selaras pk --format json`: the sheets drafted and the units skipped, with a stable code. */
export function pkJson(draft: PkDraft, lang: Lang) {
  return {
    version: 1 as const,
    drafted: draft.drafted,
    skipped: draft.skipped.map((s) => ({
      unit: s.unit,
      code: s.reason.code,
      params: reasonParams(s.reason),
      reason: reasonText(s.reason, lang),
    })),
    changes: draft.plan.changes.length,
  };
}

export function pkText(draft: PkDraft, lang: Lang, dryRun: boolean): string {
  const w = CLI_WORDS[lang];
  const lines = [`${w.pkHead(dryRun)}: ${w.sheets(draft.drafted.length)}`];
  for (const d of draft.drafted)
    lines.push(`  ${d.sheet} — ${d.unit} (${numberText(d.indicators, lang)} IKU)`);
  if (draft.skipped.length > 0) {
    lines.push(w.skippedHeading);
    for (const s of draft.skipped) lines.push(`  ${reasonText(s.reason, lang)}`);
  }
  return lines.join("\n");
}
