/**
 * The precision a satuan is counted in (DESIGN.md §1 "Splitting a target"): whole numbers for
 * counts, whole rupiah, two decimals for percentages, otherwise what the parent's target shows.
 */

/** Satuan counted in whole items: a share of "10 dokumen" is never 3,33 dokumen. Matched by word. */
export const COUNT_SATUAN: readonly string[] = [
  // documents and outputs
  "dokumen",
  "laporan",
  "naskah",
  "buku",
  "eksemplar",
  "judul",
  "berkas",
  "rekomendasi",
  "inovasi",
  "SOP",
  "regulasi",
  "peraturan",
  "perda",
  "perkada",
  "kebijakan",
  "keputusan",
  "rancangan",
  "kajian",
  "usulan",
  "proposal",
  "izin",
  "sertifikat",
  "aplikasi",
  "sistem",
  "modul",
  "produk",
  "layanan",
  "paket",
  "set",
  "jenis",
  // people and groups
  "orang",
  "pegawai",
  "ASN",
  "peserta",
  "siswa",
  "mahasiswa",
  "pasien",
  "jiwa",
  "KK",
  "keluarga",
  "rumah tangga",
  "kelompok",
  "tim",
  // organisations and places
  "unit",
  "unit kerja",
  "satker",
  "satuan kerja",
  "OPD",
  "SKPD",
  "instansi",
  "lembaga",
  "pemda",
  "perusahaan",
  "badan usaha",
  "koperasi",
  "UMKM",
  "sekolah",
  "puskesmas",
  "desa",
  "kelurahan",
  "kecamatan",
  "kab/kota",
  "kabupaten",
  "kota",
  "provinsi",
  "lokasi",
  "titik",
  "ruas",
  "jembatan",
  "rumah",
  "fasilitas",
  // events and things
  "kegiatan",
  "kali",
  "kunjungan",
  "pertemuan",
  "rapat",
  "kasus",
  "perkara",
  "temuan",
  "buah",
  "ekor",
  "pohon",
  "kapal",
  "kendaraan",
  // English workbooks
  "document",
  "documents",
  "report",
  "reports",
  "person",
  "persons",
  "people",
  "units",
  "activity",
  "activities",
];

const PERCENT_SATUAN: readonly string[] = [
  "persen",
  "persentase",
  "prosentase",
  "percent",
  "percentage",
];
const RUPIAH_SATUAN: readonly string[] = ["Rp", "rupiah", "IDR"];
/** "Rp juta", "miliar rupiah": a scaled amount, so whole rupiah says nothing about its decimals. */
const RUPIAH_SCALE: readonly string[] = [
  "ribu",
  "rb",
  "000",
  "juta",
  "jt",
  "miliar",
  "milyar",
  "M",
  "triliun",
  "T",
];

/** A measure of something counted is not itself a count: "Indeks layanan", "rata-rata hari". */
const MEASURE_WORDS: readonly string[] = [
  "indeks",
  "index",
  "nilai",
  "skor",
  "score",
  "rasio",
  "ratio",
  "rata",
  "poin",
  "level",
  "tingkat",
];

export type SatuanClass = "percent" | "rupiah" | "count" | "other";

/** Lower-case words separated by single spaces: "Kab/Kota" → "kab kota". */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function hasAnyWord(satuan: string, list: readonly string[]): boolean {
  const padded = ` ${words(satuan)} `;
  return list.some((entry) => padded.includes(` ${words(entry)} `));
}

/**
 * What the satuan counts in. A percent wins over what it is a percent of ("Persentase OPD"), and money
 * over what it is per ("Rp/orang").
 */
export function satuanClass(satuan: string | undefined): SatuanClass {
  if (!satuan) return "other";
  if (satuan.includes("%") || hasAnyWord(satuan, PERCENT_SATUAN)) return "percent";
  if (hasAnyWord(satuan, RUPIAH_SATUAN) && !hasAnyWord(satuan, RUPIAH_SCALE)) return "rupiah";
  if (hasAnyWord(satuan, COUNT_SATUAN) && !hasAnyWord(satuan, MEASURE_WORDS)) return "count";
  return "other";
}

/** Decimals the satuan itself implies, or undefined when only the target's own decimals can say. */
export function satuanDecimals(satuan: string | undefined): number | undefined {
  switch (satuanClass(satuan)) {
    case "percent":
      return 2;
    case "rupiah":
    case "count":
      return 0;
    default:
      return undefined;
  }
}

/** Decimals at which shares are rounded: the satuan's precision, never fewer than the parent shows. */
export function precisionFor(satuan: string | undefined, parentDecimals: number): number {
  const shown = Number.isFinite(parentDecimals) ? Math.max(0, Math.trunc(parentDecimals)) : 0;
  return Math.max(shown, satuanDecimals(satuan) ?? shown);
}
