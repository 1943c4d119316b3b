/**
 * Ordinary planners' files the v3 reading rules must not misread: kop lines, a Target heading
 * merged over a value and its satuan, each unit numbering its own rows, upper-case target headers,
 * decree titles, section rows in a long table, unit names holding "dan", a merged "Unit Kerja"
 * over a matriks's columns. Each was read right before the v3 rules and is pinned here.
 */
import { checkPlan } from "../../src/core/check";
import { looksLikeCode } from "../../src/core/text";
import { gridsFromSpec, type SheetSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";

function read(...sheets: SheetSpec[]) {
  const result = readWorkbook(gridsFromSpec({ sheets }));
  return { ...result, check: checkPlan(result.plan) };
}
const codes = (r: ReturnType<typeof read>) => r.check.findings.map((f) => f.code);

const pk = (
  unit: string,
  atasan: string | null,
  rows: Array<Array<string | number | null>>,
  kop = false
): SheetSpec => ({
  name: unit.slice(0, 20),
  rows: [
    ...(kop ? [["PEMERINTAH KABUPATEN SUKAMAJU"]] : []),
    ["PERJANJIAN KINERJA TAHUN 2026"],
    [unit.toUpperCase()],
    ...(atasan ? [[`Atasan: ${atasan}`]] : []),
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    ...rows,
  ],
});

describe("ordinary files read as before", () => {
  it("a kop line 'PEMERINTAH KABUPATEN …' above each PK is not the unit", () => {
    const r = read(
      pk(
        "Dinas Kesehatan",
        null,
        [["1", "Meningkatnya derajat kesehatan", "Angka kematian ibu", "per 100.000 KH", 90]],
        true
      ),
      pk(
        "Bidang Kesehatan Masyarakat",
        "Dinas Kesehatan",
        [["1", "Menurunnya kematian ibu", "Angka kematian ibu", "per 100.000 KH", 90]],
        true
      )
    );
    expect(r.sheets.map((s) => s.unit)).toEqual(["DINAS KESEHATAN", "BIDANG KESEHATAN MASYARAKAT"]);
    expect(codes(r)).toEqual([]);
  });

  it("'TARGET' merged over a value and its satuan keeps the values as the target", () => {
    const r = read({
      name: "PK",
      rows: [
        ["PERJANJIAN KINERJA DINAS KESEHATAN TAHUN 2026"],
        [],
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", null],
        ["1", "Meningkatnya derajat kesehatan", "Angka kematian ibu", 90, "per 100.000 KH"],
        ["2", "Meningkatnya derajat kesehatan", "Persentase balita gizi buruk ditangani", 100, "%"],
      ],
      merges: ["D3:E3"],
    });
    expect(r.tables[0].columns).toMatchObject({ target: "D", satuan: "E" });
    expect(r.plan.indicators.map((i) => [i.target.value, i.satuan])).toEqual([
      [90, "per 100.000 KH"],
      [100, "%"],
    ]);
  });

  it("units numbering their own rows 1.1, 1.2 are not linked by those numbers", () => {
    const r = read(
      pk("Dinas Kesehatan", null, [
        ["1", "Meningkatnya derajat kesehatan masyarakat", null, null, null],
        ["1.1", null, "Angka kematian ibu", "per 100.000 KH", 90],
        ["1.2", null, "Angka kematian bayi", "per 1.000 KH", 8],
        ["2", "Meningkatnya akuntabilitas kinerja", null, null, null],
        ["2.1", null, "Nilai SAKIP Dinas", "nilai", 75],
      ]),
      pk("Sekretariat", "Dinas Kesehatan", [
        ["1", "Meningkatnya akuntabilitas kinerja", null, null, null],
        ["1.1", null, "Nilai SAKIP Dinas", "nilai", 75],
        ["1.2", null, "Persentase laporan keuangan tepat waktu", "%", 100],
      ]),
      pk("Bidang Kesehatan Masyarakat", "Dinas Kesehatan", [
        ["1", "Meningkatnya derajat kesehatan masyarakat", null, null, null],
        ["1.1", null, "Angka kematian ibu", "per 100.000 KH", 90],
        ["1.2", null, "Angka kematian bayi", "per 1.000 KH", 8],
      ])
    );
    expect(codes(r)).toEqual([]);
    const sakip = r.check.links.find(
      (l) => l.child.unit === "SEKRETARIAT" && l.child.name === "Nilai SAKIP Dinas"
    );
    expect(sakip?.parent?.name).toBe("Nilai SAKIP Dinas");
  });

  it.each(["TARGET 2026", "PK 2026", "RENJA 2026"])(
    "reads a table headed 'NO | INDIKATOR KINERJA | %s'",
    (header) => {
      const r = read({
        name: "PK",
        rows: [
          ["PERJANJIAN KINERJA DINAS KESEHATAN TAHUN 2026"],
          [],
          ["NO", "INDIKATOR KINERJA", header],
          ["1", "Persentase balita gizi buruk yang ditangani", "100%"],
          ["2", "Angka kematian bayi", "8"],
        ],
      });
      expect(r.sheets[0].status).toBe("read");
      expect(r.plan.indicators.map((i) => i.target.value)).toEqual([100, 8]);
    }
  );

  it.each([
    "TARGET 2026",
    "PK 2026",
    "RW 05",
    "SMP 1",
    "ESELON 2",
    "BIDANG 2",
    "JAN 2025",
    "Jan-25",
    "TW-1",
  ])("%s is not a code", (text) => expect(looksLikeCode(text)).toBe(false));

  it.each(["SD.1", "SD.1.2", "SS-2", "BKN.4"])("%s is a code", (text) =>
    expect(looksLikeCode(text)).toBe(true)
  );

  it.each([
    ["TENTANG PENETAPAN INDIKATOR KINERJA UTAMA PERANGKAT DAERAH"],
    ["INDIKATOR KINERJA UTAMA PERIODE 2021-2026"],
    ["INDIKATOR KINERJA UTAMA RPJMD 2021-2026"],
  ])("a title '%s' names no unit: the row 'DINAS KESEHATAN' below does", (title) => {
    const r = read({
      name: "Dinkes",
      rows: [
        ["LAMPIRAN PERATURAN BUPATI SUKAMAJU"],
        [title],
        [],
        ["DINAS KESEHATAN"],
        ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target"],
        ["1", "Meningkatnya derajat kesehatan", "Angka kematian ibu", "per 100.000 KH", 90],
      ],
    });
    expect(r.sheets[0].unit).toBe("DINAS KESEHATAN");
  });

  it("a section row merged across a long table is no unit, and its Sasaran carries down", () => {
    const r = read({
      name: "IKU",
      rows: [
        ["Unit Kerja", "Unit Atasan", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
        [
          "Dinas Kesehatan",
          null,
          "Meningkatnya derajat kesehatan",
          "Angka kematian ibu",
          "per 100.000 KH",
          90,
        ],
        ["Sasaran: Meningkatnya derajat kesehatan masyarakat"],
        ["Bidang Kesmas", "Dinas Kesehatan", null, "Angka kematian ibu", "per 100.000 KH", 90],
        ["Bidang Kesmas", "Dinas Kesehatan", null, "Angka kematian bayi", "per 1.000 KH", 8],
      ],
      merges: ["A3:F3"],
    });
    expect(
      r.plan.indicators.filter((i) => i.unit === "Bidang Kesmas").map((i) => i.objective)
    ).toEqual([
      "Meningkatnya derajat kesehatan masyarakat",
      "Meningkatnya derajat kesehatan masyarakat",
    ]);
  });

  it("'Bidang Pemerintahan Desa dan Kelurahan' is one unit; 'Subbag Perencanaan, Subbag Keuangan' two", () => {
    const r = read(
      {
        name: "DPMD",
        rows: [
          ["INDIKATOR KINERJA UTAMA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
          ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Penanggung Jawab"],
          [
            "1",
            "Meningkatnya desa mandiri",
            "Persentase desa mandiri",
            "%",
            20,
            "Bidang Pemerintahan Desa dan Kelurahan",
          ],
          [
            "2",
            "Meningkatnya akuntabilitas",
            "Nilai SAKIP",
            "nilai",
            70,
            "Subbag Perencanaan, Subbag Keuangan",
          ],
        ],
      },
      {
        name: "Bid Pemdes",
        rows: [
          ["PERJANJIAN KINERJA BIDANG PEMERINTAHAN DESA DAN KELURAHAN TAHUN 2026"],
          ["Atasan: Dinas Pemberdayaan Masyarakat dan Desa"],
          ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
          ["1", "Meningkatnya desa mandiri", "Persentase desa mandiri", "%", 20],
        ],
      }
    );
    expect(r.plan.rules.map((x) => x.child)).toEqual([
      "Bidang Pemerintahan Desa dan Kelurahan",
      "Subbag Perencanaan",
      "Subbag Keuangan",
    ]);
    // the column names a unit that has rows: the two Subbag without rows are not found (§3)
    expect(r.check.findings.filter((f) => f.code === "UNIT_NOT_FOUND").map((f) => f.unit)).toEqual([
      "Subbag Perencanaan",
      "Subbag Keuangan",
    ]);
  });

  const children: SheetSpec[] = [
    {
      name: "Dinkes",
      rows: [
        ["PERJANJIAN KINERJA DINAS KESEHATAN TAHUN 2026"],
        ["No", "Indikator Kinerja", "Satuan", "Target"],
        ["1", "Angka kematian ibu", "per 100.000 KH", 90],
        ["2", "Nilai SAKIP", "nilai", 75],
      ],
    },
    {
      name: "Sekretariat",
      rows: [
        ["PERJANJIAN KINERJA SEKRETARIAT TAHUN 2026"],
        ["No", "Indikator Kinerja", "Satuan", "Target"],
        ["1", "Nilai SAKIP", "nilai", 75],
      ],
    },
    {
      name: "Yankes",
      rows: [
        ["PERJANJIAN KINERJA BIDANG PELAYANAN KESEHATAN TAHUN 2026"],
        ["No", "Indikator Kinerja", "Satuan", "Target"],
        ["1", "Angka kematian ibu", "per 100.000 KH", 90],
      ],
    },
  ];

  it.each([
    ["under a matriks title", ["MATRIKS CASCADING DINAS KESEHATAN"]],
    ["without a title", []],
  ])(
    "a merged 'Unit Kerja' over the matriks's unit columns (%s) gives each unit its marks",
    (_how, title) => {
      const top = title.length;
      const r = read(...children, {
        name: "Matriks",
        rows: [
          ...(top ? [title] : []),
          ["No", "Indikator Kinerja", "Unit Kerja", null],
          [null, null, "Sekretariat", "Bidang Pelayanan Kesehatan"],
          ["1", "Angka kematian ibu", null, "F"],
          ["2", "Nilai SAKIP", "F", null],
        ],
        merges: [`A${top + 1}:A${top + 2}`, `B${top + 1}:B${top + 2}`, `C${top + 1}:D${top + 1}`],
      });
      expect(r.plan.rules.map((x) => [x.parent, x.child])).toEqual([
        ["Angka kematian ibu", "Bidang Pelayanan Kesehatan"],
        ["Nilai SAKIP", "Sekretariat"],
      ]);
      expect(codes(r)).toEqual([]);
    }
  );

  it("a 'Unit Kerja : Dinas Kesehatan' line under a matriks title is no table", () => {
    const r = read(...children, {
      name: "Matriks",
      rows: [
        ["MATRIKS CASCADING INDIKATOR KINERJA"],
        ["Unit Kerja", ":", "Dinas Kesehatan"],
        [],
        ["No", "Indikator Kinerja Utama", "Sekretariat", "Bidang Pelayanan Kesehatan"],
        ["1", "Angka kematian ibu", null, "F"],
        ["2", "Nilai SAKIP", "F", null],
      ],
    });
    expect(r.tables.filter((t) => t.sheet === "Matriks")).toHaveLength(1);
    expect(r.sheets.find((s) => s.sheet === "Matriks")?.notes.map((n) => n.code)).not.toContain(
      "note-matrix-owner-unknown"
    );
    expect(codes(r)).toEqual([]);
  });
});
