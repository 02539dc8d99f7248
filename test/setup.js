const { Testing } = require("cdktf");
Testing.setupJest();
// Tests import constructs by path; the package root would load the guard, so load it here.
require("../lib/guard/hardening-guard");
