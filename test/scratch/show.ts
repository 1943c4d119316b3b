import { checkPlan } from "../../src/core/check";
import { gridsFromSpec, type SheetSpec } from "../../src/sample/spec";
import { readWorkbook } from "../../src/workbook/read";

export function show(label: string, ...sheets: SheetSpec[]) {
  const r = readWorkbook(gridsFromSpec({ sheets }));
  const c = checkPlan(r.plan);
  console.log(
    label + "\n" +
      r.sheets.map((s) => `  sheet ${s.sheet}: ${s.status} ${s.reason ?? ""} ${s.unit}`).join("\n") + "\n" +
      r.tables.map((t) => `  table ${t.range} ${t.layout} ${t.unit} ${JSON.stringify(t.columns)} rows=${t.rows}`).join("\n") + "\n" +
      r.plan.units.map((u) => `  unit ${u.name} <- ${(u.parents ?? []).map((p) => p.name + ":" + p.source).join(",")}`).join("\n") + "\n" +
      r.plan.rules.map((u) => `  rule ${u.parent} -> ${u.child} ${u.type} ${JSON.stringify(u.share)}`).join("\n") + "\n" +
      r.plan.indicators.map((i) => `  row ${i.unit} | ${i.code} | ${i.name} | ${i.objective} | ${i.satuan} | ${JSON.stringify(i.target.value)} | ${JSON.stringify(i.links?.map((l) => l.parent))}`).join("\n") + "\n" +
      c.findings.map((f) => `  ${f.code} ${f.at?.cell} ${f.unit} ${f.indicator} ${f.parent ?? ""} ${JSON.stringify(f.detail ?? {})}`).join("\n")
  );
}
