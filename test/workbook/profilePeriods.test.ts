/**
 * A mapping profile places the period target columns when the headers do not say them: a Biro's
 * sheet heads its quarters with its own code names ("Alfa" … "Delta"), past a text column; the
 * planner tells Selaras which they are, and the profile's columns are the ones read.
 */
import { gridsFromSpec, type WorkbookSpec } from "../../src/sample/spec";
import { parseProfile } from "../../src/workbook/profile";
import { readWorkbook } from "../../src/workbook/read";

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: "PK Biro Umum",
      rows: [
        ["PERJANJIAN KINERJA BIRO UMUM TAHUN 2026"],
        [],
        [
          "No",
          "Sasaran",
          "Indikator Kinerja",
          "Satuan",
          "Target",
          "Jan–Mar",
          "Apr–Jun",
          "Jul–Sep",
          "Okt–Des",
        ],
        [
          "1",
          "Tata kelola yang akuntabel",
          "Persentase pengadaan yang tepat waktu",
          "%",
          90,
          "Bagian Pengadaan",
          20,
          45,
          70,
          90,
        ],
      ],
    },
  ],
};

describe("period columns from the profile", () => {
  it("reads the quarters the profile names, whatever their headers say", () => {
    const mapped = readWorkbook(gridsFromSpec(SPEC), {
      version: 1,
      sheets: { "PK Biro Umum": { periods: ["G", "H", "I", "J"] } },
    }).plan.indicators[0];
    expect(mapped.periods?.map((p) => p.original)).toEqual(["20", "45", "70", "90"]);
  });

  it("refuses a profile file whose periods are not column letters, naming the field", () => {
    const json = JSON.stringify({
      version: 1,
      sheets: { "PK Biro Umum": { periods: ["F", "7"] } },
    });
    expect(() => parseProfile(json, "pemetaan.json")).toThrow(/sheets\.PK Biro Umum\.periods\[1\]/);
  });
});
