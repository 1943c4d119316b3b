/**
 * A unit's PK in PermenPAN style has RHK and "RHK Pimpinan yang Diintervensi" columns too: without
 * a person in it (no NIP / Nama / Jabatan column, no "Nama :" kop line) it is a unit table, never an
 * SKP (DESIGN.md §7).
 */
import { gridsFromSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";

it("reads a Biro's PermenPAN-style PK with RHK columns as the Biro's table, not as persons", () => {
  const read = readWorkbook(
    gridsFromSpec({
      sheets: [
        {
          name: "PK Biro",
          rows: [
            ["PERJANJIAN KINERJA BIRO ORGANISASI TAHUN 2026"],
            [],
            [
              "No",
              "RHK Pimpinan yang Diintervensi",
              "Rencana Hasil Kerja",
              "Indikator Kinerja Individu",
              "Target",
            ],
            [
              "1",
              "Meningkatnya kualitas tata kelola",
              "Tersusunnya peta proses bisnis",
              "Jumlah peta proses bisnis",
              4,
            ],
          ],
        },
      ],
    })
  );
  expect(read.plan.skp).toBeUndefined();
  expect(read.sheets[0].kind).toBeUndefined();
});
