/**
 * Canonical plans for the invariance suite (DESIGN.md §3 "Invariance"): units, hierarchy, IKU,
 * links, rules, targets and periods as plain data, with seeded defects and the findings the check
 * must give for them, whatever presentation (present.ts) the plan is written in.
 *
 * Everything here is invented: agencies, units and people.
 */
import type { FindingCode } from "../../src/core/findings";

export type LinkType = "full" | "partial" | "contributing";

/** Satuan as a meaning; present.ts chooses how it is spelled. */
export type SatuanKey = "persen" | "indeks" | "dokumen" | "tahapan" | "orang" | "unit";

export interface PlanUnit {
  id: string;
  name: string;
  /** Level as a hierarchy sheet writes it. */
  level: string;
  /** The parent unit's id; absent for the top unit. */
  parent?: string;
  /** The letters a letter-prefixed code style puts before this unit's codes ("B", "SU", "KR"). */
  prefix: string;
}

export interface PlanIku {
  /** Stable across presentations: the only way canonical.ts names a row. */
  id: string;
  unit: string;
  /** Code segments: [1, 2] is "1.2", "IKU 1.2", "B.1.2", "1,2" … A child's extend its parent's. */
  seg: number[];
  name: string;
  /**
   * null: the row states no satuan: a blank Satuan cell, and no Satuan column at all on a PK sheet
   * of a unit none of whose rows states one.
   */
  satuan: SatuanKey | null;
  /** null: a placeholder ("-") is written: TARGET_MISSING. */
  target: number | null;
  tw?: [number, number, number, number];
  /** null: the row has no Sasaran (its cell is blank). */
  sasaran: string | null;
  parent?: { id: string; type: LinkType };
}

/** "Unit U takes parent IKU P" stated on its own (a matrix cell or a rule column), not by a row. */
export interface PlanRule {
  parent: string;
  unit: string;
  type: Exclude<LinkType, "contributing">;
  /**
   * Written without a type: the unit's name alone in a rule cell, a ✓ in a matrix. With no row to
   * answer it a plain mark is a full cascade (src/core/cascade.ts), so only full rules are plain.
   */
  plain?: true;
}

/** A finding in presentation-independent form: ids, no cells. */
export interface CanonicalFinding {
  code: FindingCode;
  unit: string | null;
  indicator: string | null;
  parent: string | null;
  field?: string | null;
}

export interface CanonicalPlan {
  id: string;
  year: number;
  units: PlanUnit[];
  ikus: PlanIku[];
  rules: PlanRule[];
  expected: CanonicalFinding[];
}

// ---------------------------------------------------------------------------------------------
// Plan 1: a Badan with Biro and Kantor Regional below it, and a Bagian below the Biro.

const SS_PROF = "Meningkatnya profesionalitas ASN";
const SS_AKUN = "Terwujudnya tata kelola organisasi yang akuntabel";
const SS_KOMP = "Meningkatnya kompetensi pegawai di lingkungan Biro";

export const BADAN: CanonicalPlan = {
  id: "badan",
  year: 2026,
  units: [
    { id: "BDN", name: "Badan Pembinaan Aparatur Nusantara", level: "I", prefix: "B" },
    {
      id: "BRO",
      name: "Biro Perencanaan dan Keuangan",
      level: "II",
      parent: "BDN",
      prefix: "SU",
    },
    { id: "KR1", name: "Kantor Regional I Medan", level: "II", parent: "BDN", prefix: "KRA" },
    { id: "KR2", name: "Kantor Regional II Makassar", level: "II", parent: "BDN", prefix: "KRB" },
    { id: "BAG", name: "Bagian Penyusunan Anggaran", level: "III", parent: "BRO", prefix: "PA" },
  ],
  ikus: [
    {
      id: "B1",
      unit: "BDN",
      seg: [1],
      name: "Indeks Profesionalitas ASN",
      satuan: "indeks",
      target: 75,
      tw: [0, 0, 0, 75],
      sasaran: SS_PROF,
    },
    {
      id: "B2",
      unit: "BDN",
      seg: [2],
      name: "Persentase instansi dengan sistem merit kategori baik",
      satuan: "persen",
      target: 80,
      sasaran: SS_PROF,
    },
    {
      id: "B3",
      unit: "BDN",
      seg: [3],
      name: "Jumlah dokumen perencanaan dan anggaran yang disusun",
      satuan: "dokumen",
      target: 12,
      sasaran: SS_AKUN,
    },
    {
      id: "R1",
      unit: "BRO",
      seg: [3, 1],
      name: "Jumlah dokumen perencanaan dan anggaran yang disusun",
      satuan: "dokumen",
      target: 12,
      sasaran: SS_AKUN,
      parent: { id: "B3", type: "partial" },
    },
    // contributes to the Badan's IKU 1 with work of its own
    {
      id: "R2",
      unit: "BRO",
      seg: [1, 1],
      name: "Tahapan pengembangan profesionalitas pegawai Biro",
      satuan: "tahapan",
      target: 4,
      sasaran: SS_PROF,
      parent: { id: "B1", type: "contributing" },
    },
    {
      id: "K11",
      unit: "KR1",
      seg: [1, 1],
      name: "Indeks Profesionalitas ASN",
      satuan: "indeks",
      target: 75,
      tw: [0, 0, 0, 75],
      sasaran: SS_PROF,
      parent: { id: "B1", type: "full" },
    },
    {
      id: "K12",
      unit: "KR1",
      seg: [2, 1],
      name: "Persentase instansi dengan sistem merit kategori baik di wilayah Kantor Regional I",
      satuan: "persen",
      target: 78,
      sasaran: SS_PROF,
      parent: { id: "B2", type: "partial" },
    },
    // SEED FULL_DRIFT (target): the Kantor Regional II promises 70 of the Badan's 75
    {
      id: "K21",
      unit: "KR2",
      seg: [1, 1],
      name: "Indeks Profesionalitas ASN",
      satuan: "indeks",
      target: 70,
      tw: [0, 0, 0, 70],
      sasaran: SS_PROF,
      parent: { id: "B1", type: "full" },
    },
    // SEED PARTIAL_SHORTFALL on B2: 78 and 76 where the Badan needs 80 (Average: both short)
    {
      id: "K22",
      unit: "KR2",
      seg: [2, 1],
      name: "Persentase instansi dengan sistem merit kategori baik di wilayah Kantor Regional II",
      satuan: "persen",
      target: 76,
      sasaran: SS_PROF,
      parent: { id: "B2", type: "partial" },
    },
    // SEED ORPHAN: no link, and its Sasaran is none of the Biro's
    {
      id: "A3",
      unit: "BAG",
      seg: [9, 1],
      name: "Persentase pegawai yang mengikuti pelatihan teknis",
      satuan: "persen",
      target: 100,
      sasaran: SS_KOMP,
    },
    {
      id: "A1",
      unit: "BAG",
      seg: [3, 1, 1],
      name: "Jumlah dokumen perencanaan dan anggaran yang disusun",
      satuan: "dokumen",
      target: 12,
      sasaran: SS_AKUN,
      parent: { id: "R1", type: "full" },
    },
    {
      id: "A2",
      unit: "BAG",
      seg: [1, 1, 1],
      name: "Tahapan pengembangan profesionalitas pegawai Biro",
      satuan: "tahapan",
      target: 4,
      sasaran: SS_PROF,
      parent: { id: "R2", type: "full" },
    },
  ],
  // SEED MISSING_CONTRIBUTION: Kantor Regional I is to take a share of B3 and has no row for it
  rules: [{ parent: "B3", unit: "KR1", type: "partial" }],
  expected: [
    { code: "FULL_DRIFT", unit: "KR2", indicator: "K21", parent: "B1", field: "target" },
    { code: "MISSING_CONTRIBUTION", unit: "KR1", indicator: null, parent: "B3" },
    { code: "ORPHAN", unit: "BAG", indicator: "A3", parent: null },
    // reported at the parent's target: the parent row is both the row and the parent
    { code: "PARTIAL_SHORTFALL", unit: "BDN", indicator: "B2", parent: "B2" },
  ],
};

// ---------------------------------------------------------------------------------------------
// Plan 2: a Dinas Kesehatan with three Bidang.

const SS_DERAJAT = "Meningkatnya derajat kesehatan masyarakat";
const SS_MUTU = "Meningkatnya mutu pelayanan kesehatan";
const SS_TATA = "Meningkatnya kualitas perencanaan dan evaluasi kinerja";

export const DINKES: CanonicalPlan = {
  id: "dinkes",
  year: 2026,
  units: [
    { id: "DIN", name: "Dinas Kesehatan Kabupaten Sukamaju", level: "II", prefix: "DK" },
    {
      id: "P2P",
      name: "Bidang Pencegahan dan Pengendalian Penyakit",
      level: "III",
      parent: "DIN",
      prefix: "PP",
    },
    {
      id: "KSM",
      name: "Bidang Kesehatan Masyarakat",
      level: "III",
      parent: "DIN",
      prefix: "KM",
    },
    {
      id: "YAN",
      name: "Bidang Pelayanan Kesehatan",
      level: "III",
      parent: "DIN",
      prefix: "YK",
    },
  ],
  ikus: [
    {
      id: "D1",
      unit: "DIN",
      seg: [1],
      name: "Cakupan imunisasi dasar lengkap pada bayi",
      satuan: "persen",
      target: 95,
      tw: [25, 50, 75, 95],
      sasaran: SS_DERAJAT,
    },
    {
      id: "D2",
      unit: "DIN",
      seg: [2],
      name: "Persentase balita gizi buruk yang mendapat perawatan",
      satuan: "persen",
      target: 100,
      sasaran: SS_DERAJAT,
    },
    // SEED QUARTER_INCONSISTENT: 1, 2, 3, 5 is neither cumulative to 6 nor summing to 6
    {
      id: "D3",
      unit: "DIN",
      seg: [3],
      name: "Jumlah puskesmas terakreditasi paripurna",
      satuan: "unit",
      target: 6,
      tw: [1, 2, 3, 5],
      sasaran: SS_MUTU,
    },
    {
      id: "D4",
      unit: "DIN",
      seg: [4],
      name: "Jumlah dokumen perencanaan dan evaluasi kinerja yang disusun",
      satuan: "dokumen",
      target: 6,
      sasaran: SS_TATA,
    },
    {
      id: "P1",
      unit: "P2P",
      seg: [1, 1],
      name: "Cakupan imunisasi dasar lengkap pada bayi",
      satuan: "persen",
      target: 95,
      tw: [25, 50, 75, 95],
      sasaran: SS_DERAJAT,
      parent: { id: "D1", type: "full" },
    },
    {
      id: "P2",
      unit: "P2P",
      seg: [4, 1],
      name: "Jumlah dokumen perencanaan dan evaluasi kinerja yang disusun",
      satuan: "dokumen",
      target: 2,
      sasaran: SS_TATA,
      parent: { id: "D4", type: "partial" },
    },
    // SEED UNIT_MISMATCH: the Bidang counts children (orang) where the Dinas counts percent
    {
      id: "M1",
      unit: "KSM",
      seg: [2, 1],
      name: "Persentase balita gizi buruk yang mendapat perawatan",
      satuan: "orang",
      target: 100,
      sasaran: SS_DERAJAT,
      parent: { id: "D2", type: "full" },
    },
    // SEED TARGET_MISSING: a contributing row whose target is still "-"
    {
      id: "M2",
      unit: "KSM",
      seg: [1, 1],
      name: "Jumlah posyandu yang melaksanakan imunisasi dasar",
      satuan: "unit",
      target: null,
      sasaran: SS_DERAJAT,
      parent: { id: "D1", type: "contributing" },
    },
    {
      id: "M3",
      unit: "KSM",
      seg: [4, 1],
      name: "Jumlah dokumen perencanaan dan evaluasi kinerja yang disusun",
      satuan: "dokumen",
      target: 2,
      sasaran: SS_TATA,
      parent: { id: "D4", type: "partial" },
    },
    {
      id: "Y1",
      unit: "YAN",
      seg: [3, 1],
      name: "Jumlah puskesmas terakreditasi paripurna",
      satuan: "unit",
      target: 6,
      sasaran: SS_MUTU,
      parent: { id: "D3", type: "full" },
    },
    {
      id: "Y2",
      unit: "YAN",
      seg: [4, 1],
      name: "Jumlah dokumen perencanaan dan evaluasi kinerja yang disusun",
      satuan: "dokumen",
      target: 2,
      sasaran: SS_TATA,
      parent: { id: "D4", type: "partial" },
    },
  ],
  rules: [],
  expected: [
    { code: "QUARTER_INCONSISTENT", unit: "DIN", indicator: "D3", parent: null },
    { code: "TARGET_MISSING", unit: "KSM", indicator: "M2", parent: null },
    { code: "UNIT_MISMATCH", unit: "KSM", indicator: "M1", parent: "D2" },
  ],
};

// ---------------------------------------------------------------------------------------------
// Plan 3: a small clean Badan daerah: no defects at all, and a three-level chain.

const SS_BENCANA = "Meningkatnya ketangguhan masyarakat terhadap bencana";

export const BPBD: CanonicalPlan = {
  id: "bpbd",
  year: 2026,
  units: [
    {
      id: "BPB",
      name: "Badan Penanggulangan Bencana Daerah Kabupaten Lembah Hijau",
      level: "II",
      prefix: "BP",
    },
    {
      id: "BDR",
      name: "Bidang Kedaruratan dan Logistik",
      level: "III",
      parent: "BPB",
      prefix: "KL",
    },
    {
      id: "SKL",
      name: "Seksi Logistik",
      level: "IV",
      parent: "BDR",
      prefix: "SL",
    },
  ],
  ikus: [
    {
      id: "G1",
      unit: "BPB",
      seg: [1],
      name: "Persentase desa tangguh bencana",
      satuan: "persen",
      target: 60,
      tw: [15, 30, 45, 60],
      sasaran: SS_BENCANA,
    },
    {
      id: "G2",
      unit: "BPB",
      seg: [2],
      name: "Jumlah relawan bencana yang terlatih",
      satuan: "orang",
      target: 300,
      sasaran: SS_BENCANA,
    },
    {
      id: "H1",
      unit: "BDR",
      seg: [1, 1],
      name: "Persentase desa tangguh bencana",
      satuan: "persen",
      target: 60,
      tw: [15, 30, 45, 60],
      sasaran: SS_BENCANA,
      parent: { id: "G1", type: "full" },
    },
    {
      id: "H2",
      unit: "BDR",
      seg: [2, 1],
      name: "Jumlah relawan bencana yang terlatih",
      satuan: "orang",
      target: 300,
      sasaran: SS_BENCANA,
      parent: { id: "G2", type: "full" },
    },
    {
      id: "S1",
      unit: "SKL",
      seg: [1, 1, 1],
      name: "Persentase desa tangguh bencana yang menerima bantuan logistik",
      satuan: "persen",
      target: 60,
      sasaran: SS_BENCANA,
      parent: { id: "H1", type: "partial" },
    },
    {
      id: "S2",
      unit: "SKL",
      seg: [2, 1, 1],
      name: "Jumlah relawan bencana yang terlatih",
      satuan: "orang",
      target: 300,
      sasaran: SS_BENCANA,
      parent: { id: "H2", type: "full" },
    },
  ],
  rules: [],
  expected: [],
};

// ---------------------------------------------------------------------------------------------
// Plan 4: a Sekretariat Daerah whose Bagian Umum starts with a row that has no Sasaran: in a
// long table that blank cell follows the Bagian Organisasi's rows, and carry-down stops at the
// unit boundary (DESIGN.md §3, "What real files showed"), so the row is an ORPHAN.

const SS_TATA_KELOLA = "Meningkatnya kualitas tata kelola pemerintahan daerah";

export const SETDA: CanonicalPlan = {
  id: "setda",
  year: 2026,
  units: [
    { id: "SDA", name: "Sekretariat Daerah Kabupaten Sukamaju", level: "II", prefix: "SD" },
    { id: "ORG", name: "Bagian Organisasi", level: "III", parent: "SDA", prefix: "OR" },
    { id: "UMM", name: "Bagian Umum", level: "III", parent: "SDA", prefix: "UM" },
  ],
  ikus: [
    {
      id: "T1",
      unit: "SDA",
      seg: [1],
      name: "Indeks reformasi birokrasi",
      satuan: "indeks",
      target: 70,
      sasaran: SS_TATA_KELOLA,
    },
    {
      id: "T2",
      unit: "SDA",
      seg: [2],
      name: "Persentase layanan administrasi umum yang tepat waktu",
      satuan: "persen",
      target: 90,
      sasaran: SS_TATA_KELOLA,
    },
    {
      id: "O1",
      unit: "ORG",
      seg: [1, 1],
      name: "Indeks reformasi birokrasi",
      satuan: "indeks",
      target: 70,
      sasaran: SS_TATA_KELOLA,
      parent: { id: "T1", type: "full" },
    },
    // SEED ORPHAN: no link and no Sasaran
    {
      id: "U0",
      unit: "UMM",
      seg: [9, 1],
      name: "Jumlah laporan rapat koordinasi yang difasilitasi",
      satuan: "dokumen",
      target: 12,
      sasaran: null,
    },
    {
      id: "U1",
      unit: "UMM",
      seg: [2, 1],
      name: "Persentase layanan administrasi umum yang tepat waktu",
      satuan: "persen",
      target: 90,
      sasaran: SS_TATA_KELOLA,
      parent: { id: "T2", type: "full" },
    },
  ],
  rules: [],
  expected: [{ code: "ORPHAN", unit: "UMM", indicator: "U0", parent: null }],
};

// ---------------------------------------------------------------------------------------------
// Plan 5: a Dinas Kesehatan Kota whose Bidang have none of the rows its rules ask for, so the
// fill writes them all — the traits of issue 11, where a second fill was not a no-op: two IKU
// whose names nest ("…terakreditasi" inside "…terakreditasi paripurna") both cascaded in full to
// one Bidang, the shorter one's rule first; a unit named without a type beside a partial split;
// and a Bidang whose rows state no satuan, so its own PK sheet has no Satuan column.

const SS_LAYANAN = "Meningkatnya mutu dan akses pelayanan kesehatan";
const SS_EVALUASI = "Meningkatnya akuntabilitas kinerja Dinas";

export const DINKOTA: CanonicalPlan = {
  id: "dinkota",
  year: 2026,
  units: [
    { id: "DKT", name: "Dinas Kesehatan Kota Tanjung Sari", level: "II", prefix: "DT" },
    { id: "YAN", name: "Bidang Pelayanan Kesehatan", level: "III", parent: "DKT", prefix: "PK" },
    {
      id: "SDK",
      name: "Bidang Sumber Daya Kesehatan",
      level: "III",
      parent: "DKT",
      prefix: "SK",
    },
    {
      id: "KSM",
      name: "Bidang Kesehatan Masyarakat",
      level: "III",
      parent: "DKT",
      prefix: "KM",
    },
  ],
  ikus: [
    {
      id: "E1",
      unit: "DKT",
      seg: [1],
      name: "Jumlah puskesmas terakreditasi",
      satuan: "unit",
      target: 20,
      sasaran: SS_LAYANAN,
    },
    {
      id: "E2",
      unit: "DKT",
      seg: [2],
      name: "Jumlah puskesmas terakreditasi paripurna",
      satuan: "unit",
      target: 12,
      sasaran: SS_LAYANAN,
    },
    // split between two Bidang, taken whole by a third; its quarters sum to the year
    {
      id: "E3",
      unit: "DKT",
      seg: [3],
      name: "Jumlah dokumen perencanaan dan evaluasi yang disusun",
      satuan: "dokumen",
      target: 10,
      tw: [2, 2, 2, 4],
      sasaran: SS_EVALUASI,
    },
    {
      id: "E4",
      unit: "DKT",
      seg: [4],
      name: "Persentase penduduk yang mendapat pelayanan kesehatan sesuai standar",
      satuan: "persen",
      target: 100,
      sasaran: SS_LAYANAN,
    },
    {
      id: "L1",
      unit: "YAN",
      seg: [4, 1],
      name: "Persentase penduduk yang mendapat pelayanan kesehatan sesuai standar",
      satuan: "persen",
      target: 100,
      sasaran: SS_LAYANAN,
      parent: { id: "E4", type: "full" },
    },
    {
      id: "S1",
      unit: "SDK",
      seg: [4, 2],
      name: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan",
      satuan: "persen",
      target: 70,
      sasaran: SS_LAYANAN,
      parent: { id: "E4", type: "contributing" },
    },
    // no satuan: desa are counted, and the Bidang writes no Satuan column
    {
      id: "K1",
      unit: "KSM",
      seg: [4, 3],
      name: "Jumlah desa dengan pelayanan kesehatan berbasis masyarakat",
      satuan: null,
      target: 40,
      sasaran: SS_LAYANAN,
      parent: { id: "E4", type: "contributing" },
    },
  ],
  // SEED MISSING_CONTRIBUTION ×5: every rule's row is still to be written (by the fill)
  rules: [
    { parent: "E1", unit: "YAN", type: "full" },
    { parent: "E2", unit: "YAN", type: "full" },
    // "Bidang Sumber Daya Kesehatan (P); Bidang Kesehatan Masyarakat; Bidang Pelayanan Kesehatan (P)"
    { parent: "E3", unit: "SDK", type: "partial" },
    { parent: "E3", unit: "KSM", type: "full", plain: true },
    { parent: "E3", unit: "YAN", type: "partial" },
  ],
  expected: [
    { code: "MISSING_CONTRIBUTION", unit: "KSM", indicator: null, parent: "E3" },
    { code: "MISSING_CONTRIBUTION", unit: "SDK", indicator: null, parent: "E3" },
    { code: "MISSING_CONTRIBUTION", unit: "YAN", indicator: null, parent: "E1" },
    { code: "MISSING_CONTRIBUTION", unit: "YAN", indicator: null, parent: "E2" },
    { code: "MISSING_CONTRIBUTION", unit: "YAN", indicator: null, parent: "E3" },
  ],
};

export const PLANS: CanonicalPlan[] = [BADAN, DINKES, BPBD, SETDA, DINKOTA];

export function unitOf(plan: CanonicalPlan, id: string): PlanUnit {
  const u = plan.units.find((x) => x.id === id);
  if (!u) throw new Error(`no unit ${id} in plan ${plan.id}`);
  return u;
}

export function ikuOf(plan: CanonicalPlan, id: string): PlanIku {
  const r = plan.ikus.find((x) => x.id === id);
  if (!r) throw new Error(`no IKU ${id} in plan ${plan.id}`);
  return r;
}
