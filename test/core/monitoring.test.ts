/**
 * The year's results (DESIGN.md §8, issue 13, part): realisasi and capaian columns read from a
 * Deputi's monitoring sheet, each new code firing on the variant that breaks its figure and on
 * nothing else, and capaian per unit.
 */
import { checkPlan } from "../../src/core/check";
import { findingMessage } from "../../src/core/messages";
import { gridsFromSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import { BROKEN, clean, monitoringWorkbook, type Monitoring } from "../fixtures/realisasi";

const CODES = [
  "REALISASI_CONFLICT",
  "REALISASI_MISMATCH",
  "CAPAIAN_WRONG",
  "REALISASI_MISSING",
  "REALISASI_PERIODS",
];

function check(m: Monitoring) {
  const read = readWorkbook(gridsFromSpec(monitoringWorkbook(m)), {
    version: 1,
    reportingDate: "2026-07-15",
  });
  return { read, check: checkPlan(read.plan) };
}
const monitoringFindings = (m: Monitoring) =>
  check(m).check.findings.filter((f) => CODES.includes(f.code));

describe("realisasi and capaian read from the monitoring sheet", () => {
  it("reads the realisasi per TW, the annual realisasi and the stated capaian beside the targets", () => {
    const { read } = check(clean());
    expect(read.tables.find((t) => t.sheet === "Monev 2026")?.columns).toMatchObject({
      target: "E",
      periods: "F,G,H,I",
      realisasiPeriods: "M,N,O,P",
      realisasi: "Q",
      capaian: "R",
    });
    const deputi = read.plan.indicators.find((i) => i.code === "1");
    expect(deputi?.realisasi?.value).toBe(490);
    expect(deputi?.realisasiPeriods?.map((t) => t.value ?? null)).toEqual([250, 240, null, null]);
    expect(deputi?.capaian?.value).toBe(49);
    // the results never pass for targets
    expect(deputi?.periods?.map((t) => t.value)).toEqual([250, 250, 250, 250]);
  });

  it("reads 'Realisasi s.d. TW II' as the year's realisasi so far, not as TW II's", () => {
    const m = clean();
    const spec = monitoringWorkbook(m);
    const sheet = spec.sheets[1];
    const header = sheet.rows[2] as string[];
    header[16] = "Realisasi s.d. TW II";
    const read = readWorkbook(gridsFromSpec(spec), { version: 1, reportingDate: "2026-07-15" });
    expect(read.tables.find((t) => t.sheet === "Monev 2026")?.columns).toMatchObject({
      realisasi: "Q",
      realisasiPeriods: "M,N,O,P",
    });
    expect(monitoringFindings(m)).toEqual([]);
  });

  it("finds nothing wrong in the clean sheet, and gives capaian per unit", () => {
    const { check: c } = check(clean());
    expect(monitoringFindings(clean())).toEqual([]);
    // the Deputi at the top of this sheet's hierarchy, its Kantor Regional one level down
    expect(c.capaian?.units).toEqual([
      { unit: "Deputi Bidang Mutasi Kepegawaian", capaian: 84.5, rows: 2, depth: 1, band: "fair" },
      { unit: "Kantor Regional I Yogyakarta", capaian: 83.75, rows: 2, depth: 2, band: "fair" },
      { unit: "Kantor Regional II Surabaya", capaian: 51.43, rows: 1, depth: 2, band: "poor" },
      { unit: "Kantor Regional III Bandung", capaian: 48, rows: 1, depth: 2, band: "poor" },
    ]);
    // a level is the mean of its units: (83.75 + 51.43 + 48) / 3
    expect(c.capaian?.levels).toEqual([
      { depth: 1, capaian: 84.5, units: 1, band: "fair" },
      { depth: 2, capaian: 61.06, units: 3, band: "poor" },
    ]);
    // each IKU with its capaian, pointing where a reader sees it
    expect(c.capaian?.indicators).toHaveLength(6);
    expect(c.capaian?.indicators.every((i) => i.at !== null)).toBe(true);
  });
});

describe.each(Object.keys(BROKEN))("%s", (code) => {
  const found = monitoringFindings(BROKEN[code]());
  it("fires on the figure the variant breaks, and no other monitoring code does", () => {
    expect(found.map((f) => f.code)).toEqual([code]);
    expect(findingMessage(found[0], "id")).not.toMatch(/undefined|—\s*$/);
    expect(findingMessage(found[0], "en")).not.toMatch(/undefined/);
  });
});

describe("where the findings point and what they say", () => {
  it("CAPAIAN_WRONG says the Maximize formula was used for a Minimize IKU", () => {
    const [f] = monitoringFindings(BROKEN.CAPAIAN_WRONG()).filter((x) =>
      x.unit?.startsWith("Deputi")
    );
    expect(f).toMatchObject({ at: { sheet: "Monev 2026", cell: "R5" }, expected: 120, actual: 80 });
    expect(findingMessage(f, "en")).toContain("Maximize formula for a Minimize IKU");
  });

  it("REALISASI_MISSING points at the TW II realisasi cell; a later reporting date is no excuse, an earlier one is", () => {
    const [f] = monitoringFindings(BROKEN.REALISASI_MISSING());
    expect(f.at).toEqual({ sheet: "Monev 2026", cell: "N8" });
    const june = readWorkbook(gridsFromSpec(monitoringWorkbook(BROKEN.REALISASI_MISSING())), {
      version: 1,
      reportingDate: "2026-06-20",
    });
    expect(checkPlan(june.plan).findings.some((x) => x.code === "REALISASI_MISSING")).toBe(false);
  });

  it("without a reporting date, the periods the workbook reports are due: TW II is missing, TW III is not yet", () => {
    const read = readWorkbook(gridsFromSpec(monitoringWorkbook(BROKEN.REALISASI_MISSING())));
    const missing = checkPlan(read.plan).findings.filter((f) => f.code === "REALISASI_MISSING");
    expect(missing.map((f) => f.at?.cell)).toEqual(["N8"]);
  });

  it("REALISASI_MISMATCH points at the Deputi's realisasi with the children's roll-up", () => {
    const [f] = monitoringFindings(BROKEN.REALISASI_MISMATCH());
    expect(f).toMatchObject({ at: { cell: "Q4" }, expected: 490, actual: 480 });
  });
});

describe("capaian read at a glance", () => {
  it("puts each unit in the band the profile sets: an agency that counts 80 % as reached", () => {
    const read = readWorkbook(gridsFromSpec(monitoringWorkbook(clean())), {
      version: 1,
      reportingDate: "2026-07-15",
      capaian: { goodFrom: 80, fairFrom: 50 },
    });
    const units = checkPlan(read.plan).capaian?.units ?? [];
    expect(units.map((u) => [u.unit, u.band])).toEqual([
      ["Deputi Bidang Mutasi Kepegawaian", "good"],
      ["Kantor Regional I Yogyakarta", "good"],
      ["Kantor Regional II Surabaya", "fair"],
      ["Kantor Regional III Bandung", "poor"],
    ]);
  });

  it("scores an opinion by its grade: WDP against a WTP target is one step short", () => {
    const m = clean();
    // the Kantor Regional III reports its own audit opinion, target WTP, realised WDP
    m.kanreg.push([
      "Kantor Regional III Bandung",
      "3.1",
      "Opini BPK atas laporan keuangan",
      "Opini",
      "WTP",
      null,
      null,
      null,
      null,
      "Maksimal",
      null,
      null,
      null,
      null,
      null,
      null,
      "WDP",
      null,
    ]);
    const { check: c } = check(m);
    const opini = c.capaian?.indicators.find((i) => i.indicator === "3.1");
    // WTP, WDP, TW, TMP: one step of three short of the target
    expect(opini).toMatchObject({ target: "WTP", realisasi: "WDP", capaian: 66.67, band: "poor" });
    expect(c.capaian?.units.find((u) => u.unit === "Kantor Regional III Bandung")?.rows).toBe(2);
  });
});
