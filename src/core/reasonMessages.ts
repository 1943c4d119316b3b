/**
 * The engine's reasons (core/reasons.ts) in Indonesian (the default) and English: one Record per
 * language over every code, so the compiler refuses a code either language forgets. The CLI, the
 * pane, the web page and the annotated workbook all say a reason through reasonText.
 */
import { cascadeSkipMessage, type Lang } from "./messages";
import { numberText, periodLabel } from "./numbers";
import type { ChangeWhy, FillField, ProfileExpectation, Reason, ReasonCode } from "./reasons";

type Catalogue = { [C in ReasonCode]: (r: Extract<Reason, { code: C }>) => string };

const quoted = (xs: string[]) => xs.map((x) => `"${x}"`).join(", ");
const columnsText = (xs: Array<{ column: string; label: string }>) =>
  xs.map((c) => `${c.column} "${c.label}"`).join(", ");

const FIELD: Record<Lang, Record<Exclude<FillField, "period">, string>> = {
  id: {
    unit: "unit",
    indicator: "indikator",
    satuan: "satuan",
    polarity: "polaritas",
    target: "target",
    parentLink: "IKU atasan",
    cascadeType: "jenis cascading",
  },
  en: {
    unit: "unit",
    indicator: "indicator",
    satuan: "satuan",
    polarity: "polarity",
    target: "target",
    parentLink: "parent IKU",
    cascadeType: "cascade type",
  },
};

/** A fill's field as the preview names it: a period as the sheet heads its column ("TW III"). */
function fieldName(r: Extract<ChangeWhy, { code: "change-row" }>, lang: Lang): string {
  if (r.field === "period")
    return r.period
      ? periodLabel(r.period.index, r.period.count)
      : lang === "id"
        ? "periode"
        : "period";
  return FIELD[lang][r.field];
}

const EXPECT: Record<Lang, (e: ProfileExpectation) => string> = {
  id: (e) => {
    switch (e.kind) {
      case "text":
        return "teks";
      case "boolean":
        return "true atau false";
      case "cellValue":
        return "nilai sel";
      case "year":
        return "tahun (mis. 2026)";
      case "row":
        return "nomor baris (1, 2, …)";
      case "positive":
        return "angka lebih dari 0";
      case "number":
        return "angka";
      case "textOrNumber":
        return "teks atau angka";
      case "numberOrNull":
        return "angka atau null";
      case "column":
        return "huruf kolom (mis. E)";
      case "date":
        return "tanggal (2026-07-15)";
      case "object":
        return "objek";
      case "list":
        return "daftar";
      case "oneOf":
        return `salah satu dari ${e.values.join(", ")}`;
    }
  },
  en: (e) => {
    switch (e.kind) {
      case "text":
        return "text";
      case "boolean":
        return "true or false";
      case "cellValue":
        return "a cell value";
      case "year":
        return "a year (e.g. 2026)";
      case "row":
        return "a row number (1, 2, …)";
      case "positive":
        return "a number above 0";
      case "number":
        return "a number";
      case "textOrNumber":
        return "text or a number";
      case "numberOrNull":
        return "a number or null";
      case "column":
        return "a column letter (e.g. E)";
      case "date":
        return "a date (2026-07-15)";
      case "object":
        return "an object";
      case "list":
        return "a list";
      case "oneOf":
        return `one of ${e.values.join(", ")}`;
    }
  },
};

const ID: Catalogue = {
  "change-row": (r) => `${r.parent} → ${r.unit}: ${fieldName(r, "id")}`,
  "change-new-sheet": (r) =>
    `${r.unit}: ${{ title: "judul", unitLine: "unit kerja", header: "kepala tabel" }[r.part]}`,
  "change-parent-link": (r) => `${r.unit}: IKU atasan`,
  "change-pk-draft": (r) => `${r.unit}: PK`,
  "change-role-matrix": (r) =>
    `Matriks peran → ${r.person}: ${r.field === "rhk" ? "RHK" : r.field}`,

  "sheet-ignored-by-profile": () => "diabaikan menurut profil",
  "sheet-findings": () => "lembar temuan Selaras",
  "sheet-coverage": () => "lembar cakupan Selaras",
  "sheet-empty": () => "lembar kosong",
  "sheet-drawn-in-shapes": (r) =>
    `pohon kinerja dalam bentuk gambar: isi lembar digambar dengan ${numberText(r.shapes, "id")} bentuk (kotak teks, garis), tidak dibaca dan dibiarkan utuh`,
  "sheet-column-blocks": (r) =>
    `baris ${r.row} memuat beberapa judul "Indikator" berdampingan: pohon cascading dalam blok kolom, tidak dibaca sebagian`,
  "sheet-indicator-columns-side-by-side": (r) =>
    `beberapa kolom indikator berdampingan (${r.columns.join(", ")}): pohon cascading dalam blok kolom, tidak dibaca sebagian`,
  "sheet-tables-without-rows": (r) =>
    `tabel di baris ${r.rows.join(", ")} tidak berisi baris indikator`,
  "sheet-table-without-indicator": (r) =>
    `tabel di baris ${r.row} tidak punya kolom indikator; kolom: ${quoted(r.labels)}`,
  "sheet-no-indicator-column": (r) =>
    `tidak ditemukan kolom indikator di lembar '${r.sheet}'; header terlihat: ${r.headers.length > 0 ? quoted(r.headers) : "(tidak ada)"}`,

  "note-other-target-columns": (r) =>
    `kolom target lain: ${columnsText(r.others)}; dipakai: ${columnsText([r.used])}`,
  "note-matrix-owner-unknown": () =>
    "unit pemilik matriks tidak diketahui (judul tidak menyebut unit, nama IKU tidak cocok): unit bawahan tidak mendapat atasan dari matriks ini",
  "note-matrix-owner": (r) =>
    `matriks milik: ${r.unit} (${r.by === "title" ? "dari judul" : "dari nama IKU"})`,
  "note-role-matrix": (r) => `matriks pembagian peran: ${numberText(r.results, "id")} hasil`,
  "note-skp": (r) =>
    `SKP: ${numberText(r.persons, "id")} pegawai, ${numberText(r.rows, "id")} baris`,
  "note-activity-log": (r) =>
    `log kegiatan: ${numberText(r.persons, "id")} pegawai, ${numberText(r.activities, "id")} kegiatan`,

  "fill-row-not-found": () => "baris tidak dapat ditemukan di tabelnya",
  "fill-no-table": (r) =>
    `${r.unit}: tidak ada tabel untuk unit ini; centang unit untuk membuat lembar baru`,
  "fill-formula": () => "sel berisi rumus, tidak ditimpa",
  "fill-user-value": () => "sel sudah berisi nilai lain dari pengguna",
  "fill-periods-held": () => "target baris ini konflik, triwulannya ikut dibiarkan",
  "fill-cascade-skip": (r) =>
    cascadeSkipMessage({ unit: r.unit, parent: r.parent, reason: r.skip, detail: r.detail }, "id"),

  "sheet-missing": (r) => `lembar '${r.sheet}' tidak ada`,
  "sheet-protected": (r) => `lembar '${r.sheet}' diproteksi: buka proteksinya untuk mengisi`,
  "sheet-exists": (r) => `lembar '${r.sheet}' sudah ada: ganti namanya lalu isi lagi`,
  "row-past-end": (r) => `baris ${r.row} akan melewati baris terakhir lembar`,
  "formula-3d": (r) =>
    `rumus dengan referensi 3-D (${r.formula}) tidak dapat digeser; sisipkan baris secara manual`,
  "sheet-without-data": (r) => `${r.part}: lembar tanpa sheetData`,
  "shared-formula-without-master": (r) => `${r.cell}: rumus bersama tanpa sel induk`,

  "file-empty": (r) => `${r.file}: file kosong`,
  "file-encrypted": (r) =>
    `${r.file}: file dilindungi kata sandi atau format .xls lama; simpan ulang sebagai .xlsx tanpa kata sandi`,
  "file-not-xlsx": (r) => `${r.file}: bukan file .xlsx`,
  "file-damaged": (r) =>
    `${r.file}: file .xlsx rusak dan tidak dapat dibuka; buka di Excel dan simpan ulang`,
  "file-unreadable": (r) => `${r.file}: file tidak ditemukan atau tidak dapat dibaca`,
  "csv-too-wide": (r) =>
    `${r.file}: CSV memiliki ${numberText(r.columns, "id")} kolom, lebih dari 16.384 kolom Excel`,

  "profile-unreadable": (r) => `profil tidak dapat dibaca: ${r.file}`,
  "profile-not-json": (r) => `profil pemetaan ${r.source} bukan JSON yang sah`,
  "profile-version": (r) => `profil pemetaan ${r.source} tidak dikenal (version harus 1)`,
  "profile-field": (r) => `profil pemetaan ${r.source}: '${r.path}' harus ${EXPECT.id(r.expected)}`,

  "out-is-folder": (r) => `--out adalah folder, bukan nama file: ${r.out}`,
  "out-needs-xlsm": (r) => `--out harus berakhiran .xlsm agar makro workbook tetap ada: ${r.out}`,
  "out-needs-xlsx": (r) => `--out harus berakhiran .xlsx: ${r.out}`,
  "out-needs-svg": (r) => `--out harus berakhiran .svg: ${r.out}`,
  "out-needs-html": (r) => `--out harus berakhiran .html atau .htm: ${r.out}`,
  "not-a-date": (r) => `--date ${r.date}: bukan tanggal TTTT-BB-HH (mis. 2026-11-29)`,
  "out-is-input": (r) => `--out tidak boleh menimpa file masukan: ${r.input}`,
  "out-one-workbook": () => "--out hanya untuk satu workbook; pakai --out-dir",
  "not-a-year": (r) => `--year ${r.year}: bukan tahun (mis. 2026)`,
  "no-iku-table": (r) => `${r.file}: tidak ditemukan tabel IKU`,
  "unknown-unit": (r) =>
    `--unit ${r.unit}: unit ini tidak ada di workbook${r.nearest.length > 0 ? ` (mungkin: ${r.nearest.join("; ")})` : ""}`,

  "parent-iku-not-found": () => "IKU induk tidak ditemukan",
  "workbook-not-read": () => "Workbook belum dibaca",
  "workbook-not-checked": () => "Workbook belum diperiksa: klik Periksa keselarasan dahulu",
  "unknown-request": (r) => `Permintaan tidak dikenal: ${r.method}`,
  "workbook-closed": () => "Workbook ditutup",

  "pk-unknown-unit": (r) => `${r.unit}: unit ini tidak ada di workbook`,
  "pk-has-pk": (r) => `${r.unit}: sudah punya PK di lembar '${r.sheet}'`,
  "pk-no-indicators": (r) =>
    `${r.unit}: belum punya IKU — isi dulu (selaras fill), lalu susun PK-nya`,
};

/** "1 person", "2 persons": English counts agree with their noun. */
const count = (n: number, one: string, many: string) =>
  `${numberText(n, "en")} ${n === 1 ? one : many}`;

const EN: Catalogue = {
  "change-row": (r) => `${r.parent} → ${r.unit}: ${fieldName(r, "en")}`,
  "change-new-sheet": (r) =>
    `${r.unit}: ${{ title: "title", unitLine: "Unit Kerja line", header: "table header" }[r.part]}`,
  "change-parent-link": (r) => `${r.unit}: parent IKU`,
  "change-pk-draft": (r) => `${r.unit}: PK`,
  "change-role-matrix": (r) => `Role matrix → ${r.person}: ${r.field === "rhk" ? "RHK" : r.field}`,

  "sheet-ignored-by-profile": () => "ignored by the profile",
  "sheet-findings": () => "Selaras findings sheet",
  "sheet-coverage": () => "Selaras coverage sheet",
  "sheet-empty": () => "empty sheet",
  "sheet-drawn-in-shapes": (r) =>
    `a pohon kinerja drawn as a picture: the sheet's content is ${count(r.shapes, "shape", "shapes")} (text boxes, connectors), not read and kept intact`,
  "sheet-column-blocks": (r) =>
    `row ${r.row} holds several "Indikator" headers side by side: a cascade tree in column blocks, not half-read`,
  "sheet-indicator-columns-side-by-side": (r) =>
    `several indicator columns side by side (${r.columns.join(", ")}): a cascade tree in column blocks, not half-read`,
  "sheet-tables-without-rows": (r) =>
    `the ${r.rows.length === 1 ? "table at row" : "tables at rows"} ${r.rows.join(", ")} ${r.rows.length === 1 ? "holds" : "hold"} no indicator rows`,
  "sheet-table-without-indicator": (r) =>
    `the table at row ${r.row} has no indicator column; columns: ${quoted(r.labels)}`,
  "sheet-no-indicator-column": (r) =>
    `no indicator column found in sheet '${r.sheet}'; headers seen: ${r.headers.length > 0 ? quoted(r.headers) : "(none)"}`,

  "note-other-target-columns": (r) =>
    `other target columns: ${columnsText(r.others)}; used: ${columnsText([r.used])}`,
  "note-matrix-owner-unknown": () =>
    "the matriks's own unit is unknown (no unit in its title, no IKU names matched): its columns get no parent unit from it",
  "note-matrix-owner": (r) =>
    `matriks of: ${r.unit} (${r.by === "title" ? "from its title" : "from its IKU names"})`,
  "note-role-matrix": (r) => `role matrix: ${count(r.results, "result", "results")}`,
  "note-skp": (r) =>
    `SKP: ${count(r.persons, "person", "persons")}, ${count(r.rows, "row", "rows")}`,
  "note-activity-log": (r) =>
    `activity log: ${count(r.persons, "person", "persons")}, ${count(r.activities, "activity", "activities")}`,

  "fill-row-not-found": () => "row not found in its table",
  "fill-no-table": (r) => `${r.unit}: no table for this unit: tick it to add a sheet`,
  "fill-formula": () => "the cell holds a formula and is never overwritten",
  "fill-user-value": () => "the cell holds a different value the user entered",
  "fill-periods-held": () => "the row's target is a conflict: its periods are left alone too",
  "fill-cascade-skip": (r) =>
    cascadeSkipMessage({ unit: r.unit, parent: r.parent, reason: r.skip, detail: r.detail }, "en"),

  "sheet-missing": (r) => `sheet '${r.sheet}' does not exist`,
  "sheet-protected": (r) => `sheet '${r.sheet}' is protected: unprotect it to fill`,
  "sheet-exists": (r) => `sheet '${r.sheet}' already exists: rename it and fill again`,
  "row-past-end": (r) => `row ${r.row} would move past the sheet's last row`,
  "formula-3d": (r) =>
    `a formula with a 3-D reference (${r.formula}) cannot be moved: insert the rows by hand`,
  "sheet-without-data": (r) => `${r.part}: a sheet without sheetData`,
  "shared-formula-without-master": (r) => `${r.cell}: a shared formula without its master cell`,

  "file-empty": (r) => `${r.file}: the file is empty`,
  "file-encrypted": (r) =>
    `${r.file}: the file is password-protected or a legacy .xls: save it again as .xlsx without a password`,
  "file-not-xlsx": (r) => `${r.file}: not an .xlsx file`,
  "file-damaged": (r) =>
    `${r.file}: the .xlsx file is damaged and cannot be opened: open it in Excel and save it again`,
  "file-unreadable": (r) => `${r.file}: file not found or not readable`,
  "csv-too-wide": (r) =>
    `${r.file}: the CSV has ${numberText(r.columns, "en")} columns, more than Excel's 16,384`,

  "profile-unreadable": (r) => `cannot read the profile: ${r.file}`,
  "profile-not-json": (r) => `mapping profile ${r.source} is not valid JSON`,
  "profile-version": (r) => `unknown mapping profile ${r.source} (version must be 1)`,
  "profile-field": (r) =>
    `mapping profile ${r.source}: '${r.path}' must be ${EXPECT.en(r.expected)}`,

  "out-is-folder": (r) => `--out is a folder, not a file name: ${r.out}`,
  "out-needs-xlsm": (r) => `--out must end in .xlsm to keep the workbook's macros: ${r.out}`,
  "out-needs-xlsx": (r) => `--out must end in .xlsx: ${r.out}`,
  "out-needs-svg": (r) => `--out must end in .svg: ${r.out}`,
  "out-needs-html": (r) => `--out must end in .html or .htm: ${r.out}`,
  "not-a-date": (r) => `--date ${r.date}: not a date YYYY-MM-DD (e.g. 2026-11-29)`,
  "out-is-input": (r) => `--out may not name the input: ${r.input}`,
  "out-one-workbook": () => "--out takes one workbook: use --out-dir",
  "not-a-year": (r) => `--year ${r.year}: not a year (e.g. 2026)`,
  "no-iku-table": (r) => `${r.file}: no IKU table found`,
  "unknown-unit": (r) =>
    `--unit ${r.unit}: no such unit in the workbook${r.nearest.length > 0 ? ` (perhaps: ${r.nearest.join("; ")})` : ""}`,

  "parent-iku-not-found": () => "the parent IKU was not found",
  "workbook-not-read": () => "the workbook has not been read yet",
  "workbook-not-checked": () =>
    "the workbook has not been checked yet: click Check alignment first",
  "unknown-request": (r) => `unknown request: ${r.method}`,
  "workbook-closed": () => "the workbook was closed",

  "pk-unknown-unit": (r) => `${r.unit}: no such unit in the workbook`,
  "pk-has-pk": (r) => `${r.unit}: already has a PK on sheet '${r.sheet}'`,
  "pk-no-indicators": (r) =>
    `${r.unit}: has no IKU yet — fill it first (selaras fill), then draft its PK`,
};

const CATALOGUES: Record<Lang, Catalogue> = { id: ID, en: EN };

/** A reason as one sentence in the user's language. */
export function reasonText(r: Reason, lang: Lang): string {
  const say = CATALOGUES[lang][r.code] as (r: Reason) => string;
  return say(r);
}

/**
 * An error as the user's language says it: a reason it carries, else its message (an error the
 * engine did not foresee, which has no words of its own).
 */
export function errorText(error: unknown, lang: Lang): string {
  const r = reasonOf(error);
  if (r) return reasonText(r, lang);
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === "string" ? message : String(error);
}

/**
 * The Reason an error carries: a ReasonError's, or one that crossed a worker as plain data
 * (app/workerProtocol.ts) and came back as `{ reason }`.
 */
export function reasonOf(error: unknown): Reason | undefined {
  const r = (error as { reason?: unknown } | null | undefined)?.reason;
  if (!r || typeof r !== "object") return undefined;
  const code = (r as { code?: unknown }).code;
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(ID, code)
    ? (r as Reason)
    : undefined;
}

/** Every code, for tests and tooling that walk the catalogue. */
export const REASON_CODES = Object.keys(ID) as ReasonCode[];
