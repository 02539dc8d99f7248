import { Construct } from "constructs";
import { S3Bucket } from "../compat/aws/s3-bucket";
import { S3BucketLifecycleConfiguration } from "../compat/aws/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "../compat/aws/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "../compat/aws/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "../compat/aws/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "../compat/aws/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "../compat/aws/s3-bucket-versioning";
import { DataAwsCallerIdentity } from "../compat/aws/data-aws-caller-identity";
import { DataAwsElbServiceAccount } from "../compat/aws/data-aws-elb-service-account";
import { ErrorCodes } from "../core/errors";
import { policyDocument, PolicyStatement } from "../core/iam";
import { awsTags } from "../core/tags";
import { requireIntegerInRange } from "../core/validators";

/** Properties of {@link AccessLogsBucket}. */
export interface AccessLogsBucketProps {
  /** Deployment name, for tags and the bucket prefix. */
  readonly deploymentName: string;
  /** Key prefix the ALB writes under. */
  readonly prefix: string;
  /**
   * Days to keep access logs.
   * @default 365
   */
  readonly retentionDays?: number;
  /**
   * Also grant the region's Elastic Load Balancing account (regions opened before August 2022
   * deliver logs from it). Set false in newer regions, where the data source has no account.
   * @default true
   */
  readonly grantLegacyElbAccount?: boolean;
}

/**
 * The S3 bucket an ALB delivers access logs to: SSE-S3 (the only encryption ALB log delivery
 * supports), versioning, public access blocked, bucket-owner-enforced ownership, a TLS-only
 * bucket policy with the log-delivery principal, and a lifecycle that expires old logs.
 */
export class AccessLogsBucket extends Construct {
  public readonly resource: S3Bucket;
  public readonly bucketName: string;
  /** The bucket policy; the ALB must depend on it so the first apply does not race. */
  public readonly policy: S3BucketPolicy;

  constructor(scope: Construct, id: string, props: AccessLogsBucketProps) {
    super(scope, id);
    const retention = requireIntegerInRange(
      ErrorCodes.RETENTION,
      "SecureMeshApi",
      "accessLogsRetentionDays",
      props.retentionDays ?? 365,
      90,
      3650,
      "keep ALB access logs at least 90 days for incident response",
    );
    this.resource = new S3Bucket(this, "Resource", {
      bucketPrefix: `meshq-alb-logs-`,
      forceDestroy: false,
      tags: awsTags(props.deploymentName, "alb-access-logs"),
    });
    this.bucketName = this.resource.bucket;
    const bucket = this.resource.id;

    new S3BucketVersioningA(this, "Versioning", {
      bucket,
      versioningConfiguration: { status: "Enabled" },
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "Encryption", {
      bucket,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" }, bucketKeyEnabled: false }],
    });
    const publicAccess = new S3BucketPublicAccessBlock(this, "PublicAccessBlock", {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, "Ownership", {
      bucket,
      rule: { objectOwnership: "BucketOwnerEnforced" },
    });
    new S3BucketLifecycleConfiguration(this, "Lifecycle", {
      bucket,
      rule: [
        {
          id: "expire-access-logs",
          status: "Enabled",
          filter: [{}],
          expiration: [{ days: retention }],
          noncurrentVersionExpiration: [{ noncurrentDays: 30 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
    });

    this.policy = new S3BucketPolicy(this, "Policy", {
      bucket,
      policy: policyDocument(this.policyStatements(props)),
      dependsOn: [publicAccess],
    });
  }

  /** TLS only; log delivery may write under the prefix only (from the service, and from the region's ELB account). */
  private policyStatements(props: AccessLogsBucketProps): PolicyStatement[] {
    const account = new DataAwsCallerIdentity(this, "Account");
    const objects = `${this.resource.arn}/${props.prefix}/AWSLogs/${account.accountId}/*`;
    const statements: PolicyStatement[] = [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [this.resource.arn, `${this.resource.arn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
      {
        Sid: "AllowLogDeliveryService",
        Effect: "Allow",
        Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: objects,
      },
    ];
    if (props.grantLegacyElbAccount ?? true) {
      const elb = new DataAwsElbServiceAccount(this, "ElbAccount");
      statements.push({
        Sid: "AllowLegacyRegionElbAccount",
        Effect: "Allow",
        Principal: { AWS: elb.arn },
        Action: "s3:PutObject",
        Resource: objects,
      });
    }
    return statements;
  }
}
