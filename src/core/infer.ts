/**
 * What the rows say when no column says it: satuan class, consolidation, polarity and cascade type.
 * Everything inferred here is marked `stated: false` / `inferred: true` by its callers.
 */
import { CONSOLIDATION_FIRST_WORDS, MINIMIZE_WORDS } from "./lexicon";
import { satuanClass, SUM_SATUAN } from "./satuan";
import type {
  CascadeType,
  Consolidation,
  Framework,
  Indicator,
  Polarity,
  Share,
  StatedValue,
} from "./model";
import { foldText } from "./text";
import { textMemo } from "./memo";

/** The satuan of a row: its satuan column, else the satuan written in its target cell. */
export function satuanOf(ind: Pick<Indicator, "satuan" | "target">): string | undefined {
  const s = ind.satuan?.trim();
  if (s) return s;
  return ind.target.satuan;
}

// Inferred values are shared constants: one object per value, not per row.
const INFERRED = {
  sum: { value: "sum", stated: false },
  average: { value: "average", stated: false },
  last: { value: "last", stated: false },
  max: { value: "max", stated: false },
  min: { value: "min", stated: false },
  stabilize: { value: "stabilize", stated: false },
} as const;

/** Consolidation: stated, else from the satuan, else from the indicator's first word. */
export function consolidationOf(ind: Indicator): StatedValue<Consolidation> {
  if (ind.consolidation) return ind.consolidation;
  const cls = satuanClass(satuanOf(ind));
  if (cls === "percent" || cls === "index") return INFERRED.average;
  if (cls === "grade" || cls === "rank") return INFERRED.last;
  if (cls && SUM_SATUAN.has(cls)) return INFERRED.sum;
  const first = foldText(ind.name).split(" ")[0] ?? "";
  const byWord = CONSOLIDATION_FIRST_WORDS[first];
  if (byWord) return INFERRED[byWord];
  if (ind.target.kind === "grade") return INFERRED.last;
  return INFERRED.sum;
}

const MINIMIZE = new RegExp(`\\b(${MINIMIZE_WORDS.join("|")})\\b`);
/** The Minimize word list against a folded name, once per distinct name. */
const namesMinimize = textMemo((folded) => MINIMIZE.test(folded), 100_000);

/** Polarity: stated, else Minimize from a ceiling target or the Minimize words, else Maximize. */
export function polarityOf(ind: Indicator): StatedValue<Polarity> {
  if (ind.polarity) return ind.polarity;
  if (ind.target.kind === "bound") {
    return ind.target.bound === "max" ? INFERRED.min : INFERRED.max;
  }
  if (ind.target.kind === "range") return INFERRED.stabilize;
  if (namesMinimize(foldText(ind.name))) return INFERRED.min;
  return INFERRED.max;
}

/** How a cell or column states a cascade type: "direct" still waits for the rows to decide. */
export type StatedType = CascadeType | "direct";

export interface CascadeMark {
  /** Absent for a plain mark (✓, v, x): the rows decide, and the link is inferred. */
  type?: StatedType;
  share?: Share;
  /** Free text: a contributing child's own indicator. */
  text?: string;
}

const FULL_WORDS = /^(f|full|penuh|cascading penuh|fully cascaded)$/;
const PARTIAL_WORDS = /^(p|partial|sharing|sebagian|cascading sebagian|partially cascaded)$/;
const CONTRIBUTING_WORDS =
  /^(k|c|contributing|kontribusi|kontributif|non cascading|non direct|noncascading|nondirect|mendukung)$/;
const DIRECT_WORDS = /^(d|direct|langsung)$/;
const INDIRECT_WORDS = /^(indirect|tidak langsung|i)$/;
const PLAIN_MARKS = /^[✓✔√vx]$/i;
const NOT_TAKEN = /^(0|-|–|—|tidak|no)?$/;

/**
 * Reads a matrix cell or a cascade-type value: F, P, "P 40%", "40 %", "P 25", a bare number
 * (an absolute share), K/C, ✓/v, "Penuh", "Indirect" (partial in a Kemenkeu workbook, contributing
 * in a PermenPAN-RB one), free text (contributing, the text is the child's indicator).
 * Returns null when the cell says the unit does not take the IKU (blank, 0, "-").
 */
export function readCascadeMark(
  raw: string | number | null | undefined,
  framework: Framework,
  opts: { xIsMark?: boolean } = {}
): CascadeMark | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw === 0) return null;
    return { type: "partial", share: { kind: "absolute", value: raw } };
  }
  const original = raw.trim();
  const t = foldText(original);
  if (/^x$/i.test(original) && opts.xIsMark === false) return null;
  if (PLAIN_MARKS.test(original)) return {};
  if (NOT_TAKEN.test(original) || NOT_TAKEN.test(t)) return null;
  if (FULL_WORDS.test(t)) return { type: "full" };
  if (PARTIAL_WORDS.test(t)) return { type: "partial" };
  if (CONTRIBUTING_WORDS.test(t)) return { type: "contributing" };
  if (DIRECT_WORDS.test(t)) return { type: "direct" };
  if (INDIRECT_WORDS.test(t))
    return { type: framework === "kemenkeu" ? "partial" : "contributing" };
  // "P 40%", "P 40 %", "40 %", "40%": a percent share; "P 25", "25": an absolute share.
  const share = /^(?:p\s*)?(\d+(?:[.,]\d+)?)\s*(%|persen)?$/i.exec(original.replace(/\s+/g, " "));
  if (share) {
    const value = Number(share[1].replace(",", "."));
    if (value === 0) return null;
    return {
      type: "partial",
      share: share[2] ? { kind: "percent", value } : { kind: "absolute", value },
    };
  }
  return { type: "contributing", text: original };
}

/** Per framework (two of them), each distinct cell text read once. */
const typeMemos = new Map<Framework, (raw: string) => StatedType | undefined>();

/** A cascade-type column value, without the matrix's share and free-text readings. */
export function readCascadeType(
  raw: string | undefined,
  framework: Framework
): StatedType | undefined {
  if (!raw) return undefined;
  let read = typeMemos.get(framework);
  if (!read)
    typeMemos.set(framework, (read = textMemo((r) => readTypeUncached(r, framework), 10_000)));
  return read(raw);
}

function readTypeUncached(raw: string, framework: Framework): StatedType | undefined {
  const mark = readCascadeMark(raw, framework);
  if (!mark || mark.text !== undefined) return undefined;
  return mark.type;
}
