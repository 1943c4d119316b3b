/**
 * The printed report's style sheet: A4 with margins and a page number, tables whose header rows
 * repeat on every page, rows, boxes and pictures kept whole where they fit, colours printed as
 * shown. System fonts only: nothing is fetched.
 */
import type { Lang } from "../core/messages";
import { COVERAGE_COLOUR } from "./coverageSheet";
import { SEVERITY_COLOUR } from "../core/palette";
import { REPORT_WORDS } from "./reportWords";

/** Borders and ink of each severity, as the pohon kinerja draws them. */
export const SEVERITY_INK = { error: "#C00000", warning: "#BF8F00", info: "#2F75B5" } as const;

const BAND_COLOUR = {
  good: COVERAGE_COLOUR.aligned,
  fair: SEVERITY_COLOUR.warning,
  poor: SEVERITY_COLOUR.error,
};

/**
 * A CSS string for a content property. Markup characters and quotes are written as CSS escapes,
 * which an HTML and an XML parser both pass through untouched inside <style>.
 */
function cssString(s: string): string {
  const escaped = s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]+/g, " ")
    .replace(/[\\"'<>&]/g, (c) => `\\${(c.codePointAt(0) as number).toString(16)} `);
  return `"${escaped}"`;
}

export function reportCss(lang: Lang, footer: string): string {
  const w = REPORT_WORDS[lang];
  return `
@page {
  size: A4;
  margin: 15mm 14mm 17mm 14mm;
  @bottom-left { content: ${cssString(footer)}; font-size: 7.5pt; color: #595959; }
  @bottom-right { content: ${cssString(w.page.before)} counter(page) ${cssString(w.page.middle)} counter(pages); font-size: 7.5pt; color: #595959; }
}
html { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 9pt; line-height: 1.35; color: #262626; background: #FFFFFF; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
@media screen {
  html { background: #E7E7E7; }
  body { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 15mm 14mm; background: #FFFFFF; }
}
h1 { font-size: 17pt; margin: 0 0 1mm; color: #1F3864; }
h2 { font-size: 12.5pt; margin: 7mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1.2pt solid #2F5597; color: #1F3864; break-after: avoid; }
h3 { font-size: 10pt; margin: 4.5mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.lead { color: #595959; }
.note { color: #595959; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; }
thead { display: table-header-group; }
th, td { border: 0.6pt solid #A6A6A6; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
thead th { background: #EDF1F7; font-weight: bold; }
tr, .box, figure, .legend, table.keep, section.keep { break-inside: avoid; }
section.tree, section.findings { break-before: page; }
tr.group { break-after: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.mid { text-align: center; }
table.facts { width: auto; }
table.facts th { background: none; border: none; padding: 0.5mm 6mm 0.5mm 0; font-weight: normal; color: #595959; }
table.facts td { border: none; padding: 0.5mm 0; font-weight: bold; }
.counts { display: flex; gap: 3mm; margin: 2mm 0 3mm; }
.box { flex: 1; border: 0.8pt solid #A6A6A6; border-radius: 1.5mm; padding: 2mm 3mm; }
.box .big { font-size: 16pt; font-weight: bold; display: block; }
.box.error { background: #${SEVERITY_COLOUR.error}; border-color: ${SEVERITY_INK.error}; }
.box.warning { background: #${SEVERITY_COLOUR.warning}; border-color: ${SEVERITY_INK.warning}; }
.box.info { background: #${SEVERITY_COLOUR.info}; border-color: ${SEVERITY_INK.info}; }
td.error, span.error { background: #${SEVERITY_COLOUR.error}; }
td.warning, span.warning { background: #${SEVERITY_COLOUR.warning}; }
td.info, span.info { background: #${SEVERITY_COLOUR.info}; }
tr.total td, tr.total th { font-weight: bold; border-top: 1.2pt solid #595959; }
.legend { display: flex; flex-wrap: wrap; gap: 1.5mm 5mm; align-items: center; margin: 1mm 0 3mm; font-size: 8pt; }
.legend span { display: inline-flex; align-items: center; gap: 1.5mm; }
.swatch { display: inline-block; width: 4.5mm; height: 3mm; border: 0.8pt solid #8C8C8C; border-radius: 0.6mm; }
.swatch.error { background: #${SEVERITY_COLOUR.error}; border-color: ${SEVERITY_INK.error}; }
.swatch.warning { background: #${SEVERITY_COLOUR.warning}; border-color: ${SEVERITY_INK.warning}; }
.swatch.info { background: #${SEVERITY_COLOUR.info}; border-color: ${SEVERITY_INK.info}; }
.swatch.missing { background: #${SEVERITY_COLOUR.error}; border: 0.8pt dashed ${SEVERITY_INK.error}; }
.swatch.aligned { background: #${COVERAGE_COLOUR.aligned}; }
.swatch.findings { background: #${COVERAGE_COLOUR.findings}; }
.legend svg { width: 9mm; height: 2.5mm; }
figure { margin: 0 0 2mm; }
figure svg { display: block; width: 100%; height: auto; }
table.coverage { table-layout: fixed; font-size: 8pt; }
table.coverage th.unit { font-size: 7.5pt; overflow-wrap: anywhere; text-align: center; }
table.coverage td.mark { text-align: center; white-space: nowrap; }
td.aligned { background: #${COVERAGE_COLOUR.aligned}; }
td.findings { background: #${COVERAGE_COLOUR.findings}; }
td.missing { background: #${COVERAGE_COLOUR.missing}; outline: 0.8pt dashed ${SEVERITY_INK.error}; outline-offset: -1.2pt; }
td.good { background: #${BAND_COLOUR.good}; }
td.fair { background: #${BAND_COLOUR.fair}; }
td.poor { background: #${BAND_COLOUR.poor}; }
table.findings { font-size: 8.3pt; }
table.findings tr.group th { background: #F2F2F2; font-size: 8.8pt; }
table.findings td.where { width: 24%; overflow-wrap: anywhere; }
table.findings .code { display: block; font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; font-size: 7.5pt; color: #404040; margin-top: 0.8mm; }
table.findings td.what { width: 38%; }
table.findings .hint { display: block; margin-top: 1mm; color: #595959; }
`;
}
