import { Construct } from "constructs";
import { S3Bucket } from "../compat/aws/s3-bucket";
import { S3BucketPolicy } from "../compat/aws/s3-bucket-policy";
import { DataAwsCallerIdentity } from "../compat/aws/data-aws-caller-identity";
import { DataAwsElbServiceAccount } from "../compat/aws/data-aws-elb-service-account";
import { ErrorCodes } from "../core/errors";
import { hardenBucket } from "../core/bucket";
import { PolicyStatement } from "../core/iam";
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

    // SSE-S3: the only encryption ALB log delivery supports.
    this.policy = hardenBucket(this, {
      bucket,
      bucketArn: this.resource.arn,
      lifecycle: { id: "expire-access-logs", expirationDays: retention, noncurrentDays: 30 },
      statements: this.policyStatements(props),
    }).policy;
  }

  /** Log delivery may write under the prefix only (from the service, and from the region's ELB account). */
  private policyStatements(props: AccessLogsBucketProps): PolicyStatement[] {
    const account = new DataAwsCallerIdentity(this, "Account");
    const objects = `${this.resource.arn}/${props.prefix}/AWSLogs/${account.accountId}/*`;
    const statements: PolicyStatement[] = [
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
