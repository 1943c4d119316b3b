/**
 * The individual level (DESIGN.md §7, issue 12): a Dinas Kesehatan's e-Kinerja export and an
 * activity log, read beside its PK, give each new finding once, per person, named by name and
 * jabatan with the NIP masked.
 */
import { reasonText } from "../../src/core/reasonMessages";
import { checkPlan } from "../../src/core/check";
import { maskId } from "../../src/core/skp";
import { findingMessage } from "../../src/core/messages";
import { gridsFromSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import { dinasMissingSimpus } from "../fixtures/dinasKesehatan";
import {
  AKREDITASI,
  DATA_LAYANAN,
  DOKUMEN,
  dinasWithSkp,
  NIP,
  SKP_PRESENTATIONS,
  skpPresented,
  TATA_KELOLA,
  type SkpPresentation,
} from "../fixtures/skp";

function check(spec = dinasWithSkp()) {
  const read = readWorkbook(gridsFromSpec(spec));
  return { read, check: checkPlan(read.plan) };
}

const personal = (code: string, c: ReturnType<typeof check>["check"]) =>
  c.findings
    .filter((f) => f.code === code && f.person)
    .map((f) => ({ who: f.person?.name, what: f.name, at: f.at?.cell }));

describe("an e-Kinerja export read as persons", () => {
  it("is read as SKP, not refused as a cascade tree, and every person is their own unit", () => {
    const { read } = check();
    const sheet = read.sheets.find((s) => s.sheet === "SKP 2026");
    expect(sheet).toMatchObject({ status: "read", kind: "skp" });
    expect(sheet?.notes).toEqual([{ code: "note-skp", persons: 5, rows: 7 }]);
    expect(sheet && reasonText(sheet.notes[0], "id")).toBe("SKP: 5 pegawai, 7 baris");
    expect(sheet && reasonText(sheet.notes[0], "en")).toBe("SKP: 5 persons, 7 rows");
    expect(read.sheets.find((s) => s.sheet === "Log Kegiatan")).toMatchObject({ kind: "log" });
    expect(read.plan.skp?.persons.map((p) => p.name)).toEqual([
      "dr. Sari Handayani",
      "Bayu Pratama",
      "Rina Wulandari",
      "Dimas Saputra",
      "Andi Kurniawan",
    ]);
    // the unit tables are read as before
    expect(read.plan.indicators.length).toBeGreaterThan(0);
  });

  it("keeps seventeen staff with one jabatan in one office as seventeen persons", () => {
    const spec = dinasWithSkp();
    const skp = spec.sheets.find((s) => s.name === "SKP 2026");
    const template = skp?.rows[5] as unknown[];
    for (let i = 0; i < 17; i++) {
      const r = [...template];
      r[0] = `19950101202001${String(1000 + i)}`;
      r[1] = `Pelaksana ${i + 1}`;
      r[2] = "Pelaksana";
      skp?.rows.push(r as never);
    }
    expect(
      check(spec).read.plan.skp?.persons.filter((p) => p.jabatan === "Pelaksana")
    ).toHaveLength(17);
  });
});

describe("what varies between agencies' exports", () => {
  it("reads NRK (DKI Jakarta's e-Kinerja) where others write NIP, masked the same way", () => {
    const spec = dinasWithSkp();
    const skp = spec.sheets.find((s) => s.name === "SKP 2026");
    if (skp)
      skp.rows[0] = skp.rows[0].map((h) => (typeof h === "string" ? h.replace("nip", "nrk") : h));
    const c = check(spec).check;
    expect(c.findings.find((f) => f.code === "RHK_OVERLAP")?.person?.id).toBe("…1004");
  });

  it("measures the activity log against the profile's standards", () => {
    const spec = dinasWithSkp();
    const read = readWorkbook(gridsFromSpec(spec), {
      version: 1,
      standards: { dailyMinutes: 400, yearlyHours: 1200 },
    });
    const c = checkPlan(read.plan);
    expect(c.findings.some((f) => f.code === "DURATION_OVER_DAY")).toBe(false);
    expect(c.skp?.years[0].standardHours).toBe(1200);
  });
});

describe("the SKP checks", () => {
  const c = check().check;

  it("RHK_NOT_INTERVENING: a Kepala Bidang's RHK that names no RHK of the Kadis", () => {
    expect(personal("RHK_NOT_INTERVENING", c)).toEqual([
      { who: "Bayu Pratama", what: DATA_LAYANAN, at: "F5" },
    ]);
  });

  it("LEADER_RHK_UNUSED: the Kadis's and the Kabid's RHK that none of their staff intervenes", () => {
    expect(personal("LEADER_RHK_UNUSED", c)).toEqual([
      { who: "dr. Sari Handayani", what: TATA_KELOLA, at: "F3" },
      { who: "Bayu Pratama", what: DATA_LAYANAN, at: "F5" },
    ]);
  });

  it("RHK_OVERLAP: two analysts with one result under one RHK of their Kepala Bidang", () => {
    expect(personal("RHK_OVERLAP", c)).toEqual([{ who: "Dimas Saputra", what: DOKUMEN, at: "F7" }]);
  });

  it("JPT_RHK_NOT_IN_PK: the Kadis's RHK that matches no IKU of the Dinas's PK", () => {
    expect(personal("JPT_RHK_NOT_IN_PK", c)).toEqual([
      { who: "dr. Sari Handayani", what: TATA_KELOLA, at: "F3" },
    ]);
    // her other RHK narrows the PK's IKU and is known
    expect(c.findings.some((f) => f.code === "JPT_RHK_NOT_IN_PK" && f.name === AKREDITASI)).toBe(
      false
    );
  });

  it("EXTERNAL_LINK (info): an RHK whose leader's SKP is not in the workbook", () => {
    expect(personal("EXTERNAL_LINK", c)).toEqual([
      { who: "Andi Kurniawan", what: "Termutakhirkannya data SIMPUS", at: "F8" },
    ]);
  });

  it("QUARTER_INCONSISTENT per person: quarters that do not make the year", () => {
    expect(personal("QUARTER_INCONSISTENT", c)).toEqual([
      { who: "Rina Wulandari", what: "Dokumen akreditasi tersusun", at: "H6" },
    ]);
  });

  it("DURATION_OVER_DAY and ACTIVITY_UNLINKED from the activity log, with the year's total shown", () => {
    const over = c.findings.find((f) => f.code === "DURATION_OVER_DAY");
    expect(over).toMatchObject({ actual: 360, expected: 300, detail: { date: "2026-01-12" } });
    expect(personal("ACTIVITY_UNLINKED", c)).toEqual([
      { who: "Rina Wulandari", what: "Rapat koordinasi bidang", at: "D4" },
    ]);
    expect(c.skp?.years).toEqual([
      {
        person: expect.objectContaining({ name: "Rina Wulandari" }),
        minutes: 540,
        standardHours: 1250,
      },
    ]);
  });

  it("names persons by name and jabatan, with the NIP masked to its last four digits", () => {
    const f = c.findings.find((x) => x.code === "RHK_OVERLAP");
    expect(f?.person).toEqual({
      name: "Dimas Saputra",
      jabatan: "Analis Kebijakan",
      unit: "Dinas Kesehatan",
      id: "…1004",
    });
    const text = [findingMessage(f as never, "id"), findingMessage(f as never, "en")].join(" ");
    expect(text).toContain("Dimas Saputra, Analis Kebijakan");
    expect(text).toContain("Rina Wulandari (Analis Kebijakan)");
    expect(text).not.toMatch(/\d{8,}/);
    expect(JSON.stringify(c.findings)).not.toContain(NIP.dimas);
    expect(maskId(NIP.dimas, true)).toBe(NIP.dimas);
  });
});

describe("one SKP plan, three ways of writing it", () => {
  const canonical = (how: SkpPresentation) => {
    const spec = dinasMissingSimpus();
    spec.sheets.push(...skpPresented(how));
    return check(spec)
      .check.findings.filter((f) => f.person)
      .map((f) => `${f.code} ${f.person?.name}: ${f.name ?? ""} → ${f.parent ?? ""}`)
      .sort();
  };
  const expected = canonical("export");

  it("the export gives every new code", () => {
    expect(expected.map((x) => x.split(" ")[0])).toEqual(
      expect.arrayContaining([
        "RHK_NOT_INTERVENING",
        "LEADER_RHK_UNUSED",
        "RHK_OVERLAP",
        "JPT_RHK_NOT_IN_PK",
        "EXTERNAL_LINK",
        "DURATION_OVER_DAY",
        "ACTIVITY_UNLINKED",
      ])
    );
  });

  it.each(SKP_PRESENTATIONS.filter((p) => p !== "export"))(
    "written %s, it gives the same findings about the same persons",
    (how) => {
      // the Waktu aspect rows add IKI of their own, never findings
      expect(canonical(how)).toEqual(expected);
    }
  );
});
