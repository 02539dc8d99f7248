// One folder per test run that the test files share (MESHQ_TEST_RUN_DIR): the examples are
// synthesized once per run there (test/structure/examples.ts). Jest's workers start after this and
// inherit the variable.
const { mkdtempSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

module.exports = () => {
  process.env.MESHQ_TEST_RUN_DIR = mkdtempSync(join(tmpdir(), "meshq-test-run-"));
};
