import * as fs from "fs";
import * as path from "path";
import { FINDING_CODES } from "../../src/core/findings";
import { CODE_HELP, GLOSSARY, helpFor } from "../../src/core/help";
import type { Lang } from "../../src/core/messages";

const LANGS: Lang[] = ["id", "en"];

/** Quoted names (“IKU Atasan”, “RHK Pimpinan yang Diintervensi”) are the workbook's own words. */
const unquoted = (s: string) => s.replace(/“[^”]*”/g, "“”");

/** Words that give away the other language (spaces around them: whole words only). */
const FOREIGN: Record<Lang, string[]> = {
  id: [" the ", " and ", " of ", " is ", " with ", " to ", " for ", " it "],
  en: [" yang ", " dan ", " di ", " ke ", " dengan ", " untuk ", " tidak ", " atau ", " ini "],
};

function texts(lang: Lang): Array<[string, string]> {
  return [
    ...FINDING_CODES.flatMap((code): Array<[string, string]> => [
      [`${code}.means`, CODE_HELP[lang][code].means],
      [`${code}.fix`, CODE_HELP[lang][code].fix],
    ]),
    ...GLOSSARY[lang].map((g): [string, string] => [`glossary ${g.term}`, g.means]),
  ];
}

/** Sentences: a full stop, question or exclamation mark followed by a capital, a quote or a bracket. */
const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-Z“(])/).filter((x) => x.trim());

describe("help for each finding code", () => {
  it.each(LANGS)("covers every code in %s, through helpFor too", (lang) => {
    expect(Object.keys(CODE_HELP[lang]).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) expect(helpFor(code, lang)).toBe(CODE_HELP[lang][code]);
  });

  it.each(LANGS)("has no empty, unfinished or untidy text in %s", (lang) => {
    for (const [where, text] of texts(lang)) {
      expect({ where, empty: text.trim() === "" }).toEqual({ where, empty: false });
      expect({ where, todo: /TODO|FIXME|XXX|lorem/i.test(text) }).toEqual({ where, todo: false });
      expect({ where, ends: /[.)”]$/.test(text) }).toEqual({ where, ends: true });
      expect({ where, spaces: /\s{2}|^\s|\s$/.test(text) }).toEqual({ where, spaces: false });
    }
  });

  it.each(LANGS)("is wholly in its own language: %s", (lang) => {
    for (const [where, text] of texts(lang)) {
      const plain = ` ${unquoted(text).toLowerCase()} `;
      const found = FOREIGN[lang].filter((w) => plain.includes(w));
      expect({ where, found }).toEqual({ where, found: [] });
    }
  });

  it.each(LANGS)("keeps it short in %s: means in ≤ 2 sentences, fix in ≤ 3", (lang) => {
    for (const code of FINDING_CODES) {
      const { means, fix } = CODE_HELP[lang][code];
      expect({ code, means: sentences(means).length <= 2 }).toEqual({ code, means: true });
      expect({ code, fix: sentences(fix).length <= 3 }).toEqual({ code, fix: true });
    }
  });

  it("says as much in English as in Indonesian (a translation, not a summary)", () => {
    for (const code of FINDING_CODES) {
      for (const part of ["means", "fix"] as const) {
        const id = CODE_HELP.id[code][part];
        const en = CODE_HELP.en[code][part];
        expect({ code, part, sentences: sentences(en).length }).toEqual({
          code,
          part,
          sentences: sentences(id).length,
        });
        // the names it quotes (columns, buttons aside) are the same workbook words
        const quoted = (s: string) => (s.match(/“[^”]*”/g) ?? []).length;
        expect({ code, part, quotes: quoted(en) }).toEqual({ code, part, quotes: quoted(id) });
      }
    }
  });

  it("names the pane's own buttons and the workbook's columns as planners see them", () => {
    // the fill that adds missing rows, and the columns a link is written in
    expect(CODE_HELP.id.MISSING_CONTRIBUTION.fix).toContain("“Isi unit bawahan”");
    expect(CODE_HELP.en.MISSING_CONTRIBUTION.fix).toContain("“Fill child units”");
    expect(CODE_HELP.id.ORPHAN.fix).toContain("“IKU Atasan”");
    expect(CODE_HELP.id.RHK_NOT_INTERVENING.fix).toContain("“RHK Pimpinan yang Diintervensi”");
    expect(CODE_HELP.id.PARTIAL_SHORTFALL.fix).toContain("“Target massal”");
    expect(CODE_HELP.en.PARTIAL_SHORTFALL.fix).toContain("“Bulk targets”");
  });
});

describe("the glossary", () => {
  // each term as the Indonesian glossary names it and as the English one does
  const TERMS: Array<[string, string]> = [
    ["penuh", "full"],
    ["sebagian", "partial"],
    ["kontribusi", "contributing"],
    ["polaritas", "polarity"],
    ["kerangka", "framework"],
    ["konsolidasi", "consolidation"],
    ["bobot", "weight"],
    ["IKU atasan", "parent IKU"],
    ["capaian", "capaian"],
    ["realisasi", "realisasi"],
    ["RHK yang diintervensi", "intervened RHK"],
    ["TW", "TW"],
  ];
  const has = (lang: Lang, word: string) =>
    GLOSSARY[lang].some((g) => g.term.toLowerCase().includes(word.toLowerCase()));

  it.each(TERMS)("explains %s (%s) in both languages", (id, en) => {
    expect(has("id", id)).toBe(true);
    expect(has("en", en)).toBe(true);
    // the English entry also names the word planners meet in their workbooks
    expect(has("en", id)).toBe(true);
  });

  it("lists the same terms in the same order in both languages", () => {
    expect(GLOSSARY.en).toHaveLength(GLOSSARY.id.length);
    GLOSSARY.id.forEach((g, i) => {
      expect(GLOSSARY.en[i].term.toLowerCase()).toContain(g.term.toLowerCase());
    });
    const terms = GLOSSARY.id.map((g) => g.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
  });

  it("gives polarity's three values by the names workbooks use", () => {
    for (const lang of LANGS) {
      const polarity = GLOSSARY[lang].find((g) => /polari/i.test(g.term));
      for (const value of ["Maksimal", "Minimal", "Stabil"])
        expect(polarity?.means).toContain(value);
    }
  });

  it("explains the framework as Kemenkeu against PermenPAN-RB", () => {
    for (const lang of LANGS) {
      const framework = GLOSSARY[lang].find((g) => /kerangka/i.test(g.term));
      expect(framework?.means).toContain("Kemenkeu");
      expect(framework?.means).toContain("PermenPAN-RB");
    }
  });
});

describe("src/help.html", () => {
  const html = fs.readFileSync(path.join(__dirname, "..", "..", "src", "help.html"), "utf8");
  /** The page's text, entities decoded and whitespace folded (a formatter may rewrap it). */
  const fold = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ");
  const split = html.indexOf('<div lang="en"');
  const part: Record<Lang, string> = {
    id: fold(html.slice(0, split)),
    en: fold(html.slice(split)),
  };

  it("is one page, in Indonesian with an English part", () => {
    expect(html).toMatch(/^<!doctype html>\s*<html lang="id">/i);
    expect(html).toContain('<meta charset="UTF-8" />');
    expect(split).toBeGreaterThan(0);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it.each(LANGS)("has every code with its meaning and fix, as help.ts says them (%s)", (lang) => {
    const prefix = lang === "en" ? "en-" : "";
    for (const code of FINDING_CODES) {
      const { means, fix } = CODE_HELP[lang][code];
      expect({ code, anchor: part[lang].includes(`id="${prefix}${code}"`) }).toEqual({
        code,
        anchor: true,
      });
      expect({ code, means: part[lang].includes(fold(means)) }).toEqual({ code, means: true });
      expect({ code, fix: part[lang].includes(fold(fix)) }).toEqual({ code, fix: true });
    }
  });

  it.each(LANGS)("has every glossary term with its meaning, as help.ts says them (%s)", (lang) => {
    for (const g of GLOSSARY[lang]) {
      expect({ term: g.term, found: part[lang].includes(`>${fold(g.term)}</dt>`) }).toEqual({
        term: g.term,
        found: true,
      });
      expect({ term: g.term, means: part[lang].includes(fold(g.means)) }).toEqual({
        term: g.term,
        means: true,
      });
    }
  });

  it("has each anchor once", () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
