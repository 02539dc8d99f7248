#!/usr/bin/env bash
# Neo4j credential rotation, step 4 of 5 (runs in the Neo4j image, which ships cypher-shell).
#
# Retires the user the API used before the switch, once the API has had the grace period
# ($GRACE_SECONDS) to pick up the new credential and restart on it. Neo4j Community edition cannot
# suspend a user (SET STATUS is Enterprise-only), so retiring drops the user: its password is
# refused from then on, and the next rotation creates it again with a new password.
#
# A run that resumes after a crash cannot know when the switch happened, so it waits the full grace
# period as if the switch had just happened. Dropping a user that is already gone changes nothing.
set -euo pipefail
: "${NEO4J_URI:?NEO4J_URI is required}"
: "${WORK_DIR:=/run/rotation}"
: "${GRACE_SECONDS:?GRACE_SECONDS is required}"
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

log() { printf '{"step":"retire","message":"%s"}\n' "$1"; }

if [ ! -f "$WORK_DIR/retiring" ]; then
  log "no user to retire"
  exit 0
fi
# The active credential: the one just switched to, or the current one when only retiring.
if [ -f "$WORK_DIR/pending" ]; then active="$WORK_DIR/pending"; else active="$WORK_DIR/current"; fi
read_credential "$active" active
read_credential "$WORK_DIR/retiring" old
if [ "$old_user" = "$active_user" ]; then
  echo "refusing to retire $old_user: it is the active user" >&2
  exit 2
fi

log "waiting ${GRACE_SECONDS}s for the API to restart on $active_user before retiring $old_user"
sleep "$GRACE_SECONDS"
printf '%s\n' ":param {user: '$old_user'}" 'DROP USER $user IF EXISTS;' |
  NEO4J_USERNAME="$active_user" NEO4J_PASSWORD="$active_password" \
    cypher-shell -a "$NEO4J_URI" -d system --format plain --non-interactive > /dev/null
log "retired $old_user: its password is refused from now on"
