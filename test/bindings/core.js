// The generated bindings reach the CDK core through the seam, as they do from dist/compat/kubernetes-bindings
// (where ../../core is dist/compat/core). Not part of the package: the build compiles only the bindings.
"use strict";
module.exports = require("../../lib/compat/core");
