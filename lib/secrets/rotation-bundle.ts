import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import { builtinModules } from "module";
import { tmpdir } from "os";
import { join, posix, relative, sep } from "path";
import { deflateRawSync } from "zlib";

/** The library's root folder: `lib/` in a source checkout, `dist/` in the installed package. */
const LIBRARY_ROOT = join(__dirname, "..");
/** The API-key rotation function's entry module, relative to the library root, without extension. */
export const API_KEY_ROTATION_HANDLER = "keys/rotation/handler";
/** The cache user password rotation function's entry module. */
export const CACHE_PASSWORD_ROTATION_HANDLER = "redis/rotation/handler";
/** The PostgreSQL application user rotation function's entry module. */
export const POSTGRES_APP_USER_ROTATION_HANDLER = "postgres/rotation/handler";

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
 * Packages the rotation function: a zip archive of its files, written once per content (its name
 * carries a hash of the files) and reused by every stack and every synth. The archive is built in
 * the process, with fixed timestamps, so the same code always gives the same bytes (and Lambda's
 * source hash changes only when the code does), and no `zip` process runs per stack.
 */
export function rotationHandlerArchive(handler: string): string {
  const known = ARCHIVES.get(handler);
  if (known && existsSync(known)) return known;
  const files = rotationAssetFiles(handler);
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update("\0").update(f.code).update("\0");
  const file = join(tmpdir(), `meshq-rotation-${hash.digest("hex").slice(0, 16)}.zip`);
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, zipArchive(files.map((f) => ({ path: f.path, data: Buffer.from(f.code, "utf8") }))));
    renameSync(partial, file);
  }
  ARCHIVES.set(handler, file);
  return file;
}

/** The archive of each handler, once per process: every stack of an app shares it. */
const ARCHIVES = new Map<string, string>();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive (deflated entries, DOS time 1980-01-01 00:00) of the given files. */
export function zipArchive(entries: Array<{ path: string; data: Buffer }>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.path, "utf8");
    const compressed = deflateRawSync(e.data, { level: 9 });
    const crc = crc32(e.data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10); // time
    header.writeUInt16LE(0x21, 12); // date: 1980-01-01
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(e.data.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, name, compressed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(0, 12);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(compressed.length, 20);
    dir.writeUInt32LE(e.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += header.length + name.length + compressed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

function compiledModule(module: string): string {
  const base = join(LIBRARY_ROOT, ...module.split("/"));
  if (existsSync(`${base}.js`)) return readFileSync(`${base}.js`, "utf8");
  if (!existsSync(`${base}.ts`)) {
    throw new Error(`the rotation function's module ${relative(LIBRARY_ROOT, base).split(sep).join("/")} is missing from the package`);
  }
  return transpiled(readFileSync(`${base}.ts`, "utf8"));
}

/**
 * Where a source checkout keeps the transpiled handler modules: with its dependencies, as its other
 * build caches (the installed package ships them compiled and never transpiles).
 */
const TRANSPILE_CACHE = join(LIBRARY_ROOT, "..", "node_modules", ".cache", "meshq-rotation");

/**
 * TypeScript source transpiled to CommonJS, as in the installed package. The output is kept under a
 * hash of the source and the compiler's version, so a source checkout loads and runs the compiler
 * only when the handler's code changes, not in every synth.
 */
function transpiled(source: string): string {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const version = (require("typescript/package.json") as { version: string }).version;
  const key = createHash("sha256").update(`typescript ${version}\0`).update(source).digest("hex").slice(0, 24);
  const file = join(TRANSPILE_CACHE, `${key}.js`);
  if (existsSync(file)) return readFileSync(file, "utf8");
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ts = require("typescript") as typeof import("typescript");
  const code = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, removeComments: false },
  }).outputText;
  const partial = `${file}.${process.pid}.tmp`;
  mkdirSync(TRANSPILE_CACHE, { recursive: true });
  writeFileSync(partial, code);
  renameSync(partial, file);
  return code;
}

/** The module specifiers a CommonJS module passes to `require` as string literals. */
export function requiredSpecifiers(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*(["'])([^"']+)\1\s*\)/g)].map((m) => m[2]);
}
