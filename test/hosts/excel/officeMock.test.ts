/**
 * The host's load → sync → read discipline against office-addin-mock, Microsoft's own mock of the
 * Office.js proxies: a property read before it was loaded and synced gives the mock's error text,
 * which would end up in the grid's formats or formulas here.
 */
import { OfficeMockObject } from "office-addin-mock";
import { loadDetailsIn } from "../../../src/hosts/excel/read";
import { featuresOf } from "../../../src/hosts/excel/runtime";
import { cellKey, gridFromRows } from "../../../src/workbook/grid";

describe("loadDetails over office-addin-mock (Excel 2019: no special cells)", () => {
  it("loads, syncs, then reads number formats and formulas", async () => {
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: function (this: { sheet: unknown }) {
            return this.sheet;
          },
          sheet: {
            getRange: function (this: { ranges: Record<string, unknown> }, address: string) {
              return this.ranges[address];
            },
            ranges: {
              // the numbers of the target column, for their formats
              "E3:E4": { numberFormat: [["0%"], ["General"]] },
              // the read column's formulas (constants come back as values)
              "E2:E4": { formulas: [["Target"], [0.85], ["=E3*10"]] },
            },
          },
        },
      },
    });
    const grid = gridFromRows("PK Bidang", [["Target"], [0.85], [8.5]], { top: 2, left: 5 });
    await loadDetailsIn(
      context as unknown as Excel.RequestContext,
      [grid],
      [{ sheet: "PK Bidang", columns: [5] }],
      featuresOf(() => false),
      4_000_000
    );
    expect([...grid.formats]).toEqual([[cellKey(3, 5), "0%"]]);
    expect([...grid.formulas]).toEqual([cellKey(4, 5)]);
  });
});
