import { TerraformResource, TerraformStack } from "../compat/core";
import { Construct } from "constructs";
import { CloudwatchEventRule } from "../compat/aws/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "../compat/aws/cloudwatch-event-target";
import { CloudwatchLogGroup } from "../compat/aws/cloudwatch-log-group";
import { CloudwatchLogResourcePolicy } from "../compat/aws/cloudwatch-log-resource-policy";
import { jsonDocument } from "../core/literal";
import { policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { AlertTopic } from "../core/alert-topic";
import { awsTags } from "../core/tags";
import { alertPattern, CONTROL_ALERTS, ControlAlert, PatternValue } from "../policy/alerts";

export interface ControlAlertsProps {
  /** Deployment name, for names and tags. */
  readonly deploymentName: string;
  /**
   * The alert topic (SNS, encrypted with its customer-managed key) every alert is also sent to; its
   * subscriptions say who is told. `HardenedMeshStack` passes its own (`alertSubscriptions`).
   * @default - no topic: the alerts go to the audit path only (the encrypted log group)
   */
  readonly topic?: AlertTopic;
  /** Days the log group keeps the alerts. @default 365 */
  readonly retentionDays?: number;
  /**
   * Roles outside the stack whose reads of its secrets are expected (a pipeline reading the
   * automation key). The stack's own roles are always expected.
   * @default - none
   */
  readonly workloadRoleArns?: string[];
  /** Administrators of the log group's key. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
}

/** The identifiers CloudTrail records for a resource of each watched type. */
function identifiers(r: TerraformResource, type: string): PatternValue[] {
  const a = (name: string) => r.getStringAttribute(name);
  switch (type) {
    case "aws_kms_key":
      return [a("key_id"), a("arn")];
    case "aws_secretsmanager_secret":
      // a caller names a secret by name, full ARN or partial ARN (without the random suffix)
      return [a("name"), a("arn"), { suffix: `:secret:${a("name")}` }];
    case "aws_s3_bucket":
      return [a("bucket")];
    case "aws_elasticache_replication_group":
      return [a("replication_group_id")];
    case "aws_db_instance":
      return [a("identifier")];
    case "aws_security_group":
      return [a("id")];
    case "aws_signer_signing_profile":
      return [a("name")];
    case "aws_lambda_function":
      // a caller names a function by name, full ARN or partial ARN (`<account>:function:<name>`)
      return [a("function_name"), a("arn"), { suffix: `:function:${a("function_name")}` }];
    default:
      return [a("arn")];
  }
}

/**
 * Alerts on the AWS side: an EventBridge rule per {@link CONTROL_ALERTS} entry watches the
 * CloudTrail management events of the calls that can undo a control on the resources of this
 * stack (its listeners, load balancers, cache, keys, buckets, secrets, security groups and
 * database), and any principal other than the stack's workloads reading one of its secrets. Every
 * match lands in a log group encrypted with a customer-managed key (the audit path, kept a year);
 * with a `topic`, also in that alert topic, which lets exactly these rules publish. Add it last: it
 * watches the resources the stack has when it is created.
 */
export class ControlAlerts extends Construct {
  /** The log group every alert lands in (`/aws/events/<deployment>-control-alerts`). */
  public readonly logGroup: CloudwatchLogGroup;
  /** The alert topic the rules notify, when one is given. */
  public readonly topic?: AlertTopic;
  public readonly key: CustomerManagedKey;
  /** The rules, per alert id (alerts without a resource of their type in the stack have none). */
  public readonly rules: ReadonlyMap<string, CloudwatchEventRule>;

  constructor(scope: Construct, id: string, props: ControlAlertsProps) {
    super(scope, id);
    const stack = TerraformStack.of(this);
    const resources = stack.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
    this.key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the control alerts of ${props.deploymentName}`,
      deploymentName: props.deploymentName,
      alias: `${props.deploymentName}-control-alerts`,
      administratorArns: props.keyAdministratorArns,
    });
    const tags = awsTags(props.deploymentName, "control-alerts");
    const logGroupName = `/aws/events/${props.deploymentName}-control-alerts`;
    this.key.grantLogGroup(logGroupName);
    this.logGroup = new CloudwatchLogGroup(this, "LogGroup", {
      name: logGroupName,
      retentionInDays: props.retentionDays ?? 365,
      kmsKeyId: this.key.keyArn,
      tags,
    });
    this.topic = props.topic;
    const roles = [
      ...resources.filter((r) => r.terraformResourceType === "aws_iam_role").map((r) => r.getStringAttribute("arn")),
      ...(props.workloadRoleArns ?? []),
    ];
    const rules = new Map<string, CloudwatchEventRule>();
    for (const alert of CONTROL_ALERTS) {
      const watched = resources.filter((r) => r.terraformResourceType === alert.resourceType);
      if (watched.length === 0) continue;
      rules.set(
        alert.id,
        this.rule(
          alert,
          watched.flatMap((r) => identifiers(r, alert.resourceType)),
          roles,
          props.deploymentName,
        ),
      );
    }
    this.rules = rules;
    new CloudwatchLogResourcePolicy(this, "LogDelivery", {
      policyName: `${props.deploymentName}-control-alerts`,
      policyDocument: policyDocument([
        {
          Sid: "EventBridgeRulesOfTheStack",
          Effect: "Allow",
          Principal: { Service: ["events.amazonaws.com", "delivery.logs.amazonaws.com"] },
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `${this.logGroup.arn}:*`,
        },
      ]),
    });
    this.topic?.allowEventRules([...rules.values()].map((r) => r.arn));
  }

  private rule(alert: ControlAlert, ids: PatternValue[], roles: string[], deploymentName: string): CloudwatchEventRule {
    const rule = new CloudwatchEventRule(this, `Rule-${alert.id}`, {
      name: `${deploymentName}-alert-${alert.id}`.slice(0, 64),
      description: `${alert.controls.join(", ")}: ${alert.description}`.slice(0, 512),
      eventPattern: jsonDocument(alertPattern(alert, ids, roles)),
      state: alert.readOnly ? "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" : "ENABLED",
      tags: awsTags(deploymentName, "control-alerts"),
    });
    new CloudwatchEventTarget(this, `Target-${alert.id}`, { rule: rule.name, arn: this.logGroup.arn });
    if (this.topic) new CloudwatchEventTarget(this, `Notify-${alert.id}`, { rule: rule.name, arn: this.topic.topicArn });
    return rule;
  }
}
