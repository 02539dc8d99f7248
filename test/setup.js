const { Testing } = require("../lib/compat/core");
Testing.setupJest();
