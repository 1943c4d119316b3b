/**
 * The report to print (issue 15) in a real browser: the bundled sample's report opened from a
 * file:// URL in Debian's chromium and printed to PDF, as a planner's "Save as PDF" would. Needs no
 * build (the report is made here by the engine); the screenshot of its first page goes to
 * docs/screenshots/ for the README.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import type { Browser } from "playwright-core";
import { checkPlan } from "../../src/core/check";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import { reportHtml } from "../../src/workbook/report";
import { launch } from "./harness";

const shots = path.join(__dirname, "..", "..", "docs", "screenshots");
/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
const A4 = { width: 595.28, height: 841.89 };

let browser: Browser;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selaras-laporan-"));
  file = path.join(dir, "laporan-sampel.html");
  const check = checkPlan(readWorkbook(gridsFromSpec(sampleWorkbook())).plan);
  await fs.writeFile(
    file,
    reportHtml(check, { date: "2026-11-29", workbook: "sampel-badan.xlsx" }),
    "utf8"
  );
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * Each page's MediaBox, read from the PDF's page objects (chromium writes them uncompressed):
 * [x0 y0 x1 y1] in points.
 */
function pageSizes(pdf: Buffer): Array<{ width: number; height: number }> {
  const text = pdf.toString("latin1");
  const sizes: Array<{ width: number; height: number }> = [];
  const page = /\/Type\s*\/Page(?![a-zA-Z])/g;
  for (let m = page.exec(text); m; m = page.exec(text)) {
    const start = text.lastIndexOf(" obj", m.index);
    const end = text.indexOf("endobj", m.index);
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(
      text.slice(start, end)
    );
    if (!box) throw new Error(`a page object without its MediaBox at byte ${m.index}`);
    const [x0, y0, x1, y1] = box.slice(1).map(Number);
    sizes.push({ width: x1 - x0, height: y1 - y0 });
  }
  return sizes;
}

describe("the printed report of the bundled sample", () => {
  it("prints to several A4 pages from a file:// URL, and asks for nothing beyond its own file", async () => {
    const context = await browser.newContext();
    const blocked: string[] = [];
    const requested: string[] = [];
    // everything that is not the file itself is refused and recorded
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("request", (r) => requested.push(r.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: "load" });
    await page.getByRole("heading", { name: "Laporan Keselarasan Kinerja" }).waitFor();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const sizes = pageSizes(pdf);
    // the sample: the summary, the tree unit by unit, the matrix and capaian, 35 findings
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    // chromium rounds the sheet to its pixel grid: A4 to within a point
    for (const s of sizes) {
      expect(Math.abs(s.width - A4.width)).toBeLessThan(1);
      expect(Math.abs(s.height - A4.height)).toBeLessThan(1);
    }
    expect(blocked).toEqual([]);
    expect(requested).toEqual([url]);
    await context.close();
  });

  it("shows its first page as printed (docs/screenshots/laporan-sampel.png)", async () => {
    // A4 at 96 px per inch; the screen style sets the page's margins, and what the printed page
    // moves to page 2 (the tree starts a new page) is hidden here
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(pathToFileURL(file).href);
    await page.addStyleTag({
      content: "html { background: #FFFFFF; } section.tree, section.tree ~ * { display: none; }",
    });
    await fs.mkdir(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, "laporan-sampel.png") });
    const summary = await page.locator("section.summary").boundingBox();
    expect(summary).not.toBeNull();
    // the summary with its table of units fits the first page
    expect((summary?.y ?? 0) + (summary?.height ?? Infinity)).toBeLessThan(1123);
    await page.close();
  });
});
