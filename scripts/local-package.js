// Inside this repository the examples import the library by its package name, as they do when
// copied out. This preload maps that name to the sources (lib/index.ts), so that `npm run synth`
// and `npm run synth:examples` run the examples without a build. Outside the repository the name
// resolves to the installed package.
const Module = require("module");
const { join } = require("path");

const NAME = require("../package.json").name;
const ENTRY = join(__dirname, "..", "lib", "index.ts");
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === NAME ? ENTRY : request, ...rest);
};
