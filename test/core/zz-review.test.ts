import { checkPlan } from "../../src/core/check";
import { cascadePlan } from "../../src/core/cascade";
import { BADAN, DEPUTI, KR1, KR2, buildDraft, cleanDraft, type Draft } from "./bkn";
import { PlanBuilder } from "./planBuilder";
import { normalizeCode } from "../../src/core/text";

function check(edit: (d: Draft) => void = () => undefined) {
  const d = cleanDraft();
  edit(d);
  return checkPlan(buildDraft(d));
}
const show = (label: string, r: { findings: any[] }) =>
  console.log(
    label,
    JSON.stringify(
      r.findings.map((f) => [f.code, f.unit, f.at?.cell, f.field, f.expected, f.actual])
    )
  );

it("H1 broken code link where a sibling has its own code 1.9", () => {
  show(
    "H1",
    check((d) => {
      d.rows.kr1Layanan[1].link = "1.9";
      d.rows.kr2Own = [
        KR2,
        {
          code: "1.9",
          name: "Jumlah arsip kepegawaian yang didigitalkan",
          satuan: "dokumen",
          target: "10",
          link: "1.3",
          type: "K",
        },
      ];
    })
  );
});
it("H2 top unit external link whose code is reused below", () => {
  show(
    "H2",
    check((d) => {
      d.rows.badanIndeks[1].link = "1.1";
    })
  );
  show(
    "H2b",
    check((d) => {
      d.rows.badanIndeks[1].link = "IKU 1";
    })
  );
});
it("H3 explicit parentUnit naming a sibling", () => {
  const plan = buildDraft(cleanDraft());
  const row = plan.indicators.find(
    (r) => r.unit === KR2 && r.name.startsWith("Persentase layanan")
  )!;
  // KR1 rows have no codes; link by name to KR1's own row
  row.links = [
    {
      parent: "Persentase ASN yang mengikuti uji kompetensi profesionalitas",
      parentUnit: KR1,
      type: "K",
      cell: { sheet: "x", cell: "M6" },
    },
  ];
  show("H3 sibling", checkPlan(plan));
  const plan2 = buildDraft(cleanDraft());
  const row2 = plan2.indicators.find(
    (r) => r.unit === KR1 && r.name.startsWith("Persentase layanan")
  )!;
  row2.links = [
    { parent: "IKU 2", parentUnit: BADAN, type: "F", cell: { sheet: "x", cell: "M6" } },
  ];
  show("H3 grandparent named", checkPlan(plan2));
});
it("H4 grade periods", () => {
  const b = new PlanBuilder()
    .unit("A")
    .row("A", {
      name: "Opini BPK atas laporan keuangan",
      satuan: "opini",
      target: "WTP",
      periods: ["WTP", "WTP", "WTP", "WTP"],
    });
  show("H4", checkPlan(b.build()));
  const b2 = new PlanBuilder()
    .unit("A")
    .row("A", {
      name: "Predikat SAKIP",
      satuan: "predikat",
      target: "BB",
      periods: ["-", "-", "-", "BB"],
    });
  show("H4b", checkPlan(b2.build()));
});
it("H10 codes", () => {
  console.log(
    "H10",
    normalizeCode("IKU1.2"),
    normalizeCode("IKU 1.2"),
    normalizeCode("IKU-01"),
    normalizeCode("1.2 a")
  );
  show(
    "H10b",
    check((d) => {
      d.rows.kr1Layanan[1].link = "IKU1.2";
    })
  );
});
it("H12 top unit declared without rows", () => {
  const b = new PlanBuilder()
    .unit("Kementerian X")
    .unit("Ditjen Y", { parent: "Kementerian X" })
    .unit("Direktorat Z", { parent: "Ditjen Y" })
    .row("Ditjen Y", {
      code: "1",
      name: "Indeks kepuasan layanan",
      satuan: "indeks",
      target: "3,5",
      link: "IKU Kementerian 2.1",
    })
    .row("Ditjen Y", {
      code: "2",
      name: "Persentase realisasi anggaran",
      satuan: "%",
      target: "95",
    })
    .row("Direktorat Z", {
      name: "Indeks kepuasan layanan",
      satuan: "indeks",
      target: "3,5",
      link: "1",
      type: "F",
    })
    .row("Direktorat Z", {
      name: "Persentase realisasi anggaran",
      satuan: "%",
      target: "95",
      link: "2",
      type: "F",
    });
  show("H12", checkPlan(b.build()));
});
it("H27 grade with number in partial", () => {
  const b = new PlanBuilder()
    .unit("P")
    .unit("C1", { parent: "P" })
    .unit("C2", { parent: "P" })
    .row("P", { code: "1", name: "Predikat SAKIP", satuan: "predikat", target: "A" })
    .row("C1", {
      name: "Predikat SAKIP wilayah I",
      satuan: "predikat",
      target: "81 (A)",
      link: "1",
      type: "P",
    })
    .row("C2", {
      name: "Predikat SAKIP wilayah II",
      satuan: "predikat",
      target: "A",
      link: "1",
      type: "P",
    });
  show("H27", checkPlan(b.build()));
});
it("H8 polarity mismatch double", () => {
  show(
    "H8",
    check((d) => {
      d.rows.deputiTalenta[1].polarity = "max";
      d.rows.kr1Talenta[1].polarity = "min";
      d.rows.kr1Talenta[1].target = "20";
    })
  );
});
it("H9 full drift target+quarter", () => {
  show(
    "H9",
    check((d) => {
      d.rows.kr1Layanan[1].target = "90";
      d.rows.kr1Layanan[1].periods = ["90", "90", "90", "90"];
    })
  );
});
it("H36 column parent missing while sheet gives parent", () => {
  const d = cleanDraft();
  const plan = buildDraft(d);
  const u = plan.units.find((x) => x.name === KR1)!;
  u.parents!.push({
    name: "Deputi Bidang Mutasi Kepegawaiaan XYZ",
    source: "column",
    cell: { sheet: KR1, cell: "Z1" },
  });
  show("H36 missing", checkPlan(plan));
  const plan2 = buildDraft(cleanDraft());
  plan2.units
    .find((x) => x.name === KR1)!
    .parents!.push({ name: BADAN, source: "column", cell: { sheet: KR1, cell: "Z1" } });
  show("H36 contradict", checkPlan(plan2));
});
it("H-incomplete text target in partial set", () => {
  const b = new PlanBuilder()
    .unit("P")
    .unit("C1", { parent: "P" })
    .unit("C2", { parent: "P" })
    .unit("C3", { parent: "P" })
    .row("P", { code: "1", name: "Rekomendasi kebijakan yang ditindaklanjuti", target: "10" })
    .row("C1", {
      name: "Rekomendasi kebijakan yang ditindaklanjuti wilayah I",
      target: "lima",
      link: "1",
      type: "P",
    })
    .row("C2", {
      name: "Rekomendasi kebijakan yang ditindaklanjuti wilayah II",
      target: "5",
      link: "1",
      type: "P",
    })
    .mark("1", "C3", "P", { parentUnit: "P" });
  show("Hinc", checkPlan(b.build()));
});
it("H6 cascade plain mark with existing narrowed partial row", () => {
  const b = new PlanBuilder()
    .unit("P")
    .unit("C1", { parent: "P" })
    .row("P", {
      code: "1",
      name: "Jumlah instansi yang menerapkan manajemen talenta",
      satuan: "instansi",
      target: "40",
    })
    .row("C1", {
      name: "Jumlah instansi yang menerapkan manajemen talenta di wilayah I",
      satuan: "instansi",
      target: "40",
    })
    .mark("1", "C1", "✓", { parentUnit: "P" });
  const r = cascadePlan(b.build());
  console.log("H6 links", JSON.stringify(r.check.links.map((l) => [l.type, l.typeInferred])));
  console.log(
    "H6",
    JSON.stringify(r.rows.map((x) => [x.type, x.name, x.target.text, x.existing?.name]))
  );
});
it("H24 average straddle with exact child", () => {
  const b = new PlanBuilder()
    .unit("P")
    .unit("C1", { parent: "P" })
    .unit("C2", { parent: "P" })
    .row("P", { code: "1", name: "Indeks kepuasan", satuan: "indeks", target: "90" })
    .row("C1", {
      name: "Indeks kepuasan wilayah I",
      satuan: "indeks",
      target: "90",
      link: "1",
      type: "P",
    })
    .row("C2", {
      name: "Indeks kepuasan wilayah II",
      satuan: "indeks",
      target: "70",
      link: "1",
      type: "P",
    });
  show("H24", checkPlan(b.build()));
});
