import type { Consolidation, Indicator } from "../../src/core/model";
import { parseTarget } from "../../src/core/values";
import { bulkTotal, computeBulk, type BulkRequest, type BulkRow } from "../../src/app/bulkTargets";

const KANREG = ["Kantor Regional I", "Kantor Regional II", "Kantor Regional III"];

function deputiIku(target: string, satuan: string, periods?: string[]): Indicator {
  return {
    id: "PK Deputi!6",
    unit: "Deputi Bidang Mutasi Kepegawaian",
    code: "1.2",
    name: "Jumlah instansi yang menerapkan manajemen talenta",
    satuan,
    target: parseTarget(target),
    periods: periods?.map((p) => parseTarget(p)),
    cells: {},
  };
}

function request(
  parent: Indicator,
  consolidation: Consolidation,
  more: Partial<BulkRequest> = {}
): BulkRequest {
  return {
    parent,
    consolidation,
    units: KANREG,
    method: "equal",
    shareKind: "percent",
    inputs: {},
    phasing: "none",
    locale: "id",
    ...more,
  };
}

describe("the total of a Deputi's target split to its Kantor Regional", () => {
  it("adds the units' annual targets and each TW, and says the year meets the Deputi's 40", () => {
    const out = computeBulk(request(deputiIku("40", "Instansi"), "sum", { phasing: "cumulative" }));
    if (!out.ok) throw new Error("refused");
    expect(out.rows.map((r) => r.annual.text)).toEqual(["14", "13", "13"]);
    expect(out.total).toEqual({
      kind: "sum",
      annual: { value: 40, text: "40" },
      // each unit's quarters are rounded on their own (14: 4, 7, 11, 14; 13: 3, 7, 10, 13), so the
      // total shows TW II at 21 where an equal phasing of 40 gives 20: the planner sees it
      periods: [10, 21, 31, 40].map((v) => ({ value: v, text: String(v) })),
      matches: true,
    });
  });

  it("says when percent shares leave part of the Deputi's target unassigned", () => {
    const out = computeBulk(
      request(deputiIku("40", "Instansi"), "sum", {
        method: "shares",
        inputs: { [KANREG[0]]: "40", [KANREG[1]]: "30", [KANREG[2]]: "20" },
      })
    );
    if (!out.ok) throw new Error("refused");
    expect(out.total?.annual.text).toBe("36");
    expect(out.total?.matches).toBe(false);
  });

  it("adds a band end by end: 30 – 45 dokumen over three units is still 30 – 45", () => {
    const out = computeBulk(request(deputiIku("30 - 45", "Dokumen"), "sum"));
    if (!out.ok) throw new Error("refused");
    expect(out.rows.map((r) => r.annual.text)).toEqual(["10 - 15", "10 - 15", "10 - 15"]);
    expect(out.total?.annual.text).toBe("30 - 45");
    expect(out.total?.matches).toBe(true);
  });

  it("averages an average-type IKU: a Kantor Regional's own 90 lifts the mean of 80 to 83,33", () => {
    const out = computeBulk(
      request(deputiIku("80", "%"), "average", {
        method: "shares",
        shareKind: "absolute",
        inputs: { [KANREG[0]]: "90" },
      })
    );
    if (!out.ok) throw new Error("refused");
    expect(out.rows.map((r) => r.annual.text)).toEqual(["90,00", "80", "80"]);
    expect(out.total).toMatchObject({
      kind: "mean",
      annual: { value: 83.33, text: "83,33" },
      matches: false,
    });
  });

  it("weights the mean by each unit's weight when the split has weights", () => {
    const rows: BulkRow[] = [
      { unit: KANREG[0], annual: { value: 90, text: "90" } },
      { unit: KANREG[1], annual: { value: 80, text: "80" } },
    ];
    const total = bulkTotal(rows, parseTarget("80"), "average", 2, [3, 1]);
    expect(total).toMatchObject({
      kind: "weighted-mean",
      annual: { value: 87.5, text: "87,5" },
      matches: false,
    });
  });

  it("gives no total for a take-last-known IKU or a grade: each unit stands on its own", () => {
    const last = computeBulk(request(deputiIku("80", "%"), "last"));
    expect(last.ok && last.total).toBeUndefined();
    const grade = computeBulk(request(deputiIku("WTP", "Opini"), "sum"));
    expect(grade.ok && grade.total).toBeUndefined();
  });
});
