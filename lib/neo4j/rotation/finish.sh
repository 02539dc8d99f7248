#!/usr/bin/env bash
# Neo4j password rotation, step 3 of 3 (runs in the AWS CLI image).
#
# Makes the pending version AWSCURRENT (Secrets Manager moves AWSPREVIOUS to the old one) and
# clears AWSPENDING. External Secrets then delivers the new password to the API, and Reloader
# restarts it. Idempotent.
set -euo pipefail
: "${SECRET_ARN:?SECRET_ARN is required}"
: "${WORK_DIR:=/run/rotation}"
pending_id="$(cat "$WORK_DIR/pending_id")"
current_id="$(aws secretsmanager list-secret-version-ids --secret-id "$SECRET_ARN" \
  --query "Versions[?contains(VersionStages, 'AWSCURRENT')].VersionId | [0]" --output text)"

if [ "$current_id" != "$pending_id" ]; then
  aws secretsmanager update-secret-version-stage --secret-id "$SECRET_ARN" --version-stage AWSCURRENT \
    --move-to-version-id "$pending_id" --remove-from-version-id "$current_id" > /dev/null
fi
aws secretsmanager update-secret-version-stage --secret-id "$SECRET_ARN" --version-stage AWSPENDING \
  --remove-from-version-id "$pending_id" > /dev/null
rm -f "$WORK_DIR/current" "$WORK_DIR/pending"
printf '{"step":"finish","message":"AWSCURRENT is %s"}\n' "$pending_id"
