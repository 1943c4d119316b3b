import { applyProposals, cascadePlan } from "../../src/core/cascade";
import { checkPlan } from "../../src/core/check";
import { cascadeSkipMessage } from "../../src/core/messages";
import { PlanBuilder } from "./planBuilder";

const KANWIL = "Kantor Wilayah Kementerian Hukum Jawa Tengah";
const DIVISI = [
  "Divisi Pelayanan Hukum",
  "Divisi Peraturan Perundang-undangan",
  "Bagian Tata Usaha dan Umum",
];

function kanwil() {
  return new PlanBuilder()
    .unit(KANWIL)
    .unit(DIVISI[0], { parent: KANWIL })
    .unit(DIVISI[1], { parent: KANWIL })
    .unit(DIVISI[2], { parent: KANWIL })
    .row(KANWIL, {
      code: "IKU 1",
      objective: "Meningkatnya kualitas pelayanan hukum",
      name: "Indeks kepuasan layanan hukum",
      satuan: "indeks",
      target: "3,60",
      polarity: "max",
      periods: ["3,60", "3,60", "3,60", "3,60"],
    })
    .row(KANWIL, {
      code: "IKU 2",
      objective: "Meningkatnya kualitas produk hukum daerah",
      name: "Jumlah rancangan peraturan daerah yang diharmonisasi",
      satuan: "dokumen",
      target: "40",
      periods: ["10", "20", "30", "40"],
      cumulative: true,
    })
    .row(KANWIL, {
      code: "IKU 3",
      objective: "Meningkatnya kualitas pelayanan hukum",
      name: "Persentase permohonan layanan kekayaan intelektual yang diselesaikan tepat waktu",
      satuan: "%",
      target: "92,50 %",
    })
    .row(KANWIL, {
      code: "IKU 4",
      objective: "Terwujudnya tata kelola yang akuntabel",
      name: "Pagu anggaran yang direalisasikan",
      satuan: "Rp",
      target: "Rp 1.250.000.000,-",
    })
    .row(KANWIL, {
      code: "IKU 5",
      objective: "Terwujudnya tata kelola yang akuntabel",
      name: "Opini BPK atas laporan keuangan",
      satuan: "opini",
      target: "WTP",
    })
    .row(KANWIL, {
      code: "IKU 6",
      objective: "Terwujudnya tata kelola yang akuntabel",
      name: "Tingkat maturitas SPIP",
      satuan: "predikat",
      target: "sesuai hasil penilaian",
    });
}

describe("full cascade", () => {
  it("repeats the parent's name, satuan, polarity, target and quarters as written", () => {
    const plan = kanwil().mark("IKU 1", DIVISI[0], "F", { parentUnit: KANWIL }).build();
    const { rows, skipped } = cascadePlan(plan);
    expect(skipped).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        unit: DIVISI[0],
        parent: "IKU 1",
        type: "full",
        name: "Indeks kepuasan layanan hukum",
        satuan: "indeks",
        polarity: "max",
        target: { value: 3.6, text: "3,60" },
        periods: [1, 2, 3, 4].map(() => ({ value: 3.6, text: "3,60" })),
      }),
    ]);
  });

  it("leaves polarity out when the parent states none, and copies a grade", () => {
    const plan = kanwil().mark("IKU 5", DIVISI[2], "F", { parentUnit: KANWIL }).build();
    const [row] = cascadePlan(plan).rows;
    expect(row.polarity).toBeUndefined();
    expect(row.target.text).toBe("WTP");
  });

  it("reads a plain ✓ as full, marked inferred", () => {
    const plan = kanwil().mark("IKU 1", DIVISI[1], "✓", { parentUnit: KANWIL }).build();
    expect(cascadePlan(plan).rows[0]).toMatchObject({ type: "full", typeInferred: true });
  });
});

describe("partial cascade", () => {
  it("splits 40 dokumen: P 40% takes 16, the two plain P share the rest 12/12, phased cumulatively", () => {
    const plan = kanwil()
      .mark("IKU 2", DIVISI[0], "P 40%", { parentUnit: KANWIL })
      .mark("IKU 2", DIVISI[1], "P", { parentUnit: KANWIL })
      .mark("IKU 2", DIVISI[2], "P", { parentUnit: KANWIL })
      .build();
    const { rows } = cascadePlan(plan);
    expect(rows.map((r) => [r.unit, r.target.text])).toEqual([
      [DIVISI[0], "16"],
      [DIVISI[1], "12"],
      [DIVISI[2], "12"],
    ]);
    expect(rows[0].periods?.map((p) => p.text)).toEqual(["4", "8", "12", "16"]);
    expect(rows[1].periods?.map((p) => p.text)).toEqual(["3", "6", "9", "12"]);
    expect(
      rows.every((r) => r.name === "Jumlah rancangan peraturan daerah yang diharmonisasi")
    ).toBe(true);
  });

  it("writes a rupiah share the way the parent wrote it", () => {
    const plan = kanwil()
      .mark("IKU 4", DIVISI[0], "P", { parentUnit: KANWIL })
      .mark("IKU 4", DIVISI[2], "P", { parentUnit: KANWIL })
      .build();
    expect(cascadePlan(plan).rows.map((r) => r.target.text)).toEqual([
      "Rp 625.000.000,-",
      "Rp 625.000.000,-",
    ]);
  });

  it("splits by a basis column (jumlah pegawai) when asked", () => {
    const plan = kanwil()
      .mark("IKU 2", DIVISI[0], "P", { parentUnit: KANWIL })
      .mark("IKU 2", DIVISI[1], "P", { parentUnit: KANWIL })
      .build();
    const { rows } = cascadePlan(plan, {
      method: "basis",
      basis: { [DIVISI[0]]: 30, [DIVISI[1]]: 10 },
    });
    expect(rows.map((r) => r.target.value)).toEqual([30, 10]);
  });

  it("does not split an Average-type percentage: each Divisi carries 92,50 %", () => {
    const plan = kanwil()
      .mark("IKU 3", DIVISI[0], "P", { parentUnit: KANWIL })
      .mark("IKU 3", DIVISI[1], "P", { parentUnit: KANWIL })
      .build();
    expect(cascadePlan(plan).rows.map((r) => r.target.text)).toEqual(["92,50 %", "92,50 %"]);
  });

  it("refuses a text target with a clear reason, not an exception", () => {
    const plan = kanwil()
      .mark("IKU 6", DIVISI[0], "P", { parentUnit: KANWIL })
      .mark("IKU 6", DIVISI[1], "P", { parentUnit: KANWIL })
      .build();
    const { rows, skipped } = cascadePlan(plan);
    expect(rows).toEqual([]);
    expect(skipped).toEqual([
      { unit: DIVISI[0], parent: "IKU 6", reason: "target-not-numeric", detail: "not-numeric" },
      { unit: DIVISI[1], parent: "IKU 6", reason: "target-not-numeric", detail: "not-numeric" },
    ]);
  });
});

describe("a parent target not filled in yet", () => {
  const plan = () =>
    kanwil()
      .row(KANWIL, {
        code: "IKU 7",
        objective: "Meningkatnya kualitas pelayanan hukum",
        name: "Jumlah layanan bantuan hukum yang diberikan",
        satuan: "layanan",
        target: "",
        periods: ["", "", "", ""],
      })
      .row(KANWIL, {
        code: "IKU 8",
        objective: "Meningkatnya kualitas pelayanan hukum",
        name: "Jumlah penyuluhan hukum yang dilaksanakan",
        satuan: "kegiatan",
        target: "-",
      })
      .mark("IKU 7", DIVISI[0], "F", { parentUnit: KANWIL })
      .mark("IKU 8", DIVISI[0], "P", { parentUnit: KANWIL })
      .mark("IKU 8", DIVISI[1], "P", { parentUnit: KANWIL })
      .build();

  it("still gives a full row its name and satuan, with the target left blank", () => {
    const { rows } = cascadePlan(plan());
    expect(rows).toEqual([
      expect.objectContaining({
        unit: DIVISI[0],
        parent: "IKU 7",
        type: "full",
        name: "Jumlah layanan bantuan hukum yang diberikan",
        satuan: "layanan",
        target: { value: undefined, text: "" },
      }),
    ]);
  });

  it("splits nothing for partial rows, and says why", () => {
    const { skipped } = cascadePlan(plan());
    expect(skipped).toEqual([
      { unit: DIVISI[0], parent: "IKU 8", reason: "parent-target-empty", detail: "-" },
      { unit: DIVISI[1], parent: "IKU 8", reason: "parent-target-empty", detail: "-" },
    ]);
    expect(cascadeSkipMessage(skipped[0], "id")).toBe(
      `${DIVISI[0]} ← IKU 8: target induk belum diisi: isi dulu target induk (-)`
    );
    expect(cascadeSkipMessage(skipped[0], "en")).toBe(
      `${DIVISI[0]} ← IKU 8: the parent's target is not filled in yet: fill it in first (-)`
    );
  });
});

describe("contributing", () => {
  it("is never invented: a missing contributing row is reported as skipped", () => {
    const plan = kanwil().mark("IKU 1", DIVISI[2], "K", { parentUnit: KANWIL }).build();
    const { rows, skipped } = cascadePlan(plan);
    expect(rows).toEqual([]);
    expect(skipped).toEqual([
      { unit: DIVISI[2], parent: "IKU 1", reason: "contributing-not-invented" },
    ]);
  });
});

describe("keys and existing rows", () => {
  it("an existing child row answering the rule is the one updated (unit + parent link)", () => {
    const plan = kanwil()
      .row(DIVISI[0], {
        name: "Indeks kepuasan layanan hukum",
        satuan: "indeks",
        target: "3,5",
        link: "IKU 1",
      })
      .mark("IKU 1", DIVISI[0], "F", { parentUnit: KANWIL })
      .build();
    const [row] = cascadePlan(plan).rows;
    expect(row.existing?.id).toBe(`${DIVISI[0]}!6`);
    const after = checkPlan(applyProposals(plan, cascadePlan(plan).rows));
    expect(after.findings.filter((f) => f.code === "FULL_DRIFT")).toEqual([]);
  });

  it("cascading then checking the result leaves no error", () => {
    const plan = kanwil()
      .mark("IKU 1", DIVISI[0], "F", { parentUnit: KANWIL })
      .mark("IKU 2", DIVISI[0], "P 40%", { parentUnit: KANWIL })
      .mark("IKU 2", DIVISI[1], "P", { parentUnit: KANWIL })
      .mark("IKU 2", DIVISI[2], "P", { parentUnit: KANWIL })
      .mark("IKU 3", DIVISI[1], "P", { parentUnit: KANWIL })
      .mark("IKU 4", DIVISI[2], "P 25", { parentUnit: KANWIL })
      .mark("IKU 4", DIVISI[0], "P", { parentUnit: KANWIL })
      .mark("IKU 5", DIVISI[2], "F", { parentUnit: KANWIL })
      .build();
    const before = checkPlan(plan);
    expect(before.findings.filter((f) => f.code === "MISSING_CONTRIBUTION")).toHaveLength(8);
    const after = checkPlan(applyProposals(plan, cascadePlan(plan).rows));
    expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
