#!/usr/bin/env node
// Prints the changelog entry of a release tag, for the release's notes, and fails when the tag does
// not name the version in package.json, the companion package (bindings/kubernetes/package.json) and
// the library's pin of it are at another version, or CHANGELOG.md has no entry for it
// (docs/releasing.md).
//
//   node scripts/release-notes.mjs v0.2.0 > notes.md
import { readFileSync } from "node:fs";

const ROOT = new URL("..", import.meta.url);
const tag = process.argv[2] ?? "";
const { version } = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8"));
const fail = (message) => {
  console.error(`release-notes: ${message}`);
  process.exit(1);
};
if (tag !== `v${version}`)
  fail(`the tag "${tag}" does not name the package's version ${version} (expected v${version}); run npm version first`);
const companion = JSON.parse(readFileSync(new URL("bindings/kubernetes/package.json", ROOT), "utf8"));
const pinned = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")).peerDependencies?.[companion.name];
if (companion.version !== version || pinned !== version)
  fail(
    `${companion.name} is at ${companion.version} and the library pins ${pinned}; both must be ${version}, released together: node scripts/set-version.mjs ${version}`,
  );
const changelog = readFileSync(new URL("CHANGELOG.md", ROOT), "utf8");
const heading = new RegExp(`^## \\[${version.replace(/\./g, "\\.")}\\][^\\n]*$`, "m").exec(changelog);
if (!heading) fail(`CHANGELOG.md has no "## [${version}]" entry: move the Unreleased entries under it`);
const rest = changelog.slice(heading.index + heading[0].length);
const next = rest.search(/^## /m);
const notes = (next < 0 ? rest : rest.slice(0, next)).trim();
if (!notes) fail(`the CHANGELOG.md entry of ${version} is empty`);
process.stdout.write(`${notes}\n`);
