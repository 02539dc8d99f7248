#!/usr/bin/env node
// Sets the version of both packages released together (docs/releasing.md): the library
// (package.json, package-lock.json), its companion @meshoptixiq/cdktn-kubernetes-bindings
// (bindings/kubernetes/package.json) and the library's pin of the companion (an optional peer).
//
//   node scripts/set-version.mjs 0.2.0
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const version = process.argv[2] ?? "";
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  console.error("usage: node scripts/set-version.mjs <version>   (for example 0.2.0 or 0.2.0-rc.1)");
  process.exit(2);
}
const COMPANION = join(ROOT, "bindings", "kubernetes", "package.json");
const companion = JSON.parse(readFileSync(COMPANION, "utf8"));
companion.version = version;
writeFileSync(COMPANION, JSON.stringify(companion, null, 2) + "\n");
const npm = (...args) => execFileSync("npm", args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
npm("pkg", "set", `peerDependencies.${companion.name}=${version}`);
npm("version", version, "--no-git-tag-version", "--allow-same-version");
// the lock records the root's version and peers
npm("install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund");
console.log(`@meshoptixiq/cdktf-hardened, ${companion.name} and the pin: ${version}`);
