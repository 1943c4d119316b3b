/**
 * A clean plan of a Badan with a Deputi and two Kantor Regional, used by the check tests: every
 * IKU is cascaded, partial shares add up, contributions are relevant. Tests change one thing and
 * expect exactly the finding that change causes.
 */
import type { Plan } from "../../src/core/model";
import { PlanBuilder, type RowSpec } from "./planBuilder";

export const BADAN = "Badan Kepegawaian Negara";
export const DEPUTI = "Deputi Bidang Mutasi Kepegawaian";
export const KR1 = "Kantor Regional I Yogyakarta";
export const KR2 = "Kantor Regional II Surabaya";

export interface Draft {
  units: Array<[string, string | undefined]>;
  rows: Record<string, [string, RowSpec]>;
  marks: Array<[string, string, string, { parentUnit?: string; text?: string }?]>;
}

export function cleanDraft(): Draft {
  return {
    units: [
      [BADAN, undefined],
      [DEPUTI, BADAN],
      [KR1, DEPUTI],
      [KR2, DEPUTI],
    ],
    rows: {
      badanIndeks: [
        BADAN,
        {
          code: "IKU 1",
          objective: "Meningkatnya profesionalitas ASN",
          name: "Indeks Profesionalitas ASN",
          satuan: "indeks",
          target: "75",
        },
      ],
      badanLayanan: [
        BADAN,
        {
          code: "IKU 2",
          objective: "Meningkatnya kualitas layanan kepegawaian",
          name: "Persentase layanan mutasi yang selesai tepat waktu",
          satuan: "%",
          target: "95",
          periods: ["95", "95", "95", "95"],
        },
      ],
      badanTalenta: [
        BADAN,
        {
          code: "IKU 3",
          objective: "Meningkatnya kualitas layanan kepegawaian",
          name: "Jumlah instansi yang menerapkan manajemen talenta",
          satuan: "instansi",
          target: "40",
        },
      ],
      deputiIndeks: [
        DEPUTI,
        {
          code: "1.1",
          name: "Indeks Profesionalitas ASN",
          satuan: "indeks",
          target: "75",
          link: "IKU 1",
          type: "F",
        },
      ],
      deputiLayanan: [
        DEPUTI,
        {
          code: "1.2",
          name: "Persentase layanan mutasi yang selesai tepat waktu",
          satuan: "%",
          target: "95",
          periods: ["95", "95", "95", "95"],
          link: "IKU 2",
          type: "F",
        },
      ],
      deputiTalenta: [
        DEPUTI,
        {
          code: "1.3",
          name: "Jumlah instansi yang menerapkan manajemen talenta",
          satuan: "instansi",
          target: "40",
          link: "IKU 3",
          type: "F",
        },
      ],
      kr1Layanan: [
        KR1,
        {
          name: "Persentase layanan mutasi yang selesai tepat waktu",
          satuan: "%",
          target: "95",
          link: "1.2",
          type: "F",
        },
      ],
      kr1Talenta: [
        KR1,
        {
          name: "Jumlah instansi yang menerapkan manajemen talenta di wilayah kerja Kantor Regional I",
          satuan: "instansi",
          target: "25",
          link: "1.3",
          type: "P",
        },
      ],
      kr1Kompetensi: [
        KR1,
        {
          name: "Persentase ASN yang mengikuti uji kompetensi profesionalitas",
          satuan: "%",
          target: "80",
          link: "1.1",
          type: "K",
        },
      ],
      kr2Layanan: [
        KR2,
        {
          name: "Persentase layanan mutasi yang selesai tepat waktu",
          satuan: "%",
          target: "95",
          link: "1.2",
          type: "F",
        },
      ],
      kr2Talenta: [
        KR2,
        {
          name: "Jumlah instansi yang menerapkan manajemen talenta di wilayah kerja Kantor Regional II",
          satuan: "instansi",
          target: "15",
          link: "1.3",
          type: "P",
        },
      ],
    },
    marks: [],
  };
}

export function buildDraft(d: Draft, framework: "kemenkeu" | "permenpan" = "kemenkeu"): Plan {
  const b = new PlanBuilder(framework);
  for (const [name, parent] of d.units) b.unit(name, { parent });
  for (const [unit, spec] of Object.values(d.rows)) b.row(unit, spec);
  for (const [parent, child, type, opts] of d.marks) b.mark(parent, child, type, opts);
  return b.build();
}
