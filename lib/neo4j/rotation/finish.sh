#!/usr/bin/env bash
# Neo4j credential rotation, steps 3 and 5 of 5 (run in the AWS CLI image).
#
#   finish.sh (switch, step 3): labels the current version RETIRING (its user stays active for the
#     grace period), then makes the pending version AWSCURRENT (Secrets Manager moves AWSPREVIOUS
#     to the old one) and clears AWSPENDING. External Secrets delivers the new user and password
#     together, in one Kubernetes Secret, and Reloader restarts the API on them.
#   finish.sh retired (step 5): after retire.sh dropped the old user, removes the RETIRING label
#     and the working files.
# Idempotent: each change is made only if it is not there yet.
set -euo pipefail
mode="${1:-switch}"
: "${SECRET_ARN:?SECRET_ARN is required}"
: "${WORK_DIR:=/run/rotation}"
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

log() { printf '{"step":"finish","mode":"%s","message":"%s"}\n' "$mode" "$1"; }
versions="$(aws secretsmanager list-secret-version-ids --secret-id "$SECRET_ARN" \
  --query "Versions[].[VersionId, join(',', VersionStages)]" --output text)"
with_label() {
  local id stages
  while IFS=$'\t' read -r id stages; do
    case ",$stages," in *",$1,"*) printf '%s' "$id"; return 0 ;; esac
  done <<< "$versions"
}
stage() { aws secretsmanager update-secret-version-stage --secret-id "$SECRET_ARN" --version-stage "$@" > /dev/null; }

current_id="$(with_label AWSCURRENT)"
retiring_id="$(with_label "$RETIRING_LABEL")"

if [ "$mode" = "retired" ]; then
  if [ -n "$retiring_id" ] && [ "$retiring_id" != "$current_id" ]; then
    stage "$RETIRING_LABEL" --remove-from-version-id "$retiring_id"
  fi
  rm -f "$WORK_DIR"/current "$WORK_DIR"/current_id "$WORK_DIR"/pending "$WORK_DIR"/pending_id \
    "$WORK_DIR"/retiring "$WORK_DIR"/retiring_id
  log "rotation complete; AWSCURRENT is $current_id"
  exit 0
fi
if [ "$mode" != "switch" ]; then
  echo "unknown mode $mode" >&2
  exit 2
fi

if [ -f "$WORK_DIR/pending_id" ]; then
  pending_id="$(cat "$WORK_DIR/pending_id")"
  if [ "$current_id" != "$pending_id" ]; then
    if [ "$retiring_id" != "$current_id" ]; then
      if [ -n "$retiring_id" ]; then
        stage "$RETIRING_LABEL" --move-to-version-id "$current_id" --remove-from-version-id "$retiring_id"
      else
        stage "$RETIRING_LABEL" --move-to-version-id "$current_id"
      fi
    fi
    stage AWSCURRENT --move-to-version-id "$pending_id" --remove-from-version-id "$current_id"
    cp "$WORK_DIR/current" "$WORK_DIR/retiring"
    printf '%s' "$current_id" > "$WORK_DIR/retiring_id"
    log "AWSCURRENT moved to $pending_id; $current_id is RETIRING"
    current_id="$pending_id"
  fi
fi
# AWSPENDING left on the current version marks nothing unfinished: clear it
pending_on="$(with_label AWSPENDING)"
if [ -n "$pending_on" ] && [ "$pending_on" = "$current_id" ]; then
  stage AWSPENDING --remove-from-version-id "$pending_on"
fi
