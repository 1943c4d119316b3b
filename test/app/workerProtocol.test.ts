/**
 * The engine across a message channel, as the web page and its worker use it, without a real
 * Worker: two ends that pass every message through structuredClone (as postMessage does), so a
 * result that could not cross to the page fails here.
 */
import type { EngineProgress } from "../../src/app/engine";
import { openFileEngine } from "../../src/app/fileEngine";
import { RemoteEngine, serveEngine, type MessageEnd } from "../../src/app/workerProtocol";
import { KR1, KR3, sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { xlsxFromSpec } from "../../src/sample/spec";
import { errorSentence } from "../../src/taskpane/errors";
import { STRINGS } from "../../src/taskpane/i18n";

/** A page end and a worker end: what one posts, the other receives, cloned, a moment later. */
function channel(): { page: MessageEnd; worker: MessageEnd; sent: unknown[] } {
  const sent: unknown[] = [];
  const end = (): MessageEnd & { other?: MessageEnd } => ({
    onmessage: null,
    postMessage(message: unknown) {
      sent.push(message);
      const copy = structuredClone(message);
      setImmediate(() => this.other?.onmessage?.({ data: copy }));
    },
  });
  const page = end();
  const worker = end();
  page.other = worker;
  worker.other = page;
  return { page, worker, sent };
}

async function sampleBytes(): Promise<Uint8Array> {
  return new Uint8Array(await xlsxFromSpec(sampleWorkbook()));
}

async function remote(bytes: Uint8Array, name = "sampel-badan.xlsx") {
  const { page, worker, sent } = channel();
  serveEngine(worker, openFileEngine);
  let stopped = false;
  const engine = await RemoteEngine.open(page, bytes, name, () => (stopped = true));
  return { engine, sent, stopped: () => stopped };
}

describe("the engine behind a worker's message channel", () => {
  it("checks the Badan's sample as on the same thread, its progress arriving sheet by sheet", async () => {
    const bytes = await sampleBytes();
    const { engine } = await remote(bytes);
    const progress: EngineProgress[] = [];
    const { check, workbook } = await engine.check("id", (p) => progress.push(p));
    const same = await (await openFileEngine(bytes, "sampel-badan.xlsx")).check("id");

    expect(check.findings).toHaveLength(35);
    expect(check).toEqual(same.check);
    expect(workbook).toEqual(same.workbook);
    expect(workbook.hasIndicators).toBe(true);
    const sheets = progress.filter((p) => p.phase === "sheets");
    expect(sheets.map((p) => p.done)).toEqual(sheets.map((_, i) => i + 1));
    expect(sheets[0].total).toBe(sheets.length);
    expect(progress.slice(sheets.length).map((p) => p.phase)).toEqual([
      "tables",
      "check",
      "colour",
    ]);
  });

  it("previews a fill, writes it, and downloads the workbook as written", async () => {
    const { engine } = await remote(await sampleBytes());
    await engine.read();
    const plan = await engine.planFill();
    expect(plan.conflicts.map((c) => `${c.sheet}!${c.cell}`)).toContain("IKU Eselon II!E14");
    const applied = await engine.apply(plan);
    expect(applied.written).toBe(plan.changes.length);
    expect(await engine.cellText("IKU Eselon II", "H17")).toBe("95");

    const { bytes, macros } = await engine.download();
    expect(macros).toBe(false);
    const reopened = await openFileEngine(bytes, "unduhan.xlsx");
    expect(await reopened.cellText("IKU Eselon II", "H17")).toBe("95");
    expect(await reopened.cellText("IKU Eselon II", "E14")).toBe("90"); // the conflict, left alone
    expect(await reopened.cellText("IKU Eselon II", "A26")).toBe(KR3);
  });

  it("prints the report of the opened file, named after it, as the same thread would", async () => {
    const bytes = await sampleBytes();
    const { engine } = await remote(bytes);
    await engine.check("id");
    const options = { lang: "id" as const, date: "2026-12-05" };
    const html = await engine.report(options);
    const local = await openFileEngine(bytes, "sampel-badan.xlsx");
    await local.check("id");
    expect(html).toBe(await local.report(options));
    expect(html).toContain("sampel-badan.xlsx");
  });

  it("lists a Deputi's IKU for Target massal and its units, with no grid crossing the channel", async () => {
    const { engine } = await remote(await sampleBytes());
    await engine.read();
    const choices = await engine.bulkIndicators();
    const talenta = choices.find((c) => c.code === "1.2" && c.target === "40");
    expect(talenta).toBeDefined();
    const chosen = await engine.bulkParent(talenta?.id ?? "");
    expect(chosen?.children.map((u) => u.name)).toContain(KR1);
    expect(chosen?.consolidation).toBe("sum");
    expect(await engine.bulkParent("no such IKU")).toBeUndefined();
  });

  it("draws the pohon kinerja of the last check across the channel, whole or for the Deputi, and its SVG", async () => {
    const bytes = await sampleBytes();
    const { engine } = await remote(bytes);
    // before any check there is no tree to draw
    await engine.read();
    await expect(engine.pohon()).rejects.toThrow("Workbook belum diperiksa");
    const { check } = await engine.check("id");
    const same = await openFileEngine(bytes, "sampel-badan.xlsx");
    await same.check("id");

    const whole = await engine.pohon();
    expect(whole).toEqual(await same.pohon());
    expect(whole.pohon.nodes).toBe(54);
    expect(whole.pohon.roots.map((r) => r.label)).toEqual([
      "Badan Kepegawaian Nusantara",
      "Subbagian Rumah Tangga",
      "Pusat Pengembangan Kompetensi",
    ]);
    expect(whole.units.slice(0, 3)).toEqual([
      { name: "Badan Kepegawaian Nusantara", depth: 0 },
      { name: "Sekretariat Utama", depth: 1 },
      { name: "Biro Perencanaan dan Keuangan", depth: 2 },
    ]);
    // each node's findings are the check's own, by index
    const indexed = (n: (typeof whole.pohon.roots)[number]): number[] => [
      ...n.findings.map((f) => f.index),
      ...n.children.flatMap(indexed),
    ];
    for (const i of whole.pohon.roots.flatMap(indexed)) expect(check.findings[i]).toBeDefined();

    const deputi = await engine.pohon({ unit: "Deputi Bidang Mutasi Kepegawaian" });
    expect(deputi.pohon.unit).toBe("Deputi Bidang Mutasi Kepegawaian");
    expect(deputi.pohon.roots.map((r) => r.label)).toEqual(["Deputi Bidang Mutasi Kepegawaian"]);
    expect(deputi.units).toEqual(whole.units);

    const svg = await engine.pohonSvg({ unit: "Deputi Bidang Mutasi Kepegawaian", lang: "en" });
    expect(svg).toBe(await same.pohonSvg({ unit: "Deputi Bidang Mutasi Kepegawaian", lang: "en" }));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("Performance tree (pohon kinerja) — Deputi Bidang Mutasi Kepegawaian");
  });

  it("says why a file is not a workbook in the same words as on the same thread", async () => {
    const bytes = new TextEncoder().encode("bukan workbook");
    const error = await remote(bytes, "catatan.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("catatan.xlsx: bukan file .xlsx");
    expect(errorSentence(error, "en", STRINGS.en)).toBe("catatan.xlsx: not an .xlsx file.");
    expect(errorSentence(error, "id", STRINGS.id)).toBe("catatan.xlsx: bukan file .xlsx.");
  });

  it("refuses anything but the engine's own calls", async () => {
    const { page, worker } = channel();
    serveEngine(worker, openFileEngine);
    const replies: unknown[] = [];
    page.onmessage = (e) => replies.push(e.data);
    page.postMessage({ id: 7, method: "constructor", args: [] });
    await new Promise((r) => setTimeout(r, 20));
    expect(replies).toEqual([
      {
        id: 7,
        kind: "failed",
        error: {
          name: "ReasonError",
          message: "Permintaan tidak dikenal: constructor",
          reason: { code: "unknown-request", method: "constructor" },
        },
      },
    ]);
  });

  it("fails every waiting call when the worker is gone, and ends the worker on close", async () => {
    const { engine, stopped } = await remote(await sampleBytes());
    const reading = engine.read();
    engine.close();
    await expect(reading).rejects.toThrow("Workbook ditutup");
    expect(errorSentence(await reading.catch((e: unknown) => e), "en", STRINGS.en)).toBe(
      "the workbook was closed."
    );
    expect(stopped()).toBe(true);
  });
});
