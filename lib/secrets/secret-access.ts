import { Fn, Token } from "../compat/core";
import { PolicyStatement } from "../core/iam";

// The contract lives in core, beside the other contracts constructs share (IMeshApi); it is
// exported here too, where the read statements are.
export type { ISecretSource } from "../core/secret-source";

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
