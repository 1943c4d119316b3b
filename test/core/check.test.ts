import { checkPlan } from "../../src/core/check";
import { FINDING_CODES, type Finding, type FindingCode } from "../../src/core/findings";
import { findingMessage } from "../../src/core/messages";
import { BADAN, DEPUTI, KR1, KR2, buildDraft, cleanDraft, type Draft } from "./bkn";
import { PlanBuilder } from "./planBuilder";

function check(edit: (d: Draft) => void = () => undefined, framework?: "kemenkeu" | "permenpan") {
  const d = cleanDraft();
  edit(d);
  return checkPlan(buildDraft(d, framework));
}

function codes(findings: Finding[]): FindingCode[] {
  return findings.map((f) => f.code);
}

function only(findings: Finding[], code: FindingCode): Finding {
  const hits = findings.filter((f) => f.code === code);
  expect(hits).toHaveLength(1);
  return hits[0];
}

const KR1_SHEET = "Kantor Regional I Yogyakarta";
const KR2_SHEET = "Kantor Regional II Surabaya";
const DEPUTI_SHEET = DEPUTI.slice(0, 31);

describe("a clean Badan", () => {
  it("has no findings at all", () => {
    const result = check();
    expect(result.findings).toEqual([]);
    expect(result.summary).toMatchObject({
      units: 4,
      indicators: 11,
      errors: 0,
      warnings: 0,
      info: 0,
    });
  });

  it("counts links, and marks none inferred when every row names its parent and type", () => {
    const result = check();
    expect(result.summary.links).toBe(8);
    expect(result.summary.inferred).toBe(0);
  });
});

describe("MISSING_CONTRIBUTION", () => {
  it("fires when the matrix says Kantor Regional II takes an IKU and it has no row for it", () => {
    const result = check((d) => {
      d.marks.push(["1.1", KR2, "F", { parentUnit: DEPUTI }]);
    });
    const f = only(result.findings, "MISSING_CONTRIBUTION");
    expect(f).toMatchObject({
      unit: KR2,
      parent: "1.1",
      severity: "error",
      at: { sheet: "Matriks" },
    });
    expect(result.summary.errors).toBe(1);
  });

  it("does not fire when the unit has the row, matched by name", () => {
    const result = check((d) => {
      d.marks.push(["1.1", KR2, "F", { parentUnit: DEPUTI }]);
      d.rows.kr2Indeks = [
        KR2,
        { name: "Indeks Profesionalitas ASN", satuan: "indeks", target: "75" },
      ];
    });
    expect(result.findings).toEqual([]);
  });
});

describe("ORPHAN", () => {
  it("fires for a Kantor Regional row with no link whose Sasaran matches nothing above, with suggestions", () => {
    const result = check((d) => {
      d.rows.kr2Orphan = [
        KR2,
        {
          objective: "Terkelolanya arsip kepegawaian",
          name: "Persentase layanan mutasi arsip yang didigitalkan",
          satuan: "%",
          target: "60",
        },
      ];
    });
    const f = only(result.findings, "ORPHAN");
    expect(f.at).toEqual({ sheet: KR2_SHEET, cell: "D8" });
    expect(f.suggestions.length).toBeGreaterThan(0);
    expect(f.suggestions.length).toBeLessThanOrEqual(3);
    expect(f.suggestions[0]).toMatchObject({ unit: DEPUTI, indicator: "1.2" });
  });

  it("does not fire when the row's Sasaran is its parent unit's Sasaran (contributing, inferred)", () => {
    const result = check((d) => {
      d.rows.deputiIndeks[1].objective = "Meningkatnya profesionalitas ASN";
      d.rows.kr2Diklat = [
        KR2,
        {
          objective: "Meningkatnya profesionalitas ASN",
          name: "Jumlah ASN yang mengikuti pelatihan teknis",
          satuan: "orang",
          target: "300",
        },
      ];
    });
    expect(codes(result.findings)).toEqual([]);
    expect(result.summary.inferred).toBe(1);
  });

  it("does not fire for rows under Kinerja Tambahan, nor for the top unit", () => {
    const result = check((d) => {
      d.rows.kr2Tambahan = [
        KR2,
        { name: "Jumlah kegiatan sosialisasi", satuan: "kegiatan", target: "4", additional: true },
      ];
      d.rows.badanBaru = [
        BADAN,
        { code: "IKU 4", name: "Nilai SAKIP", satuan: "nilai", target: "80" },
      ];
      d.rows.deputiSakip = [
        DEPUTI,
        { code: "1.4", name: "Nilai SAKIP", satuan: "nilai", target: "80", link: "IKU 4" },
      ];
      d.rows.kr1Sakip = [KR1, { name: "Nilai SAKIP", satuan: "nilai", target: "80", link: "1.4" }];
    });
    expect(codes(result.findings)).toEqual([]);
  });
});

describe("BROKEN_LINK", () => {
  it("fires for a row naming a parent code its parent units do not have, with suggestions", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].link = "1.9";
    });
    const f = only(result.findings, "BROKEN_LINK");
    expect(f).toMatchObject({ unit: KR1, parent: "1.9", at: { sheet: KR1_SHEET, cell: "D6" } });
    expect(f.suggestions[0]).toMatchObject({ indicator: "1.2" });
    expect(codes(result.findings)).not.toContain("ORPHAN");
  });

  it("finds codes written loosely: 'IKU 1.2.', '1,2' and '1.2..' are 1.2", () => {
    for (const written of ["IKU 1.2.", "1,2", "1.2.."]) {
      const result = check((d) => {
        d.rows.kr1Layanan[1].link = written;
      });
      expect(result.findings).toEqual([]);
    }
  });

  it("a top unit's link to an IKU outside the workbook is external (info), not broken", () => {
    const result = check((d) => {
      d.rows.badanIndeks[1].link = "IKU RPJMN 3.2";
    });
    expect(codes(result.findings)).toEqual(["EXTERNAL_LINK"]);
    expect(result.findings[0].severity).toBe("info");
  });
});

describe("FULL_DRIFT", () => {
  it("fires on the target of a full row that differs from its parent", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].target = "90";
    });
    const f = only(result.findings, "FULL_DRIFT");
    expect(f).toMatchObject({
      field: "target",
      expected: "95",
      actual: "90",
      at: { sheet: KR1_SHEET, cell: "F6" },
    });
  });

  it("fires on the name of a full row, and on a quarter where both have one", () => {
    const name = check((d) => {
      d.rows.kr2Layanan[1].name = "Persentase layanan mutasi tepat waktu";
    });
    expect(only(name.findings, "FULL_DRIFT")).toMatchObject({ field: "name", at: { cell: "F6" } });
    const quarter = check((d) => {
      d.rows.deputiLayanan[1].periods = ["95", "95", "90", "95"];
    });
    expect(only(quarter.findings, "FULL_DRIFT")).toMatchObject({
      field: "quarter",
      at: { sheet: DEPUTI_SHEET, cell: "F7" },
      detail: { period: 3 },
    });
  });

  it("does not fire for the same target written differently: '95,00 %' and 95", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].target = "95,00 %";
      d.rows.kr2Layanan[1].target = 95;
    });
    expect(result.findings).toEqual([]);
  });
});

describe("PARTIAL_SHORTFALL, OVER_ALLOCATED and PARTIAL_UNVERIFIED", () => {
  it("Sum: 25 + 10 instansi cannot make 40", () => {
    const result = check((d) => {
      d.rows.kr2Talenta[1].target = "10";
    });
    const f = only(result.findings, "PARTIAL_SHORTFALL");
    expect(f).toMatchObject({
      expected: 40,
      actual: 35,
      at: { sheet: DEPUTI_SHEET, cell: "F8" },
      parent: "1.3",
    });
  });

  it("Sum: 25 + 20 is more than needed (info)", () => {
    const result = check((d) => {
      d.rows.kr2Talenta[1].target = "20";
    });
    expect(only(result.findings, "OVER_ALLOCATED")).toMatchObject({
      severity: "info",
      expected: 40,
      actual: 45,
    });
    expect(result.summary.errors).toBe(0);
  });

  it("Sum with Minimize: the children's ceilings must not add up above the parent's", () => {
    const b = new PlanBuilder()
      .unit("Inspektorat Utama")
      .unit("Inspektorat Wilayah I", { parent: "Inspektorat Utama" })
      .unit("Inspektorat Wilayah II", { parent: "Inspektorat Utama" })
      .row("Inspektorat Utama", {
        code: "1",
        name: "Jumlah temuan berulang",
        satuan: "temuan",
        target: "maks 10",
      })
      .row("Inspektorat Wilayah I", {
        name: "Jumlah temuan berulang wilayah I",
        satuan: "temuan",
        target: "maks 6",
        link: "1",
        type: "P",
      })
      .row("Inspektorat Wilayah II", {
        name: "Jumlah temuan berulang wilayah II",
        satuan: "temuan",
        target: "maks 6",
        link: "1",
        type: "P",
      });
    const result = checkPlan(b.build());
    expect(only(result.findings, "PARTIAL_SHORTFALL")).toMatchObject({ expected: 10, actual: 12 });
  });

  it("Average, unweighted, straddling: 97 and 91 against 95 is unverified (warning), not an error", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1] = {
        ...d.rows.kr1Layanan[1],
        name: "Persentase layanan mutasi yang selesai tepat waktu di wilayah I",
        target: "97",
        type: "P",
      };
      d.rows.kr2Layanan[1] = {
        ...d.rows.kr2Layanan[1],
        name: "Persentase layanan mutasi yang selesai tepat waktu di wilayah II",
        target: "91",
        type: "P",
      };
    });
    expect(only(result.findings, "PARTIAL_UNVERIFIED")).toMatchObject({
      severity: "warning",
      expected: 95,
      actual: 94,
    });
    expect(result.summary.errors).toBe(0);
  });

  it("Average weighted by the denominator (Target Y): the larger region carries it", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1] = {
        ...d.rows.kr1Layanan[1],
        target: "97",
        type: "P",
        denominator: "3000",
      };
      d.rows.kr2Layanan[1] = {
        ...d.rows.kr2Layanan[1],
        target: "92",
        type: "P",
        denominator: "1000",
      };
    });
    expect(codes(result.findings)).toEqual(["OVER_ALLOCATED"]);
  });

  it("Average where every child falls short: no weights can save it", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1] = { ...d.rows.kr1Layanan[1], target: "93", type: "P" };
      d.rows.kr2Layanan[1] = { ...d.rows.kr2Layanan[1], target: "92", type: "P" };
    });
    expect(only(result.findings, "PARTIAL_SHORTFALL")).toMatchObject({
      expected: 95,
      actual: 92.5,
    });
  });

  it("Take Last Known: every child compared with the parent", () => {
    const b = new PlanBuilder()
      .unit("Sekretariat Utama")
      .unit("Biro Keuangan", { parent: "Sekretariat Utama" })
      .unit("Biro Umum", { parent: "Sekretariat Utama" })
      .row("Sekretariat Utama", {
        code: "2",
        name: "Opini BPK atas laporan keuangan",
        satuan: "opini",
        target: "WTP",
      })
      .row("Biro Keuangan", {
        name: "Opini BPK atas laporan keuangan satker pusat",
        satuan: "opini",
        target: "WTP",
        link: "2",
        type: "P",
      })
      .row("Biro Umum", {
        name: "Opini BPK atas laporan keuangan satker daerah",
        satuan: "opini",
        target: "WDP",
        link: "2",
        type: "P",
      });
    const result = checkPlan(b.build());
    expect(only(result.findings, "PARTIAL_SHORTFALL")).toMatchObject({
      expected: "WTP",
      actual: "WDP",
    });
  });

  it("Stabilize band: each child inside the parent's 80 s.d. 90", () => {
    const base = () =>
      new PlanBuilder()
        .unit("Dinas Kesehatan")
        .unit("Puskesmas Kota", { parent: "Dinas Kesehatan" })
        .unit("Puskesmas Desa", { parent: "Dinas Kesehatan" })
        .row("Dinas Kesehatan", {
          code: "3",
          name: "Tingkat hunian tempat tidur",
          satuan: "%",
          target: "80 s.d. 90",
          polarity: "stabilize",
        });
    const ok = base()
      .row("Puskesmas Kota", {
        name: "Tingkat hunian tempat tidur kota",
        satuan: "%",
        target: "82 - 88",
        link: "3",
        type: "P",
      })
      .row("Puskesmas Desa", {
        name: "Tingkat hunian tempat tidur desa",
        satuan: "%",
        target: "85",
        link: "3",
        type: "P",
      });
    expect(checkPlan(ok.build()).findings).toEqual([]);
    const bad = base()
      .row("Puskesmas Kota", {
        name: "Tingkat hunian tempat tidur kota",
        satuan: "%",
        target: "82 - 88",
        link: "3",
        type: "P",
      })
      .row("Puskesmas Desa", {
        name: "Tingkat hunian tempat tidur desa",
        satuan: "%",
        target: "95",
        link: "3",
        type: "P",
      });
    expect(only(checkPlan(bad.build()).findings, "PARTIAL_SHORTFALL")).toMatchObject({
      actual: 95,
    });
  });

  it("is not judged while a unit named by the matrix is missing: the missing unit is the finding", () => {
    const result = check((d) => {
      d.units.push(["Kantor Regional III Bandung", DEPUTI]);
      d.rows.kr3Umum = [
        "Kantor Regional III Bandung",
        {
          name: "Jumlah pegawai yang dilayani",
          satuan: "orang",
          target: "10",
          link: "1.2",
          type: "K",
        },
      ];
      d.marks.push(["1.3", "Kantor Regional III Bandung", "P", { parentUnit: DEPUTI }]);
      d.rows.kr2Talenta[1].target = "10";
    });
    expect(codes(result.findings)).toEqual(["MISSING_CONTRIBUTION"]);
  });

  it("respects the tolerance of what the parent shows: 98,02 + … at two decimals", () => {
    const result = check((d) => {
      d.rows.deputiTalenta[1].target = "40,00";
      d.rows.badanTalenta[1].target = "40,00";
      d.rows.kr1Talenta[1].target = "24,996";
    });
    expect(codes(result.findings)).toEqual([]);
  });
});

describe("UNIT_MISMATCH and POLARITY_MISMATCH", () => {
  it("a partial row in orang under a parent in instansi", () => {
    const result = check((d) => {
      d.rows.kr2Talenta[1].satuan = "orang";
    });
    const f = only(result.findings, "UNIT_MISMATCH");
    expect(f).toMatchObject({
      at: { sheet: KR2_SHEET, cell: "E7" },
      expected: "instansi",
      actual: "orang",
    });
    expect(codes(result.findings)).toEqual(["UNIT_MISMATCH"]);
  });

  it("'%' and 'Persen' are one satuan", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].satuan = "Persen";
    });
    expect(result.findings).toEqual([]);
  });

  it("compares stated polarities only", () => {
    const stated = check((d) => {
      d.rows.deputiLayanan[1].polarity = "max";
      d.rows.kr1Layanan[1].polarity = "min";
    });
    expect(only(stated.findings, "POLARITY_MISMATCH")).toMatchObject({
      expected: "max",
      actual: "min",
      at: { cell: "D6" },
    });
    const oneSide = check((d) => {
      d.rows.kr1Layanan[1].polarity = "min";
    });
    expect(oneSide.findings).toEqual([]);
  });
});

describe("TARGET_INVALID and TARGET_MISSING", () => {
  it("text where a number is needed (a percent IKU)", () => {
    const result = check((d) => {
      d.rows.kr1Kompetensi[1].target = "meningkat";
    });
    expect(only(result.findings, "TARGET_INVALID")).toMatchObject({
      at: { cell: "F8" },
      actual: "meningkat",
    });
  });

  it("text in a partial set is invalid even without a numeric satuan", () => {
    const result = check((d) => {
      d.rows.kr2Talenta[1].satuan = undefined;
      d.rows.kr2Talenta[1].target = "sebagian besar";
    });
    expect(only(result.findings, "TARGET_INVALID")).toMatchObject({ unit: KR2 });
  });

  it("qualitative targets on a qualitative satuan are fine", () => {
    const result = check((d) => {
      d.rows.badanOpini = [
        BADAN,
        { code: "IKU 4", name: "Opini BPK atas laporan keuangan", satuan: "opini", target: "WTP" },
      ];
      d.rows.deputiOpini = [
        DEPUTI,
        {
          code: "1.4",
          name: "Opini BPK atas laporan keuangan",
          satuan: "opini",
          target: "WTP",
          link: "IKU 4",
          type: "F",
        },
      ];
      d.rows.kr1Opini = [
        KR1,
        {
          name: "Opini BPK atas laporan keuangan",
          satuan: "opini",
          target: "WTP",
          link: "1.4",
          type: "F",
        },
      ];
    });
    expect(result.findings).toEqual([]);
  });

  it("a placeholder '…. %' or '-' is a missing target (warning)", () => {
    for (const placeholder of ["…. %", "-", "TBD"]) {
      const result = check((d) => {
        d.rows.kr1Kompetensi[1].target = placeholder;
      });
      expect(only(result.findings, "TARGET_MISSING")).toMatchObject({
        severity: "warning",
        at: { cell: "F8" },
      });
    }
  });
});

describe("LINK_CYCLE, LINK_NOT_UPWARD, LEVEL_SKIP", () => {
  it("a hierarchy cycle is reported once, at the first row in reading order", () => {
    const b = new PlanBuilder()
      .unit("Biro Hukum", { parent: "Biro Humas" })
      .unit("Biro Humas", { parent: "Biro Hukum" })
      .row("Biro Hukum", {
        code: "1",
        name: "Jumlah peraturan yang diundangkan",
        satuan: "peraturan",
        target: "12",
      })
      .row("Biro Humas", {
        code: "1",
        name: "Indeks kepuasan media",
        satuan: "indeks",
        target: "3,5",
      });
    const result = checkPlan(b.build());
    const f = only(result.findings, "LINK_CYCLE");
    expect(f.at).toEqual({ sheet: "Biro Hukum", cell: "D6" });
  });

  it("a row linking to an IKU of its sibling is not upward", () => {
    const result = check((d) => {
      d.rows.kr2Layanan[1].link = "Persentase ASN yang mengikuti uji kompetensi profesionalitas";
    });
    expect(only(result.findings, "LINK_NOT_UPWARD")).toMatchObject({
      unit: KR2,
      at: { sheet: KR2_SHEET, cell: "D6" },
    });
  });

  it("a row linking straight to the Badan skips the Deputi (warning)", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].link = "IKU 2";
    });
    expect(only(result.findings, "LEVEL_SKIP")).toMatchObject({
      severity: "warning",
      parent: "IKU 2",
    });
  });
});

describe("UNIT_NOT_FOUND", () => {
  it("a matrix column naming a unit with no rows anywhere, once per name, with the nearest names", () => {
    const result = check((d) => {
      d.marks.push(["1.3", "Kantor Regional IV Banjarmasin", "P", { parentUnit: DEPUTI }]);
      d.marks.push(["1.2", "Kantor Regional IV Banjarmasin", "F", { parentUnit: DEPUTI }]);
    });
    const f = only(result.findings, "UNIT_NOT_FOUND");
    expect(f.at).toEqual({ sheet: "Matriks", cell: "C2" });
    expect(f.detail?.nearest).toEqual(expect.arrayContaining([KR1]));
  });

  it("unit names match after folding titles and aliases: 'Kepala Kantor Regional I Yogyakarta'", () => {
    const result = check((d) => {
      d.marks.push(["1.2", "Kepala Kantor Regional I Yogyakarta", "F", { parentUnit: DEPUTI }]);
    });
    expect(result.findings).toEqual([]);
  });
});

describe("NOT_CASCADED", () => {
  it("an IKU of the Deputi that no Kantor Regional takes", () => {
    const result = check((d) => {
      d.rows.badanSakip = [
        BADAN,
        { code: "IKU 4", name: "Nilai SAKIP", satuan: "nilai", target: "80" },
      ];
      d.rows.deputiSakip = [
        DEPUTI,
        { code: "1.4", name: "Nilai SAKIP", satuan: "nilai", target: "80", link: "IKU 4" },
      ];
    });
    expect(only(result.findings, "NOT_CASCADED")).toMatchObject({
      unit: DEPUTI,
      indicator: "1.4",
      severity: "warning",
    });
  });

  it("does not fire on the lowest units", () => {
    expect(codes(check().findings)).not.toContain("NOT_CASCADED");
  });
});

describe("CONTRIBUTING_IS_COPY and LOW_RELEVANCE", () => {
  it("a contributing row that copies its parent's name and satuan", () => {
    const result = check((d) => {
      d.rows.kr2Layanan[1].type = "K";
    });
    expect(only(result.findings, "CONTRIBUTING_IS_COPY")).toMatchObject({
      unit: KR2,
      at: { cell: "D6" },
    });
  });

  it("a contributing row sharing no term with its parent IKU or Sasaran (info)", () => {
    const result = check((d) => {
      d.rows.kr1Kompetensi[1].name = "Jumlah kendaraan dinas yang dirawat";
      d.rows.kr1Kompetensi[1].satuan = "unit";
    });
    expect(only(result.findings, "LOW_RELEVANCE")).toMatchObject({ severity: "info" });
  });

  it("affixes fold: 'pelayanan' is relevant to 'layanan'", () => {
    const result = check((d) => {
      d.rows.kr1Kompetensi[1].link = "1.2";
      d.rows.kr1Kompetensi[1].name = "Jumlah pelayanan mutasi melalui aplikasi daring";
      d.rows.kr1Kompetensi[1].satuan = "layanan";
      d.rows.kr1Indeks = [
        KR1,
        {
          name: "Persentase ASN yang mengikuti uji kompetensi",
          satuan: "%",
          target: "80",
          link: "1.1",
          type: "K",
        },
      ];
    });
    expect(codes(result.findings)).toEqual([]);
  });
});

describe("DUPLICATE_INDICATOR", () => {
  it("the same name twice in Kantor Regional I, at the later one", () => {
    const result = check((d) => {
      d.rows.kr1Dup = [
        KR1,
        {
          name: "Persentase layanan mutasi yang selesai  tepat waktu.",
          satuan: "%",
          target: "95",
          link: "1.2",
          type: "F",
        },
      ];
    });
    const f = only(result.findings, "DUPLICATE_INDICATOR");
    expect(f.at).toEqual({ sheet: KR1_SHEET, cell: "D9" });
  });

  it("the same own code twice in the Deputi", () => {
    const result = check((d) => {
      d.rows.deputiTalenta[1].code = "1.2";
    });
    expect(codes(result.findings)).toContain("DUPLICATE_INDICATOR");
  });
});

describe("QUARTER_INCONSISTENT", () => {
  const withPeriods = (
    periods: Array<string | number>,
    extra: Partial<{ satuan: string; target: string; name: string }> = {}
  ) =>
    check((d) => {
      d.rows.kr1Kompetensi[1] = { ...d.rows.kr1Kompetensi[1], periods, ...extra };
    });

  it("fires for periods partly filled", () => {
    const f = only(withPeriods(["20", "40", "", ""]).findings, "QUARTER_INCONSISTENT");
    expect(f.at).toEqual({ sheet: KR1_SHEET, cell: "G8" });
  });

  it("accepts cumulative (last = annual), average (mean = annual) and the annual-only pattern", () => {
    expect(withPeriods(["20", "40", "60", "80"]).findings).toEqual([]);
    expect(withPeriods(["80", "80", "80", "80"]).findings).toEqual([]);
    expect(withPeriods(["-", "-", "-", "80"]).findings).toEqual([]);
    expect(withPeriods([0, 0, 0, "80"]).findings).toEqual([]);
  });

  it("Sum: per-quarter targets that add up to the year; but Σ is no reading for a percentage", () => {
    const sum = withPeriods(["3", "3", "3", "3"], {
      satuan: "laporan",
      target: "12",
      name: "Jumlah laporan uji kompetensi ASN",
    });
    expect(sum.findings).toEqual([]);
    const pct = withPeriods(["10", "20", "20", "30"]);
    expect(codes(pct.findings)).toEqual(["QUARTER_INCONSISTENT"]);
  });
});

describe("WEIGHTS_NOT_100", () => {
  it("weights of Kantor Regional I that sum to 90 %", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].weight = "40%";
      d.rows.kr1Talenta[1].weight = "30%";
      d.rows.kr1Kompetensi[1].weight = "20%";
    });
    expect(only(result.findings, "WEIGHTS_NOT_100")).toMatchObject({
      actual: 90,
      at: { sheet: KR1_SHEET, cell: "K6" },
    });
  });

  it("'0,2' and '20 %' are both 20 %; only some weighted is a finding", () => {
    const ok = check((d) => {
      d.rows.kr1Layanan[1].weight = "0,5";
      d.rows.kr1Talenta[1].weight = "0,3";
      d.rows.kr1Kompetensi[1].weight = "20 %";
    });
    expect(ok.findings).toEqual([]);
    const some = check((d) => {
      d.rows.kr1Layanan[1].weight = "50";
    });
    expect(only(some.findings, "WEIGHTS_NOT_100").detail).toMatchObject({ why: "partial" });
  });
});

describe("RULE_CONFLICT", () => {
  it("the matrix says partial where the row's column says full", () => {
    const result = check((d) => {
      d.marks.push(["1.2", KR1, "P", { parentUnit: DEPUTI }]);
    });
    expect(only(result.findings, "RULE_CONFLICT")).toMatchObject({ field: "type", unit: KR1 });
  });

  it("two matrices disagree on the type of one cell", () => {
    const result = check((d) => {
      d.marks.push(["1.2", KR1, "F", { parentUnit: DEPUTI }]);
      d.marks.push(["1.2", KR1, "K", { parentUnit: DEPUTI }]);
    });
    expect(codes(result.findings)).toEqual(["RULE_CONFLICT"]);
  });

  it("agreeing sources are quiet", () => {
    const result = check((d) => {
      d.marks.push(["1.2", KR1, "F", { parentUnit: DEPUTI }]);
      d.marks.push(["1.3", KR2, "P 40%", { parentUnit: DEPUTI }]);
    });
    expect(result.findings).toEqual([]);
  });
});

describe("HIERARCHY_UNKNOWN", () => {
  it("a unit not at the top with no known parent", () => {
    const result = check((d) => {
      d.units.push(["Biro Umum", undefined]);
      d.rows.biro = [
        "Biro Umum",
        { name: "Persentase pengadaan barang tepat waktu", satuan: "%", target: "90" },
      ];
    });
    expect(only(result.findings, "HIERARCHY_UNKNOWN")).toMatchObject({
      unit: "Biro Umum",
      severity: "info",
    });
  });
});

describe("links inferred from names when a workbook has no link columns", () => {
  it("same name, satuan and target → full; the parent's name narrowed → partial; marked inferred", () => {
    const result = check((d) => {
      for (const key of ["kr1Layanan", "kr2Layanan", "kr1Talenta", "kr2Talenta"]) {
        d.rows[key][1].link = undefined;
        d.rows[key][1].type = undefined;
      }
    });
    expect(result.findings).toEqual([]);
    const byChild = new Map(result.links.map((l) => [l.child.id, l]));
    expect(byChild.get(`${KR1_SHEET}!6`)).toMatchObject({ type: "full", inferred: true });
    expect(byChild.get(`${KR1_SHEET}!7`)).toMatchObject({ type: "partial", inferred: true });
    expect(result.summary.inferred).toBe(4);
  });

  it("a child's code column reusing the parent's numbering is a link column", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1] = { ...d.rows.kr1Layanan[1], link: undefined, code: "1.2" };
      d.rows.kr1Talenta[1] = { ...d.rows.kr1Talenta[1], link: undefined, code: "1.3" };
      d.rows.kr1Kompetensi[1] = { ...d.rows.kr1Kompetensi[1], link: undefined, code: "1.1" };
    });
    expect(result.findings).toEqual([]);
  });
});

describe("frameworks", () => {
  it("'Indirect' is partial in a Kemenkeu workbook and contributing in a PermenPAN-RB one", () => {
    const edit = (d: Draft) => {
      d.rows.kr1Talenta[1].type = "Indirect";
      d.rows.kr2Talenta[1].type = "Indirect";
    };
    expect(check(edit, "kemenkeu").findings).toEqual([]);
    const permenpan = check(edit, "permenpan");
    expect(codes(permenpan.findings)).not.toContain("PARTIAL_SHORTFALL");
    expect(
      permenpan.links.filter((l) => l.child.name.includes("wilayah kerja")).map((l) => l.type)
    ).toEqual(["contributing", "contributing"]);
  });

  it("'Direct' is full with an equal target and partial with a share", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].type = "Direct";
      d.rows.kr1Talenta[1].type = "Direct";
      d.rows.kr2Talenta[1].type = "Langsung";
    });
    expect(result.findings).toEqual([]);
    expect(
      result.links.find((l) => l.child.name.includes("wilayah kerja Kantor Regional I"))?.type
    ).toBe("partial");
  });
});

describe("messages", () => {
  it("every code has an Indonesian and an English sentence", () => {
    for (const code of FINDING_CODES) {
      const f: Finding = {
        code,
        severity: "error",
        at: null,
        unit: KR1,
        indicator: "1.2",
        parent: "IKU 2",
        expected: 95,
        actual: 90,
        field: "target",
        inferred: false,
        suggestions: [],
      };
      const id = findingMessage(f, "id");
      const en = findingMessage(f, "en");
      expect(id.length).toBeGreaterThan(20);
      expect(en.length).toBeGreaterThan(20);
      expect(id).not.toEqual(en);
    }
  });
});

describe("findings are sorted by sheet, row, column and code", () => {
  it("orders the Deputi's findings before the Kantor Regional's", () => {
    const result = check((d) => {
      d.rows.kr1Layanan[1].target = "90";
      d.rows.kr2Talenta[1].target = "10";
    });
    expect(result.findings.map((f) => `${f.at?.sheet}!${f.at?.cell}`)).toEqual([
      `${DEPUTI_SHEET}!F8`,
      `${KR1_SHEET}!F6`,
    ]);
  });
});
