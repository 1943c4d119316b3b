/**
 * @jest-environment jsdom
 */
// The manifest checked offline (office-addin-manifest validate calls an online service): structure,
// element order, ids, https URLs, every resid resolved, icons present, the command wired — for the
// repository's dev manifest and for one built for an agency's host (scripts/manifest.js).
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { hostUrl, manifestFor } from "../scripts/manifest";

const root = path.join(__dirname, "..");
const devXml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const HOSTED = "https://kinerja.example.go.id/selaras";

const children = (el: Element) => Array.from(el.children);
const attr = (el: Element, name: string) => el.getAttribute(name) ?? "";

describe.each([
  ["manifest.xml (dev server)", devXml, "https://localhost:3000"],
  [`the manifest built for ${HOSTED}`, manifestFor(devXml, HOSTED + "/"), HOSTED],
])("%s", (_name, xml, base) => {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const app = doc.documentElement;
  const byTag = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  it("is well-formed XML: a TaskPaneApp", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(app.tagName).toBe("OfficeApp");
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  it("keeps the schema's element order", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(children(app).map((c) => c.tagName)).toEqual(order);
  });

  it("has a GUID id, a four-part version, the Workbook host and ReadWriteDocument", () => {
    expect(byTag("Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(byTag("Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(
      children(children(app).find((c) => c.tagName === "Hosts") as Element).map((h) =>
        attr(h, "Name")
      )
    ).toEqual(["Workbook"]);
    expect(byTag("Permissions")[0].textContent).toBe("ReadWriteDocument");
  });

  it("asks for ExcelApi 1.7 at most, so Excel 2019 can load it", () => {
    const set = byTag("Set").find((s) => attr(s, "Name") === "ExcelApi") as Element;
    expect(Number(attr(set, "MinVersion"))).toBeLessThanOrEqual(1.7);
  });

  it("uses https for every URL", () => {
    const urls = Array.from(xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)).map(
      (m) => m[1]
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    for (const d of byTag("AppDomain")) expect(d.textContent).toMatch(/^https:\/\//);
  });

  it("resolves every resid, with ids unique", () => {
    const resources = byTag("Resources")[0];
    const ids = Array.from(resources.querySelectorAll("[id]")).map((e) => attr(e, "id"));
    expect(new Set(ids).size).toBe(ids.length);
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => attr(e, "resid"));
    expect(used.length).toBeGreaterThan(5);
    for (const r of used) expect(ids).toContain(r);
  });

  it("points at icons that exist in assets/", () => {
    const files = Array.from(xml.matchAll(/\/assets\/([\w.-]+\.png)/g)).map((m) => m[1]);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(existsSync(path.join(root, "assets", f))).toBe(true);
  });

  it("has a ShowTaskpane button and an ExecuteFunction button whose function the commands register", () => {
    const actions = byTag("Action").map((a) => attr(a, "xsi:type"));
    expect(actions).toEqual(expect.arrayContaining(["ShowTaskpane", "ExecuteFunction"]));
    const fn = byTag("FunctionName")[0].textContent as string;
    const commands = readFileSync(path.join(root, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toContain(`Office.actions.associate("${fn}"`);
  });

  it("serves pages the build produces, every URL from one base and the AppDomain its origin", () => {
    const config = readFileSync(path.join(root, "webpack.config.js"), "utf8");
    for (const page of ["taskpane.html", "commands.html"]) {
      expect(xml).toContain(`${base}/${page}`);
      expect(config).toContain(`filename: "${page}"`);
    }
    const urls = Array.from(xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)).map(
      (m) => m[1]
    );
    for (const u of urls) expect(u.startsWith(`${base}/`)).toBe(true);
    expect(byTag("AppDomain").map((d) => d.textContent)).toEqual([new URL(base).origin]);
  });
});

describe("the hosting address a build is given", () => {
  it("is kept to its origin and path, a trailing slash dropped", () => {
    const built = manifestFor(devXml, "https://intranet.example.go.id:8443/");
    expect(built).toContain("<AppDomain>https://intranet.example.go.id:8443</AppDomain>");
    expect(built).toContain('"https://intranet.example.go.id:8443/taskpane.html"');
    expect(built).not.toContain("localhost");
  });

  it.each([
    ["http://kinerja.example.go.id", /harus https/],
    ["kinerja.example.go.id", /bukan alamat web/],
    ["https://kinerja.example.go.id/?v=2", /query/],
  ])("refuses %s, saying why in both languages", (address, why) => {
    expect(() => hostUrl(address)).toThrow(why);
    expect(() => hostUrl(address)).toThrow(/ \/ /);
  });
});
