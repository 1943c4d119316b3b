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
