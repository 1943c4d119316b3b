/**
 * Who is a Jabatan Pimpinan Tinggi (Eselon I and II): their RHK come from the unit's PK and
 * intervene nothing; everyone else's must intervene their leader's. A Sekretaris Dinas is an
 * Administrator (Eselon III.a), and a jenis jabatan / eselon column, where the export has one,
 * decides over the title. Invented people and NIPs.
 */
import { checkPlan } from "../../src/core/check";
import { EKINERJA_HEADER } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec, type SheetSpec } from "../../src/sample/spec";
import type { CellValue } from "../../src/workbook/grid";
import { readWorkbook } from "../../src/workbook/read";

const DINAS = "Dinas Perhubungan Kabupaten Sentosa";
const KADIS = ["197104042000031001", "Ir. Galih Permana", `Kepala ${DINAS}`, DINAS];
const SEKDIS = ["197805052003122002", "Maya Kusuma", "Sekretaris Dinas", "Sekretariat"];
const TERTIB = "Meningkatnya ketertiban lalu lintas";
const AKUNTABEL = "Terwujudnya tata kelola dinas yang akuntabel";

function skpRow(
  p: string[],
  intervened: string | null,
  rhk: string,
  penilai: string[]
): CellValue[] {
  return [
    ...p,
    intervened,
    rhk,
    "Kuantitas",
    `Jumlah ${rhk.toLowerCase()}`,
    4,
    "Laporan",
    1,
    1,
    1,
    1,
    ...penilai.slice(0, 3),
  ];
}

function check(sheets: SheetSpec[]) {
  const read = readWorkbook(gridsFromSpec({ sheets }));
  return checkPlan(read.plan).findings.filter((f) => f.person);
}

describe("a Sekretaris Dinas is an Administrator, not a JPT", () => {
  const iku: SheetSpec = {
    name: "IKU",
    rows: [
      ["Unit Kerja", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
      [DINAS, TERTIB, "Persentase simpang dengan lampu lalu lintas berfungsi", "%", 90],
      [DINAS, AKUNTABEL, "Nilai SAKIP dinas", "Nilai", 75],
      ["Sekretariat", "Tersusunnya laporan kinerja dinas", "Jumlah laporan kinerja", "Laporan", 4],
    ],
  };
  const export_ = (sekdisIntervenes: string | null): SheetSpec => ({
    name: "SKP",
    rows: [
      [...EKINERJA_HEADER],
      skpRow(KADIS, null, TERTIB, ["", "Bupati Sentosa", "Bupati"]),
      skpRow(KADIS, null, AKUNTABEL, ["", "Bupati Sentosa", "Bupati"]),
      // her RHK is hers, not the Sekretariat's IKU: she carries the Kadis's, as staff do
      skpRow(SEKDIS, sekdisIntervenes, "Terkelolanya keuangan dinas secara tertib", KADIS),
      skpRow(SEKDIS, TERTIB, "Terlaksananya dukungan administrasi operasi ketertiban", KADIS),
    ],
  });

  it("her RHK intervening the Kadis's are not checked against the Sekretariat's PK", () => {
    expect(check([iku, export_(AKUNTABEL)]).map((f) => f.code)).toEqual([]);
  });

  it("her RHK that intervenes nothing is RHK_NOT_INTERVENING, as for any Administrator", () => {
    const findings = check([iku, export_(null)]).map((f) => `${f.code} ${f.person?.name}`);
    expect(findings).toEqual([
      // the Kadis's RHK she no longer carries
      "LEADER_RHK_UNUSED Ir. Galih Permana",
      "RHK_NOT_INTERVENING Maya Kusuma",
    ]);
  });
});

describe("a jenis jabatan column decides who is a JPT", () => {
  const levels: Array<[jenis: string, jpt: boolean]> = [
    ["JPT Pratama", true],
    ["Jabatan Pimpinan Tinggi Madya", true],
    ["Eselon II.a", true],
    ["Eselon I.b", true],
    ["Eselon III.a", false],
    ["Eselon IV.b", false],
    ["Administrator", false],
    ["Pengawas", false],
  ];
  // each a person of their own unit, with one RHK that intervenes nothing; the titles say nothing
  // of the level ("Kepala Dinas" would be a JPT by its title alone; the column says otherwise)
  const sheet: SheetSpec = {
    name: "SKP",
    rows: [
      [...EKINERJA_HEADER, "jenis_jabatan"],
      ...levels.map(([jenis], i) => [
        ...skpRow(
          [
            `19800101200501100${i}`,
            `Pegawai ${i + 1}`,
            i === 4 ? "Kepala Dinas Sosial" : "Pejabat",
            `Unit ${i + 1}`,
          ],
          null,
          `Terlaksananya tugas unit ${i + 1} tahun berjalan`,
          ["", "", ""]
        ),
        jenis,
      ]),
    ],
  };

  it.each(levels)("%s: a JPT is %s", (jenis, jpt) => {
    const who = `Pegawai ${levels.findIndex(([j]) => j === jenis) + 1}`;
    const notIntervening = check([sheet]).some(
      (f) => f.code === "RHK_NOT_INTERVENING" && f.person?.name === who
    );
    expect(notIntervening).toBe(!jpt);
  });
});
