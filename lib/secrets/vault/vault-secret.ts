import { Construct } from "constructs";
import { IVaultSecret, VaultIdentity } from "../../core/secret-source";
import { VaultStore } from "./vault-store";

/** Properties of {@link VaultSecret}. */
export interface VaultSecretProps {
  readonly store: VaultStore;
  /** Name of the secret under the store's path prefix, e.g. `audit/hec-token`. */
  readonly name: string;
  /**
   * Rotated by a {@link VaultSecretRotation} (which sets it).
   * @default false - a value the team writes (e.g. the Splunk HEC token)
   */
  readonly rotated?: boolean;
}

/**
 * A secret at `<pathPrefix>/<name>` in the store's KV version 2 engine: consumers read the field
 * `value` (and `previous` when rotated). No value passes through Terraform.
 */
export class VaultSecret extends Construct implements IVaultSecret {
  public readonly store: VaultStore;
  public readonly vaultPath: string;
  public readonly rotated: boolean;

  constructor(scope: Construct, id: string, props: VaultSecretProps) {
    super(scope, id);
    this.store = props.store;
    this.vaultPath = props.store.secretPath(props.name);
    this.rotated = props.rotated ?? false;
  }

  public grantRead(identity: VaultIdentity): void {
    this.store.grantRead(identity, this.vaultPath);
  }
}
