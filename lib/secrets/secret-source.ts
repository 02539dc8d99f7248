import { Fn, Token } from "../compat/core";
import { Construct } from "constructs";
import { ErrorCodes, invalidInput } from "../core/errors";
import { attachPolicy, IGrantee, PolicyStatement } from "../core/iam";
import { isConcrete } from "../core/tokens";

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

/** IAM statements that let a grantee read a secret, as External Secrets Operator does. */
export function secretReadStatements(secretArn: string, kmsKeyArn?: string): PolicyStatement[] {
  const statements: PolicyStatement[] = [
    {
      Sid: "ReadSecret",
      Effect: "Allow",
      Action: [
        "secretsmanager:GetSecretValue",
        "secretsmanager:DescribeSecret",
        "secretsmanager:GetResourcePolicy",
        "secretsmanager:ListSecretVersionIds",
      ],
      Resource: secretArn,
    },
  ];
  if (kmsKeyArn) {
    statements.push({
      Sid: "DecryptSecret",
      Effect: "Allow",
      Action: "kms:Decrypt",
      Resource: kmsKeyArn,
      Condition: { StringLike: { "kms:ViaService": "secretsmanager.*.amazonaws.com" } },
    });
  }
  return statements;
}

/**
 * Decrypt for a secret whose KMS key is not known here (a secret created outside this library):
 * `kms:Decrypt` on the keys of the secret's account and region, only through Secrets Manager and
 * only for this secret, whose ARN Secrets Manager puts in the encryption context (`SecretARN`). It
 * covers the AWS-managed key and a customer-managed key whose key policy delegates to IAM (the
 * default key policy does).
 * Source: AWS Secrets Manager user guide, "Secret encryption and decryption" (encryption context).
 */
export function secretDecryptByContextStatement(secretArn: string): PolicyStatement {
  return {
    Sid: "DecryptThisSecret",
    Effect: "Allow",
    Action: "kms:Decrypt",
    Resource: keysOfSecretAccount(secretArn),
    Condition: {
      StringLike: { "kms:ViaService": "secretsmanager.*.amazonaws.com" },
      StringEquals: { "kms:EncryptionContext:SecretARN": secretArn },
    },
  };
}

/** `arn:<partition>:kms:<region>:<account>:key/*` of a secret ARN's account and region. */
function keysOfSecretAccount(secretArn: string): string {
  if (!Token.isUnresolved(secretArn)) {
    const [arn, partition, , region, account] = secretArn.split(":");
    return `${arn}:${partition}:kms:${region}:${account}:key/*`;
  }
  const parts = Fn.split(":", secretArn);
  return Fn.join(":", [Fn.element(parts, 0), Fn.element(parts, 1), "kms", Fn.element(parts, 3), Fn.element(parts, 4), "key/*"]);
}

/** Rule: a KMS key ARN (not an alias: IAM statements on an alias ARN do not apply to the key). */
export function isKmsKeyArn(value: string): boolean {
  return /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(value);
}

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
}

/** A secret that already exists in Secrets Manager, e.g. a Splunk HEC token filled in by hand. */
export class ExistingSecret extends Construct implements ISecretSource {
  public readonly secretArn: string;
  public readonly kmsKeyArn?: string;

  constructor(scope: Construct, id: string, props: ExistingSecretProps) {
    super(scope, id);
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
  }

  /**
   * Lets a role read the secret. With a known key, decrypt on that key; without one, decrypt
   * limited to this secret's encryption context, so a customer-managed key works as well.
   */
  public grantRead(grantee: IGrantee): void {
    if (this.node.tryFindChild(`Read-${grantee.grantId}`)) return;
    const statements = secretReadStatements(this.secretArn, this.kmsKeyArn);
    if (!this.kmsKeyArn) statements.push(secretDecryptByContextStatement(this.secretArn));
    attachPolicy(this, `Read-${grantee.grantId}`, grantee, statements);
  }
}
