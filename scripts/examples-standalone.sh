#!/usr/bin/env bash
# Every example as the template it is: copied alone to a temporary folder outside this repository,
# its dependency on the library pointed at the packed tarball (the only change a user makes is the
# same: a version instead of file:../..), installed, tested (`npm test`), synthesized the way its
# cdktf.json says, and validated offline with tf-validate.
#
#   scripts/examples-standalone.sh [--tarball TARBALL] [EXAMPLE...]
#
# Without --tarball the package is packed first; without EXAMPLE names, every example runs.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tf_validate="$repo/../shared/tools/tf-validate/tf-validate"
[ -x "$tf_validate" ] || { echo "tf-validate not found at $tf_validate" >&2; exit 2; }
tarball=""
if [ "${1:-}" = --tarball ]; then tarball="$2"; shift 2; fi
examples=("$@")
if [ ${#examples[@]} -eq 0 ]; then
  for d in "$repo"/examples/*/; do examples+=("$(basename "$d")"); done
fi
scratch="$(mktemp -d "${TMPDIR:-/tmp}/meshq-examples-XXXXXX")"
case "$scratch/" in "$repo"/*) echo "the copies must be outside the repository ($scratch)" >&2; exit 2 ;; esac
# Each copy is removed once it is judged, and the whole folder when the script ends, passed or
# failed (each copy's node_modules is most of a gigabyte); MESHQ_KEEP_SCRATCH=1 keeps them for a look.
keep="${MESHQ_KEEP_SCRATCH:-}"
[ "$keep" = 1 ] || trap 'rm -rf "$scratch"' EXIT
if [ -z "$tarball" ]; then
  (cd "$repo" && npm pack --silent --pack-destination "$scratch" >/dev/null)
  tarball="$(ls "$scratch"/*.tgz)"
fi
tarball="$(cd "$(dirname "$tarball")" && pwd)/$(basename "$tarball")"
name="$(node -p 'require(process.argv[1]).name' "$repo/package.json")"
# No update checks or telemetry from the cdktf CLI, and no progress spinners in logs.
export CHECKPOINT_DISABLE=1 CI=1

results=()
for example in "${examples[@]}"; do
  src="$repo/examples/$example"
  [ -f "$src/package.json" ] || { echo "examples/$example has no package.json" >&2; exit 1; }
  dir="$scratch/$example"
  echo "== examples/$example, copied to $dir"
  mkdir -p "$dir"
  tar -C "$src" --exclude=./node_modules --exclude=./cdktf.out -cf - . | tar -C "$dir" -xf -
  set +e
  (
    set -e
    cd "$dir"
    node -e '
      const fs = require("fs");
      const [name, tarball] = process.argv.slice(1);
      const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
      if (!pkg.dependencies || !pkg.dependencies[name]) throw new Error(`package.json does not depend on ${name}`);
      pkg.dependencies[name] = `file:${tarball}`;
      fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");
    ' "$name" "$tarball"
    npm install --no-audit --no-fund
    # MESHQ_TYPESCRIPT=latest (or a version): the template as a user with that TypeScript has it.
    if [ -n "${MESHQ_TYPESCRIPT:-}" ]; then
      npm install --no-audit --no-fund --save-dev "typescript@$MESHQ_TYPESCRIPT"
      echo "TypeScript $(npx tsc --version)"
    fi
    npm test
    rm -rf cdktf.out
    # With cdktf-cli in the template, synthesize through it; otherwise run the cdktf.json app as
    # the CLI would.
    if [ -x node_modules/.bin/cdktf ]; then
      MESHQ_GUARD_QUIET=1 npx cdktf synth
    else
      MESHQ_GUARD_QUIET=1 sh -c "$(node -p 'require("./cdktf.json").app')"
    fi
    ls cdktf.out/stacks/*/cdk.tf.json >/dev/null
    # A template that brings its own Checkov gate (the deploy pipeline) must pass it.
    if [ -f scripts/checkov-gate.py ]; then
      command -v checkov >/dev/null || { echo "checkov is needed: pip install -r requirements-ci.txt" >&2; exit 1; }
      python3 scripts/checkov-gate.py cdktf.out
    fi
    "$tf_validate" --project "$dir" "$dir/cdktf.out/stacks"
  )
  status=$?
  set -e
  if [ $status -eq 0 ]; then results+=("PASS examples/$example"); else results+=("FAIL examples/$example"); fi
  [ "$keep" = 1 ] || rm -rf "$dir"
done
printf '%s\n' "${results[@]}"
! printf '%s\n' "${results[@]}" | grep -q '^FAIL'
