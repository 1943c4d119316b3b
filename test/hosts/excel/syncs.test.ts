/**
 * Sync discipline: the number of context.sync() calls of a check (openSession, which reads the
 * profile, the grids and their details) and of a fill grows with ~4 MB chunks of payload, never
 * with rows or cells; every sync stays under Excel on the web's 5 MB limit; a batch Excel refuses
 * as too large is split and tried again.
 */
import { OfficeWorkbook } from "../../../src/hosts/excel/officeWorkbook";
import { gridsFromSpec } from "../../../src/sample/spec";
import { applySessionFill, planSessionFill } from "../../../src/app/fill";
import { openSession } from "../../../src/app/session";
import { bigWorkbook } from "./bigWorkbook";
import { FakeExcel } from "./fakeExcel";

async function measure(rows: number, chunkBytes?: number) {
  const excel = FakeExcel.fromSpec(bigWorkbook(rows));
  const host = new OfficeWorkbook({ run: excel.run, supports: excel.supports, chunkBytes });
  const session = await openSession(host);
  const check = [...excel.stats.syncs];
  const { plan } = planSessionFill(session);
  excel.resetStats();
  await applySessionFill(host, session, plan);
  const fill = [...excel.stats.syncs];
  return { check, fill, plan, valueWrites: excel.stats.valueWrites, excel };
}

const bytes = (syncs: Array<{ read: number; write: number }>) =>
  syncs.reduce((n, s) => n + s.read + s.write, 0);

describe("sync discipline of the Office.js host", () => {
  let small: Awaited<ReturnType<typeof measure>>;
  let large: Awaited<ReturnType<typeof measure>>;

  beforeAll(async () => {
    small = await measure(100);
    large = await measure(10_000);
  }, 60_000);

  it("a check of 10 000 indicator rows takes as many syncs as one of 100", () => {
    expect(large.plan.changes).toHaveLength(10_000);
    expect(large.check.length).toBe(small.check.length);
    expect(large.check.length).toBeLessThanOrEqual(6);
  });

  it("a fill of 10 000 targets takes as many syncs as one of 100, with calculation suspended", () => {
    expect(large.fill.length).toBe(small.fill.length);
    expect(large.fill.length).toBeLessThanOrEqual(3);
    const writes = large.fill.filter((s) => s.write > 1000);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((s) => s.calculationSuspended)).toBe(true);
  });

  it("writes a column of 10 000 targets as one values block (and one for the profile)", () => {
    expect(large.valueWrites).toBe(small.valueWrites);
    expect(large.valueWrites).toBe(2);
  });

  it("keeps every sync under Excel on the web's 5 MB", () => {
    for (const s of [...large.check, ...large.fill]) {
      expect(s.read).toBeLessThan(5_000_000);
      expect(s.write).toBeLessThan(5_000_000);
    }
  });

  it("takes more syncs only for more chunks: a 200 kB budget cuts 10 000 rows into chunks", async () => {
    const budget = 200_000;
    const chunked = await measure(10_000, budget);
    const chunks = (syncs: Array<{ read: number; write: number }>) =>
      Math.ceil(bytes(syncs) / budget);
    expect(chunked.check.length).toBeGreaterThan(large.check.length);
    // a chunk's payload is estimated before it is loaded, so a few more than the bytes need
    expect(chunked.check.length).toBeLessThanOrEqual(
      large.check.length + 2 * chunks(chunked.check)
    );
    expect(chunked.fill.length).toBeGreaterThan(large.fill.length);
    expect(chunked.fill.length).toBeLessThanOrEqual(large.fill.length + chunks(chunked.fill));
    // estimates may be off by a little: the default 4 MB budget keeps 25 % below Excel's 5 MB
    for (const s of [...chunked.check, ...chunked.fill]) {
      expect(s.read).toBeLessThanOrEqual(budget * 1.25);
      expect(s.write).toBeLessThanOrEqual(budget * 1.25);
    }
  }, 60_000);

  it("splits a batch Excel refuses as too large and reads the same grids", async () => {
    const spec = bigWorkbook(2_000);
    const excel = FakeExcel.fromSpec(spec, { payloadLimit: 40_000 });
    const host = new OfficeWorkbook({ run: excel.run, supports: excel.supports });
    const grids = await host.readGrids();
    expect(excel.stats.syncs.some((s) => s.read > 40_000)).toBe(true);
    // a host trims blank cells at the end of a row, as the ExcelJS host does
    const trimmed = gridsFromSpec(spec).map((g) =>
      g.values.map((row) => {
        const r = [...row];
        while (r.length > 0 && r[r.length - 1] === null) r.pop();
        return r;
      })
    );
    expect(grids.map((g) => g.values)).toEqual(trimmed);
  });
});
