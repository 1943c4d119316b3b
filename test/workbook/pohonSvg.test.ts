import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { checkPlan } from "../../src/core/check";
import { buildPohon, pohonNodes } from "../../src/core/pohon";
import { targetText } from "../../src/core/targetText";
import { parseTarget } from "../../src/core/values";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec } from "../../src/sample/spec";
import { pohonSvg, wrap } from "../../src/workbook/pohonSvg";
import { readWorkbook } from "../../src/workbook/read";
import { PlanBuilder } from "../core/planBuilder";

/** The SVG parsed strictly: any XML error fails the test. */
function parse(svg: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  return doc;
}

function elements(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name));
}

/** A node's group by the label of its box's tooltip first line. */
function nodeGroups(doc: Document): Element[] {
  return elements(doc, "g").filter((g) => /\bnode\b/.test(g.getAttribute("class") ?? ""));
}

const check = checkPlan(readWorkbook(gridsFromSpec(sampleWorkbook())).plan);
const pohon = buildPohon(check);

describe("the pohon kinerja as SVG", () => {
  const svg = pohonSvg(pohon, { findings: check.findings });
  const doc = parse(svg);

  it("is one well-formed SVG that scales: a viewBox, a title naming the Badan and the year", () => {
    const root = doc.documentElement as Element;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("viewBox")).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
    expect(elements(doc, "title")[0].textContent).toBe(
      "Pohon Kinerja — Badan Kepegawaian Nusantara — Tahun 2026"
    );
  });

  it("draws a box for every node of the tree and a link for every child", () => {
    expect(nodeGroups(doc)).toHaveLength(pohon.nodes);
    const edges = elements(doc, "path").filter((p) => p.getAttribute("data-edge"));
    expect(edges).toHaveLength(pohon.nodes - pohon.roots.length);
    const byType = (t: string) => edges.filter((e) => e.getAttribute("data-edge") === t).length;
    const nodes = pohonNodes(pohon);
    for (const t of ["full", "partial", "contributing"])
      expect(byType(t)).toBe(nodes.filter((n) => n.edge === t).length);
    // partial dashed, contributing dotted, full solid
    const dash = (t: string) =>
      edges.find((e) => e.getAttribute("data-edge") === t)?.getAttribute("stroke-dasharray");
    expect(dash("full")).toBeNull();
    expect(dash("partial")).toBe("7 4");
    expect(dash("contributing")).toBe("1.5 3.5");
  });

  it("fills each box with the workbook's colour for its worst finding, and keeps its cell", () => {
    const fillOf = (g: Element) => g.getElementsByTagName("rect")[0].getAttribute("fill");
    const groups = nodeGroups(doc);
    const drift = groups.find((g) => g.getAttribute("data-node") === "iku:IKU Eselon II!14");
    expect(drift?.getAttribute("data-sheet")).toBe("IKU Eselon II");
    expect(drift?.getAttribute("data-cell")).toBe("C14");
    expect(fillOf(drift as Element)).toBe("#FFC7CE");
    const warning = groups.find((g) => g.getAttribute("data-node") === "iku:IKU Eselon II!17");
    expect(fillOf(warning as Element)).toBe("#FFEB9C");
    const info = groups.find((g) => g.getAttribute("data-node") === "iku:PK Badan!7");
    expect(fillOf(info as Element)).toBe("#DDEBF7");
    const clean = groups.find((g) => g.getAttribute("data-node") === "iku:IKU Eselon II!15");
    expect(fillOf(clean as Element)).toBe("#FFFFFF");
    // the box's tooltip names the finding in a sentence
    expect(drift?.getElementsByTagName("title")[0].textContent).toContain("Galat FULL_DRIFT: ");
  });

  it("has a legend of the three cascade types and the colours, in Indonesian or English", () => {
    const legend = (s: string) =>
      elements(parse(s), "g")
        .find((g) => g.getAttribute("class") === "legend")
        ?.getElementsByTagName("text");
    const texts = (s: string) => Array.from(legend(s) ?? []).map((t) => t.textContent);
    expect(texts(svg)).toEqual([
      "Penuh (F)",
      "Sebagian (P)",
      "Kontribusi (K)",
      "Galat",
      "Peringatan",
      "Info",
      "Tanpa temuan",
      "Belum ada baris",
    ]);
    const en = pohonSvg(pohon, { lang: "en", findings: check.findings });
    expect(texts(en)).toEqual([
      "Full (F)",
      "Partial (P)",
      "Contributing (C)",
      "Error",
      "Warning",
      "Info",
      "No findings",
      "No row yet",
    ]);
    expect(elements(parse(en), "title")[0].textContent).toBe(
      "Performance tree (pohon kinerja) — Badan Kepegawaian Nusantara — 2026"
    );
  });

  it("leaves out its drawn title and legend for a document that says them, and prefixes its ids", () => {
    const bare = parse(
      pohonSvg(pohon, { findings: check.findings, header: false, idPrefix: "t2-" })
    );
    expect(elements(bare, "g").filter((g) => g.getAttribute("class") === "legend")).toEqual([]);
    // the title stays for a reader of the picture alone; only the boxes' text is drawn
    const title = elements(bare, "title")[0];
    expect(title.getAttribute("id")).toBe("t2-pohon-title");
    expect((bare.documentElement as Element).getAttribute("aria-labelledby")).toBe(
      "t2-pohon-title"
    );
    const ids = nodeGroups(bare).map((g) => g.getAttribute("id"));
    expect(ids).toHaveLength(pohon.nodes);
    expect(ids.every((id) => id?.startsWith("t2-n"))).toBe(true);
    // 112 units shorter: the header's band is gone
    const height = (d: Document) =>
      Number(((d.documentElement as Element).getAttribute("viewBox") ?? "").split(" ")[3]);
    expect(height(doc) - height(bare)).toBe(112);
  });

  it("is the same text every time, and fetches nothing", () => {
    expect(pohonSvg(buildPohon(check), { findings: check.findings })).toBe(svg);
    expect(svg).not.toMatch(/href|<image|@import|url\(|<script|<foreignObject/i);
    expect(svg.match(/https?:\/\/[^"]*/g)).toEqual(["http://www.w3.org/2000/svg"]);
  });
});

describe("names as planners write them", () => {
  it("escapes <, & and > in names, and keeps a long name whole in the tooltip", () => {
    const long =
      'Persentase <rekomendasi> & tindak lanjut hasil pengawasan "internal" yang diselesaikan tepat waktu sesuai ketentuan peraturan perundang-undangan';
    const plan = new PlanBuilder()
      .unit("Inspektorat <Utama> & Co")
      .row("Inspektorat <Utama> & Co", {
        code: "1",
        name: long,
        objective: "Meningkatnya A&B > C",
        target: "≥ 90",
        satuan: "%",
      })
      .build();
    const svg = pohonSvg(buildPohon(checkPlan(plan)));
    const doc = parse(svg);
    const texts = elements(doc, "text").map((t) => t.textContent ?? "");
    expect(texts).toContain("Inspektorat <Utama> & Co");
    expect(texts).toContain("Meningkatnya A&B > C");
    // wrapped to three lines, the last cut with an ellipsis
    const box = nodeGroups(doc).find((g) => g.getAttribute("data-node")?.startsWith("iku:"));
    const lines = Array.from(box?.getElementsByTagName("text") ?? []).map((t) => t.textContent);
    expect(lines[1]).toBe("Persentase <rekomendasi> &");
    expect(lines[3]).toMatch(/…$/);
    expect(lines[4]).toBe("Target: ≥ 90%");
    expect(box?.getElementsByTagName("title")[0].textContent).toContain(long);
    expect(svg).toContain("&lt;Utama&gt; &amp; Co");
  });

  it("drops characters XML cannot hold (a control character pasted into a cell)", () => {
    const plan = new PlanBuilder()
      .unit("Biro Umum")
      .row("Biro Umum", { name: "Indeks\u0001 kepuasan\u000b layanan", target: 3.5 })
      .build();
    const doc = parse(pohonSvg(buildPohon(checkPlan(plan))));
    expect(elements(doc, "text").map((t) => t.textContent)).toContain("Indeks kepuasan layanan");
  });

  it("says so when there is nothing to draw", () => {
    const svg = pohonSvg({ roots: [], nodes: 0, unplaced: [], unit: "Biro Hukum" }, { lang: "en" });
    const texts = elements(parse(svg), "text").map((t) => t.textContent);
    expect(texts).toContain("No IKU to draw.");
  });
});

describe("text in the boxes", () => {
  it("wraps on spaces, breaks a word longer than a line, and cuts the last line with …", () => {
    expect(wrap("Jumlah dokumen perencanaan", 12, 3)).toEqual(["Jumlah", "dokumen", "perencanaan"]);
    expect(wrap("2896.BMA.004.001.002", 8, 3)).toEqual(["2896.BMA", ".004.001", ".002"]);
    expect(wrap("a b c d e f g h", 3, 2)).toEqual(["a b", "c…"]);
  });

  it("writes a number target in the language's form, anything else as written", () => {
    expect(targetText(parseTarget(1250), "Orang", "id")).toBe("1.250 Orang");
    expect(targetText(parseTarget(1250), "Orang", "en")).toBe("1,250 Orang");
    expect(targetText(parseTarget(76.5), "%", "id")).toBe("76,5%");
    expect(targetText(parseTarget(0.95, { numberFormat: "0%" }), "%", "id")).toBe("95%");
    expect(targetText(parseTarget("80,00 Persen"), "Persen", "id")).toBe("80,00 Persen");
    expect(targetText(parseTarget("80,00 Persen"), "Persen", "en")).toBe("80.00 Persen");
    expect(targetText(parseTarget("WTP"), "Opini", "id")).toBe("WTP");
    expect(targetText(parseTarget(null), "%", "id")).toBe("—");
  });
});
