/**
 * Reading SKP sheets, e-Kinerja exports and activity logs (DESIGN.md §7) into persons, their RHK
 * with IKI and targets, and their activities. Headers are headers however written: "Rencana Hasil
 * Kerja Pimpinan yang Diintervensi" or `rencana_hasil_kerja_diintervensi`, "Target TW I" or
 * `target_tw1`. A person named on a kop line above the table ("Nama : …", "NIP : …") owns every
 * row of it; the second such block is their Penilai.
 */
import { serialToIsoDate } from "../core/excelDates";
import { a1 } from "../core/cells";
import type { CellRef } from "../core/model";
import {
  DEFAULT_STANDARDS,
  personKey,
  type SkpActivity,
  type SkpIki,
  type SkpPerson,
  type SkpPlan,
  type SkpRhk,
  type SkpStandards,
} from "../core/skp";
import { parseTarget } from "../core/values";
import { cellKey, lastCol, lastRow, textAt, valueAt, type Grid } from "./grid";
import { MergeIndex, mergedText } from "./tables";

export type SkpField =
  | "id"
  | "name"
  | "jabatan"
  | "jenisJabatan"
  | "unit"
  | "rhk"
  | "intervened"
  | "kind"
  | "aspek"
  | "iki"
  | "target"
  | "satuan"
  | "penilaiId"
  | "penilaiName"
  | "penilaiJabatan"
  | "date"
  | "activity"
  | "duration";

/** A header as one string of words: "Rencana_Hasil_Kerja (RHK)" → "rencana hasil kerja rhk". */
function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[_\-./()[\]:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const QUARTER = /^(?:target )?(?:tw|triwulan|trw|q) ?(1|2|3|4|i|ii|iii|iv)$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function fieldOf(header: string): SkpField | { quarter: number } | undefined {
  const h = words(header);
  if (!h) return undefined;
  const q = QUARTER.exec(h);
  if (q) return { quarter: ROMAN[q[1]] ?? Number(q[1]) };
  if (/^(nip|nrk) penilai|^penilai (nip|nrk)|^(nip|nrk) atasan/.test(h)) return "penilaiId";
  if (
    /^nama penilai|^penilai nama|^penilai$|^pejabat penilai|^nama atasan|^atasan langsung/.test(h)
  )
    return "penilaiName";
  if (/^jabatan penilai|^penilai jabatan|^jabatan atasan/.test(h)) return "penilaiJabatan";
  if (
    /diintervensi|intervensi|^rhk (pimpinan|atasan)|rencana hasil kerja (pimpinan|atasan)/.test(h)
  )
    return "intervened";
  if (/^(rhk|rencana hasil kerja)( pegawai| individu| rhk)*$/.test(h)) return "rhk";
  if (/^(nip|nrk)( pegawai)?$/.test(h)) return "id";
  if (/^nama( pegawai| asn)?$/.test(h)) return "name";
  if (/^jenis jabatan|^eselon/.test(h)) return "jenisJabatan";
  if (/^jabatan( pegawai)?$/.test(h)) return "jabatan";
  if (/^(unit kerja|unit organisasi|satuan kerja|opd|skpd|unit)$/.test(h)) return "unit";
  if (/^(jenis kinerja|kategori|jenis rhk|kinerja)$/.test(h)) return "kind";
  if (/^aspek/.test(h)) return "aspek";
  if (/indikator kinerja individu|^iki$|^indikator( kinerja)?$/.test(h)) return "iki";
  if (/^target( tahunan| tahun| kinerja)?$/.test(h)) return "target";
  if (/^satuan( target)?$/.test(h)) return "satuan";
  if (/^(tanggal|tgl|hari tanggal)$/.test(h)) return "date";
  if (/^(aktivitas|kegiatan|uraian (aktivitas|kegiatan)|nama aktivitas)$/.test(h))
    return "activity";
  if (/^(durasi|waktu|lama)( menit| jam| kegiatan)*$/.test(h)) return "duration";
  return undefined;
}

interface SkpHeader {
  row: number;
  fields: Map<SkpField, number>;
  quarters: number[];
  log: boolean;
}

/** The header row of an SKP table or an activity log, looked for in a sheet's first rows. */
function findHeader(grid: Grid): SkpHeader | undefined {
  const last = Math.min(lastRow(grid), grid.top + 25);
  const right = lastCol(grid);
  for (let r = grid.top; r <= last; r++) {
    const fields = new Map<SkpField, number>();
    const quarters: number[] = [];
    for (let c = grid.left; c <= right; c++) {
      const f = fieldOf(textAt(grid, r, c));
      if (f === undefined) continue;
      if (typeof f === "object") quarters[f.quarter - 1] = c;
      else if (!fields.has(f)) fields.set(f, c);
    }
    const person = fields.has("id") || fields.has("name") || fields.has("jabatan");
    if (fields.has("date") && fields.has("activity") && fields.has("duration"))
      return { row: r, fields, quarters, log: true };
    // an RHK table is a person's only with a person in it (columns, or "Nama : …" kop lines): a
    // unit's PK in PermenPAN style also has RHK and "RHK Pimpinan yang Diintervensi" columns
    if (fields.has("rhk") && (person || kopPersons(grid, r).some((p) => p.name || p.id)))
      return { row: r, fields, quarters, log: false };
  }
  return undefined;
}

/** Whether a sheet is an SKP or an activity log (the unit reader leaves it to this one). */
export function isSkpSheet(grid: Grid): boolean {
  return findHeader(grid) !== undefined;
}

/** "Nama : Rina Wulandari" lines above a table: the person first, then their Penilai. */
function kopPersons(grid: Grid, above: number): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const right = Math.min(lastCol(grid), grid.left + 12);
  for (let r = grid.top; r < above; r++) {
    for (let c = grid.left; c <= right; c++) {
      const label = words(textAt(grid, r, c)).replace(/^\d+ /, "");
      const key = /^nama$/.test(label)
        ? "name"
        : /^(nip|nrk)$/.test(label)
          ? "id"
          : /^jabatan$/.test(label)
            ? "jabatan"
            : /^unit kerja$/.test(label)
              ? "unit"
              : undefined;
      if (!key) continue;
      let value = "";
      for (let k = c + 1; k <= right && !value; k++) {
        const t = textAt(grid, r, k).replace(/^:\s*/, "").trim();
        if (t && t !== ":") value = t;
      }
      const inline = /:\s*(.+)$/.exec(textAt(grid, r, c));
      if (!value && inline) value = inline[1].trim();
      if (!value) continue;
      let slot = out.findIndex((p) => p[key] === undefined);
      if (slot < 0) slot = out.push({}) - 1;
      out[slot][key] = value;
    }
  }
  return out;
}

/** A blank cell, or a column number under the header ("(1)", "2."). */
const NUMBERING = /^[\s\d().]*$/;

// Jabatan Pimpinan Tinggi are Eselon I and II. A Sekretaris Dinas (of a provinsi or kabupaten) is
// an Administrator, Eselon III.a, like a Kepala Bidang: the RHK of one intervene the Kadis's.
const JPT =
  /^(kepala (badan|dinas|biro|pusat|kantor wilayah|kanwil|kantor regional|balai besar)|sekretaris (daerah|jenderal|utama|badan)|direktur|deputi|inspektur|asisten|staf ahli|kepala lembaga)/i;
/** "JPT Pratama", "Eselon II.a", "Eselon I.b" — not "Eselon III" or "IV" ("eselon i" is in both). */
const JPT_JENIS = /jpt|pimpinan tinggi|\beselon (i|ii|1|2)(?![iv\d])/;

export interface SkpReading {
  plan: SkpPlan;
  /** Sheets read as SKP or activity log, with what they held. */
  sheets: Array<{ sheet: string; kind: "skp" | "log"; persons: number; rows: number }>;
  /** SKP tables with a column per person field (exports), where fill can add a person's rows. */
  tables: SkpTable[];
}

export interface SkpTable {
  sheet: string;
  /** The last row in use. */
  lastRow: number;
  columns: Partial<Record<SkpField, number>>;
}

/** Every SKP sheet and activity log of the workbook, or undefined when there is none. */
export function readSkp(
  grids: Grid[],
  standards: Partial<SkpStandards> = {}
): SkpReading | undefined {
  const persons = new Map<string, SkpPerson>();
  const rhk: SkpRhk[] = [];
  const activities: SkpActivity[] = [];
  const sheets: SkpReading["sheets"] = [];
  const tables: SkpTable[] = [];
  for (const grid of grids) {
    const header = findHeader(grid);
    if (!header) continue;
    const merges = new MergeIndex(grid.merges);
    const col = (f: SkpField) => header.fields.get(f);
    const text = (r: number, f: SkpField) => {
      const c = col(f);
      return c === undefined ? "" : mergedText(grid, merges, r, c);
    };
    const kop = kopPersons(grid, header.row);
    const ref = (r: number, c: number | undefined): CellRef => ({
      sheet: grid.sheet,
      cell: a1(r, c ?? grid.left),
    });
    let current: SkpPerson | undefined;
    let currentRhk: SkpRhk | undefined;
    let additional = false;
    const seen = new Set<string>();
    let rows = 0;
    const fieldColumns = [...header.fields.values()];
    for (let r = header.row + 1; r <= lastRow(grid); r++) {
      // a blank row, a column-number row under the header ("(1) (2) (3)")
      if (fieldColumns.every((c) => NUMBERING.test(textAt(grid, r, c)))) continue;
      // a section row of an SKP (an activity log has none: "kinerja utama" may be an activity's words)
      if (!header.log && !text(r, "iki")) {
        const section = words(fieldColumns.map((c) => textAt(grid, r, c)).join(" "));
        if (/kinerja tambahan/.test(section)) {
          additional = true;
          continue;
        }
        if (/kinerja utama/.test(section)) {
          additional = false;
          continue;
        }
      }
      let name = text(r, "name") || kop[0]?.name || "";
      let jabatan = text(r, "jabatan") || kop[0]?.jabatan || "";
      let unit = text(r, "unit") || kop[0]?.unit || "";
      let id: string | undefined = text(r, "id") || kop[0]?.id;
      if (!name && !jabatan && !id) {
        // a continuation row (the next IKI or Aspek of an RHK): the person of the rows above
        if (!current) continue;
        ({ name, jabatan, unit } = current);
        id = current.id;
      }
      // the person of the row above, most often: their key is not worked out again
      const again =
        current &&
        current.id === id &&
        current.name === name &&
        current.jabatan === jabatan &&
        current.unit === unit
          ? current
          : undefined;
      const key = again ? again.key : personKey(id, name, jabatan, unit);
      let person = again ?? persons.get(key);
      if (!person) {
        const penilai = {
          id: text(r, "penilaiId") || kop[1]?.id || undefined,
          name: text(r, "penilaiName") || kop[1]?.name || undefined,
          jabatan: text(r, "penilaiJabatan") || kop[1]?.jabatan || undefined,
        };
        const jenis = words(text(r, "jenisJabatan"));
        person = {
          key,
          name,
          jabatan,
          unit,
          ...(id ? { id } : {}),
          ...(penilai.id || penilai.name ? { penilai } : {}),
          // the level the file states decides; else the jabatan's title
          jpt: jenis ? JPT_JENIS.test(jenis) : JPT.test(jabatan),
          cell: ref(r, col("name") ?? col("id") ?? col("jabatan")),
        };
        persons.set(key, person);
      }
      if (person !== current) {
        current = person;
        currentRhk = undefined;
        if (!kop.length) additional = false;
      }
      seen.add(key);
      rows++;
      if (header.log) {
        const date = dateOf(valueAt(grid, r, col("date") as number));
        activities.push({
          person: key,
          date,
          text: text(r, "activity"),
          ...(text(r, "rhk") ? { rhk: text(r, "rhk") } : {}),
          ...minutesOf(
            valueAt(grid, r, col("duration") as number),
            grid.formats.get(cellKey(r, col("duration") as number))
          ),
          cell: ref(r, col("activity")),
        });
        continue;
      }
      const rhkText = text(r, "rhk");
      const kind = words(text(r, "kind"));
      if (rhkText && (!currentRhk || currentRhk.text !== rhkText)) {
        currentRhk = {
          id: `${grid.sheet}!${r}`,
          person: key,
          text: rhkText,
          ...(text(r, "intervened") ? { intervened: text(r, "intervened") } : {}),
          additional: additional || /tambahan/.test(kind),
          ikis: [],
          cell: ref(r, col("rhk")),
        };
        rhk.push(currentRhk);
      }
      const ikiName = text(r, "iki");
      if (!currentRhk || !ikiName) continue;
      const targetCol = col("target");
      const iki: SkpIki = {
        name: ikiName,
        ...(text(r, "aspek") ? { aspek: text(r, "aspek") } : {}),
        ...(text(r, "satuan") ? { satuan: text(r, "satuan") } : {}),
        target:
          targetCol === undefined
            ? parseTarget(null)
            : parseTarget(valueAt(grid, r, targetCol), {
                numberFormat: grid.formats.get(cellKey(r, targetCol)),
              }),
        cell: ref(r, col("iki")),
      };
      if (header.quarters.length === 4 && header.quarters.every((c) => c !== undefined))
        iki.periods = header.quarters.map((c) => parseTarget(valueAt(grid, r, c)));
      currentRhk.ikis.push(iki);
    }
    sheets.push({ sheet: grid.sheet, kind: header.log ? "log" : "skp", persons: seen.size, rows });
    if (!header.log && (col("name") !== undefined || col("id") !== undefined))
      tables.push({
        sheet: grid.sheet,
        lastRow: lastUsedRow(grid, header.row),
        columns: Object.fromEntries(header.fields),
      });
  }
  if (sheets.length === 0) return undefined;
  return {
    plan: {
      persons: [...persons.values()],
      rhk,
      activities,
      standards: { ...DEFAULT_STANDARDS, ...standards },
    },
    sheets,
    tables,
  };
}

function lastUsedRow(grid: Grid, from: number): number {
  for (let r = lastRow(grid); r > from; r--) {
    for (let c = grid.left; c <= lastCol(grid); c++) if (textAt(grid, r, c)) return r;
  }
  return from;
}

/** A date cell as ISO: a date the host read, "12/01/2026", "2026-01-12". */
function dateOf(v: unknown): string {
  if (typeof v === "number") return serialToIsoDate(v) ?? "";
  const t = String(v ?? "").trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`;
  return t.slice(0, 10);
}

/** A duration in minutes: 90, "90 menit", "1:30", "1,5 jam", or a time of day (0.0625 = 1:30). */
function minutesOf(v: unknown, format?: string): { minutes?: number } {
  if (typeof v === "number") {
    if (v < 1 && format && /h|m/.test(format)) return { minutes: Math.round(v * 1440) };
    return { minutes: v };
  }
  const t = String(v ?? "")
    .trim()
    .toLowerCase();
  const hm = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (hm) return { minutes: Number(hm[1]) * 60 + Number(hm[2]) };
  const n = /^(\d+(?:[.,]\d+)?)\s*(menit|mnt|m|jam|j|h)?$/.exec(t);
  if (!n) return {};
  const x = Number(n[1].replace(",", "."));
  return { minutes: n[2] && /^(jam|j|h)$/.test(n[2]) ? Math.round(x * 60) : x };
}
