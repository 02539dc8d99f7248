#!/usr/bin/env bash
# Synthesizes every example into cdktf.out (one stack directory per example stack), from the
# sources: scripts/local-package.js maps the package name the examples import to lib/. Two examples
# may not write the same stack directory (the second would silently replace the first).
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A owner=()
for main in examples/*/main.ts; do
  echo "== synth ${main}"
  MESHQ_GUARD_QUIET=1 node -r ./scripts/register.js -r ./scripts/local-package.js "$main"
  for stack in $(node -p 'Object.keys(require("./cdktf.out/manifest.json").stacks).join(" ")'); do
    if [ -n "${owner[$stack]:-}" ]; then
      echo "stack ${stack} is written by ${owner[$stack]} and ${main}: give one of them another name" >&2
      exit 1
    fi
    owner[$stack]="$main"
  done
done
ls cdktf.out/stacks
