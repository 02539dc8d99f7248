// The test-only bindings reach the CDK core through the seam (lib/compat/core), so that the tests
// run them under either flavour. Never published.
"use strict";
module.exports = require("../../lib/compat/core");
