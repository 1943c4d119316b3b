/**
 * A small sample agency for `selaras demo` until the bundled sample workbook exists: a Badan, a
 * Deputi and two Kantor Regional, with a matriks cascading and a few seeded defects.
 */
import type { CascadeRule, Indicator, Plan } from "../core/model";
import { parseTarget } from "../core/values";

const BADAN = "Badan Kepegawaian Negara";
const DEPUTI = "Deputi Bidang Mutasi Kepegawaian";
const KR1 = "Kantor Regional I Yogyakarta";
const KR2 = "Kantor Regional II Surabaya";

type Row = [
  unit: string,
  code: string,
  name: string,
  satuan: string,
  target: string,
  link?: string,
  type?: string,
];

const ROWS: Row[] = [
  [BADAN, "IKU 1", "Indeks Profesionalitas ASN", "indeks", "75"],
  [BADAN, "IKU 2", "Persentase layanan mutasi yang selesai tepat waktu", "%", "95,00 %"],
  [BADAN, "IKU 3", "Jumlah instansi yang menerapkan manajemen talenta", "instansi", "40"],
  [DEPUTI, "1.1", "Indeks Profesionalitas ASN", "indeks", "75", "IKU 1", "F"],
  [
    DEPUTI,
    "1.2",
    "Persentase layanan mutasi yang selesai tepat waktu",
    "%",
    "95,00 %",
    "IKU 2",
    "F",
  ],
  [
    DEPUTI,
    "1.3",
    "Jumlah instansi yang menerapkan manajemen talenta",
    "instansi",
    "40",
    "IKU 3",
    "F",
  ],
  [KR1, "1", "Persentase layanan mutasi yang selesai tepat waktu", "%", "90 %", "1.2", "F"],
  [
    KR1,
    "2",
    "Jumlah instansi yang menerapkan manajemen talenta di wilayah kerja Kanreg I",
    "instansi",
    "20",
    "1.3",
    "P",
  ],
  [
    KR2,
    "1",
    "Jumlah instansi yang menerapkan manajemen talenta di wilayah kerja Kanreg II",
    "instansi",
    "15",
    "1.3",
    "P",
  ],
  [KR2, "2", "Jumlah kendaraan dinas yang dirawat", "unit", "12"],
];

const MATRIX: Array<[parent: string, child: string, mark: string]> = [
  ["1.1", KR1, "K"],
  ["1.2", KR2, "F"],
];

export function samplePlan(): Plan {
  const next = new Map<string, number>();
  const indicators: Indicator[] = ROWS.map(([unit, code, name, satuan, target, link, type]) => {
    const sheet = unit.slice(0, 31);
    const r = next.get(sheet) ?? 6;
    next.set(sheet, r + 1);
    const at = (col: string) => ({ sheet, cell: `${col}${r}` });
    return {
      id: `${sheet}!${r}`,
      unit,
      code,
      name,
      satuan,
      target: parseTarget(target),
      links: link ? [{ parent: link, type, cell: at("G") }] : undefined,
      cells: { code: at("B"), indicator: at("C"), satuan: at("D"), target: at("E"), link: at("G") },
    };
  });
  const rules: CascadeRule[] = MATRIX.map(([parent, child, mark], i) => ({
    parent,
    parentUnit: DEPUTI,
    child,
    type: mark,
    source: "matrix",
    cell: { sheet: "Matriks", cell: `${String.fromCharCode(67 + i)}${4 + i}` },
  }));
  return {
    units: [
      { name: BADAN },
      { name: DEPUTI, parents: [{ name: BADAN, source: "sheet" }] },
      { name: KR1, parents: [{ name: DEPUTI, source: "sheet" }] },
      { name: KR2, parents: [{ name: DEPUTI, source: "sheet" }] },
    ],
    indicators,
    rules,
    settings: { framework: "kemenkeu", locale: "id", year: 2026 },
  };
}
