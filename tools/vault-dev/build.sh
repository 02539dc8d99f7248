#!/usr/bin/env bash
# Builds a real Vault API server (Vault's own core and HTTP handler, in one process: in-memory
# storage, Shamir seal initialised and unsealed at start, TLS with a throwaway CA, KV v2 and
# Kubernetes auth as its only plugins) from the Go module proxy, into a cache outside the checkout.
#
#   tools/vault-dev/build.sh          # prints the binary's path (builds it when missing)
#
# github.com/hashicorp/vault's go.mod replaces its api, sdk and api/auth/* modules with ./api, ./sdk
# ..., which the module zip does not carry, so `go install github.com/hashicorp/vault@v…` fails. The
# script writes a throwaway module that requires github.com/hashicorp/vault, lets `go mod tidy`
# resolve api and sdk to their published versions, and copies Vault's two other replace directives
# (keyring and signedxml), which a dependent module does not inherit.
#
# Environment: VAULT_DEV_VERSION (default 1.21.4), VAULT_DEV_SDK (the published SDK matching that
# tag's ./sdk; default v0.20.0), VAULT_DEV_CACHE (default ~/.cache/vaultdev).
# Cost: 1,396 non-standard packages (Vault's core pulls the AWS, Azure and GCP SDKs through its seals
# and cloud auto-join, client-go, raft); more than 30 minutes on 2 busy cores.
set -euo pipefail
VER="${VAULT_DEV_VERSION:-1.21.4}"
SDK="${VAULT_DEV_SDK:-v0.20.0}"
CACHE="${VAULT_DEV_CACHE:-$HOME/.cache/vaultdev}/$VER"
BIN="$CACHE/bin/vault-dev"
if [[ -x "$BIN" ]]; then echo "$BIN"; exit 0; fi
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$CACHE/mod" "$CACHE/bin"
cp "$here/main.go" "$here/registry.go" "$CACHE/mod/"
gomod=$(go mod download -json "github.com/hashicorp/vault@v$VER" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
gover=$(awk '$1=="go"{print $2; exit}' "$gomod")
{
  printf 'module vaultdevbuild\n\ngo %s\n\nrequire github.com/hashicorp/vault v%s\n\n' "$gover" "$VER"
  # Vault's replace directives for third-party modules (not its own ./api, ./sdk folders)
  grep -E '^replace [^ ]+( v[^ ]+)? => [^.]' "$gomod"
  # Vault's ./sdk at a release tag can lag the published SDK its go.mod names (1.21.4 names 0.21.0,
  # whose framework.Backend.ActivationFunc takes one argument more): pin the published SDK whose API
  # matches the tag's ./sdk
  printf 'replace github.com/hashicorp/vault/sdk => github.com/hashicorp/vault/sdk %s\n' "$SDK"
} > "$CACHE/mod/go.mod"
export GOFLAGS=-mod=mod GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
( cd "$CACHE/mod" && go mod tidy >tidy.log 2>&1 ) || { tail -20 "$CACHE/mod/tidy.log" >&2; exit 1; }
( cd "$CACHE/mod" && nice go build -trimpath -ldflags "-s -w" -o "$BIN.tmp" . ) || { echo "vault-dev: go build failed" >&2; exit 1; }
mv "$BIN.tmp" "$BIN"
echo "$BIN"
