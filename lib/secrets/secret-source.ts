import { Construct } from "constructs";
import { attachPolicy, IGrantee, PolicyStatement } from "../core/iam";

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

/** Properties of {@link ExistingSecret}. */
export interface ExistingSecretProps {
  /** ARN of the secret. */
  readonly secretArn: string;
  /**
   * ARN of the customer-managed KMS key that encrypts the secret; the grantee gets decrypt on it.
   * @default - none: the secret uses the AWS-managed key, which needs no key grant
   */
  readonly kmsKeyArn?: string;
}

/** A secret that already exists in Secrets Manager, e.g. a Splunk HEC token filled in by hand. */
export class ExistingSecret extends Construct implements ISecretSource {
  public readonly secretArn: string;
  public readonly kmsKeyArn?: string;

  constructor(scope: Construct, id: string, props: ExistingSecretProps) {
    super(scope, id);
    this.secretArn = props.secretArn;
    this.kmsKeyArn = props.kmsKeyArn;
  }

  public grantRead(grantee: IGrantee): void {
    if (this.node.tryFindChild(`Read-${grantee.grantId}`)) return;
    attachPolicy(this, `Read-${grantee.grantId}`, grantee, secretReadStatements(this.secretArn, this.kmsKeyArn));
  }
}
