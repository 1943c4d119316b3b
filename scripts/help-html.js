#!/usr/bin/env node
// Writes src/help.html (the help page served with the add-in) from the help texts in
// src/core/help.ts: the glossary and every finding code with what it means and how to fix it, in
// Indonesian, then in English. test/core/help.test.ts fails when the page and help.ts disagree.
// Usage: npx tsc -p tsconfig.cli.json && node scripts/help-html.js
// Anchors: help.html#ORPHAN (Indonesian), help.html#en-ORPHAN (English); glossary terms
// help.html#istilah-penuh and help.html#en-istilah-penuh.
const fs = require("fs");
const path = require("path");
const { CODE_HELP, GLOSSARY } = require("../lib/core/help");
const { FINDING_CODES, FINDING_SEVERITY } = require("../lib/core/findings");
const { SEVERITY_LABEL } = require("../lib/core/messages");

const SKP = new Set([
  "RHK_NOT_INTERVENING",
  "LEADER_RHK_UNUSED",
  "RHK_OVERLAP",
  "JPT_RHK_NOT_IN_PK",
  "DURATION_OVER_DAY",
  "ACTIVITY_UNLINKED",
]);
const MONITORING = new Set([
  "REALISASI_CONFLICT",
  "REALISASI_MISMATCH",
  "CAPAIAN_WRONG",
  "REALISASI_MISSING",
  "REALISASI_PERIODS",
]);

const TEXT = {
  id: {
    title: "Bantuan Selaras",
    intro:
      "Selaras membaca lembar IKU dan target yang sudah Anda punya, menurunkan (cascade) IKU ke unit bawahan, dan menandai kontribusi yang hilang atau tidak selaras.",
    codesIntro:
      "Setiap temuan punya kode tetap, tingkat (galat, peringatan, info) dan sel tempatnya. Di bawah ini arti setiap kode dan cara membetulkannya di workbook.",
    glossary: "Istilah",
    codes: "Kode temuan",
    means: "Artinya:",
    fix: "Cara membetulkan:",
    groups: {
      plan: "Rencana dan cascading",
      skp: "SKP dan e-Kinerja",
      monitoring: "Realisasi dan capaian",
    },
    prefix: "",
  },
  en: {
    title: "Selaras help (English)",
    intro:
      "Selaras reads the IKU and target sheets you already keep, cascades IKU to child units, and highlights missing or misaligned contributions.",
    codesIntro:
      "Every finding has a stable code, a severity (error, warning, info) and a cell. Below is what each code means and how to fix it in the workbook.",
    glossary: "Glossary",
    codes: "Finding codes",
    means: "What it means:",
    fix: "How to fix it:",
    groups: {
      plan: "Plans and cascading",
      skp: "SKP and e-Kinerja",
      monitoring: "Realisasi and capaian",
    },
    prefix: "en-",
  },
};

const esc = (s) =>
  String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
const slug = (term) =>
  "istilah-" +
  term
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function part(lang, indent) {
  const t = TEXT[lang];
  const p = t.prefix;
  const out = [];
  const line = (s) => out.push(s ? indent + s : "");
  line(`<h2 id="${p}istilah">${esc(t.glossary)}</h2>`);
  line("<dl>");
  GLOSSARY[lang].forEach((g, i) => {
    line(`  <dt id="${p}${slug(GLOSSARY.id[i].term)}">${esc(g.term)}</dt>`);
    line(`  <dd>${esc(g.means)}</dd>`);
  });
  line("</dl>");
  line(`<h2 id="${p}temuan">${esc(t.codes)}</h2>`);
  line(`<p>${esc(t.codesIntro)}</p>`);
  const groups = { plan: [], skp: [], monitoring: [] };
  for (const code of FINDING_CODES)
    groups[SKP.has(code) ? "skp" : MONITORING.has(code) ? "monitoring" : "plan"].push(code);
  for (const [group, codes] of Object.entries(groups)) {
    line(`<h3>${esc(t.groups[group])}</h3>`);
    for (const code of codes) {
      const severity = FINDING_SEVERITY[code];
      const help = CODE_HELP[lang][code];
      line(`<section id="${p}${code}">`);
      line(
        `  <h4><code>${code}</code> <span class="${severity}">${esc(SEVERITY_LABEL[lang][severity])}</span></h4>`
      );
      line(`  <p><b>${esc(t.means)}</b> ${esc(help.means)}</p>`);
      line(`  <p><b>${esc(t.fix)}</b> ${esc(help.fix)}</p>`);
      line("</section>");
    }
  }
  return out;
}

const html = [
  "<!doctype html>",
  '<html lang="id">',
  "  <head>",
  '    <meta charset="UTF-8" />',
  '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
  `    <title>${TEXT.id.title}</title>`,
  "    <style>",
  "      body { font-family: 'Segoe UI', Arial, sans-serif; max-width: 46rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.45; }",
  "      dt { font-weight: bold; margin-top: 0.6rem; }",
  "      section { border-top: 1px solid #ddd; padding-top: 0.2rem; }",
  "      h4 { margin-bottom: 0.2rem; }",
  "      span.error, span.warning, span.info { font-size: 0.8em; padding: 0 0.4em; border-radius: 3px; }",
  "      span.error { background: #fde7e9; }",
  "      span.warning { background: #fff4ce; }",
  "      span.info { background: #deecf9; }",
  "      :target { background: #fffbe6; }",
  "    </style>",
  "  </head>",
  "  <body>",
  "    <!-- Written by scripts/help-html.js from src/core/help.ts: edit help.ts, then run the script. -->",
  `    <h1>${esc(TEXT.id.title)}</h1>`,
  `    <p>${esc(TEXT.id.intro)}</p>`,
  '    <nav><a href="#istilah">Istilah</a> · <a href="#temuan">Kode temuan</a> · <a href="#en" lang="en">English</a></nav>',
  ...part("id", "    "),
  '    <div lang="en" id="en">',
  `      <h1>${esc(TEXT.en.title)}</h1>`,
  `      <p>${esc(TEXT.en.intro)}</p>`,
  '      <nav><a href="#en-istilah">Glossary</a> · <a href="#en-temuan">Finding codes</a> · <a href="#" lang="id">Bahasa Indonesia</a></nav>',
  ...part("en", "      "),
  "    </div>",
  "  </body>",
  "</html>",
  "",
].join("\n");

fs.writeFileSync(path.join(__dirname, "..", "src", "help.html"), html);
console.log(`src/help.html: ${FINDING_CODES.length} codes, ${GLOSSARY.id.length} terms`);
