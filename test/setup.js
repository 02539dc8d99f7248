const { Testing } = require("../lib/compat/core");
Testing.setupJest();
// Tests import constructs by path; the package root would load the guard, so load it here.
require("../lib/guard/hardening-guard");
