import { checkPlan, type CheckResult } from "../../src/core/check";
import { buildPohon, pohonNodes, type Pohon, type PohonNode } from "../../src/core/pohon";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import { dinasWithKesmas, KESMAS, PUSKESMAS, SIMPUS } from "../fixtures/dinasKesehatan";
import { PlanBuilder } from "./planBuilder";

function checked(spec: WorkbookSpec): CheckResult {
  return checkPlan(readWorkbook(gridsFromSpec(spec)).plan);
}

/** A node found by its label (and unit, when several units write the same IKU). */
function find(pohon: Pohon, label: string, unit?: string): PohonNode {
  const hits = pohonNodes(pohon).filter(
    (n) => n.label === label && (unit === undefined || n.unit === unit)
  );
  expect(hits).toHaveLength(1);
  return hits[0];
}

/** A node's children as "kind edge unit: label". */
function below(node: PohonNode): string[] {
  return node.children.map((c) => `${c.kind} ${c.edge} ${c.unit}: ${c.label}`);
}

const LAYANAN = "Persentase layanan mutasi yang selesai tepat waktu";
const DEPUTI = "Deputi Bidang Mutasi Kepegawaian";
const KR1 = "Kantor Regional I Yogyakarta";

describe("the pohon kinerja of the bundled Badan", () => {
  const check = checked(sampleWorkbook());
  const pohon = buildPohon(check);

  it("stands on the Badan, with the units the hierarchy cannot place beside it", () => {
    expect(pohon.roots.map((r) => r.label)).toEqual([
      "Badan Kepegawaian Nusantara",
      // the two Subbagian name each other as superior; the Pusat names none
      "Subbagian Rumah Tangga",
      "Pusat Pengembangan Kompetensi",
    ]);
    expect(pohon.year).toBe(2026);
    expect(below(pohon.roots[0]).slice(0, 3)).toEqual([
      "objective structure Badan Kepegawaian Nusantara: Meningkatnya profesionalitas ASN",
      "objective structure Badan Kepegawaian Nusantara: Meningkatnya kualitas layanan kepegawaian",
      "objective structure Badan Kepegawaian Nusantara: Terwujudnya tata kelola yang akuntabel",
    ]);
  });

  it("hangs each child IKU under its parent IKU by cascade type, down to the Tim Kerja", () => {
    const deputi = find(pohon, LAYANAN, DEPUTI);
    expect(deputi.edge).toBe("full");
    expect(deputi.code).toBe("1.1");
    expect(below(deputi)).toEqual([
      `indicator contributing Direktorat Status dan Kedudukan Kepegawaian: ${LAYANAN}`,
      "indicator contributing Direktorat Status dan Kedudukan Kepegawaian: Persentase usulan kenaikan pangkat yang diselesaikan tepat waktu",
      "indicator contributing Direktorat Status dan Kedudukan Kepegawaian: Persentase layanan rekomendasi mutasi yang diterbitkan",
      `indicator full ${KR1}: ${LAYANAN}`,
      `indicator full Kantor Regional II Surabaya: ${LAYANAN}`,
    ]);
    expect(below(find(pohon, LAYANAN, KR1))).toEqual([
      `indicator full Tim Kerja Layanan Mutasi Kanreg I: ${LAYANAN}`,
    ]);
  });

  it("puts every IKU of the workbook in the tree exactly once", () => {
    const rows = pohonNodes(pohon)
      .filter((n) => n.kind === "indicator")
      .map((n) => n.row);
    expect(rows.length).toBe(check.index.plan.indicators.length);
    expect(new Set(rows).size).toBe(rows.length);
    expect(pohon.nodes).toBe(pohonNodes(pohon).length);
  });

  it("colours a node by its worst finding and keeps the cell to select", () => {
    const kanreg = find(pohon, LAYANAN, KR1);
    expect(kanreg.severity).toBe("error");
    // the Kanreg's weights stay on the row they point at: the Kanreg has no node of its own here
    expect(kanreg.findings.map((f) => f.code)).toEqual(["FULL_DRIFT", "WEIGHTS_NOT_100"]);
    expect(check.findings[kanreg.findings[0].index].code).toBe("FULL_DRIFT");
    expect(kanreg.at).toEqual({ sheet: "IKU Eselon II", cell: "C14" });
    // the Badan's IKU 3 has no finding of its own, but one below it
    const iku3 = find(pohon, LAYANAN, "Badan Kepegawaian Nusantara");
    expect(iku3.severity).toBeNull();
    expect(iku3.worstBelow).toBe("error");
  });

  it("shows a unit the matriks names with no row as a missing leaf, with its finding", () => {
    const talenta = find(pohon, "Jumlah instansi yang menerapkan manajemen talenta", DEPUTI);
    const missing = talenta.children.find((c) => c.kind === "missing");
    expect(missing).toMatchObject({
      label: "Kantor Regional III Bandung",
      edge: "partial",
      severity: "error",
      at: { sheet: "Matriks Cascading", cell: "F5" },
    });
    expect(missing?.findings.map((f) => f.code)).toEqual(["MISSING_CONTRIBUTION"]);
  });

  it("places orphans and broken links under their own unit, below the unit's superiors", () => {
    const surabaya = find(pohon, "Kantor Regional II Surabaya");
    expect(surabaya.kind).toBe("unit");
    expect(below(find(pohon, DEPUTI)).map((s) => s.split(":")[0])).toEqual([
      "unit structure Kantor Regional II Surabaya",
      "unit structure Kantor Regional III Bandung",
    ]);
    const orphan = find(pohon, "Jumlah kendaraan dinas yang dirawat");
    expect(orphan.findings.map((f) => f.code)).toEqual(["ORPHAN"]);
  });

  it("says which findings sit on no node: the SKP's, a matriks column naming no unit", () => {
    expect(pohon.unplaced.map((i) => check.findings[i].code).sort()).toEqual(
      [
        "ACTIVITY_UNLINKED",
        "DURATION_OVER_DAY",
        "JPT_RHK_NOT_IN_PK",
        "LEADER_RHK_UNUSED",
        "RHK_NOT_INTERVENING",
        "RHK_OVERLAP",
        "UNIT_NOT_FOUND",
      ].sort()
    );
  });
});

describe("one unit's subtree (--unit)", () => {
  const check = checked(sampleWorkbook());

  it("starts at the unit, matched as units are (Kanreg = Kantor Regional), with its own IKU on top", () => {
    const pohon = buildPohon(check, { unit: "kanreg i yogyakarta" });
    expect(pohon.unit).toBe(KR1);
    expect(pohon.roots.map((r) => r.label)).toEqual([KR1]);
    const objectives = pohon.roots[0].children;
    expect(objectives.map((o) => o.label)).toEqual([
      "Meningkatnya kualitas layanan mutasi di wilayah kerja",
    ]);
    expect(objectives[0].children.map((c) => c.edge)).toEqual([
      "structure",
      "structure",
      "structure",
    ]);
    expect(pohonNodes(pohon).filter((n) => n.kind === "indicator")).toHaveLength(6);
    // the unit's weights finding goes on the unit now that it has a node
    expect(pohon.roots[0].findings.map((f) => f.code)).toEqual(["WEIGHTS_NOT_100"]);
  });

  it("is empty for a unit the workbook does not have", () => {
    const pohon = buildPohon(check, { unit: "Biro Hukum" });
    expect(pohon).toMatchObject({ roots: [], nodes: 0, unit: "Biro Hukum" });
  });
});

describe("the Dinas Kesehatan", () => {
  it("shows the Bidang's drift, and the Bidang Kesehatan Masyarakat with no PK as missing twice and as a bare unit", () => {
    const pohon = buildPohon(checked(dinasWithKesmas()));
    expect(pohon.roots.map((r) => r.label)).toEqual(["Dinas Kesehatan"]);
    const dinas = pohon.roots[0];
    // the Dinas writes no Sasaran: its IKU hang from the unit itself
    expect(below(dinas)).toEqual([
      `indicator structure Dinas Kesehatan: ${PUSKESMAS}`,
      `indicator structure Dinas Kesehatan: ${SIMPUS}`,
      `unit structure ${KESMAS}: ${KESMAS}`,
    ]);
    expect(below(dinas.children[0])).toEqual([
      `indicator full Bidang Pelayanan Kesehatan: ${PUSKESMAS}`,
      `missing full ${KESMAS}: ${KESMAS}`,
    ]);
    expect(dinas.children[0].children[0].findings.map((f) => f.code)).toEqual(["FULL_DRIFT"]);
    expect(below(dinas.children[1])).toEqual([
      `missing full Bidang Pelayanan Kesehatan: Bidang Pelayanan Kesehatan`,
      `missing full ${KESMAS}: ${KESMAS}`,
    ]);
    expect(dinas.children[2].children).toEqual([]);
  });
});

describe("odd plans", () => {
  it("gives a unit with no IKU a bare node and an IKU with no Sasaran a place under its unit", () => {
    const plan = new PlanBuilder()
      .unit("Biro Umum")
      .unit("Bagian Rumah Tangga", { parent: "Biro Umum" })
      .row("Biro Umum", { code: "1", name: "Persentase pengadaan tepat waktu", target: 90 })
      .build();
    const pohon = buildPohon(checkPlan(plan));
    expect(pohon.roots.map((r) => below(r))).toEqual([
      [
        "indicator structure Biro Umum: Persentase pengadaan tepat waktu",
        "unit structure Bagian Rumah Tangga: Bagian Rumah Tangga",
      ],
    ]);
  });

  it("does not hang on rows linked around a loop: the first in reading order stands on its own", () => {
    const plan = new PlanBuilder()
      .unit("Biro Umum")
      .unit("Bagian Umum", { parent: "Biro Umum" })
      .row("Biro Umum", {
        code: "1",
        name: "Indeks kepuasan layanan umum",
        objective: "Layanan prima",
        target: 80,
      })
      .row("Bagian Umum", {
        name: "Indeks kepuasan layanan umum",
        link: "1",
        type: "F",
        target: 80,
      })
      .build();
    const check = checkPlan(plan);
    const [parent, child] = plan.indicators;
    // a hand-made loop: the parent row named as its child's child (no reader writes this)
    check.links.push({ ...check.links[0], child: parent, parent: child });
    const pohon = buildPohon(check);
    const rows = pohonNodes(pohon).filter((n) => n.kind === "indicator");
    expect(rows.map((n) => n.row)).toEqual([parent.id, child.id]);
    expect(below(pohon.roots[0])).toEqual(["objective structure Biro Umum: Layanan prima"]);
  });

  it("draws nothing but a root per unit for a plan of units alone", () => {
    const plan = new PlanBuilder().unit("Badan A").unit("Badan B").build();
    const pohon = buildPohon(checkPlan(plan));
    expect(pohon.roots.map((r) => r.label)).toEqual(["Badan A", "Badan B"]);
    expect(pohon.unplaced).toEqual([]);
  });
});
