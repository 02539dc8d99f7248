#!/usr/bin/env bash
# `npm publish --dry-run` of both packages the release publishes (npm run build first; this script
# builds the companion itself), as the release workflow publishes them: npm accepts each package and
# its metadata, and the files are the package's own. The dry runs need no login and send nothing.
#   - @meshoptixiq/cdktf-hardened: the entry points and the trimmed declarations are in; no
#     sources, tests or bindings are; the packed size stays within its budget.
#   - @meshoptixiq/cdktn-kubernetes-bindings (bindings/kubernetes, the Kubernetes bindings for CDK
#     Terrain): every module the library loads, compiled with its declarations, and nothing else;
#     the same version as the library, which pins it as an optional peer.
# Both: public access.
set -euo pipefail
cd "$(dirname "$0")/.."
# Packed size budget of the library, in bytes. The Kubernetes bindings for CDK Terrain (about 420 kB
# packed, mostly the four pod-spec resources) are the companion package's, not the library's.
BUDGET=$((400 * 1024))
[ -f dist/index.js ] && [ -f dist/cdktf-hardened.d.ts ] || { echo "publish check: build first (npm run build)" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# the library
out="$(npm publish --dry-run --ignore-scripts --json 2> "$log")" || { cat "$log"; exit 1; }
grep -q "with tag latest and public access (dry-run)" "$log" || { cat "$log"; echo "publish check: not public access" >&2; exit 1; }
node -e '
  const [result] = Object.values(JSON.parse(process.argv[1]));
  const files = result.files.map((f) => f.path);
  const problems = [];
  for (const must of ["package.json", "README.md", "LICENSE", "dist/index.js", "dist/cdktf-hardened.d.ts", "dist/guard/cli.js"])
    if (!files.includes(must)) problems.push(`missing ${must}`);
  for (const f of files)
    if (!/^(package\.json|README\.md|LICENSE|dist\/.+\.(js|mjs|d\.ts|sh))$/.test(f)) problems.push(`not a file of the package: ${f}`);
  // one declaration file, trimmed to the public API
  for (const f of files.filter((f) => f.endsWith(".d.ts") && f !== "dist/cdktf-hardened.d.ts")) problems.push(`untrimmed declarations: ${f}`);
  for (const f of files.filter((f) => /bindings/.test(f))) problems.push(`bindings belong to the companion package: ${f}`);
  const budget = Number(process.argv[2]);
  if (result.size > budget) problems.push(`packed size ${result.size} B is over the budget of ${budget} B`);
  console.log(`npm publish --dry-run: ${result.id}, ${result.files.length} files, ${(result.size / 1024).toFixed(1)} kB packed (budget ${(budget / 1024).toFixed(0)} kB), ${(result.unpackedSize / 1048576).toFixed(1)} MB unpacked`);
  if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
' "$out" "$BUDGET"

# the companion: built here (its prepack would too), then published dry with scripts off
npm run --silent --prefix bindings/kubernetes build > "$log" 2>&1 || { cat "$log"; echo "publish check: the companion does not build" >&2; exit 1; }
out="$(cd bindings/kubernetes && npm publish --dry-run --ignore-scripts --json 2> "$log")" || { cat "$log"; exit 1; }
grep -q "with tag latest and public access (dry-run)" "$log" || { cat "$log"; echo "publish check: the companion is not public access" >&2; exit 1; }
node -e '
  const { readdirSync } = require("fs");
  const [result] = Object.values(JSON.parse(process.argv[1]));
  const main = require("./package.json");
  const files = result.files.map((f) => f.path);
  const problems = [];
  for (const must of ["package.json", "README.md", "LICENSE"]) if (!files.includes(must)) problems.push(`missing ${must}`);
  for (const module of readdirSync("bindings/kubernetes/src"))
    for (const f of ["index.js", "index.d.ts"]) if (!files.includes(`lib/${module}/${f}`)) problems.push(`missing lib/${module}/${f}`);
  for (const f of files) if (!/^(package\.json|README\.md|LICENSE|lib\/.+\.(js|d\.ts))$/.test(f)) problems.push(`not a file of the package: ${f}`);
  if (result.version !== main.version) problems.push(`version ${result.version} is not the library'"'"'s ${main.version}`);
  if (main.peerDependencies[result.name] !== result.version) problems.push(`the library pins ${result.name}@${main.peerDependencies[result.name]}, not ${result.version}`);
  console.log(`npm publish --dry-run: ${result.id}, ${result.files.length} files, ${(result.size / 1024).toFixed(1)} kB packed, ${(result.unpackedSize / 1048576).toFixed(1)} MB unpacked`);
  if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
' "$out"
