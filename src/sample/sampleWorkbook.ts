/**
 * The bundled sample: a fictional Badan Kepegawaian Nusantara with four levels (Badan → Sekretariat
 * Utama / Deputi → Biro, Direktorat, Kantor Regional → Tim Kerja), written as the workbooks planners
 * keep: PK sheets with title rows, merged Sasaran cells, "95,00 Persen" targets and TW I–IV, a
 * long table of Eselon II indicators, a matriks cascading and a hierarchy sheet.
 *
 * The SKP of Kantor Regional I's head and staff, and an activity log, carry the individual level.
 *
 * Exactly one case of each finding code is seeded; each is marked SEED below. `selaras demo`
 * builds this workbook, fills it and checks it.
 */
import type { SheetSpec, WorkbookSpec } from "./spec";

export const BADAN = "Badan Kepegawaian Nusantara";
export const SESTAMA = "Sekretariat Utama";
export const DEPUTI = "Deputi Bidang Mutasi Kepegawaian";
export const BIRO_PK = "Biro Perencanaan dan Keuangan";
export const BIRO_UMUM = "Biro Umum";
export const DIREKTORAT = "Direktorat Status dan Kedudukan Kepegawaian";
export const KR1 = "Kantor Regional I Yogyakarta";
export const KR2 = "Kantor Regional II Surabaya";
export const KR3 = "Kantor Regional III Bandung";
export const TIM = "Tim Kerja Layanan Mutasi Kanreg I";
const SUBBAG_TU = "Subbagian Tata Usaha";
export const SUBBAG_RT = "Subbagian Rumah Tangga";
const PUSAT = "Pusat Pengembangan Kompetensi";

const LAYANAN = "Persentase layanan mutasi yang selesai tepat waktu";
const TALENTA = "Jumlah instansi yang menerapkan manajemen talenta";
const MERIT = "Persentase instansi dengan sistem merit kategori baik";
const INDEKS = "Indeks Profesionalitas ASN";
const OPINI = "Opini BPK atas laporan keuangan";
const DOKUMEN = "Jumlah dokumen perencanaan dan anggaran yang disusun";

function hierarchy(): SheetSpec {
  return {
    name: "Hierarki",
    widths: [46, 40, 14],
    bold: [1],
    rows: [
      ["Unit Kerja", "Unit Atasan", "Eselon"],
      [BADAN, null, "JPT Utama"],
      [SESTAMA, BADAN, "JPT Madya"],
      [DEPUTI, BADAN, "JPT Madya"],
      [BIRO_PK, SESTAMA, "II"],
      [BIRO_UMUM, SESTAMA, "II"],
      [DIREKTORAT, DEPUTI, "II"],
      [KR1, DEPUTI, "II"],
      [KR2, DEPUTI, "II"],
      [KR3, DEPUTI, "II"],
      [TIM, KR1, "III"],
      // SEED LINK_CYCLE: the two Subbagian are each other's superior
      [SUBBAG_TU, SUBBAG_RT, null],
      [SUBBAG_RT, SUBBAG_TU, null],
    ],
  };
}

function pkBadan(): SheetSpec {
  return {
    name: "PK Badan",
    widths: [5, 34, 9, 46, 10, 14, 12, 12, 12, 12, 12, 22],
    bold: [1, 2, 4, 5],
    rows: [
      ["PERJANJIAN KINERJA TAHUN 2026"],
      ["KEPALA BADAN KEPEGAWAIAN NUSANTARA"],
      [],
      [
        "No",
        "Sasaran Strategis",
        "Kode",
        "Indikator Kinerja Utama",
        "Satuan",
        "Target",
        null,
        null,
        null,
        null,
        "Polaritas",
        "IKU Atasan",
        "Realisasi s.d. TW II",
      ],
      [
        null,
        null,
        null,
        null,
        null,
        "Tahunan",
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        null,
        null,
        null,
      ],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      // SEED EXTERNAL_LINK: the Badan's own IKU serves a national (RPJMN) target outside the workbook
      [
        "1",
        "Meningkatnya profesionalitas ASN",
        "IKU 1",
        INDEKS,
        "Indeks",
        "75",
        "-",
        "-",
        "-",
        "75",
        "Maksimal",
        "RPJMN PP 7.2",
      ],
      [
        null,
        null,
        "IKU 2",
        MERIT,
        "Persen",
        "80,00 Persen",
        "20,00 Persen",
        "40,00 Persen",
        "60,00 Persen",
        "80,00 Persen",
        "Maksimal",
        null,
      ],
      [
        "2",
        "Meningkatnya kualitas layanan kepegawaian",
        "IKU 3",
        LAYANAN,
        "Persen",
        "95,00 Persen",
        "95,00 Persen",
        "95,00 Persen",
        "95,00 Persen",
        "95,00 Persen",
        "Maksimal",
        null,
        "92,00 Persen",
      ],
      [null, null, "IKU 4", TALENTA, "Instansi", "40", "10", "20", "30", "40", "Maksimal", null],
      [
        "3",
        "Terwujudnya tata kelola yang akuntabel",
        "IKU 5",
        OPINI,
        "Opini",
        "WTP",
        null,
        null,
        null,
        "WTP",
        "Maksimal",
        null,
      ],
      // SEED NOT_CASCADED: no unit below takes IKU 6
      [
        null,
        null,
        "IKU 6",
        "Indeks Reformasi Birokrasi",
        "Indeks",
        "78,50",
        null,
        null,
        null,
        "78,50",
        "Maksimal",
        null,
      ],
      [],
      ["No", "Program", "Anggaran", null, "Keterangan"],
      ["1", "Program Penyelenggaraan Manajemen ASN", "Rp 412.500.000.000,-", null, "Rupiah Murni"],
      ["2", "Program Dukungan Manajemen", "Rp 198.750.000.000,-", null, "Rupiah Murni"],
      [],
      [null, "Pihak Kedua", null, "Pihak Pertama"],
      [null, "Menteri", null, "Kepala Badan Kepegawaian Nusantara"],
    ],
    merges: [
      "F4:J4",
      "A4:A5",
      "B4:B5",
      "C4:C5",
      "D4:D5",
      "E4:E5",
      "K4:K5",
      "L4:L5",
      "B7:B8",
      "A7:A8",
      "B9:B10",
      "A9:A10",
      "B11:B12",
      "A11:A12",
    ],
  };
}

function pkSestama(): SheetSpec {
  return {
    name: "PK Sestama",
    widths: [5, 36, 46, 10, 12, 12, 16],
    bold: [1, 3],
    rows: [
      ["PERJANJIAN KINERJA SEKRETARIAT UTAMA TAHUN 2026"],
      [],
      [
        "No",
        "Sasaran Program",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "IKU Atasan",
        "Jenis Cascading",
      ],
      ["1", "Terwujudnya tata kelola yang akuntabel", OPINI, "Opini", "WTP", "IKU 5", "Penuh"],
      // SEED LOW_RELEVANCE: a contribution to the Indeks Profesionalitas that shares no term with it
      [
        "2",
        "Tersusunnya perencanaan dan anggaran yang berkualitas",
        DOKUMEN,
        "Dokumen",
        "12",
        "IKU 1",
        "Kontribusi",
      ],
    ],
  };
}

/** A monitoring table's results beside its targets: realisasi per TW, for the year, and capaian. */
export const RESULT_HEADERS = [
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
  "Realisasi",
  "Capaian (%)",
] as const;

function pkDeputi(): SheetSpec {
  return {
    name: "PK Deputi Mutasi",
    widths: [5, 34, 7, 46, 10, 10, 9, 9, 9, 9, 12, 11, 14, 10, 10, 10, 10, 10, 11],
    bold: [1, 3],
    rows: [
      ["PERJANJIAN KINERJA DEPUTI BIDANG MUTASI KEPEGAWAIAN TAHUN 2026"],
      [],
      [
        "No",
        "Sasaran Program",
        "Kode",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        "Polaritas",
        "IKU Atasan",
        "Jenis Cascading",
        ...RESULT_HEADERS,
      ],
      // SEED POLARITY_MISMATCH: the Deputi states Minimal where the Badan states Maksimal
      // SEED REALISASI_MISMATCH: the Deputi, which takes IKU 3 fully, reports 90 where the Badan reports 92
      // SEED CAPAIAN_WRONG: 90 of 95 scored with the Maksimal formula (94,74) on a row stated Minimal
      [
        "1",
        "Meningkatnya kualitas layanan mutasi",
        "1.1",
        LAYANAN,
        "%",
        "95",
        "95",
        "95",
        "95",
        "95",
        "Minimal",
        "IKU 3",
        "F",
        92,
        90,
        null,
        null,
        90,
        94.74,
      ],
      [
        null,
        null,
        "1.2",
        TALENTA,
        "Instansi",
        "40",
        "10",
        "20",
        "30",
        "40",
        "Maksimal",
        "IKU 4",
        "F",
        // SEED REALISASI_MISSING: TW II has ended, has a target, and no realisasi
        10,
        null,
      ],
      [
        "2",
        "Meningkatnya penerapan sistem merit",
        "1.3",
        MERIT,
        "%",
        "80",
        null,
        null,
        null,
        "80",
        "Maksimal",
        "IKU 2",
        "F",
        // SEED REALISASI_PERIODS: 70 for the year so far fits no reading of 60 and 65
        60,
        65,
        null,
        null,
        70,
      ],
      [null, null, "1.4", INDEKS, "Indeks", "75", null, null, null, "75", "Maksimal", "IKU 1", "F"],
    ],
    merges: ["B4:B5", "A4:A5", "B6:B7", "A6:A7"],
  };
}

/** Layout A: one long table of the Eselon II (and lower) indicators, with a unit column. */
function ikuEselon2(): SheetSpec {
  const row = (
    unit: string,
    ss: string | null,
    name: string,
    satuan: string,
    target: string | number,
    tw: Array<number | null>,
    bobot: number | null,
    link: string | null,
    type: string | null
  ) => [unit, ss, name, satuan, target, ...tw, bobot, null, link, type];
  const none = [null, null, null, null];
  const sheet: SheetSpec = {
    name: "IKU Eselon II",
    widths: [40, 36, 58, 10, 12, 8, 8, 8, 8, 8, 11, 40, 12, 12],
    bold: [1, 3],
    rows: [
      ["INDIKATOR KINERJA UNIT ESELON II DAN DI BAWAHNYA TAHUN 2026"],
      [],
      [
        "Unit Kerja",
        "Sasaran Kegiatan",
        "Indikator Kinerja",
        "Satuan",
        "Target 2026",
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        "Bobot",
        "Polaritas",
        "IKU Atasan",
        "Jenis Cascading",
        "Realisasi",
      ],
      row(
        BIRO_PK,
        "Terwujudnya pengelolaan keuangan yang akuntabel",
        OPINI,
        "Opini",
        "WTP",
        none,
        null,
        OPINI,
        "F"
      ),
      row(BIRO_PK, null, DOKUMEN, "Dokumen", 8, none, null, DOKUMEN, "P"),
      // SEED DUPLICATE_INDICATOR: the Biro lists its Opini twice
      row(BIRO_PK, null, OPINI, "Opini", "WTP", none, null, OPINI, "F"),
      // SEED OVER_ALLOCATED (with the Biro above): 8 + 6 dokumen where the Sekretariat Utama needs 12
      row(
        BIRO_UMUM,
        "Terselenggaranya layanan umum yang andal",
        DOKUMEN,
        "Dokumen",
        6,
        none,
        null,
        DOKUMEN,
        "P"
      ),
      // SEED LEVEL_SKIP: the Biro links straight to the Badan's IKU 5, over the Sekretariat Utama
      row(
        BIRO_UMUM,
        null,
        "Persentase tindak lanjut hasil pemeriksaan BPK",
        "%",
        100,
        none,
        null,
        "IKU 5",
        "K"
      ),
      // SEED BROKEN_LINK: IKU 7 exists nowhere above the Biro
      row(
        BIRO_UMUM,
        null,
        "Persentase pengadaan barang dan jasa yang tepat waktu",
        "%",
        90,
        none,
        null,
        "IKU 7",
        "K"
      ),
      // SEED CONTRIBUTING_IS_COPY: marked contributing but a copy of its parent IKU
      row(
        DIREKTORAT,
        "Terselenggaranya layanan status kepegawaian yang tepat waktu",
        LAYANAN,
        "%",
        95,
        none,
        null,
        "1.1",
        "K"
      ),
      // SEED TARGET_MISSING: a placeholder target
      row(
        DIREKTORAT,
        null,
        "Persentase usulan kenaikan pangkat yang diselesaikan tepat waktu",
        "%",
        "…. %",
        none,
        null,
        "1.1",
        "K"
      ),
      // SEED TARGET_INVALID: text where a percentage is needed
      row(
        DIREKTORAT,
        null,
        "Persentase layanan rekomendasi mutasi yang diterbitkan",
        "%",
        "meningkat",
        none,
        null,
        "1.1",
        "K"
      ),
      // SEED PARTIAL_SHORTFALL (with Kantor Regional I below): 75 and 78 cannot make 80 on average
      row(DIREKTORAT, null, `${MERIT} di instansi pusat`, "%", 75, none, null, "1.3", "P"),
      // SEED FULL_DRIFT: a full cascade of 95 written as 90; SEED WEIGHTS_NOT_100: 40 + 30 + 20
      row(
        KR1,
        "Meningkatnya kualitas layanan mutasi di wilayah kerja",
        LAYANAN,
        "%",
        90,
        none,
        40,
        "1.1",
        "F"
      ),
      row(KR1, null, `${TALENTA} di wilayah Kanreg I`, "Instansi", 16, none, 30, "1.2", "P"),
      row(KR1, null, `${MERIT} di wilayah Kanreg I`, "%", 78, none, 20, "1.3", "P"),
      // SEED QUARTER_INCONSISTENT: TW III and IV left empty; SEED RULE_CONFLICT: the matrix says P
      row(
        KR2,
        "Meningkatnya kualitas layanan mutasi di wilayah kerja",
        LAYANAN,
        "%",
        95,
        [95, 95, null, null],
        null,
        "1.1",
        "F"
      ),
      // SEED UNIT_MISMATCH: orang where the parent counts instansi
      row(KR2, null, `${TALENTA} di wilayah Kanreg II`, "Orang", 12, none, null, "1.2", "P"),
      // SEED PARTIAL_UNVERIFIED (with Kantor Regional III): 77 and 70 straddle 75, no weights known
      row(KR2, null, `${INDEKS} di wilayah Kanreg II`, "Indeks", 77, none, null, "1.4", "P"),
      // SEED ORPHAN: no link, and its Sasaran is no Sasaran of the Deputi
      row(
        KR2,
        "Terpeliharanya sarana dan prasarana kantor",
        "Jumlah kendaraan dinas yang dirawat",
        "Unit",
        12,
        none,
        null,
        null,
        null
      ),
      row(
        KR3,
        "Meningkatnya profesionalitas ASN di wilayah kerja",
        `${INDEKS} di wilayah Kanreg III`,
        "Indeks",
        70,
        none,
        null,
        "1.4",
        "P"
      ),
      // SEED LINK_NOT_UPWARD: links to an indicator of its sibling, the Direktorat
      row(
        KR3,
        null,
        "Persentase pegawai yang mengikuti pelatihan teknis kepangkatan",
        "%",
        85,
        none,
        null,
        "Persentase usulan kenaikan pangkat yang diselesaikan tepat waktu",
        "K"
      ),
      row(
        SUBBAG_RT,
        "Tertibnya administrasi persuratan",
        "Persentase surat masuk yang diarsipkan secara elektronik",
        "%",
        100,
        none,
        null,
        null,
        null
      ),
      row(
        SUBBAG_TU,
        "Tertibnya administrasi persuratan",
        "Persentase surat masuk yang diarsipkan secara elektronik",
        "%",
        100,
        none,
        null,
        null,
        null
      ),
      // SEED HIERARCHY_UNKNOWN: a unit the hierarchy sheet does not list
      row(
        PUSAT,
        "Meningkatnya kompetensi ASN",
        "Jumlah ASN yang mengikuti pelatihan kepemimpinan",
        "Orang",
        "1.250",
        none,
        null,
        null,
        null
      ),
    ],
  };
  // SEED REALISASI_CONFLICT: the Biro's Opini, listed twice, reported WTP once and WDP once
  sheet.rows[3].push("WTP");
  sheet.rows[5].push("WDP");
  return sheet;
}

function pkTim(): SheetSpec {
  return {
    name: "PK Tim Layanan Mutasi",
    widths: [5, 58, 10, 10, 58, 14],
    bold: [1, 2, 4],
    rows: [
      ["PERJANJIAN KINERJA TAHUN 2026"],
      ["Unit Kerja: Tim Kerja Layanan Mutasi Kanreg I"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "IKU Atasan", "Jenis Cascading"],
      ["1", LAYANAN, "%", "90", LAYANAN, "F"],
      [
        "2",
        "Jumlah instansi yang didampingi dalam penerapan manajemen talenta",
        "Instansi",
        "16",
        `${TALENTA} di wilayah Kanreg I`,
        "K",
      ],
      [
        "3",
        "Jumlah rekomendasi penerapan sistem merit yang disusun",
        "Rekomendasi",
        "6",
        `${MERIT} di wilayah Kanreg I`,
        "K",
      ],
    ],
  };
}

/** Layout C: the Deputi's IKU down the side, its units across. */
function matriks(): SheetSpec {
  return {
    name: "Matriks Cascading",
    widths: [7, 52, 22, 22, 22, 22, 22],
    bold: [1, 3],
    rows: [
      ["MATRIKS CASCADING IKU DEPUTI BIDANG MUTASI KEPEGAWAIAN TAHUN 2026"],
      ["F = penuh, P = sebagian (P 40% = 40 % dari target), K = kontribusi"],
      [
        "Kode",
        "Indikator Kinerja Utama",
        DIREKTORAT,
        KR1,
        KR2,
        KR3,
        "Kantor Regional IV Banjarmasin",
      ],
      // SEED RULE_CONFLICT (Kantor Regional II writes F on its row)
      ["1.1", LAYANAN, "K", "F", "P", null, null],
      // SEED MISSING_CONTRIBUTION: Kantor Regional III has no row for 1.2
      // SEED UNIT_NOT_FOUND: Kantor Regional IV has no rows anywhere
      ["1.2", TALENTA, null, "P 40%", "P", "P", "P"],
      ["1.3", MERIT, "P", "P", null, null, null],
      ["1.4", INDEKS, null, null, "P", "P", null],
    ],
  };
}

/** The headers of an e-Kinerja export, as the national e-Kinerja writes them (snake_case). */
export const EKINERJA_HEADER = [
  "nip",
  "nama",
  "jabatan",
  "unit_kerja",
  "rencana_hasil_kerja_diintervensi",
  "rencana_hasil_kerja",
  "aspek",
  "indikator_kinerja_individu",
  "target_tahunan",
  "satuan",
  "target_tw1",
  "target_tw2",
  "target_tw3",
  "target_tw4",
  "penilai_nip",
  "penilai_nama",
  "penilai_jabatan",
] as const;

/**
 * The individual level (DESIGN.md §7): the SKP of Kantor Regional I's head and four of her staff,
 * as an e-Kinerja export (snake_case headers, one row per IKI). Invented people and identifiers.
 */
const KAKANREG: Person = ["198001012005012001", "Dra. Ratna Kusumawati", `Kepala ${KR1}`];
const KABID: Person = ["198203032008011002", "Agus Setiawan", "Kepala Bidang Mutasi Kepegawaian"];
const RINA: Person = ["199004042014022003", "Rina Lestari", "Analis SDM Aparatur"];
const YUSUF: Person = ["199105052015031004", "Yusuf Hidayat", "Analis SDM Aparatur"];
const DEWI: Person = ["199206062016022005", "Dewi Anggraini", "Pranata SDM Aparatur"];
type Person = [nip: string, nama: string, jabatan: string];

const RHK_LAYANAN = `Meningkatnya ${LAYANAN.toLowerCase()}`;
const RHK_FORUM = "Terselenggaranya forum komunikasi kepegawaian daerah";
const RHK_VERIFIKASI = "Terlaksananya verifikasi usul mutasi yang cepat dan akurat";
const RHK_KOORDINASI = "Terlaksananya koordinasi forum kepegawaian daerah";
const RHK_PEMANTAUAN = "Terlaksananya pemantauan tindak lanjut mutasi";
const RHK_LAPORAN = "Tersusunnya laporan kinerja bidang mutasi";
const RHK_BERKAS = "Terverifikasinya berkas usul mutasi";

function skpRow(
  p: Person,
  intervened: string | null,
  rhk: string,
  iki: string,
  target: number,
  quarters: number[],
  penilai: Person | [string, string, string]
): Array<string | number | null> {
  return [...p, KR1, intervened, rhk, "Kuantitas", iki, target, "Berkas", ...quarters, ...penilai];
}

function skp(): SheetSpec {
  const deputi: [string, string, string] = [
    "197501011998031006",
    "Drs. Bambang Wicaksono",
    `Deputi ${DEPUTI.replace(/^Deputi /, "")}`,
  ];
  return {
    name: "SKP Kanreg I",
    widths: [20, 24, 30, 30, 40, 40, 12, 36, 10, 10, 8, 8, 8, 8, 20, 24, 30],
    bold: [1],
    rows: [
      [...EKINERJA_HEADER],
      skpRow(
        KAKANREG,
        null,
        RHK_LAYANAN,
        "Usul mutasi selesai tepat waktu",
        1200,
        [300, 300, 300, 300],
        deputi
      ),
      // SEED JPT_RHK_NOT_IN_PK: the head's RHK that no IKU of Kantor Regional I's PK names
      skpRow(KAKANREG, null, RHK_FORUM, "Forum yang terselenggara", 4, [1, 1, 1, 1], deputi),
      skpRow(
        KABID,
        RHK_LAYANAN,
        RHK_VERIFIKASI,
        "Usul mutasi terverifikasi",
        1200,
        [300, 300, 300, 300],
        KAKANREG
      ),
      skpRow(
        KABID,
        RHK_FORUM,
        RHK_KOORDINASI,
        "Rapat koordinasi daerah",
        4,
        [1, 1, 1, 1],
        KAKANREG
      ),
      // SEED LEADER_RHK_UNUSED: none of the Kepala Bidang's staff intervenes this RHK
      skpRow(KABID, RHK_LAYANAN, RHK_PEMANTAUAN, "Laporan pemantauan", 4, [1, 1, 1, 1], KAKANREG),
      // SEED RHK_NOT_INTERVENING: the Kepala Bidang's RHK names no RHK of his head
      skpRow(KABID, null, RHK_LAPORAN, "Laporan kinerja bidang", 4, [1, 1, 1, 1], KAKANREG),
      skpRow(
        RINA,
        RHK_VERIFIKASI,
        RHK_BERKAS,
        "Berkas usul terverifikasi",
        600,
        [150, 150, 150, 150],
        KABID
      ),
      // SEED RHK_OVERLAP: Yusuf has Rina's result under the same RHK of their Kepala Bidang
      skpRow(
        YUSUF,
        RHK_VERIFIKASI,
        RHK_BERKAS,
        "Berkas usul terverifikasi",
        600,
        [150, 150, 150, 150],
        KABID
      ),
      skpRow(
        DEWI,
        RHK_KOORDINASI,
        "Tersusunnya bahan forum kepegawaian",
        "Bahan forum",
        4,
        [1, 1, 1, 1],
        KABID
      ),
      skpRow(
        DEWI,
        RHK_LAPORAN,
        "Tersusunnya bahan laporan kinerja",
        "Bahan laporan",
        4,
        [1, 1, 1, 1],
        KABID
      ),
    ],
  };
}

/** Rina's e-Kinerja activity log for a week in January. */
function logKegiatan(): SheetSpec {
  return {
    name: "Log Kegiatan",
    widths: [20, 24, 12, 44, 40, 14],
    bold: [1],
    rows: [
      ["Nama", "NIP", "Tanggal", "Aktivitas", "RHK", "Durasi (menit)"],
      // SEED DURATION_OVER_DAY: 350 minutes on Monday, above the 300 of an effective day
      [RINA[1], RINA[0], "12/01/2026", "Memverifikasi berkas usul mutasi", RHK_BERKAS, 200],
      [RINA[1], RINA[0], "12/01/2026", "Menginput hasil verifikasi", RHK_BERKAS, "2:30"],
      // SEED ACTIVITY_UNLINKED: the RHK named is not in Rina's SKP
      [
        RINA[1],
        RINA[0],
        "13/01/2026",
        "Rapat koordinasi bidang",
        "Terlaksananya rapat koordinasi",
        90,
      ],
      [RINA[1], RINA[0], "14/01/2026", "Memverifikasi berkas usul mutasi", RHK_BERKAS, 240],
    ],
  };
}

export function sampleWorkbook(): WorkbookSpec {
  return {
    sheets: [
      hierarchy(),
      pkBadan(),
      pkSestama(),
      pkDeputi(),
      ikuEselon2(),
      pkTim(),
      matriks(),
      skp(),
      logKegiatan(),
    ],
  };
}
