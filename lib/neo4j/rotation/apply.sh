#!/usr/bin/env bash
# Neo4j credential rotation, step 2 of 5 (runs in the Neo4j image, which ships cypher-shell).
#
# Gives the pending credential's user (the idle one) its new password, over bolt+s, logged in as
# the current user, which the API keeps using meanwhile. Idempotent:
# - the idle user does not exist (it was retired): CREATE USER with the pending password;
# - it exists and the pending password already works (an earlier run set it, then stopped):
#   nothing to change;
# - it exists with another password: someone may still use it, so wait the grace period, then
#   set the pending password.
# Then a new connection with the pending credential proves it works. Passwords travel in the
# environment and on stdin, never on a command line.
set -euo pipefail
: "${NEO4J_URI:?NEO4J_URI is required}"
: "${WORK_DIR:=/run/rotation}"
: "${GRACE_SECONDS:?GRACE_SECONDS is required}"
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

log() { printf '{"step":"apply","message":"%s"}\n' "$1"; }

if [ ! -f "$WORK_DIR/pending" ]; then
  log "no pending credential: nothing to set"
  exit 0
fi
read_credential "$WORK_DIR/current" current
read_credential "$WORK_DIR/pending" pending
if [ "$pending_user" = "$current_user" ]; then
  echo "the pending credential is for the current user $current_user; refusing to change it" >&2
  exit 2
fi

# cypher USER PASSWORD DATABASE < statements
cypher() {
  NEO4J_USERNAME="$1" NEO4J_PASSWORD="$2" cypher-shell -a "$NEO4J_URI" -d "$3" --format plain --non-interactive
}
params=":param {user: '$pending_user', password: '$pending_password'}"

if out="$(printf '%s\n' "$params" 'CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED;' |
  cypher "$current_user" "$current_password" system 2>&1)"; then
  log "created $pending_user with the pending password"
elif [[ "$out" == *"already exists"* ]]; then
  if printf 'RETURN 1;\n' | cypher "$pending_user" "$pending_password" neo4j > /dev/null 2>&1; then
    log "$pending_user already has the pending password"
  else
    log "$pending_user exists with another password; waiting ${GRACE_SECONDS}s before replacing it"
    sleep "$GRACE_SECONDS"
    printf '%s\n' "$params" 'ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED;' |
      cypher "$current_user" "$current_password" system > /dev/null
    log "set the pending password of $pending_user"
  fi
else
  printf '%s\n' "$out" >&2
  exit 1
fi

printf 'RETURN 1;\n' | cypher "$pending_user" "$pending_password" neo4j > /dev/null
log "a new connection as $pending_user succeeds"
