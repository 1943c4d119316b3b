// ESLint flat config: the Office add-in rules (eslint-plugin-office-addins) over TypeScript and TSX.
// The plugin's recommended config needs three fixes (see TOOLCHAIN.md): an explicit parser, .tsx in
// `files`, and no `no-undef` (tsc checks names; Excel/Office/jest are globals).
const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");

const files = ["**/*.{js,cjs,mjs,ts,tsx}"];

module.exports = [
  {
    ignores: ["node_modules/", "dist/", "dist-*/", "build/", "lib/", "coverage/", "out/", "docs/"],
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
];
