import { DOMParser } from "@xmldom/xmldom";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { FINDING_CODES } from "../../src/core/findings";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { xlsxFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import {
  dinasWithKesmas,
  dinasWithPercentSimpus,
  KESMAS,
  KESMAS_SHEET,
  PUSKESMAS,
} from "../fixtures/dinasKesehatan";
import { pkTapin, workbook } from "../fixtures/lookalikes";
import { richWorkbook } from "../fixtures/richWorkbook";
import { activityLog, NIP, skpExport } from "../fixtures/skp";
import { BROKEN, monitoringWorkbook } from "../fixtures/realisasi";
import { strFromU8, unzipSync } from "fflate";
import { pkSetWithMatrix } from "../fixtures/v3lookalikes";

let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selaras-cli-"));
  sample = path.join(dir, "sampel.xlsx");
  await fs.writeFile(sample, await xlsxFromSpec(sampleWorkbook()));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(["node", "selaras", ...args], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    isTTY: false,
  });
  return { code, out, err };
}

/** A workbook with no IKU table: a Bagian's address list. */
const NOTES_ONLY: WorkbookSpec = {
  sheets: [
    {
      name: "Catatan",
      rows: [
        ["Nama", "Alamat"],
        ["Bagian Umum", "Jl. Merdeka"],
      ],
    },
  ],
};

async function write(name: string, spec: WorkbookSpec): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await xlsxFromSpec(spec));
  return file;
}

describe("selaras --version", () => {
  it("prints the version of package.json and exits 0", async () => {
    const pkg = JSON.parse(
      await fs.readFile(path.join(__dirname, "..", "..", "package.json"), "utf8")
    );
    const { code, out } = await run("--version");
    expect(code).toBe(0);
    expect(out.trim()).toBe(pkg.version);
  });
});

describe("selaras check", () => {
  it("exits 1 on a workbook with error findings and prints the §6 JSON shape, sorted", async () => {
    const { code, out } = await run("check", sample, "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ version: 1, workbook: "sampel.xlsx" });
    expect(Object.keys(json.summary)).toEqual([
      "units",
      "indicators",
      "links",
      "inferred",
      "errors",
      "warnings",
      "info",
      // the sample states realisasi: capaian per unit (DESIGN.md §8)
      "capaian",
    ]);
    expect(json.tables[0]).toEqual({
      sheet: "Hierarki",
      range: "A1:C13",
      layout: "D",
      unit: null,
      columns: expect.any(Object),
      rule: { layout: "hierarchyColumns", unit: null },
    });
    expect(json.findings.map((f: { code: string }) => f.code).sort()).toEqual(
      [...FINDING_CODES].sort()
    );
    const f = json.findings.find((x: { code: string }) => x.code === "PARTIAL_SHORTFALL");
    expect(f).toEqual({
      code: "PARTIAL_SHORTFALL",
      severity: "error",
      sheet: "PK Deputi Mutasi",
      cell: "F6",
      unit: "Deputi Bidang Mutasi Kepegawaian",
      indicator: "1.3",
      parent: "1.3",
      message: expect.stringContaining("1.3"),
      expected: 80,
      actual: 76.5,
      inferred: false,
      field: null,
      suggestions: [],
    });
  });

  it("exits 0 on an aligned workbook, with the detection summary in text", async () => {
    const file = await write("tapin.xlsx", workbook(pkTapin()));
    const { code, out } = await run("check", file, "--lang", "en");
    expect(code).toBe(0);
    expect(out).toContain("Sheet detection:");
    expect(out).toContain(
      "PK BPS Tapin A4:I6: layout B (a sheet per unit) · BPS KABUPATEN TAPIN (from a unit-name row)"
    );
    expect(out).toContain("0 errors, 0 warnings");
  });

  it("says what it could not place, in text and JSON, when a matriks that placed the Bidang is unreadable", async () => {
    const sheets = pkSetWithMatrix("codes");
    sheets[4].rows[0] = ["MATRIKS CASCADING"];
    for (const row of sheets[4].rows.slice(3)) row[1] = `Indikator lain ${String(row[0])}`;
    const file = await write("pk-dinkes.xlsx", { sheets });
    const text = await run("check", file, "--lang", "en");
    expect(text.out).toContain("Not understood:");
    expect(text.out).toContain("3 units have no known parent");
    const json = JSON.parse((await run("check", file, "--format", "json")).out);
    expect(json.understanding.map((u: { code: string }) => u.code)).toEqual([
      "PLACE_UNKNOWN",
      "EXTERNAL_LINKS",
    ]);
    expect(json.understanding[0].message).toContain("unit belum diketahui atasannya");
  });

  it("checks several workbooks at once (one per Kantor Regional) and prints a JSON array", async () => {
    const a = await write("kanreg1.xlsx", workbook(pkTapin()));
    const { code, out } = await run("check", a, sample, "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.map((j: { workbook: string }) => j.workbook)).toEqual([
      "kanreg1.xlsx",
      "sampel.xlsx",
    ]);
  });

  it("writes an annotated copy with --out, and refuses an --out that names the input", async () => {
    const out = path.join(dir, "hasil", "sampel.periksa.xlsx");
    expect((await run("check", sample, "--out", out)).code).toBe(1);
    await expect(fs.stat(out)).resolves.toBeTruthy();
    const same = await run("check", sample, "--out", sample, "--lang", "en");
    expect(same.code).toBe(2);
    expect(same.err).toContain("--out may not name the input");
  });

  it("exits 2 with one line for a file that is not an .xlsx, and no stack trace", async () => {
    const txt = path.join(dir, "catatan.txt");
    await fs.writeFile(txt, "bukan workbook");
    const { code, out, err } = await run("check", txt);
    expect(code).toBe(2);
    expect(out + err).toContain("catatan.txt: bukan file .xlsx");
    expect(out + err).not.toContain("not an .xlsx file");
    const en = await run("check", txt, "--lang", "en");
    expect(en.out + en.err).toContain("catatan.txt: not an .xlsx file");
    expect(en.out + en.err).not.toContain("bukan file");
    expect(out + err).not.toMatch(/\bat .+\.(js|ts):\d+/);
  });

  it("exits 2 when no IKU table is found, saying what each sheet was", async () => {
    const file = await write("kosong.xlsx", NOTES_ONLY);
    const { code, out } = await run("check", file);
    expect(code).toBe(2);
    expect(out).toContain("tidak ditemukan tabel IKU");
    expect(out).toContain("tidak ditemukan kolom indikator di lembar 'Catatan'");
    const en = await run("check", file, "--lang", "en");
    expect(en.out).toContain("no IKU table found");
    expect(en.out).toContain("no indicator column found in sheet 'Catatan'");
  });

  it("exits 2 on a usage error", async () => {
    expect((await run("check")).code).toBe(2);
    expect((await run("check", sample, "--format", "xml")).code).toBe(2);
  });

  it("takes a mapping profile file that overrides detection", async () => {
    const profile = path.join(dir, "profil.json");
    await fs.writeFile(
      profile,
      JSON.stringify({ version: 1, sheets: { "PK BPS Tapin": { unit: "BPS Kabupaten Tapin" } } })
    );
    const file = await write("tapin2.xlsx", workbook(pkTapin()));
    const { out } = await run("check", file, "--profile", profile, "--format", "json");
    expect(JSON.parse(out).tables[0].unit).toBe("BPS Kabupaten Tapin");
    const bad = path.join(dir, "rusak.json");
    await fs.writeFile(bad, "{");
    const r = await run("check", file, "--profile", bad, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("is not valid JSON");
  });
});

describe("selaras fill", () => {
  it("--dry-run writes nothing and prints the §6 JSON shape", async () => {
    const out = path.join(dir, "tidak-ditulis.xlsx");
    const { code, out: printed } = await run(
      "fill",
      sample,
      "--out",
      out,
      "--dry-run",
      "--format",
      "json"
    );
    expect(code).toBe(0);
    await expect(fs.stat(out)).rejects.toThrow();
    const json = JSON.parse(printed);
    expect(json.version).toBe(1);
    expect(json.changes[0]).toEqual({
      sheet: expect.any(String),
      cell: expect.any(String),
      old: null,
      new: expect.anything(),
    });
    expect(json.conflicts[0]).toEqual(
      expect.objectContaining({ sheet: "IKU Eselon II", reason: expect.any(String) })
    );
    expect(json.skipped).toEqual([]);
    // everything else the fill does to the file is listed too: the inserted row, no profile yet
    expect(json.inserts).toEqual([
      { sheet: expect.any(String), afterRow: expect.any(Number), count: 1 },
    ]);
    expect(json.profileSheet).toBeUndefined();
  });

  it("lists in its JSON the number formats it writes and the hidden profile sheet it adds", async () => {
    // the Dinas writes its SIMPUS target as 0.95 under a 0% format: the Kesmas row added on a new
    // sheet takes that form, and the JSON says so
    const spec = dinasWithPercentSimpus();
    const file = await write("dinkes-persen.xlsx", spec);
    const out = path.join(dir, "dinkes-persen.terisi.xlsx");
    const r = await run("fill", file, "--out", out, "--new-sheets", "--format", "json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      changes: Array<{ sheet: string; cell: string; new: unknown; numFmt?: string }>;
      profileSheet?: string;
    };
    expect(json.changes).toContainEqual({
      sheet: KESMAS_SHEET,
      cell: "E5",
      old: null,
      new: 0.95,
      numFmt: "0%",
    });
    expect(json.profileSheet).toBe("_selaras_profile");
  });

  it("adds a sheet for a Bidang with no table only with --new-sheets", async () => {
    const file = await write("dinkes-kesmas.xlsx", dinasWithKesmas());
    const out = path.join(dir, "dinkes-kesmas-terisi.xlsx");
    const without = await run("fill", file, "--out", out, "--dry-run");
    expect(without.out).toContain(`${KESMAS}: tidak ada tabel untuk unit ini`);
    expect(without.out).toContain("Tambahkan --new-sheets");

    const { code, out: printed } = await run(
      "fill",
      file,
      "--out",
      out,
      "--new-sheets",
      "--format",
      "json"
    );
    expect(code).toBe(0);
    const json = JSON.parse(printed);
    expect(json.newSheets).toEqual([{ sheet: KESMAS_SHEET, unit: KESMAS }]);
    expect(json.changes).toContainEqual({
      sheet: KESMAS_SHEET,
      cell: "C5",
      old: null,
      new: PUSKESMAS,
    });
    const again = await run("fill", out, "--out", path.join(dir, "dua-kali.xlsx"), "--new-sheets");
    expect(again.out).toMatch(/0 perubahan/);
  });

  it("writes the result, and filling the result again changes nothing", async () => {
    const once = path.join(dir, "terisi.xlsx");
    expect((await run("fill", sample, "--out", once)).code).toBe(0);
    const twice = path.join(dir, "terisi2.xlsx");
    const again = await run("fill", once, "--out", twice, "--format", "json");
    expect(JSON.parse(again.out).changes).toEqual([]);
  });

  it("keeps a profile given as a file inside the result, so the next run needs no questions", async () => {
    const profile = path.join(dir, "profil-tapin.json");
    await fs.writeFile(
      profile,
      JSON.stringify({ version: 1, sheets: { "PK BPS Tapin": { unit: "BPS Kabupaten Tapin" } } })
    );
    const file = await write("tapin3.xlsx", workbook(pkTapin()));
    const filled = path.join(dir, "tapin3.terisi.xlsx");
    const r = await run("fill", file, "--out", filled, "--profile", profile, "--lang", "en");
    expect(r.out).toContain("Mapping profile saved in the hidden sheet _selaras_profile");
    const { out } = await run("check", filled, "--format", "json");
    expect(JSON.parse(out).tables[0].unit).toBe("BPS Kabupaten Tapin");
  });

  it("refuses an --out that names the input, and a missing file", async () => {
    expect((await run("fill", sample, "--out", sample)).code).toBe(2);
    const missing = await run(
      "fill",
      path.join(dir, "tidak-ada.xlsx"),
      "--out",
      path.join(dir, "x.xlsx"),
      "--lang",
      "en"
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("file not found");
  });
});

describe("the year's results (issue 13, part)", () => {
  it("reports capaian per unit in text and in summary.capaian, and the monitoring findings", async () => {
    const file = await write("monev.xlsx", monitoringWorkbook(BROKEN.CAPAIAN_WRONG()));
    const text = await run("check", file);
    expect(text.out).toContain("Capaian per unit:");
    expect(text.out).toContain("Kantor Regional I Yogyakarta: 83,75% — hampir tercapai (2 IKU)");
    expect(text.out).toContain("Capaian per tingkat:");
    expect(text.out).toContain("Tingkat 2: 61,06% — belum tercapai (3 unit)");
    expect(text.out).toContain("CAPAIAN_WRONG");
    const json = JSON.parse((await run("check", file, "--format", "json")).out);
    expect(json.summary.capaian.units).toContainEqual({
      unit: "Kantor Regional III Bandung",
      level: 2,
      capaian: 48,
      band: "poor",
      rows: 1,
    });
    expect(json.summary.capaian.levels[0]).toEqual({
      level: 1,
      capaian: 84.5,
      band: "fair",
      units: 1,
    });
    expect(json.summary.capaian.bands).toEqual({ goodFrom: 100, fairFrom: 80 });
    const english = await run("check", file, "--lang", "en");
    expect(english.out).toContain("Kantor Regional I Yogyakarta: 83.75% — close (2 IKUs)");
    expect(english.out).toContain("Level 2: 61.06% — behind (3 units)");
  });
});

describe("checking persons' SKP (issue 12)", () => {
  it("checks an e-Kinerja export on its own, naming persons with their NIP masked unless --show-ids", async () => {
    const file = await write("ekinerja.xlsx", { sheets: [skpExport(), activityLog()] });
    const r = await run("check", file);
    expect(r.code).toBe(1); // RHK_NOT_INTERVENING is an error
    expect(r.out).toContain("SKP: 5 pegawai, 7 baris");
    expect(r.out).toContain("RHK_OVERLAP");
    expect(r.out).toContain("Dimas Saputra, Analis Kebijakan");
    expect(r.out).toContain(
      "Rina Wulandari, Analis Kebijakan (NIP …2003): 9 jam dari standar 1.250 jam"
    );
    expect(r.out).not.toContain(NIP.rina);
    const json = JSON.parse((await run("check", file, "--format", "json", "--lang", "en")).out);
    const overlap = json.findings.find((f: { code: string }) => f.code === "RHK_OVERLAP");
    expect(overlap.person).toEqual({
      name: "Dimas Saputra",
      jabatan: "Analis Kebijakan",
      unit: "Dinas Kesehatan",
      id: "…1004",
    });
    expect(json.persons.activityYears[0]).toMatchObject({
      name: "Rina Wulandari",
      hours: 9,
      standardHours: 1250,
    });
    expect(JSON.stringify(json)).not.toContain(NIP.rina);
    const shown = await run("check", file, "--show-ids", "--lang", "en");
    expect(shown.out).toContain(`(NIP ${NIP.rina}): 9 hours of the 1,250-hour standard`);
  });
});

describe("the command line's edges (issue 11)", () => {
  it("refuses an --out that is the input through a symbolic or a hard link, before writing", async () => {
    const input = await write("pk-tapin-link.xlsx", workbook(pkTapin()));
    const before = await fs.readFile(input);
    const soft = path.join(dir, "tautan-lunak.xlsx");
    const hard = path.join(dir, "tautan-keras.xlsx");
    await fs.symlink(input, soft);
    await fs.link(input, hard);
    for (const out of [soft, hard]) {
      const r = await run("fill", input, "--out", out);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`selaras: --out tidak boleh menimpa file masukan: ${input}\n`);
      expect((await run("check", input, "--out", out)).code).toBe(2);
    }
    expect(await fs.readFile(input)).toEqual(before);
  });

  it("keeps an .xlsm an .xlsm: refuses an --out that would drop its macros, writes them back otherwise", async () => {
    const input = path.join(dir, "pk-dinas.xlsm");
    await fs.writeFile(input, await richWorkbook({ macros: true }));
    const wrong = await run(
      "fill",
      input,
      "--out",
      path.join(dir, "pk-dinas.terisi.xlsx"),
      "--lang",
      "en"
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--out must end in .xlsm to keep the workbook's macros");
    const out = path.join(dir, "pk-dinas.terisi.xlsm");
    expect((await run("fill", input, "--out", out)).code).toBe(0);
    const parts = unzipSync(new Uint8Array(await fs.readFile(out)));
    expect(strFromU8(parts["xl/vbaProject.bin"])).toContain("VBA-PROYEK-UJI");
    expect(strFromU8(parts["[Content_Types].xml"])).toContain("sheet.macroEnabled.main+xml");
    const outDir = path.join(dir, "periksa-xlsm");
    await run("check", input, "--out-dir", outDir);
    expect(await fs.readdir(outDir)).toEqual(["pk-dinas.periksa.xlsm"]);
  });

  it("says so in one line when --out names a folder", async () => {
    const folder = path.join(dir, "hasil-folder");
    await fs.mkdir(folder, { recursive: true });
    const r = await run("fill", sample, "--out", folder);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`selaras: --out adalah folder, bukan nama file: ${folder}\n`);
  });

  it.each<[string, unknown, string]>([
    ["a year as text", { version: 1, year: "2026" }, "'year' must be a year (e.g. 2026)"],
    [
      "a working day of no minutes",
      { version: 1, standards: { dailyMinutes: "300" } },
      "'standards.dailyMinutes' must be a number above 0",
    ],
    [
      "a header row of 0",
      { version: 1, sheets: { IKU: { headerRow: 0 } } },
      "'sheets.IKU.headerRow' must be a row number",
    ],
    [
      "a column that is no letter",
      { version: 1, sheets: { IKU: { columns: { target: 7 } } } },
      "'sheets.IKU.columns.target' must be a column letter",
    ],
    [
      "a layout E",
      { version: 1, sheets: { IKU: { layout: "E" } } },
      "'sheets.IKU.layout' must be one of A, B, C, D",
    ],
    [
      "a hierarchy that is no list",
      { version: 1, hierarchy: { unit: "Biro Umum" } },
      "'hierarchy' must be a list",
    ],
    [
      "a unit without a name",
      { version: 1, hierarchy: [{ parent: "Badan" }] },
      "'hierarchy[0].unit' must be text",
    ],
  ])("names the field of a profile with %s, in one line", async (_what, profile, message) => {
    const file = path.join(dir, "profil-salah.json");
    await fs.writeFile(file, JSON.stringify(profile));
    const r = await run("check", sample, "--profile", file, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/TypeError|at \w+ \(/);
  });

  it("checks every workbook when one has an unreadable profile sheet, and exits with the worst code", async () => {
    const broken = await write("profil-rusak.xlsx", {
      sheets: [
        pkTapin(),
        { name: "_selaras_profile", rows: [["{ bukan json"]], state: "veryHidden" },
      ],
    });
    const good = await write("kanreg-baik.xlsx", workbook(pkTapin()));
    const r = await run("check", broken, good, sample, "--format", "json", "--lang", "en");
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as Array<{
      workbook: string;
      error?: string;
      summary: { errors: number };
    }>;
    expect(json.map((j) => j.workbook)).toEqual([
      "profil-rusak.xlsx",
      "kanreg-baik.xlsx",
      "sampel.xlsx",
    ]);
    expect(json[0].error).toContain("_selaras_profile is not valid JSON");
    expect(json[2].summary.errors).toBeGreaterThan(0);
  });

  it("says, naming the file, that a CSV is wider than Excel", async () => {
    const file = path.join(dir, "lebar.csv");
    await fs.writeFile(
      file,
      `NO;INDIKATOR KINERJA;TARGET${";x".repeat(50_000)}\r\n1;Indeks;80\r\n`
    );
    const r = await run("check", file);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain(
      "lebar.csv: CSV memiliki 50.003 kolom, lebih dari 16.384 kolom Excel"
    );
  });

  it("says a damaged .xlsx is damaged, without the parser's internals", async () => {
    const file = path.join(dir, "rusak-dalam.xlsx");
    await fs.writeFile(file, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(300, 7)]));
    const r = await run("check", file);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain(
      "rusak-dalam.xlsx: file .xlsx rusak dan tidak dapat dibuka; buka di Excel dan simpan ulang"
    );
    expect(r.out + r.err).not.toMatch(/\(|Error|zip/i);
  });
});

describe("selaras demo", () => {
  it("fills and checks the bundled sample, writes three workbooks and exits 0", async () => {
    const out = path.join(dir, "demo");
    const { code, out: printed } = await run("demo", "--out", out);
    expect(code).toBe(0);
    expect(printed).toContain("Sebelum isi");
    expect(printed).toContain("Sesudah isi");
    expect((await fs.readdir(out)).sort()).toEqual([
      "sampel-badan.periksa.xlsx",
      "sampel-badan.terisi.xlsx",
      "sampel-badan.xlsx",
    ]);
  });
});

describe("selaras pk (issue 13)", () => {
  it("drafts the PK of the units asked, says why others get none, and the result checks as before", async () => {
    const out = path.join(dir, "sampel.pk.xlsx");
    const r = await run(
      "pk",
      sample,
      "--out",
      out,
      "--units",
      "Kantor Regional I Yogyakarta",
      "Deputi Bidang Mutasi Kepegawaian",
      "Biro Hukum"
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("Susun PK: 1 lembar");
    expect(r.out).toContain(
      "PK Kantor Regional I Yogyakarta — Kantor Regional I Yogyakarta (3 IKU)"
    );
    expect(r.out).toContain(
      "Deputi Bidang Mutasi Kepegawaian: sudah punya PK di lembar 'PK Deputi Mutasi'"
    );
    expect(r.out).toContain("Biro Hukum: unit ini tidak ada di workbook");
    const before = JSON.parse((await run("check", sample, "--format", "json")).out);
    const after = JSON.parse((await run("check", out, "--format", "json")).out);
    const codes = (j: { findings: Array<{ code: string; unit: string }> }) =>
      j.findings.map((f) => `${f.code} ${f.unit}`).sort();
    expect(codes(after)).toEqual(codes(before));
    expect(after.tables.map((t: { sheet: string }) => t.sheet)).toContain(
      "PK Kantor Regional I Yogyakarta"
    );
  });

  it("--dry-run --format json lists the drafts with stable codes and writes nothing", async () => {
    const out = path.join(dir, "tidak-ditulis.xlsx");
    const dryRun = ["pk", sample, "--out", out, "--dry-run", "--format", "json", "--lang", "en"];
    const r = await run(...dryRun);
    const json = JSON.parse(r.out);
    expect(json.drafted.map((d: { unit: string }) => d.unit)).toContain("Biro Umum");
    expect(json.skipped).toEqual([]);
    await expect(fs.access(out)).rejects.toThrow();
    const named = JSON.parse((await run(...dryRun, "--units", "Sekretariat Utama")).out);
    expect(named.skipped).toEqual([
      {
        unit: "Sekretariat Utama",
        code: "pk-has-pk",
        params: { unit: "Sekretariat Utama", sheet: "PK Sestama" },
        reason: "Sekretariat Utama: already has a PK on sheet 'PK Sestama'",
      },
    ]);
  });

  it("refuses a year that is not one, in one line", async () => {
    const r = await run("pk", sample, "--out", path.join(dir, "x.xlsx"), "--year", "dua ribu");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("selaras: --year dua ribu: bukan tahun (mis. 2026)");
  });
});

describe("selaras tree (issue 15)", () => {
  it("writes the pohon kinerja of the workbook as a well-formed SVG, and says how big it is", async () => {
    const out = path.join(dir, "gambar", "pohon.svg");
    const r = await run("tree", sample, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Pohon kinerja: 54 simpul, 37 IKU. Ditulis ke ${out}`);
    // the SKP's findings and a matriks column naming no unit have no node: said, not lost
    expect(r.out).toContain("7 temuan tidak melekat pada simpul pohon");
    const svg = await fs.readFile(out, "utf8");
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => void (level !== "warning" && errors.push(message)),
    }).parseFromString(svg, "image/svg+xml");
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName("title")[0].textContent).toBe(
      "Pohon Kinerja — Badan Kepegawaian Nusantara — Tahun 2026"
    );
  });

  it("--unit draws one unit's subtree, named as the workbook names it, in English with --lang en", async () => {
    const out = path.join(dir, "pohon-kanreg.svg");
    const r = await run(
      "tree",
      sample,
      "--out",
      out,
      "--unit",
      "Kanreg I Yogyakarta",
      "--lang",
      "en"
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Performance tree: 8 nodes, 6 IKU. Written to ${out}`);
    const svg = await fs.readFile(out, "utf8");
    expect(svg).toContain(
      '<title id="pohon-title">Performance tree (pohon kinerja) — Kantor Regional I Yogyakarta — 2026</title>'
    );
    expect(svg).not.toContain("Badan Kepegawaian Nusantara");
  });

  it("refuses a unit the workbook does not have, naming the nearest ones, and writes nothing", async () => {
    const out = path.join(dir, "tidak-ada.svg");
    const r = await run("tree", sample, "--out", out, "--unit", "Kanreg Bandung");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      "selaras: --unit Kanreg Bandung: unit ini tidak ada di workbook " +
        "(mungkin: Kantor Regional III Bandung; Kantor Regional II Surabaya; Kantor Regional I Yogyakarta)"
    );
    await expect(fs.access(out)).rejects.toThrow();
  });

  it("refuses an --out that is not an .svg, a folder, or missing, in one line each", async () => {
    const png = await run("tree", sample, "--out", path.join(dir, "pohon.png"));
    expect(png.code).toBe(2);
    expect(png.err.trim()).toBe(
      `selaras: --out harus berakhiran .svg: ${path.join(dir, "pohon.png")}`
    );
    const folder = path.join(dir, "folder.svg");
    await fs.mkdir(folder, { recursive: true });
    const f = await run("tree", sample, "--out", folder, "--lang", "en");
    expect(f.code).toBe(2);
    expect(f.err).toContain("--out is a folder, not a file name");
    const none = await run("tree", sample);
    expect(none.code).toBe(2);
    expect(none.err).toContain("galat: opsi wajib '--out <file>' belum diberikan");
  });

  it("suggests --unit when the whole tree is too large to read on one page", async () => {
    const rows = Array.from({ length: 2100 }, (_, i) => [
      String(i + 1),
      `Jumlah desa siaga aktif di kecamatan ${i + 1}`,
      "Desa",
      4,
    ]);
    const file = await write("dinas-besar.xlsx", {
      sheets: [
        {
          name: "PK Dinas",
          rows: [
            ["PERJANJIAN KINERJA DINAS KESEHATAN TAHUN 2026"],
            ["No", "Indikator Kinerja", "Satuan", "Target"],
            ...rows,
          ],
        },
      ],
    });
    const r = await run("tree", file, "--out", path.join(dir, "dinas-besar.svg"), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("2,101 nodes, 2,100 IKU");
    expect(r.out).toContain(
      'This tree is large: --unit "<unit name>" draws one unit and the units below it'
    );
  });

  it("exits 2 on a workbook with no IKU table, saying what each sheet was", async () => {
    const file = await write("tanpa-iku.xlsx", NOTES_ONLY);
    const r = await run("tree", file, "--out", path.join(dir, "tanpa-iku.svg"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("tanpa-iku.xlsx: tidak ditemukan tabel IKU");
  });
});

describe("selaras report (issue 15)", () => {
  /** The written report, parsed strictly as XHTML. */
  async function readReport(file: string) {
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => void (level !== "warning" && errors.push(message)),
    }).parseFromString(await fs.readFile(file, "utf8"), "application/xhtml+xml");
    expect(errors).toEqual([]);
    return doc;
  }
  const cells = (doc: ReturnType<DOMParser["parseFromString"]>, cls: string) =>
    Array.from(doc.getElementsByTagName("tr")).filter((r) =>
      (r.getAttribute("class") ?? "").split(" ").includes(cls)
    );

  it("writes the report of the workbook as one HTML file, dated as asked, and says what it holds", async () => {
    const out = path.join(dir, "cetak", "laporan.html");
    const r = await run("report", sample, "--out", out, "--date", "2026-11-29");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Laporan ditulis ke ${out} (14 galat, 17 peringatan, 4 info). Buka di peramban, lalu cetak atau simpan sebagai PDF (A4).\n`
    );
    const doc = await readReport(out);
    expect(doc.getElementsByTagName("h1")[0].textContent).toBe("Laporan Keselarasan Kinerja");
    const facts = Array.from(doc.getElementsByTagName("td")).map((td) => td.textContent);
    expect(facts).toEqual(
      expect.arrayContaining([
        "Badan Kepegawaian Nusantara",
        "2026",
        "29 November 2026",
        "sampel.xlsx",
      ])
    );
    expect(cells(doc, "finding")).toHaveLength(35);
  });

  it("--unit makes the report of one unit and the units below it, in English with --lang en", async () => {
    const out = path.join(dir, "laporan-kanreg.htm");
    const r = await run(
      "report",
      sample,
      "--out",
      out,
      "--unit",
      "Kanreg I Yogyakarta",
      "--lang",
      "en",
      "--date",
      "2026-03-05"
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Report written to ${out} (2 errors, 6 warnings, 0 info).`);
    const doc = await readReport(out);
    const text = doc.documentElement?.textContent ?? "";
    expect(text).toContain("Kantor Regional I Yogyakarta and the units below it");
    expect(text).toContain("5 March 2026");
    expect(cells(doc, "finding")).toHaveLength(8);
  });

  it("refuses an --out that is not .html, a folder, a date that is not a day, or a unit it does not have, in one line each", async () => {
    const pdf = path.join(dir, "laporan.pdf");
    const a = await run("report", sample, "--out", pdf);
    expect(a.code).toBe(2);
    expect(a.err).toBe(`selaras: --out harus berakhiran .html atau .htm: ${pdf}\n`);
    const folder = path.join(dir, "folder.html");
    await fs.mkdir(folder, { recursive: true });
    const b = await run("report", sample, "--out", folder, "--lang", "en");
    expect(b.code).toBe(2);
    expect(b.err).toBe(`selaras: --out is a folder, not a file name: ${folder}\n`);
    const out = path.join(dir, "tidak-ditulis.html");
    const c = await run("report", sample, "--out", out, "--date", "2026-02-30");
    expect(c.code).toBe(2);
    expect(c.err).toBe("selaras: --date 2026-02-30: bukan tanggal TTTT-BB-HH (mis. 2026-11-29)\n");
    const d = await run("report", sample, "--out", out, "--unit", "Kanreg Bandung");
    expect(d.code).toBe(2);
    expect(d.err.trim()).toBe(
      "selaras: --unit Kanreg Bandung: unit ini tidak ada di workbook " +
        "(mungkin: Kantor Regional III Bandung; Kantor Regional II Surabaya; Kantor Regional I Yogyakarta)"
    );
    await expect(fs.access(out)).rejects.toThrow();
    const none = await run("report", sample, "--lang", "en");
    expect(none.code).toBe(2);
    expect(none.err).toContain("required option '--out <file>' not specified");
  });

  it("exits 2 on a workbook with no IKU table, saying what each sheet was", async () => {
    const file = await write("catatan.xlsx", NOTES_ONLY);
    const r = await run("report", file, "--out", path.join(dir, "catatan.html"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("catatan.xlsx: tidak ditemukan tabel IKU");
    expect(r.err).toContain("Catatan");
  });
});

describe("numbers and periods in sentences (issue 14)", () => {
  /**
   * The check text with everything that is not a computed number masked: the planners' own text
   * (quoted names and targets), IKU codes such as "1.1" or "RPJMN PP 7.2", dates, a masked NIP.
   */
  async function computedOnly(lang: "id" | "en"): Promise<{ text: string; rest: string }> {
    const text = (await run("check", sample, "--lang", lang)).out;
    const json = JSON.parse((await run("check", sample, "--lang", lang, "--format", "json")).out);
    const codes = new Set<string>();
    for (const f of json.findings as Array<Record<string, unknown>>) {
      for (const c of [f.indicator, f.parent]) if (typeof c === "string") codes.add(c);
      for (const s of f.suggestions as Array<{ indicator: string }>) codes.add(s.indicator);
    }
    let rest = text
      .replace(/"[^"]*"/g, '""')
      .replace(/\b\d{4}-\d{2}-\d{2}\b/g, "<tanggal>")
      .replace(/NIP …\d+/g, "NIP");
    // longest first, and only codes that could pass for a number with a point or four digits
    for (const c of [...codes]
      .filter((x) => /\d\.\d|\d{4}/.test(x))
      .sort((a, b) => b.length - a.length))
      rest = rest.split(c).join("<kode>");
    return { text, rest };
  }

  it("Indonesian: a decimal comma, thousands grouped with a dot, '90%' with no space, 'TW II'", async () => {
    const { text, rest } = await computedOnly("id");
    expect(text).toContain("target 80, gabungan bawahan 76,5.");
    expect(text).toContain("tertulis 94,74%, seharusnya 105,26%");
    expect(text).toContain("Rata-rata target bawahan untuk IKU 1.4 (73,5) di bawah target 75");
    expect(text).toContain("adalah 90%, bukan 100%.");
    expect(text).toContain("punya target TW II tetapi");
    expect(text).toContain("Deputi Bidang Mutasi Kepegawaian: 96,38% — hampir tercapai (2 IKU)");
    expect(text).toContain("11,3 jam dari standar 1.250 jam");
    // no computed number written with a decimal point, none of four digits ungrouped, no "90 %"
    expect(rest.match(/\d\.\d/g) ?? []).toEqual([]);
    expect(rest.match(/(?<![\d.,])\d{4,}/g) ?? []).toEqual([]);
    expect(rest.match(/\d %/g) ?? []).toEqual([]);
  });

  it("English: a decimal point, thousands grouped with a comma, '90%', 'TW II'", async () => {
    const { text, rest } = await computedOnly("en");
    expect(text).toContain("target 80, combined 76.5.");
    expect(text).toContain("reads 94.74%, it should be 105.26%");
    expect(text).toContain("sum to 90%, not 100%.");
    expect(text).toContain("has a TW II target but");
    expect(text).toContain("11.3 hours of the 1,250-hour standard");
    // no decimal comma ("76,5"): a comma between digits is followed by three of them
    expect(rest.match(/\d,\d{1,2}(?!\d)/g) ?? []).toEqual([]);
    expect(rest.match(/\d %/g) ?? []).toEqual([]);
  });

  it("a fill preview names the Kanreg's periods TW I–IV as the sheet does, in both languages", async () => {
    const out = path.join(dir, "pratinjau.xlsx");
    for (const lang of ["id", "en"]) {
      const { out: printed } = await run("fill", sample, "--out", out, "--dry-run", "--lang", lang);
      expect(printed).toContain(
        "IKU Eselon II!H15: " +
          (lang === "id" ? "(kosong)" : "(empty)") +
          " → 12   (1.2 → Kantor Regional I Yogyakarta: TW III)"
      );
      expect(printed).not.toMatch(/: TW \d/);
    }
  });

  it("a fill preview shows a percent cell as the percent it shows: the Dinas's SIMPUS 95%", async () => {
    const file = await write("dinkes-persen-teks.xlsx", dinasWithPercentSimpus());
    const out = path.join(dir, "dinkes-persen-teks.terisi.xlsx");
    const { out: printed } = await run("fill", file, "--out", out, "--new-sheets", "--dry-run");
    expect(printed).toMatch(new RegExp(`${KESMAS_SHEET}!E5: \\(kosong\\) → 95%`));
  });
});
