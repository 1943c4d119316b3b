/**
 * Domain word lists, kept as data so they are easy to extend: stop words for term overlap, the
 * Minimize word list, the first words that set consolidation, and satuan classes.
 * All entries are folded (lower case, no punctuation), as text.ts foldText() produces.
 */
import type { Consolidation } from "./model";

/** Indonesian function words, plus measure words every IKU shares (they carry no relevance). */
// prettier-ignore
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "atas", "oleh", "atau",
  "serta", "terhadap", "sebagai", "melalui", "bagi", "secara", "akan", "agar", "adalah", "ini",
  "itu", "para", "per", "tiap", "setiap", "sesuai", "antara", "tahun", "th", "the", "of", "and",
  "to", "in", "for", "a", "an", "by",
  // measure words
  "persentase", "persen", "jumlah", "banyaknya", "indeks", "nilai", "rasio", "tingkat", "rata",
  "angka", "capaian", "kinerja", "meningkatnya", "terwujudnya", "meningkatkan", "peningkatan",
  "kualitas", "kualitas", "predikat", "hasil", "nilai", "skor", "level", "derajat",
  // their folded stems (text.ts stem())
  "ningkat", "wujud", "capai",
]);

/**
 * Words that make an indicator Minimize (lower is better) when no polarity column says otherwise.
 * Matched as whole folded words or phrases in the indicator name.
 */
// prettier-ignore
export const MINIMIZE_WORDS: readonly string[] = [
  "temuan", "kasus", "keluhan", "pengaduan", "waktu penyelesaian", "lama penyelesaian",
  "lama waktu", "peringkat", "tunggakan", "kerugian", "pelanggaran", "angka kematian",
  "kemiskinan", "pengangguran", "stunting", "gangguan", "kesalahan", "penyimpangan",
  "sengketa", "kecelakaan", "kerusakan", "backlog", "sisa", "piutang",
];

/** The indicator's first word decides consolidation when nothing else does. */
export const CONSOLIDATION_FIRST_WORDS: Readonly<Record<string, Consolidation>> = {
  indeks: "average",
  persentase: "average",
  rasio: "average",
  tingkat: "average",
  rata: "average",
  nilai: "average",
  jumlah: "sum",
  banyaknya: "sum",
  panjang: "sum",
  luas: "sum",
};

export type SatuanClass =
  | "percent"
  | "index"
  | "count"
  | "money"
  | "time"
  | "length"
  | "area"
  | "grade"
  | "other";

/** Satuan classes by folded word; the first word of the satuan that is listed decides. */
// prettier-ignore
export const SATUAN_CLASS: Readonly<Record<string, SatuanClass>> = {
  persen: "percent", persentase: "percent",
  indeks: "index", index: "index", poin: "index", skor: "index", nilai: "index", angka: "index",
  skala: "index", rasio: "index",
  dokumen: "count", orang: "count", laporan: "count", kegiatan: "count", unit: "count",
  buah: "count", kali: "count", kelompok: "count", paket: "count", lokasi: "count",
  desa: "count", sekolah: "count", opd: "count", instansi: "count", rekomendasi: "count",
  inovasi: "count", sop: "count", kab: "count", kota: "count", perda: "count", regulasi: "count",
  jiwa: "count", pegawai: "count", organisasi: "count", satker: "count", kantor: "count",
  naskah: "count", berkas: "count", surat: "count", produk: "count", layanan: "count",
  aplikasi: "count", sistem: "count", publikasi: "count", peraturan: "count", kajian: "count",
  rumah: "count", titik: "count", ruas: "count", jembatan: "count", keluarga: "count",
  rupiah: "money", rp: "money", juta: "money", miliar: "money", milyar: "money",
  hari: "time", bulan: "time", minggu: "time", jam: "time", menit: "time", tahun: "time",
  km: "length", m: "length", meter: "length", kilometer: "length",
  ha: "area", hektar: "area", m2: "area", km2: "area",
  opini: "grade", predikat: "grade", kategori: "grade", peringkat: "other",
};

/** Satuan classes whose target must be a number. */
// prettier-ignore
export const NUMERIC_SATUAN: ReadonlySet<SatuanClass> = new Set([
  "percent", "index", "count", "money", "time", "length", "area",
]);

/** Satuan classes whose values add up across children. */
export const SUM_SATUAN: ReadonlySet<SatuanClass> = new Set(["count", "money", "length", "area"]);

/** Words that name an additional-performance block: rows under it are never orphans. */
export const ADDITIONAL_HEADINGS: readonly string[] = ["kinerja tambahan", "tugas tambahan"];
