/**
 * Help for planners: what each finding code means and how to fix it in the workbook, and a
 * glossary of the terms the findings use — in Indonesian (the default) and English. The pane shows
 * it beside each finding; src/help.html carries the same texts (test/core/help.test.ts keeps them
 * together; scripts/help-html.js writes the page from this module).
 *
 * Texts quote column headers, sheet titles and button names as planners see them (“IKU Atasan”,
 * “Isi unit bawahan”); a quoted name stays Indonesian in the English texts where it is the
 * workbook's own word.
 */
import type { FindingCode } from "./findings";
import type { Lang } from "./messages";

export interface CodeHelp {
  /** What the finding means, one or two plain sentences. */
  means: string;
  /** What a planner does to fix it, concrete steps in the workbook. */
  fix: string;
}

export interface GlossaryEntry {
  term: string;
  means: string;
}

const ID: Record<FindingCode, CodeHelp> = {
  MISSING_CONTRIBUTION: {
    means:
      "Matriks cascading atau kolom penanggung jawab menyatakan sebuah unit bawahan mengampu IKU atasan ini, tetapi unit itu belum punya baris untuknya.",
    fix: "Untuk cascading penuh atau sebagian, jalankan “Isi unit bawahan”: Selaras menambahkan barisnya setelah Anda melihat pratinjaunya. Untuk kontribusi, tulis sendiri indikator unit itu dan isi kolom “IKU Atasan” dengan kode IKU ini. Bila unit itu memang tidak mengampunya, kosongkan sel matriksnya.",
  },
  ORPHAN: {
    means:
      "Indikator unit bawahan ini tidak menaut ke IKU atasan mana pun, dan sasarannya tidak sama dengan sasaran unit atasannya. Selaras mengusulkan hingga tiga IKU atasan yang paling mirip.",
    fix: "Tulis kode IKU atasan yang didukungnya di kolom “IKU Atasan” (boleh memakai salah satu usulan Selaras: tombol “Pakai induk …” di panel menuliskannya), atau samakan teks Sasaran dengan sasaran unit atasan. Bila ini memang kinerja di luar cascading, letakkan di bawah judul “Kinerja Tambahan”.",
  },
  BROKEN_LINK: {
    means:
      "Kolom “IKU Atasan” atau baris matriks menyebut IKU atasan yang tidak ada di unit atasan maupun unit di atasnya. Pada SKP: RHK pimpinan yang disebut tidak ada di SKP pimpinannya.",
    fix: "Betulkan kode atau nama di kolom “IKU Atasan” (atau di baris matriks) agar sama dengan yang tertulis di tabel unit atasan; Selaras mengusulkan IKU atasan yang mirip, dan tombol “Pakai induk …” menuliskannya. Pada SKP, salin teks RHK persis dari SKP pimpinan ke kolom “RHK Pimpinan yang Diintervensi”.",
  },
  FULL_DRIFT: {
    means:
      "IKU yang diturunkan penuh harus sama dengan IKU atasannya, tetapi nama, target tahunan atau target TW-nya berbeda. Pesan temuan menyebut bagian mana yang berbeda.",
    fix: "Samakan nama indikator, target tahunan dan target TW I–IV dengan IKU atasan; “Isi unit bawahan” dapat menuliskannya (sel yang sudah berisi baru ditimpa bila Anda mencentangnya). Bila target unit ini memang hanya bagian dari target atasan, ubah “Jenis Cascading” menjadi sebagian.",
  },
  PARTIAL_SHORTFALL: {
    means:
      "Walaupun semua unit bawahan yang mengampu sebagian mencapai targetnya, target IKU atasan belum terjamin: gabungan target mereka (menurut konsolidasi) kurang dari target atasan. Untuk polaritas Minimal artinya gabungannya lebih besar; untuk Stabil, ada target di luar rentang atasan.",
    fix: "Naikkan target unit bawahan yang kurang, atau tambahkan unit yang ikut mengampu, sampai gabungannya memenuhi target atasan. “Target massal” dapat membagi target atasan sama rata, menurut bobot per unit, atau menurut bagian per unit. Periksa juga kolom “Konsolidasi”: persentase dan indeks dirata-rata, bukan dijumlah.",
  },
  UNIT_MISMATCH: {
    means:
      "Baris yang diturunkan penuh atau sebagian memakai satuan berbeda dari IKU atasannya, misalnya orang di bawah IKU ber-satuan %. Beda ejaan saja (Persen = %, Dok = Dokumen) tidak dihitung.",
    fix: "Samakan kolom Satuan dengan satuan IKU atasan, lalu sesuaikan targetnya ke satuan itu. Bila unit ini memang mengukur hal lain, ubah “Jenis Cascading” menjadi kontribusi.",
  },
  POLARITY_MISMATCH: {
    means:
      "Baris yang diturunkan penuh atau sebagian menyatakan polaritas berbeda dari IKU atasannya, misalnya Minimal di bawah IKU Maksimal. Hanya polaritas yang tertulis di kolom Polaritas yang dibandingkan.",
    fix: "Samakan kolom Polaritas dengan IKU atasan: Maksimal, Minimal atau Stabil. Bila yang keliru justru IKU atasan, betulkan di tabel unit atasan.",
  },
  TARGET_INVALID: {
    means:
      "Target tidak terbaca sebagai angka padahal angka diperlukan: satuannya numerik (%, orang, indeks, Rp, hari…) atau baris ini ikut dalam cascading sebagian.",
    fix: "Tulis target sebagai angka, boleh dengan satuannya: “85”, “85 %”, “Rp 1.250.000”, “80 s.d. 90”. Pindahkan penjelasan ke kolom Keterangan. Bila target memang predikat (WTP, BB), tulis satuannya “Predikat” atau “Opini”.",
  },
  LINK_CYCLE: {
    means:
      "Tautan IKU atasan saling merujuk melingkar (A menaut ke B, B kembali ke A), atau hubungan unit atasan dan bawahan melingkar. Pesan temuan menyebut urutan lingkarannya.",
    fix: "Telusuri urutan itu dan hapus tautan yang keliru di kolom “IKU Atasan”, biasanya baris yang menaut ke IKU unit bawahannya sendiri. Untuk lingkaran antarunit, betulkan kolom “Unit Atasan” atau lembar hierarki unit.",
  },
  LINK_NOT_UPWARD: {
    means:
      "Baris ini menaut ke IKU milik unit yang bukan atasannya: unit itu sendiri, unit setingkat, atau unit di bawahnya. Cascading hanya mengikuti IKU unit di atasnya.",
    fix: "Ganti isi kolom “IKU Atasan” (atau baris matriks) dengan IKU milik unit atasan. Bila unit ini sebenarnya berada di bawah unit yang dirujuk, betulkan hierarkinya di kolom “Unit Atasan” atau lembar hierarki unit.",
  },
  UNIT_NOT_FOUND: {
    means:
      "Kolom matriks, kolom penanggung jawab atau sel unit atasan menyebut unit yang tidak punya baris di mana pun dalam workbook. Selaras menyebut nama unit terdekat, karena sering ini salah ketik.",
    fix: "Samakan nama unit di sel itu dengan nama yang dipakai di tabel unit tersebut (judul lembar PK atau kolom Unit Kerja). Bila unit itu memang belum punya IKU, tambahkan tabelnya atau hapus namanya dari matriks.",
  },
  PARTIAL_UNVERIFIED: {
    means:
      "Rata-rata target unit bawahan (cascading sebagian, konsolidasi rata-rata) di bawah target atasan, tetapi sebagian unit di atasnya. Tanpa bobot Selaras tidak dapat menilainya, karena besar wilayah atau unit berbeda.",
    fix: "Tambahkan kolom penyebut (“Target Y” atau “Penyebut”: jumlah pegawai, penduduk, berkas) di baris unit bawahan, atau tulis bagian persen di matriks (“P 40%”). Bila rata-rata tanpa bobot pun harus memenuhi, naikkan target unit yang kurang.",
  },
  NOT_CASCADED: {
    means:
      "IKU unit ini belum diturunkan ke unit bawahan mana pun, padahal unit bawahannya ada di workbook. Tidak ada tautan, tanda matriks atau sasaran bawahan yang merujuknya.",
    fix: "Tandai unit bawahan yang mengampunya di matriks cascading (F, P atau K), atau isi kolom “IKU Atasan” di baris unit bawahan, lalu jalankan “Isi unit bawahan”. Bila IKU ini memang dikerjakan sendiri oleh unit ini, peringatan ini boleh diabaikan.",
  },
  CONTRIBUTING_IS_COPY: {
    means:
      "Baris ini ditandai kontribusi, tetapi nama dan satuannya sama dengan IKU atasan. Indikator kontribusi adalah indikator unit sendiri; salinan IKU atasan berarti cascading penuh atau sebagian.",
    fix: "Ubah “Jenis Cascading” atau tanda matriksnya menjadi penuh (target sama) atau sebagian (bagian dari target). Periksa juga Kerangka di tab Pemetaan: “Tidak langsung” berarti sebagian menurut Kemenkeu, tetapi kontribusi menurut PermenPAN-RB. Bila memang kontribusi, tulis indikator khas unit ini.",
  },
  LEVEL_SKIP: {
    means:
      "Baris ini menaut ke IKU unit di atas atasan langsungnya, melompati satu tingkat. Cascading boleh melompat tingkat, tetapi sering ini keliru.",
    fix: "Bila disengaja, biarkan. Bila tidak, isi kolom “IKU Atasan” dengan IKU atasan langsung yang menurunkan IKU tersebut, atau tambahkan IKU itu ke tabel atasan langsung.",
  },
  DUPLICATE_INDICATOR: {
    means:
      "Nama indikator atau kode yang sama muncul dua kali dalam satu unit (pada SKP: dua IKI sama dalam satu RHK). Temuan ada di kemunculan kedua dan menyebut sel yang pertama.",
    fix: "Hapus baris ganda, atau bedakan namanya bila keduanya memang indikator lain (misalnya per wilayah). Bila kemunculan kedua adalah Rencana Aksi, letakkan di tabel terpisah di bawah PK atau di lembar berjudul “RENCANA AKSI” unit itu.",
  },
  TARGET_MISSING: {
    means:
      "Indikator ini belum punya target, atau targetnya masih tanda sementara (“-”, “…”, “TBD”).",
    fix: "Isi kolom Target dengan angka atau predikat. Untuk unit bawahan dengan cascading penuh atau sebagian, “Isi unit bawahan” atau “Target massal” dapat menuliskannya dari target atasan.",
  },
  QUARTER_INCONSISTENT: {
    means:
      "Target TW I–IV tidak cocok dengan target tahunan menurut cara baca mana pun: jumlah TW = tahunan (konsolidasi jumlah), TW IV = tahunan (kumulatif), atau rata-rata TW = tahunan (konsolidasi rata-rata). Juga bila hanya sebagian TW yang terisi.",
    fix: "Betulkan target TW atau target tahunan agar salah satu cara baca terpenuhi, dan isi semua TW. Bila hanya target tahunan yang dipakai, kosongkan TW I–III dan isi TW IV sama dengan tahunan. “Target massal” dapat menyebar target tahunan ke TW I–IV secara kumulatif atau per triwulan.",
  },
  WEIGHTS_NOT_100: {
    means:
      "Jumlah bobot indikator satu unit bukan 100%, hanya sebagian indikatornya yang berbobot, atau ada bobot yang tidak terbaca sebagai angka. “0,2” dan “20 %” sama-sama dibaca 20%.",
    fix: "Isi kolom Bobot setiap indikator unit itu dengan angka sehingga jumlahnya 100%; baris di bawah “Kinerja Tambahan” tidak dihitung. Tulis semua bobot dengan cara yang sama: semua pecahan (0,2) atau semua persen (20 %).",
  },
  RULE_CONFLICT: {
    means:
      "Dua sumber tautan (matriks cascading, kolom “IKU Atasan”, kolom penanggung jawab, kolom “Jenis Cascading”) berbeda pendapat tentang IKU atasan atau jenis cascading sebuah baris. Juga bila satu kode IKU atasan cocok dengan beberapa baris di unit atasan.",
    fix: "Putuskan mana yang benar, lalu samakan sumber lainnya: kolom “IKU Atasan” dan “Jenis Cascading” di baris itu, serta sel matriksnya. Bila kode di unit atasan ganda, beri setiap IKU atasan kode sendiri.",
  },
  OVER_ALLOCATED: {
    means:
      "Gabungan target unit bawahan yang mengampu sebagian melebihi yang dibutuhkan target IKU atasan. Ini informasi, bukan kesalahan.",
    fix: "Tidak wajib diubah. Bila kelebihan itu tidak disengaja, turunkan target unit bawahan atau naikkan target atasan; “Target massal” dapat membagi ulang target atasan dengan tepat.",
  },
  LOW_RELEVANCE: {
    means:
      "Indikator kontribusi ini tidak berbagi satu istilah pun dengan IKU atasan atau sasarannya, setelah kata umum dan imbuhan diabaikan. Mungkin tautannya keliru.",
    fix: "Periksa apakah kolom “IKU Atasan” baris ini menunjuk IKU atasan yang benar. Bila benar, tidak perlu diubah; memakai istilah IKU atasan dalam nama indikator memperjelas hubungannya.",
  },
  HIERARCHY_UNKNOWN: {
    means:
      "Unit ini bukan unit teratas, tetapi atasannya tidak diketahui dari workbook. Selama atasannya belum diketahui, IKU-nya tidak dapat diperiksa terhadap IKU atasan.",
    fix: "Tulis unit atasannya di kolom “Unit Atasan”, di lembar hierarki unit (Unit | Unit Atasan | Eselon), atau di baris pihak kedua PK unit itu.",
  },
  EXTERNAL_LINK: {
    means:
      "IKU atasan (pada SKP: RHK pimpinan) yang dirujuk berada di luar workbook ini, sehingga tidak dapat diperiksa. Ini informasi, bukan kesalahan.",
    fix: "Tidak perlu diubah. Agar tautan ikut diperiksa, tambahkan lembar IKU unit atasan atau SKP pimpinan ke workbook yang sama.",
  },
  RHK_NOT_INTERVENING: {
    means:
      "RHK pegawai non-JPT ini tidak menyebut RHK pimpinan yang diintervensinya. Setiap RHK administrator, pengawas, pelaksana dan JF harus mengintervensi RHK pimpinan (PermenPAN-RB 6/2022).",
    fix: "Isi kolom “RHK Pimpinan yang Diintervensi” dengan teks RHK pimpinan persis seperti di SKP pimpinan. Bila RHK ini kinerja tambahan, letakkan di bawah judul “Kinerja Tambahan”.",
  },
  LEADER_RHK_UNUSED: {
    means:
      "RHK pimpinan ini tidak diintervensi oleh satu pun bawahannya di workbook. Mungkin belum dibagi ke bawahan, atau teks yang ditulis bawahan berbeda.",
    fix: "Bagi RHK ini ke bawahan: tulis teksnya di kolom “RHK Pimpinan yang Diintervensi” pada SKP bawahan yang mengerjakannya. Bila bawahan sudah merujuknya, samakan teksnya dengan RHK pimpinan.",
  },
  RHK_OVERLAP: {
    means:
      "Dua pegawai dengan pimpinan yang sama punya RHK yang sama di bawah RHK pimpinan yang sama. Ini tumpang tindih dalam “Matriks Pembagian Peran dan Hasil”.",
    fix: "Bedakan hasil kerja masing-masing pegawai (misalnya per wilayah, per tahap, atau per jenis layanan), atau gabungkan menjadi satu RHK milik satu pegawai.",
  },
  JPT_RHK_NOT_IN_PK: {
    means:
      "RHK pejabat JPT ini tidak cocok dengan IKU atau sasaran mana pun di PK unitnya, padahal RHK JPT berasal dari PK.",
    fix: "Samakan teks RHK dengan sasaran atau IKU di lembar PK unit itu. Bila RHK ini kinerja tambahan, letakkan di bawah judul “Kinerja Tambahan”.",
  },
  DURATION_OVER_DAY: {
    means:
      "Jumlah durasi kegiatan seorang pegawai pada satu tanggal melebihi waktu kerja efektif harian (bawaan 300 menit).",
    fix: "Periksa durasi kegiatan pada tanggal itu di log e-Kinerja: betulkan salah ketik (menit atau jam:menit), atau pindahkan kegiatan ke tanggal yang benar. Bila instansi memakai standar lain, ubah waktu efektif harian di profil pemetaan.",
  },
  ACTIVITY_UNLINKED: {
    means:
      "Kegiatan di log e-Kinerja tidak menyebut RHK, atau menyebut RHK yang tidak ada di SKP pegawai itu.",
    fix: "Isi kolom RHK kegiatan itu dengan teks RHK persis seperti di SKP pegawai tersebut.",
  },
  REALISASI_CONFLICT: {
    means:
      "Satu IKU dari satu unit tercatat dengan dua realisasi berbeda di workbook, misalnya di lembar perhitungan dan di rekapnya.",
    fix: "Tentukan angka yang benar dan samakan kedua sel. Sebaiknya sel rekap merujuk sel sumbernya dengan rumus.",
  },
  REALISASI_MISMATCH: {
    means:
      "Realisasi IKU atasan tidak sama dengan gabungan realisasi unit bawahan yang mengampu sebagian (menurut konsolidasi), atau realisasi unit dengan cascading penuh berbeda dari realisasi IKU atasannya.",
    fix: "Periksa realisasi unit bawahan dan IKU atasan, lalu betulkan yang keliru. Pada cascading penuh, realisasi unit bawahan sama dengan realisasi IKU atasan (tanggung renteng).",
  },
  CAPAIAN_WRONG: {
    means:
      "Capaian yang tertulis berbeda dari capaian yang dihitung dari target, realisasi dan polaritas. Sering karena rumus Maksimal (R/T × 100) dipakai untuk IKU Minimal, yang rumusnya (2 − R/T) × 100.",
    fix: "Betulkan rumus di kolom Capaian sesuai polaritas IKU, atau betulkan kolom Polaritas bila polaritasnya yang keliru. Selaras membatasi capaian pada 0–120; batas ini dapat diubah di profil pemetaan.",
  },
  REALISASI_MISSING: {
    means:
      "Periode (TW atau semester) yang sudah berakhir punya target tetapi belum ada realisasinya. Tanpa tanggal pelaporan di profil, periode terakhir yang sudah diisi di workbook menjadi batas pelaporan.",
    fix: "Isi realisasi periode itu di kolom Realisasi TW-nya. Bila periode itu belum waktunya dilaporkan, atur tanggal pelaporan di profil pemetaan.",
  },
  REALISASI_PERIODS: {
    means:
      "Realisasi tahunan tidak cocok dengan realisasi per periode menurut cara baca mana pun: jumlah, periode terakhir (kumulatif), atau rata-rata. Bila baris nomor kolom menyatakan tahunan = jumlah TW, hanya jumlah yang diterima.",
    fix: "Betulkan realisasi tahunan atau realisasi TW agar cocok. Sebaiknya realisasi tahunan dihitung dengan rumus dari kolom TW.",
  },
};

const EN: Record<FindingCode, CodeHelp> = {
  MISSING_CONTRIBUTION: {
    means:
      "The cascade matrix or a responsible-unit column says a child unit takes this parent IKU, but that unit has no row for it.",
    fix: "For a full or partial cascade, run “Fill child units”: Selaras adds the row once you have seen its preview. For a contributing one, write the unit's own indicator and put this IKU's code in the “IKU Atasan” column. If the unit does not take it after all, clear its matrix cell.",
  },
  ORPHAN: {
    means:
      "This child-unit indicator links to no parent IKU, and its Sasaran (objective) matches none of its parent unit's. Selaras suggests up to three of the closest parent IKUs.",
    fix: "Write the code of the parent IKU it supports in the “IKU Atasan” column (one of Selaras's suggestions will do: the pane's “Use parent …” button writes it), or make its Sasaran text the same as the parent unit's. If it really is work outside the cascade, put it under a “Kinerja Tambahan” heading.",
  },
  BROKEN_LINK: {
    means:
      "The “IKU Atasan” column or a matrix row names a parent IKU that neither the parent unit nor any unit above it has. In an SKP: the leader's RHK it names is not in the leader's SKP.",
    fix: "Correct the code or name in the “IKU Atasan” column (or in the matrix row) so that it matches what the parent unit's table says; Selaras suggests similar parent IKUs, and the “Use parent …” button writes one in. In an SKP, copy the RHK text exactly from the leader's SKP into the “RHK Pimpinan yang Diintervensi” column.",
  },
  FULL_DRIFT: {
    means:
      "An IKU cascaded in full must equal its parent IKU, but its name, annual target or TW targets differ. The finding's message says which part differs.",
    fix: "Make the indicator name, the annual target and the TW I–IV targets equal to the parent IKU's; “Fill child units” can write them (cells that already hold a value are overwritten only if you tick them). If this unit's target really is only a share of the parent's, change “Jenis Cascading” to partial.",
  },
  PARTIAL_SHORTFALL: {
    means:
      "Even if every child unit taking a partial share meets its target, the parent IKU's target is not guaranteed: their combined targets (by consolidation) fall short of the parent's. For Minimize polarity this means the combination is higher; for Stabilize, a target lies outside the parent's band.",
    fix: "Raise the short child units' targets, or add units that share the IKU, until the combination meets the parent's target. “Bulk targets” can split the parent's target in equal shares, by weights per unit, or by shares per unit. Check the “Konsolidasi” column too: percentages and indices are averaged, not summed.",
  },
  UNIT_MISMATCH: {
    means:
      "A row cascaded in full or in part uses a different satuan (unit of measure) from its parent IKU, for example persons under an IKU in %. A mere spelling difference (Persen = %, Dok = Dokumen) does not count.",
    fix: "Make the Satuan column equal to the parent IKU's satuan, then restate the target in that satuan. If the unit really measures something else, change “Jenis Cascading” to contributing.",
  },
  POLARITY_MISMATCH: {
    means:
      "A row cascaded in full or in part states a different polarity from its parent IKU, for example Minimize under a Maximize IKU. Only polarities written in a Polaritas column are compared.",
    fix: "Make the Polaritas column equal to the parent IKU's: Maksimal, Minimal or Stabil. If it is the parent IKU that is wrong, correct it in the parent unit's table.",
  },
  TARGET_INVALID: {
    means:
      "The target cannot be read as a number where one is needed: its satuan is numeric (%, persons, index, Rp, days…) or the row belongs to a partial cascade.",
    fix: "Write the target as a number, with its satuan if you like: “85”, “85 %”, “Rp 1.250.000”, “80 s.d. 90”. Move explanations to the Keterangan column. If the target really is a grade (WTP, BB), make its satuan “Predikat” or “Opini”.",
  },
  LINK_CYCLE: {
    means:
      "Parent IKU links refer to each other in a loop (A links to B, B back to A), or the parent–child relations between units form a loop. The finding's message lists the loop in order.",
    fix: "Follow the loop and remove the wrong link in the “IKU Atasan” column, usually the row that links to an IKU of its own child unit. For a loop between units, correct the “Unit Atasan” column or the unit hierarchy sheet.",
  },
  LINK_NOT_UPWARD: {
    means:
      "This row links to an IKU of a unit that is not above it: the unit itself, a unit at the same level, or a unit below. A cascade only follows the IKUs of units above.",
    fix: "Replace the content of the “IKU Atasan” column (or the matrix row) with an IKU of the parent unit. If this unit actually sits under the unit it refers to, correct the hierarchy in the “Unit Atasan” column or the unit hierarchy sheet.",
  },
  UNIT_NOT_FOUND: {
    means:
      "A matrix column, a responsible-unit column or a parent-unit cell names a unit that has no rows anywhere in the workbook. Selaras names the nearest units, as this is often a typing error.",
    fix: "Make the unit name in that cell the same as the name used in that unit's table (its PK sheet title or the Unit Kerja column). If the unit has no IKU yet, add its table or remove its name from the matrix.",
  },
  PARTIAL_UNVERIFIED: {
    means:
      "The mean of the child units' targets (partial cascade, average consolidation) is below the parent's target, but some units are above it. Without weights Selaras cannot judge it, as regions or units differ in size.",
    fix: "Add a denominator column (“Target Y” or “Penyebut”: number of employees, residents, files) on the child units' rows, or write percent shares in the matrix (“P 40%”). If even the unweighted mean must meet the target, raise the short units' targets.",
  },
  NOT_CASCADED: {
    means:
      "This unit's IKU is not cascaded to any child unit, though its child units are in the workbook. No link, matrix mark or child Sasaran refers to it.",
    fix: "Mark the child units that take it in the cascade matrix (F, P or K), or fill the “IKU Atasan” column on the child units' rows, then run “Fill child units”. If this unit really carries the IKU on its own, this warning can be ignored.",
  },
  CONTRIBUTING_IS_COPY: {
    means:
      "This row is marked contributing, but its name and satuan equal the parent IKU's. A contributing indicator is the unit's own; a copy of the parent IKU means a full or partial cascade.",
    fix: "Change “Jenis Cascading” or its matrix mark to full (same target) or partial (a share of the target). Check the Framework on the Setup tab as well: “Tidak langsung” means partial for Kemenkeu but contributing for PermenPAN-RB. If it really is contributing, write an indicator that is this unit's own.",
  },
  LEVEL_SKIP: {
    means:
      "This row links to an IKU of a unit above its direct parent, skipping a level. A cascade may skip a level, but often this is a mistake.",
    fix: "If it is intended, leave it. If not, put in the “IKU Atasan” column the direct parent's IKU that cascades that IKU, or add that IKU to the direct parent's table.",
  },
  DUPLICATE_INDICATOR: {
    means:
      "The same indicator name or code appears twice in one unit (in an SKP: two equal IKIs in one RHK). The finding sits at the second occurrence and names the first one's cell.",
    fix: "Delete the repeated row, or make the names differ if they really are different indicators (for example per region). If the second occurrence is a Rencana Aksi, put it in a separate table below the PK or on a sheet titled “RENCANA AKSI” for that unit.",
  },
  TARGET_MISSING: {
    means:
      "This indicator has no target yet, or its target is still a placeholder (“-”, “…”, “TBD”).",
    fix: "Fill the Target column with a number or a grade. For a child unit with a full or partial cascade, “Fill child units” or “Bulk targets” can write it from the parent's target.",
  },
  QUARTER_INCONSISTENT: {
    means:
      "The TW I–IV targets fit the annual target by no reading: sum of TWs = annual (sum consolidation), TW IV = annual (cumulative), or mean of TWs = annual (average consolidation). Also when only some TWs are filled.",
    fix: "Correct the TW targets or the annual target so that one reading holds, and fill every TW. If only the annual target is used, leave TW I–III empty and make TW IV equal to the annual. “Bulk targets” can phase the annual target over TW I–IV, cumulative or per quarter.",
  },
  WEIGHTS_NOT_100: {
    means:
      "A unit's indicator weights do not sum to 100%, only some of its indicators have a weight, or a weight cannot be read as a number. “0,2” and “20 %” both read as 20%.",
    fix: "Fill the Bobot column of every indicator of that unit with a number so that they sum to 100%; rows under “Kinerja Tambahan” do not count. Write every weight the same way: all fractions (0,2) or all percentages (20 %).",
  },
  RULE_CONFLICT: {
    means:
      "Two link sources (the cascade matrix, the “IKU Atasan” column, a responsible-unit column, the “Jenis Cascading” column) disagree on a row's parent IKU or cascade type. Also when one parent IKU code matches several rows of the parent unit.",
    fix: "Decide which is right, then make the other sources agree: the row's “IKU Atasan” and “Jenis Cascading” columns, and its matrix cell. If a code is repeated in the parent unit, give each parent IKU its own code.",
  },
  OVER_ALLOCATED: {
    means:
      "The combined targets of the child units taking a partial share exceed what the parent IKU's target needs. This is information, not an error.",
    fix: "No change is required. If the excess is not intended, lower the child units' targets or raise the parent's; “Bulk targets” can split the parent's target again exactly.",
  },
  LOW_RELEVANCE: {
    means:
      "This contributing indicator shares not a single term with its parent IKU or that IKU's objective, once common words and affixes are set aside. The link may be wrong.",
    fix: "Check that this row's “IKU Atasan” column points at the right parent IKU. If it does, no change is needed; using the parent IKU's terms in the indicator name makes the relation clearer.",
  },
  HIERARCHY_UNKNOWN: {
    means:
      "This unit is not a top unit, but the workbook does not say what its parent unit is. Until it is known, its IKUs cannot be checked against a parent IKU.",
    fix: "Write its parent unit in the “Unit Atasan” column, on a unit hierarchy sheet (Unit | Unit Atasan | Eselon), or on the pihak kedua (second party) line of that unit's PK.",
  },
  EXTERNAL_LINK: {
    means:
      "The parent IKU it refers to (in an SKP: the leader's RHK) is outside this workbook, so it cannot be checked. This is information, not an error.",
    fix: "No change is needed. For the link to be checked as well, add the parent unit's IKU sheet or the leader's SKP to the same workbook.",
  },
  RHK_NOT_INTERVENING: {
    means:
      "This non-JPT employee's RHK names no leader's RHK that it intervenes. Every RHK of an administrator, supervisor, pelaksana or JF must intervene a leader's RHK (PermenPAN-RB 6/2022).",
    fix: "Fill the “RHK Pimpinan yang Diintervensi” column with the leader's RHK text exactly as in the leader's SKP. If this RHK is additional work, put it under a “Kinerja Tambahan” heading.",
  },
  LEADER_RHK_UNUSED: {
    means:
      "None of this leader's staff in the workbook intervenes this RHK. It may not have been shared out yet, or the staff wrote its text differently.",
    fix: "Share this RHK out: write its text in the “RHK Pimpinan yang Diintervensi” column of the SKP of each staff member working on it. Where staff already refer to it, make their text equal to the leader's RHK.",
  },
  RHK_OVERLAP: {
    means:
      "Two employees with the same leader have the same RHK under the same leader's RHK. This is an overlap (tumpang tindih) in the “Matriks Pembagian Peran dan Hasil”.",
    fix: "Make each employee's result distinct (for example per region, per stage, or per kind of service), or merge them into one RHK held by one employee.",
  },
  JPT_RHK_NOT_IN_PK: {
    means:
      "This JPT official's RHK matches no IKU or objective in the unit's PK, although a JPT's RHK come from the PK.",
    fix: "Make the RHK text equal to an objective or IKU on that unit's PK sheet. If this RHK is additional work, put it under a “Kinerja Tambahan” heading.",
  },
  DURATION_OVER_DAY: {
    means:
      "An employee's activities on one date add up to more than the daily effective working time (300 minutes by default).",
    fix: "Check the durations of that date's activities in the e-Kinerja log: correct typing errors (minutes or h:mm), or move activities to their right date. If the agency uses another standard, change the daily effective time in the mapping profile.",
  },
  ACTIVITY_UNLINKED: {
    means:
      "An activity in the e-Kinerja log names no RHK, or names an RHK that is not in that employee's SKP.",
    fix: "Fill the activity's RHK column with the RHK text exactly as in that employee's SKP.",
  },
  REALISASI_CONFLICT: {
    means:
      "One IKU of one unit is stated with two different realisasi in the workbook, for example on a calculation sheet and on its recap.",
    fix: "Decide which figure is right and make both cells equal. Better still, let the recap cell refer to its source cell with a formula.",
  },
  REALISASI_MISMATCH: {
    means:
      "The parent IKU's realisasi is not what the realisasi of its partial child units combine to (by consolidation), or a fully cascaded unit's realisasi differs from its parent IKU's.",
    fix: "Check the realisasi of the child units and of the parent IKU, then correct the wrong one. In a full cascade the child unit's realisasi equals the parent IKU's (shared responsibility, tanggung renteng).",
  },
  CAPAIAN_WRONG: {
    means:
      "The capaian written differs from the one computed from target, realisasi and polarity. Often the Maximize formula (R/T × 100) is used for a Minimize IKU, whose formula is (2 − R/T) × 100.",
    fix: "Correct the formula in the Capaian column to the IKU's polarity, or correct the Polaritas column if the polarity is what is wrong. Selaras bounds capaian to 0–120; the bounds can be changed in the mapping profile.",
  },
  REALISASI_MISSING: {
    means:
      "A period (TW or semester) that has ended has a target but no realisasi yet. Without a reporting date in the profile, the last period filled anywhere in the workbook marks how far reporting has reached.",
    fix: "Fill that period's realisasi in its TW Realisasi column. If the period is not due for reporting yet, set the reporting date in the mapping profile.",
  },
  REALISASI_PERIODS: {
    means:
      "The annual realisasi fits its period realisasi by no reading: the sum, the last period (cumulative), or the mean. When the column-number row states annual = sum of TWs, only the sum is accepted.",
    fix: "Correct the annual realisasi or the TW realisasi so that they fit. Better still, compute the annual realisasi with a formula from the TW columns.",
  },
};

export const CODE_HELP: Record<Lang, Record<FindingCode, CodeHelp>> = { id: ID, en: EN };

/** The same terms in the same order in both languages: GLOSSARY.en[i] translates GLOSSARY.id[i]. */
export const GLOSSARY: Record<Lang, GlossaryEntry[]> = {
  id: [
    {
      term: "Penuh",
      means:
        "Jenis cascading: unit bawahan mengampu IKU yang sama dengan IKU atasan, dengan nama, satuan, polaritas dan target yang sama (tanggung renteng). Disebut juga full, direct atau “langsung”; realisasinya tidak dijumlahkan ke atasan.",
    },
    {
      term: "Sebagian",
      means:
        "Jenis cascading: unit bawahan mengampu IKU atasan yang sama, boleh dipersempit (“… di wilayah I”), dengan target berupa bagian dari target atasan. Disebut juga partial, sharing atau indirect (Kemenkeu); gabungan target bawahan harus menjamin target atasan.",
    },
    {
      term: "Kontribusi",
      means:
        "Jenis cascading: unit bawahan punya indikator dan target sendiri yang mendukung IKU atau sasaran atasan; nilainya tidak digabung ke atasan. Disebut juga contributing, non-cascading atau “tidak langsung” (PermenPAN-RB).",
    },
    {
      term: "Polaritas",
      means:
        "Arah baik sebuah IKU: Maksimal (makin tinggi makin baik, bawaan), Minimal (makin rendah makin baik: temuan, kasus, lama penyelesaian), atau Stabil (baik bila di dalam rentang, misalnya “80 s.d. 90”).",
    },
    {
      term: "Kerangka",
      means:
        "Cara cascading yang dipakai workbook, yang menentukan arti “tidak langsung”: menurut Kemenkeu (IKU, Direct/Indirect, Konsolidasi) artinya sebagian, menurut PermenPAN-RB (RHK, intervensi) artinya kontribusi. Selaras menebaknya; ubah di tab Pemetaan bila keliru.",
    },
    {
      term: "Konsolidasi",
      means:
        "Cara nilai unit bawahan digabung menjadi nilai atasan, dan nilai TW menjadi nilai tahunan: jumlah (banyaknya, panjang, rupiah), rata-rata (persentase, indeks), atau nilai terakhir. Predikat dan peringkat dibandingkan, tidak dijumlah atau dirata-rata.",
    },
    {
      term: "Bobot",
      means:
        "Porsi sebuah indikator dalam kinerja unit; bobot semua indikator satu unit berjumlah 100%. Dipakai untuk merata-rata capaian unit, bukan untuk membagi target.",
    },
    {
      term: "IKU atasan",
      means:
        "IKU unit atasan yang didukung sebuah baris, ditulis dengan kode atau nama di kolom “IKU Atasan” (juga “IKU Induk”, “Mendukung IKU”) atau ditandai di matriks cascading.",
    },
    {
      term: "Capaian",
      means:
        "Persentase keberhasilan: untuk Maksimal realisasi / target × 100, untuk Minimal (2 − realisasi / target) × 100, untuk Stabil 100 bila di dalam rentang. Dibatasi 0–120 (dapat diubah di profil pemetaan).",
    },
    {
      term: "Realisasi",
      means:
        "Hasil yang benar-benar dicapai dalam satu periode (TW) atau setahun, dicatat di samping target periode yang sama.",
    },
    {
      term: "RHK yang diintervensi",
      means:
        "RHK pimpinan yang didukung sebuah RHK pegawai di SKP (kolom “RHK Pimpinan yang Diintervensi”). Setiap RHK pegawai non-JPT harus mengintervensi satu RHK pimpinan.",
    },
    {
      term: "TW",
      means:
        "Triwulan: TW I (Januari–Maret) sampai TW IV (Oktober–Desember). Target TW dapat kumulatif (TW IV = tahunan) atau per triwulan (jumlah TW = tahunan).",
    },
    {
      term: "Matriks cascading",
      means:
        "Tabel dengan IKU atasan di satu sisi dan unit bawahan di sisi lain; setiap sel menyatakan cara unit itu mengampu IKU itu: F (penuh), P atau “P 40%” (sebagian), K (kontribusi), atau kosong.",
    },
    {
      term: "Satuan",
      means:
        "Ukuran target: %, indeks, dokumen, orang, hari, km, Rp, predikat. Satuan menentukan apakah target harus angka dan bagaimana nilainya digabung.",
    },
    {
      term: "Kinerja Tambahan",
      means:
        "Kinerja di luar cascading. Baris di bawah judul “Kinerja Tambahan” tidak dianggap yatim dan tidak dihitung dalam bobot.",
    },
  ],
  en: [
    {
      term: "Full (penuh)",
      means:
        "A cascade type: the child unit takes the same IKU as the parent, with the same name, satuan, polarity and target (shared responsibility, tanggung renteng). Also called direct or “langsung”; its realisasi is never added up into the parent's.",
    },
    {
      term: "Partial (sebagian)",
      means:
        "A cascade type: the child unit takes the same parent IKU, possibly narrowed (“… di wilayah I”), with a target that is a share of the parent's. Also called sharing or indirect (Kemenkeu); the children's combined targets must guarantee the parent's.",
    },
    {
      term: "Contributing (kontribusi)",
      means:
        "A cascade type: the child unit has its own indicator and target that support the parent's IKU or objective; its values are never combined into the parent's. Also called non-cascading or “tidak langsung” (PermenPAN-RB).",
    },
    {
      term: "Polarity (polaritas)",
      means:
        "Which way is good for an IKU: Maksimal (Maximize: higher is better, the default), Minimal (Minimize: lower is better, as for findings, cases, time to complete), or Stabil (Stabilize: good inside a band, such as “80 s.d. 90”).",
    },
    {
      term: "Framework (kerangka)",
      means:
        "The way of cascading a workbook follows, which decides what “tidak langsung” (indirect) means: for Kemenkeu (IKU, Direct/Indirect, Konsolidasi) it means partial, for PermenPAN-RB (RHK, intervention) it means contributing. Selaras guesses it; change it on the Setup tab if it is wrong.",
    },
    {
      term: "Consolidation (konsolidasi)",
      means:
        "How child units' values combine into the parent's, and TW values into the annual: sum (counts, lengths, rupiah), average (percentages, indices), or last known value. Grades and ranks are compared, never summed or averaged.",
    },
    {
      term: "Weight (bobot)",
      means:
        "An indicator's share in a unit's performance; the weights of all a unit's indicators sum to 100%. Used to average a unit's capaian, never to split a target.",
    },
    {
      term: "Parent IKU (IKU atasan)",
      means:
        "The parent unit's IKU that a row supports, written as a code or name in the “IKU Atasan” column (also “IKU Induk”, “Mendukung IKU”) or marked in the cascade matrix.",
    },
    {
      term: "Capaian (achievement)",
      means:
        "The percentage achieved: for Maximize realisasi / target × 100, for Minimize (2 − realisasi / target) × 100, for Stabilize 100 inside the band. Bounded to 0–120 (changeable in the mapping profile).",
    },
    {
      term: "Realisasi (actual result)",
      means:
        "The result actually reached in one period (TW) or the year, recorded beside the target of the same period.",
    },
    {
      term: "Intervened RHK (RHK yang diintervensi)",
      means:
        "The leader's RHK that an employee's RHK in the SKP supports (the “RHK Pimpinan yang Diintervensi” column). Every RHK of a non-JPT employee must intervene one leader's RHK.",
    },
    {
      term: "TW (triwulan, quarter)",
      means:
        "A quarter: TW I (January–March) to TW IV (October–December). TW targets can be cumulative (TW IV = annual) or per quarter (sum of TWs = annual).",
    },
    {
      term: "Cascade matrix (matriks cascading)",
      means:
        "A table with parent IKUs on one side and child units on the other; each cell says how that unit takes that IKU: F (full), P or “P 40%” (partial), K (contributing), or empty.",
    },
    {
      term: "Satuan (unit of measure)",
      means:
        "What a target is measured in: %, index, documents, persons, days, km, Rp, grade. The satuan decides whether a target must be a number and how values combine.",
    },
    {
      term: "Kinerja Tambahan (additional performance)",
      means:
        "Performance outside the cascade. Rows under a “Kinerja Tambahan” heading are never orphans and do not count in the weights.",
    },
  ],
};

/** What a finding code means and how to fix it, in the user's language. */
export function helpFor(code: FindingCode, lang: Lang): CodeHelp {
  return CODE_HELP[lang][code];
}
