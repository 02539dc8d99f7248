// Removes dist/ before a build, so that no file of an earlier build (a deleted module) is packed.
const { rmSync } = require("fs");
const { join } = require("path");

rmSync(join(__dirname, "..", "dist"), { recursive: true, force: true });
