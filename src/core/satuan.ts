/**
 * What a satuan measures, kept as data: it decides consolidation (counts, lengths and money add
 * up; percentages and indices average; grades are compared), whether a target must be a number,
 * and the precision shares are rounded at. Matched by whole folded words.
 */
import { foldText } from "./text";
import { textMemo } from "./memo";

export type SatuanClass =
  "percent" | "index" | "count" | "money" | "time" | "length" | "area" | "grade" | "rank";

// prettier-ignore
const WORDS: Record<Exclude<SatuanClass, "percent" | "money">, readonly string[]> = {
  index: [
    "indeks", "index", "nilai", "skor", "score", "poin", "point", "angka", "skala", "rasio", "ratio",
    "rata", "level", "tingkat", "derajat",
  ],
  count: [
    // documents and outputs
    "dokumen", "laporan", "naskah", "buku", "eksemplar", "judul", "berkas", "rekomendasi", "inovasi",
    "sop", "regulasi", "peraturan", "perda", "perkada", "kebijakan", "keputusan", "rancangan",
    "kajian", "usulan", "proposal", "izin", "sertifikat", "aplikasi", "sistem", "modul", "produk",
    "layanan", "paket", "set", "jenis", "publikasi", "surat",
    // people and groups
    "orang", "pegawai", "asn", "peserta", "siswa", "mahasiswa", "pasien", "jiwa", "kk", "keluarga",
    "kelompok", "tim",
    // organisations and places
    "unit", "satker", "opd", "skpd", "instansi", "lembaga", "pemda", "perusahaan", "koperasi",
    "umkm", "sekolah", "puskesmas", "desa", "kelurahan", "kecamatan", "kab", "kabupaten", "kota",
    "provinsi", "lokasi", "titik", "ruas", "jembatan", "rumah", "fasilitas", "organisasi", "kantor",
    // events and things
    "kegiatan", "kali", "kunjungan", "pertemuan", "rapat", "kasus", "perkara", "temuan", "buah",
    "ekor", "pohon", "kapal", "kendaraan",
    // English workbooks
    "document", "documents", "report", "reports", "person", "persons", "people", "units",
    "activity", "activities",
  ],
  time: ["hari", "bulan", "minggu", "jam", "menit", "tahun", "days", "months", "hours"],
  length: ["km", "m", "meter", "kilometer"],
  area: ["ha", "hektar", "hektare", "m2", "km2"],
  grade: ["opini", "predikat", "kategori", "grade"],
  rank: ["peringkat", "ranking", "rank"],
};

const PERCENT = new Set(["persen", "persentase", "percent", "percentage"]);
const MONEY = new Set(["rp", "rupiah", "idr"]);
/** "Rp juta", "miliar rupiah": a scaled amount, so whole rupiah says nothing about its decimals. */
const MONEY_SCALE = new Set(["ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun"]);

const BY_WORD = new Map<string, SatuanClass>();
for (const [cls, words] of Object.entries(WORDS) as Array<[SatuanClass, readonly string[]]>) {
  for (const w of words) BY_WORD.set(w, cls);
}
/** A measure of something counted is not itself a count: "Indeks layanan", "rata-rata hari". */
const MEASURES_FIRST: readonly SatuanClass[] = [
  "index",
  "time",
  "length",
  "area",
  "grade",
  "rank",
  "count",
];

const classOf = textMemo(classify, 10_000);

/** The class of a satuan: percent, then money, then the first class in MEASURES_FIRST present. */
export function satuanClass(satuan: string | undefined): SatuanClass | undefined {
  if (!satuan) return undefined;
  return classOf(satuan);
}

function classify(satuan: string): SatuanClass | undefined {
  if (satuan.includes("%")) return "percent";
  const words = foldText(satuan).split(" ");
  if (words.some((w) => PERCENT.has(w))) return "percent";
  if (words.some((w) => MONEY.has(w))) return "money";
  const present = new Set(words.map((w) => BY_WORD.get(w)).filter((c) => c !== undefined));
  return MEASURES_FIRST.find((c) => present.has(c));
}

function scaledMoney(satuan: string): boolean {
  return foldText(satuan)
    .split(" ")
    .some((w) => MONEY_SCALE.has(w));
}

/** Satuan classes whose target must be a number. */
export const NUMERIC_SATUAN: ReadonlySet<SatuanClass> = new Set([
  "percent",
  "index",
  "count",
  "money",
  "time",
  "length",
  "area",
]);

/** Satuan classes whose values add up across children. */
export const SUM_SATUAN: ReadonlySet<SatuanClass> = new Set(["count", "money", "length", "area"]);

/** Decimals the satuan itself implies, or undefined when only the target's own decimals can say. */
export function satuanDecimals(satuan: string | undefined): number | undefined {
  const cls = satuanClass(satuan);
  if (cls === "percent") return 2;
  if (cls === "count") return 0;
  if (cls === "money" && satuan && !scaledMoney(satuan)) return 0;
  return undefined;
}
