/**
 * Whose RHK a person intervenes: their Penilai's, found by NIP, else by name; without a Penilai,
 * the head of their unit's (its JPT, else its "Kepala …"). Checked on plain SKP data, with the
 * lookups indexed so that an agency of thousands is not searched person by person.
 */
import {
  checkSkp,
  DEFAULT_STANDARDS,
  personKey,
  type SkpPerson,
  type SkpRhk,
} from "../../src/core/skp";

const at = { sheet: "SKP", cell: "A1" };
let next = 0;
function person(
  name: string,
  jabatan: string,
  unit: string,
  extra: Partial<SkpPerson> = {}
): SkpPerson {
  const id = extra.id;
  return {
    key: personKey(id, name, jabatan, unit),
    name,
    jabatan,
    unit,
    jpt: false,
    cell: at,
    ...extra,
  };
}
function rhk(p: SkpPerson, text: string, intervened?: string): SkpRhk {
  return {
    id: `r${next++}`,
    person: p.key,
    text,
    ...(intervened ? { intervened } : {}),
    additional: false,
    ikis: [],
    cell: at,
  };
}
function findings(persons: SkpPerson[], rhks: SkpRhk[]) {
  return checkSkp(
    { persons, rhk: rhks, activities: [], standards: DEFAULT_STANDARDS },
    { indicators: [], units: [] }
  ).findings.map(
    (f) => `${f.code} ${f.person?.name}${f.detail?.leader ? ` (leader ${f.detail.leader})` : ""}`
  );
}

const BINA = "Terlaksananya pembinaan kader kesehatan desa";
const SIAGA = "Terbinanya desa siaga aktif";

describe("without a Penilai, a person's leader is the head of their unit", () => {
  const kabid = person(
    "Galih Susanto",
    "Kepala Bidang Kesehatan Masyarakat",
    "Bidang Kesehatan Masyarakat"
  );
  const staff = [1, 2, 3].map((i) =>
    person(`Penyuluh ${i}`, "Penyuluh Kesehatan Masyarakat", "Bidang Kesehatan Masyarakat")
  );

  it("the Kepala Bidang: staff carrying his RHK give nothing", () => {
    const rhks = [
      rhk(kabid, BINA),
      rhk(kabid, SIAGA),
      ...staff.map((s, i) => rhk(s, `Terbinanya kader di desa ${i + 1}`, i ? SIAGA : BINA)),
    ];
    // the Kepala Bidang's own RHK name nothing: with no Penilai and no JPT above him here, he leads
    expect(findings([kabid, ...staff], rhks)).toEqual([
      "RHK_NOT_INTERVENING Galih Susanto",
      "RHK_NOT_INTERVENING Galih Susanto",
    ]);
  });

  it("an RHK naming none of the head's is a broken link to him", () => {
    const rhks = [
      rhk(kabid, BINA, "Meningkatnya kesehatan masyarakat"),
      rhk(staff[0], "Terbinanya kader di desa 1", "Tersedianya data kader"),
    ];
    expect(findings([kabid, staff[0]], rhks)).toEqual([
      // his own leader is not in the file
      "EXTERNAL_LINK Galih Susanto",
      "BROKEN_LINK Penyuluh 1 (leader Galih Susanto)",
      "LEADER_RHK_UNUSED Galih Susanto",
    ]);
  });

  it("where the unit has a JPT, the JPT leads, not a Kepala Subbagian of the same unit", () => {
    const kadis = person("dr. Wulan Permata", "Kepala Dinas Kesehatan", "Dinas Kesehatan", {
      jpt: true,
    });
    const kasubag = person("Eko Halim", "Kepala Subbagian Umum", "Dinas Kesehatan");
    const rhks = [
      rhk(kasubag, "Terkelolanya persuratan dinas"),
      rhk(kadis, SIAGA),
      rhk(kasubag, "Terlaksananya dukungan desa siaga", SIAGA),
    ];
    expect(findings([kasubag, kadis], rhks)).toEqual(["RHK_NOT_INTERVENING Eko Halim"]);
  });
});

describe("a Penilai named without an identifier", () => {
  it("is found by name, however the name is written", () => {
    const kasi = person(
      "Rina Kusuma",
      "Kepala Seksi Promosi Kesehatan",
      "Bidang Kesehatan Masyarakat",
      { id: "198505052010012005" }
    );
    const staff = person(
      "Bayu Anggraini",
      "Penyuluh Kesehatan Masyarakat",
      "Bidang Kesehatan Masyarakat",
      {
        id: "199206062019031006",
        penilai: { name: "RINA  KUSUMA" },
      }
    );
    expect(
      findings(
        [kasi, staff],
        [rhk(kasi, BINA, "x"), rhk(staff, "Terbinanya kader di desa 1", BINA)]
      )
    ).toEqual([
      // the Kepala Seksi's own leader is not in the file
      "EXTERNAL_LINK Rina Kusuma",
    ]);
  });
});
