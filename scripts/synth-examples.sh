#!/usr/bin/env bash
# Synthesizes every example into cdktf.out (one stack directory per example stack).
set -euo pipefail
cd "$(dirname "$0")/.."
for main in examples/*/main.ts; do
  echo "== synth ${main}"
  MESHQ_GUARD_QUIET=1 npx ts-node --swc "$main"
done
ls cdktf.out/stacks
