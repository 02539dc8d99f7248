// Runs TypeScript in this repository without a build: `node -r ./scripts/register.js file.ts`.
// Transpile only (types are checked by `tsc --noEmit`), with the swc settings the tests use, and
// without a source-map runtime: cdktf captures a stack trace for every token it creates, and mapping
// each of those through source maps took a quarter of a synth. Source maps are still inlined, so
// `node --enable-source-maps -r ./scripts/register.js ...` shows TypeScript lines when debugging.
// Output is cached by content (file name, source, swc version) in node_modules/.cache.
const { createHash } = require("crypto");
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require("fs");
const { join } = require("path");

const OPTIONS = {
  jsc: { parser: { syntax: "typescript" }, target: "es2022" },
  module: { type: "commonjs" },
  sourceMaps: "inline",
};
const CACHE = join(__dirname, "..", "node_modules", ".cache", "meshq-register");
const SALT = `${require("@swc/core/package.json").version}\0${JSON.stringify(OPTIONS)}\0`;
let swc;

function transpile(source, filename) {
  const key = createHash("sha256").update(SALT).update(filename).update("\0").update(source).digest("hex");
  const file = join(CACHE, `${key}.js`);
  try {
    return readFileSync(file, "utf8");
  } catch {
    swc ??= require("@swc/core");
    const { code } = swc.transformSync(source, { ...OPTIONS, filename });
    mkdirSync(CACHE, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    return code;
  }
}

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  module._compile(transpile(readFileSync(filename, "utf8"), filename), filename);
};
