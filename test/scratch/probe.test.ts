import { checkPlan } from "../../src/core/check";
import { gridsFromSpec, type SheetSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";
import * as F from "../fixtures/v3lookalikes";

function show(label: string, ...sheets: SheetSpec[]) {
  const r = readWorkbook(gridsFromSpec({ sheets }));
  const c = checkPlan(r.plan);
  console.log(
    label + "\n" +
      r.sheets.map((s) => `  sheet ${s.sheet}: ${s.status} ${s.reason ?? ""} ${s.unit}`).join("\n") + "\n" +
      r.tables.map((t) => `  table ${t.range} ${t.layout} ${JSON.stringify(t.columns)} rows=${t.rows}`).join("\n") + "\n" +
      r.plan.indicators.map((i) => `  row ${i.unit} | ${i.code} | ${i.name} | ${i.objective} | ${i.satuan} | ${JSON.stringify(i.target.value)}`).join("\n") + "\n" +
      c.findings.map((f) => `  ${f.code} ${f.at?.cell} ${f.unit} ${f.indicator} ${f.parent ?? ""}`).join("\n")
  );
}
test("probe", () => {
  show("1 letter", F.letterCodedLongTable());
  show("3 mutual", F.mutualLinks());
  show("14 self", F.selfParent());
  show("4 trailing", F.trailingDotCodes());
  show("5 year", F.yearOnlyTarget());
  show("6 renja", F.renjaLongHeader());
  show("7 merged", F.mergedIndicatorHeading());
  show("8 carry merged", F.carryDownAcrossUnits(true));
  show("8 carry", F.carryDownAcrossUnits(false));
  show("9 tahap", F.satuanSpellings());
});
