import { Construct } from "constructs";
import { ISecretSource } from "../secret-access";
import { VaultIdentity, VaultStore } from "./vault-store";

/**
 * A secret in a Vault KV version 2 engine. Its value is the field `value` of the current version;
 * a rotated secret also carries the value it replaced in the field `previous` (the overlap).
 */
export interface IVaultSecret {
  /** The store the secret is in. */
  readonly store: VaultStore;
  /** Path of the secret in the KV mount, e.g. `meshoptixiq/api-key/operators`. */
  readonly path: string;
  /** The secret is rotated by the library and carries `previous` after its second version. */
  readonly rotated: boolean;
  /** Lets a Kubernetes identity read the secret (adds the path to its policy). */
  grantRead(identity: VaultIdentity): void;
}

/** A secret from AWS Secrets Manager or from Vault: what the constructs deliver to the API. */
export type SecretSource = ISecretSource | IVaultSecret;

/** Whether a secret source is in Vault. */
export function isVaultSecret(source: SecretSource): source is IVaultSecret {
  return (source as IVaultSecret).store instanceof VaultStore;
}

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

/** A secret at `<pathPrefix>/<name>` in the store's KV version 2 engine. No value passes through Terraform. */
export class VaultSecret extends Construct implements IVaultSecret {
  public readonly store: VaultStore;
  public readonly path: string;
  public readonly rotated: boolean;

  constructor(scope: Construct, id: string, props: VaultSecretProps) {
    super(scope, id);
    this.store = props.store;
    this.path = props.store.secretPath(props.name);
    this.rotated = props.rotated ?? false;
  }

  public grantRead(identity: VaultIdentity): void {
    this.store.grantRead(identity, this.path);
  }
}
