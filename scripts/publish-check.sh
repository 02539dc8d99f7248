#!/usr/bin/env bash
# `npm publish --dry-run` of the built package (npm run build first), as the release workflow
# publishes it: npm accepts the package and its metadata, and the files are the package's own. The
# dry run needs no login and sends nothing. Checks what it would publish: the entry points and the
# trimmed declarations are in, no sources, tests or test-only bindings are, the access is public,
# and the packed size stays within its budget.
set -euo pipefail
cd "$(dirname "$0")/.."
# Packed size budget, in bytes. Most of the package is the Kubernetes bindings carried for CDK
# Terrain (the pod-spec resources alone are about 470 kB packed); docs/cdk-terrain.md.
BUDGET=$((680 * 1024))
[ -f dist/index.js ] && [ -f dist/cdktf-hardened.d.ts ] || { echo "publish check: build first (npm run build)" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
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
  // besides the trimmed declarations, only the carried bindings'"'"' (CDK Terrain maps the Kubernetes
  // provider'"'"'s types to them) and the core seam'"'"'s they import
  for (const f of files.filter((f) => f.endsWith(".d.ts") && f !== "dist/cdktf-hardened.d.ts"))
    if (f !== "dist/compat/core.d.ts" && !f.startsWith("dist/compat/kubernetes-bindings/")) problems.push(`untrimmed declarations: ${f}`);
  if (!files.includes("dist/compat/core.d.ts")) problems.push("missing dist/compat/core.d.ts (the carried bindings import it)");
  const budget = Number(process.argv[2]);
  if (result.size > budget) problems.push(`packed size ${result.size} B is over the budget of ${budget} B`);
  console.log(`npm publish --dry-run: ${result.id}, ${result.files.length} files, ${(result.size / 1024).toFixed(1)} kB packed (budget ${(budget / 1024).toFixed(0)} kB), ${(result.unpackedSize / 1048576).toFixed(1)} MB unpacked`);
  if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
' "$out" "$BUDGET"
