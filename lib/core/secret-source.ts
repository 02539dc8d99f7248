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
