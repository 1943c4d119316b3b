/**
 * Title rows: the unit a sheet belongs to (layout B), the workbook's year, and the titles just above
 * a table (a Rencana Aksi, a matriks naming its unit).
 */
import { a1 } from "../core/cells";
import type { CellRef } from "../core/model";
import { foldText } from "../core/text";
import { SHEET_NAME_MAX, type Grid } from "./grid";
import type { UnitRule } from "./read";
import type { DetectedTable } from "./tables";
import { looksLikeUnitName, PK_TITLE, UNIT_TITLE, YEAR } from "./vocabulary";

/** Title and kop lines sit at the top of a sheet: no further than this many rows are scanned. */
const TITLE_ROWS = 40;
/** A table's own title sits at most this many rows above its header. */
const TABLE_TITLE_ROWS = 4;
/** The year is stated in the first rows of some sheet (a title, a "TAHUN ANGGARAN" line). */
const YEAR_ROWS = 15;
/** A unit's name is a line, not a paragraph (an agreement's sentence names units too). */
const UNIT_NAME_MAX = 100;

export function titleText(grid: Grid, before: number): string[] {
  const out: string[] = [];
  for (let r = grid.top; r < before && r < grid.top + TITLE_ROWS; r++) {
    const row = grid.values[r - grid.top] ?? [];
    const texts = row
      .filter((v): v is string => typeof v === "string" && v.trim() !== "")
      .map((v) => v.trim());
    if (texts.length > 0) out.push(texts.join(" "));
  }
  return out;
}

/** Title rows just above one table (between the previous table and this one). */
export function tableTitle(grid: Grid, table: DetectedTable): string[] {
  const out: string[] = [];
  for (let r = table.headerTop - 1; r >= grid.top && r >= table.headerTop - TABLE_TITLE_ROWS; r--) {
    const t = (grid.values[r - grid.top] ?? [])
      .filter((v) => typeof v === "string")
      .join(" ")
      .trim();
    if (t) out.push(t);
  }
  return out;
}

/**
 * Layout B: the unit named by the first title row that names one — "Unit Kerja: …", the words
 * between the last "PERJANJIAN KINERJA" (or "RENCANA AKSI") and "TAHUN", or a row that is only a
 * unit or position name — else the sheet name.
 */
/** The unit a sheet belongs to, the superior its title rows name, and the rule that named it. */
export interface SheetUnit {
  name: string;
  cell?: CellRef;
  parent?: string;
  from: UnitRule;
}

export function sheetUnit(grid: Grid, headerTop: number): SheetUnit {
  let parent: string | undefined;
  for (let r = grid.top; r < headerTop && r < grid.top + TITLE_ROWS; r++) {
    const row = grid.values[r - grid.top] ?? [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== "string" || !v.trim()) continue;
      const text = v.replace(/\s+/g, " ").trim();
      const superior = /^(atasan|pihak kedua|atasan langsung)\s*:\s*(.+)$/i.exec(text);
      if (superior) parent = superior[2].trim();
    }
  }
  for (let r = grid.top; r < headerTop && r < grid.top + TITLE_ROWS; r++) {
    const row = grid.values[r - grid.top] ?? [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== "string" || !v.trim()) continue;
      const cell = { sheet: grid.sheet, cell: a1(r, grid.left + i) };
      const text = v.replace(/\s+/g, " ").trim();
      const titled = UNIT_TITLE.exec(text);
      if (titled) return { name: titled[2].trim(), cell, parent, from: "unitLine" };
      // "PERJANJIAN KINERJA … TAHUN" names its unit between the two, whatever it is called; the
      // other titles ("IKU …", "TARGET KINERJA …") only when what follows is a unit's name
      const named = DOCUMENT_TITLE.exec(text);
      const between = named?.[2]?.trim();
      const pkForm = !!named && /^(perjanjian|rencana aksi)/i.test(named[1]) && !!named[3];
      if (
        between &&
        between.length > 2 &&
        !NOT_A_UNIT.test(between) &&
        (pkForm || looksLikeUnitName(between))
      ) {
        return { name: cleanUnit(between), cell, parent, from: "documentTitle" };
      }
      if (
        looksLikeUnitName(text) &&
        !PK_TITLE.test(foldText(text)) &&
        text.length <= UNIT_NAME_MAX &&
        !/\bselaku\b/i.test(text)
      ) {
        return { name: cleanUnit(text), cell, parent, from: "unitRow" };
      }
    }
  }
  return { name: grid.sheet.slice(0, SHEET_NAME_MAX), parent, from: "sheetName" };
}

/**
 * A document title naming its unit: the words after "PERJANJIAN KINERJA", "RENCANA AKSI",
 * "TARGET KINERJA", "INDIKATOR KINERJA UTAMA (IKU)", "IKU" or a monitoring form's title
 * ("PENGUKURAN KINERJA", "CAPAIAN KINERJA", "LAPORAN KINERJA"…), up to "TAHUN" or the end.
 */
const DOCUMENT_TITLE =
  /^(?:.*\b)?(perjanjian kinerja(?:\s+perubahan)?|rencana aksi|target kinerja|indikator kinerja utama(?:\s*\(iku\))?|indikator mutu(?:\s+(?:kars|nasional|prioritas|unit))?|iku|rencana kinerja tahunan(?:\s*\(rkt\))?|(?:formulir\s+)?pengukuran kinerja|capaian kinerja|realisasi kinerja|evaluasi kinerja|laporan kinerja)\s+(?!tahun\b)(.+?)(\s+(?:tahun|ta|periode)\b.*)?$/i;

/** What such a title may hold instead of a unit. */
const NOT_A_UNIT =
  /^(tahun|pk|iku|perubahan|\(?iku\)?|\d[\d\s\-–/]*|lampiran|ini|dan\b.*|periode\b.*|(rpjmd|rpjmn|renstra|rkpd|renja)\b.*|perangkat daerah)$/i;

function cleanUnit(s: string): string {
  return s
    .replace(/[:,.]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function workbookYear(grids: Grid[]): number | undefined {
  for (const g of grids) {
    for (const t of titleText(g, g.top + YEAR_ROWS)) {
      const m =
        /\btahun\s+(?:anggaran\s+)?(20\d\d)\b/i.exec(t) ??
        (PK_TITLE.test(foldText(t)) ? YEAR.exec(t) : null);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}
