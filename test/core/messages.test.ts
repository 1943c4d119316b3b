/**
 * Numbers and periods inside finding messages (issue 14): a number Selaras computed is written as
 * the language writes it ("76,5", "4.000", "90%" / "76.5", "4,000"), a period as the sheet heads
 * it ("TW III"), and what the planner wrote ("95,00 Persen") stays as written.
 */
import { checkPlan } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { findingMessage } from "../../src/core/messages";
import { gridsFromSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import { BROKEN, monitoringWorkbook } from "../fixtures/realisasi";
import { PlanBuilder } from "./planBuilder";

const BIRO = "Biro Sumber Daya Manusia";
const BAGIAN_1 = "Bagian Pengembangan Pegawai";
const BAGIAN_2 = "Bagian Mutasi Pegawai";

const biro = () =>
  new PlanBuilder().unit(BIRO).unit(BAGIAN_1, { parent: BIRO }).unit(BAGIAN_2, { parent: BIRO });

function finding(b: PlanBuilder, code: string): Finding {
  const f = checkPlan(b.build()).findings.find((x) => x.code === code);
  if (!f) throw new Error(`no ${code}`);
  return f;
}

describe("a partial cascade that falls short", () => {
  it("an Average IKU: the Bagian's mean of 75 and 78 is 76,5 in Indonesian, 76.5 in English", () => {
    const b = biro()
      .row(BIRO, {
        code: "1",
        name: "Persentase pegawai yang memenuhi standar kompetensi jabatan",
        satuan: "%",
        target: "80",
        consolidation: "average",
      })
      .row(BAGIAN_1, {
        name: "Persentase pegawai kompeten",
        satuan: "%",
        target: "75",
        link: "1",
        type: "P",
      })
      .row(BAGIAN_2, {
        name: "Persentase pegawai kompeten",
        satuan: "%",
        target: "78",
        link: "1",
        type: "P",
      });
    const f = finding(b, "PARTIAL_SHORTFALL");
    expect(f).toMatchObject({ expected: 80, actual: 76.5 });
    expect(findingMessage(f, "id")).toContain("target 80, gabungan bawahan 76,5.");
    expect(findingMessage(f, "en")).toContain("target 80, combined 76.5.");
  });

  it("a Sum IKU of 4.000 ASN trained: the Bagian's 1.750 and 2.000 are grouped with dots", () => {
    const b = biro()
      .row(BIRO, {
        code: "2",
        name: "Jumlah ASN yang mengikuti pelatihan",
        satuan: "Orang",
        target: "4.000",
        consolidation: "sum",
      })
      .row(BAGIAN_1, {
        name: "Jumlah ASN yang dilatih",
        satuan: "Orang",
        target: "1.750",
        link: "2",
        type: "P",
      })
      .row(BAGIAN_2, {
        name: "Jumlah ASN yang dilatih",
        satuan: "Orang",
        target: "2.000",
        link: "2",
        type: "P",
      });
    const f = finding(b, "PARTIAL_SHORTFALL");
    expect(findingMessage(f, "id")).toContain("target 4.000, gabungan bawahan 3.750.");
    expect(findingMessage(f, "en")).toContain("target 4,000, combined 3,750.");
  });
});

describe("weights, periods and what the planner wrote", () => {
  it("weights of 50 and 40 sum to 90%, not 100%", () => {
    const b = biro()
      .row(BAGIAN_1, {
        name: "Persentase pegawai yang dilatih",
        satuan: "%",
        target: "80",
        weight: 50,
      })
      .row(BAGIAN_1, {
        name: "Jumlah dokumen analisis jabatan",
        satuan: "Dokumen",
        target: "4",
        weight: 40,
      });
    const f = finding(b, "WEIGHTS_NOT_100");
    expect(findingMessage(f, "id")).toBe(
      `Jumlah bobot indikator ${BAGIAN_1} adalah 90%, bukan 100%.`
    );
    expect(findingMessage(f, "en")).toBe(`The weights of ${BAGIAN_1} sum to 90%, not 100%.`);
  });

  it("a full row whose TW III differs from its parent's names TW III; the targets stay as written", () => {
    const name = "Persentase usulan mutasi yang diselesaikan tepat waktu";
    const b = biro()
      .row(BIRO, {
        code: "3",
        name,
        satuan: "Persen",
        target: "95,00 Persen",
        periods: ["95,00 Persen", "95,00 Persen", "95,00 Persen", "95,00 Persen"],
      })
      .row(BAGIAN_2, {
        name,
        satuan: "Persen",
        target: "95,00 Persen",
        periods: ["95,00 Persen", "95,00 Persen", "90,50 Persen", "95,00 Persen"],
        link: "3",
        type: "F",
      });
    const f = finding(b, "FULL_DRIFT");
    expect(findingMessage(f, "id")).toBe(
      `Cascading penuh: target TW III "${name}" (${BAGIAN_2}) berbeda dari IKU atasan 3: seharusnya 95,00 Persen, tertulis 90,50 Persen.`
    );
    expect(findingMessage(f, "en")).toContain(
      `the TW III target of "${name}" (${BAGIAN_2}) differs from parent IKU 3: expected 95,00 Persen, found 90,50 Persen.`
    );
  });
});

describe("the year's results", () => {
  const found = (m: ReturnType<(typeof BROKEN)[string]>, code: string) => {
    const read = readWorkbook(gridsFromSpec(monitoringWorkbook(m)), {
      version: 1,
      reportingDate: "2026-07-15",
    });
    const f = checkPlan(read.plan).findings.find((x) => x.code === code);
    if (!f) throw new Error(`no ${code}`);
    return f;
  };

  it("a capaian scored with the wrong formula reads as percentages: 80% written, 120% due", () => {
    const f = found(BROKEN.CAPAIAN_WRONG(), "CAPAIAN_WRONG");
    expect(findingMessage(f, "id")).toContain("tertulis 80%, seharusnya 120%");
    expect(findingMessage(f, "en")).toContain("reads 80%, it should be 120%");
  });

  it("a TW II with a target and no realisasi in July is named TW II", () => {
    const f = found(BROKEN.REALISASI_MISSING(), "REALISASI_MISSING");
    expect(findingMessage(f, "id")).toContain("punya target TW II tetapi belum ada realisasinya");
    expect(findingMessage(f, "en")).toContain("has a TW II target but no realisasi");
  });

  it("the periods an annual realisasi does not fit are listed as numbers of the language", () => {
    const f = found(BROKEN.REALISASI_PERIODS(), "REALISASI_PERIODS");
    expect(findingMessage(f, "id")).toContain("(90 | 70)");
  });
});

describe("a period named for a semester or a month", () => {
  it("Semester II and Maret, as a Dinas's half-yearly or monthly sheet heads them", () => {
    const base: Finding = {
      code: "REALISASI_MISSING",
      severity: "warning",
      at: null,
      unit: BAGIAN_1,
      indicator: "Jumlah ASN yang dilatih",
      parent: null,
      inferred: false,
      suggestions: [],
    };
    expect(findingMessage({ ...base, detail: { period: 2, periodCount: 2 } }, "id")).toContain(
      "punya target Semester II"
    );
    expect(findingMessage({ ...base, detail: { period: 3, periodCount: 12 } }, "id")).toContain(
      "punya target Maret"
    );
  });
});

describe("a band of targets", () => {
  it("a Bagian's waiting time of 2,5–4,5 days outside the Biro's 2,5–3,5 is written with commas", () => {
    const b = biro()
      .row(BIRO, {
        code: "4",
        name: "Rata-rata waktu layanan kenaikan pangkat",
        satuan: "Hari",
        target: "2,5 - 3,5",
        polarity: "stabilize",
      })
      .row(BAGIAN_2, {
        name: "Rata-rata waktu layanan kenaikan pangkat",
        satuan: "Hari",
        target: "2,5 - 4,5",
        polarity: "stabilize",
        link: "4",
        type: "P",
      });
    const f = finding(b, "PARTIAL_SHORTFALL");
    expect(findingMessage(f, "id")).toContain("target 2,5–3,5, gabungan bawahan 2,5–4,5.");
    expect(findingMessage(f, "en")).toContain("target 2.5–3.5, combined 2.5–4.5.");
  });
});
