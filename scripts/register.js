// Runs TypeScript in this repository without a build: `node -r ./scripts/register.js file.ts`.
// Transpile only (types are checked by `tsc --noEmit`), with the swc settings the tests use, and
// without a source-map runtime: cdktf captures a stack trace for every token it creates, and mapping
// each of those through source maps took a quarter of a synth. Source maps are still inlined, so
// `node --enable-source-maps -r ./scripts/register.js ...` shows TypeScript lines when debugging.
const { readFileSync } = require("fs");
const { transformSync } = require("@swc/core");

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, "utf8"), {
    filename,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  });
  module._compile(code, filename);
};
