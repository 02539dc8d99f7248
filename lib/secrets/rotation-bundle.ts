import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { builtinModules } from "module";
import { tmpdir } from "os";
import { dirname, join, posix, relative, sep } from "path";

/** The library's root folder: `lib/` in a source checkout, `dist/` in the installed package. */
const LIBRARY_ROOT = join(__dirname, "..");
/** The API-key rotation function's entry module, relative to the library root, without extension. */
export const API_KEY_ROTATION_HANDLER = "keys/rotation/handler";
/** The cache AUTH token rotation function's entry module. */
export const CACHE_TOKEN_ROTATION_HANDLER = "redis/rotation/handler";

/**
 * What the Lambda runtime (Node.js 22) provides besides the function's own files: Node's
 * built-in modules and the AWS SDK v3. The handler and the modules it imports may use these only.
 */
export function isRuntimeProvided(specifier: string): boolean {
  return specifier.startsWith("node:") || builtinModules.includes(specifier) || specifier.startsWith("@aws-sdk/");
}

/** One file of the function's asset: its path in the asset and its CommonJS code. */
export interface RotationAssetFile {
  readonly path: string;
  readonly code: string;
}

/**
 * The rotation function's files: the handler and every module it imports by relative path,
 * compiled to CommonJS and laid out as in the library, plus an `index.js` that re-exports the
 * handler (the function's handler setting is `index.handler`). The library itself never imports
 * the handler: it loads the AWS SDK, which only the Lambda runtime provides.
 *
 * An installed package ships the compiled `.js` files; a source checkout (ts-node, jest)
 * transpiles the `.ts` files with TypeScript. Either way the code is the same.
 */
export function rotationAssetFiles(handler: string): RotationAssetFile[] {
  const files = new Map<string, string>();
  const pending = [handler];
  while (pending.length > 0) {
    const module = pending.pop()!;
    if (files.has(`${module}.js`)) continue;
    const code = compiledModule(module);
    files.set(`${module}.js`, code);
    for (const specifier of requiredSpecifiers(code)) {
      if (specifier.startsWith("./") || specifier.startsWith("../")) {
        pending.push(posix.normalize(posix.join(posix.dirname(module), specifier)).replace(/\.js$/, ""));
      } else if (!isRuntimeProvided(specifier)) {
        throw new Error(
          `the rotation function's module ${module} requires "${specifier}", which the Lambda runtime does not provide; ` +
            "the handler may import only node: built-ins, @aws-sdk/* and relative modules that do the same",
        );
      }
    }
  }
  files.set("index.js", `"use strict";\nmodule.exports = require("./${handler}.js");\n`);
  return [...files.entries()].map(([path, code]) => ({ path, code })).sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Packages the rotation function: a directory holding its files, ready to be zipped by a
 * Terraform asset. The directory name carries a hash of the contents, so it is reused across
 * synths and never shared between different code.
 */
export function rotationHandlerDirectory(handler: string): string {
  const files = rotationAssetFiles(handler);
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update("\0").update(f.code).update("\0");
  const dir = join(tmpdir(), `meshq-rotation-${hash.digest("hex").slice(0, 16)}`);
  if (!existsSync(join(dir, "index.js"))) {
    for (const f of files) {
      const target = join(dir, ...f.path.split("/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.code);
    }
  }
  return dir;
}

function compiledModule(module: string): string {
  const base = join(LIBRARY_ROOT, ...module.split("/"));
  if (existsSync(`${base}.js`)) return readFileSync(`${base}.js`, "utf8");
  if (!existsSync(`${base}.ts`)) {
    throw new Error(`the rotation function's module ${relative(LIBRARY_ROOT, base).split(sep).join("/")} is missing from the package`);
  }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ts = require("typescript") as typeof import("typescript");
  return ts.transpileModule(readFileSync(`${base}.ts`, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, removeComments: false },
  }).outputText;
}

/** The module specifiers a CommonJS module passes to `require` as string literals. */
export function requiredSpecifiers(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*(["'])([^"']+)\1\s*\)/g)].map((m) => m[2]);
}
