/**
 * The AWS calls that can undo a control on a resource the stack creates, as CloudTrail management
 * events, and the EventBridge event patterns that match them. Pure data and functions: the
 * ControlAlerts construct fills in the stack's resources; the tests fill in sample identifiers and
 * judge the patterns on CloudTrail events.
 */

/** One alert: the calls on one kind of resource, and the controls they can undo. */
export interface ControlAlert {
  /** Short id, part of the rule's name, e.g. `listener`. */
  readonly id: string;
  /** The catalogue controls the calls can undo. */
  readonly controls: readonly string[];
  /** EventBridge `source` of the service, e.g. `aws.elasticloadbalancing`. */
  readonly source: string;
  /** CloudTrail `eventSource`, e.g. `elasticloadbalancing.amazonaws.com`. */
  readonly eventSource: string;
  readonly eventNames: readonly string[];
  /** The Terraform resource type whose instances the alert watches. */
  readonly resourceType: string;
  /** The request parameter naming the resource, e.g. `listenerArn`. */
  readonly parameter: string;
  /**
   * A read-only call (Get*): EventBridge delivers it only to a rule whose state is
   * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, and only from a trail that logs read events.
   * @default false
   */
  readonly readOnly?: boolean;
  /**
   * The service records its calls with the API version appended (Lambda's
   * `UpdateFunctionCode20150331v2`): `eventNames` are matched as prefixes.
   * @default false
   */
  readonly versionedEventNames?: boolean;
  /** What the alert means. */
  readonly description: string;
}

/** The alerts, in the order the rules are created. */
export const CONTROL_ALERTS: readonly ControlAlert[] = [
  {
    id: "listener",
    controls: ["MESHQ-NET-1", "MESHQ-NET-3", "MESHQ-NET-4"],
    source: "aws.elasticloadbalancing",
    eventSource: "elasticloadbalancing.amazonaws.com",
    eventNames: ["ModifyListener", "ModifyListenerAttributes", "DeleteListener"],
    resourceType: "aws_lb_listener",
    parameter: "listenerArn",
    description: "a listener of the stack's load balancer was changed (TLS policy, HSTS, HTTP redirect)",
  },
  {
    id: "waf",
    controls: ["MESHQ-NET-6"],
    source: "aws.wafv2",
    eventSource: "wafv2.amazonaws.com",
    eventNames: ["DisassociateWebACL"],
    resourceType: "aws_lb",
    parameter: "resourceArn",
    description: "the web ACL was disassociated from the stack's load balancer",
  },
  {
    id: "cache",
    controls: ["MESHQ-CACHE-1", "MESHQ-CACHE-2", "MESHQ-CACHE-3", "MESHQ-CACHE-5"],
    source: "aws.elasticache",
    eventSource: "elasticache.amazonaws.com",
    eventNames: ["ModifyReplicationGroup", "DeleteReplicationGroup"],
    resourceType: "aws_elasticache_replication_group",
    parameter: "replicationGroupId",
    description: "the stack's cache replication group was modified (transit encryption, AUTH, snapshots)",
  },
  {
    id: "kms",
    controls: ["MESHQ-SEC-1", "MESHQ-SEC-2"],
    source: "aws.kms",
    eventSource: "kms.amazonaws.com",
    eventNames: ["DisableKeyRotation", "ScheduleKeyDeletion", "DisableKey", "PutKeyPolicy"],
    resourceType: "aws_kms_key",
    parameter: "keyId",
    description: "a customer-managed key of the stack lost its rotation, was disabled, scheduled for deletion or given another policy",
  },
  {
    id: "bucket",
    controls: ["MESHQ-NET-6"],
    source: "aws.s3",
    eventSource: "s3.amazonaws.com",
    eventNames: ["PutBucketPolicy", "DeleteBucketPolicy", "PutBucketPublicAccessBlock", "DeleteBucketPublicAccessBlock"],
    resourceType: "aws_s3_bucket",
    parameter: "bucketName",
    description: "the policy or public access block of a bucket of the stack (access logs) was changed",
  },
  {
    id: "rotation",
    controls: ["MESHQ-KEY-2", "MESHQ-CACHE-3"],
    source: "aws.secretsmanager",
    eventSource: "secretsmanager.amazonaws.com",
    eventNames: ["CancelRotateSecret", "DeleteSecret"],
    resourceType: "aws_secretsmanager_secret",
    parameter: "secretId",
    description: "the rotation of a secret of the stack was cancelled, or the secret scheduled for deletion",
  },
  {
    id: "security-group",
    controls: ["MESHQ-NET-2", "MESHQ-CACHE-4", "MESHQ-CACHE-6", "MESHQ-NET-9"],
    source: "aws.ec2",
    eventSource: "ec2.amazonaws.com",
    eventNames: ["AuthorizeSecurityGroupIngress"],
    resourceType: "aws_security_group",
    parameter: "groupId",
    description: "ingress was added to a security group of the stack",
  },
  {
    id: "database",
    controls: ["MESHQ-NET-2", "MESHQ-DATA-3", "MESHQ-DATA-4", "MESHQ-DATA-5"],
    source: "aws.rds",
    eventSource: "rds.amazonaws.com",
    eventNames: ["ModifyDBInstance"],
    resourceType: "aws_db_instance",
    parameter: "dBInstanceIdentifier",
    description: "the stack's database instance was modified (public access, parameter group, master password)",
  },
  {
    id: "function-code",
    controls: ["MESHQ-LP-4"],
    source: "aws.lambda",
    eventSource: "lambda.amazonaws.com",
    eventNames: ["UpdateFunctionCode", "UpdateFunctionConfiguration", "PutFunctionCodeSigningConfig", "DeleteFunctionCodeSigningConfig"],
    versionedEventNames: true,
    resourceType: "aws_lambda_function",
    parameter: "functionName",
    description:
      "the code or configuration of a function of the stack (a rotator) was changed, or its code signing configuration replaced or removed (the attempt is recorded even when signing refuses it)",
  },
  {
    id: "code-signing",
    controls: ["MESHQ-LP-4"],
    source: "aws.lambda",
    eventSource: "lambda.amazonaws.com",
    eventNames: ["UpdateCodeSigningConfig", "DeleteCodeSigningConfig"],
    versionedEventNames: true,
    resourceType: "aws_lambda_code_signing_config",
    parameter: "codeSigningConfigArn",
    description: "the stack's code signing configuration was changed (Enforce lifted, other publishers) or deleted",
  },
  {
    id: "signing-profile",
    controls: ["MESHQ-LP-4"],
    source: "aws.signer",
    eventSource: "signer.amazonaws.com",
    eventNames: ["StartSigningJob", "RevokeSignature", "RevokeSigningProfile", "CancelSigningProfile"],
    resourceType: "aws_signer_signing_profile",
    parameter: "profileName",
    description: "code was signed with the stack's signing profile, or the profile or a signature was revoked or cancelled",
  },
  {
    id: "key-read",
    controls: ["MESHQ-KEY-6"],
    source: "aws.secretsmanager",
    eventSource: "secretsmanager.amazonaws.com",
    eventNames: ["GetSecretValue"],
    resourceType: "aws_secretsmanager_secret",
    parameter: "secretId",
    readOnly: true,
    description: "a secret of the stack (an API key) was read by a principal that is not one of the stack's workloads",
  },
];

/** A value of an event pattern: an exact string, or a content filter (`{ suffix: … }`). */
export type PatternValue = string | Record<string, unknown>;

/**
 * The event pattern of an alert over the given resource identifiers. For a read-only alert,
 * `workloadRoleArns` are the principals whose reads are expected: a call by any other role, or by
 * an IAM user or the root user, matches.
 */
export function alertPattern(
  alert: ControlAlert,
  identifiers: readonly PatternValue[],
  workloadRoleArns: readonly string[] = [],
): Record<string, unknown> {
  const detail: Record<string, unknown> = {
    eventSource: [alert.eventSource],
    eventName: alert.versionedEventNames ? alert.eventNames.map((prefix) => ({ prefix })) : [...alert.eventNames],
    requestParameters: { [alert.parameter]: [...identifiers] },
  };
  if (alert.readOnly) {
    detail.$or = [
      { userIdentity: { type: ["IAMUser", "Root"] } },
      {
        userIdentity: {
          sessionContext: {
            sessionIssuer: { arn: [workloadRoleArns.length > 0 ? { "anything-but": [...workloadRoleArns] } : { exists: true }] },
          },
        },
      },
    ];
  }
  return { source: [alert.source], "detail-type": ["AWS API Call via CloudTrail"], detail };
}
