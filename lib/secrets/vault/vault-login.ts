import { readFileSync } from "fs";
import { join } from "path";
import { VAULT_TOKEN_AUDIENCE } from "../../policy/vault";
import { VaultStore } from "./vault-store";

/**
 * How an in-cluster rotator logs in to Vault, in one place for every rotator: a projected service
 * account token of audience `vault` that lives 10 minutes, and the `VAULT_*` settings of
 * `rotation/vault-client.mjs` (which the guard's MESHQ-VAULT controls read).
 */

/**
 * The Vault client of every in-cluster rotator (`rotation/vault-client.mjs`): the API keys'
 * `rotate.mjs` and the Neo4j password's Vault steps import it, and it ships beside them in their
 * ConfigMaps.
 */
export const VAULT_CLIENT_SCRIPT = readFileSync(join(__dirname, "rotation", "vault-client.mjs"), "utf8");

/** Lifetime of a rotator's projected service account token, in seconds (the API server's minimum). */
export const VAULT_TOKEN_SECONDS = 600;
/** Where a rotator's container mounts its projected token. */
export const VAULT_TOKEN_DIR = "/var/run/secrets/vault";

/** The pod volume of the projected token (audience `vault`, 10 minutes), named `vault-token`. */
export function vaultTokenVolume(): Record<string, unknown> {
  return {
    name: "vault-token",
    projected: [
      {
        defaultMode: "0444",
        sources: [{ serviceAccountToken: { audience: VAULT_TOKEN_AUDIENCE, expirationSeconds: VAULT_TOKEN_SECONDS, path: "token" } }],
      },
    ],
  };
}

/** The container's read-only mount of {@link vaultTokenVolume}. */
export function vaultTokenMount(): { name: string; mountPath: string; readOnly: boolean } {
  return { name: "vault-token", mountPath: VAULT_TOKEN_DIR, readOnly: true };
}

/**
 * The settings of `vault-client.mjs` for a rotator: the server and its CA file, the Kubernetes auth
 * path and the consumer's role, the KV mount, the paths it rotates, and the projected token.
 */
export function vaultRotatorEnv(store: VaultStore, consumer: string, caFile: string, paths: readonly string[]): Record<string, string> {
  return {
    VAULT_ADDR: store.address,
    VAULT_CACERT: caFile,
    VAULT_AUTH_PATH: `auth/${store.kubernetesAuthMount}`,
    VAULT_ROLE: store.roleName(consumer),
    VAULT_KV_MOUNT: store.kvMount,
    ROTATE_PATHS: paths.join(" "),
    VAULT_TOKEN_FILE: `${VAULT_TOKEN_DIR}/token`,
  };
}
