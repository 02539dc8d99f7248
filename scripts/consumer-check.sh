#!/usr/bin/env bash
# The package as a user installs it. In a fresh project in a temporary folder outside this
# repository: install the packed tarball with its peers only (at the newest or the lowest versions
# the peer ranges allow, without flags), load the package root, then type-check the README's
# consumer app strictly, synthesize it (the hardening guard runs at synth) and validate the
# Terraform offline with tf-validate.
#
#   scripts/consumer-check.sh newest|lowest [TARBALL]
#
# Without TARBALL the package is packed first (npm pack runs the build).
set -euo pipefail
mode="${1:-}"
[ "$mode" = newest ] || [ "$mode" = lowest ] || { echo "usage: $0 newest|lowest [TARBALL]" >&2; exit 2; }
repo="$(cd "$(dirname "$0")/.." && pwd)"
tf_validate="$repo/../shared/tools/tf-validate/tf-validate"
[ -x "$tf_validate" ] || { echo "tf-validate not found at $tf_validate" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/meshq-consumer-$mode-XXXXXX")"
case "$work/" in "$repo"/*) echo "the consumer project must be outside the repository ($work)" >&2; exit 2 ;; esac
# The project (its node_modules is most of a gigabyte) is removed when the check ends, passed or
# failed; MESHQ_KEEP_SCRATCH=1 keeps it for a look.
[ "${MESHQ_KEEP_SCRATCH:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
tarball="${2:-}"
if [ -z "$tarball" ]; then
  (cd "$repo" && npm pack --silent --pack-destination "$work" >/dev/null)
  tarball="$(ls "$work"/*.tgz)"
fi
tarball="$(cd "$(dirname "$tarball")" && pwd)/$(basename "$tarball")"
name="$(node -p 'require(process.argv[1]).name' "$repo/package.json")"
# a process substitution hides its exit status: read the list first, and stop if it failed or is empty
peer_list="$(node "$repo/scripts/peer-versions.js" "$mode")" || { echo "consumer-check: scripts/peer-versions.js $mode failed" >&2; exit 1; }
mapfile -t peers <<< "$peer_list"
[ -n "$peer_list" ] && [ "${#peers[@]}" -gt 0 ] || { echo "consumer-check: no peers to install: it would check nothing" >&2; exit 1; }

echo "== consumer ($mode peers) in $work"
cd "$work"
cat > package.json <<'JSON'
{ "name": "meshq-consumer", "version": "0.0.0", "private": true, "license": "UNLICENSED" }
JSON
# The package and its peers only, no flags: a peer conflict (ERESOLVE) fails here.
npm install --no-audit --no-fund --save-exact "$tarball" "${peers[@]}"
npm ls --depth=0
if [ -e node_modules/@aws-sdk ] || [ -e node_modules/typescript ]; then
  echo "FAIL: installing the package pulled in packages that are not its peers" >&2
  exit 1
fi
node -e '
  const lib = require(process.argv[1]);
  for (const name of ["HardenedMeshStack", "SecureMeshApi", "RotatingApiKey", "HardeningGuard", "NetworkPolicyEnforcement"]) {
    if (lib[name] === undefined) throw new Error(`${name} is not exported from the package root`);
  }
  console.log(`package root loads with only its peers: ${Object.keys(lib).length} exports`);
' "$name"

# The README's consumer app, compiled with the strict settings of a `cdktf init` project.
# MESHQ_TYPESCRIPT=latest (or a version) compiles the app with that TypeScript instead of the pinned one.
ts="${MESHQ_TYPESCRIPT:-$(node -p 'require(process.argv[1]).devDependencies.typescript' "$repo/package.json")}"
types_node="$(node -p 'require(process.argv[1]).devDependencies["@types/node"]' "$repo/package.json")"
npm install --no-audit --no-fund --save-dev --save-exact "typescript@$ts" "@types/node@$types_node"
node "$repo/scripts/readme-app.js" > main.ts
cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "target": "ES2018",
    "lib": ["es2018"],
    "module": "commonjs",
    "strict": true,
    "alwaysStrict": true,
    "noImplicitAny": true,
    "noImplicitReturns": true,
    "noImplicitThis": true,
    "noUnusedLocals": true,
    "noUnusedParameters": true,
    "noFallthroughCasesInSwitch": true,
    "strictPropertyInitialization": true,
    "skipLibCheck": false,
    "types": ["node"],
    "outDir": "build"
  },
  "files": ["main.ts"]
}
JSON
npx tsc -p tsconfig.json
echo "strict tsc of the README app: ok"

rm -rf cdktf.out
MESHQ_GUARD_QUIET=1 node build/main.js
node -e '
  const { readdirSync, readFileSync } = require("fs");
  const stacks = readdirSync("cdktf.out/stacks");
  if (stacks.length === 0) throw new Error("no stack synthesized");
  for (const s of stacks) {
    const report = JSON.parse(readFileSync(`cdktf.out/stacks/${s}/hardening-report.json`, "utf8"));
    const failed = report.controls.filter((c) => c.status === "fail").map((c) => c.id);
    if (failed.length) throw new Error(`${s}: controls failed: ${failed.join(", ")}`);
    console.log(`synth ${s}: ${report.controls.length} controls, none failed`);
  }
'
"$tf_validate" --project "$work" "$work/cdktf.out/stacks"
# The same app run from its TypeScript source by the runner the package ships (what the templates'
# cdktf.json runs): no build step, the same stacks.
mv cdktf.out cdktf.compiled
MESHQ_GUARD_QUIET=1 node -r "$name/register" main.ts
for s in cdktf.compiled/stacks/*/; do
  s="$(basename "$s")"
  cmp -s "cdktf.compiled/stacks/$s/cdk.tf.json" "cdktf.out/stacks/$s/cdk.tf.json" || { echo "FAIL: $s differs between the compiled app and $name/register" >&2; exit 1; }
done
echo "the app from source with $name/register: the same stacks"
echo "consumer ($mode peers): ok"
