/**
 * What a check could not place, said beside the detection summary (issue 10, case 20): a workbook
 * whose hierarchy was not understood gives few errors — its units stand alone at the top, their
 * links are "external", their rows are never orphans — so a clean result must not hide that.
 */
import type { CheckResult } from "./check";
import type { Lang } from "./messages";
import { numberText } from "./numbers";

export type UnderstandingNote =
  /** More than one unit with rows stands at the top of the tree. */
  | { code: "SEVERAL_TOPS"; units: string[] }
  /** Units with rows whose place in the tree is unknown. */
  | { code: "PLACE_UNKNOWN"; units: string[] }
  /** Rows of units taken as tops that name a parent IKU outside the workbook. */
  | { code: "EXTERNAL_LINKS"; rows: number; units: string[] };

export function understandingNotes(check: CheckResult): UnderstandingNote[] {
  const notes: UnderstandingNote[] = [];
  const nodes = [...check.index.units.values()].filter((u) => u.rows.length > 0);
  // a unit left at the top by a reported cycle has its LINK_CYCLE already
  const tops = nodes.filter((u) => u.top && !check.index.inCycle(u.key, u.key)).map((u) => u.name);
  if (tops.length > 1) notes.push({ code: "SEVERAL_TOPS", units: tops });
  const unknown = nodes.filter((u) => u.hierarchyUnknown).map((u) => u.name);
  if (unknown.length > 0) notes.push({ code: "PLACE_UNKNOWN", units: unknown });
  const external = check.findings.filter((f) => f.code === "EXTERNAL_LINK");
  const externalUnits = [...new Set(external.map((f) => f.unit ?? ""))].filter((u) => u);
  // one top unit naming its own superior's IKU (a ministry's, the RPJMN's) is expected
  if (externalUnits.length > 1)
    notes.push({ code: "EXTERNAL_LINKS", rows: external.length, units: externalUnits });
  return notes;
}

type NoteWords = {
  [C in UnderstandingNote["code"]]: (
    n: Extract<UnderstandingNote, { code: C }>,
    count: (x: number) => string,
    list: (units: string[]) => string
  ) => string;
};

/** "1 unit", "3 units": English counts its nouns. */
const units = (x: number, count: (x: number) => string) =>
  `${count(x)} ${x === 1 ? "unit" : "units"}`;

const WORDS: Record<Lang, NoteWords> = {
  id: {
    SEVERAL_TOPS: (n, count, list) =>
      `${count(n.units.length)} unit berdiri di puncak tanpa atasan: ${list(n.units)}. Bila mereka punya atasan, hierarki belum terbaca (lembar hierarki, kolom unit atasan, baris "Atasan:", judul matriks) — baris mereka tidak diperiksa terhadap IKU atasan.`,
    PLACE_UNKNOWN: (n, count, list) =>
      `${count(n.units.length)} unit belum diketahui atasannya: ${list(n.units)}. Baris mereka tidak diperiksa sebagai yatim atau tautan rusak.`,
    EXTERNAL_LINKS: (n, count, list) =>
      `${count(n.rows)} baris dari ${count(n.units.length)} unit menaut ke IKU di luar workbook (${list(n.units)}): bila IKU itu ada di workbook, unitnya belum terhubung.`,
  },
  en: {
    SEVERAL_TOPS: (n, count, list) =>
      `${units(n.units.length, count)} ${n.units.length === 1 ? "stands" : "stand"} at the top with no parent: ${list(n.units)}. If they have one, the hierarchy was not read (hierarchy sheet, parent-unit column, "Atasan:" line, matriks title) — their rows are not checked against a parent IKU.`,
    PLACE_UNKNOWN: (n, count, list) =>
      `${units(n.units.length, count)} ${n.units.length === 1 ? "has" : "have"} no known parent: ${list(n.units)}. ${n.units.length === 1 ? "Its" : "Their"} rows are not checked as orphans or broken links.`,
    EXTERNAL_LINKS: (n, count, list) =>
      `${count(n.rows)} ${n.rows === 1 ? "row" : "rows"} of ${units(n.units.length, count)} ${n.rows === 1 ? "links" : "link"} to IKU outside the workbook (${list(n.units)}): if those IKU are in the workbook, their units were not connected.`,
  },
};

export function understandingMessage(n: UnderstandingNote, lang: Lang): string {
  // counts as the language writes them: a ministry may have 1.200 rows
  const count = (x: number) => numberText(x, lang);
  const list = (names: string[]) =>
    names.length > 5
      ? `${names.slice(0, 5).join(", ")} … (${count(names.length)})`
      : names.join(", ");
  const say = WORDS[lang][n.code] as (
    n: UnderstandingNote,
    count: (x: number) => string,
    list: (units: string[]) => string
  ) => string;
  return say(n, count, list);
}
