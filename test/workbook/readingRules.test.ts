import { reasonText } from "../../src/core/reasonMessages";
import type { Reason } from "../../src/core/reasons";
/**
 * DESIGN.md §3 "What real files showed (v3)": each rule with the look-alike that the reader used to
 * get wrong (issue 10), read and checked as a planner would.
 */
import { cascadePlan } from "../../src/core/cascade";
import { checkPlan } from "../../src/core/check";
import { findingMessage } from "../../src/core/messages";
import { looksLikeCode, normalizeCode, foldSatuan } from "../../src/core/text";
import { understandingMessage, understandingNotes } from "../../src/core/understanding";
import { gridsFromSpec, type SheetSpec } from "../../src/sample/spec";
import type { CellValue } from "../../src/workbook/grid";
import { planFill } from "../../src/workbook/fill";
import { readWorkbook } from "../../src/workbook/read";
import { cascadeTree } from "../fixtures/lookalikes";
import * as F from "../fixtures/v3lookalikes";

/** A reason as the English output says it ("" for none). */
const en = (r?: Reason) => (r ? reasonText(r, "en") : "");

function read(...sheets: SheetSpec[]) {
  const result = readWorkbook(gridsFromSpec({ sheets }));
  return { ...result, check: checkPlan(result.plan) };
}
const codes = (r: ReturnType<typeof read>) => r.check.findings.map((f) => f.code);

describe("codes of any shape", () => {
  it.each([
    "B.1",
    "SU.1",
    "BKN.4",
    "KR1.2",
    "SS-2",
    "SS 2",
    "IKU.3",
    "IKU 1.2",
    "I.1.a",
    "1.1.1.",
    "1.3..",
    "2896.BMA.004",
  ])("%s reads as a code", (code) => expect(looksLikeCode(code)).toBe(true));

  it.each(["TW 1", "TW-1", "Tahun 2026", "TA 2025", "Rp 500", "Bagian 2", "Indeks Sistem Merit"])(
    "%s is not a code",
    (text) => expect(looksLikeCode(text)).toBe(false)
  );

  it("normalises a code's segments, letters folded and trailing dots dropped", () => {
    expect(normalizeCode("SS-2")).toBe(normalizeCode("ss.2"));
    expect(normalizeCode("1.3..")).toBe(normalizeCode("1.3."));
    expect(normalizeCode("IKU.3")).toBe("3");
    expect(normalizeCode("BKN.4")).not.toBe(normalizeCode("4"));
  });

  it("links a long table's 'Kode IKU Atasan' written with letter prefixes", () => {
    const r = read(F.letterCodedLongTable());
    expect(codes(r)).toEqual([]);
  });

  it("takes every value of a column headed 'Kode IKU Atasan' as a code, whatever its shape", () => {
    const r = read(
      F.letterCodedLongTable({
        head: ["Merit-04", "JF-02"],
        biro: ["Merit-04.1", "JF-02.1"],
        links: ["merit-04", "JF-02"],
      })
    );
    expect(codes(r)).toEqual([]);
  });

  it("still reports a letter-coded link that names no parent IKU", () => {
    const r = read(
      F.letterCodedLongTable({
        head: ["BKN.4", "SS-2"],
        biro: ["B.1", "SU.1"],
        links: ["BKN.4", "SS-3"],
      })
    );
    expect(codes(r)).toEqual(["NOT_CASCADED", "BROKEN_LINK"]);
    expect(r.check.findings[1]).toMatchObject({ unit: "Biro Umum", parent: "SS-3" });
  });
});

describe("no link is dropped silently", () => {
  it("two rows naming each other are one LINK_CYCLE at the first row", () => {
    const r = read(F.mutualLinks());
    const cycle = r.check.findings.filter((f) => f.code === "LINK_CYCLE");
    expect(cycle).toHaveLength(1);
    expect(cycle[0].at).toEqual({ sheet: "IKU", cell: "E3" });
    expect(codes(r)).not.toContain("LINK_NOT_UPWARD");
    expect(findingMessage(cycle[0], "id")).toContain("1.1 (Biro SDM), 1.2 (Biro SDM)");
    expect(findingMessage(cycle[0], "en")).toMatch(/^Parent IKU links form a cycle/);
  });

  it("a unit stated as its own parent is a LINK_CYCLE", () => {
    const r = read(F.selfParent());
    expect(r.check.findings).toEqual([
      expect.objectContaining({ code: "LINK_CYCLE", unit: "Biro SDM" }),
    ]);
  });

  it("a link to a sibling's row that does not name back stays LINK_NOT_UPWARD", () => {
    const sheet = F.mutualLinks();
    sheet.rows[3][7] = "1"; // 1.2 now names the Badan's IKU
    const r = read(sheet);
    expect(codes(r)).toContain("LINK_NOT_UPWARD");
    expect(codes(r)).not.toContain("LINK_CYCLE");
  });
});

describe("a year is a target header", () => {
  it.each<[string, string | number]>([
    ["a year as text", "2017"],
    ["a year as a number", 2017],
    ["Tahun 2017", "Tahun 2017"],
    ["TA 2017", "TA 2017"],
    ["a footnoted year", "2017*"],
  ])("reads the target under %s", (_label, header) => {
    const r = read(F.yearOnlyTarget(header));
    expect(r.tables[0].columns.target).toBe("E");
    expect(r.plan.indicators.map((i) => i.target.value)).toEqual([40, 12.5]);
    expect(codes(r)).not.toContain("TARGET_MISSING");
  });

  it("with a Renstra's years side by side, takes the workbook's year and lists the others", () => {
    const sheet: SheetSpec = {
      name: "Renstra",
      rows: [
        ["PERJANJIAN KINERJA TAHUN 2025"],
        ["DINAS PERHUBUNGAN"],
        ["No", "Indikator Kinerja", "Satuan", 2024, 2025, 2026],
        ["1", "Persentase armada angkutan umum laik jalan", "%", 80, 85, 90],
      ],
    };
    const r = read(sheet);
    expect(r.tables[0].columns.target).toBe("E");
    expect(r.plan.indicators[0].target.value).toBe(85);
    expect(r.sheets[0].notes.map(en).join(" ")).toContain('D "2024"');
  });
});

describe("long indicator headers", () => {
  it("reads 'Indikator Kinerja Program (Outcome) dan Kegiatan (Output)' as the indicator column", () => {
    const r = read(F.renjaLongHeader());
    expect(r.sheets[0].status).toBe("read");
    expect(r.tables[0].columns).toMatchObject({ indicator: "D", satuan: "E", target: "F" });
    expect(r.plan.indicators.map((i) => i.name)).toEqual([
      "Persentase informasi publik yang terdiseminasi",
      "Jumlah konten informasi yang diterbitkan",
    ]);
  });

  it("keeps 'Definisi Indikator' and 'Sumber Data Indikator' never-fields", () => {
    const sheet = F.renjaLongHeader();
    sheet.rows[3] = [...(sheet.rows[3] as string[]), "Definisi Indikator", "Sumber Data Indikator"];
    const r = read(sheet);
    expect(r.tables[0].columns.indicator).toBe("D");
  });
});

describe("a merged heading over a numbering column and a text column", () => {
  it("gives the indicator to the text column and the numbers to No", () => {
    const r = read(F.mergedIndicatorHeading());
    expect(r.tables[0].columns).toMatchObject({ no: "B", indicator: "C" });
    expect(r.plan.indicators.map((i) => i.name)).toEqual([
      "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      "Nilai maturitas SPIP",
      "Jumlah laporan hasil pemeriksaan",
    ]);
    expect(r.plan.units.map((u) => u.name)).toEqual(["INSPEKTORAT DAERAH"]);
  });

  it("a sheet whose table gives no indicator rows is not 'read'", () => {
    const sheet = F.mergedIndicatorHeading();
    sheet.rows = sheet.rows.slice(0, 4);
    sheet.merges = ["B4:C4"];
    const r = read(sheet);
    expect(r.sheets[0]).toMatchObject({ status: "ignored", tables: 0 });
    expect(en(r.sheets[0].reason)).toContain("row 4 holds no indicator rows");
  });
});

describe("carry-down stops at a unit boundary", () => {
  it.each([
    ["merged", true],
    ["blank", false],
  ])("a %s Sasaran of the head does not reach the Bidang's rows", (_how, merged) => {
    const r = read(F.carryDownAcrossUnits(merged));
    const bidang = r.plan.indicators.filter((i) => i.unit === "Bidang Pajak");
    expect(bidang.map((i) => i.objective)).toEqual([undefined, undefined]);
    // the copy of the head's IKU links by name; the other row serves nothing: a real orphan
    expect(r.check.findings.filter((f) => f.code === "ORPHAN")).toEqual([
      expect.objectContaining({
        unit: "Bidang Pajak",
        indicator: "Jumlah kendaraan dinas yang dirawat",
      }),
    ]);
  });

  it("still carries a merged Sasaran down within one unit", () => {
    const r = read(F.carryDownAcrossUnits(true));
    const head = r.plan.indicators.filter((i) => i.unit === "Badan Pendapatan Daerah");
    expect(head.map((i) => i.objective)).toEqual([
      "Meningkatnya pendapatan asli daerah",
      "Meningkatnya pendapatan asli daerah",
    ]);
  });
});

describe("satuan spellings", () => {
  it.each([
    ["Tahap", "Tahapan"],
    ["Dok", "Dokumen"],
    ["Dok.", "dokumen"],
    ["Org", "Orang"],
    ["Keg", "Kegiatan"],
    ["Lap", "Laporan"],
    ["Pkt", "Paket"],
    ["Bln", "Bulan"],
    ["Thn", "Tahun"],
    ["Prosentase", "%"],
    ["Persentase", "Persen"],
  ])("%s = %s", (a, b) => expect(foldSatuan(a)).toBe(foldSatuan(b)));

  it("'Tahap' under a 'Tahapan' parent is no UNIT_MISMATCH, and the real shortfall shows", () => {
    const r = read(F.satuanSpellings());
    expect(codes(r)).toEqual(["PARTIAL_SHORTFALL"]);
  });

  it("a satuan that really differs is still a UNIT_MISMATCH", () => {
    const r = read(F.satuanSpellings(["Tahap", "Dokumen"]));
    expect(codes(r)).toContain("UNIT_MISMATCH");
  });
});

describe("two references that normalise equal are one", () => {
  it("a plain matrix mark and a typed one for '1.3.' and '1.3..' give no RULE_CONFLICT", () => {
    const r = read(F.trailingDotCodes(), {
      name: "Matriks",
      rows: [
        ["MATRIKS CASCADING"],
        ["Kode", "Indikator Kinerja", "Bidang Pemeliharaan"],
        ["1.3..", "Persentase panjang jalan mantap", "F"],
      ],
    });
    expect(codes(r)).toEqual([]);
  });

  it("two different types for one parent still disagree", () => {
    const r = read(F.trailingDotCodes(), {
      name: "Matriks",
      rows: [
        ["MATRIKS CASCADING"],
        ["Kode", "Indikator Kinerja", "Bidang Pemeliharaan"],
        ["1.3..", "Persentase panjang jalan mantap", "P"],
      ],
    });
    expect(codes(r)).toContain("RULE_CONFLICT");
  });
});

describe("extended codes (pohon kinerja numbering)", () => {
  it.each([
    ["an 'Atasan:' line", true],
    ["the numbering alone", false],
  ])("links '1.1.1.' to the Dinas's '1.1.' with the hierarchy from %s", (_from, atasan) => {
    const r = read(...F.pohonKinerjaNumbering(atasan));
    expect(r.plan.indicators.map((i) => i.code)).toEqual(["1.1.", "1.2.", "1.1.1.", "1.2.1."]);
    expect(codes(r)).toEqual([]);
    const links = r.check.links.map((l) => [l.child.code, l.parent?.code, l.inferred]);
    expect(links).toEqual([
      ["1.1.1.", "1.1.", true],
      ["1.2.1.", "1.2.", true],
    ]);
  });

  it("plain numbering (1, 2, 3) in a No column is no code", () => {
    const r = read(F.yearOnlyTarget());
    expect(r.plan.indicators.map((i) => i.code)).toEqual([undefined, undefined]);
  });
});

describe("titles name the unit", () => {
  it.each([
    [
      "TARGET KINERJA INSPEKTORAT DAERAH KABUPATEN SUKAMAJU",
      "INSPEKTORAT DAERAH KABUPATEN SUKAMAJU",
    ],
    ["BPKAD PROVINSI JAWA BARAT", "BPKAD PROVINSI JAWA BARAT"],
    ["INDIKATOR KINERJA UTAMA (IKU) DINAS SOSIAL TAHUN 2024-2026", "DINAS SOSIAL"],
    ["IKU BIRO UMUM", "BIRO UMUM"],
    ["Perjanjian Kinerja Biro Hukum Tahun 2026", "Biro Hukum"],
    ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2026", "Lembar1"],
    ["PERJANJIAN KINERJA TAHUN 2026", "Lembar1"],
  ])("%s → %s", (title, unit) => {
    const r = read({
      name: "Lembar1",
      rows: [
        [title],
        [],
        ["No", "Indikator Kinerja", "Satuan", "Target"],
        ["1", "Persentase arsip tertata", "%", 90],
      ],
    });
    expect(r.sheets[0].unit).toBe(unit);
  });
});

describe("Penanggung Jawab inside one unit's document", () => {
  it("names the unit's Bidang, which have no tables: children without a table, no errors", () => {
    const r = read(F.penanggungJawabInside());
    expect(r.check.findings).toEqual([]);
    const bidang = r.check.index.node("Bidang Pengembangan Kompetensi");
    expect(bidang).toMatchObject({ withoutTable: true, rows: [] });
    expect(bidang?.parents).toEqual([r.check.index.node("BKPSDM Kabupaten Sukamaju")?.key]);
  });

  it("one unit whose name lists its functions is not split; units named side by side are", () => {
    const r = read(F.penanggungJawabInside());
    expect(r.plan.rules.map((x) => x.child)).toEqual([
      "Bidang Pengembangan Kompetensi",
      "Bidang Pengadaan, Pemberhentian, Mutasi dan Promosi",
      "Sekretariat",
      "Bidang Pengadaan, Pemberhentian, Mutasi dan Promosi",
    ]);
  });

  it("narrative lines under the table are not indicators", () => {
    const r = read(F.penanggungJawabInside());
    expect(r.plan.indicators).toHaveLength(3);
  });

  it("a name a slip away from a unit that has rows is still UNIT_NOT_FOUND", () => {
    const sheet = F.penanggungJawabInside();
    sheet.rows[3][5] = "Sekretaryat";
    sheet.rows[5][5] = "Bidang Pengadaan, Pemberhentian, Mutasi dan Promosi";
    const r = read(sheet, {
      name: "PK Sekretariat",
      rows: [
        ["PERJANJIAN KINERJA SEKRETARIAT TAHUN 2026"],
        ["Atasan: BKPSDM Kabupaten Sukamaju"],
        ["No", "Indikator Kinerja", "Satuan", "Target"],
        ["1", "Indeks Profesionalitas ASN", "Indeks", 75],
      ],
    });
    expect(r.check.findings.filter((f) => f.code === "UNIT_NOT_FOUND")).toEqual([
      expect.objectContaining({ unit: "Sekretaryat" }),
    ]);
  });

  it("units named by a matrix with no rows stay UNIT_NOT_FOUND", () => {
    const r = read(F.trailingDotCodes(), {
      name: "Matriks",
      rows: [
        ["MATRIKS CASCADING"],
        ["Kode", "Indikator Kinerja", "Bidang Pemeliharaan", "Bidang Pembangunan Jalan"],
        ["1.3.", "Persentase panjang jalan mantap", "F", "F"],
      ],
    });
    expect(codes(r)).toContain("UNIT_NOT_FOUND");
  });
});

describe("a matriks has a unit", () => {
  const variants = ["codes", "names", "transposed", "kMarks"] as const;

  it.each(variants)(
    "a PK set with a matriks (%s) links every Bidang and reports what the matriks asks",
    (variant) => {
      const r = read(...F.pkSetWithMatrix(variant));
      const matriks = r.sheets.find((s) => s.sheet === "Matriks");
      expect(matriks).toMatchObject({ status: "read", unit: "DINAS KESEHATAN" });
      expect(matriks?.notes.map(en).join(" ")).toContain("from its title");
      const missing = r.check.findings
        .filter((f) => f.code === "MISSING_CONTRIBUTION")
        .map((f) => [f.unit, f.detail?.type]);
      expect(missing).toEqual(
        expect.arrayContaining([
          ["BIDANG P2P", "partial"],
          ["BIDANG KESEHATAN MASYARAKAT", "partial"],
        ])
      );
      expect(codes(r).filter((c) => c !== "MISSING_CONTRIBUTION")).toEqual([]);
      expect(missing).toHaveLength(variant === "kMarks" ? 3 : 2);
      for (const unit of [
        "BIDANG PELAYANAN KESEHATAN",
        "BIDANG KESEHATAN MASYARAKAT",
        "BIDANG P2P",
      ])
        expect(r.check.index.node(unit)?.parents).toEqual([
          r.check.index.node("Dinas Kesehatan")?.key,
        ]);
    }
  );

  it.each(variants)(
    "fill adds the rows the matriks (%s) asks for: an equal P split and a 40 %% share",
    (variant) => {
      const grids = gridsFromSpec({ sheets: F.pkSetWithMatrix(variant) });
      const result = readWorkbook(grids);
      const plan = planFill(result, grids, cascadePlan(result.plan));
      const targets = plan.changes.filter((c) => c.cell === "D5").map((c) => [c.sheet, c.new]);
      expect(targets).toEqual([
        ["PK P2P", 30],
        ["PK Kesmas", 200],
      ]);
      expect(plan.inserts.map((i) => i.sheet)).toEqual(["PK P2P", "PK Kesmas"]);
      expect(plan.conflicts).toEqual([]);
    }
  );

  it("gives the Dinas's rows the matriks's codes when its PK has none", () => {
    const r = read(...F.pkSetWithMatrix("codes"));
    expect(
      r.plan.indicators.filter((i) => i.unit === "DINAS KESEHATAN").map((i) => i.code)
    ).toEqual(["IKU 1", "IKU 2", "IKU 3"]);
  });

  it("without a title naming it, the matriks belongs to the unit whose IKU names it lists", () => {
    const sheets = F.pkSetWithMatrix("codes");
    sheets[4].rows[0] = ["MATRIKS CASCADING"];
    const r = read(...sheets);
    expect(r.sheets[4].unit).toBe("DINAS KESEHATAN");
    expect(r.sheets[4].notes.map(en).join(" ")).toContain("from its IKU names");
  });

  it("says so when it cannot tell whose matriks it is", () => {
    const sheets = F.pkSetWithMatrix("codes");
    sheets[4].rows[0] = ["MATRIKS CASCADING"];
    for (const row of sheets[4].rows.slice(3)) row[1] = `Indikator lain ${String(row[0])}`;
    const r = read(...sheets);
    expect(r.sheets[4].notes.map(en).join(" ")).toContain("the matriks's own unit is unknown");
  });
});

describe("the profile always wins", () => {
  it("reads a sheet detection refused (indicator headers side by side) as the profile maps it", () => {
    const grids = gridsFromSpec({ sheets: [cascadeTree()] });
    expect(readWorkbook(grids).sheets[0].status).toBe("refused");
    const r = readWorkbook(grids, {
      version: 1,
      sheets: { "15 IKI (PK)": { headerRow: 3, columns: { unit: "A", indicator: "B" } } },
    });
    expect(r.sheets[0].status).toBe("read");
    expect(r.plan.indicators.map((i) => [i.unit, i.name])).toEqual([
      ["Kepala Biro", "Jumlah Unit Pelayanan Publik terbaik sesuai kriteria Provinsi"],
    ]);
  });

  it("reads a column detection took for a never-field when the profile maps it", () => {
    const sheet = F.renjaLongHeader();
    sheet.rows[3][3] = "Program (Outcome) dan Kegiatan (Output)";
    const grids = gridsFromSpec({ sheets: [sheet] });
    expect(readWorkbook(grids).sheets[0].status).not.toBe("read");
    const r = readWorkbook(grids, {
      version: 1,
      sheets: { Renja: { columns: { indicator: "D", satuan: "E", target: "F" } } },
    });
    expect(r.sheets[0].status).toBe("read");
    expect(r.plan.indicators.map((i) => i.target.value)).toEqual([95, 240]);
  });
});

describe("more presentations planners use", () => {
  it("a Rencana Aksi row is its PK indicator even when its quarters are empty (WTP, BB)", () => {
    const r = read(F.pkWithRencanaAksi());
    expect(r.plan.indicators).toHaveLength(3);
    expect(r.plan.indicators[2].periods?.map((p) => p.value)).toEqual([80, 81, 81, 82]);
    expect(codes(r)).toEqual([]);
  });

  it("an export of 38 columns, eight of them known, is a table", () => {
    const r = read(F.wideExport());
    expect(r.tables[0].columns).toMatchObject({
      unit: "C",
      indicator: "F",
      target: "H",
      code: "J",
    });
    expect(r.plan.indicators.map((i) => i.code)).toEqual(["IM.1", "IM.2"]);
  });

  it("'INDIKATOR MUTU KARS' heads an indicator column and its title names the RSUD", () => {
    const r = read({
      name: "Mutu",
      rows: [
        ["INDIKATOR MUTU KARS RSUD SUKAMAJU TAHUN 2026"],
        ["No", "INDIKATOR MUTU KARS", "Satuan", "Target"],
        ["1", "Kepatuhan identifikasi pasien", "%", 100],
      ],
    });
    expect(r.sheets[0]).toMatchObject({ status: "read", unit: "RSUD SUKAMAJU" });
  });
});

describe("a workbook not understood does not look clean", () => {
  it("says which units stand alone when the matriks that placed them cannot be read", () => {
    const sheets = F.pkSetWithMatrix("codes");
    sheets[4].rows[0] = ["MATRIKS CASCADING"];
    for (const row of sheets[4].rows.slice(3)) row[1] = `Indikator lain ${String(row[0])}`;
    const r = read(...sheets);
    const notes = understandingNotes(r.check);
    expect(notes.map((n) => n.code)).toEqual(["PLACE_UNKNOWN", "EXTERNAL_LINKS"]);
    expect(notes[0].units).toEqual([
      "BIDANG PELAYANAN KESEHATAN",
      "BIDANG KESEHATAN MASYARAKAT",
      "BIDANG P2P",
    ]);
    expect(understandingMessage(notes[0], "en")).toMatch(/^3 units have no known parent/);
    expect(understandingMessage(notes[1], "id")).toContain(
      "3 baris dari 3 unit menaut ke IKU di luar workbook"
    );
  });

  it("says nothing when the tree was understood", () => {
    const r = read(...F.pkSetWithMatrix("codes"));
    expect(understandingNotes(r.check)).toEqual([]);
  });
});

describe("a matriks's shares weigh an Average-type partial set", () => {
  // Indeks Kepuasan Masyarakat 80 at the Dinas; the Kantor Wilayah at 75 and 83.33: straddling,
  // so unweighted the mean 79.17 falls short (PARTIAL_UNVERIFIED) — the matriks's 40 % / 60 % make
  // it 0.4 × 75 + 0.6 × 83.33 = 80 exactly
  const sheets = (transposed: boolean): SheetSpec[] => {
    const pk = (unit: string, rows: CellValue[][]): SheetSpec => ({
      name: unit.slice(0, 25),
      rows: [
        [`PERJANJIAN KINERJA ${unit} TAHUN 2026`],
        [],
        ["No", "Kode", "Indikator Kinerja", "Satuan", "Target", "IKU Atasan"],
        ...rows,
      ],
    });
    const ikm = "Indeks Kepuasan Masyarakat atas layanan perizinan";
    return [
      pk("DINAS PENANAMAN MODAL", [["1", "IKU 1", ikm, "Indeks", 80, null]]),
      pk("BIDANG PERIZINAN WILAYAH I", [["1", "1.1", `${ikm} wilayah I`, "Indeks", 75, "IKU 1"]]),
      pk("BIDANG PERIZINAN WILAYAH II", [
        ["1", "1.1", `${ikm} wilayah II`, "Indeks", 83.33, "IKU 1"],
      ]),
      {
        name: "Matriks",
        rows: transposed
          ? [
              ["MATRIKS CASCADING IKU DINAS PENANAMAN MODAL TAHUN 2026"],
              ["Unit Kerja", "IKU 1"],
              ["Bidang Perizinan Wilayah I", "P 40%"],
              ["Bidang Perizinan Wilayah II", "P 60%"],
            ]
          : [
              ["MATRIKS CASCADING IKU DINAS PENANAMAN MODAL TAHUN 2026"],
              [
                "Kode",
                "Indikator Kinerja Utama",
                "Bidang Perizinan Wilayah I",
                "Bidang Perizinan Wilayah II",
              ],
              ["IKU 1", ikm, "P 40%", "P 60%"],
            ],
      },
    ];
  };

  it.each([
    ["units across", false],
    ["transposed", true],
  ])("(%s) no PARTIAL_UNVERIFIED: the shares make the parent exactly", (_how, transposed) => {
    const r = read(...sheets(transposed));
    expect(r.plan.rules).toHaveLength(2);
    expect(codes(r)).toEqual([]);
  });

  it("without the matriks, the straddling mean needs weights", () => {
    const r = read(...sheets(false).slice(0, 3));
    expect(codes(r)).toContain("PARTIAL_UNVERIFIED");
  });
});

describe("a Rencana Aksi below the PK holds the quarters", () => {
  const pkWithRa = (unit: string, target: number, quarters: CellValue[], yearHeader = false) => ({
    name: unit.slice(0, 25),
    rows: [
      [`PERJANJIAN KINERJA ${unit} TAHUN 2026`],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target"],
      ["1", "Persentase puskesmas terakreditasi", "%", target],
      [],
      ["RENCANA AKSI TAHUN 2026"],
      ...(yearHeader
        ? [
            ["No", "Indikator Kinerja", 2026, null, null, null, null],
            [null, null, "Tahunan", "TW I", "TW II", "TW III", "TW IV"],
          ]
        : [["No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV"]]),
      ["1", "Persentase puskesmas terakreditasi", target, ...quarters],
    ],
    merges: yearHeader ? ["C7:G7", "A7:A8", "B7:B8"] : [],
  });
  const matrix: SheetSpec = {
    name: "Matriks",
    rows: [
      ["MATRIKS CASCADING IKU DINAS KESEHATAN TAHUN 2026"],
      ["Indikator Kinerja Utama", "Bidang Pelayanan Kesehatan"],
      ["Persentase puskesmas terakreditasi", "F"],
    ],
  };

  it.each([
    ["a Target header", false],
    ["a year over 'Tahunan | TW I …'", true],
  ])("reads the quarters under %s", (_how, yearHeader) => {
    const r = read(pkWithRa("DINAS KESEHATAN", 80, [20, 40, 60, 80], yearHeader));
    expect(r.plan.indicators).toHaveLength(1);
    expect(r.plan.indicators[0].periods?.map((p) => p.value)).toEqual([20, 40, 60, 80]);
  });

  /** The fill for a Bidang whose PK target is `bidangTarget` and whose Rencana Aksi is empty. */
  const fillFor = (bidangTarget: number) => {
    const grids = gridsFromSpec({
      sheets: [
        pkWithRa("DINAS KESEHATAN", 80, [20, 40, 60, 80]),
        pkWithRa("BIDANG PELAYANAN KESEHATAN", bidangTarget, [null, null, null, null]),
        matrix,
      ],
    });
    const result = readWorkbook(grids);
    return planFill(result, grids, cascadePlan(result.plan));
  };

  it("fill writes a full child's quarters into its Rencana Aksi row", () => {
    const plan = fillFor(80);
    expect(plan.changes.map((c) => [c.sheet, c.cell, c.new])).toEqual([
      ["BIDANG PELAYANAN KESEHATA", "D8", 20],
      ["BIDANG PELAYANAN KESEHATA", "E8", 40],
      ["BIDANG PELAYANAN KESEHATA", "F8", 60],
      ["BIDANG PELAYANAN KESEHATA", "G8", 80],
    ]);
  });

  it("holds the Rencana Aksi quarters back with a conflicting target", () => {
    const plan = fillFor(75);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts.map((c) => c.cell)).toEqual(["D4", "D8", "E8", "F8", "G8"]);
  });
});
