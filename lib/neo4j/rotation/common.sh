# Neo4j credential rotation: helpers sourced by the step scripts (bash, no other tools needed).
#
# A credential is the JSON value of one secret version: {"username":"…","password":"…"}. User
# names are lower-case Neo4j identifiers and passwords are alphanumeric (GetRandomPassword with
# --exclude-punctuation), so both can be checked here and quoted safely in Cypher parameters.

# Label of the secret version whose user is still active after a switch; it is retired (dropped
# from Neo4j) after the grace period, then the label is removed.
RETIRING_LABEL=RETIRING

# read_credential FILE PREFIX: sets ${PREFIX}_user and ${PREFIX}_password from a credential file.
read_credential() {
  local json re
  json="$(cat "$1")"
  re='^\{[[:space:]]*"username"[[:space:]]*:[[:space:]]*"([a-z][a-z0-9_]*)"[[:space:]]*,[[:space:]]*"password"[[:space:]]*:[[:space:]]*"([A-Za-z0-9]{8,})"[[:space:]]*\}$'
  if [[ ! "$json" =~ $re ]]; then
    echo "$(basename "$1"): not a credential of the form {\"username\":\"…\",\"password\":\"…\"} (alphanumeric password)" >&2
    return 2
  fi
  printf -v "${2}_user" '%s' "${BASH_REMATCH[1]}"
  printf -v "${2}_password" '%s' "${BASH_REMATCH[2]}"
}

# valid_user NAME: a Neo4j user name this rotation may manage.
valid_user() { [[ "$1" =~ ^[a-z][a-z0-9_]*$ ]]; }
