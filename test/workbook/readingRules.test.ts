/**
 * DESIGN.md §3 "What real files showed (v3)": each rule with the look-alike that the reader used to
 * get wrong (issue 10), read and checked as a planner would.
 */
import { checkPlan } from "../../src/core/check";
import { findingMessage } from "../../src/core/messages";
import { looksLikeCode, normalizeCode, foldSatuan } from "../../src/core/text";
import { gridsFromSpec, type SheetSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import * as F from "../fixtures/v3lookalikes";

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
    expect(r.sheets[0].notes.join(" ")).toContain('D "2024"');
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
    expect(r.sheets[0].reason).toContain("row 4 holds no indicator rows");
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
