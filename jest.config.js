/** @type {import('jest').Config} */
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  setupFilesAfterEnv: ["<rootDir>/test/setup.js"],
  // jest's runtime with V8's code cache shared between the test files of a worker
  runtime: "<rootDir>/test/runtime.js",
  // Inside this repository the package name the examples import maps to the sources.
  moduleNameMapper: { "^@meshoptixiq/cdktf-hardened$": "<rootDir>/lib/index.ts" },
  // The transform cache stays with the checkout (and goes with it), not in a shared temporary folder
  // that grows with every clone.
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
};
module.exports = {
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/json-reporter.js"],
  // a folder the test files of one run share (the examples are synthesized once per run)
  globalSetup: "<rootDir>/test/global-setup.js",
  globalTeardown: "<rootDir>/test/global-teardown.js",
  // One worker more than the cores: the integration files mostly wait (on their servers, on real
  // clocks), and a waiting file should not hold a core the unit files could use. jest's default, one
  // worker fewer than the cores, ran every file one after another on 2 cores.
  maxWorkers: require("os").availableParallelism() + 1,
  projects: [
    {
      ...common,
      roots: ["<rootDir>/test"],
      displayName: "unit",
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["\\.integration\\.test\\.ts$"],
    },
    { ...common, roots: ["<rootDir>/test"], displayName: "integration", testMatch: ["**/*.integration.test.ts"] },
    // Each example's own test, run against the sources.
    {
      ...common,
      roots: ["<rootDir>/examples"],
      displayName: "examples",
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/cdktf.out/"],
      modulePathIgnorePatterns: ["<rootDir>/examples/.*/node_modules/", "<rootDir>/examples/.*/cdktf.out/"],
    },
  ],
};
