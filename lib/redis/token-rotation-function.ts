import { Construct } from "constructs";
import { CloudwatchEventRule } from "../compat/aws/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "../compat/aws/cloudwatch-event-target";
import { LambdaPermission } from "../compat/aws/lambda-permission";
import { AwsContext } from "../core/aws-context";
import { jsonDocument } from "../core/literal";
import { CACHE_TOKEN_ROTATION_HANDLER } from "../secrets/rotation-bundle";
import { RotationFunction, RotationFunctionProps } from "../secrets/rotation-function";

/** How often the function checks whether a rotation's overlap has ended. */
export const FINALIZE_SCHEDULE = "rate(15 minutes)";

/** Properties of {@link CacheTokenRotationFunction}. */
export interface CacheTokenRotationFunctionProps extends Omit<
  RotationFunctionProps,
  "handlerModule" | "rotates" | "component" | "timeoutSeconds" | "extraStatements" | "owner"
> {
  /** ARN of the replication group whose AUTH token it sets (the only one it may modify). */
  readonly replicationGroupArn: string;
}

/**
 * The hardened rotation Lambda ({@link RotationFunction}) with the cache's handler: it may also
 * modify this replication group's AUTH token, and an EventBridge schedule ends each rotation's
 * overlap (the `SET` after the `ROTATE`).
 *
 * The secret's key and resource policies must admit `role` as a writer (ManagedSecret.addWriter).
 */
export class CacheTokenRotationFunction extends RotationFunction {
  /** The schedule that ends overlaps. */
  public readonly finalizeRule: CloudwatchEventRule;

  constructor(scope: Construct, id: string, props: CacheTokenRotationFunctionProps) {
    super(scope, id, {
      ...props,
      handlerModule: CACHE_TOKEN_ROTATION_HANDLER,
      rotates: "the AUTH token of a MeshOptixIQ cache (ElastiCache ROTATE, then SET)",
      component: "cache-token-rotation",
      owner: "EncryptedRedis",
      // A step waits for the replication group to apply a token change (minutes).
      timeoutSeconds: 900,
      extraStatements: [
        {
          Sid: "SetThisGroupsToken",
          Effect: "Allow",
          Action: ["elasticache:DescribeReplicationGroups", "elasticache:ModifyReplicationGroup"],
          Resource: props.replicationGroupArn,
        },
      ],
    });
    const ctx = AwsContext.of(this);
    this.finalizeRule = new CloudwatchEventRule(this, "Finalize", {
      namePrefix: `${props.functionName}-`.slice(0, 38),
      description: `Ends the overlap of the cache token rotation of ${props.functionName}`,
      scheduleExpression: FINALIZE_SCHEDULE,
      state: "ENABLED",
      tags: this.resource.tagsInput,
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
