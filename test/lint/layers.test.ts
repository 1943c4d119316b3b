/**
 * DESIGN.md §5's direction, as `npm run lint` enforces it: each probe is a few lines a developer
 * might write in the wrong place, linted as if it were that file.
 */
import { ESLint } from "eslint";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
// the typed rules need a program; these probes only ask the import rules
// the config is handed over, not found: ESLint's own loading imports it dynamically, which jest's
// module system does not allow
const config = require(path.join(root, "eslint.config.js")) as ESLint.Options["baseConfig"];
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  baseConfig: config,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-misused-promises": "off",
    },
  },
});

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages
    .filter((m) => /no-restricted-imports$/.test(m.ruleId ?? ""))
    .map((m) => m.message);
}

const use = (names: string[]) => `\nexport const used = [${names.join(", ")}];\n`;

describe("the layer rule (DESIGN.md §5: ui / cli → app → hosts → workbook → core)", () => {
  it("keeps the domain core free of the workbook layer and of Excel", async () => {
    const errors = await importErrors(
      "src/core/probe.ts",
      `import { readWorkbook } from "../workbook/read";` + use(["readWorkbook"])
    );
    expect(errors).toEqual([expect.stringContaining("src/core is below src/workbook")]);
  });

  it("keeps the workbook layer from calling a host or a use case", async () => {
    const errors = await importErrors(
      "src/workbook/probe.ts",
      `import { openSession } from "../app/session";\nimport { OfficeWorkbook } from "../hosts/excel/officeWorkbook";` +
        use(["openSession", "OfficeWorkbook"])
    );
    expect(errors).toHaveLength(2);
  });

  it("lets the pane name a patch plan's shape but not plan a fill itself", async () => {
    const typeOnly = await importErrors(
      "src/taskpane/Probe.tsx",
      `import type { PatchPlan } from "../workbook/patches";\nexport type P = PatchPlan;\n`
    );
    expect(typeOnly).toEqual([]);
    const call = await importErrors(
      "src/taskpane/Probe.tsx",
      `import { planFill } from "../workbook/fill";` + use(["planFill"])
    );
    expect(call).toEqual([expect.stringContaining("calls src/app")]);
  });

  it("lets the command line run use cases from src/app, not from src/workbook", async () => {
    const viaApp = await importErrors(
      "src/cli/probe.ts",
      `import { planSessionFill } from "../app/fill";` + use(["planSessionFill"])
    );
    expect(viaApp).toEqual([]);
    const direct = await importErrors(
      "src/cli/probe.ts",
      `import { readWorkbook } from "../workbook/read";` + use(["readWorkbook"])
    );
    expect(direct).toHaveLength(1);
  });

  it("builds a host only in a composition root", async () => {
    const code =
      `import { OfficeWorkbook } from "../hosts/excel/officeWorkbook";` + use(["OfficeWorkbook"]);
    expect(await importErrors("src/taskpane/excelHost.ts", code)).toEqual([]);
    expect(await importErrors("src/taskpane/CheckView.tsx", code)).toEqual([
      expect.stringContaining("composition root"),
    ]);
  });
});
