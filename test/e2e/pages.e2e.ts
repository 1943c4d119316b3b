/**
 * The built pages in a real browser (Debian's chromium): the standalone web page over the bundled
 * sample and a PK look-alike — served (dist/index.html) and as the single file a planner keeps in a
 * folder (dist/selaras.html, copied alone into a folder and opened from file://) — and the task
 * pane outside Office. Screenshots of the main screens go to docs/screenshots/ (the README shows
 * them), from the served page. Run `npm run build` first.
 */
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { pathToFileURL } from "url";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { pkBpbd, workbook } from "../fixtures/lookalikes";
import { dist, guardedPage, launch, serveDist, type Guarded } from "./harness";

const shots = path.join(__dirname, "..", "..", "docs", "screenshots");
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let dir: string;
let samplePath: string;
let pkPath: string;
/** dist/selaras.html copied alone into a folder, as on a USB stick. */
let singleUrl: string;

/** A way the web page reaches a planner. */
interface WebTarget {
  name: string;
  url: () => string;
  /** The single file asks for nothing but itself (its worker and help page are Blob URLs). */
  single: boolean;
}

const TARGETS: WebTarget[] = [
  { name: "served (dist/index.html)", url: () => `${server.url}/index.html`, single: false },
  { name: "one file from a folder (selaras.html)", url: () => singleUrl, single: true },
];

beforeAll(async () => {
  if (!existsSync(path.join(dist, "index.html")))
    throw new Error("dist/ is missing: run `npm run build` first");
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selaras-e2e-"));
  samplePath = path.join(dir, "sampel-badan.xlsx");
  pkPath = path.join(dir, "pk-bpbd.xlsx");
  await fs.writeFile(samplePath, await xlsxFromSpec(sampleWorkbook()));
  await fs.writeFile(pkPath, await xlsxFromSpec(workbook(pkBpbd())));
  await fs.mkdir(shots, { recursive: true });
  const stick = path.join(dir, "USB Perencanaan");
  await fs.mkdir(stick);
  await fs.copyFile(path.join(dist, "selaras.html"), path.join(stick, "selaras.html"));
  singleUrl = pathToFileURL(path.join(stick, "selaras.html")).href;
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function openWeb(target: WebTarget): Promise<Guarded> {
  const g = await guardedPage(browser);
  await g.page.setViewportSize({ width: 900, height: 1100 });
  await g.page.goto(target.url());
  await g.page.getByRole("heading", { name: /Selaras/ }).waitFor();
  return g;
}

/**
 * Closes the page once sure it asked for nothing beyond the machine: the served page nothing
 * beyond 127.0.0.1, the single file nothing beyond itself (not even a file beside it).
 */
async function closeLocal(target: WebTarget, { context, blocked, requests }: Guarded) {
  expect(blocked).toEqual([]);
  if (target.single)
    expect(requests.filter((u) => u !== target.url() && !/^(blob|data):/.test(u))).toEqual([]);
  await context.close();
}

/** A screenshot for the README, taken of the served page (the single file looks the same). */
async function shot(target: WebTarget, page: Page, name: string, fullPage = false) {
  if (!target.single) await page.screenshot({ path: path.join(shots, name), fullPage });
}

async function openWorkbook(page: Page, file: string) {
  await page.setInputFiles("#workbook-file", file);
  await page.getByRole("tab", { name: "Periksa" }).waitFor();
}

describe.each(TARGETS)("the standalone web page, $name", (target) => {
  it("checks the bundled sample: 35 findings, one of each code; clicking one shows its cell", async () => {
    const g = await openWeb(target);
    const { page } = g;
    await shot(target, page, "web-open.png");
    await openWorkbook(page, samplePath);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/Pemeriksaan selesai: 35 temuan/).waitFor();
    await page
      .getByRole("button", { name: /Cascading penuh: target/ })
      .first()
      .click();
    await page.getByRole("status").filter({ hasText: "IKU Eselon II!E14: 90" }).waitFor();
    await shot(target, page, "web-check.png", true);
    await closeLocal(target, g);
  });

  it("fills with the conflicts left unticked, and the download holds exactly that", async () => {
    const g = await openWeb(target);
    const { page } = g;
    await openWorkbook(page, samplePath);
    await page.getByRole("tab", { name: "Isi unit bawahan" }).click();
    await page.getByRole("button", { name: "Pratinjau" }).click();
    await page.getByRole("heading", { name: /Konflik \(\d+\)/ }).waitFor();
    const boxes = page.getByRole("checkbox");
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    await shot(target, page, "web-fill-preview.png", true);
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.getByText(/sel ditulis/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh workbook" }).click(),
    ]);
    const saved = path.join(dir, "unduhan.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet("IKU Eselon II") as ExcelJS.Worksheet;
    expect(ws.getCell("E14").value).toBe(90); // the conflict, left alone
    expect(ws.getCell("A26").value).toBe("Kantor Regional III Bandung"); // the new row
    expect(ws.getCell("H17").value).toBe(95); // an empty quarter, filled
    await closeLocal(target, g);
  });

  it("reads a PK look-alike: merged Sasaran, '0,9 Angka' targets, a Program table below", async () => {
    const g = await openWeb(target);
    const { page } = g;
    await openWorkbook(page, pkPath);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/Pemeriksaan selesai: 0 temuan/).waitFor();
    await page.getByRole("tab", { name: "Pemetaan" }).click();
    await page
      .getByText(/KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH/)
      .first()
      .waitFor();
    await shot(target, page, "web-setup.png", true);
    await closeLocal(target, g);
  });

  it("switches to English", async () => {
    const g = await openWeb(target);
    const { page } = g;
    await openWorkbook(page, samplePath);
    await page.getByRole("switch", { name: "English" }).click();
    await page.getByRole("button", { name: "Check alignment" }).waitFor();
    await page.getByRole("button", { name: "Download workbook" }).waitFor();
    await closeLocal(target, g);
  });

  it("says clearly why a file is not a workbook", async () => {
    const g = await openWeb(target);
    const { page } = g;
    const bad = path.join(dir, "catatan.xlsx");
    await fs.writeFile(bad, "bukan workbook");
    await page.setInputFiles("#workbook-file", bad);
    await page.getByRole("alert").filter({ hasText: "catatan.xlsx: bukan file .xlsx" }).waitFor();
    await closeLocal(target, g);
  });

  it("warns before a fill that was not downloaded is lost: leaving the page, or opening another workbook", async () => {
    const g = await openWeb(target);
    const { page } = g;
    await openWorkbook(page, samplePath);
    await page.getByText("Workbook: sampel-badan.xlsx").waitFor();
    await page.getByRole("tab", { name: "Isi unit bawahan" }).click();
    await page.getByRole("button", { name: "Pratinjau" }).click();
    await page.getByRole("heading", { name: /Konflik \(\d+\)/ }).waitFor();
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.getByText(/sel ditulis\..*Unduh workbook untuk menyimpan perubahan ini\./).waitFor();
    await page.getByText(/Ada perubahan yang belum diunduh/).waitFor();
    // opening another workbook asks first; "no" keeps this one
    const asked: string[] = [];
    page.once("dialog", (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await page.getByRole("button", { name: "Buka workbook lain" }).click();
    expect(asked).toEqual(["confirm"]);
    await page.getByText("Workbook: sampel-badan.xlsx").waitFor();
    // leaving the page asks too (the page cancels its beforeunload), until it is downloaded
    const leaving = () =>
      page.evaluate(() => {
        const e = new Event("beforeunload", { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      });
    expect(await leaving()).toBe(true);
    await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh workbook" }).click(),
    ]);
    expect(await leaving()).toBe(false);
    await closeLocal(target, g);
  });

  it("at 350 px, a clicked finding's cell shows in view, not at the top of the page", async () => {
    const g = await openWeb(target);
    const { page } = g;
    await page.setViewportSize({ width: 350, height: 640 });
    await openWorkbook(page, samplePath);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/Pemeriksaan selesai: 35 temuan/).waitFor();
    const finding = page.getByRole("button", { name: /IKU Eselon II!E14 · FULL_DRIFT$/ });
    await finding.scrollIntoViewIfNeeded();
    await finding.click();
    const bar = page.getByRole("status").filter({ hasText: "Sel terpilih: IKU Eselon II!E14: 90" });
    await bar.waitFor();
    const box = await bar.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 640).toBe(true);
    await closeLocal(target, g);
  });

  it.each([270, 320, 350, 900])(
    "passes axe's WCAG and best-practice rules at %i px, with the findings' help open",
    async (width) => {
      const g = await openWeb(target);
      const { page } = g;
      await page.setViewportSize({ width, height: 900 });
      await openWorkbook(page, samplePath);
      await page.getByRole("button", { name: "Periksa keselarasan" }).click();
      await page.getByText(/Pemeriksaan selesai/).waitFor();
      await page.getByRole("button", { name: "Ringkasan per unit" }).click();
      await page.getByRole("button", { name: "Apa artinya?" }).first().click();
      // the help texts load as their own chunk: axe checks them drawn
      await page.getByRole("link", { name: "Bantuan lengkap" }).first().waitFor();
      const result = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "best-practice"])
        .exclude("[data-tabster-dummy]")
        .analyze();
      expect(
        result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")} — ${v.help}`
        )
      ).toEqual([]);
      // nothing wider than the pane: no control cut off at the right
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await closeLocal(target, g);
    }
  );
  it("keeps the bulk result whole at 270, 320 and 350 px: TW IV reached by scrolling the table, the units in view", async () => {
    for (const width of [270, 320, 350]) {
      const g = await openWeb(target);
      const { page } = g;
      await page.setViewportSize({ width, height: 900 });
      await openWorkbook(page, samplePath);
      await page.getByRole("tab", { name: "Target massal" }).click();
      await page.getByRole("button", { name: "Baca workbook" }).click();
      const parent = page.getByLabel("IKU induk");
      const talenta = await parent.evaluate(
        (s: HTMLSelectElement) => [...s.options].find((o) => o.text.startsWith("1.2 ·"))?.value
      );
      await parent.selectOption(talenta ?? "");
      await page.getByRole("radio", { name: "Kumulatif (TW IV = tahunan)" }).check();
      const region = page.getByRole("region", { name: /^Hasil/ });
      await region.waitFor();
      // the page itself never scrolls sideways; the table does, inside its labelled area
      const seen = await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        const area = el.getBoundingClientRect();
        const edge = (cell: Element | null | undefined) => cell?.getBoundingClientRect();
        const tw4 = edge([...el.querySelectorAll("th")].find((h) => h.textContent === "TW IV"));
        const unit = edge(el.querySelector("tbody th"));
        return {
          page: document.documentElement.scrollWidth <= window.innerWidth,
          tw4: !!tw4 && tw4.left >= area.left && tw4.right <= area.right + 1,
          unit: !!unit && Math.abs(unit.left - area.left) < 1,
        };
      });
      expect({ width, ...seen }).toEqual({ width, page: true, tw4: true, unit: true });
      // nor does it once the weight boxes show, a Tim Kerja indented under its Kantor Regional
      await page.getByRole("radio", { name: "Menurut bobot per unit" }).check();
      await page.getByRole("radio", { name: "Semua turunan" }).check();
      await page.getByRole("checkbox", { name: /^Tim Kerja/ }).check();
      // measured once the engine's answer is drawn (a busy CI machine can catch a frame between)
      await page
        .waitForFunction((w) => document.documentElement.scrollWidth <= w, width, {
          timeout: 10000,
        })
        .catch(() => undefined);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ width, pageWidth }).toEqual({ width, pageWidth: width });
      if (width === 270) {
        const result = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa"])
          .include("main")
          .exclude("[data-tabster-dummy]")
          .analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      }
      await closeLocal(target, g);
    }
  });

  it("passes an automated accessibility check, and every control is reachable by keyboard", async () => {
    const g = await openWeb(target);
    const { page } = g;
    await openWorkbook(page, samplePath);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/Pemeriksaan selesai/).waitFor();
    // Fluent UI's focus manager (tabster) puts invisible <i data-tabster-dummy> focus guards at
    // the edges of focus zones on purpose; axe reads them as focusable hidden elements.
    const result = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa"])
      .exclude("[data-tabster-dummy]")
      .analyze();
    expect(
      result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")} — ${v.help}`
      )
    ).toEqual([]);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(focused).toBeTruthy();
    await closeLocal(target, g);
  });
});

describe("the web page opened from a folder (file://)", () => {
  const single: WebTarget = TARGETS[1];

  it("dist/index.html works too, its engine on the page and its chunks beside it", async () => {
    const { page, blocked, context } = await guardedPage(browser);
    await page.goto(pathToFileURL(path.join(dist, "index.html")).href);
    await openWorkbook(page, samplePath);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/Pemeriksaan selesai: 35 temuan/).waitFor();
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("selaras.html starts its engine in a worker from inside itself, and opens the help from inside itself", async () => {
    const g = await openWeb(single);
    const { page } = g;
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await openWorkbook(page, samplePath);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/Pemeriksaan selesai: 35 temuan/).waitFor();
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/^blob:/);
    // the finding's "full help" link: the inlined help page, at that finding's code
    await page.getByRole("button", { name: "Apa artinya?" }).first().click();
    const [help] = await Promise.all([
      page.waitForEvent("popup"),
      page.getByRole("link", { name: "Bantuan lengkap" }).first().click(),
    ]);
    await help.waitForLoadState();
    expect(help.url()).toMatch(/^blob:.*#[A-Z_]+$/);
    expect(await help.title()).toBe("Bantuan Selaras");
    const anchor = new URL(help.url()).hash.slice(1);
    expect(await help.locator(`[id="${anchor}"]`).count()).toBe(1);
    await closeLocal(single, g);
  });

  it("selaras.html works where no worker may start: the same engine runs on the page", async () => {
    const g = await guardedPage(browser);
    await g.context.addInitScript(() => {
      (window as unknown as { Worker: undefined }).Worker = undefined;
    });
    const { page } = g;
    await page.goto(single.url());
    await openWorkbook(page, samplePath);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/Pemeriksaan selesai: 35 temuan/).waitFor();
    // a file that is not a workbook still says so, across the page's own channel
    const bad = path.join(dir, "catatan-lain.xlsx");
    await fs.writeFile(bad, "bukan workbook");
    await page.setInputFiles("#workbook-file", bad);
    await page
      .getByRole("alert")
      .filter({ hasText: "catatan-lain.xlsx: bukan file .xlsx" })
      .waitFor();
    await closeLocal(single, g);
  });
});

describe("the pohon kinerja on the web page", () => {
  /** Opens the sample, checks it, opens the Pohon tab at `width` and waits for its tree. */
  async function openTree(width: number) {
    const g = await openWeb(TARGETS[0]);
    await g.page.setViewportSize({ width, height: 900 });
    await openWorkbook(g.page, samplePath);
    await g.page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await g.page.getByText(/Pemeriksaan selesai: 35 temuan/).waitFor();
    await g.page.getByRole("tab", { name: "Pohon kinerja" }).click();
    const tree = g.page.getByRole("tree", { name: "Pohon kinerja" });
    await tree.waitFor();
    return { ...g, tree };
  }

  async function axeViolations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "best-practice"])
      .exclude("[data-tabster-dummy]")
      .analyze();
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")} — ${v.help}`
    );
  }

  it("at 270 px: an outline that fits the pane, walked by keyboard; Enter shows a node's findings and its cell", async () => {
    const { page, tree, blocked, context } = await openTree(270);
    expect(await tree.getByRole("treeitem").count()).toBe(54);
    expect(await axeViolations(page)).toEqual([]);
    // the page never scrolls sideways; a deep line scrolls inside the tree's own box
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(pageOverflow).toBeLessThanOrEqual(0);
    // "Muat lebar" shrinks the tree until its widest line fits the box
    await page.getByRole("button", { name: "Muat lebar" }).click();
    const fitted = await tree.evaluate((el) => {
      const box = el.parentElement as HTMLElement;
      return { zoom: Number(el.style.zoom), fits: box.scrollWidth <= box.clientWidth + 1 };
    });
    expect(fitted.zoom).toBeLessThan(1);
    expect(fitted.fits).toBe(true);
    await page.screenshot({ path: path.join(shots, "web-pohon-270.png"), fullPage: true });

    // one tab stop; the arrows walk the tree
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    await tree.getByRole("treeitem").first().focus();
    expect(await focused()).toBe("Unit kerja: Badan Kepegawaian Nusantara");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("Sasaran: Meningkatnya profesionalitas ASN");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe("Sasaran: Meningkatnya profesionalitas ASN. di bawahnya: galat");
    expect(await tree.getByRole("treeitem").count()).toBe(42);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatch(/^IKU · Sekretariat Utama: Jumlah dokumen perencanaan/);
    await page.keyboard.press("Enter");
    await page
      .getByRole("region", { name: "Temuan: Jumlah dokumen perencanaan dan anggaran yang disusun" })
      .getByText(/LOW_RELEVANCE/)
      .waitFor();
    await page.getByRole("status").filter({ hasText: "Sel terpilih: PK Sestama!C5" }).waitFor();
    await page.keyboard.press("End");
    expect(await focused()).toMatch(/^IKU: Jumlah ASN yang mengikuti pelatihan kepemimpinan/);
    expect(await axeViolations(page)).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("at 1000 px: the whole tree, downloaded as SVG and PNG, with no request beyond the page", async () => {
    const { page, tree, blocked, context } = await openTree(1000);
    expect(await axeViolations(page)).toEqual([]);
    await tree
      .getByRole("treeitem", { name: /^IKU 1\.1 · Deputi Bidang Mutasi Kepegawaian/ })
      // its own row, not the middle of the open subtree below it
      .click({ position: { x: 60, y: 12 } });
    await page.getByRole("region", { name: /^Temuan: Persentase layanan mutasi/ }).waitFor();
    await page.screenshot({ path: path.join(shots, "web-pohon.png"), fullPage: true });

    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh SVG" }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe("pohon-kinerja.svg");
    const svgPath = path.join(dir, "pohon.svg");
    await svgDownload.saveAs(svgPath);
    const svg = await fs.readFile(svgPath, "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("Pohon Kinerja — Badan Kepegawaian Nusantara");
    expect((svg.match(/data-node=/g) ?? []).length).toBe(54);

    // one unit's tree, as a PNG drawn in the browser
    await page
      .getByRole("tabpanel", { name: "Pohon kinerja" })
      .getByLabel("Unit", { exact: true })
      .selectOption("Deputi Bidang Mutasi Kepegawaian");
    await tree
      .getByRole("treeitem", { name: "Unit kerja: Deputi Bidang Mutasi Kepegawaian" })
      .waitFor();
    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh PNG" }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe(
      "pohon-kinerja-deputi-bidang-mutasi-kepegawaian.png"
    );
    const pngPath = path.join(dir, "pohon.png");
    await pngDownload.saveAs(pngPath);
    const png = await fs.readFile(pngPath);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // twice the picture's size: width and height from the PNG's header
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1880);
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe("the task pane outside Office", () => {
  it("boots with office.js served locally and says it needs Excel", async () => {
    const { page, blocked, context } = await guardedPage(browser);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText(/Panel ini perlu Excel/).waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(shots, "taskpane-outside-excel.png") });
    // office.js may try one telemetry request to Microsoft: the only kind of request blocked
    expect(
      blocked.every((u) => /microsoft|office|live\.com|msocdn|aka\.ms/i.test(new URL(u).hostname))
    ).toBe(true);
    await context.close();
  });
});
