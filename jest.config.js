/** @type {import('jest').Config} */
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }];
const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.ts$": swc },
  setupFilesAfterEnv: ["<rootDir>/test/setup.js"],
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["**/*.test.ts"], testPathIgnorePatterns: ["\\.integration\\.test\\.ts$"] },
    { ...common, displayName: "integration", testMatch: ["**/*.integration.test.ts"] },
  ],
};
