/** LibreOffice as a real client (npm run test:libreoffice): needs `soffice` (Debian's libreoffice-calc-nogui). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/libreoffice"],
  testMatch: ["**/*.check.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 300000,
};
