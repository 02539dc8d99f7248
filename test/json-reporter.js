// With MESHQ_JEST_JSON=<file>, the run's aggregated results are written there (what `--json
// --outputFile` writes), so that CI can run the README's `npm test` exactly as written and still
// read the counts.
const { writeFileSync } = require("fs");
const { formatTestResults } = require("@jest/test-result");

module.exports = class JsonReporter {
  onRunComplete(_contexts, results) {
    if (process.env.MESHQ_JEST_JSON) writeFileSync(process.env.MESHQ_JEST_JSON, JSON.stringify(formatTestResults(results)));
  }
};
