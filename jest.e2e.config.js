/** Browser end-to-end tests (npm run test:e2e): the built pages in Debian's chromium. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 90000,
  maxWorkers: 1,
};
