import { IGrantee } from "./iam";

/**
 * A secret in AWS Secrets Manager that a workload may read. Implemented by the library's own
 * secrets (RotatingApiKey, the Neo4j password) and by {@link ExistingSecret} for secrets the user
 * already has (e.g. a Splunk HEC token).
 */
export interface ISecretSource {
  /** ARN of the Secrets Manager secret. */
  readonly secretArn: string;
  /** ARN of the customer-managed key that encrypts it. @default - AWS-managed key (not recommended) */
  readonly kmsKeyArn?: string;
  /** Grants the grantee read access to the current and previous value (and decrypt on the key). */
  grantRead(grantee: IGrantee): void;
}

/** A Kubernetes identity that logs in to Vault: one Vault role and one policy per consumer. */
export interface VaultIdentity {
  /** The consumer (DNS label), e.g. `api` or `api-key-rotation`; the role and policy are `<deploymentName>-<consumer>`. */
  readonly consumer: string;
  /** Namespace of the service account (a literal: the role binds it exactly). */
  readonly namespace: string;
  /** The service account (a literal). */
  readonly serviceAccountName: string;
}

/**
 * A secret in a Vault KV version 2 engine (a VaultSecret). Its value is the field `value` of the
 * current version; a rotated secret also carries the value it replaced in the field `previous`.
 */
export interface IVaultSecret {
  /** The VaultStore the secret is in (compared by identity). */
  readonly store: object;
  /** Path of the secret in the KV mount, e.g. `meshoptixiq/api-key/operators`. */
  readonly vaultPath: string;
  /** The secret is rotated by the library and carries `previous` after its second version. */
  readonly rotated: boolean;
  /** Lets a Kubernetes identity read the secret (adds the path to its policy). */
  grantRead(identity: VaultIdentity): void;
}

/** A secret from AWS Secrets Manager or from Vault: what the constructs deliver to the API. */
export type SecretSource = ISecretSource | IVaultSecret;

/** Whether a secret source is in Vault. */
export function isVaultSecret(source: SecretSource): source is IVaultSecret {
  return typeof (source as IVaultSecret).vaultPath === "string";
}
