/**
 * A long findings list in the browser: a Bidang whose 3 000 rows each name an IKU outside the
 * workbook gives 3 000 findings; only the rows near the window are drawn, and scrolling
 * reaches the last one.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser } from "playwright-core";
import { xlsxFromSpec } from "../../src/sample/spec";
import { bidangNamingUnknownIku } from "../fixtures/dinasKesehatan";
import { guardedPage, launch, serveDist } from "./harness";

const LINKS = 3000;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let file: string;

beforeAll(async () => {
  browser = await launch();
  server = await serveDist();
  file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "selaras-findings-")), "bidang.xlsx");
  await fs.writeFile(file, await xlsxFromSpec({ sheets: bidangNamingUnknownIku(LINKS) }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("thousands of findings", () => {
  it("draws only the rows near the window, and scrolling reaches the last", async () => {
    const { page, blocked, context } = await guardedPage(browser);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e.stack ?? e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.setViewportSize({ width: 350, height: 900 });
    await page.goto(`${server.url}/index.html`);
    await page.getByRole("heading", { name: /Selaras/ }).waitFor();
    await page.setInputFiles("#workbook-file", file);
    await page.getByRole("button", { name: "Periksa keselarasan" }).click();
    await page.getByText(/^Menampilkan [\d.]+ dari [\d.]+ temuan\.$/).waitFor({ timeout: 60000 });
    const first = page.getByRole("button", { name: /PK Bidang!B3 · EXTERNAL_LINK$/ });
    await first.waitFor();
    const drawn = await page.locator("[data-index]").count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(200);

    // to the bottom of the page, a window at a time: the last broken link is drawn there
    const last = page.getByRole("button", {
      name: new RegExp(`PK Bidang!B${LINKS + 2} · EXTERNAL_LINK$`),
    });
    for (let i = 0; i < 400 && !(await last.isVisible()); i++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(20);
    }
    await last.waitFor();
    expect(await page.locator("[data-index]").count()).toBeLessThan(200);

    // a hidden tab measures nothing: away to Fill and back, the list is as it was
    await page.getByRole("tab", { name: "Isi unit bawahan" }).click();
    await page.getByRole("button", { name: "Pratinjau" }).waitFor();
    await page.getByRole("tab", { name: "Periksa" }).click();
    // the shorter page took the scroll back to the top: the first finding is drawn again
    await first.waitFor();
    expect(await page.locator("[data-index]").count()).toBeLessThan(200);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
