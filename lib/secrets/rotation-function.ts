import { AssetType, TerraformAsset } from "../compat/core";
import { Construct } from "constructs";
import { CloudwatchEventRule } from "../compat/aws/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "../compat/aws/cloudwatch-event-target";
import { CloudwatchLogGroup } from "../compat/aws/cloudwatch-log-group";
import { CloudwatchMetricAlarm } from "../compat/aws/cloudwatch-metric-alarm";
import { IamRole } from "../compat/aws/iam-role";
import { IamRolePolicy } from "../compat/aws/iam-role-policy";
import { LambdaFunction } from "../compat/aws/lambda-function";
import { LambdaPermission } from "../compat/aws/lambda-permission";
import { SecurityGroup } from "../compat/aws/security-group";
import { SqsQueue } from "../compat/aws/sqs-queue";
import { AlertTopic } from "../core/alert-topic";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes } from "../core/errors";
import { PolicyStatement, policyDocument, serviceTrustPolicy } from "../core/iam";
import { jsonDocument } from "../core/literal";
import { CustomerManagedKey } from "../core/kms";
import { awsTags } from "../core/tags";
import { requireAwsId, requireAwsIds, requireIntegerInRange } from "../core/validators";
import { NetworkEndpoint } from "../core/endpoint";
import { awsApisEndpoint } from "../network/aws-apis";
import { NetworkModel } from "../network/network-model";
import { API_KEY_ROTATION_HANDLER, rotationHandlerArchive } from "./rotation-bundle";
import { RotationCodeSigning, SignedCode } from "./rotation-code-signing";
import { rotationStatements } from "./rotation-permissions";

/**
 * Node.js runtime of the rotation functions: the newest Lambda offers (Node.js 24, since November
 * 2025) that the pinned provider accepts (hashicorp/aws from 6.19.0; the bindings pin 6.25.0). The
 * handlers are async, as Node.js 24 on Lambda requires.
 */
export const ROTATION_RUNTIME = "nodejs24.x";

/** Where the rotation function runs in a VPC. */
export interface RotationVpcProps {
  readonly vpcId: string;
  /** Private subnets with a route (NAT or VPC endpoints) to the AWS APIs the function calls. */
  readonly subnetIds: string[];
  /** CIDRs of the VPC interface endpoints it calls: its only egress on 443. @default - any address */
  readonly awsApiCidrs?: string[];
}

/** Properties of {@link RotationFunction}. */
export interface RotationFunctionProps {
  readonly deploymentName: string;
  /**
   * The handler's module, relative to the library root (it is packaged with the modules it imports).
   * @default API_KEY_ROTATION_HANDLER
   */
  readonly handlerModule?: string;
  /** What the function rotates, for its description. @default "a MeshOptixIQ API key in Secrets Manager" */
  readonly rotates?: string;
  /** The construct that owns the function, named in error messages. @default "RotatingApiKey" */
  readonly owner?: string;
  /** Tag component of the function's resources. @default "key-rotation" */
  readonly component?: string;
  /** Seconds one invocation may run. @default 30 */
  readonly timeoutSeconds?: number;
  /** Permissions beyond the secret, its key, logs, queue and tracing (e.g. the resource whose credential it sets). @default [] */
  readonly extraStatements?: PolicyStatement[];
  /** Lambda function name (also names its log group). */
  readonly functionName: string;
  /** The secret it rotates (the only one it may touch). */
  readonly secretArn: string;
  /** The key that encrypts the secret, the logs and the dead-letter queue. */
  readonly key: CustomerManagedKey;
  /** Environment of the function (non-secret settings only). */
  readonly environment: Record<string, string>;
  /** Log retention in days. */
  readonly logRetentionDays: number;
  /** @default - not in a VPC (it calls only the Secrets Manager API) */
  readonly vpc?: RotationVpcProps;
  /** The owner's property that sets `vpc.awsApiCidrs`, named in errors. @default "rotationVpc.awsApiCidrs" */
  readonly awsApiCidrsProperty?: string;
  /**
   * Concurrency reserved for the function (1 to 1000). Reserving takes it from the account's
   * unreserved pool, which Lambda keeps at 10 or more: on an account with a small concurrency quota
   * any reservation fails the deploy, so none is made unless asked for.
   * @default - none: the function uses the account's unreserved concurrency
   */
  readonly reservedConcurrentExecutions?: number;
  /**
   * Where a failed rotation is reported: an alarm on the function's errors notifies this topic.
   * @default - no alarm (failures land in the dead-letter queue and the log group)
   */
  readonly alertTopic?: AlertTopic;
}

/** Largest reserved concurrency accepted (Lambda's default regional concurrency quota). */
export const MAX_RESERVED_CONCURRENCY = 1000;

/**
 * The hardened rotation Lambda: its own least-privilege role (this secret, this key, its log
 * group, its queue), customer-key encrypted logs with retention, optional reserved concurrency, an
 * encrypted dead-letter queue, active tracing, and an invoke permission for Secrets Manager on
 * this secret only. The secret's key and resource policies must admit `role` as a writer
 * (ManagedSecret.addWriter does both).
 */
export class RotationFunction extends Construct {
  public readonly resource: LambdaFunction;
  public readonly role: IamRole;
  public readonly functionArn: string;
  /** The invoke permission; rotation must be configured after it. */
  public readonly permission: LambdaPermission;
  /** The alarm on the function's errors, when an alert topic was given. */
  public readonly failureAlarm?: CloudwatchMetricAlarm;
  /** In a VPC: the function's party in the network model (its own group), for flows beyond the AWS APIs. */
  public readonly endpoint?: NetworkEndpoint;

  constructor(scope: Construct, id: string, props: RotationFunctionProps) {
    super(scope, id);
    const reserved =
      props.reservedConcurrentExecutions === undefined
        ? undefined
        : requireIntegerInRange(
            ErrorCodes.CONCURRENCY,
            props.owner ?? "RotatingApiKey",
            "reservedConcurrentExecutions",
            props.reservedConcurrentExecutions,
            1,
            MAX_RESERVED_CONCURRENCY,
            "remove it to use the account's unreserved concurrency (a rotation runs one invocation at a time), or reserve a small number such as 2 that your account's quota leaves room for",
          );
    const ctx = AwsContext.of(this);
    const tags = awsTags(props.deploymentName, props.component ?? "key-rotation");
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
      description: `Rotation function ${props.functionName}`,
      assumeRolePolicy: serviceTrustPolicy("lambda.amazonaws.com", ctx.accountId),
      tags,
    });
    const statements = rotationStatements(props, logs.arn, dlq.arn);
    const vpc = props.vpc ? this.vpcConfig(props, props.vpc, tags, statements) : undefined;
    this.endpoint = vpc?.endpoint;
    const policy = new IamRolePolicy(this, "Policy", { role: this.role.name, name: "rotation", policy: policyDocument(statements) });
    props.key.grantViaService("DeadLettersViaSqs", [this.role.arn], "sqs", ["kms:Decrypt", "kms:GenerateDataKey"]);

    this.resource = new LambdaFunction(this, "Resource", {
      functionName: props.functionName,
      description: `Rotates ${props.rotates ?? "a MeshOptixIQ API key in Secrets Manager"}`,
      role: this.role.arn,
      runtime: ROTATION_RUNTIME,
      architectures: ["arm64"],
      handler: "index.handler",
      ...this.code(props),
      timeout: props.timeoutSeconds ?? 30,
      memorySize: 256,
      reservedConcurrentExecutions: reserved,
      tracingConfig: { mode: "Active" },
      deadLetterConfig: { targetArn: dlq.arn },
      loggingConfig: { logFormat: "JSON", logGroup: logs.name },
      environment: { variables: props.environment },
      vpcConfig: vpc && { subnetIds: vpc.subnetIds, securityGroupIds: vpc.securityGroupIds },
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
    this.failureAlarm = props.alertTopic && failureAlarm(this, props.alertTopic, props.functionName, logGroupName);
  }

  /**
   * The function's code: the handler's zip, built at synth, signed by the stack's code signing and
   * deployed from the signed object; the zip itself only where the stack opted out of code signing.
   * Lambda then refuses any code the stack's profile did not sign (UpdateFunctionCode included,
   * whoever calls it).
   */
  private code(props: RotationFunctionProps): { filename: string; sourceCodeHash: string } | SignedCode {
    const asset = new TerraformAsset(this, "Code", {
      path: rotationHandlerArchive(props.handlerModule ?? API_KEY_ROTATION_HANDLER),
      type: AssetType.FILE,
    });
    const code = { functionName: props.functionName, path: asset.path, hash: asset.assetHash };
    return RotationCodeSigning.of(this, props.deploymentName).sign(this, code) ?? { filename: asset.path, sourceCodeHash: asset.assetHash };
  }

  /**
   * Invokes the function on a schedule with a fixed event (a task that is not a rotation step, such
   * as ending an overlap). EventBridge is the only other caller: the permission names the rule.
   */
  public addSchedule(id: string, description: string, scheduleExpression: string, input: Record<string, unknown>): CloudwatchEventRule {
    const rule = new CloudwatchEventRule(this, id, {
      namePrefix: `${this.resource.functionName}-`.slice(0, 38),
      description,
      scheduleExpression,
      state: "ENABLED",
      tags: this.resource.tagsInput,
    });
    new CloudwatchEventTarget(this, `${id}Target`, {
      rule: rule.name,
      arn: this.functionArn,
      input: jsonDocument(input),
      // A failed run lands in the function's own dead-letter queue (asynchronous invocation).
      retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 900 },
    });
    new LambdaPermission(this, `InvokeBy${id}`, {
      functionName: this.resource.functionName,
      action: "lambda:InvokeFunction",
      principal: "events.amazonaws.com",
      sourceArn: rule.arn,
      sourceAccount: AwsContext.of(this).accountId,
    });
    return rule;
  }

  /**
   * The function's security group in the VPC, and the permissions Lambda needs to place its network
   * interfaces (added to `statements`).
   */
  private vpcConfig(
    props: RotationFunctionProps,
    vpc: RotationVpcProps,
    tags: Record<string, string>,
    statements: PolicyStatement[],
  ): { subnetIds: string[]; securityGroupIds: string[]; endpoint: NetworkEndpoint } {
    requireAwsId("RotationFunction", "rotationVpc.vpcId", vpc.vpcId, "vpc", "pass the id of the VPC the function runs in");
    const subnetFix = "pass the ids of private subnets with a route to the AWS APIs";
    requireAwsIds("RotationFunction", "rotationVpc.subnetIds", vpc.subnetIds, "subnet", subnetFix);
    // Its rules are flows of the network model. The description differs from the group's that carried
    // the rule inline: a changed description replaced the group (created before the old one was
    // destroyed), so the model's rules never met the inline rule of the old group's state.
    const sg = new SecurityGroup(this, "SecurityGroup", {
      namePrefix: `${props.functionName}-`,
      description: `Rotation function ${props.functionName}: HTTPS to AWS APIs only (rules from the network model)`,
      vpcId: vpc.vpcId,
      revokeRulesOnDelete: true,
      tags,
      lifecycle: { createBeforeDestroy: true },
    });
    const endpoint = new NetworkEndpoint({ name: props.functionName, securityGroupId: sg.id, ownsSecurityGroup: true });
    const cidrsProperty = props.awsApiCidrsProperty ?? "rotationVpc.awsApiCidrs";
    const awsApis = awsApisEndpoint(props.owner ?? "RotatingApiKey", cidrsProperty, vpc.awsApiCidrs);
    NetworkModel.of(this).allow(endpoint, awsApis, { port: 443 }, "HTTPS to AWS APIs");
    statements.push({
      Sid: "VpcNetworkInterfaces",
      Effect: "Allow" as const,
      Action: [
        "ec2:CreateNetworkInterface",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DeleteNetworkInterface",
        "ec2:AssignPrivateIpAddresses",
        "ec2:UnassignPrivateIpAddresses",
      ],
      Resource: "*",
    });
    return { subnetIds: vpc.subnetIds, securityGroupIds: [sg.id], endpoint };
  }
}

/** The alarm on the function's errors: a failed step notifies the alert topic. */
function failureAlarm(scope: Construct, topic: AlertTopic, functionName: string, logGroupName: string): CloudwatchMetricAlarm {
  return topic.alarmOnAny(
    scope,
    "FailureAlarm",
    `${functionName}-failed`,
    `A step of the rotation function ${functionName} failed: the credential was not rotated. See its log group ${logGroupName}.`,
    { namespace: "AWS/Lambda", metricName: "Errors", dimensions: { FunctionName: functionName } },
  );
}
