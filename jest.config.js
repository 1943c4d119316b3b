/** Unit and component tests. ts-jest type-checks every test (no isolatedModules), so a strict-mode error fails the run. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // no test may fail because the machine is slow or busy: tests that build and fill whole
  // workbooks get a minute, not jest's 5 s (a shared 2-core runner can be that slow)
  testTimeout: 60000,
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
};
