import { Construct } from "constructs";
import { ErrorCodes, invalidInput } from "../core/errors";
import { OptOut, recordOptOut } from "../core/opt-out";
import { PolicyStatement } from "../core/iam";
import { isConcrete, requireArn } from "../core/validators";
import { SecretBase } from "./secret-base";
import { isKmsKeyArn, secretDecryptByContextStatement, secretReadStatements } from "./secret-access";

// ISecretSource and the read statements, from the module that has always exported them.
export * from "./secret-access";

/** Properties of {@link ExistingSecret}. */
export interface ExistingSecretProps {
  /** ARN of the secret. */
  readonly secretArn: string;
  /**
   * ARN of the customer-managed KMS key that encrypts the secret (a key ARN, not an alias); the
   * grantee gets decrypt on it through Secrets Manager.
   * @default - the key is not known: the grantee gets decrypt on the keys of the secret's account,
   * through Secrets Manager and for this secret's encryption context only (see
   * secretDecryptByContextStatement). Pass the secret's complete ARN (with its 6-character suffix).
   */
  readonly kmsKeyArn?: string;
  /**
   * Why the secret stays outside the stack. The guard cannot see how a secret the stack does not
   * create is encrypted, rotated or guarded, so MESHQ-SEC-4 fails on a workload that reads it unless
   * this records the reason.
   * @default - none: synth fails where the secret is read; let the stack create the secret instead
   * (for the HEC token, leave `audit.hecTokenSecretArn` unset and fill the secret the stack creates)
   */
  readonly unmanagedOptOut?: OptOut;
}

/** A secret that already exists in Secrets Manager, e.g. a Splunk HEC token filled in by hand. */
export class ExistingSecret extends SecretBase {
  public readonly secretArn: string;
  public readonly kmsKeyArn?: string;

  constructor(scope: Construct, id: string, props: ExistingSecretProps) {
    super(scope, id);
    requireArn(
      "ExistingSecret",
      "secretArn",
      props.secretArn,
      "secret",
      "pass the complete ARN of the secret (aws secretsmanager describe-secret shows it)",
    );
    if (props.kmsKeyArn !== undefined && isConcrete(props.kmsKeyArn) && !isKmsKeyArn(props.kmsKeyArn)) {
      throw invalidInput(ErrorCodes.KMS_KEY, {
        component: "ExistingSecret",
        property: "kmsKeyArn",
        received: props.kmsKeyArn,
        allowed: "the ARN of a KMS key, arn:aws:kms:<region>:<account>:key/<key id> (not an alias or a bare key id)",
        fix: "pass the key ARN (aws kms describe-key --key-id <alias> shows it), or remove kmsKeyArn to grant decrypt by the secret's encryption context",
      });
    }
    this.secretArn = props.secretArn;
    this.kmsKeyArn = props.kmsKeyArn;
    recordOptOut(this, "ExistingSecret", "unmanagedOptOut", props.unmanagedOptOut, props.secretArn);
  }

  /**
   * With a known key, decrypt on that key; without one, decrypt limited to this secret's
   * encryption context, so a customer-managed key works as well.
   */
  protected readStatements(): PolicyStatement[] {
    const statements = secretReadStatements(this.secretArn, this.kmsKeyArn);
    if (!this.kmsKeyArn) statements.push(secretDecryptByContextStatement(this.secretArn));
    return statements;
  }
}
