#!/usr/bin/env bash
# Synthesizes every example into cdktf.out (one stack directory per example stack), from the
# sources: scripts/local-package.js maps the package name the examples import to lib/.
set -euo pipefail
cd "$(dirname "$0")/.."
for main in examples/*/main.ts; do
  echo "== synth ${main}"
  MESHQ_GUARD_QUIET=1 npx ts-node --swc -r ./scripts/local-package.js "$main"
done
ls cdktf.out/stacks
