/**
 * Browser tests: the built pages (dist/) served on 127.0.0.1, and the single file
 * (dist/selaras.html) opened from file://, in Debian's chromium driven by playwright-core. Nothing
 * leaves the machine: every request to another origin is blocked and recorded, except Microsoft's
 * office.js CDN, which is answered from the copy shipped in @microsoft/office-js/dist (production
 * keeps the CDN).
 */
import { existsSync, promises as fs } from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const root = path.join(__dirname, "..", "..");
export const dist = path.join(root, "dist");
const officeJs = path.join(root, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const rel =
      decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+/, "") || "index.html";
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(await fs.readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export function chromiumPath(): string {
  for (const p of ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]) if (existsSync(p)) return p;
  throw new Error("chromium not found: apt-get install -y chromium");
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

export interface Guarded {
  context: BrowserContext;
  page: Page;
  /** Requests to any origin other than the page's own, which were blocked. */
  blocked: string[];
  /** Every request the context made, allowed or not (a file:// page's own file among them). */
  requests: string[];
}

/** A browser context that allows loopback only (office.js answered locally). */
export async function guardedPage(
  browser: Browser,
  options: { acceptDownloads?: boolean } = {}
): Promise<Guarded> {
  const context = await browser.newContext({
    acceptDownloads: options.acceptDownloads ?? true,
    locale: "id-ID",
  });
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const ownMachine = ["data:", "blob:", "file:"].includes(url.protocol);
    if (url.hostname === "127.0.0.1" || ownMachine) return route.continue();
    const local =
      url.hostname === "appsforoffice.microsoft.com"
        ? path.join(officeJs, url.pathname.replace(/^\/lib\/1\/hosted\//, ""))
        : undefined;
    if (local && existsSync(local) && (await fs.stat(local)).isFile()) {
      return route.fulfill({
        path: local,
        contentType: TYPES[path.extname(local)] ?? "text/javascript",
      });
    }
    blocked.push(route.request().url());
    return route.abort();
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  return { context, page, blocked, requests };
}
