/**
 * A whole Dinas Kesehatan at the individual level (issue 12): the e-Kinerja export of its staff,
 * from the Kepala Dinas down to the perawat of its puskesmas, read beside its PK. One person per
 * member of staff however many share a jabatan; a clean copy gives no finding about anyone; a
 * seeded copy gives exactly the findings its defects call for. Invented people, NIPs and places.
 */
import fc from "fast-check";
import { checkPlan } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { gridsFromSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import {
  DINAS,
  SKP_DEFECTS,
  skpAgency,
  type ExpectedFinding,
  type SkpAgencyOptions,
} from "../fixtures/skpAgency";

function check(options: SkpAgencyOptions = {}) {
  const agency = skpAgency(options);
  const read = readWorkbook(gridsFromSpec(agency.spec));
  const checked = checkPlan(read.plan);
  return { agency, read, checked, persons: checked.findings.filter((f) => f.person) };
}

/** A finding about a person as the generator lists it: code, who, what, which RHK. */
const seen = (f: Finding): ExpectedFinding => ({
  code: f.code as ExpectedFinding["code"],
  person: f.person?.name ?? "",
  name: f.name ?? null,
  rhk: f.chain?.[0] ?? null,
});
const sorted = (xs: ExpectedFinding[]) =>
  [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("the Dinas Kesehatan's e-Kinerja export, read", () => {
  const { agency, read, checked } = check();

  it("holds 60+ invented staff from the JPT to the puskesmas, several with one jabatan in one office", () => {
    expect(agency.persons.length).toBeGreaterThanOrEqual(60);
    const levels = new Set(agency.persons.map((p) => p.level));
    expect([...levels]).toEqual(["JPT", "Administrator", "Pengawas", "Pelaksana"]);
    const sameJabatan = new Map<string, number>();
    for (const p of agency.persons) {
      const key = `${p.jabatan} · ${p.unit}`;
      sameJabatan.set(key, (sameJabatan.get(key) ?? 0) + 1);
    }
    // three Perawat Terampil in each puskesmas, among others
    const crowded = [...sameJabatan].filter(([, n]) => n >= 3).map(([k]) => k);
    expect(crowded).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Perawat Terampil · UPT Puskesmas /)])
    );
    expect(agency.persons.every((p) => /^\d{18}$/.test(p.nip))).toBe(true);
  });

  it("gives one person per member of staff, in the export's order, same-jabatan staff kept apart", () => {
    const persons = read.plan.skp?.persons ?? [];
    expect(persons).toHaveLength(agency.persons.length);
    expect(persons.map((p) => p.name)).toEqual(agency.persons.map((p) => p.name));
    expect(new Set(persons.map((p) => p.key)).size).toBe(agency.persons.length);
    expect(checked.skp?.persons).toBe(agency.persons.length);
    expect(read.sheets.find((s) => s.sheet === "SKP 2026")?.notes).toEqual([
      { code: "note-skp", persons: agency.persons.length, rows: agency.rows },
    ]);
  });

  it("reads the Kepala Dinas as the JPT, and no one else", () => {
    const jpt = read.plan.skp?.persons.filter((p) => p.jpt).map((p) => p.jabatan);
    expect(jpt).toEqual([`Kepala ${DINAS}`]);
  });

  it("with NRK columns (DKI Jakarta's e-Kinerja) reads the same persons", () => {
    const nrk = check({ idColumn: "nrk" });
    expect(nrk.agency.spec.sheets[3].rows[0].slice(0, 1)).toEqual(["nrk"]);
    expect(nrk.read.plan.skp?.persons).toHaveLength(agency.persons.length);
    expect(nrk.persons).toEqual([]);
  });
});

describe("a clean copy", () => {
  const { persons, checked } = check();

  it("gives no finding about any person", () => {
    expect(persons.map(seen)).toEqual([]);
  });

  it("measures each logged person's year against the standard, and no one else's", () => {
    const logged = new Set(checked.skp?.years.map((y) => y.person.name));
    expect(logged.size).toBeGreaterThan(10);
    // three days of 240, 270 and 270 minutes
    expect(new Set(checked.skp?.years.map((y) => y.minutes))).toEqual(new Set([780]));
  });

  it("links every RHK up to the PK: the chain of a seeded overlap ends at the Dinas's IKU", () => {
    const overlap = check({ defects: ["RHK_OVERLAP"] }).persons[0];
    // staff RHK → Kepala Subbagian / Seksi / Puskesmas RHK → (Kepala Bidang RHK →) Kadis RHK → IKU
    expect(overlap.chain?.length).toBeGreaterThanOrEqual(4);
    expect(overlap.chain?.at(-1)).toMatch(/^IKU IKU \d$/);
  });
});

describe("a copy with every defect seeded", () => {
  const { agency, persons } = check({ defects: SKP_DEFECTS });

  it("gives exactly the seeded findings about persons: code, person, name and RHK", () => {
    expect(sorted(persons.map(seen))).toEqual(sorted(agency.expected));
    expect(agency.expected.map((e) => e.code).sort()).toEqual([...SKP_DEFECTS].sort());
  });

  it("names persons by name and jabatan, their NIP masked", () => {
    const text = JSON.stringify(persons);
    for (const p of agency.persons) expect(text).not.toContain(p.nip);
    expect(persons.every((f) => /^…\d{4}$/.test(f.person?.id ?? ""))).toBe(true);
  });
});

describe("each code fires on its own defect and not on the clean copy", () => {
  const clean = new Set(check().persons.map((f) => f.code));

  it.each(SKP_DEFECTS)("%s", (code) => {
    const { agency, persons } = check({ defects: [code] });
    expect(persons.map(seen)).toEqual(agency.expected);
    expect(agency.expected.map((e) => e.code)).toEqual([code]);
    expect(clean.has(code)).toBe(false);
  });
});

describe("any agency the generator makes", () => {
  // modest by default: each run builds, reads and checks a whole agency
  const numRuns = Number(process.env.SKP_AGENCY_RUNS ?? 30);

  it("gives no finding about persons when clean, and exactly one per seeded defect", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 40, max: 160 }),
        fc.subarray([...SKP_DEFECTS]),
        (seed, staff, defects) => {
          const { agency, persons } = check({ seed, staff, defects });
          expect(agency.persons.length).toBe(staff);
          expect(sorted(persons.map(seen))).toEqual(sorted(agency.expected));
          expect(persons.map((f) => f.code).sort()).toEqual([...defects].sort());
        }
      ),
      { numRuns }
    );
  });
});
