#!/usr/bin/env bash
# Neo4j password rotation, step 2 of 3 (runs in the Neo4j image, which ships cypher-shell).
#
# Changes the password inside Neo4j from the current to the pending one over bolt+s. Idempotent:
# if the pending password already works (a previous run changed it and then stopped), nothing is
# changed. Passwords travel in the environment and on stdin, never on a command line.
set -euo pipefail
: "${NEO4J_URI:?NEO4J_URI is required}"
: "${WORK_DIR:=/run/rotation}"
: "${NEO4J_USERNAME:=neo4j}"
export NEO4J_USERNAME

log() { printf '{"step":"apply","message":"%s"}\n' "$1"; }

pending="$(cat "$WORK_DIR/pending")"
current="$(cat "$WORK_DIR/current")"
case "$pending$current" in
  *[!A-Za-z0-9]*) echo "passwords must be alphanumeric" >&2; exit 2 ;;
esac

if echo "RETURN 1;" | NEO4J_PASSWORD="$pending" cypher-shell -a "$NEO4J_URI" --format plain > /dev/null 2>&1; then
  log "pending password already active in Neo4j"
  exit 0
fi

echo "ALTER CURRENT USER SET PASSWORD FROM '$current' TO '$pending';" |
  NEO4J_PASSWORD="$current" cypher-shell -a "$NEO4J_URI" -d system --format plain > /dev/null

echo "RETURN 1;" | NEO4J_PASSWORD="$pending" cypher-shell -a "$NEO4J_URI" --format plain > /dev/null
log "password changed in Neo4j and verified"
