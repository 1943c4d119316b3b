/**
 * `--lang` is the language of everything the command says (DESIGN.md §6): the reasons a sheet is
 * not read, its notes, the fill's skipped cells and conflicts, in text and in JSON. No Indonesian
 * sentence in English output, no English one in Indonesian output, and never an "id / en" pair.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { xlsxFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import { dinasWithKesmas, KESMAS } from "../fixtures/dinasKesehatan";
import {
  alokasiBps,
  cascadeTree,
  ikuTapinFlat,
  pkDispora,
  pkTapin,
  renjaDeliSerdang,
  workbook,
} from "../fixtures/lookalikes";
import { pkSetWithMatrix, renjaLongHeader } from "../fixtures/v3lookalikes";

/** The engine's Indonesian words, none of which an English run may print. */
const INDONESIAN = [
  "tidak ditemukan",
  "tidak dibaca",
  "kosong",
  "baris baru",
  "polaritas",
  "jenis cascading",
  "kolom target lain",
  "dipakai",
  "matriks milik",
  "dari judul",
  "pegawai,",
  "diproteksi",
  "sel sudah berisi",
  "triwulannya",
  "tidak ada tabel",
  "konflik",
  "dilewati",
  "perubahan",
  "header terlihat",
  "blok kolom",
];

/** Their English counterparts, none of which an Indonesian run may print. */
const ENGLISH = [
  "not found",
  "not read",
  "empty",
  "new rows",
  "polarity",
  "cascade type",
  "other target columns",
  "used:",
  "matriks of",
  "from its title",
  "persons",
  "is protected",
  "the cell holds",
  "left alone",
  "no table for this unit",
  "conflict",
  "skipped",
  "changes",
  "headers seen",
  "column blocks",
];

/** The second half of an old "id / en" pair: an English sentence after a slash. */
const PAIR =
  / \/ (the|no|not|sheet|row|a|an|other|used|columns|headers|matriks of|from its|role matrix|activity log|ignored|empty|Selaras|parent IKU|table header|title|persons|SKP:)\b/;

/**
 * A word as a word: not inside a name ("Kepegawaian" holds "pegawai"), nor a column's field key
 * in the detection summary ("polarity=K" names the field in both languages).
 */
function says(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}=])`, "u").test(text);
}

let dir: string;
const files: Record<string, string> = {};

/** A unit whose name holds a slash, with no table of its own: the fill names it whole. */
const SLASHED = "Biro Umum / Rumah Tangga";

function renamed(spec: WorkbookSpec, from: string, to: string): WorkbookSpec {
  for (const sheet of spec.sheets)
    sheet.rows = sheet.rows.map((row) => row.map((v) => (v === from ? to : v)));
  return spec;
}

/** The workbook with one sheet protected: the fill skips its cells and says why. */
function locked(spec: WorkbookSpec, sheet: string): WorkbookSpec {
  for (const s of spec.sheets) if (s.name === sheet) s.protect = true;
  return spec;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selaras-lang-"));
  const specs: Record<string, WorkbookSpec> = {
    "sampel.xlsx": sampleWorkbook(),
    "mirip.xlsx": workbook(
      pkTapin(),
      ikuTapinFlat(),
      renjaDeliSerdang(),
      alokasiBps(),
      pkDispora(),
      cascadeTree(),
      renjaLongHeader(),
      { name: "Kosong", rows: [] },
      {
        name: "Catatan",
        rows: [
          ["Nama", "Alamat"],
          ["Bagian Umum", "Jl. Merdeka"],
        ],
      },
      { ...pkTapin(), name: "PK Terkunci", protect: true }
    ),
    "matriks.xlsx": workbook(...pkSetWithMatrix("names")),
    "biro.xlsx": renamed(dinasWithKesmas(), KESMAS, SLASHED),
    "terkunci.xlsx": locked(sampleWorkbook(), "IKU Eselon II"),
  };
  for (const [name, spec] of Object.entries(specs)) {
    files[name] = path.join(dir, name);
    await fs.writeFile(files[name], await xlsxFromSpec(spec));
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<string> {
  let out = "";
  await main(["node", "selaras", ...args], {
    out: (s) => (out += s),
    err: (s) => (out += s),
    isTTY: false,
  });
  return out;
}

/** Everything a workbook gets said about it in one language: check and fill, text and JSON. */
async function said(file: string, lang: "id" | "en"): Promise<string> {
  const out = path.join(dir, `hasil-${lang}.xlsx`);
  const json = (text: string) => {
    // the JSON's messages, not its keys and data: the sentences the user reads
    const sentences: string[] = [];
    JSON.parse(text, (key, value: unknown) => {
      if ((key === "reason" || key === "message" || key === "error") && typeof value === "string")
        sentences.push(value);
      return value;
    });
    return sentences.join("\n");
  };
  return [
    await run("check", file, "--lang", lang),
    json(await run("check", file, "--lang", lang, "--format", "json")),
    await run("fill", file, "--out", out, "--dry-run", "--lang", lang),
    json(await run("fill", file, "--out", out, "--dry-run", "--lang", lang, "--format", "json")),
  ].join("\n");
}

describe.each(["sampel.xlsx", "mirip.xlsx", "matriks.xlsx", "biro.xlsx", "terkunci.xlsx"])(
  "%s",
  (name) => {
    it("says nothing in Indonesian with --lang en", async () => {
      const text = await said(files[name], "en");
      for (const word of INDONESIAN)
        expect({ word, found: says(text, word) }).toEqual({ word, found: false });
      expect(text).not.toMatch(PAIR);
    });

    it("says nothing in English with --lang id", async () => {
      const text = await said(files[name], "id");
      for (const word of ENGLISH)
        expect({ word, found: says(text, word) }).toEqual({ word, found: false });
      expect(text).not.toMatch(PAIR);
    });
  }
);

describe("--help", () => {
  const commands = ["check", "fill", "pk", "tree", "report", "demo"];
  const helpIn = async (lang: "id" | "en") =>
    (
      await Promise.all([
        run("--help", "--lang", lang),
        ...commands.map((c) => run(c, "--help", "--lang", lang)),
      ])
    ).join("\n");

  it("describes every command and option in Indonesian by default", async () => {
    const text = await helpIn("id");
    expect(text).toContain("profil pemetaan (JSON)");
    expect(text).toContain("laporan untuk dicetak (HTML, A4)");
    expect(text).toContain("tampilkan bantuan perintah");
    for (const english of [
      "mapping profile",
      "write nothing",
      ".xlsx file",
      "display help",
      "the report",
    ])
      expect({ english, found: text.includes(english) }).toEqual({ english, found: false });
    expect(text).not.toMatch(PAIR);
  });

  it("describes them in English with --lang en", async () => {
    const text = await helpIn("en");
    expect(text).toContain("mapping profile (JSON)");
    for (const indonesian of ["profil pemetaan", "tanpa menulis", "berkas", "bantuan", "laporan"])
      expect({ indonesian, found: text.includes(indonesian) }).toEqual({
        indonesian,
        found: false,
      });
  });
});

describe("usage errors commander finds before a command runs", () => {
  const errorOf = async (...args: string[]) => {
    let err = "";
    const code = await main(["node", "selaras", ...args], {
      out: () => undefined,
      err: (s) => (err += s),
      isTTY: false,
    });
    return { code, err: err.trim() };
  };

  it("are said in Indonesian by default, naming what was wrong", async () => {
    expect(await errorOf("fill", "renja.xlsx")).toEqual({
      code: 2,
      err: "galat: opsi wajib '--out <file>' belum diberikan",
    });
    expect((await errorOf("check", "--lang", "fr", "renja.xlsx")).err).toBe(
      "galat: nilai 'fr' untuk opsi '--lang <lang>' tidak sah; pilihan: id, en"
    );
    expect((await errorOf("check", "--profil", "pemetaan.json", "renja.xlsx")).err).toBe(
      "galat: opsi '--profil' tidak dikenal\n(Maksud Anda --profile?)"
    );
    expect((await errorOf("periksa")).err).toBe("galat: perintah 'periksa' tidak dikenal");
    expect((await errorOf("fill", "a.xlsx", "b.xlsx", "--out", "c.xlsx")).err).toBe(
      "galat: terlalu banyak argumen untuk 'fill': diharapkan 1, diberikan 2"
    );
    expect((await errorOf("pk", "--out", "pk.xlsx")).err).toBe(
      "galat: argumen wajib 'workbook' belum diberikan"
    );
    expect((await errorOf("tree", "renja.xlsx", "--out")).err).toBe(
      "galat: opsi '--out <file>' perlu nilai"
    );
  });

  it("are commander's own in English", async () => {
    expect(await errorOf("fill", "renja.xlsx", "--lang", "en")).toEqual({
      code: 2,
      err: "error: required option '--out <file>' not specified",
    });
  });

  it("head the help in the language's words", async () => {
    const id = await run("check", "--help");
    expect(id).toMatch(/^Penggunaan: selaras check \[opsi\] <workbooks\.\.\.>/);
    expect(id).toContain("Argumen:");
    expect(id).toContain('(pilihan: "id", "en", bawaan: "id")');
    const en = await run("check", "--help", "--lang", "en");
    expect(en).toMatch(/^Usage: selaras check \[options\] <workbooks\.\.\.>/);
    expect(en).toContain('(choices: "id", "en", default: "id")');
  });
});

describe("a unit whose name holds a slash", () => {
  it("is named whole in both languages", async () => {
    const out = path.join(dir, "biro-terisi.xlsx");
    const en = await run("fill", files["biro.xlsx"], "--out", out, "--dry-run", "--lang", "en");
    expect(en).toContain(`${SLASHED}: no table for this unit: tick it to add a sheet`);
    const id = await run("fill", files["biro.xlsx"], "--out", out, "--dry-run");
    expect(id).toContain(`${SLASHED}: tidak ada tabel untuk unit ini`);
  });
});

describe("the sample's detection and fill say each reason once, in --lang", () => {
  it("names what it read and what it left alone", async () => {
    const en = await run("check", files["mirip.xlsx"], "--lang", "en", "--format", "json");
    const sheets = (JSON.parse(en) as { sheets: Array<Record<string, unknown>> }).sheets;
    expect(sheets.find((s) => s.sheet === "Kosong")).toMatchObject({
      code: "sheet-empty",
      reason: "empty sheet",
    });
    expect(sheets.find((s) => s.sheet === "Catatan")).toMatchObject({
      code: "sheet-no-indicator-column",
      params: { sheet: "Catatan", headers: ["Nama", "Alamat"] },
    });
    const fill = await run(
      "fill",
      files["sampel.xlsx"],
      "--out",
      path.join(dir, "x.xlsx"),
      "--dry-run",
      "--lang",
      "en"
    );
    expect(fill).toContain('(empty) → "Minimal"   (1.1 → Kantor Regional I Yogyakarta: polarity)');
    expect(fill).toMatch(/, 1 new row$/m);
    expect(fill).toContain("the cell holds a different value the user entered");
    const locked = await run(
      "fill",
      files["terkunci.xlsx"],
      "--out",
      path.join(dir, "y.xlsx"),
      "--dry-run",
      "--lang",
      "en"
    );
    expect(locked).toContain(
      "IKU Eselon II!K14: sheet 'IKU Eselon II' is protected: unprotect it to fill"
    );
  });
});
