import { Construct } from "constructs";
import { S3BucketLifecycleConfiguration } from "../compat/aws/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "../compat/aws/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "../compat/aws/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "../compat/aws/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "../compat/aws/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "../compat/aws/s3-bucket-versioning";
import { policyDocument, PolicyStatement } from "./iam";

/** How {@link hardenBucket} hardens a bucket. */
export interface BucketHardening {
  /** `id` of the bucket (its name). */
  readonly bucket: string;
  /** ARN of the bucket. */
  readonly bucketArn: string;
  /** Default encryption: SSE-S3 (`AES256`), or the customer-managed key given here (SSE-KMS with a bucket key). */
  readonly kmsKeyArn?: string;
  /** The lifecycle rule: its id, and the days after which current objects expire (none: they stay). */
  readonly lifecycle: { readonly id: string; readonly expirationDays?: number; readonly noncurrentDays: number };
  /** Statements of the bucket policy beside the TLS-only deny. */
  readonly statements?: PolicyStatement[];
}

/** What {@link hardenBucket} made. */
export interface HardenedBucket {
  /** The bucket policy: writers that the policy admits must depend on it (the first apply races otherwise). */
  readonly policy: S3BucketPolicy;
  /** Versioning: objects whose version matters (a signing job's source) must be written after it. */
  readonly versioning: S3BucketVersioningA;
}

/**
 * Hardens an S3 bucket of the library (created by the caller, with its tags): versioning, default
 * encryption, public access blocked, bucket-owner-enforced ownership, a lifecycle that removes old
 * versions and incomplete uploads, and a bucket policy that denies every request not over TLS.
 * The resources are children of `scope` with fixed ids (Versioning, Encryption, PublicAccessBlock,
 * Ownership, Lifecycle, Policy): their addresses are part of the owner's.
 * @internal
 */
export function hardenBucket(scope: Construct, props: BucketHardening): HardenedBucket {
  const { bucket, bucketArn } = props;
  const versioning = new S3BucketVersioningA(scope, "Versioning", { bucket, versioningConfiguration: { status: "Enabled" } });
  new S3BucketServerSideEncryptionConfigurationA(scope, "Encryption", {
    bucket,
    rule: [
      props.kmsKeyArn === undefined
        ? { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" }, bucketKeyEnabled: false }
        : { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: props.kmsKeyArn }, bucketKeyEnabled: true },
    ],
  });
  const publicAccess = new S3BucketPublicAccessBlock(scope, "PublicAccessBlock", {
    bucket,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new S3BucketOwnershipControls(scope, "Ownership", { bucket, rule: { objectOwnership: "BucketOwnerEnforced" } });
  const { lifecycle } = props;
  new S3BucketLifecycleConfiguration(scope, "Lifecycle", {
    bucket,
    rule: [
      {
        id: lifecycle.id,
        status: "Enabled",
        filter: [{}],
        ...(lifecycle.expirationDays === undefined ? {} : { expiration: [{ days: lifecycle.expirationDays }] }),
        noncurrentVersionExpiration: [{ noncurrentDays: lifecycle.noncurrentDays }],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
      },
    ],
  });
  const policy = new S3BucketPolicy(scope, "Policy", {
    bucket,
    policy: policyDocument([
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [bucketArn, `${bucketArn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
      ...(props.statements ?? []),
    ]),
    dependsOn: [publicAccess],
  });
  return { policy, versioning };
}
