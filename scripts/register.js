// Runs a cdktf app written in TypeScript without a build: `node -r <this file> main.ts`. The package
// ships it as `@meshoptixiq/cdktf-hardened/register`, the runner of the example templates
// (cdktf.json: `node -r @meshoptixiq/cdktf-hardened/register main.ts`), and this repository runs its
// own scripts with it. Measured against ts-node, tsx and Node's type stripping (docs/performance.md),
// it is the fastest and leanest on every supported Node line, and it does not load the TypeScript
// compiler, so it works with TypeScript 5 and 7 alike (ts-node needs TypeScript 5's compiler API,
// which TypeScript 7 no longer has).
//
// Transpile only (types are checked by `tsc --noEmit`), with @swc/core, and without a source-map
// runtime: cdktf captures a stack trace for every token it creates, and mapping each of those
// through source maps took a quarter of a synth. Source maps are still inlined, so
// `node --enable-source-maps -r …/register main.ts` shows TypeScript lines when debugging.
// Output is cached by content (file name, source, swc version) in node_modules/.cache of the
// directory the app runs in, when it can be written.
const { createHash } = require("crypto");
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require("fs");
const { join } = require("path");

const OPTIONS = {
  jsc: { parser: { syntax: "typescript" }, target: "es2022" },
  module: { type: "commonjs" },
  sourceMaps: "inline",
};
const MODULES = join(process.cwd(), "node_modules");
const CACHE = existsSync(MODULES) ? join(MODULES, ".cache", "meshq-register") : undefined;
let swc;
let salt;

function swcRequire(id) {
  try {
    return require(id);
  } catch (e) {
    throw new Error(
      `Running TypeScript with @meshoptixiq/cdktf-hardened/register needs @swc/core: npm install --save-dev @swc/core (${e.message})`,
    );
  }
}

function transpile(source, filename) {
  // the cache key needs only swc's version: the compiler itself loads on a cache miss
  salt ??= `${swcRequire("@swc/core/package.json").version}\0${JSON.stringify(OPTIONS)}\0`;
  const key = CACHE && createHash("sha256").update(salt).update(filename).update("\0").update(source).digest("hex");
  const file = CACHE && join(CACHE, `${key}.js`);
  if (file && existsSync(file)) return readFileSync(file, "utf8");
  swc ??= swcRequire("@swc/core");
  const { code } = swc.transformSync(source, { ...OPTIONS, filename });
  if (file) {
    try {
      mkdirSync(CACHE, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    } catch {
      // a read-only project still runs, without the cache
    }
  }
  return code;
}

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  module._compile(transpile(readFileSync(filename, "utf8"), filename), filename);
};

// cdktf records a stack trace for every token it creates and reads one only to explain a token that
// cannot be resolved: capture the frames, format them when read (./lazy-stack-traces.js).
require("./lazy-stack-traces").installLazyStackTraces(process.cwd());
