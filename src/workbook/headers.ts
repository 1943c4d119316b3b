/**
 * Reading header cells: what field a header names (whole-word matching against the vocabulary),
 * and how the parts of a header spanning up to four rows ("Target" over "TW I" over "K") combine.
 */
import { foldText } from "../core/text";
import {
  HEADER_VOCABULARY,
  periodOf,
  TARGET_DOCUMENTS,
  YEAR,
  type Field,
  type PeriodHeader,
} from "./vocabulary";

export interface HeaderMeaning {
  field: Field;
  /** How many of the header's words the winning phrase covers. */
  score: number;
  period?: PeriodHeader;
  /** A year named in the header ("Target 2026", "Target Renstra 2030"). */
  year?: number;
  /** The document a target column belongs to (PK 3, Renja 2, IKU 1, Renstra 0). */
  doc?: number;
  /** A satuan named in the header: "Target (%)". */
  satuan?: string;
  /**
   * The header starts with its field's phrase and goes on ("Indikator Kinerja Program (Outcome)
   * dan Kegiatan (Output)"): a header, however many words follow.
   */
  leading?: boolean;
}

interface Phrase {
  field: Field;
  words: string[];
}

/** Phrases by their first word: a header only tries the phrases its own words can start. */
const PHRASES_BY_WORD = new Map<string, Phrase[]>();
for (const e of HEADER_VOCABULARY) {
  for (const p of e.phrases) {
    const words = foldText(p).split(" ");
    const list = PHRASES_BY_WORD.get(words[0]) ?? [];
    list.push({ field: e.field, words });
    PHRASES_BY_WORD.set(words[0], list);
  }
}

/** The header texts met during the read under way (none outside a read). */
let memo: Map<string, HeaderMeaning | undefined> | undefined;
/** Distinct texts kept before starting over: a 100 000-row table has tens of thousands. */
const MEMO_MAX = 100_000;

/**
 * Runs a read with its own memory of header texts: every data row is scanned for a next header,
 * so texts repeat; the memory goes with the read (a task pane stays open all day), whatever the
 * read does, and no caller has to remember to let it go.
 */
export function withHeaderMemo<T>(read: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return read();
  } finally {
    memo = outer;
  }
}

/** The meaning of one header text; undefined when it names nothing known. */
export function classifyHeader(label: string): HeaderMeaning | undefined {
  if (!memo) return classify(label);
  const hit = memo.get(label);
  if (hit !== undefined || memo.has(label)) return hit;
  const meaning = classify(label);
  if (memo.size > MEMO_MAX) memo.clear();
  memo.set(label, meaning);
  return meaning;
}

function classify(label: string): HeaderMeaning | undefined {
  const folded = foldText(label);
  // a header that is only a year ("2017", "Tahun 2025", "TA 2025", "2025*"): that year's target
  const year = YEAR_ONLY.exec(folded);
  if (year) return { field: "target", score: 1, year: Number(year[1]) };
  if (!folded || /^[\d\s]+$/.test(folded)) return undefined;
  const words = new Set(folded.split(" "));
  let best: Phrase | undefined;
  let bestScore = 0;
  const candidates = [...words].flatMap((w) => PHRASES_BY_WORD.get(w) ?? []);
  for (const phrase of candidates) {
    if (!phrase.words.every((w) => words.has(w))) continue;
    const score = phrase.words.length;
    // on a tie a never-field wins, then an X/Y qualifier ("Target Tahunan Y" is a denominator)
    if (
      score > bestScore ||
      (score === bestScore && tieRank(phrase.field) > tieRank(best?.field))
    ) {
      best = phrase;
      bestScore = score;
    }
  }
  // a long indicator header ("Indikator Kinerja Program (Outcome) dan Kegiatan (Output)",
  // "Indikator Sasaran Strategis"): Program or Kegiatan inside it do not make it a never-field
  let leading = false;
  if (best && (best.field === "never" || best.field === "indicator")) {
    const lead = leadingPhrase(candidates, folded, "indicator");
    if (lead && (best.field === "indicator" || !leadingPhrase(candidates, folded, "never"))) {
      leading = lead.words.length < words.size;
      if (best.field === "never") {
        best = lead;
        bestScore = lead.words.length;
      }
    }
  }
  const extras = qualifiers(label, folded);
  if (leading) extras.leading = true;
  const period = periodOf(folded);
  if (period && best?.field !== "never") {
    return { field: "period", score: Math.max(bestScore, 1), period, ...extras };
  }
  if (!best) {
    // "2026" or "Renja 2026" alone, under a merged "Target": a target column of that year
    if (extras.year !== undefined || extras.doc !== undefined)
      return { field: "target", score: 1, ...extras };
    return undefined;
  }
  return { field: best.field, score: bestScore, ...extras };
}

/** A year alone, or after Tahun / TA / Th (folded text). */
export const YEAR_ONLY = /^(?:tahun|ta|th|thn|tahun anggaran)?\s*((?:19|20)\d\d)$/;

function tieRank(field: Field | undefined): number {
  if (field === "never") return 2;
  if (field === "denominator") return 1;
  return 0;
}

const DOCUMENT_WORDS: Array<[RegExp, number]> = Object.entries(TARGET_DOCUMENTS).map(
  ([doc, rank]) => [new RegExp(`\\b${doc}\\b`), rank]
);

/** The longest phrase of a field that the header starts with. */
function leadingPhrase(candidates: Phrase[], folded: string, field: Field): Phrase | undefined {
  let best: Phrase | undefined;
  for (const p of candidates) {
    if (p.field !== field) continue;
    const text = p.words.join(" ");
    if (folded !== text && !folded.startsWith(text + " ")) continue;
    if (!best || p.words.length > best.words.length) best = p;
  }
  return best;
}

type Qualifiers = Pick<HeaderMeaning, "year" | "doc" | "satuan" | "leading">;

function qualifiers(label: string, folded: string): Qualifiers {
  const out: Qualifiers = {};
  const y = YEAR.exec(folded);
  if (y) out.year = Number(y[1]);
  for (const [re, rank] of DOCUMENT_WORDS) {
    if (re.test(folded)) out.doc = Math.max(out.doc ?? -1, rank);
  }
  const unit = /\(\s*(%|persen|rp|rupiah|km|orang|dokumen|hari|bulan|indeks)\s*\)/i.exec(label);
  if (unit) out.satuan = unit[1];
  return out;
}

/**
 * The meaning of a column whose header spans several rows: a never-field anywhere wins
 * ("Realisasi" over "TW I", "TW I" over "Rp"); a period anywhere makes it a period column; else
 * the most specific part. Years, documents and satuan from any part are kept.
 */
export function combineHeader(parts: string[]): HeaderMeaning | undefined {
  const meanings = parts.map((p) => classifyHeader(p)).filter((m): m is HeaderMeaning => !!m);
  if (meanings.length === 0) return undefined;
  const merged: HeaderMeaning = { ...meanings[0] };
  for (const m of meanings) {
    if (m.year !== undefined) merged.year = m.year;
    if (m.doc !== undefined) merged.doc = Math.max(merged.doc ?? -1, m.doc);
    if (m.satuan !== undefined) merged.satuan = m.satuan;
  }
  const never = meanings.find((m) => m.field === "never");
  if (never) return { ...merged, field: "never", score: never.score, period: undefined };
  const period = meanings.find((m) => m.field === "period");
  if (period) return { ...merged, field: "period", period: period.period, score: period.score };
  // a period named across rows: "Triwulan" merged over "I | II | III | IV" (then "K" under each)
  if (parts.length > 1) {
    const across = periodOf(foldText(parts.join(" ")));
    if (across) return { ...merged, field: "period", period: across, score: 1 };
  }
  // a generic upper part ("Target") qualified by a lower one ("Tahunan", "2026"): target
  const best = meanings.reduce((a, b) => (b.score > a.score ? b : a));
  return { ...merged, field: best.field, score: best.score, period: undefined };
}
