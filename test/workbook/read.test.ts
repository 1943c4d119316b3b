import { reasonText } from "../../src/core/reasonMessages";
import type { Reason } from "../../src/core/reasons";
import { checkPlan } from "../../src/core/check";
import { gridsFromSpec, type SheetSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import {
  alokasiBps,
  cascadeTree,
  ikuTapinFlat,
  pkBpbd,
  pkDispora,
  pkTapin,
  renjaDeliSerdang,
  workbook,
} from "../fixtures/lookalikes";

/** A reason as the English output says it ("" for none). */
const en = (r?: Reason) => (r ? reasonText(r, "en") : "");

function read(...sheets: SheetSpec[]) {
  return readWorkbook(gridsFromSpec(workbook(...sheets)));
}

describe("layout B: a PK sheet per unit (Boyolali look-alike)", () => {
  const result = read(pkBpbd());

  it("names the unit from the title row and reads the year", () => {
    expect(result.sheets[0]).toMatchObject({
      status: "read",
      unit: "KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH",
    });
    expect(result.year).toBe(2026);
    expect(result.plan.units[0].parents).toEqual([
      expect.objectContaining({ name: "Bupati Boyolali", source: "pk" }),
    ]);
  });

  it("reads three indicators, carrying the merged Sasaran down, with the satuan inside the target", () => {
    const rows = result.plan.indicators;
    expect(rows.map((r) => r.name)).toEqual([
      "Indeks Risiko Bencana",
      "Persentase desa tangguh bencana",
      "Indeks Kepuasan Masyarakat atas layanan kedaruratan",
    ]);
    expect(rows[1].objective).toBe("Meningkatnya ketangguhan masyarakat terhadap bencana");
    expect(rows[0].target).toMatchObject({ kind: "number", value: 0.9, satuan: "Angka" });
    expect(rows[1].target).toMatchObject({ value: 100, satuan: "Persen", decimals: 2 });
    expect(rows[0].cells.target).toEqual({ sheet: "PK Kalaksa", cell: "D7" });
  });

  it("ignores the Program / Anggaran table and skips the column-number row", () => {
    expect(result.tables.map((t) => t.range)).toEqual(["A5:D9", "A16:O18"]);
    expect(result.plan.indicators.some((r) => r.name.startsWith("Program"))).toBe(false);
  });

  it("merges the Rencana Aksi's monthly targets into the PK rows: one indicator, not a duplicate", () => {
    const risk = result.plan.indicators[0];
    expect(risk.periodKind).toBe("month");
    expect(risk.periods?.map((p) => p.value)).toEqual([
      0.1, 0.1, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9,
    ]);
    expect(risk.cells.periods?.[0]).toEqual({ sheet: "PK Kalaksa", cell: "D17" });
    const check = checkPlan(result.plan);
    expect(check.findings.map((f) => f.code)).not.toContain("DUPLICATE_INDICATOR");
    expect(check.findings.map((f) => f.code)).not.toContain("QUARTER_INCONSISTENT");
  });
});

describe("a PK evaluated in its own table, with a Rencana Aksi for its quarters", () => {
  // the PK row keeps its realisasi and capaian cells when the Rencana Aksi lends it the quarters
  const result = read({
    name: "PK Biro Umum",
    rows: [
      ["PERJANJIAN KINERJA TAHUN 2026"],
      ["BIRO UMUM"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
      ["1", "Meningkatnya layanan umum", "Indeks kepuasan layanan umum", "85", "80", "94,12%"],
      [],
      ["RENCANA AKSI"],
      ["No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV"],
      ["1", "Indeks kepuasan layanan umum", "85", "80", "82", "84", "85"],
    ],
  });

  it("is one indicator with the quarters' cells and the PK's realisasi and capaian cells", () => {
    const rows = result.plan.indicators;
    expect(rows).toHaveLength(1);
    expect(rows[0].cells).toMatchObject({
      target: { sheet: "PK Biro Umum", cell: "D5" },
      realisasi: { sheet: "PK Biro Umum", cell: "E5" },
      capaian: { sheet: "PK Biro Umum", cell: "F5" },
    });
    expect(rows[0].cells.periods?.map((c) => c.cell)).toEqual(["D9", "E9", "F9", "G9"]);
  });

  it("points a wrong capaian at the PK's capaian cell", () => {
    const sheet = {
      name: "PK Biro Umum",
      rows: [
        ["BIRO UMUM"],
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["1", "Indeks kepuasan layanan umum", "85", "80", "70%"],
        [],
        ["RENCANA AKSI"],
        ["No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV"],
        ["1", "Indeks kepuasan layanan umum", "85", "80", "82", "84", "85"],
      ],
    };
    const wrong = checkPlan(read(sheet).plan).findings.filter((f) => f.code === "CAPAIAN_WRONG");
    expect(wrong.map((f) => f.at?.cell)).toEqual(["E3"]);
  });
});

describe("compound targets (Dispora look-alike)", () => {
  it("reads '100 dari 110 …' and '140 Kelompok (1400 orang)' as numbers with their whole and note", () => {
    const rows = read(pkDispora()).plan.indicators;
    expect(rows[0].target).toMatchObject({ value: 100, of: 110 });
    expect(rows[1].target).toMatchObject({ value: 140, note: "(1400 orang)" });
    expect(rows[2]).toMatchObject({ satuan: "Peringkat (POPNAS 201)" });
    expect(rows[2].target.value).toBe(2);
    expect(rows[3].target.value).toBe(36.6);
    expect(rows).toHaveLength(4);
  });
});

describe("a four-row header with a formula-number row (Deli Serdang look-alike)", () => {
  const result = read(renjaDeliSerdang());

  it("takes the Renja column of the workbook's year, not the Renstra one, and lists the other", () => {
    const t = result.tables[0];
    expect(t.columns).toMatchObject({ indicator: "D", satuan: "E", target: "H", objective: "B" });
    expect(result.sheets[0].notes.map(en).join(" ")).toContain('F "Target Renstra 2030 / K"');
  });

  it("reads the rows below the '13 = 9 + 10 + 11 + 12' row, a fraction shown as %, and '-'", () => {
    const rows = result.plan.indicators;
    expect(rows.map((r) => r.target.original)).toEqual(["100", "4", "-"]);
    expect(rows[2].target.kind).toBe("placeholder");
    expect(rows[0].periods).toBeUndefined(); // Realisasi is never a target
  });
});

describe("layout A with codes and units (BPS allocation look-alike)", () => {
  const result = read(alokasiBps());

  it("reads each row's unit and its parent unit from columns", () => {
    expect(result.tables[0]).toMatchObject({
      layout: "A",
      columns: { unit: "B", parentUnit: "C", code: "D" },
    });
    expect(result.plan.units.find((u) => u.name === "BPS Kabupaten Tapin")?.parents).toEqual([
      expect.objectContaining({ name: "BPS Provinsi Kalimantan Selatan", source: "column" }),
    ]);
  });

  it("checks the allocation: Aceh's 3 + 4 cover its 7; the national 12 = 7 + 5; Tapin carries all of Kalimantan Selatan's 5", () => {
    const check = checkPlan(result.plan);
    expect(check.findings).toEqual([]);
    expect(check.links.filter((l) => l.type === "partial")).toHaveLength(4);
    expect(check.links.filter((l) => l.type === "full").map((l) => l.child.unit)).toEqual([
      "BPS Kabupaten Tapin",
    ]);
    expect(check.links.every((l) => l.source === "code" && l.typeInferred)).toBe(true);
  });
});

describe("TW I–IV with dotted decimals (Tapin look-alike)", () => {
  it("reads '19.2' and '55.64' as decimals and finds the quarters cumulative", () => {
    const rows = read(pkTapin()).plan.indicators;
    expect(rows[0].periods?.map((p) => p.value)).toEqual([19.2, 55.64, 71.7, 100]);
    expect(rows[1].objective).toBe("Meningkatnya kualitas data statistik");
    expect(checkPlan(read(pkTapin()).plan).findings.map((f) => f.code)).not.toContain(
      "QUARTER_INCONSISTENT"
    );
  });
});

describe("a flat IKU table from a database (Tapin look-alike)", () => {
  it("reads every row, not the 'IKU' in the Jenis column as a new header, and takes Target Y as the denominator", () => {
    const result = read(ikuTapinFlat());
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].columns).toMatchObject({
      indicator: "F",
      satuan: "J",
      target: "K",
      denominator: "S",
      code: "E",
      objective: "D",
      goal: "B",
    });
    const rows = result.plan.indicators;
    expect(rows.map((r) => r.code)).toEqual(["1.1.1.1", "1.1.1.2", "1.1.1.3"]);
    expect(rows[1].target.value).toBe(4.44);
    expect(rows[1].denominator?.value).toBe(135);
    expect(checkPlan(result.plan).findings).toEqual([]);
  });
});

describe("a cascade tree in column blocks (Jabar Biro Organisasi look-alike)", () => {
  it("is refused with the reason, never half-read", () => {
    const result = read(cascadeTree());
    expect(result.sheets[0].status).toBe("refused");
    expect(en(result.sheets[0].reason)).toContain("a cascade tree in column blocks, not half-read");
    expect(en(result.sheets[0].reason)).toContain("row 3");
    expect(result.plan.indicators).toEqual([]);
  });
});

describe("targets inside the indicator text", () => {
  it("with no target column, a trailing '(25%)' is the target (inferred) and the name is matched without it", () => {
    const result = read({
      name: "Bagian Kelembagaan",
      rows: [
        ["RENCANA KINERJA BAGIAN KELEMBAGAAN TAHUN 2026"],
        ["No", "Sasaran", "Indikator Kinerja"],
        [
          "1",
          "Terfasilitasinya kelembagaan perangkat daerah",
          "Prosentase UPTD/UPTB yang difasilitasi SOP (25%)",
        ],
        ["2", null, "Jumlah Unit Pelayanan Publik terbaik sesuai kriteria Provinsi (14)"],
      ],
    });
    const rows = result.plan.indicators;
    expect(rows[0]).toMatchObject({
      name: "Prosentase UPTD/UPTB yang difasilitasi SOP",
      targetInferred: true,
    });
    expect(rows[0].target).toMatchObject({ value: 25, satuan: "%" });
    expect(rows[1].target.value).toBe(14);
    expect(rows[0].cells.target).toEqual({ sheet: "Bagian Kelembagaan", cell: "C3" });
  });
});

describe("layout C and D: a matriks cascading and a hierarchy sheet", () => {
  const hierarchy: SheetSpec = {
    name: "Hierarki",
    rows: [
      ["Unit Kerja", "Unit Atasan", "Eselon"],
      ["Dinas Bina Marga", null, "II"],
      ["Balai Pengelolaan Jalan WP I", "Dinas Bina Marga", "III"],
      ["Balai Pengelolaan Jalan WP II", "Dinas Bina Marga", "III"],
    ],
  };
  const pk = (name: string, target: string, code = "1.1"): SheetSpec => ({
    name: name.slice(0, 31),
    rows: [
      [`PERJANJIAN KINERJA ${name.toUpperCase()} TAHUN 2016`],
      ["No", "Kode", "Indikator Kinerja", "Satuan", "Target"],
      ["1", code, "Tingkat kemantapan jalan provinsi", "%", target],
    ],
  });
  const matrix: SheetSpec = {
    name: "Matriks",
    rows: [
      ["MATRIKS CASCADING IKU"],
      [
        "Kode",
        "Indikator Kinerja Utama",
        "Balai Pengelolaan Jalan WP I",
        "Balai Pengelolaan Jalan WP II",
        "TOTAL",
      ],
      ["1.1", "Tingkat kemantapan jalan provinsi", "P", "P", null],
      ["JUMLAH", null, null, null, null],
    ],
  };

  it("reads units with parents and levels from the hierarchy, marks from the matrix", () => {
    const result = read(
      hierarchy,
      pk("Dinas Bina Marga", "98,00 %"),
      pk("Balai Pengelolaan Jalan WP I", "98,02%"),
      pk("Balai Pengelolaan Jalan WP II", "97,80%"),
      matrix
    );
    expect(result.sheets.map((s) => s.layouts)).toEqual([["D"], ["B"], ["B"], ["B"], ["C"]]);
    expect(result.plan.rules).toEqual([
      expect.objectContaining({
        parent: "1.1",
        child: "Balai Pengelolaan Jalan WP I",
        type: "P",
        cell: { sheet: "Matriks", cell: "C3" },
      }),
      expect.objectContaining({
        parent: "1.1",
        child: "Balai Pengelolaan Jalan WP II",
        type: "P",
        cell: { sheet: "Matriks", cell: "D3" },
      }),
    ]);
    const check = checkPlan(result.plan);
    // 98,02 and 97,80 straddle 98,00 with a mean of 97,91: regions differ in size → unverified
    expect(check.findings.map((f) => f.code)).toEqual(["PARTIAL_UNVERIFIED"]);
  });
});

describe("what cannot be read is said exactly", () => {
  it("names the sheet and the headers it saw", () => {
    const result = read({
      name: "Catatan",
      rows: [
        ["Nama", "Alamat", "Telepon"],
        ["Bagian Umum", "Jl. Merdeka", "021"],
      ],
    });
    expect(result.sheets[0].status).toBe("ignored");
    expect(en(result.sheets[0].reason)).toContain("no indicator column found in sheet 'Catatan'");
    expect(en(result.sheets[0].reason)).toContain('"Nama", "Alamat", "Telepon"');
  });
});
