/**
 * Finding messages in Indonesian (the default) and English. A finding carries its facts; the
 * sentence is made here so every host (pane, CLI, annotated workbook) says the same thing.
 */
import type { CapaianBand } from "./capaian";
import type { CoverageMark, CoverageStatus } from "./coverageMatrix";
import type { Finding, FindingCode, Severity } from "./findings";
import { numberText, percentText, periodLabel, rangeText } from "./numbers";

export type Lang = "id" | "en";

/**
 * The one language decision (the pane from Office's display language, the web page from the
 * browser's, the CLI from --lang): English for an English tag ("en", "en-US", "en_GB"),
 * Indonesian, planners' own language, for anything else or nothing.
 */
export function langFrom(tag: string | null | undefined): Lang {
  return /^en(-|_|$)/i.test(tag?.trim() ?? "") ? "en" : "id";
}

type Template = (f: Finding, d: Record<string, string>) => string;

const v = (x: unknown): string => (x === null || x === undefined || x === "" ? "—" : String(x));
/** A row as planners know it: "Indeks Profesionalitas ASN" (1.1). */
const row = (f: Finding): string => {
  const name = f.name ?? f.indicator;
  if (!name) return "—";
  return f.indicator && f.indicator !== name ? `"${name}" (${f.indicator})` : `"${name}"`;
};
/** "IKU 1.2" as planners say it, without doubling a written "IKU 5". */
const iku = (x: unknown): string => {
  const t = v(x);
  return /^(iku|ik|iki|rhk)\b/i.test(t) ? t : `IKU ${t}`;
};
/** Who a finding is about: a person by name and jabatan (never their NIP), else the unit. */
const who = (f: Finding): string =>
  f.person ? `${f.person.name}, ${f.person.jabatan}` : v(f.unit);
const list = (x: unknown): string => (Array.isArray(x) ? x.join(", ") : v(x));
/**
 * A finding's expected or actual value in a sentence: a computed number (or band) in the
 * language's form ("76,5" / "76.5"), anything the user wrote ("95,00 Persen", "WTP") as written.
 */
const value = (f: Finding, which: "expected" | "actual", lang: Lang): string => {
  const band = f.detail?.[`${which}Band`];
  if (Array.isArray(band) && typeof band[0] === "number" && typeof band[1] === "number")
    return rangeText(band[0], band[1], lang);
  const x = f[which];
  return typeof x === "number" ? numberText(x, lang) : v(x);
};
const idExp = (f: Finding) => value(f, "expected", "id");
const idAct = (f: Finding) => value(f, "actual", "id");
const enExp = (f: Finding) => value(f, "expected", "en");
const enAct = (f: Finding) => value(f, "actual", "en");
/** A percentage computed by Selaras (a capaian, a sum of weights). */
const pct = (f: Finding, which: "expected" | "actual", lang: Lang): string => {
  const x = f[which];
  return typeof x === "number" ? percentText(x, lang) : v(x);
};
/** The period a finding is about, as the sheets name it ("TW III"), from its place and count. */
const period = (f: Finding): string => {
  const p = f.detail?.period;
  const count = f.detail?.periodCount;
  return typeof p === "number" && typeof count === "number" ? periodLabel(p, count) : v(p);
};
/** Several computed numbers in a row ("60 | 65"), else the value as the finding states it. */
const series = (f: Finding, key: string, which: "expected" | "actual", lang: Lang): string => {
  const xs = f.detail?.[key];
  return Array.isArray(xs) && xs.every((x) => typeof x === "number")
    ? (xs as number[]).map((x) => numberText(x, lang)).join(" | ")
    : value(f, which, lang);
};

const ID: Record<FindingCode, Template> = {
  MISSING_CONTRIBUTION: (f) =>
    `${who(f)} seharusnya mengampu ${iku(f.parent)}${typeText(f, "id")}, tetapi tidak punya baris untuknya.`,
  ORPHAN: (f) =>
    `Indikator ${row(f)} (${who(f)}) tidak terhubung ke IKU atasan dan sasarannya tidak cocok dengan sasaran unit atasan.`,
  BROKEN_LINK: (f, d) =>
    d.level === "person"
      ? `RHK ${row(f)} (${who(f)}) mengintervensi RHK pimpinan "${v(f.parent)}" yang tidak ada di SKP ${v(d.leader)}.`
      : `Indikator ${row(f)} (${who(f)}) merujuk IKU atasan "${v(f.parent)}" yang tidak ada di unit atasan.`,
  FULL_DRIFT: (f) =>
    `Cascading penuh: ${fieldText(f, "id")} ${row(f)} (${who(f)}) berbeda dari IKU atasan ${v(f.parent)}: seharusnya ${idExp(f)}, tertulis ${idAct(f)}.`,
  PARTIAL_SHORTFALL: (f) =>
    `Target ${iku(f.parent)} tidak terjamin oleh unit bawahan (cascading sebagian): target ${idExp(f)}, gabungan bawahan ${idAct(f)}.`,
  UNIT_MISMATCH: (f) =>
    `Satuan ${row(f)} (${who(f)}) adalah ${idAct(f)}, berbeda dari satuan IKU atasan ${v(f.parent)} (${idExp(f)}).`,
  POLARITY_MISMATCH: (f) =>
    `Polaritas ${row(f)} (${who(f)}) adalah ${polarity(f.actual, "id")}, berbeda dari IKU atasan ${v(f.parent)} (${polarity(f.expected, "id")}).`,
  TARGET_INVALID: (f) =>
    `Target "${idAct(f)}" pada ${row(f)} (${who(f)}) tidak terbaca sebagai angka, padahal angka diperlukan.`,
  LINK_CYCLE: (f, d) =>
    d.kind === "rows"
      ? `Tautan IKU atasan membentuk lingkaran: ${d.cycle}.`
      : `Hubungan antarunit membentuk lingkaran: ${d.cycle ?? who(f)}.`,
  LINK_NOT_UPWARD: (f) =>
    `${row(f)} (${who(f)}) menaut ke ${iku(f.parent)} milik unit yang bukan atasannya.`,
  UNIT_NOT_FOUND: (f, d) =>
    `Unit "${v(d.name ?? f.unit)}" tidak ditemukan di workbook.${d.nearest ? ` Mungkin maksudnya: ${d.nearest}.` : ""}`,
  PARTIAL_UNVERIFIED: (f) =>
    `Rata-rata target bawahan untuk ${iku(f.parent)} (${idAct(f)}) di bawah target ${idExp(f)}, tetapi sebagian unit di atasnya: perlu bobot (penyebut) untuk menilainya.`,
  NOT_CASCADED: (f) => `${row(f)} (${who(f)}) belum diturunkan ke unit bawahan mana pun.`,
  CONTRIBUTING_IS_COPY: (f) =>
    `${row(f)} (${who(f)}) ditandai kontribusi tetapi sama persis dengan IKU atasan ${v(f.parent)}: seharusnya cascading penuh atau sebagian.`,
  LEVEL_SKIP: (f) =>
    `${row(f)} (${who(f)}) menaut ke ${iku(f.parent)} milik unit di atas atasan langsungnya.`,
  DUPLICATE_INDICATOR: (f, d) =>
    `${row(f)} muncul dua kali di ${who(f)}${d.first ? ` (pertama di ${d.first})` : ""}.`,
  TARGET_MISSING: (f) => `${row(f)} (${who(f)}) belum punya target.`,
  QUARTER_INCONSISTENT: (f, d) =>
    `Target triwulan ${row(f)} (${who(f)}) (${idAct(f)}) tidak sesuai target tahunan ${idExp(f)}${d.why === "stated-sum" ? ", padahal baris nomor kolom menyatakan tahunan = jumlah triwulan" : ""}.`,
  WEIGHTS_NOT_100: (f, d) =>
    d.why === "partial"
      ? `Hanya ${idAct(f)} dari ${idExp(f)} indikator ${who(f)} yang berbobot.`
      : `Jumlah bobot indikator ${who(f)} adalah ${pct(f, "actual", "id")}, bukan 100%.`,
  RULE_CONFLICT: (f) =>
    `Sumber tautan berbeda pendapat tentang ${f.field === "type" ? "jenis cascading" : "IKU atasan"} "${v(f.indicator ?? f.unit)}" (${iku(f.parent)}).`,
  OVER_ALLOCATED: (f) =>
    `Gabungan target bawahan untuk ${iku(f.parent)} (${idAct(f)}) melebihi kebutuhan (${idExp(f)}).`,
  LOW_RELEVANCE: (f) =>
    `Indikator kontribusi ${row(f)} (${who(f)}) tidak berbagi istilah dengan IKU atasan ${v(f.parent)} atau sasarannya.`,
  HIERARCHY_UNKNOWN: (f) => `Unit atasan ${who(f)} belum diketahui.`,
  EXTERNAL_LINK: (f, d) =>
    d.level === "person"
      ? `RHK ${row(f)} (${who(f)}) mengintervensi RHK pimpinan "${v(f.parent)}"; SKP pimpinannya${d.leader ? ` (${d.leader})` : ""} tidak ada di workbook ini.`
      : `${row(f)} (${who(f)}) menaut ke ${iku(f.parent)} di luar workbook ini.`,
  RHK_NOT_INTERVENING: (f) =>
    `RHK ${row(f)} (${who(f)}) tidak menyebut RHK pimpinan yang diintervensi.`,
  LEADER_RHK_UNUSED: (f) =>
    `RHK ${row(f)} (${who(f)}) tidak diintervensi oleh satu pun bawahannya.`,
  RHK_OVERLAP: (f, d) =>
    `RHK ${row(f)} (${who(f)}) sama dengan RHK ${v(d.other)} di bawah RHK pimpinan "${v(f.parent)}": tumpang tindih${d.first ? ` (pertama di ${d.first})` : ""}.`,
  JPT_RHK_NOT_IN_PK: (f) =>
    `RHK ${row(f)} (${who(f)}) tidak cocok dengan IKU atau sasaran mana pun di PK ${v(f.unit)}.`,
  DURATION_OVER_DAY: (f, d) =>
    `Kegiatan ${who(f)} pada ${v(d.date)} berjumlah ${idAct(f)} menit, melebihi waktu efektif ${idExp(f)} menit sehari.`,
  ACTIVITY_UNLINKED: (f) =>
    f.parent
      ? `Kegiatan ${row(f)} (${who(f)}) menyebut RHK "${v(f.parent)}" yang tidak ada di SKP-nya.`
      : `Kegiatan ${row(f)} (${who(f)}) tidak menyebut RHK.`,
  REALISASI_CONFLICT: (f, d) =>
    `${row(f)} (${who(f)}) tercatat dengan dua realisasi berbeda: ${idAct(f)} di sini, ${idExp(f)} di ${v(d.first)}.`,
  REALISASI_MISMATCH: (f, d) =>
    d.kind === "full"
      ? `Realisasi ${row(f)} (${who(f)}) ${idAct(f)} berbeda dari realisasi IKU atasan ${v(f.parent)} (${idExp(f)}), padahal cascading penuh.`
      : `Realisasi ${iku(f.parent)} (${who(f)}) ${idAct(f)} tidak sama dengan gabungan realisasi unit bawahan (${idExp(f)}).`,
  CAPAIAN_WRONG: (f, d) =>
    `Capaian ${row(f)} (${who(f)}) tertulis ${pct(f, "actual", "id")}, seharusnya ${pct(f, "expected", "id")}${d.formula === "max" ? " (tampaknya memakai rumus Maksimal untuk IKU Minimal)" : d.formula === "min" ? " (tampaknya memakai rumus Minimal untuk IKU Maksimal)" : ""}.`,
  REALISASI_MISSING: (f) =>
    `${row(f)} (${who(f)}) punya target ${period(f)} tetapi belum ada realisasinya, padahal periodenya sudah berakhir.`,
  REALISASI_PERIODS: (f) =>
    `Realisasi tahunan ${row(f)} (${who(f)}) ${idAct(f)} tidak sesuai realisasi per periodenya (${series(f, "reported", "expected", "id")}).`,
};

const EN: Record<FindingCode, Template> = {
  MISSING_CONTRIBUTION: (f) =>
    `${who(f)} should take ${iku(f.parent)}${typeText(f, "en")}, but has no row for it.`,
  ORPHAN: (f) =>
    `Indicator ${row(f)} (${who(f)}) has no parent link and its objective matches none of its parent unit's.`,
  BROKEN_LINK: (f, d) =>
    d.level === "person"
      ? `RHK ${row(f)} (${who(f)}) intervenes the leader's RHK "${v(f.parent)}", which ${v(d.leader)}'s SKP does not have.`
      : `Indicator ${row(f)} (${who(f)}) names parent IKU "${v(f.parent)}", which its parent units do not have.`,
  FULL_DRIFT: (f) =>
    `Full cascade: the ${fieldText(f, "en")} of ${row(f)} (${who(f)}) differs from parent ${iku(f.parent)}: expected ${enExp(f)}, found ${enAct(f)}.`,
  PARTIAL_SHORTFALL: (f) =>
    `The child units' partial targets do not guarantee ${iku(f.parent)}: target ${enExp(f)}, combined ${enAct(f)}.`,
  UNIT_MISMATCH: (f) =>
    `${row(f)} (${who(f)}) is measured in ${enAct(f)}, its parent ${iku(f.parent)} in ${enExp(f)}.`,
  POLARITY_MISMATCH: (f) =>
    `${row(f)} (${who(f)}) states polarity ${polarity(f.actual, "en")}, its parent ${iku(f.parent)} ${polarity(f.expected, "en")}.`,
  TARGET_INVALID: (f) =>
    `Target "${enAct(f)}" of ${row(f)} (${who(f)}) cannot be read as a number where one is needed.`,
  LINK_CYCLE: (f, d) =>
    d.kind === "rows"
      ? `Parent IKU links form a cycle: ${d.cycle}.`
      : `Links between units form a cycle: ${d.cycle ?? who(f)}.`,
  LINK_NOT_UPWARD: (f) =>
    `${row(f)} (${who(f)}) links to ${iku(f.parent)} of a unit that is not above it.`,
  UNIT_NOT_FOUND: (f, d) =>
    `Unit "${v(d.name ?? f.unit)}" is not in the workbook.${d.nearest ? ` Did you mean: ${d.nearest}?` : ""}`,
  PARTIAL_UNVERIFIED: (f) =>
    `The child targets' mean for ${iku(f.parent)} (${enAct(f)}) is below ${enExp(f)}, but some units are above it: weights (a denominator) are needed to judge.`,
  NOT_CASCADED: (f) => `IKU ${row(f)} (${who(f)}) is not taken by any child unit.`,
  CONTRIBUTING_IS_COPY: (f) =>
    `${row(f)} (${who(f)}) is marked contributing but copies parent ${iku(f.parent)}: it should be full or partial.`,
  LEVEL_SKIP: (f) =>
    `${row(f)} (${who(f)}) links to ${iku(f.parent)} of a unit above its direct parent.`,
  DUPLICATE_INDICATOR: (f, d) =>
    `${row(f)} appears twice in ${who(f)}${d.first ? ` (first at ${d.first})` : ""}.`,
  TARGET_MISSING: (f) => `${row(f)} (${who(f)}) has no target yet.`,
  QUARTER_INCONSISTENT: (f, d) =>
    `The period targets of ${row(f)} (${who(f)}) (${enAct(f)}) do not fit the annual target ${enExp(f)}${d.why === "stated-sum" ? ", while the column-number row states the annual is the sum of the periods" : ""}.`,
  WEIGHTS_NOT_100: (f, d) =>
    d.why === "partial"
      ? `Only ${enAct(f)} of ${enExp(f)} indicators of ${who(f)} have a weight.`
      : `The weights of ${who(f)} sum to ${pct(f, "actual", "en")}, not 100%.`,
  RULE_CONFLICT: (f) =>
    `Link sources disagree on the ${f.field === "type" ? "cascade type" : "parent IKU"} of "${v(f.indicator ?? f.unit)}" (${iku(f.parent)}).`,
  OVER_ALLOCATED: (f) =>
    `The child targets for ${iku(f.parent)} (${enAct(f)}) exceed what it needs (${enExp(f)}).`,
  LOW_RELEVANCE: (f) =>
    `Contributing indicator ${row(f)} (${who(f)}) shares no term with parent ${iku(f.parent)} or its objective.`,
  HIERARCHY_UNKNOWN: (f) => `The parent unit of ${who(f)} is not known.`,
  EXTERNAL_LINK: (f, d) =>
    d.level === "person"
      ? `RHK ${row(f)} (${who(f)}) intervenes the leader's RHK "${v(f.parent)}"; the leader's SKP${d.leader ? ` (${d.leader})` : ""} is not in this workbook.`
      : `${row(f)} (${who(f)}) links to ${iku(f.parent)} outside this workbook.`,
  RHK_NOT_INTERVENING: (f) => `RHK ${row(f)} (${who(f)}) names no leader's RHK that it intervenes.`,
  LEADER_RHK_UNUSED: (f) => `RHK ${row(f)} (${who(f)}) is intervened by none of their staff.`,
  RHK_OVERLAP: (f, d) =>
    `RHK ${row(f)} (${who(f)}) is the same as ${v(d.other)}'s under the leader's RHK "${v(f.parent)}": an overlap${d.first ? ` (first at ${d.first})` : ""}.`,
  JPT_RHK_NOT_IN_PK: (f) =>
    `RHK ${row(f)} (${who(f)}) matches no IKU or objective of the PK of ${v(f.unit)}.`,
  DURATION_OVER_DAY: (f, d) =>
    `${who(f)}'s activities on ${v(d.date)} add up to ${enAct(f)} minutes, above the ${enExp(f)} effective minutes of a day.`,
  ACTIVITY_UNLINKED: (f) =>
    f.parent
      ? `Activity ${row(f)} (${who(f)}) names RHK "${v(f.parent)}", which is not in their SKP.`
      : `Activity ${row(f)} (${who(f)}) names no RHK.`,
  REALISASI_CONFLICT: (f, d) =>
    `${row(f)} (${who(f)}) is stated with two different realisasi: ${enAct(f)} here, ${enExp(f)} at ${v(d.first)}.`,
  REALISASI_MISMATCH: (f, d) =>
    d.kind === "full"
      ? `The realisasi of ${row(f)} (${who(f)}), ${enAct(f)}, differs from its parent ${iku(f.parent)}'s (${enExp(f)}) although the cascade is full.`
      : `The realisasi of ${iku(f.parent)} (${who(f)}), ${enAct(f)}, is not what its child units' realisasi add up to (${enExp(f)}).`,
  CAPAIAN_WRONG: (f, d) =>
    `The capaian of ${row(f)} (${who(f)}) reads ${pct(f, "actual", "en")}, it should be ${pct(f, "expected", "en")}${d.formula === "max" ? " (it seems to use the Maximize formula for a Minimize IKU)" : d.formula === "min" ? " (it seems to use the Minimize formula for a Maximize IKU)" : ""}.`,
  REALISASI_MISSING: (f) =>
    `${row(f)} (${who(f)}) has a ${period(f)} target but no realisasi, though the period has ended.`,
  REALISASI_PERIODS: (f) =>
    `The annual realisasi of ${row(f)} (${who(f)}), ${enAct(f)}, does not fit its period realisasi (${series(f, "reported", "expected", "en")}).`,
};

function typeText(f: Finding, lang: Lang): string {
  const t = f.detail?.type;
  if (!t) return "";
  const names: Record<string, [string, string]> = {
    full: ["penuh", "full"],
    partial: ["sebagian", "partial"],
    contributing: ["kontribusi", "contributing"],
    direct: ["langsung", "direct"],
  };
  const n = names[String(t)];
  if (!n) return "";
  return lang === "id" ? ` (${n[0]})` : ` (${n[1]})`;
}

function fieldText(f: Finding, lang: Lang): string {
  // a period target named as the sheet heads its column: "target TW III" / "TW III target"
  if (f.field === "quarter" && typeof f.detail?.period === "number")
    return lang === "id" ? `target ${period(f)}` : `${period(f)} target`;
  const id: Record<string, string> = { name: "nama", target: "target", quarter: "target triwulan" };
  const en: Record<string, string> = { name: "name", target: "target", quarter: "period target" };
  return (lang === "id" ? id : en)[f.field ?? "target"] ?? "";
}

function polarity(p: unknown, lang: Lang): string {
  const id: Record<string, string> = { max: "maksimal", min: "minimal", stabilize: "stabil" };
  const en: Record<string, string> = { max: "maximize", min: "minimize", stabilize: "stabilize" };
  return (lang === "id" ? id : en)[String(p)] ?? v(p);
}

export function findingMessage(f: Finding, lang: Lang = "id"): string {
  const d: Record<string, string> = {};
  for (const [k, val] of Object.entries(f.detail ?? {})) d[k] = list(val);
  return (lang === "en" ? EN : ID)[f.code](f, d);
}

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  id: { error: "Galat", warning: "Peringatan", info: "Info" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};

/** How a capaian reads (DESIGN.md §8): reached, close, behind. */
export const BAND_LABEL: Record<Lang, Record<CapaianBand, string>> = {
  id: { good: "tercapai", fair: "hampir tercapai", poor: "belum tercapai" },
  en: { good: "reached", fair: "close", poor: "behind" },
};

/**
 * A cascade type's letter, in the Cakupan sheet, the report and the pohon kinerja picture: Full,
 * Partial, Kontribusi (Contributing in English); ✓ when a rule asks for the IKU but no type is written.
 */
export const CASCADE_LETTER: Record<Lang, Record<CoverageMark, string>> = {
  id: { full: "F", partial: "P", contributing: "K", unknown: "✓" },
  en: { full: "F", partial: "P", contributing: "C", unknown: "✓" },
};

/** What a coverage cell's mark says (the legends of the Cakupan sheet and the report). */
export const COVERAGE_MARK_LABEL: Record<Lang, Record<CoverageMark | "none", string>> = {
  id: {
    full: "Penuh (target sama)",
    partial: "Sebagian (berbagi target)",
    contributing: "Kontribusi (indikator sendiri)",
    unknown: "Diminta, jenis belum ditulis",
    none: "Tidak diturunkan ke unit ini",
  },
  en: {
    full: "Full (the same target)",
    partial: "Partial (a share of the target)",
    contributing: "Contributing (an indicator of its own)",
    unknown: "Required, no type written",
    none: "Not cascaded to this unit",
  },
};

/** What a coverage cell's colour says. */
export const COVERAGE_STATUS_LABEL: Record<
  Lang,
  Record<Exclude<CoverageStatus, "none">, string>
> = {
  id: {
    aligned: "Diturunkan dan selaras",
    findings: "Diturunkan, ada temuan",
    missing: "Diminta aturan tetapi belum ada barisnya",
  },
  en: {
    aligned: "Taken and aligned",
    findings: "Taken, with findings",
    missing: "Required by a rule, no row yet",
  },
};

/** A level of the hierarchy, 1 being the top. */
export function levelLabel(depth: number, lang: Lang): string {
  return lang === "id" ? `Tingkat ${depth}` : `Level ${depth}`;
}

/** A percentage as both languages write it: "96,84%" / "96.84%" (core/numbers.ts). */
export { percentText } from "./numbers";

const SKIP_ID: Record<string, string> = {
  "contributing-not-invented":
    "indikator kontribusi adalah milik unit sendiri: tidak dibuatkan, tulis sendiri",
  "parent-target-empty": "target induk belum diisi: isi dulu target induk",
  "target-not-numeric": "target induk tidak berupa angka, tidak dapat dibagi",
  "split-refused": "pembagian target ditolak",
  "several-rows": "unit sudah punya beberapa baris untuk IKU ini: tidak diubah",
  "phasing-refused": "target triwulan tidak dapat disebar",
};
const SKIP_EN: Record<string, string> = {
  "contributing-not-invented":
    "a contributing indicator is the unit's own: not invented, write it yourself",
  "parent-target-empty": "the parent's target is not filled in yet: fill it in first",
  "target-not-numeric": "the parent's target is not a number and cannot be split",
  "split-refused": "the split was refused",
  "several-rows": "the unit already has several rows for this IKU: left as they are",
  "phasing-refused": "the period targets cannot be phased",
};

/** Why the cascade left a rule unfilled, in the user's language. */
export function cascadeSkipMessage(
  s: { unit: string; parent: string; reason: string; detail?: string },
  lang: Lang
): string {
  const text = (lang === "en" ? SKIP_EN : SKIP_ID)[s.reason] ?? s.reason;
  return `${s.unit} ← ${iku(s.parent)}: ${text}${s.detail && s.detail !== s.reason ? ` (${s.detail})` : ""}`;
}
