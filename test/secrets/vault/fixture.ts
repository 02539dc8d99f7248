import { readFileSync } from "fs";
import { join } from "path";
import { HardenedMeshStackProps, SecretStoreKind, StackVaultProps } from "../../../lib/stack/hardened-mesh-stack";
import { stackProps } from "../../util";

/** A CA certificate (its key was thrown away): a Vault CA bundle shaped like a real one. */
export const VAULT_CA_PEM = readFileSync(join(__dirname, "..", "..", "fixtures", "vault", "ca.pem"), "utf8");

/** Vault settings shaped like a real environment. */
export function vaultProps(extra: Partial<StackVaultProps> = {}): StackVaultProps {
  return { address: "https://vault.corp.example.com:8200", caBundlePem: VAULT_CA_PEM, cidrs: ["10.90.4.0/24"], ...extra };
}

/** HardenedMeshStack props in Vault mode (no Secrets Manager-only settings). */
export function vaultStackProps(extra: Partial<HardenedMeshStackProps> = {}): HardenedMeshStackProps {
  const base = stackProps();
  return {
    ...base,
    audit: { splunkHecUrl: base.audit.splunkHecUrl, hecCidrs: base.audit.hecCidrs },
    neo4jImages: { image: base.neo4jImages!.image },
    secretStore: SecretStoreKind.VAULT,
    vault: vaultProps(),
    ...extra,
  };
}
