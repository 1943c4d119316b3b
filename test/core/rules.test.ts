/**
 * DESIGN.md §1–§2 rules beyond the catalogue's basic firing: hierarchy sources, codes, top units,
 * grades, and coverage by consolidation type × polarity.
 */
import { cascadePlan } from "../../src/core/cascade";
import { checkPlan } from "../../src/core/check";
import type { FindingCode } from "../../src/core/findings";
import { normalizeCode } from "../../src/core/text";
import { PlanBuilder } from "./planBuilder";

const codes = (b: PlanBuilder) => checkPlan(b.build()).findings.map((f) => f.code);
const count = (b: PlanBuilder, code: FindingCode) => codes(b).filter((c) => c === code).length;

const DINAS = "Dinas Pekerjaan Umum";
const BIDANG = "Bidang Bina Marga";
const SEKSI = "Seksi Pemeliharaan Jalan";
const BALAI1 = "Balai Pengelolaan Jalan WP I";
const BALAI2 = "Balai Pengelolaan Jalan WP II";

function dinas() {
  return new PlanBuilder()
    .unit(DINAS)
    .unit(BIDANG, { parent: DINAS })
    .unit(SEKSI, { parent: BIDANG })
    .unit(BALAI1, { parent: DINAS })
    .unit(BALAI2, { parent: DINAS })
    .row(DINAS, {
      code: "1.1",
      name: "Tingkat kemantapan jalan provinsi",
      satuan: "%",
      target: "98,00 %",
    })
    .row(BIDANG, {
      code: "1.1",
      name: "Tingkat kemantapan jalan provinsi",
      satuan: "%",
      target: "98,00 %",
    })
    .row(SEKSI, {
      code: "1.1",
      name: "Tingkat kemantapan jalan provinsi",
      satuan: "%",
      target: "98,00 %",
    });
}

describe("top units and links outside the file", () => {
  it("a top unit naming a child's code or name is external, and the stated hierarchy stays", () => {
    const b = dinas().row(DINAS, {
      code: "2",
      name: "Indeks kepuasan layanan jalan",
      satuan: "indeks",
      target: "3,5",
      link: "1.1",
    });
    // (the new IKU 2 is taken by no child: NOT_CASCADED, a fact of its own)
    expect(codes(b).filter((c) => c !== "NOT_CASCADED")).toEqual(["EXTERNAL_LINK"]);
    const named = dinas().row(DINAS, {
      code: "2",
      name: "Panjang jalan mantap",
      satuan: "km",
      target: "2.191,29 km",
      link: "Tingkat kemantapan jalan provinsi",
    });
    expect(codes(named).filter((c) => c !== "NOT_CASCADED")).toEqual(["EXTERNAL_LINK"]);
  });

  it("a ministry named only in the hierarchy does not make its Ditjen's rows orphans", () => {
    const b = new PlanBuilder()
      .unit("Kementerian Pekerjaan Umum")
      .unit("Direktorat Jenderal Bina Marga", { parent: "Kementerian Pekerjaan Umum" })
      .unit("Direktorat Preservasi Jalan", { parent: "Direktorat Jenderal Bina Marga" })
      .row("Direktorat Jenderal Bina Marga", {
        code: "1",
        name: "Tingkat kemantapan jalan nasional",
        satuan: "%",
        target: "95",
        link: "RPJMN PP 4",
      })
      .row("Direktorat Preservasi Jalan", {
        name: "Tingkat kemantapan jalan nasional",
        satuan: "%",
        target: "95",
      });
    expect(codes(b)).toEqual(["EXTERNAL_LINK"]);
  });
});

describe("codes are local to a unit", () => {
  it("a code the parent does not have is broken even when a sibling uses it", () => {
    const b = dinas()
      .row(BALAI1, {
        code: "1.9",
        name: "Panjang jalan yang dipelihara rutin",
        satuan: "km",
        target: "120",
        link: "1.1",
        type: "K",
      })
      .row(BALAI2, {
        name: "Tingkat kemantapan jalan di WP II",
        satuan: "%",
        target: "98",
        link: "1.9",
      });
    const result = checkPlan(b.build());
    const broken = result.findings.find((f) => f.code === "BROKEN_LINK");
    expect(broken).toMatchObject({ unit: BALAI2, parent: "1.9" });
    expect(broken?.suggestions[0]).toMatchObject({ indicator: "1.1" });
    expect(result.findings.map((f) => f.code)).not.toContain("LINK_NOT_UPWARD");
  });

  it("'IKU1.2', 'IKU 1.2.' and '1,2' are one code", () => {
    expect(["IKU1.2", "IKU 1.2.", "1,2", "1.2..", "Kode 1.2"].map(normalizeCode)).toEqual([
      "1.2",
      "1.2",
      "1.2",
      "1.2",
      "1.2",
    ]);
  });

  it("one code on two rows of the parent: the name decides, else the first wins with a RULE_CONFLICT", () => {
    const base = () =>
      new PlanBuilder()
        .unit(DINAS)
        .unit(BALAI1, { parent: DINAS })
        .row(DINAS, {
          code: "1",
          name: "Tingkat kemantapan jalan provinsi",
          satuan: "%",
          target: "98",
        })
        .row(DINAS, {
          code: "1",
          name: "Panjang jalan provinsi dalam kondisi mantap",
          satuan: "km",
          target: "2.000",
        });
    const byName = base().row(BALAI1, {
      name: "Panjang jalan provinsi dalam kondisi mantap di WP I",
      satuan: "km",
      target: "400",
      link: "1",
      type: "P",
    });
    const r = checkPlan(byName.build());
    expect(r.links[0].parent?.name).toBe("Panjang jalan provinsi dalam kondisi mantap");
    const neither = base().row(BALAI1, {
      name: "Jumlah jembatan yang diperiksa",
      satuan: "jembatan",
      target: "40",
      link: "1",
      type: "K",
    });
    expect(codes(neither)).toContain("RULE_CONFLICT");
  });

  it("under a parent that writes no codes, a child's codes are its own; a reused-code column's strays are broken", () => {
    const own = new PlanBuilder()
      .unit(DINAS)
      .unit(BALAI1, { parent: DINAS })
      .row(DINAS, { name: "Tingkat kemantapan jalan provinsi", satuan: "%", target: "98" })
      .row(BALAI1, {
        code: "1",
        name: "Tingkat kemantapan jalan provinsi",
        satuan: "%",
        target: "98",
      });
    expect(codes(own)).toEqual([]);
    const reused = dinas()
      .row(DINAS, { code: "1.2", name: "Panjang jalan mantap", satuan: "km", target: "2.000" })
      .row(BALAI1, {
        code: "1.1",
        name: "Tingkat kemantapan jalan provinsi",
        satuan: "%",
        target: "98,00 %",
      })
      .row(BALAI1, { code: "1.2", name: "Panjang jalan mantap", satuan: "km", target: "2.000" })
      .row(BALAI1, {
        code: "1.7",
        name: "Jumlah jembatan yang diperiksa",
        satuan: "jembatan",
        target: "40",
      });
    expect(count(reused, "BROKEN_LINK")).toBe(1);
  });
});

describe("hierarchy sources", () => {
  it("the strongest source wins, and a link that contradicts it is a finding, not a change", () => {
    const b = new PlanBuilder()
      .unit(DINAS)
      .unit(BIDANG, { parent: DINAS })
      .unit(BALAI1, { parent: DINAS, source: "sheet" })
      .unit(BALAI1, { parent: BIDANG, source: "column" })
      .row(DINAS, {
        code: "1",
        name: "Tingkat kemantapan jalan provinsi",
        satuan: "%",
        target: "98",
      })
      .row(BIDANG, {
        code: "1.1",
        name: "Panjang jalan yang ditangani",
        satuan: "km",
        target: "300",
        link: "1",
        type: "K",
      })
      .row(BALAI1, {
        name: "Tingkat kemantapan jalan di WP I",
        satuan: "%",
        target: "98",
        link: "1",
        type: "P",
      });
    const r = checkPlan(b.build());
    expect(r.index.units.get("balai pengelolaan jalan wp i")?.parents).toEqual([
      "dinas pekerjaan umum",
    ]);
    expect(r.findings.map((f) => f.code)).toEqual([]);
    const sideways = new PlanBuilder()
      .unit(DINAS)
      .unit(BIDANG, { parent: DINAS })
      .unit(BALAI1, { parent: DINAS })
      .row(DINAS, {
        code: "1",
        name: "Tingkat kemantapan jalan provinsi",
        satuan: "%",
        target: "98",
      })
      .row(BIDANG, {
        code: "1.1",
        name: "Panjang jalan yang ditangani",
        satuan: "km",
        target: "300",
        link: "1",
        type: "K",
      })
      .row(BALAI1, {
        name: "Panjang jalan yang ditangani di WP I",
        satuan: "km",
        target: "100",
        link: "Panjang jalan yang ditangani",
        type: "P",
      });
    const s = checkPlan(sideways.build());
    expect(s.findings.map((f) => f.code)).toContain("LINK_NOT_UPWARD");
    expect(s.index.units.get("balai pengelolaan jalan wp i")?.parents).toEqual([
      "dinas pekerjaan umum",
    ]);
  });

  it("a parent-unit cell naming an unknown unit is reported even when a hierarchy sheet decides", () => {
    const b = dinas().unit(BALAI1, { parent: "Dinas Pekerjaan Umun", source: "column" });
    expect(codes(b)).toContain("UNIT_NOT_FOUND");
  });

  it("unit codes place BPS Kabupaten Tapin under BPS Provinsi Kalimantan Selatan", () => {
    const b = new PlanBuilder()
      .unit("BPS Provinsi Kalimantan Selatan", { code: "6300" })
      .unit("BPS Kabupaten Tapin", { code: "6305" })
      .row("BPS Provinsi Kalimantan Selatan", {
        code: "1",
        name: "Jumlah publikasi statistik",
        satuan: "publikasi",
        target: "10",
      })
      .row("BPS Kabupaten Tapin", {
        name: "Jumlah publikasi statistik",
        satuan: "publikasi",
        target: "10",
      });
    const r = checkPlan(b.build());
    expect(r.index.units.get("bps kabupaten tapin")?.parents).toEqual([
      "bps provinsi kalimantan selatan",
    ]);
    expect(r.findings).toEqual([]);
  });

  it("levels 'II', 'II.a' and 'JPT Pratama' are one level: a lone Eselon III root is the unknown one", () => {
    const b = new PlanBuilder()
      .unit("Sekretariat Daerah", { level: "JPT Madya" })
      .unit("Biro Organisasi", { level: "II.a", parent: "Sekretariat Daerah" })
      .unit("Bagian Kelembagaan", { level: "III" })
      .row("Sekretariat Daerah", {
        code: "1",
        name: "Indeks reformasi birokrasi",
        satuan: "indeks",
        target: "70",
      })
      .row("Biro Organisasi", {
        name: "Indeks reformasi birokrasi",
        satuan: "indeks",
        target: "70",
      })
      .row("Bagian Kelembagaan", {
        name: "Jumlah perangkat daerah yang dievaluasi kelembagaannya",
        satuan: "OPD",
        target: "12",
      });
    expect(checkPlan(b.build()).findings.map((f) => `${f.code} ${f.unit}`)).toEqual([
      "HIERARCHY_UNKNOWN Bagian Kelembagaan",
    ]);
  });
});

describe("links naming a parent unit", () => {
  it("a sibling named as parent unit is not upward; the grandparent is a level skip", () => {
    const b = dinas();
    const built = b.build();
    built.indicators.push({
      ...built.indicators[2],
      id: "x1",
      unit: BALAI2,
      links: [{ parent: "1.1", parentUnit: BALAI1 }],
    });
    built.indicators.push({ ...built.indicators[0], id: "b1", unit: BALAI1, code: "1.1" });
    built.indicators.push({
      ...built.indicators[2],
      id: "s2",
      unit: SEKSI,
      code: "9",
      links: [{ parent: "1.1", parentUnit: DINAS }],
    });
    const found = checkPlan(built).findings.map((f) => `${f.code} ${f.unit}`);
    expect(found).toContain(`LINK_NOT_UPWARD ${BALAI2}`);
    expect(found).toContain(`LEVEL_SKIP ${SEKSI}`);
  });
});

describe("grades", () => {
  it("'81 (A)' under 'A' is a grade A: comparable, and a 'B' falls short", () => {
    const base = (child: string) =>
      new PlanBuilder()
        .unit("Inspektorat")
        .unit("Inspektur Pembantu I", { parent: "Inspektorat" })
        .row("Inspektorat", {
          code: "1",
          name: "Nilai SAKIP perangkat daerah",
          satuan: "predikat",
          target: "A",
        })
        .row("Inspektur Pembantu I", {
          name: "Nilai SAKIP perangkat daerah wilayah I",
          satuan: "predikat",
          target: child,
          link: "1",
          type: "P",
        });
    expect(codes(base("81 (A)"))).toEqual([]);
    expect(codes(base("B"))).toEqual(["PARTIAL_SHORTFALL"]);
  });

  it("period grades: WTP in every quarter and the annual-only '-, -, -, BB' are fine", () => {
    const b = new PlanBuilder()
      .unit("Badan Keuangan Daerah")
      .row("Badan Keuangan Daerah", {
        code: "1",
        name: "Opini BPK",
        satuan: "opini",
        target: "WTP",
        periods: ["WTP", "WTP", "WTP", "WTP"],
      })
      .row("Badan Keuangan Daerah", {
        code: "2",
        name: "Nilai SAKIP",
        satuan: "predikat",
        target: "BB",
        periods: ["-", "-", "-", "BB"],
      });
    expect(codes(b)).toEqual([]);
  });
});

describe("coverage by consolidation type × polarity", () => {
  const wilayah = (
    parent: Partial<Parameters<PlanBuilder["row"]>[1]>,
    children: Array<Partial<Parameters<PlanBuilder["row"]>[1]>>,
    marks?: string[]
  ) => {
    const b = new PlanBuilder().unit("Kantor Wilayah");
    children.forEach((_, i) => b.unit(`Kantor Cabang ${i + 1}`, { parent: "Kantor Wilayah" }));
    b.row("Kantor Wilayah", {
      code: "1",
      name: "Rata-rata waktu penyelesaian pengaduan",
      satuan: "hari",
      target: "5",
      ...parent,
    });
    children.forEach((c, i) =>
      b.row(`Kantor Cabang ${i + 1}`, {
        name: `Rata-rata waktu penyelesaian pengaduan cabang ${i + 1}`,
        satuan: "hari",
        link: marks ? undefined : "1",
        type: marks ? undefined : "P",
        ...c,
      })
    );
    marks?.forEach((m, i) =>
      b.mark("1", `Kantor Cabang ${i + 1}`, m, { parentUnit: "Kantor Wilayah" })
    );
    return b;
  };

  it("Average with Minimize: a mean of 6 days where the parent allows 5 falls short", () => {
    const b = wilayah({ consolidation: "average", polarity: "min" }, [
      { target: "6" },
      { target: "7" },
    ]);
    expect(codes(b)).toEqual(["PARTIAL_SHORTFALL"]);
    const ok = wilayah({ consolidation: "average", polarity: "min" }, [
      { target: "3" },
      { target: "5" },
    ]);
    expect(codes(ok)).toEqual(["OVER_ALLOCATED"]);
  });

  it("Take Last Known with Minimize: each child's ceiling at most the parent's", () => {
    const b = wilayah({ consolidation: "last", polarity: "min" }, [
      { target: "4" },
      { target: "6" },
    ]);
    expect(codes(b)).toEqual(["PARTIAL_SHORTFALL"]);
  });

  it("Average weighted by the matrix percent shares: 60 % at 3 days and 40 % at 8 days make exactly 5,0", () => {
    const b = wilayah(
      { consolidation: "average", polarity: "min", target: "5,0" },
      [{ target: "3" }, { target: "8" }],
      ["P 60%", "P 40%"]
    );
    expect(codes(b)).toEqual([]);
    const equal = wilayah(
      { consolidation: "average", polarity: "min", target: "5,0" },
      [{ target: "3" }, { target: "8" }],
      ["P", "P"]
    );
    expect(codes(equal)).toEqual(["PARTIAL_UNVERIFIED"]);
  });

  it("Stabilize with Sum: the children's bands summed inside the parent's band", () => {
    const base = {
      name: "Jumlah pegawai",
      satuan: "orang",
      consolidation: "sum" as const,
      polarity: "stabilize" as const,
    };
    const ok = wilayah({ ...base, target: "100 - 120" }, [
      { ...base, name: "Jumlah pegawai cabang 1", target: "50 - 60" },
      { ...base, name: "Jumlah pegawai cabang 2", target: "50 - 60" },
    ]);
    expect(codes(ok)).toEqual([]);
    const over = wilayah({ ...base, target: "100 - 120" }, [
      { ...base, name: "Jumlah pegawai cabang 1", target: "50 - 70" },
      { ...base, name: "Jumlah pegawai cabang 2", target: "50 - 60" },
    ]);
    expect(codes(over)).toEqual(["PARTIAL_SHORTFALL"]);
  });

  it("an incomplete set is not judged, but a text target in it is still invalid", () => {
    const b = wilayah(
      { name: "Jumlah pengaduan yang diselesaikan", satuan: undefined, target: "100" },
      [
        {
          name: "Jumlah pengaduan yang diselesaikan cabang 1",
          satuan: undefined,
          target: "lima puluh",
        },
      ],
      ["P"]
    );
    b.mark("1", "Kantor Cabang 9", "P", { parentUnit: "Kantor Wilayah" });
    b.unit("Kantor Cabang 9", { parent: "Kantor Wilayah" });
    b.row("Kantor Cabang 9", { name: "Jumlah kunjungan lapangan", satuan: "kali", target: "4" });
    const found = codes(b);
    expect(found).toContain("TARGET_INVALID");
    expect(found).toContain("MISSING_CONTRIBUTION");
    expect(found).not.toContain("PARTIAL_SHORTFALL");
  });
});

describe("FULL_DRIFT is one fact", () => {
  it("a drifted target with its quarters is one finding, at the target cell", () => {
    const b = dinas().row(BALAI1, {
      name: "Tingkat kemantapan jalan provinsi",
      satuan: "%",
      target: "97",
      periods: ["97", "97", "97", "97"],
      link: "1.1",
      type: "F",
    });
    const built = b.build();
    built.indicators[0].periods = ["98", "98", "98", "98"].map((t) => ({
      ...built.indicators[0].target,
      original: t,
      value: 98,
    }));
    const drift = checkPlan(built).findings.filter((f) => f.code === "FULL_DRIFT");
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ field: "target", at: { cell: "F6" } });
  });
});

describe("cascade of a plain mark", () => {
  it("takes its type from the answering row: a narrowed row is partial, its name is kept", () => {
    const b = dinas()
      .row(BALAI1, {
        name: "Tingkat kemantapan jalan provinsi di WP I",
        satuan: "%",
        target: "98,02 %",
      })
      .mark("1.1", BALAI1, "✓", { parentUnit: DINAS });
    const [row] = cascadePlan(b.build()).rows;
    expect(row).toMatchObject({ type: "partial", typeInferred: true });
  });
});
