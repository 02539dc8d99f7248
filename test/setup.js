require("../lib/compat/jest").setupJest();
