import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { checkPlan, type CheckResult } from "../../src/core/check";
import { coverageMatrix } from "../../src/core/coverageMatrix";
import { helpFor } from "../../src/core/help";
import { findingMessage, SEVERITY_LABEL, type Lang } from "../../src/core/messages";
import { buildPohon, pohonNodes } from "../../src/core/pohon";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import { COVERAGE_COLUMNS, reportHtml } from "../../src/workbook/report";
import { REPORT_WORDS } from "../../src/workbook/reportWords";
import { dinasWithKesmas, KESMAS, PUSKESMAS, SIMPUS } from "../fixtures/dinasKesehatan";
import { PlanBuilder } from "../core/planBuilder";

const DATE = "2026-11-29";

function checked(spec: WorkbookSpec): CheckResult {
  return checkPlan(readWorkbook(gridsFromSpec(spec)).plan);
}

/** The report parsed strictly as XHTML: any XML error fails the test. */
function parse(html: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void (level !== "warning" && errors.push(message)),
  }).parseFromString(html, "application/xhtml+xml");
  expect(errors).toEqual([]);
  return doc;
}

function all(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

function text(e: Element | null | undefined): string {
  return (e?.textContent ?? "").replace(/\s+/g, " ").trim();
}

function byClass(root: Document | Element, tag: string, cls: string): Element[] {
  return all(root, tag).filter((e) => (e.getAttribute("class") ?? "").split(" ").includes(cls));
}

/** Every element under the root, the root included. */
function elements(doc: Document): Element[] {
  return all(doc, "*");
}

const sample = checked(sampleWorkbook());
const idHtml = reportHtml(sample, { date: DATE, workbook: "sampel-badan.xlsx" });
const enHtml = reportHtml(sample, { date: DATE, workbook: "sampel-badan.xlsx", lang: "en" });
const idDoc = parse(idHtml);
const enDoc = parse(enHtml);

describe("the report of the bundled Badan", () => {
  it("is one well-formed XHTML document in Indonesian, titled with the agency, year and date", () => {
    expect(idHtml.startsWith("<!DOCTYPE html>\n")).toBe(true);
    const root = idDoc.documentElement as Element;
    expect(root.tagName).toBe("html");
    expect(root.getAttribute("lang")).toBe("id");
    expect(text(all(idDoc, "title")[0])).toBe(
      "Laporan Keselarasan Kinerja — Badan Kepegawaian Nusantara"
    );
    expect(all(idDoc, "h1").map(text)).toEqual(["Laporan Keselarasan Kinerja"]);
    const facts = byClass(idDoc, "table", "facts")[0];
    expect(all(facts, "tr").map((r) => [text(all(r, "th")[0]), text(all(r, "td")[0])])).toEqual([
      ["Instansi", "Badan Kepegawaian Nusantara"],
      ["Tahun", "2026"],
      ["Tanggal laporan", "29 November 2026"],
      ["Berkas", "sampel-badan.xlsx"],
    ]);
    expect(all(idDoc, "h2").map(text)).toEqual([
      "Ringkasan",
      "Pohon kinerja",
      "Matriks cakupan",
      "Capaian kinerja",
      "Temuan dan tindak lanjut",
    ]);
  });

  it("loads nothing: no scripts, links, images or frames, and no address to fetch", () => {
    for (const tag of ["script", "link", "img", "iframe", "object", "embed", "image", "use"])
      expect(all(idDoc, tag)).toEqual([]);
    const addresses = elements(idDoc).flatMap((e) =>
      ["src", "href", "xlink:href", "srcset", "data", "action", "poster"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => v !== null)
    );
    expect(addresses.filter((v) => /^(https?:|\/\/)/i.test(v.trim()))).toEqual([]);
    // the style sheet fetches nothing either: no url(), no @import, no @font-face
    const css = all(idDoc, "style").map(text).join("\n");
    expect(css).not.toMatch(/url\(|@import|@font-face/i);
    expect(css).toContain("size: A4");
  });

  it("counts the findings per severity and per unit as the check does, the units with errors first", () => {
    const s = sample.summary;
    const boxes = byClass(idDoc, "div", "box").map((b) => [
      b.getAttribute("data-severity"),
      text(byClass(b, "span", "big")[0]),
    ]);
    expect(boxes).toEqual([
      ["error", String(s.errors)],
      ["warning", String(s.warnings)],
      ["info", String(s.info)],
    ]);
    const table = byClass(idDoc, "table", "per-unit")[0];
    const rows = byClass(table, "tr", "unit").map((r) => ({
      unit: text(all(r, "th")[0]),
      counts: all(r, "td").map((td) => Number(text(td))),
    }));
    const sum = (i: number) => rows.reduce((a, r) => a + r.counts[i], 0);
    expect([sum(0), sum(1), sum(2)]).toEqual([s.errors, s.warnings, s.info]);
    const total = all(byClass(table, "tr", "total")[0], "td").map((td) => Number(text(td)));
    expect(total).toEqual([s.errors, s.warnings, s.info]);
    // every unit with rows is listed, each once, with as many findings as the check gives it
    const units = [...sample.index.units.values()].filter((u) => u.rows.length > 0);
    for (const u of units) expect(rows.filter((r) => r.unit === u.name)).toHaveLength(1);
    for (const r of rows)
      expect(r.counts).toEqual(
        (["error", "warning", "info"] as const).map(
          (sev) => sample.findings.filter((f) => f.unit === r.unit && f.severity === sev).length
        )
      );
    // the most errors first: the Deputi (3), and the units with none after every unit with some
    expect(rows[0]).toEqual({ unit: "Deputi Bidang Mutasi Kepegawaian", counts: [3, 4, 0] });
    const firstClean = rows.findIndex((r) => r.counts[0] === 0);
    expect(rows.slice(firstClean).every((r) => r.counts[0] === 0)).toBe(true);
    // a unit named only by a matriks column (UNIT_NOT_FOUND) has its row too
    expect(rows.find((r) => r.unit === "Kantor Regional IV Banjarmasin")?.counts).toEqual([
      1, 0, 0,
    ]);
  });

  it("lists every finding once, at its cell, with its sentence and what to do, by severity then unit", () => {
    for (const [doc, lang] of [
      [idDoc, "id"],
      [enDoc, "en"],
    ] as Array<[Document, Lang]>) {
      const rows = byClass(doc, "tr", "finding");
      expect(rows).toHaveLength(sample.findings.length);
      const indices = rows.map((r) => Number(r.getAttribute("data-index")));
      expect([...indices].sort((a, b) => a - b)).toEqual(sample.findings.map((_, i) => i));
      for (const row of rows) {
        const f = sample.findings[Number(row.getAttribute("data-index"))];
        const cells = all(row, "td");
        expect(row.getAttribute("data-code")).toBe(f.code);
        expect(text(cells[0])).toBe(`${f.at ? `${f.at.sheet}!${f.at.cell}` : "—"}${f.code}`);
        expect(text(cells[1])).toContain(findingMessage(f, lang).replace(/\s+/g, " "));
        expect(text(cells[2])).toBe(helpFor(f.code, lang).fix.replace(/\s+/g, " "));
      }
      // one table per severity, errors first; within each, the units' groups in one order
      const tables = byClass(doc, "table", "findings");
      expect(tables.map((t) => t.getAttribute("data-severity"))).toEqual([
        "error",
        "warning",
        "info",
      ]);
      for (const t of tables) {
        const severities = byClass(t, "tr", "finding").map(
          (r) => sample.findings[Number(r.getAttribute("data-index"))].severity
        );
        expect(new Set(severities)).toEqual(new Set([t.getAttribute("data-severity")]));
        for (const body of all(t, "tbody")) {
          const unit = text(byClass(body, "tr", "group")[0]);
          const inGroup = byClass(body, "tr", "finding").map(
            (r) => sample.findings[Number(r.getAttribute("data-index"))].unit
          );
          expect(new Set(inGroup)).toEqual(new Set([unit]));
        }
      }
    }
    // the broken link's suggested parents, as the text output gives them
    const broken = byClass(idDoc, "tr", "finding").find(
      (r) => r.getAttribute("data-code") === "BROKEN_LINK"
    );
    expect(text(broken)).toContain(
      "Usulan induk: IKU 3 (Badan Kepegawaian Nusantara); IKU 4 (Badan Kepegawaian Nusantara)"
    );
  });

  it("draws the deep tree unit by unit: every cascade link once, every IKU at least once", () => {
    const pohon = buildPohon(sample);
    const nodes = pohonNodes(pohon);
    const tree = byClass(idDoc, "section", "tree")[0];
    expect(text(byClass(tree, "p", "lead")[0])).toContain("digambar per unit");
    // the Badan's own Sasaran first, then each unit that passes IKU on or has its own
    expect(all(tree, "h3").map(text)).toEqual([
      "Badan Kepegawaian Nusantara",
      "Sekretariat Utama",
      "Biro Umum",
      "Deputi Bidang Mutasi Kepegawaian",
      "Kantor Regional I Yogyakarta",
      "Kantor Regional II Surabaya",
      "Kantor Regional III Bandung",
      "Subbagian Rumah Tangga",
      "Pusat Pengembangan Kompetensi",
    ]);
    const figures = all(tree, "figure").map((f) => all(f, "svg")[0]);
    const drawn = figures.flatMap((svg) =>
      all(svg, "path").map((p) => p.getAttribute("data-edge"))
    );
    for (const type of ["full", "partial", "contributing"])
      expect(drawn.filter((e) => e === type)).toHaveLength(
        nodes.filter((n) => n.edge === type).length
      );
    const boxes = new Set(
      figures.flatMap((svg) => all(svg, "g").map((g) => g.getAttribute("data-node")))
    );
    for (const n of nodes.filter((x) => x.kind === "indicator" || x.kind === "missing"))
      expect(boxes.has(n.id)).toBe(true);
    // several pictures in one document: every id is unique, each picture scales to the page width
    const ids = elements(idDoc)
      .map((e) => e.getAttribute("id"))
      .filter((x) => x);
    expect(new Set(ids).size).toBe(ids.length);
    for (const svg of figures) expect(svg.getAttribute("viewBox")).toMatch(/^0 0 940 /);
  });

  it("writes the coverage matrix as the Cakupan sheet does: F / P / K / — in the status's colour", () => {
    const matrix = coverageMatrix(sample);
    const tables = byClass(idDoc, "table", "coverage");
    expect(tables.map((t) => t.getAttribute("data-unit"))).toEqual(
      matrix.blocks.map((b) => b.unit)
    );
    const deputi = tables[matrix.blocks.findIndex((b) => b.unit.startsWith("Deputi"))];
    const header = all(all(deputi, "thead")[0], "th").map(text);
    expect(header).toEqual([
      "Kode",
      "Indikator Kinerja",
      "Target",
      "Direktorat Status dan Kedudukan Kepegawaian",
      "Kantor Regional I Yogyakarta",
      "Kantor Regional II Surabaya",
      "Kantor Regional III Bandung",
    ]);
    const row12 = all(all(deputi, "tbody")[0], "tr").find((r) => text(all(r, "td")[0]) === "1.2");
    const marks = byClass(row12 as Element, "td", "mark").map((td) => [
      text(td),
      td.getAttribute("data-status"),
    ]);
    expect(marks).toEqual([
      ["—", "none"],
      ["P 40%", "aligned"],
      ["P", "findings"],
      ["P", "missing"],
    ]);
    // every cell of every block, once
    const cells = tables.reduce((a, t) => a + byClass(t, "td", "mark").length, 0);
    expect(cells).toBe(
      matrix.blocks.reduce((a, b) => a + b.rows.reduce((x, r) => x + r.cells.length, 0), 0)
    );
  });

  it("gives capaian per unit and per level, numbers as each language writes them", () => {
    const units = (doc: Document) =>
      all(byClass(doc, "table", "capaian-units")[0], "tr")
        .slice(1)
        .map((r) => [text(all(r, "th")[0]), ...all(r, "td").map(text)]);
    expect(units(idDoc)[0]).toEqual([
      "Badan Kepegawaian Nusantara",
      "Tingkat 1",
      "1",
      "96,84%",
      "hampir tercapai",
    ]);
    expect(units(enDoc)[0]).toEqual([
      "Badan Kepegawaian Nusantara",
      "Level 1",
      "1",
      "96.84%",
      "close",
    ]);
    expect(units(idDoc)).toHaveLength(sample.capaian?.units.length ?? -1);
    expect(all(byClass(idDoc, "table", "capaian-levels")[0], "tr")).toHaveLength(
      1 + (sample.capaian?.levels.length ?? -1)
    );
  });

  it("has no Indonesian heading or label in English, and no English one in Indonesian", () => {
    const labels = (doc: Document) =>
      elements(doc)
        .filter((e) => ["h1", "h2", "h3", "th", "strong", "title"].includes(e.tagName))
        .filter((e) => e.getAttribute("scope") !== "row" && e.getAttribute("scope") !== "rowgroup")
        // a severity heading counts its findings: "Galat (14)"
        .map((e) =>
          text(e)
            .replace(/ \([\d.,]+\)$/, "")
            .replace(/:$/, "")
        );
    const words = (lang: Lang) => {
      const w = REPORT_WORDS[lang];
      const out: string[] = [...Object.values(SEVERITY_LABEL[lang])];
      const visit = (x: unknown) => {
        if (typeof x === "string") out.push(x);
        else if (typeof x === "function") out.push((x as (s: string) => string)("1"));
        else if (x && typeof x === "object") Object.values(x).forEach(visit);
      };
      visit(w);
      return out;
    };
    const onlyId = words("id").filter((x) => !words("en").includes(x));
    const onlyEn = words("en").filter((x) => !words("id").includes(x));
    const enLabels = labels(enDoc);
    const idLabels = labels(idDoc);
    expect(enLabels.filter((l) => onlyId.includes(l))).toEqual([]);
    expect(idLabels.filter((l) => onlyEn.includes(l))).toEqual([]);
    // and each language does use its own
    expect(enLabels).toEqual(
      expect.arrayContaining(["Summary", "Findings per unit", "Coverage matrix", "What to do"])
    );
    expect(idLabels).toEqual(
      expect.arrayContaining([
        "Ringkasan",
        "Temuan per unit",
        "Matriks cakupan",
        "Yang perlu dilakukan",
      ])
    );
    expect(text(all(enDoc, "title")[0])).toBe(
      "Performance Alignment Report — Badan Kepegawaian Nusantara"
    );
  });

  it("is the same, byte for byte, for the same check and date; the date is the one passed in", () => {
    expect(reportHtml(sample, { date: DATE, workbook: "sampel-badan.xlsx" })).toBe(idHtml);
    const later = reportHtml(sample, { date: "2027-01-05", workbook: "sampel-badan.xlsx" });
    const changed = later.split("\n").filter((line, i) => line !== idHtml.split("\n")[i]);
    expect(changed).toEqual([
      '<tr><th scope="row">Tanggal laporan</th><td>5 Januari 2027</td></tr>',
    ]);
  });
});

describe("a report of one unit (--unit)", () => {
  const html = reportHtml(sample, { date: DATE, unit: "Kanreg I Yogyakarta", lang: "en" });
  const doc = parse(html);

  it("holds only the unit and the units below it, and says how many findings it left out", () => {
    const inScope = sample.findings.filter(
      (f) =>
        f.unit === "Kantor Regional I Yogyakarta" || f.unit === "Tim Kerja Layanan Mutasi Kanreg I"
    );
    expect(byClass(doc, "tr", "finding")).toHaveLength(inScope.length);
    expect(text(byClass(doc, "table", "facts")[0])).toContain(
      "Kantor Regional I Yogyakarta and the units below it"
    );
    expect(html).toContain(
      `${sample.findings.length - inScope.length} findings about units outside this scope are left out.`
    );
    expect(byClass(doc, "table", "coverage").map((t) => t.getAttribute("data-unit"))).toEqual([
      "Kantor Regional I Yogyakarta",
    ]);
    // its tree is three columns deep at most once the unit's box is left out: drawn per unit
    expect(all(byClass(doc, "section", "tree")[0], "h3").map(text)).toEqual([
      "Kantor Regional I Yogyakarta",
    ]);
    // no capaian is reported below the Deputi in the sample
    expect(byClass(doc, "section", "capaian")).toEqual([]);
  });
});

describe("the report of a Dinas Kesehatan", () => {
  const check = checked(dinasWithKesmas());
  const doc = parse(reportHtml(check, { date: DATE }));

  it("draws its shallow tree whole, counts as the check does, and has no capaian without realisasi", () => {
    const tree = byClass(doc, "section", "tree")[0];
    expect(text(byClass(tree, "p", "lead")[0])).toContain("Unit → Sasaran → IKU");
    expect(all(tree, "h3")).toEqual([]);
    expect(all(tree, "figure")).toHaveLength(buildPohon(check).roots.length);
    const total = all(byClass(doc, "tr", "total")[0], "td").map((td) => Number(text(td)));
    expect(total).toEqual([check.summary.errors, check.summary.warnings, check.summary.info]);
    expect(byClass(doc, "tr", "finding")).toHaveLength(check.findings.length);
    expect(byClass(doc, "section", "capaian")).toEqual([]);
    expect(text(byClass(doc, "table", "facts")[0])).toContain("InstansiDinas Kesehatan");
  });

  it("shows the Bidang with no PK yet as a missing cell for both IKU", () => {
    const table = byClass(doc, "table", "coverage")[0];
    expect(table.getAttribute("data-unit")).toBe("Dinas Kesehatan");
    const rows = all(all(table, "tbody")[0], "tr").map((r) => [
      text(all(r, "td")[1]),
      ...byClass(r, "td", "mark").map((td) => `${text(td)}:${td.getAttribute("data-status")}`),
    ]);
    expect(rows).toEqual([
      [PUSKESMAS, "F:findings", "F:missing"],
      [SIMPUS, "F:missing", "F:missing"],
    ]);
    expect(all(all(table, "thead")[0], "th").map(text).slice(3)).toEqual([
      "Bidang Pelayanan Kesehatan",
      KESMAS,
    ]);
  });
});

describe("workbook text in the report", () => {
  const BADAN = 'Badan "Nusantara" <Pusat> & Daerah';
  const BIRO = "Biro <Umum> & 'Kepegawaian'";
  const plan = new PlanBuilder()
    .unit(BADAN)
    .unit(BIRO, { parent: BADAN })
    .row(BADAN, {
      code: "1",
      name: "Indeks <b>kepuasan</b> & layanan",
      satuan: "Indeks",
      target: 80,
    })
    .row(BIRO, {
      name: "Jumlah <script>alert(1)</script> laporan",
      satuan: "Dokumen",
      target: 4,
      objective: "Tertibnya \u0007 administrasi",
    })
    .build();
  const check = checkPlan(plan);
  const html = reportHtml(check, { date: DATE, workbook: 'pk "2026" <final>.xlsx' });
  const doc = parse(html);

  it("is escaped everywhere: names with < & \" ' stay text, and nothing becomes markup", () => {
    expect(all(doc, "script")).toEqual([]);
    expect(all(doc, "b")).toEqual([]);
    const facts = text(byClass(doc, "table", "facts")[0]);
    expect(facts).toContain(`Instansi${BADAN}`);
    expect(facts).toContain('pk "2026" <final>.xlsx');
    expect(text(all(doc, "title")[0])).toBe(`Laporan Keselarasan Kinerja — ${BADAN}`);
    const units = byClass(byClass(doc, "table", "per-unit")[0], "tr", "unit").map((r) =>
      text(all(r, "th")[0])
    );
    expect(units).toEqual(expect.arrayContaining([BADAN, BIRO]));
    expect(text(doc.documentElement as Element)).toContain(
      "Jumlah <script>alert(1)</script> laporan"
    );
    // a control character pasted into a cell cannot break the document
    expect(html).not.toContain("\u0007");
    // the footer's agency is a CSS string: its quotes and brackets escaped for CSS
    const css = all(doc, "style")[0].textContent ?? "";
    expect(css).toContain(
      '@bottom-left { content: "Laporan Keselarasan Kinerja — Badan \\22 Nusantara\\22  \\3c Pusat\\3e  \\26  Daerah · 2026"'
    );
  });
});

describe("plans too big for one page", () => {
  it("splits a matriks of many child units into tables of a few columns each", () => {
    const b = new PlanBuilder().unit("Deputi Bidang Pelayanan");
    b.row("Deputi Bidang Pelayanan", {
      code: "1",
      name: "Persentase layanan selesai tepat waktu",
      satuan: "%",
      target: 95,
    });
    const kanreg = Array.from({ length: 12 }, (_, i) => `Kantor Regional ${i + 1}`);
    for (const k of kanreg) {
      b.unit(k, { parent: "Deputi Bidang Pelayanan" });
      b.row(k, {
        name: "Persentase layanan selesai tepat waktu",
        satuan: "%",
        target: 95,
        link: "1",
      });
    }
    const doc = parse(reportHtml(checkPlan(b.build()), { date: DATE }));
    const tables = byClass(doc, "table", "coverage");
    expect(tables).toHaveLength(Math.ceil(12 / COVERAGE_COLUMNS));
    expect(tables.flatMap((t) => all(all(t, "thead")[0], "th").map(text).slice(3))).toEqual(kanreg);
    const headings = all(byClass(doc, "section", "coverage")[0], "h3").map(text);
    expect(headings[0]).toBe("Deputi Bidang Pelayanan");
    expect(headings.slice(1)).toEqual(
      Array.from({ length: tables.length - 1 }, () => "Deputi Bidang Pelayanan (lanjutan)")
    );
  });

  it("says how to print a tree of hundreds of boxes instead of drawing it", () => {
    const b = new PlanBuilder().unit("Dinas Kesehatan");
    for (let i = 1; i <= 700; i++)
      b.row("Dinas Kesehatan", {
        code: String(i),
        name: `Jumlah desa siaga aktif di kecamatan ${i}`,
        satuan: "Desa",
        target: 4,
      });
    const doc = parse(reportHtml(checkPlan(b.build()), { date: DATE, lang: "en" }));
    const tree = byClass(doc, "section", "tree")[0];
    expect(all(tree, "figure")).toEqual([]);
    expect(text(tree)).toContain(
      'This tree is too large to print (701 boxes). Make a report of one unit with --unit "<unit name>"'
    );
  });
});
