import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  API_KEY_ROTATION_HANDLER,
  CACHE_PASSWORD_ROTATION_HANDLER,
  isRuntimeProvided,
  POSTGRES_APP_USER_ROTATION_HANDLER,
  requiredSpecifiers,
  rotationAssetFiles,
  rotationHandlerArchive,
} from "../../lib/secrets/rotation-bundle";

const ROOT = join(__dirname, "..", "..");

test("the asset holds the handler, the modules it imports and an index that re-exports it", () => {
  expect(rotationAssetFiles(API_KEY_ROTATION_HANDLER).map((f) => f.path)).toEqual([
    "index.js",
    "keys/rotation/handler.js",
    "policy/key-limits.js",
    "secrets/rotation/steps.js",
  ]);
  expect(rotationAssetFiles(CACHE_PASSWORD_ROTATION_HANDLER).map((f) => f.path)).toEqual([
    "index.js",
    "policy/cache-users.js",
    "redis/rotation/cache-api.js",
    "redis/rotation/handler.js",
    "redis/rotation/password-secret.js",
    "redis/rotation/settings.js",
    "secrets/rotation/env.js",
    "secrets/rotation/steps.js",
  ]);
  expect(rotationAssetFiles(POSTGRES_APP_USER_ROTATION_HANDLER).map((f) => f.path)).toEqual([
    "index.js",
    "postgres/rotation/app-role.js",
    "postgres/rotation/handler.js",
    "postgres/rotation/pg-client.js",
    "postgres/rotation/scram.js",
    "postgres/rotation/settings.js",
    "secrets/rotation/env.js",
    "secrets/rotation/steps.js",
  ]);
});

test("every module of the asset needs only what the Lambda runtime provides", () => {
  for (const f of [API_KEY_ROTATION_HANDLER, CACHE_PASSWORD_ROTATION_HANDLER, POSTGRES_APP_USER_ROTATION_HANDLER].flatMap(
    rotationAssetFiles,
  )) {
    for (const s of requiredSpecifiers(f.code)) {
      expect(s.startsWith(".") || isRuntimeProvided(s)).toBe(true);
    }
  }
  expect(isRuntimeProvided("node:crypto")).toBe(true);
  expect(isRuntimeProvided("crypto")).toBe(true);
  expect(isRuntimeProvided("@aws-sdk/client-secrets-manager")).toBe(true);
  expect(isRuntimeProvided("cdktf")).toBe(false);
  expect(isRuntimeProvided("constructs")).toBe(false);
  expect(requiredSpecifiers(`const a = require("../x"); const b = require('node:fs');`)).toEqual(["../x", "node:fs"]);
});

test("the packaged function loads on its own and enforces the shared key limits", () => {
  // The archive is read by a real ZIP implementation (Python's zipfile), as Lambda unpacks it.
  const dir = mkdtempSync(join(tmpdir(), "meshq-asset-"));
  const archive = rotationHandlerArchive(API_KEY_ROTATION_HANDLER);
  execFileSync("python3", ["-m", "zipfile", "-t", archive]);
  execFileSync("python3", ["-m", "zipfile", "-e", archive, dir]);
  expect(readFileSync(archive)).toEqual(readFileSync(rotationHandlerArchive(API_KEY_ROTATION_HANDLER))); // one file per content
  // Run from the asset directory, with only the SDK resolvable (as in Lambda), not the library.
  const out = execFileSync(
    process.execPath,
    [
      "-e",
      `const h = require("./index.js");
       let refused = false; try { h.generateKey(31, "hex"); } catch { refused = true; }
       console.log(JSON.stringify({ handler: typeof h.handler, refused, key: h.generateKey(32, "hex").length }));`,
    ],
    { cwd: dir, env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") }, encoding: "utf8" },
  );
  expect(JSON.parse(out)).toEqual({ handler: "function", refused: true, key: 32 });
});

test("the packaged PostgreSQL application user function loads on its own and refuses a short password or a foreign role", () => {
  const dir = mkdtempSync(join(tmpdir(), "meshq-asset-"));
  const archive = rotationHandlerArchive(POSTGRES_APP_USER_ROTATION_HANDLER);
  execFileSync("python3", ["-m", "zipfile", "-e", archive, dir]);
  const out = execFileSync(
    process.execPath,
    [
      "-e",
      `const h = require("./index.js");
       const roles = require("./postgres/rotation/app-role.js");
       let short = false; try { h.generatePassword(31); } catch { short = true; }
       let master = false; try { roles.loginRoleOf("meshq_app", "meshq_admin"); } catch { master = true; }
       console.log(JSON.stringify({ handler: typeof h.handler, short, master, password: h.generatePassword(64).length }));`,
    ],
    { cwd: dir, env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") }, encoding: "utf8" },
  );
  expect(JSON.parse(out)).toEqual({ handler: "function", short: true, master: true, password: 64 });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("library code never imports the handler or the AWS SDK (the package root must load with only its peers)", () => {
  const handlerDirs = [
    join(ROOT, "lib", "keys", "rotation"),
    join(ROOT, "lib", "redis", "rotation"),
    join(ROOT, "lib", "postgres", "rotation"),
    join(ROOT, "lib", "secrets", "rotation"),
  ];
  const offenders = sources(join(ROOT, "lib"))
    .filter((f) => !handlerDirs.some((d) => f.startsWith(d)))
    .filter((f) =>
      /from\s+["'][^"']*(rotation\/handler|@aws-sdk\/)[^"']*["']|require\(\s*["'][^"']*@aws-sdk/.test(readFileSync(f, "utf8")),
    );
  expect(offenders).toEqual([]);
});
