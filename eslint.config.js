// ESLint flat config: the Office add-in rules (eslint-plugin-office-addins) over TypeScript and TSX.
// The plugin's recommended config needs three fixes (see TOOLCHAIN.md): an explicit parser, .tsx in
// `files`, and no `no-undef` (tsc checks names; Excel/Office/jest are globals).
const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");

const files = ["**/*.{js,cjs,mjs,ts,tsx}"];

/**
 * DESIGN.md §5: dependencies point one way — ui / cli → app → hosts → workbook → core. Each layer
 * may not import the layers above it (relative imports, so a folder name anywhere in the path).
 */
const ABOVE = {
  core: ["workbook", "hosts", "app", "taskpane", "web", "cli", "commands", "sample"],
  workbook: ["hosts", "app", "taskpane", "web", "cli", "commands"],
  hosts: ["app", "taskpane", "web", "cli", "commands"],
  app: ["taskpane", "web", "cli", "commands"],
};
const layerRules = Object.entries(ABOVE).map(([layer, above]) => ({
  files: [`src/${layer}/**`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: above.map((name) => ({
          group: [`**/${name}/*`, `**/${name}`],
          message: `src/${layer} is below src/${name} (DESIGN.md §5: ui / cli → app → hosts → workbook → core)`,
        })),
      },
    ],
  },
}));

/**
 * The front ends (the pane, the web page, the command line, the ribbon command) run use cases from
 * src/app and render with src/core; they may name the workbook layer's data shapes (`import type`),
 * never call into it. Only the files that build a host (the composition roots) import src/hosts.
 */
const FRONT_ENDS = ["taskpane", "web", "cli", "commands"];
const COMPOSITION_ROOTS = [
  "src/taskpane/excelHost.ts",
  "src/commands/commands.ts",
  "src/cli/main.ts",
  "src/cli/demo.ts",
];
const WORKBOOK_TYPES_ONLY = {
  group: ["**/workbook/*", "**/workbook"],
  allowTypeImports: true,
  message:
    "a front end calls src/app (use cases) and src/core (rendering), not src/workbook; its types may be imported with `import type` (DESIGN.md §5)",
};
const NO_HOSTS = {
  group: ["**/hosts/*", "**/hosts/**"],
  message:
    "only a composition root builds a host (eslint.config.js COMPOSITION_ROOTS); the rest talks to src/app",
};
const restrict = (patterns) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});
const frontEndRules = [
  { files: FRONT_ENDS.map((f) => `src/${f}/**`), rules: restrict([WORKBOOK_TYPES_ONLY, NO_HOSTS]) },
  // later in the list, so it replaces the rule above for these files
  { files: COMPOSITION_ROOTS, rules: restrict([WORKBOOK_TYPES_ONLY]) },
];

module.exports = [
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-*/",
      "build/",
      "lib/",
      "lib-bench/",
      "coverage/",
      "out/",
      "docs/",
    ],
  },
  ...officeAddins.configs.react.map((c) => ({ ...c, files })),
  {
    files,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // The load/sync rules are about Office.js proxies; elsewhere (ExcelJS, plain data) they misfire.
    files: [
      "src/core/**",
      "src/workbook/**",
      "src/hosts/xlsx/**",
      "src/cli/**",
      "src/sample/**",
      "test/**",
      "scripts/**",
    ],
    ignores: ["test/hosts/excel/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  ...layerRules,
  ...frontEndRules,
  {
    // A promise nobody awaits loses its error (a failed write said nowhere), and a promise where a
    // plain callback is expected (an onClick) runs unawaited: both need type information.
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
];
