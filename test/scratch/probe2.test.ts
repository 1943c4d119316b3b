import { show } from "./show";
import { gridsFromSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
const H = ["Unit Kerja", "Unit Atasan", "Kode", "Indikator Kinerja", "Satuan", "Target", "IKU Atasan", "Unit Penanggung Jawab"];
test("probe", () => {
  show("a", { name: "C", rows: [H,
    ["Dinas Bina Marga", null, "1.3.", "Persentase panjang jalan mantap", "%", "92,10", null, null],
    ["Bidang Pemeliharaan", "Dinas Bina Marga", "1.3..", "Persentase panjang jalan mantap", "%", "92,10", "1.3.; 1.3..", null]] });
  show("b", { name: "C", rows: [["Unit Kerja", "Unit Atasan", "Kode", "Indikator Kinerja", "Satuan", "Target"],
    ["Dinas Bina Marga", null, "1.3.", "Persentase panjang jalan mantap", "%", "92,10"],
    ["Bidang Pemeliharaan", "Dinas Bina Marga", "1.3..", "Persentase panjang jalan mantap", "%", "92,10"],
    ["Seksi Jalan", "Bidang Pemeliharaan", "1.3..", "Persentase panjang jalan mantap", "%", "92,10"],
  ] }, { name: "M", rows: [["MATRIKS CASCADING"], ["Kode", "IKU", "Bidang Pemeliharaan"], ["1.3.", "Persentase panjang jalan mantap", "F"]] });
  show("c", { name: "C", rows: [H,
    ["Dinas Bina Marga", null, "1.3.", "Persentase panjang jalan mantap", "%", "92,10", null, "Bidang Pemeliharaan"],
    ["Bidang Pemeliharaan", "Dinas Bina Marga", "1.3.1", "Persentase panjang jalan mantap", "%", "92,10", "1.3..", null]] },
    { name: "M", rows: [["MATRIKS CASCADING"], ["Kode", "IKU", "Bidang Pemeliharaan"], ["1.3..", "Persentase panjang jalan mantap", "F"]] });
});
test("titles", () => {
  for (const t of ["TARGET KINERJA INSPEKTORAT DAERAH KABUPATEN X", "BPKAD PROVINSI JAWA BARAT", "INDIKATOR KINERJA UTAMA (IKU) DINAS SOSIAL TAHUN 2024-2026", "IKU BIRO UMUM", "PERJANJIAN KINERJA TAHUN 2026", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2026", "Perjanjian Kinerja Biro Hukum Tahun 2026"]) {
    show(t, { name: "Sheet1", rows: [[t], [], ["No", "Indikator Kinerja", "Satuan", "Target"], ["1", "Persentase x", "%", 90]] });
  }
});
import * as F from "../fixtures/v3lookalikes";
test("pj", () => { show("pj", F.penanggungJawabInside()); show("pj typo", F.penanggungJawabInside(true)); });
test("pohon", () => { show("pohon atasan", ...F.pohonKinerjaNumbering(true)); show("pohon", ...F.pohonKinerjaNumbering(false)); });
test("matrix", () => { for (const m of ["codes", "names", "transposed", "kMarks"] as const) show("matrix " + m, ...F.pkSetWithMatrix(m)); });
import { cascadePlan } from "../../src/core/cascade";
import { planFill } from "../../src/workbook/fill";
test("fillm", () => {
  for (const m of ["codes", "names", "transposed", "kMarks"] as const) {
    const grids = gridsFromSpec({ sheets: F.pkSetWithMatrix(m) });
    const read = readWorkbook(grids);
    const plan = planFill(read, grids, cascadePlan(read.plan));
    console.log(m, JSON.stringify(plan.changes.map((c) => [c.sheet, c.cell, c.new])), JSON.stringify(plan.inserts), JSON.stringify(plan.skipped), plan.conflicts.length);
  }
});
test("ra", () => { show("ra", F.pkWithRencanaAksi()); show("wide", F.wideExport());
  show("kars", { name: "Mutu", rows: [["INDIKATOR MUTU KARS RSUD SUKAMAJU TAHUN 2026"], ["No", "INDIKATOR MUTU KARS", "Satuan", "Target"], ["1", "Kepatuhan identifikasi pasien", "%", 100]] }); });
