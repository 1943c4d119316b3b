/**
 * Every string the pane shows, in Indonesian (the default: planners' own language) and English.
 * Finding sentences come from core/messages.ts so the pane, the CLI and the annotated workbook say
 * the same thing; everything else the pane says lives here.
 */
import { createContext, useContext } from "react";
import { langFrom, type Lang } from "../core/messages";
import { numberText } from "../core/numbers";

export type { Lang };

/** Counts as each language writes them: "1.212 temuan" / "1,212 findings". */
const nId = (x: number) => numberText(x, "id");
const nEn = (x: number) => numberText(x, "en");

/** English when Office runs in English ("en-US", "en-GB"), Indonesian otherwise (core's langFrom). */
export function langFromOffice(displayLanguage?: string): Lang {
  return langFrom(displayLanguage);
}

const id = {
  appTitle: "Selaras",
  appSubtitle: "Keselarasan IKU dan cascading ke unit bawahan",
  /** The pane opened outside Excel (its page in a browser). */
  needsExcel:
    "Panel ini perlu Excel: bukalah dari tombol Selaras di tab Beranda Excel. Tanpa Excel, gunakan halaman web Selaras atau perintah selaras.",
  englishSwitch: "English",
  /** The standalone web page around the pane (src/web). */
  web: {
    title: "Selaras — periksa keselarasan IKU",
    intro:
      "Buka workbook .xlsx berisi PK, IKU atau matriks cascading. Semua diproses di komputer ini: tidak ada data yang dikirim ke mana pun.",
    open: "Buka workbook",
    drop: "atau seret file .xlsx ke sini",
    opening: "Membuka workbook…",
    download: "Unduh workbook",
    downloadHint: "Menyimpan workbook dengan sorotan temuan dan isian terakhir.",
    another: "Buka workbook lain",
    selected: "Sel terpilih",
    empty: "(kosong)",
    file: "Workbook",
    unsaved: "Ada perubahan yang belum diunduh",
    leave:
      "Perubahan pada workbook ini belum diunduh dan akan hilang. Buka workbook lain tanpa mengunduhnya?",
  },
  tabsLabel: "Menu Selaras",
  tabs: {
    check: "Periksa",
    setup: "Pemetaan",
    fill: "Isi unit bawahan",
    bulk: "Target massal",
    pk: "Susun PK",
    pohon: "Pohon kinerja",
  },
  dismiss: "Tutup pesan",
  readWorkbook: "Baca workbook",
  needsRead: "Workbook belum dibaca. Bacalah dulu untuk memulai.",
  reading: (sheet: string, done: number, total: number) =>
    `Membaca lembar "${sheet}" (${nId(done)} dari ${nId(total)})…`,
  working: "Sedang bekerja…",
  /** Where a long operation is (the engine's phases; sheets have their own line above). */
  phases: {
    open: "membuka workbook",
    sheets: "membaca lembar",
    tables: "mengenali tabel",
    check: "memeriksa keselarasan",
    colour: "mewarnai temuan",
    write: "menulis",
    save: "menyiapkan unduhan",
  },
  empty: "(kosong)",
  noIndicators:
    "Tidak ada tabel indikator yang terbaca. Buka Pemetaan untuk melihat alasan tiap lembar dan membetulkannya.",
  operations: {
    read: "Membaca workbook",
    check: "Pemeriksaan",
    clear: "Menghapus sorotan",
    save: "Menyimpan pemetaan",
    preview: "Pratinjau isi",
    apply: "Menerapkan isi",
    undo: "Membatalkan isi terakhir",
    select: "Memilih sel",
    bulkPreview: "Pratinjau penulisan target",
    bulkApply: "Menulis target",
    copy: "Menyalin",
    importProfile: "Mengimpor pemetaan",
    pkPreview: "Mencari unit tanpa PK",
    pkApply: "Menyusun PK",
    report: "Menyusun laporan",
    pohon: "Menyusun pohon kinerja",
    pohonExport: "Mengunduh gambar pohon",
  },
  failed: (operation: string, reason: string) => `${operation} gagal: ${reason}`,
  unknownError:
    "terjadi kesalahan yang tidak dikenal. Coba lagi; bila berulang, tutup dan buka kembali panel ini.",

  // Check
  checkButton: "Periksa keselarasan",
  clearButton: "Hapus sorotan",
  checkIntro:
    "Membaca semua lembar, memeriksa keselarasan IKU dengan unit atasan dan bawahan, lalu mewarnai sel bermasalah dan menambah lembar Temuan.",
  countsLabel: "Jumlah temuan",
  countError: (n: number) => `${nId(n)} galat`,
  countWarning: (n: number) => `${nId(n)} peringatan`,
  countInfo: (n: number) => `${nId(n)} info`,
  legendLabel: "Arti warna",
  allClear: "Tidak ada galat atau peringatan: IKU sudah selaras.",
  notUnderstood: "Belum dipahami",
  checked: (n: number) => `Pemeriksaan selesai: ${nId(n)} temuan, sel bermasalah diwarnai.`,
  cleared: "Sorotan dan lembar Temuan dihapus; warna dan catatan asli dikembalikan.",
  clearedButProtected: (sheets: string[]) =>
    `Sorotan dihapus, kecuali di ${sheets.map((s) => `'${s}'`).join(", ")}: lembar itu kini diproteksi. Buka proteksinya, lalu Hapus sorotan lagi untuk mengembalikan warna dan catatan aslinya.`,
  findingsLabel: "Daftar temuan",
  noUnit: "(tanpa unit)",
  chain: "Rantai RHK",
  goToCell: (at: string) => `Pilih sel ${at}`,
  noCell: "tanpa sel",
  helpToggle: "Apa artinya?",
  helpMeans: "Artinya",
  helpFix: "Cara membetulkan",
  helpMore: "Bantuan lengkap",
  glossaryToggle: "Daftar istilah",
  filtersLabel: "Saring temuan",
  filterSeverity: "Tingkat",
  filterUnit: "Unit",
  filterCode: "Kode",
  allSeverities: "Semua tingkat",
  allUnits: "Semua unit",
  allCodes: "Semua kode",
  searchLabel: "Cari temuan",
  searchPlaceholder: "kata, unit, IKU, sel…",
  summaryToggle: "Ringkasan per unit",
  summaryUnit: "Unit",
  unitsNotDone: (n: number, m: number) => `${nId(n)} dari ${nId(m)} unit masih punya galat.`,
  showUnit: (unit: string) => `Tampilkan temuan ${unit}`,
  shownOf: (n: number, total: number) => `Menampilkan ${nId(n)} dari ${nId(total)} temuan.`,
  showMore: (n: number) => `Tampilkan ${nId(n)} lagi`,
  noMatch: "Tidak ada temuan yang cocok dengan saringan ini.",
  suggestionsLabel: "Usulan induk",
  acceptParent: (parent: string) => `Pakai induk ${parent}`,
  fillFromParent: "Isi dari atasan",
  reportButton: "Cetak laporan",
  reportFile: "laporan-selaras.html",
  reportOpened: "Laporan dibuka di tab baru: cetak atau simpan sebagai PDF dari sana.",
  reportDownloaded:
    "Laporan diunduh (laporan-selaras.html): buka di peramban, lalu cetak atau simpan sebagai PDF.",
  fillFocused: (iku: string, unit: string) =>
    `Hanya isian dari IKU ${iku}${unit ? ` untuk ${unit}` : ""}, sesuai temuan yang dipilih.`,
  fillFocusedNothing:
    "Tidak ada yang bisa diisi dari atasan untuk temuan ini: baris ini sudah sesuai dengan IKU atasannya, atau cascading-nya tidak bisa diturunkan (lihat alasannya di bawah).",
  fillShowAll: "Tampilkan semua isian",
  acceptPreview: (cell: string, from: string, to: string) =>
    `Tulis ${cell}: ${from} → ${to}? "Batalkan isi terakhir" mengembalikannya.`,
  acceptApply: "Tulis",
  acceptCancel: "Batal",
  accepted: (cell: string, to: string) => `${cell} kini menaut ke ${to}.`,
  acceptRefused: {
    "no-row": "Baris temuan ini tidak ditemukan lagi: periksa ulang dulu.",
    "no-link-column":
      "Tabel ini tidak punya kolom IKU Atasan: tambahkan kolomnya, atau tulis induknya di matriks.",
    formula: "Sel IKU Atasan baris ini berisi rumus: Selaras tidak menimpanya.",
  },

  // Setup
  setupIntro:
    "Hasil deteksi tiap lembar. Bila ada yang keliru, ubah pemetaannya lalu simpan: pilihan disimpan di workbook dan dipakai setiap kali.",
  yearLabel: "Tahun",
  yearHint: (detected: string) => `Terdeteksi: ${detected}`,
  frameworkLabel: "Kerangka",
  frameworkAuto: (detected: string) => `Otomatis (${detected})`,
  frameworks: { kemenkeu: "Kemenkeu", permenpan: "PermenPAN-RB" },
  saveButton: "Simpan",
  saved: "Pemetaan disimpan dan workbook dibaca ulang.",
  exportProfile: "Ekspor pemetaan",
  importProfile: "Impor pemetaan",
  imported: (file: string) =>
    `Pemetaan dari ${file} disimpan di workbook ini dan workbook dibaca ulang.`,
  status: { read: "terbaca", ignored: "diabaikan", refused: "ditolak" },
  readAs: "Dibaca sebagai",
  layoutLabel: "Baca lembar sebagai",
  layoutAuto: "Otomatis",
  layoutIgnore: "Abaikan lembar ini",
  layouts: {
    A: "A · satu tabel panjang dengan kolom unit",
    B: "B · satu lembar per unit (PK)",
    C: "C · matriks cascading",
    D: "D · hierarki unit",
  },
  layoutShort: { A: "tabel panjang", B: "lembar per unit", C: "matriks", D: "hierarki" },
  unitLabel: "Nama unit (lembar per unit)",
  unitHint: "Kosongkan agar dibaca dari judul lembar.",
  columnAuto: (detected: string | undefined) =>
    detected ? `Otomatis (${detected})` : "Otomatis (tidak ada)",
  fields: {
    unit: "Kolom unit kerja",
    indicator: "Kolom indikator",
    target: "Kolom target",
    satuan: "Kolom satuan",
    code: "Kolom kode",
    parentLink: "Kolom IKU atasan",
    cascadeType: "Kolom jenis cascading",
    objective: "Kolom sasaran",
    polarity: "Kolom polaritas",
    consolidation: "Kolom konsolidasi",
    weight: "Kolom bobot",
    denominator: "Kolom penyebut (Target Y)",
  },
  periodsLabel: "Kolom target TW I–IV",
  periodsHint: (detected: string) =>
    `Huruf kolom berurutan, mis. "F, G, H, I" atau "F-I". Terdeteksi: ${detected}.`,
  periodsInvalid: 'Tulis huruf kolom, mis. "F, G, H, I" atau "F-I".',
  fieldShort: {
    no: "no",
    unit: "unit",
    parentUnit: "unit atasan",
    level: "eselon",
    code: "kode",
    unitCode: "kode unit",
    goal: "tujuan",
    objective: "sasaran",
    indicator: "indikator",
    satuan: "satuan",
    target: "target",
    period: "periode",
    periods: "triwulan",
    polarity: "polaritas",
    consolidation: "konsolidasi",
    weight: "bobot",
    denominator: "penyebut",
    parentLink: "IKU atasan",
    rule: "penanggung jawab",
    cascadeType: "jenis cascading",
    never: "-",
  } as Record<string, string>,
  tableLine: (range: string, layout: string, unit: string | null) =>
    `${range} · ${layout}${unit ? ` · ${unit}` : ""}`,
  columnsLine: "Kolom",
  unitShown: (unit: string) => `Unit: ${unit}`,
  tablesCount: (n: number) => `${nId(n)} tabel`,
  editMapping: "Ubah pemetaan",

  // Fill
  fillIntro:
    "Menyusun baris unit bawahan dari aturan cascading (matriks, kolom IKU atasan). Tidak ada yang ditulis sebelum Anda menerapkannya.",
  previewButton: "Pratinjau",
  applyButton: "Terapkan",
  undoButton: "Batalkan isi terakhir",
  changesHeading: (n: number) => `Perubahan (${nId(n)})`,
  conflictsHeading: (n: number) => `Konflik (${nId(n)})`,
  conflictsHint:
    "Sel-sel ini tidak ditulis kecuali Anda mencentangnya; alasannya ada di bawah tiap sel. Mencentang target sebuah baris ikut mencentang target triwulannya.",
  skippedHeading: (n: number) => `Dilewati (${nId(n)})`,
  newSheetsHeading: "Unit bawahan tanpa tabel",
  newSheetsHint:
    "Unit ini perlu baris baru tetapi belum punya tabel. Centang untuk menambah lembar dengan kepala tabel induknya.",
  newSheetFor: (unit: string) => `Tambah lembar untuk ${unit}`,
  insertsLine: (count: number, sheet: string, afterRow: number) =>
    `${nId(count)} baris baru di lembar "${sheet}" di bawah baris ${afterRow}.`,
  nothingToFill: "Tidak ada yang perlu diisi: unit bawahan sudah sesuai aturan cascading.",
  applySummary: (n: number) => `Akan ditulis: ${nId(n)} sel.`,
  applied: (n: number) =>
    `${nId(n)} sel ditulis. Gunakan "Batalkan isi terakhir" untuk mengembalikannya.`,
  refused: (sheets: string) => `Tidak ada yang ditulis: ${sheets}.`,
  downloadToKeep: "Unduh workbook untuk menyimpan perubahan ini.",
  undone: (n: number) => `Isi terakhir dibatalkan: ${nId(n)} sel dikembalikan.`,
  rowsRemoved: (n: number) => `${nId(n)} baris yang ditambahkan dihapus lagi.`,
  sheetsRemoved: (names: string[]) => `Lembar yang ditambahkan dihapus lagi: ${names.join(", ")}.`,
  sheetsKept: (names: string[]) =>
    `Lembar ${names.join(", ")} tetap ada karena sudah Anda isi; hanya isian Selaras yang dihapus.`,
  nothingToUndo: "Tidak ada isi Selaras yang dapat dibatalkan.",
  arrow: "→",

  // Susun PK
  pkIntro:
    "Menyusun lembar Perjanjian Kinerja dalam bentuk baku untuk unit yang punya IKU tetapi belum punya lembar PK: judul, para pihak, tabel indikator, program, tanda tangan, siap cetak A4.",
  pkFindButton: "Cari unit tanpa PK",
  pkApplyButton: "Susun PK",
  pkUnitsHeading: "Unit tanpa PK",
  pkUnit: (unit: string, sheet: string, n: number) => `${unit} → lembar "${sheet}" (${nId(n)} IKU)`,
  pkYearLabel: "Tahun PK",
  pkNone: "Semua unit yang punya IKU sudah punya lembar PK.",
  pkSummary: (n: number) => `Akan ditambahkan: ${nId(n)} lembar PK.`,
  pkDrafted: (sheets: string[]) =>
    `Lembar PK ditambahkan: ${sheets.join(", ")}. Lengkapi nama para pihak; "Batalkan isi terakhir" di tab Isi unit bawahan menghapusnya lagi.`,

  // Capaian
  capaianHeading: "Capaian per unit",
  capaianLevels: "Capaian per tingkat",
  capaianLevel: (depth: number) => `Tingkat ${depth}`,
  capaianRows: (n: number) => `${nId(n)} IKU`,

  // Bulk targets
  bulkIntro:
    "Bagi target satu IKU ke unit bawahan yang Anda pilih, dan sebar ke TW I–IV bila perlu.",
  parentLabel: "IKU induk",
  parentPlaceholder: "— pilih IKU —",
  parentTarget: (target: string, satuan: string, consolidation: string) =>
    `Target ${target}${satuan ? ` ${satuan}` : ""} · konsolidasi ${consolidation}`,
  consolidations: { sum: "jumlah", average: "rata-rata", last: "nilai terakhir" },
  unitsLabel: "Unit bawahan",
  unitsHint: "Unit bawahan langsung sudah dicentang.",
  unitScopeLabel: "Unit yang ditawarkan",
  unitScopes: { children: "Anak langsung", descendants: "Semua turunan" },
  unitUnder: (unit: string) => `di bawah ${unit}`,
  deeperUnits: (units: string) =>
    `${units} tidak langsung di bawah pemilik IKU ini: barisnya akan tertaut ke IKU ini melewati unit di antaranya (temuan LEVEL_SKIP). Biasanya target dibagi dulu ke anak langsung, lalu dari IKU anak itu ke unit di bawahnya.`,
  methodLabel: "Cara membagi",
  methods: {
    equal: "Sama rata",
    basis: "Menurut bobot per unit",
    shares: "Menurut bagian per unit",
  },
  shareKindLabel: "Bagian ditulis dalam",
  shareKinds: { percent: "persen (%)", absolute: "angka mutlak" },
  weightFor: (unit: string) => `Bobot ${unit}`,
  shareFor: (unit: string, percent: boolean) => `Bagian ${unit}${percent ? " (%)" : ""}`,
  shareHint: "Kosong: berbagi rata sisa bagian.",
  phasingLabel: "Sebar ke triwulan",
  phasingModes: {
    none: "Tidak disebar",
    cumulative: "Kumulatif (TW IV = tahunan)",
    "per-period": "Per triwulan (jumlah = tahunan)",
  },
  profileLabel: "Pola sebaran",
  profiles: { equal: "Sama rata", custom: "Pola sendiri" },
  profileInputLabel: "Persen per triwulan (mis. 10/30/60/100)",
  resultHeading: "Hasil",
  resultUnit: "Unit",
  resultAnnual: "Tahunan",
  quarters: ["TW I", "TW II", "TW III", "TW IV"],
  resultScroll: "Hasil, tabel dapat digeser ke samping",
  totals: { sum: "Jumlah", mean: "Rata-rata", "weighted-mean": "Rata-rata tertimbang" },
  parentRow: "Target induk",
  totalDiffers: (label: string, total: string, target: string) =>
    `${label} ${total} tidak sama dengan target induk ${target}.`,
  copyButton: "Salin ke papan klip",
  copied: "Angka disalin: tempel di Excel.",
  copyUnavailable: "Papan klip tidak tersedia di sini. Pilih tabel hasil lalu salin dengan Ctrl+C.",
  writePreviewButton: "Pratinjau penulisan",
  writeIntro:
    "Menulis target ke baris unit bawahan (baris baru bila unit belum punya baris untuk IKU ini).",
  noteAverage: "IKU berjenis rata-rata: target tiap unit sama dengan target induk, tidak dibagi.",
  noteLast: "IKU berjenis nilai terakhir: target tiap unit sama dengan target induk, tidak dibagi.",
  noteGrade: "Target berupa predikat: disalin ke tiap unit, tidak dibagi.",
  splitRefusals: {
    "no-children": () => "Pilih sedikitnya satu unit bawahan.",
    "not-numeric": (target: string, child?: string) =>
      child
        ? `Bagian untuk ${child} bukan angka.`
        : `Target induk "${target}" bukan angka, sehingga tidak dapat dibagi. Tulis target berupa angka dulu.`,
    "shares-exceed-total": () =>
      "Jumlah bagian yang diisi melebihi target induk (lebih dari 100% atau lebih dari nilainya).",
    "basis-missing": (_t: string, child?: string) =>
      `Bobot untuk ${child ?? "sebuah unit"} belum diisi.`,
    "basis-zero": () => "Semua bobot bernilai nol: tidak ada dasar pembagian.",
    "negative-share": (_t: string, child?: string) =>
      `Bagian atau bobot ${child ?? "sebuah unit"} tidak boleh negatif.`,
  },
  phasingRefusals: {
    "per-period-needs-sum":
      "Target per triwulan hanya dapat dijumlahkan pada IKU berjenis jumlah. Pilih sebaran kumulatif.",
    "profile-length": "Pola sebaran harus berisi 4 angka, satu untuk tiap triwulan.",
    "profile-not-increasing":
      "Pola kumulatif harus naik dari triwulan ke triwulan (dan pola per triwulan tidak boleh negatif).",
    "profile-not-100":
      "Pola kumulatif harus berakhir di 100; pola per triwulan harus berjumlah 100.",
    "bad-periods": "Jumlah periode tidak sah.",
    "not-numeric": "Pola sebaran berisi sesuatu yang bukan angka.",
  },
  phasingFor: (unit: string, reason: string) => `${unit}: ${reason}`,
  numberInvalid: (label: string, text: string) => `${label}: "${text}" bukan angka.`,
  precisionLine: (decimals: number) => `dibulatkan ke ${decimals} desimal`,
  parentGone: "IKU induk tidak ditemukan lagi setelah workbook dibaca ulang; pilih kembali",
  noUnits: "Unit pemilik IKU ini tidak punya unit bawahan di workbook.",

  // Pohon kinerja
  pohonIntro:
    "Pohon kinerja dari pemeriksaan terakhir: unit → Sasaran → IKU → IKU unit bawahan. Warna simpul menunjukkan temuan terberatnya; simpul yang tertutup menunjukkan temuan terberat di bawahnya.",
  pohonCheckFirst: "Pohon disusun dari hasil pemeriksaan. Periksa keselarasan dulu di tab Periksa.",
  pohonLoading: "Menyusun pohon kinerja…",
  pohonTreeLabel: "Pohon kinerja",
  pohonKeys:
    "Panah atas/bawah: pindah simpul · kanan/kiri: buka/tutup · Home/End: awal/akhir · Enter: temuan dan sel simpul.",
  pohonUnitFilter: "Unit",
  pohonAllUnits: "Semua unit",
  pohonExpandAll: "Buka semua",
  pohonCollapseAll: "Tutup semua",
  pohonToolbar: "Tampilan pohon",
  pohonZoomIn: "Perbesar",
  pohonZoomOut: "Perkecil",
  pohonZoomFit: "Muat lebar",
  pohonZoom: (percent: string) => `Perbesaran ${percent}`,
  pohonDownloadSvg: "Unduh SVG",
  pohonDownloadPng: "Unduh PNG",
  pohonDownloadHint:
    "Di sebagian versi Excel, panel tidak dapat mengunduh file. Bila tidak ada file tersimpan, buka workbook di halaman web Selaras atau jalankan `selaras tree`.",
  pohonDownloaded: (file: string) => `Gambar pohon diunduh: ${file}.`,
  pohonPngFailed: "Browser ini tidak dapat mengubah gambar menjadi PNG. Unduh SVG.",
  pohonEmpty: "Tidak ada IKU untuk digambar.",
  pohonCounts: (nodes: number, iku: number) => `${nId(nodes)} simpul, ${nId(iku)} IKU`,
  pohonUnplaced: (n: number) =>
    `${nId(n)} temuan tidak melekat pada simpul pohon (SKP, unit tidak ditemukan): lihat tab Periksa.`,
  pohonKinds: {
    unit: "Unit kerja",
    objective: "Sasaran",
    indicator: "IKU",
    missing: "Belum ada baris",
  },
  pohonEdges: {
    full: "Penuh",
    partial: "Sebagian",
    contributing: "Kontribusi",
    unknown: "Tanpa jenis",
    structure: "",
  },
  pohonEdgeLetters: { full: "F", partial: "P", contributing: "K", unknown: "?", structure: "" },
  pohonLegendLabel: "Arti garis dan warna pohon",
  pohonLegendEdge: (name: string) => `Cascading ${name.toLowerCase()}`,
  pohonLegendNone: "Tanpa temuan",
  pohonLegendMissing: "Belum ada baris",
  pohonTarget: "Target",
  pohonRequired: "Diminta",
  pohonShare: "bagian",
  pohonInferred: "disimpulkan dari baris",
  pohonFindingCount: (n: number) => `${nId(n)} temuan`,
  pohonWorstBelow: (severity: string) => `di bawahnya: ${severity.toLowerCase()}`,
  pohonNoFindings: "Tanpa temuan.",
  pohonNodeFindings: (label: string) => `Temuan: ${label}`,
  pohonNodeCell: (at: string) => `Sel ${at}`,
};

export type Strings = typeof id;

const en: Strings = {
  appTitle: "Selaras",
  appSubtitle: "IKU alignment and cascading to child units",
  needsExcel:
    "This pane needs Excel: open it from the Selaras button on Excel's Home tab. Without Excel, use the Selaras web page or the selaras command.",
  englishSwitch: "English",
  web: {
    title: "Selaras — check IKU alignment",
    intro:
      "Open an .xlsx workbook holding PK, IKU or cascading-matrix sheets. Everything runs on this computer: no data is sent anywhere.",
    open: "Open workbook",
    drop: "or drop an .xlsx file here",
    opening: "Opening the workbook…",
    download: "Download workbook",
    downloadHint: "Saves the workbook with the findings highlighted and the last fill.",
    another: "Open another workbook",
    selected: "Selected cell",
    empty: "(empty)",
    file: "Workbook",
    unsaved: "Changes not downloaded yet",
    leave:
      "The changes to this workbook have not been downloaded and will be lost. Open another workbook without downloading?",
  },
  tabsLabel: "Selaras menu",
  tabs: {
    check: "Check",
    setup: "Setup",
    fill: "Fill child units",
    bulk: "Bulk targets",
    pk: "Draft PK",
    pohon: "Performance tree",
  },
  dismiss: "Dismiss message",
  readWorkbook: "Read workbook",
  needsRead: "The workbook has not been read yet. Read it to begin.",
  reading: (sheet, done, total) => `Reading sheet "${sheet}" (${nEn(done)} of ${nEn(total)})…`,
  working: "Working…",
  phases: {
    open: "opening the workbook",
    sheets: "reading sheets",
    tables: "finding the tables",
    check: "checking alignment",
    colour: "colouring the findings",
    write: "writing",
    save: "preparing the download",
  },
  empty: "(empty)",
  noIndicators:
    "No indicator table could be read. Open Setup to see why for each sheet and to correct it.",
  operations: {
    read: "Reading the workbook",
    check: "The check",
    clear: "Clearing highlights",
    save: "Saving the mapping",
    preview: "The fill preview",
    apply: "Applying the fill",
    undo: "Undoing the last fill",
    select: "Selecting the cell",
    bulkPreview: "Previewing the targets to write",
    bulkApply: "Writing the targets",
    copy: "Copying",
    importProfile: "Importing the mapping",
    pkPreview: "Finding units without a PK",
    pkApply: "Drafting the PK",
    report: "Preparing the report",
    pohon: "Drawing the performance tree",
    pohonExport: "Downloading the tree's picture",
  },
  failed: (operation, reason) => `${operation} failed: ${reason}`,
  unknownError: "an unknown error occurred. Try again; if it persists, close and reopen this pane.",

  checkButton: "Check alignment",
  clearButton: "Clear highlights",
  checkIntro:
    "Reads every sheet, checks each IKU against its parent and child units, then colours the cells at fault and adds a Temuan (findings) sheet.",
  countsLabel: "Finding counts",
  countError: (n) => `${nEn(n)} ${n === 1 ? "error" : "errors"}`,
  countWarning: (n) => `${nEn(n)} ${n === 1 ? "warning" : "warnings"}`,
  countInfo: (n) => `${nEn(n)} info`,
  legendLabel: "Colour legend",
  allClear: "No errors or warnings: the IKU are aligned.",
  notUnderstood: "Not understood",
  checked: (n) => `Check done: ${nEn(n)} findings, the cells at fault are coloured.`,
  cleared: "Highlights and the findings sheet removed; original fills and notes restored.",
  clearedButProtected: (sheets: string[]) =>
    `Highlights removed, except on ${sheets.map((s) => `'${s}'`).join(", ")}: protected since. Unprotect it, then Clear highlights again to restore its original fills and notes.`,
  findingsLabel: "Findings",
  noUnit: "(no unit)",
  chain: "RHK chain",
  goToCell: (at) => `Select cell ${at}`,
  noCell: "no cell",
  helpToggle: "What does this mean?",
  helpMeans: "Meaning",
  helpFix: "How to fix it",
  helpMore: "Full help",
  glossaryToggle: "Glossary",
  filtersLabel: "Filter findings",
  filterSeverity: "Severity",
  filterUnit: "Unit",
  filterCode: "Code",
  allSeverities: "All severities",
  allUnits: "All units",
  allCodes: "All codes",
  searchLabel: "Search findings",
  searchPlaceholder: "word, unit, IKU, cell…",
  summaryToggle: "Summary per unit",
  summaryUnit: "Unit",
  unitsNotDone: (n, m) => `${nEn(n)} of ${nEn(m)} units still have errors.`,
  showUnit: (unit) => `Show the findings of ${unit}`,
  shownOf: (n, total) => `Showing ${nEn(n)} of ${nEn(total)} findings.`,
  showMore: (n) => `Show ${nEn(n)} more`,
  noMatch: "No finding matches these filters.",
  suggestionsLabel: "Suggested parents",
  acceptParent: (parent) => `Use parent ${parent}`,
  fillFromParent: "Fill from the parent",
  reportButton: "Print report",
  reportFile: "selaras-report.html",
  reportOpened: "The report opened in a new tab: print it or save it as PDF from there.",
  reportDownloaded:
    "The report was downloaded (selaras-report.html): open it in a browser, then print or save it as PDF.",
  fillFocused: (iku, unit) =>
    `Only what IKU ${iku} cascades${unit ? ` to ${unit}` : ""}, for the chosen finding.`,
  fillFocusedNothing:
    "Nothing to fill from the parent for this finding: the row already follows its parent IKU, or the cascade cannot be derived (see why below).",
  fillShowAll: "Show the whole fill",
  acceptPreview: (cell, from, to) =>
    `Write ${cell}: ${from} → ${to}? "Undo last fill" restores it.`,
  acceptApply: "Write",
  acceptCancel: "Cancel",
  accepted: (cell, to) => `${cell} now links to ${to}.`,
  acceptRefused: {
    "no-row": "This finding's row is no longer there: check again first.",
    "no-link-column":
      "This table has no parent-IKU column: add one, or write the parent in the matrix.",
    formula: "This row's parent-IKU cell holds a formula: Selaras does not overwrite it.",
  },

  setupIntro:
    "What was detected on each sheet. Where it is wrong, change the mapping and save: the choice is kept in the workbook and used every time.",
  yearLabel: "Year",
  yearHint: (detected) => `Detected: ${detected}`,
  frameworkLabel: "Framework",
  frameworkAuto: (detected) => `Automatic (${detected})`,
  frameworks: { kemenkeu: "Kemenkeu", permenpan: "PermenPAN-RB" },
  saveButton: "Save",
  saved: "Mapping saved and the workbook read again.",
  exportProfile: "Export mapping",
  importProfile: "Import mapping",
  imported: (file) => `The mapping from ${file} is saved in this workbook, which was read again.`,
  status: { read: "read", ignored: "ignored", refused: "refused" },
  readAs: "Read as",
  layoutLabel: "Read sheet as",
  layoutAuto: "Automatic",
  layoutIgnore: "Ignore this sheet",
  layouts: {
    A: "A · one long table with a unit column",
    B: "B · a sheet per unit (PK)",
    C: "C · cascade matrix",
    D: "D · unit hierarchy",
  },
  layoutShort: { A: "long table", B: "sheet per unit", C: "matrix", D: "hierarchy" },
  unitLabel: "Unit name (sheet per unit)",
  unitHint: "Leave empty to take it from the sheet's title.",
  columnAuto: (detected) => (detected ? `Automatic (${detected})` : "Automatic (none)"),
  fields: {
    unit: "Unit column",
    indicator: "Indicator column",
    target: "Target column",
    satuan: "Unit of measure (satuan) column",
    code: "Code column",
    parentLink: "Parent IKU column",
    cascadeType: "Cascade type column",
    objective: "Sasaran (objective) column",
    polarity: "Polarity column",
    consolidation: "Consolidation column",
    weight: "Weight (bobot) column",
    denominator: "Denominator (Target Y) column",
  },
  periodsLabel: "TW I–IV target columns",
  periodsHint: (detected) =>
    `Column letters in order, e.g. "F, G, H, I" or "F-I". Detected: ${detected}.`,
  periodsInvalid: 'Write column letters, e.g. "F, G, H, I" or "F-I".',
  fieldShort: {
    no: "no",
    unit: "unit",
    parentUnit: "parent unit",
    level: "level",
    code: "code",
    unitCode: "unit code",
    goal: "goal",
    objective: "objective",
    indicator: "indicator",
    satuan: "satuan",
    target: "target",
    period: "period",
    periods: "quarters",
    polarity: "polarity",
    consolidation: "consolidation",
    weight: "weight",
    denominator: "denominator",
    parentLink: "parent IKU",
    rule: "responsible units",
    cascadeType: "cascade type",
    never: "-",
  },
  tableLine: (range, layout, unit) => `${range} · ${layout}${unit ? ` · ${unit}` : ""}`,
  columnsLine: "Columns",
  unitShown: (unit) => `Unit: ${unit}`,
  tablesCount: (n) => `${nEn(n)} ${n === 1 ? "table" : "tables"}`,
  editMapping: "Change mapping",

  fillIntro:
    "Builds the child units' rows from the cascade rules (matrix, parent IKU column). Nothing is written until you apply it.",
  previewButton: "Preview",
  applyButton: "Apply",
  undoButton: "Undo last fill",
  changesHeading: (n) => `Changes (${nEn(n)})`,
  conflictsHeading: (n) => `Conflicts (${nEn(n)})`,
  conflictsHint:
    "These cells are not written unless you tick them; the reason is under each one. Ticking a row's target ticks its quarter targets too.",
  skippedHeading: (n) => `Skipped (${nEn(n)})`,
  newSheetsHeading: "Child units without a table",
  newSheetsHint:
    "These units need new rows but have no table yet. Tick one to add a sheet with its parent table's header.",
  newSheetFor: (unit) => `Add a sheet for ${unit}`,
  insertsLine: (count, sheet, afterRow) =>
    `${nEn(count)} new ${count === 1 ? "row" : "rows"} on sheet "${sheet}" below row ${afterRow}.`,
  nothingToFill: "Nothing to fill: the child units already follow the cascade rules.",
  applySummary: (n) => `To be written: ${nEn(n)} ${n === 1 ? "cell" : "cells"}.`,
  applied: (n) =>
    `${nEn(n)} ${n === 1 ? "cell" : "cells"} written. "Undo last fill" restores them.`,
  refused: (sheets) => `Nothing was written: ${sheets}.`,
  downloadToKeep: "Download the workbook to keep these changes.",
  undone: (n) => `Last fill undone: ${nEn(n)} ${n === 1 ? "cell" : "cells"} restored.`,
  rowsRemoved: (n) => `${nEn(n)} added ${n === 1 ? "row" : "rows"} removed again.`,
  sheetsRemoved: (names) => `The sheets it added were removed: ${names.join(", ")}.`,
  sheetsKept: (names) =>
    `The sheets ${names.join(", ")} stay because you have written on them; only Selaras's cells were cleared.`,
  nothingToUndo: "There is no Selaras fill to undo.",
  arrow: "→",

  pkIntro:
    "Drafts a Perjanjian Kinerja sheet in the standard form for each unit with IKU and no PK sheet: title, parties, indicator table, programmes, signatures, ready to print on A4.",
  pkFindButton: "Find units without a PK",
  pkApplyButton: "Draft PK",
  pkUnitsHeading: "Units without a PK",
  pkUnit: (unit, sheet, n) => `${unit} → sheet "${sheet}" (${nEn(n)} ${n === 1 ? "IKU" : "IKUs"})`,
  pkYearLabel: "PK year",
  pkNone: "Every unit with IKU already has a PK sheet.",
  pkSummary: (n) => `To be added: ${nEn(n)} PK ${n === 1 ? "sheet" : "sheets"}.`,
  pkDrafted: (sheets) =>
    `PK sheets added: ${sheets.join(", ")}. Fill in the parties' names; "Undo last fill" on the Fill tab removes them again.`,

  capaianHeading: "Capaian per unit",
  capaianLevels: "Capaian per level",
  capaianLevel: (depth) => `Level ${depth}`,
  capaianRows: (n) => `${nEn(n)} ${n === 1 ? "IKU" : "IKUs"}`,

  bulkIntro:
    "Split one IKU's target over the child units you choose, and phase it over TW I–IV if needed.",
  parentLabel: "Parent IKU",
  parentPlaceholder: "— choose an IKU —",
  parentTarget: (target, satuan, consolidation) =>
    `Target ${target}${satuan ? ` ${satuan}` : ""} · consolidation ${consolidation}`,
  consolidations: { sum: "sum", average: "average", last: "take last known" },
  unitsLabel: "Child units",
  unitsHint: "The direct child units are ticked.",
  unitScopeLabel: "Units offered",
  unitScopes: { children: "Direct children", descendants: "All descendants" },
  unitUnder: (unit) => `under ${unit}`,
  deeperUnits: (units) =>
    `${units}: not directly under this IKU's owner, so its row would link to this IKU past the unit in between (a LEVEL_SKIP finding). A target is usually split to the direct children first, then from a child's IKU to the units under it.`,
  methodLabel: "Split method",
  methods: {
    equal: "Equal shares",
    basis: "By weights per unit",
    shares: "By shares per unit",
  },
  shareKindLabel: "Shares are written as",
  shareKinds: { percent: "percent (%)", absolute: "absolute numbers" },
  weightFor: (unit) => `Weight of ${unit}`,
  shareFor: (unit, percent) => `Share of ${unit}${percent ? " (%)" : ""}`,
  shareHint: "Empty: shares what is left equally.",
  phasingLabel: "Phase over quarters",
  phasingModes: {
    none: "No phasing",
    cumulative: "Cumulative (TW IV = annual)",
    "per-period": "Per quarter (sum = annual)",
  },
  profileLabel: "Phasing profile",
  profiles: { equal: "Equal", custom: "Own profile" },
  profileInputLabel: "Percent per quarter (e.g. 10/30/60/100)",
  resultHeading: "Result",
  resultUnit: "Unit",
  resultAnnual: "Annual",
  quarters: ["TW I", "TW II", "TW III", "TW IV"],
  resultScroll: "Result, the table scrolls sideways",
  totals: { sum: "Total", mean: "Mean", "weighted-mean": "Weighted mean" },
  parentRow: "Parent's target",
  totalDiffers: (label, total, target) => `${label} ${total} is not the parent's target ${target}.`,
  copyButton: "Copy to clipboard",
  copied: "Numbers copied: paste them into Excel.",
  copyUnavailable:
    "The clipboard is not available here. Select the result table and copy it with Ctrl+C.",
  writePreviewButton: "Preview writing",
  writeIntro:
    "Writes the targets into the child units' rows (a new row where a unit has none for this IKU).",
  noteAverage: "An average-type IKU: each unit's target equals the parent's, nothing is split.",
  noteLast: "A take-last-known IKU: each unit's target equals the parent's, nothing is split.",
  noteGrade: "The target is a grade: copied to every unit, never split.",
  splitRefusals: {
    "no-children": () => "Choose at least one child unit.",
    "not-numeric": (target, child) =>
      child
        ? `The share for ${child} is not a number.`
        : `The parent's target "${target}" is not a number, so it cannot be split. Write a numeric target first.`,
    "shares-exceed-total": () =>
      "The shares entered exceed the parent's target (more than 100% or more than its value).",
    "basis-missing": (_t, child) => `The weight of ${child ?? "a unit"} is missing.`,
    "basis-zero": () => "Every weight is zero: there is nothing to split by.",
    "negative-share": (_t, child) =>
      `The share or weight of ${child ?? "a unit"} cannot be negative.`,
  },
  phasingRefusals: {
    "per-period-needs-sum":
      "Per-quarter targets only add up for a sum-type IKU. Choose cumulative phasing.",
    "profile-length": "The phasing profile needs 4 numbers, one per quarter.",
    "profile-not-increasing":
      "A cumulative profile must rise from quarter to quarter (and a per-quarter profile cannot be negative).",
    "profile-not-100":
      "A cumulative profile must end at 100; a per-quarter profile must sum to 100.",
    "bad-periods": "The number of periods is not valid.",
    "not-numeric": "The phasing profile holds something that is not a number.",
  },
  phasingFor: (unit, reason) => `${unit}: ${reason}`,
  numberInvalid: (label, text) => `${label}: "${text}" is not a number.`,
  precisionLine: (decimals) => `rounded to ${decimals} ${decimals === 1 ? "decimal" : "decimals"}`,
  parentGone: "The parent IKU is no longer there after reading the workbook again; choose it again",
  noUnits: "The unit that owns this IKU has no units under it in the workbook.",

  pohonIntro:
    "The performance tree (pohon kinerja) of the last check: unit → objective → IKU → the child units' IKU. A node's colour is its worst finding; a closed node shows the worst finding below it.",
  pohonCheckFirst: "The tree is drawn from a check. Check alignment first, on the Check tab.",
  pohonLoading: "Drawing the performance tree…",
  pohonTreeLabel: "Performance tree",
  pohonKeys:
    "Up/down arrows: move · right/left: open/close · Home/End: first/last · Enter: the node's findings and cell.",
  pohonUnitFilter: "Unit",
  pohonAllUnits: "All units",
  pohonExpandAll: "Open all",
  pohonCollapseAll: "Close all",
  pohonToolbar: "Tree view",
  pohonZoomIn: "Zoom in",
  pohonZoomOut: "Zoom out",
  pohonZoomFit: "Fit width",
  pohonZoom: (percent) => `Zoom ${percent}`,
  pohonDownloadSvg: "Download SVG",
  pohonDownloadPng: "Download PNG",
  pohonDownloadHint:
    "Some versions of Excel do not let a pane download files. If no file is saved, open the workbook in Selaras's web page or run `selaras tree`.",
  pohonDownloaded: (file) => `Tree picture downloaded: ${file}.`,
  pohonPngFailed: "This browser cannot turn the picture into a PNG. Download the SVG.",
  pohonEmpty: "No IKU to draw.",
  pohonCounts: (nodes, iku) => `${nEn(nodes)} nodes, ${nEn(iku)} IKU`,
  pohonUnplaced: (n) =>
    `${nEn(n)} ${n === 1 ? "finding belongs" : "findings belong"} to no node of the tree (SKP, units not found): see the Check tab.`,
  pohonKinds: {
    unit: "Unit",
    objective: "Objective",
    indicator: "IKU",
    missing: "No row yet",
  },
  pohonEdges: {
    full: "Full",
    partial: "Partial",
    contributing: "Contributing",
    unknown: "No type",
    structure: "",
  },
  pohonEdgeLetters: { full: "F", partial: "P", contributing: "C", unknown: "?", structure: "" },
  pohonLegendLabel: "What the tree's lines and colours mean",
  pohonLegendEdge: (name) => `${name} cascade`,
  pohonLegendNone: "No findings",
  pohonLegendMissing: "No row yet",
  pohonTarget: "Target",
  pohonRequired: "Required",
  pohonShare: "share",
  pohonInferred: "inferred from the rows",
  pohonFindingCount: (n) => `${nEn(n)} ${n === 1 ? "finding" : "findings"}`,
  pohonWorstBelow: (severity) => `below: ${severity.toLowerCase()}`,
  pohonNoFindings: "No findings.",
  pohonNodeFindings: (label) => `Findings: ${label}`,
  pohonNodeCell: (at) => `Cell ${at}`,
};

export const STRINGS: Record<Lang, Strings> = { id, en };

export interface I18n {
  lang: Lang;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: "id", t: id });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
