import { writeFileSync } from "fs";
import { richWorkbook } from "../fixtures/richWorkbook";
it("dumps", async () => {
  writeFileSync("/tmp/sc/rich.xlsx", await richWorkbook());
  writeFileSync("/tmp/sc/rich.xlsm", await richWorkbook({ macros: true }));
});
