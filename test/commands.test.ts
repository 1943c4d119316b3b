import { oneClickCheck } from "../src/app/oneClickCheck";
import { langFrom } from "../src/core/messages";
import { OfficeWorkbook } from "../src/hosts/excel/officeWorkbook";
import { sampleWorkbook } from "../src/sample/sampleWorkbook";
import { FakeExcel } from "./hosts/excel/fakeExcel";

describe("the ribbon's one-click check", () => {
  it("checks the sample with its saved profile, colours the findings and adds the Temuan sheet", async () => {
    const excel = FakeExcel.fromSpec(sampleWorkbook());
    const result = await oneClickCheck(
      new OfficeWorkbook({ run: excel.run, supports: excel.supports }),
      "id"
    );
    expect(result).toEqual({ errors: 14, warnings: 17, info: 4, nothingRead: false });
    expect(excel.workbook.fill("IKU Eselon II", "E14")).toBe("FFC7CE");
    expect(excel.workbook.fill("PK Badan", "D12")).toBe("FFEB9C");
    expect(excel.workbook.value("Temuan", "C1")).toBe("Kode");
  });

  it("highlights nothing in a workbook with no IKU table", async () => {
    const excel = FakeExcel.fromSpec({ sheets: [{ name: "Catatan", rows: [["Nama", "Alamat"]] }] });
    const result = await oneClickCheck(
      new OfficeWorkbook({ run: excel.run, supports: excel.supports }),
      "en"
    );
    expect(result.nothingRead).toBe(true);
  });

  it("speaks English when Office's display language is English", () => {
    expect(langFrom("en-US")).toBe("en");
    expect(langFrom("id-ID")).toBe("id");
    expect(langFrom(undefined)).toBe("id");
  });
});
