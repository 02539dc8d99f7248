#!/usr/bin/env bash
# The workflows linted by actionlint (installed from the Go module proxy): the repository's own,
# and each example's as the root of a repository of its own, the way a user's copy holds them (a
# template's workflow that calls a reusable workflow by `./.github/workflows/...` resolves it in
# that copy, not in this repository).
#
#   scripts/actionlint.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/meshq-actionlint-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
GOBIN="$scratch/bin" go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
actionlint="$scratch/bin/actionlint"

(cd "$repo" && "$actionlint" -no-color .github/workflows/*.yml)
echo "actionlint: .github/workflows: no findings"
for workflows in "$repo"/examples/*/.github/workflows; do
  [ -d "$workflows" ] || continue
  example="$(basename "$(dirname "$(dirname "$workflows")")")"
  copy="$scratch/$example"
  mkdir -p "$copy"
  cp -R "$(dirname "$workflows")" "$copy/"
  git -C "$copy" init -q
  (cd "$copy" && "$actionlint" -no-color .github/workflows/*.yml)
  echo "actionlint: examples/$example/.github/workflows ($(ls "$workflows" | wc -l) files): no findings"
done
