import { checkPlan, type CheckResult } from "../../src/core/check";
import { coverageMatrix, type CoverageBlock } from "../../src/core/coverageMatrix";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import { COVERAGE_COLOUR, coverageSheet } from "../../src/workbook/coverageSheet";
import { readWorkbook } from "../../src/workbook/read";
import {
  dinasMissingSimpus,
  dinasWithKesmas,
  KESMAS,
  PUSKESMAS,
  SIMPUS,
} from "../fixtures/dinasKesehatan";
import { PlanBuilder } from "../core/planBuilder";

function checked(spec: WorkbookSpec): CheckResult {
  return checkPlan(readWorkbook(gridsFromSpec(spec)).plan);
}

/** A block as planners would read it: each IKU with "mark:status" per unit. */
function read(block: CoverageBlock): string[][] {
  return block.rows.map((r) => [
    r.code ?? r.name,
    ...r.cells.map((c) => `${c.marks.join("+") || "—"}:${c.status}`),
  ]);
}

const DEPUTI = "Deputi Bidang Mutasi Kepegawaian";

describe("the coverage matrix of the bundled Badan", () => {
  const check = checked(sampleWorkbook());
  const matrix = coverageMatrix(check);

  it("has a block for each unit with child units, top down", () => {
    expect(matrix.blocks.map((b) => b.unit)).toEqual([
      "Badan Kepegawaian Nusantara",
      "Sekretariat Utama",
      "Deputi Bidang Mutasi Kepegawaian",
      "Kantor Regional I Yogyakarta",
      "Subbagian Rumah Tangga",
    ]);
    expect(matrix.year).toBe(2026);
  });

  it("reads the Deputi's cascade: full, partial, contributing, missing and not cascaded", () => {
    const deputi = matrix.blocks[2];
    expect(deputi.units).toEqual([
      "Direktorat Status dan Kedudukan Kepegawaian",
      "Kantor Regional I Yogyakarta",
      "Kantor Regional II Surabaya",
      "Kantor Regional III Bandung",
    ]);
    expect(read(deputi)).toEqual([
      ["1.1", "contributing:findings", "full:findings", "full:findings", "—:none"],
      ["1.2", "—:none", "partial:aligned", "partial:findings", "partial:missing"],
      ["1.3", "partial:findings", "partial:findings", "—:none", "—:none"],
      ["1.4", "—:none", "—:none", "partial:findings", "partial:findings"],
    ]);
    // Kanreg I takes 40 % of IKU 1.2, as the matriks says
    expect(deputi.rows[1].cells[1].share).toEqual({ kind: "percent", value: 40 });
    const codes = (i: number, j: number) =>
      deputi.rows[i].cells[j].findings.map((f) => check.findings[f].code);
    expect(codes(0, 1)).toEqual(["FULL_DRIFT"]);
    expect(codes(1, 2)).toEqual(["UNIT_MISMATCH"]);
    expect(codes(1, 3)).toEqual(["MISSING_CONTRIBUTION"]);
    expect(codes(2, 0)).toEqual(["PARTIAL_SHORTFALL"]);
  });

  it("counts against a cell only what is about that cascade, not the child's own children", () => {
    // the Deputi's IKU 1.4 cannot be verified against its Kanreg: that is not the Badan's concern
    const badan = matrix.blocks[0];
    expect(badan.units).toEqual(["Sekretariat Utama", DEPUTI, "Biro Umum"]);
    expect(read(badan)[0]).toEqual(["IKU 1", "contributing:aligned", "full:aligned", "—:none"]);
    // the Badan's IKU 6 is cascaded to no one
    expect(read(badan)[5]).toEqual(["IKU 6", "—:none", "—:none", "—:none"]);
  });
});

describe("the coverage matrix of the Dinas Kesehatan", () => {
  it("the Bidang's 10 against the Dinas's 12 is taken with findings; SIMPUS is missing", () => {
    const matrix = coverageMatrix(checked(dinasMissingSimpus()));
    expect(matrix.blocks.map((b) => [b.unit, b.units])).toEqual([
      ["Dinas Kesehatan", ["Bidang Pelayanan Kesehatan"]],
    ]);
    expect(read(matrix.blocks[0])).toEqual([
      ["1", "full:findings"],
      ["2", "full:missing"],
    ]);
  });

  it("a Bidang the hierarchy names with no PK is a column, missing wherever the matriks names it", () => {
    const matrix = coverageMatrix(checked(dinasWithKesmas()));
    expect(matrix.blocks[0].units).toEqual(["Bidang Pelayanan Kesehatan", KESMAS]);
    expect(read(matrix.blocks[0])).toEqual([
      ["1", "full:findings", "full:missing"],
      ["2", "full:missing", "full:missing"],
    ]);
  });

  it("is empty for a workbook of one unit", () => {
    const plan = new PlanBuilder()
      .unit("Biro Umum")
      .row("Biro Umum", { name: "Persentase pengadaan tepat waktu", target: 90 })
      .build();
    const matrix = coverageMatrix(checkPlan(plan));
    expect(matrix.blocks).toEqual([]);
    expect(coverageSheet(matrix, "id")).toBeUndefined();
  });
});

describe("the Cakupan sheet", () => {
  const matrix = coverageMatrix(checked(dinasWithKesmas()));

  it("lays each block out as the planners' matriks: unit, header, IKU rows, F / P / K / —", () => {
    const sheet = coverageSheet(matrix, "id", ["PK Dinas", "Temuan"]);
    expect(sheet?.name).toBe("Cakupan");
    expect(sheet?.rows.slice(0, 7)).toEqual([
      ["Matriks cakupan cascading IKU — Tahun 2026"],
      [expect.stringContaining("Dari isi workbook")],
      [],
      ["Dinas Kesehatan"],
      ["Kode", "Indikator Kinerja", "Target", "Bidang Pelayanan Kesehatan", KESMAS],
      ["1", PUSKESMAS, "12 Puskesmas", "F", "F"],
      ["2", SIMPUS, "100,00 %", "F", "F"],
    ]);
    expect(sheet?.fills).toEqual([
      { colour: COVERAGE_COLOUR.findings, cells: ["D6", "A16"] },
      { colour: COVERAGE_COLOUR.missing, cells: ["E6", "D7", "E7", "A17"] },
      { colour: COVERAGE_COLOUR.aligned, cells: ["A15"] },
    ]);
    expect(sheet?.rows.slice(8)).toEqual([
      [null, "Keterangan"],
      ["F", "Penuh (target sama)"],
      ["P", "Sebagian (berbagi target)"],
      ["K", "Kontribusi (indikator sendiri)"],
      ["✓", "Diminta, jenis belum ditulis"],
      ["—", "Tidak diturunkan ke unit ini"],
      [null, "Diturunkan dan selaras"],
      [null, "Diturunkan, ada temuan (lihat lembar temuan)"],
      [null, "Diminta aturan tetapi belum ada barisnya"],
    ]);
    expect(sheet?.border).toEqual(["A5:E7"]);
    expect(sheet?.widths).toEqual([10, 50, 16, 16, 16]);
  });

  it("takes another name when the workbook already has a Cakupan, and speaks English when asked", () => {
    const sheet = coverageSheet(matrix, "en", ["Cakupan"]);
    expect(sheet?.name).toBe("Cakupan 2");
    expect(sheet?.rows[0]).toEqual(["IKU cascade coverage — 2026"]);
    expect(sheet?.rows[4].slice(0, 3)).toEqual(["Code", "Indicator", "Target"]);
  });

  it("writes a partial share after its letter, in the language's form", () => {
    const deputi = coverageMatrix(checked(sampleWorkbook()));
    const sheet = coverageSheet(deputi, "id");
    expect(sheet?.rows.find((r) => r[0] === "1.2")?.slice(3)).toEqual(["—", "P 40%", "P", "P"]);
  });
});
