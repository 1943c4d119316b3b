/**
 * The report to print (issue 15): one self-contained HTML document for a checked workbook — the
 * agency, year and date; the findings counted per severity and per unit; the pohon kinerja; the
 * coverage matrix; capaian where the workbook reports results; and every finding with its cell,
 * its sentence and what to do. Pure: the same check, options and date give the same bytes. The
 * markup is also well-formed XML (XHTML), has no scripts, and loads nothing: no fonts, images or
 * links, so it opens offline and prints or saves as PDF on A4 from any browser.
 */
import type { CheckResult } from "../core/check";
import { coverageMatrix, type CoverageBlock, type CoverageStatus } from "../core/coverageMatrix";
import type { Finding, Severity } from "../core/findings";
import { helpFor } from "../core/help";
import {
  BAND_LABEL,
  CASCADE_LETTER,
  COVERAGE_MARK_LABEL,
  COVERAGE_STATUS_LABEL,
  findingMessage,
  levelLabel,
  SEVERITY_LABEL,
  type Lang,
} from "../core/messages";
import { dateText, numberText, percentText } from "../core/numbers";
import { reportFacts, type ReportFacts } from "../core/reportFacts";
import { targetText } from "../core/targetText";
import { unitKey } from "../core/text";
import { markText } from "./coverageSheet";
import { xmlAttr, xmlText } from "./markup";
import { reportCss, SEVERITY_INK } from "./reportStyle";
import { reportTree } from "./reportTree";
import { REPORT_WORDS, type ReportWords } from "./reportWords";

export interface ReportOptions {
  lang?: Lang;
  /** The day of the report, ISO "2026-11-29": passed in, so the document depends on nothing else. */
  date: string;
  /** The workbook's file name, shown under the title. */
  workbook?: string;
  /** Only this unit and the units below it (matched as units are: "Kanreg I" is "Kantor Regional I"). */
  unit?: string;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Child units per coverage table: more would not fit the width of an A4 page. */
export const COVERAGE_COLUMNS = 5;
/** Rows under which a table is kept on one page when it fits (a short table split is hard to read). */
const SHORT_TABLE = 15;

export function reportHtml(
  check: CheckResult,
  options: ReportOptions,
  // what the report states, when the caller has them already (app/report.ts shows the counts)
  facts: ReportFacts = reportFacts(check, { unit: options.unit })
): string {
  const lang = options.lang ?? "id";
  const w = REPORT_WORDS[lang];
  const n = (x: number) => numberText(x, lang);
  const heading = [w.title, facts.agency ?? options.workbook ?? ""].filter((s) => s).join(" — ");
  const footer = [heading, facts.year !== undefined ? String(facts.year) : ""]
    .filter((s) => s)
    .join(" · ");
  const body = [
    header(facts, options, w),
    summary(check, facts, lang, w, n),
    tree(check, facts, lang, w, n),
    coverage(check, facts, lang, w),
    capaian(facts, lang, w, n),
    findingsList(check, facts, lang, w, n),
  ];
  return [
    "<!DOCTYPE html>",
    `<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}" xml:lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    '<meta name="generator" content="Selaras"/>',
    `<title>${xmlText(heading)}</title>`,
    `<style>${reportCss(lang, footer)}</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function header(facts: ReportFacts, options: ReportOptions, w: ReportWords): string {
  const lang = options.lang ?? "id";
  const rows: Array<[string, string]> = [];
  if (facts.agency) rows.push([w.agency, facts.agency]);
  if (facts.year !== undefined) rows.push([w.year, String(facts.year)]);
  rows.push([w.date, dateText(options.date, lang)]);
  if (options.workbook) rows.push([w.workbook, options.workbook]);
  if (facts.unit !== undefined) rows.push([w.scope, w.scopeValue(facts.unit)]);
  return [
    '<header class="cover">',
    `<h1>${xmlText(w.title)}</h1>`,
    '<table class="facts"><tbody>',
    ...rows.map(([k, v]) => `<tr><th scope="row">${xmlText(k)}</th><td>${xmlText(v)}</td></tr>`),
    "</tbody></table>",
    `<p class="note">${xmlText(w.madeBy)}</p>`,
    "</header>",
  ].join("\n");
}

function summary(
  check: CheckResult,
  facts: ReportFacts,
  lang: Lang,
  w: ReportWords,
  n: (x: number) => string
): string {
  const s = check.summary;
  const out = [
    '<section class="summary">',
    `<h2>${xmlText(w.summary)}</h2>`,
    '<div class="counts">',
    ...SEVERITIES.map(
      (sev) =>
        `<div class="box ${sev}" data-severity="${sev}"><span class="big">${n(facts.counts[sev])}</span>${xmlText(SEVERITY_LABEL[lang][sev])}</div>`
    ),
    "</div>",
  ];
  // the plan's size is the workbook's; a one-unit report says its scope in the header
  if (facts.unit === undefined)
    out.push(
      `<p>${xmlText(`${w.units}: ${n(s.units)} · ${w.indicators}: ${n(s.indicators)} · ${w.links}: ${n(s.links)} (${w.inferred(n(s.inferred))})`)}</p>`
    );
  else if (facts.outside > 0)
    out.push(`<p class="note">${xmlText(w.outside(n(facts.outside)))}</p>`);
  out.push(`<h3>${xmlText(w.perUnit)}</h3>`);
  if (facts.units.length === 0) out.push(`<p>${xmlText(w.noUnits)}</p>`);
  else {
    out.push(
      `<table class="per-unit${facts.units.length <= SHORT_TABLE ? " keep" : ""}">`,
      ...headRow([w.unit, ...SEVERITIES.map((sev) => col(SEVERITY_LABEL[lang][sev], "num"))]),
      "<tbody>"
    );
    for (const u of facts.units)
      out.push(
        `<tr class="unit"><th scope="row">${xmlText(u.unit ?? w.noUnit)}</th>${SEVERITIES.map(
          (sev) => `<td class="num${u[sev] > 0 ? ` ${sev}` : ""}">${n(u[sev])}</td>`
        ).join("")}</tr>`
      );
    out.push(
      `<tr class="total"><th scope="row">${xmlText(w.total)}</th>${SEVERITIES.map(
        (sev) => `<td class="num">${n(facts.counts[sev])}</td>`
      ).join("")}</tr>`,
      "</tbody></table>"
    );
  }
  out.push("</section>");
  return out.join("\n");
}

function tree(
  check: CheckResult,
  facts: ReportFacts,
  lang: Lang,
  w: ReportWords,
  n: (x: number) => string
): string {
  const t = reportTree(check, { lang, unit: facts.unit, order: facts.order });
  const out = ['<section class="tree">', `<h2>${xmlText(w.tree)}</h2>`];
  if (t.mode === "empty") out.push(`<p>${xmlText(w.treeEmpty)}</p>`);
  else if (t.mode === "tooLarge") out.push(`<p>${xmlText(w.treeTooLarge(n(t.nodes)))}</p>`);
  else {
    out.push(`<p class="lead">${xmlText(t.mode === "whole" ? w.treeWhole : w.treePerUnit)}</p>`);
    out.push(treeLegend(lang, w));
    if (t.unplaced > 0) out.push(`<p class="note">${xmlText(w.unplaced(n(t.unplaced)))}</p>`);
    for (const s of t.sections) {
      if (s.unit !== null) out.push(`<h3>${xmlText(s.unit)}</h3>`);
      for (const svg of s.figures) out.push(`<figure>\n${svg.trimEnd()}\n</figure>`);
    }
  }
  out.push("</section>");
  return out.join("\n");
}

function treeLegend(lang: Lang, w: ReportWords): string {
  const dash = {
    full: "",
    partial: ' stroke-dasharray="7 4"',
    contributing: ' stroke-dasharray="1.5 3.5"',
  };
  const edges = (["full", "partial", "contributing"] as const).map(
    (e) =>
      `<span><svg viewBox="0 0 36 10" aria-hidden="true"><line x1="0" y1="5" x2="36" y2="5" stroke="#404040" stroke-width="2"${dash[e]}/></svg>${xmlText(`${w.edges[e]} (${CASCADE_LETTER[lang][e]})`)}</span>`
  );
  const swatches = [
    ...SEVERITIES.map(
      (s) => `<span><i class="swatch ${s}"></i>${xmlText(SEVERITY_LABEL[lang][s])}</span>`
    ),
    `<span><i class="swatch"></i>${xmlText(w.noFindings)}</span>`,
    `<span><i class="swatch missing"></i>${xmlText(w.missingRow)}</span>`,
  ];
  return `<div class="legend"><strong>${xmlText(w.legend)}:</strong>${[...edges, ...swatches].join("")}</div>`;
}

function coverage(check: CheckResult, facts: ReportFacts, lang: Lang, w: ReportWords): string {
  const scope = facts.unit === undefined ? undefined : new Set(facts.order.map((u) => unitKey(u)));
  const blocks = coverageMatrix(check).blocks.filter((b) => !scope || scope.has(unitKey(b.unit)));
  const out = ['<section class="coverage">', `<h2>${xmlText(w.coverage)}</h2>`];
  if (blocks.length === 0) out.push(`<p>${xmlText(w.coverageNone)}</p>`);
  else {
    out.push(`<p class="lead">${xmlText(w.coverageIntro)}</p>`, coverageLegend(lang, w));
    for (const block of blocks) out.push(...coverageTables(block, lang, w));
  }
  out.push("</section>");
  return out.join("\n");
}

function coverageLegend(lang: Lang, w: ReportWords): string {
  const marks = [
    ...(["full", "partial", "contributing", "unknown"] as const).map(
      (m) => `${CASCADE_LETTER[lang][m]} ${COVERAGE_MARK_LABEL[lang][m]}`
    ),
    `— ${COVERAGE_MARK_LABEL[lang].none}`,
  ].map((m) => `<span>${xmlText(m)}</span>`);
  const statuses = (["aligned", "findings", "missing"] as const).map(
    (s) => `<span><i class="swatch ${s}"></i>${xmlText(COVERAGE_STATUS_LABEL[lang][s])}</span>`
  );
  return `<div class="legend"><strong>${xmlText(w.legend)}:</strong>${[...marks, ...statuses].join("")}</div>`;
}

/** A block as tables of at most COVERAGE_COLUMNS child units each, the IKU repeated in each. */
function coverageTables(block: CoverageBlock, lang: Lang, w: ReportWords): string[] {
  const out: string[] = [];
  const parts = Math.max(1, Math.ceil(block.units.length / COVERAGE_COLUMNS));
  for (let p = 0; p < parts; p++) {
    const from = p * COVERAGE_COLUMNS;
    const units = block.units.slice(from, from + COVERAGE_COLUMNS);
    out.push(
      `<h3>${xmlText(p === 0 ? block.unit : `${block.unit} ${w.continued}`)}</h3>`,
      `<table class="coverage${block.rows.length <= SHORT_TABLE ? " keep" : ""}" data-unit="${xmlAttr(block.unit)}">`,
      "<colgroup>",
      ...coverageWidths(units.length).map((width) => `<col style="width:${width}%"/>`),
      "</colgroup>",
      ...headRow([w.code, w.indicator, w.target, ...units.map((u) => col(u, "unit"))]),
      "<tbody>"
    );
    for (const row of block.rows) {
      const cells = row.cells.slice(from, from + COVERAGE_COLUMNS).map((c) => {
        const text = c.marks.length === 0 ? "—" : markText(c.marks, c.share, lang);
        return `<td class="mark${statusClass(c.status)}" data-status="${c.status}">${xmlText(text)}</td>`;
      });
      out.push(
        `<tr><td>${xmlText(row.code ?? "")}</td><td>${xmlText(row.name)}</td><td>${xmlText(
          targetText(row.target, row.satuan, lang)
        )}</td>${cells.join("")}</tr>`
      );
    }
    out.push("</tbody></table>");
  }
  return out;
}

/**
 * Column widths in percent: code, indicator, target, then each child unit at least 14 % (a
 * "Kepegawaian" must fit its column) and the indicator what is left, never under a quarter.
 */
function coverageWidths(units: number): number[] {
  const code = 9;
  const target = 12;
  const indicator = Math.max(25, 100 - code - target - units * 14);
  const unit = Math.floor(((100 - code - target - indicator) / Math.max(1, units)) * 10) / 10;
  return [code, indicator, target, ...Array.from({ length: units }, () => unit)];
}

function statusClass(s: CoverageStatus): string {
  return s === "none" ? "" : ` ${s}`;
}

function capaian(facts: ReportFacts, lang: Lang, w: ReportWords, n: (x: number) => string): string {
  const c = facts.capaian;
  if (!c) return "";
  const pct = (x: number) => percentText(x, lang);
  const out = [
    `<section class="capaian${c.units.length <= SHORT_TABLE ? " keep" : ""}">`,
    `<h2>${xmlText(w.capaian)}</h2>`,
    `<p class="lead">${xmlText(w.capaianIntro(pct(c.bounds.goodFrom), pct(c.bounds.fairFrom)))}</p>`,
    `<h3>${xmlText(w.capaianUnits)}</h3>`,
    `<table class="capaian-units${c.units.length <= SHORT_TABLE ? " keep" : ""}">`,
    ...headRow([w.unit, w.level, col(w.iku, "num"), col(w.achievement, "num"), w.band]),
    "<tbody>",
    ...c.units.map(
      (u) =>
        `<tr><th scope="row">${xmlText(u.unit)}</th><td>${xmlText(levelLabel(u.depth, lang))}</td><td class="num">${n(u.rows)}</td><td class="num ${u.band}">${xmlText(pct(u.capaian))}</td><td>${xmlText(BAND_LABEL[lang][u.band])}</td></tr>`
    ),
    "</tbody></table>",
    `<h3>${xmlText(w.capaianLevels)}</h3>`,
    `<table class="capaian-levels keep">`,
    ...headRow([w.level, col(w.unitCount, "num"), col(w.achievement, "num"), w.band]),
    "<tbody>",
    ...c.levels.map(
      (l) =>
        `<tr><th scope="row">${xmlText(levelLabel(l.depth, lang))}</th><td class="num">${n(l.units)}</td><td class="num ${l.band}">${xmlText(pct(l.capaian))}</td><td>${xmlText(BAND_LABEL[lang][l.band])}</td></tr>`
    ),
    "</tbody></table>",
    "</section>",
  ];
  return out.join("\n");
}

function findingsList(
  check: CheckResult,
  facts: ReportFacts,
  lang: Lang,
  w: ReportWords,
  n: (x: number) => string
): string {
  const out = [
    '<section class="findings">',
    `<h2>${xmlText(w.findings)}</h2>`,
    `<p class="lead">${xmlText(w.findingsIntro)}</p>`,
  ];
  if (facts.findings.length === 0) out.push(`<p>${xmlText(w.none)}</p>`);
  // the units top-down within each severity; a unit's findings in the check's order (sheet, cell)
  const rank = new Map<string | null, number>();
  facts.order.forEach((u, i) => rank.set(u === null ? null : unitKey(u), i));
  const unitRank = (f: Finding) => rank.get(f.unit === null ? null : unitKey(f.unit)) ?? rank.size;
  for (const sev of SEVERITIES) {
    const list = facts.findings
      .filter((i) => check.findings[i].severity === sev)
      .map((i, pos) => ({ i, pos, rank: unitRank(check.findings[i]) }))
      .sort((a, b) => a.rank - b.rank || a.pos - b.pos);
    if (list.length === 0) continue;
    out.push(
      `<h3 style="color:${SEVERITY_INK[sev]}">${xmlText(`${SEVERITY_LABEL[lang][sev]} (${n(list.length)})`)}</h3>`,
      `<table class="findings" data-severity="${sev}">`,
      ...headRow([`${w.location} · ${w.code}`, w.finding, w.whatToDo])
    );
    let group: number | undefined;
    for (const { i, rank: r } of list) {
      const f = check.findings[i];
      if (r !== group) {
        if (group !== undefined) out.push("</tbody>");
        group = r;
        const name = f.unit === null ? w.noUnit : (facts.order[r] ?? f.unit);
        out.push(
          "<tbody>",
          `<tr class="group"><th colspan="3" scope="rowgroup">${xmlText(name)}</th></tr>`
        );
      }
      out.push(findingRow(f, i, lang, w));
    }
    out.push("</tbody>", "</table>");
  }
  out.push("</section>");
  return out.join("\n");
}

function findingRow(f: Finding, index: number, lang: Lang, w: ReportWords): string {
  const where = f.at ? `${f.at.sheet}!${f.at.cell}` : "—";
  // a long code breaks after its underscores, not in the middle of a word
  const code = f.code.split("_").map(xmlText).join("_<wbr/>");
  const hints =
    f.suggestions.length > 0
      ? `<span class="hint">${xmlText(
          `${w.suggested}: ${f.suggestions.map((s) => `${s.indicator} (${s.unit})`).join("; ")}`
        )}</span>`
      : "";
  return [
    `<tr class="finding ${f.severity}" data-index="${index}" data-code="${f.code}"${f.at ? ` data-cell="${xmlAttr(where)}"` : ""}>`,
    `<td class="where">${xmlText(where)}<span class="code">${code}</span></td>`,
    `<td class="what">${xmlText(findingMessage(f, lang))}${hints}</td>`,
    `<td class="fix">${xmlText(helpFor(f.code, lang).fix)}</td>`,
    "</tr>",
  ].join("");
}

/** A column heading, with a class ("num" right-aligns a count, "unit" a child unit's column). */
function col(text: string, cls: string): { text: string; cls: string } {
  return { text, cls };
}

/** A table's header row, one line per heading (the report's markup stays line by line). */
function headRow(cols: Array<string | { text: string; cls: string }>): string[] {
  return [
    "<thead><tr>",
    ...cols.map((c) =>
      typeof c === "string"
        ? `<th scope="col">${xmlText(c)}</th>`
        : `<th scope="col" class="${c.cls}">${xmlText(c.text)}</th>`
    ),
    "</tr></thead>",
  ];
}
