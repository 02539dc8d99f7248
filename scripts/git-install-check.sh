#!/usr/bin/env bash
# The package installed from git, as a team does before the first release (or to pin a commit): npm
# clones the repository, installs its devDependencies in the clone and runs `prepare`
# (scripts/prepare.js), which builds it. In a fresh project outside the repository, with the peers
# from the registry: install git+file://<repository>#<HEAD commit>, check that the build arrived,
# load the package root, then compile the README's consumer app and synthesize it (the hardening
# guard runs at synth).
#
#   scripts/git-install-check.sh
#
# Only committed files reach the clone: in CI (a clean clone of main) that is the tree under test.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse HEAD)"
name="$(node -p 'require(process.argv[1]).name' "$repo/package.json")"
work="$(mktemp -d "${TMPDIR:-/tmp}/meshq-git-install-XXXXXX")"
case "$work/" in "$repo"/*) echo "the project must be outside the repository ($work)" >&2; exit 2 ;; esac
[ "${MESHQ_KEEP_SCRATCH:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
mapfile -t peers < <(node "$repo/scripts/peer-versions.js" newest)

echo "== install from git+file://$repo#$commit into $work"
cd "$work"
# npm 11 runs a git dependency's prepare script and asks that it be allowed (allowScripts), as a
# user's project does (README, Install).
cat > package.json <<JSON
{ "name": "meshq-git-consumer", "version": "0.0.0", "private": true, "license": "UNLICENSED", "allowScripts": { "$name": true } }
JSON
start=$(date +%s)
npm install --no-audit --no-fund "git+file://$repo#$commit" "${peers[@]}"
echo "git install (clone, devDependencies, prepare builds): $(( $(date +%s) - start ))s"
installed="node_modules/$name"
for file in dist/index.js dist/cdktf-hardened.d.ts dist/guard/cli.js; do
  [ -f "$installed/$file" ] || { echo "FAIL: the git install has no $file (prepare did not build the package)" >&2; exit 1; }
done
[ ! -e "$installed/lib" ] || { echo "FAIL: the git install carries lib/ (the sources), not only the package's files" >&2; exit 1; }
node -e 'const lib = require(process.argv[1]); if (!lib.HardenedMeshStack) throw new Error("HardenedMeshStack is not exported"); console.log(`package root loads: ${Object.keys(lib).length} exports`)' "$name"

ts="$(node -p 'require(process.argv[1]).devDependencies.typescript' "$repo/package.json")"
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
    "skipLibCheck": false,
    "types": ["node"],
    "outDir": "build"
  },
  "files": ["main.ts"]
}
JSON
npx tsc -p tsconfig.json
MESHQ_GUARD_QUIET=1 node build/main.js
node -e '
  const { readdirSync, readFileSync } = require("fs");
  const stacks = readdirSync("cdktf.out/stacks");
  if (stacks.length === 0) throw new Error("no stack synthesized");
  for (const s of stacks) {
    const report = JSON.parse(readFileSync(`cdktf.out/stacks/${s}/hardening-report.json`, "utf8"));
    const failed = report.controls.filter((c) => c.status === "fail").map((c) => c.id);
    if (failed.length) throw new Error(`${s}: controls failed: ${failed.join(", ")}`);
    console.log(`synth ${s} from the git install: ${report.controls.length} controls, none failed`);
  }
'
echo "git install: ok"
