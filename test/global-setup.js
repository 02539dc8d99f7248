// One folder per test run (MESHQ_TEST_RUN_DIR) that the test files share: the examples are
// synthesized once per run there (test/structure/examples.ts). The run's scratch files go in it
// too: TMPDIR points inside it, so every temporary folder a test makes (cdktf's Testing outdirs,
// synthesized apps, server homes) is removed with it by test/global-teardown.js and a run leaves
// nothing behind. Jest's workers start after this and inherit both variables.
const { mkdirSync, mkdtempSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

module.exports = () => {
  // Why suites skip: jest does not print the output of a file whose tests were all skipped.
  for (const reason of require("./tools").skipReasons()) console.warn(reason);
  const run = mkdtempSync(join(tmpdir(), "meshq-test-run-"));
  process.env.MESHQ_TEST_RUN_DIR = run;
  process.env.TMPDIR = join(run, "tmp");
  mkdirSync(process.env.TMPDIR);
};
