/**
 * A real spreadsheet program as the client (issue 11): every workbook Selaras writes — filled,
 * filled twice, undone, annotated with notes — opens in LibreOffice (headless, recalculating every
 * formula on load), and each formula's recalculated value is the one the file's cached value shows.
 * A formula that points at the wrong cell after an insert computes something else.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { parseCsv } from "../../src/hosts/xlsx/csv";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { a1 } from "../../src/core/cells";
import { valueAt } from "../../src/workbook/grid";
import { annotate } from "../../src/app/annotate";
import { applySessionFill, planSessionFill } from "../../src/app/fill";
import { checkSession, openSession } from "../../src/app/session";
import { planSessionPk } from "../../src/app/pk";
import { undoLastFill } from "../../src/app/undo";
import { richWorkbook } from "../fixtures/richWorkbook";
import { randomPlan, randomWorkbook } from "../property/randomWorkbook";

const RANDOM = Number(process.env.LIBREOFFICE_RUNS ?? 30);

/** What Selaras writes from one input: the fill, a second fill, the undo, the annotated copy. */
async function outputsOf(name: string, input: Uint8Array): Promise<Array<[string, Uint8Array]>> {
  const ext = path.extname(name);
  const base = path.basename(name, ext);
  const out: Array<[string, Uint8Array]> = [];
  const host = await XlsxWorkbook.open(input, name);
  const session = await openSession(host);
  await applySessionFill(host, session, planSessionFill(session).plan);
  const filled = new Uint8Array(await host.toBuffer());
  out.push([`${base}.isi${ext}`, filled]);
  const second = await XlsxWorkbook.open(filled, name);
  const again = await openSession(second);
  await applySessionFill(second, again, planSessionFill(again).plan);
  out.push([`${base}.isi2${ext}`, new Uint8Array(await second.toBuffer())]);
  const undone = await XlsxWorkbook.open(filled, name);
  await undoLastFill(undone);
  out.push([`${base}.batal${ext}`, new Uint8Array(await undone.toBuffer())]);
  const annotated = await XlsxWorkbook.open(filled, name);
  await annotate(
    annotated,
    checkSession(await openSession(annotated)),
    "id",
    annotated.sheetNames()
  );
  out.push([`${base}.periksa${ext}`, new Uint8Array(await annotated.toBuffer())]);
  // "Susun PK": the drafted sheets with their print setup and merges
  const drafted = await XlsxWorkbook.open(filled, name);
  const draftSession = await openSession(drafted);
  const draft = planSessionPk(draftSession);
  if (draft.drafted.length > 0) {
    await applySessionFill(drafted, draftSession, draft.plan);
    out.push([`${base}.pk${ext}`, new Uint8Array(await drafted.toBuffer())]);
  }
  return out;
}

/** LibreOffice's profile: recalculate every formula when a file is loaded (its default is never). */
async function profileDir(dir: string): Promise<string> {
  const user = path.join(dir, "lo-profile", "user");
  await fs.mkdir(user, { recursive: true });
  await fs.writeFile(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return `file://${path.join(dir, "lo-profile")}`;
}

function same(cached: unknown, shown: string): boolean {
  if (typeof cached === "number")
    return Math.abs(Number(shown) - cached) <= 1e-9 * Math.max(1, Math.abs(cached));
  if (typeof cached === "boolean") return shown.toUpperCase() === String(cached).toUpperCase();
  // a date (read as ISO) LibreOffice shows in its US default, month first
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
  if (typeof cached === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cached) && us)
    return cached === `${us[3]}-${us[1]}-${us[2]}`;
  return String(cached ?? "") === shown;
}

describe("LibreOffice opens every output and recalculates its formulas to the cached values", () => {
  it("on the rich PK workbook, the demo sample and random workbooks", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selaras-lo-"));
    const inputs: Array<[string, Uint8Array]> = [
      ["pk-kaya.xlsx", await richWorkbook()],
      ["pk-kaya.xlsm", await richWorkbook({ macros: true })],
      ["sampel-badan.xlsx", await xlsxFromSpec(sampleWorkbook())],
    ];
    const plans = fc.sample(randomPlan, { seed: 2026, numRuns: RANDOM });
    for (const [i, p] of plans.entries())
      inputs.push([`acak-${i + 1}.xlsx`, await randomWorkbook(p)]);
    const files: string[] = [];
    for (const [name, data] of inputs)
      for (const [out, bytes] of await outputsOf(name, data)) {
        const file = path.join(dir, out);
        await fs.writeFile(file, bytes);
        files.push(file);
      }
    const csvDir = path.join(dir, "csv");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${await profileDir(dir)}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        csvDir,
        ...files,
      ],
      { stdio: "pipe", timeout: 240000 }
    );
    let formulas = 0;
    const wrong: string[] = [];
    for (const file of files) {
      const host = await XlsxWorkbook.open(
        new Uint8Array(await fs.readFile(file)),
        path.basename(file)
      );
      const base = path.basename(file, path.extname(file));
      for (const grid of await host.readGrids()) {
        const csvFile = path.join(csvDir, `${base}-${grid.sheet}.csv`);
        const text = await fs.readFile(csvFile, "utf8").catch(() => undefined);
        // a file LibreOffice could not open gives no CSV
        expect([path.basename(csvFile), text !== undefined]).toEqual([
          path.basename(csvFile),
          true,
        ]);
        const rows = parseCsv(text as string);
        for (const key of grid.formulas) {
          const row = Math.floor(key / 16384);
          const col = key % 16384;
          const cached = valueAt(grid, row, col);
          const shown = rows[row - 1]?.[col - 1] ?? "";
          formulas++;
          if (!same(cached, shown))
            wrong.push(
              `${base} ${grid.sheet}!${a1(row, col)}: cached ${JSON.stringify(cached)}, LibreOffice ${JSON.stringify(shown)}`
            );
        }
      }
    }
    expect(wrong).toEqual([]);
    // four outputs of every input, and a drafted PK of those with units to draft for (the sample)
    expect(files.filter((f) => !f.includes(".pk.")).length).toBe(inputs.length * 4);
    expect(files.some((f) => f.includes(".pk."))).toBe(true);
    expect(formulas).toBeGreaterThan(files.length);
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe("LibreOffice reads the Cakupan sheet of the annotated copy as Selaras wrote it", () => {
  it("the Deputi's IKU 1.2 across its four units: —, P 40%, P, P", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selaras-lo-cakupan-"));
    const host = await XlsxWorkbook.open(await xlsxFromSpec(sampleWorkbook()), "sampel.xlsx");
    await annotate(host, checkSession(await openSession(host)), "id", host.sheetNames());
    const file = path.join(dir, "sampel.periksa.xlsx");
    await fs.writeFile(file, await host.toBuffer());
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${await profileDir(dir)}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        file,
      ],
      { stdio: "pipe", timeout: 120000 }
    );
    const rows = parseCsv(await fs.readFile(path.join(dir, "sampel.periksa-Cakupan.csv"), "utf8"));
    expect(rows[0][0]).toBe("Matriks cakupan cascading IKU — Tahun 2026");
    expect(rows.find((r) => r[0] === "1.2")?.slice(2, 7)).toEqual([
      "40 Instansi",
      "—",
      "P 40%",
      "P",
      "P",
    ]);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
