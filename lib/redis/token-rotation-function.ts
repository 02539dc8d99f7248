import { AssetType, TerraformAsset } from "cdktf";
import { Construct } from "constructs";
import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { LambdaPermission } from "@cdktf/provider-aws/lib/lambda-permission";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { AwsContext } from "../core/aws-context";
import { PolicyStatement, policyDocument, serviceTrustPolicy } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { jsonDocument } from "../core/literal";
import { awsTags } from "../core/tags";
import { cacheRotationHandlerDirectory } from "./rotation-bundle";

/** Node.js runtime of the rotation function; it ships the AWS SDK v3 ElastiCache client. */
export const CACHE_ROTATION_RUNTIME = "nodejs22.x";

/** How often the function checks whether a rotation's overlap has ended. */
export const FINALIZE_SCHEDULE = "rate(15 minutes)";

/** Where the rotation function runs in a VPC. */
export interface CacheRotationVpcProps {
  readonly vpcId: string;
  /** Private subnets with a route (NAT or VPC endpoints) to Secrets Manager and ElastiCache. */
  readonly subnetIds: string[];
}

/** Properties of {@link CacheTokenRotationFunction}. */
export interface CacheTokenRotationFunctionProps {
  /** Deployment name, for tags. */
  readonly deploymentName: string;
  /** Lambda function name (also names its log group), at most 64 characters. */
  readonly functionName: string;
  /** The secret it rotates (the only one it may touch). */
  readonly secretArn: string;
  /** The key of the secret; it also encrypts the logs and the dead-letter queue. */
  readonly key: CustomerManagedKey;
  /** ARN of the replication group whose AUTH token it sets (the only one it may modify). */
  readonly replicationGroupArn: string;
  /** Environment of the function (non-secret settings only). */
  readonly environment: Record<string, string>;
  /** Log retention in days. */
  readonly logRetentionDays: number;
  /**
   * Run the function in a VPC.
   * @default - outside a VPC: it calls only the Secrets Manager and ElastiCache APIs
   */
  readonly vpc?: CacheRotationVpcProps;
}

/**
 * The hardened Lambda that rotates the cache's AUTH token: its own least-privilege role (this
 * secret, this key, this replication group's token, its log group, its queue), customer-key
 * encrypted logs with retention, reserved concurrency, an encrypted dead-letter queue, active
 * tracing, an invoke permission for Secrets Manager on this secret only, and an EventBridge
 * schedule that ends each rotation's overlap (the `SET` after the `ROTATE`).
 *
 * The secret's key and resource policies must admit `role` as a writer (ManagedSecret.addWriter).
 */
export class CacheTokenRotationFunction extends Construct {
  public readonly resource: LambdaFunction;
  public readonly role: IamRole;
  public readonly functionArn: string;
  /** The invoke permission for Secrets Manager; rotation must be configured after it. */
  public readonly permission: LambdaPermission;
  /** The schedule that ends overlaps. */
  public readonly finalizeRule: CloudwatchEventRule;

  constructor(scope: Construct, id: string, props: CacheTokenRotationFunctionProps) {
    super(scope, id);
    const ctx = AwsContext.of(this);
    const tags = awsTags(props.deploymentName, "cache-token-rotation");
    const logGroupName = `/aws/lambda/${props.functionName}`;
    props.key.grantLogGroup(logGroupName);

    const logs = new CloudwatchLogGroup(this, "Logs", {
      name: logGroupName,
      retentionInDays: props.logRetentionDays,
      kmsKeyId: props.key.keyArn,
      tags,
    });
    const dlq = new SqsQueue(this, "DeadLetterQueue", {
      // SQS names are at most 80 characters, 26 of which Terraform appends to a prefix.
      namePrefix: `${props.functionName}-dlq-`.slice(0, 54),
      kmsMasterKeyId: props.key.keyArn,
      kmsDataKeyReusePeriodSeconds: 300,
      messageRetentionSeconds: 1209600,
      tags,
    });

    this.role = new IamRole(this, "Role", {
      namePrefix: `${props.functionName}-`.slice(0, 38),
      description: `Cache token rotation function ${props.functionName}`,
      assumeRolePolicy: serviceTrustPolicy("lambda.amazonaws.com", ctx.accountId),
      tags,
    });
    const statements: PolicyStatement[] = [
      {
        Sid: "RotateThisSecret",
        Effect: "Allow",
        Action: [
          "secretsmanager:DescribeSecret",
          "secretsmanager:GetSecretValue",
          "secretsmanager:PutSecretValue",
          "secretsmanager:UpdateSecretVersionStage",
        ],
        Resource: props.secretArn,
      },
      { Sid: "UseThisKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: props.key.keyArn },
      {
        Sid: "SetThisGroupsToken",
        Effect: "Allow",
        Action: ["elasticache:DescribeReplicationGroups", "elasticache:ModifyReplicationGroup"],
        Resource: props.replicationGroupArn,
      },
      { Sid: "WriteLogs", Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${logs.arn}:*` },
      { Sid: "DeadLetters", Effect: "Allow", Action: "sqs:SendMessage", Resource: dlq.arn },
      { Sid: "Tracing", Effect: "Allow", Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], Resource: "*" },
    ];
    let vpcConfig: { subnetIds: string[]; securityGroupIds: string[] } | undefined;
    if (props.vpc) {
      const sg = new SecurityGroup(this, "SecurityGroup", {
        namePrefix: `${props.functionName}-`,
        description: `Cache token rotation function ${props.functionName}: HTTPS to AWS APIs only`,
        vpcId: props.vpc.vpcId,
        egress: [{ description: "HTTPS to AWS APIs", fromPort: 443, toPort: 443, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }],
        tags,
      });
      vpcConfig = { subnetIds: props.vpc.subnetIds, securityGroupIds: [sg.id] };
      statements.push({
        Sid: "VpcNetworkInterfaces",
        Effect: "Allow",
        Action: [
          "ec2:CreateNetworkInterface",
          "ec2:DescribeNetworkInterfaces",
          "ec2:DeleteNetworkInterface",
          "ec2:AssignPrivateIpAddresses",
          "ec2:UnassignPrivateIpAddresses",
        ],
        Resource: "*",
      });
    }
    const policy = new IamRolePolicy(this, "Policy", { role: this.role.name, name: "rotation", policy: policyDocument(statements) });
    props.key.grantViaService("DeadLettersViaSqs", [this.role.arn], "sqs", ["kms:Decrypt", "kms:GenerateDataKey"]);

    const asset = new TerraformAsset(this, "Code", { path: cacheRotationHandlerDirectory(), type: AssetType.ARCHIVE });
    this.resource = new LambdaFunction(this, "Resource", {
      functionName: props.functionName,
      description: "Rotates the AUTH token of a MeshOptixIQ cache (ElastiCache ROTATE, then SET)",
      role: this.role.arn,
      runtime: CACHE_ROTATION_RUNTIME,
      architectures: ["arm64"],
      handler: "index.handler",
      filename: asset.path,
      sourceCodeHash: asset.assetHash,
      // A step waits for the replication group to apply a token change (minutes).
      timeout: 900,
      memorySize: 256,
      reservedConcurrentExecutions: 2,
      tracingConfig: { mode: "Active" },
      deadLetterConfig: { targetArn: dlq.arn },
      loggingConfig: { logFormat: "JSON", logGroup: logs.name },
      environment: { variables: props.environment },
      vpcConfig,
      tags,
      dependsOn: [logs, policy],
    });
    this.functionArn = this.resource.arn;
    this.permission = new LambdaPermission(this, "InvokeBySecretsManager", {
      functionName: this.resource.functionName,
      action: "lambda:InvokeFunction",
      principal: "secretsmanager.amazonaws.com",
      sourceArn: props.secretArn,
      sourceAccount: ctx.accountId,
    });

    this.finalizeRule = new CloudwatchEventRule(this, "Finalize", {
      namePrefix: `${props.functionName}-`.slice(0, 38),
      description: `Ends the overlap of the cache token rotation of ${props.functionName}`,
      scheduleExpression: FINALIZE_SCHEDULE,
      state: "ENABLED",
      tags,
    });
    new CloudwatchEventTarget(this, "FinalizeTarget", {
      rule: this.finalizeRule.name,
      arn: this.functionArn,
      input: jsonDocument({ action: "finalize", secretId: props.secretArn }),
      // A failed run lands in the function's own dead-letter queue (asynchronous invocation).
      retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 900 },
    });
    new LambdaPermission(this, "InvokeBySchedule", {
      functionName: this.resource.functionName,
      action: "lambda:InvokeFunction",
      principal: "events.amazonaws.com",
      sourceArn: this.finalizeRule.arn,
      sourceAccount: ctx.accountId,
    });
  }
}
