import { VAULT_TOKEN_AUDIENCE } from "../../policy/vault";
import { VaultIdentity } from "../../core/secret-source";
import { VaultStore } from "./vault-store";

/**
 * The SecretStore on Vault: KV version 2 at the store's mount, the server verified with its CA
 * bundle, Kubernetes auth as the given identity (a token of audience `vault` requested for its
 * service account), and no token or other credential anywhere. Named `vault` unless given a name
 * (one per consumer in a shared namespace).
 */
export function vaultSecretStore(
  namespace: string,
  serviceAccountName: string,
  vault: { readonly store: VaultStore; readonly identity: VaultIdentity },
  name = "vault",
): Record<string, unknown> {
  const { store, identity } = vault;
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "SecretStore",
    metadata: { name, namespace },
    spec: {
      provider: {
        vault: {
          server: store.address,
          path: store.kvMount,
          version: "v2",
          caBundle: Buffer.from(store.caBundlePem, "utf8").toString("base64"),
          auth: {
            kubernetes: {
              mountPath: store.kubernetesAuthMount,
              role: store.roleName(identity.consumer),
              serviceAccountRef: { name: serviceAccountName, audiences: [VAULT_TOKEN_AUDIENCE] },
            },
          },
        },
      },
    },
  };
}
