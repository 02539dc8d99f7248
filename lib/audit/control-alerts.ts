import { TerraformResource, TerraformStack } from "../compat/core";
import { Construct } from "constructs";
import { CloudwatchEventRule } from "../compat/aws/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "../compat/aws/cloudwatch-event-target";
import { CloudwatchLogGroup } from "../compat/aws/cloudwatch-log-group";
import { CloudwatchLogResourcePolicy } from "../compat/aws/cloudwatch-log-resource-policy";
import { SnsTopic } from "../compat/aws/sns-topic";
import { SnsTopicPolicy } from "../compat/aws/sns-topic-policy";
import { SnsTopicSubscription } from "../compat/aws/sns-topic-subscription";
import { AwsContext } from "../core/aws-context";
import { jsonDocument } from "../core/literal";
import { policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { AlertSubscription } from "../core/alert-topic";
import { awsTags } from "../core/tags";
import { alertPattern, CONTROL_ALERTS, ControlAlert, PatternValue } from "../policy/alerts";

export interface ControlAlertsProps {
  /** Deployment name, for names and tags. */
  readonly deploymentName: string;
  /**
   * Who receives the alerts, through an SNS topic encrypted with a customer-managed key.
   * @default - no topic: the alerts go to the audit path only (the encrypted log group)
   */
  readonly subscriptions?: AlertSubscription[];
  /** Days the log group keeps the alerts. @default 365 */
  readonly retentionDays?: number;
  /**
   * Roles outside the stack whose reads of its secrets are expected (a pipeline reading the
   * automation key). The stack's own roles are always expected.
   * @default - none
   */
  readonly workloadRoleArns?: string[];
  /** Administrators of the topic's key. @default - the account root principal */
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
 * with subscriptions, also in an SNS topic encrypted with the same key. Add it last: it watches the
 * resources the stack has when it is created.
 */
export class ControlAlerts extends Construct {
  /** The log group every alert lands in (`/aws/events/<deployment>-control-alerts`). */
  public readonly logGroup: CloudwatchLogGroup;
  /** The topic, when subscriptions are given. */
  public readonly topic?: SnsTopic;
  public readonly key: CustomerManagedKey;
  /** The rules, per alert id (alerts without a resource of their type in the stack have none). */
  public readonly rules: ReadonlyMap<string, CloudwatchEventRule>;

  constructor(scope: Construct, id: string, props: ControlAlertsProps) {
    super(scope, id);
    const context = AwsContext.of(this);
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
    if ((props.subscriptions ?? []).length > 0) {
      this.key.addStatement({
        Sid: "EventBridgePublishes",
        Effect: "Allow",
        Principal: { Service: "events.amazonaws.com" },
        Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceAccount": context.accountId } },
      });
      this.topic = new SnsTopic(this, "Topic", { name: `${props.deploymentName}-control-alerts`, kmsMasterKeyId: this.key.keyArn, tags });
    }
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
    if (this.topic) this.topicPolicy(this.topic, [...rules.values()]);
    (props.subscriptions ?? []).forEach((s, i) => {
      new SnsTopicSubscription(this, `Subscription${i}`, { topicArn: this.topic!.arn, protocol: s.protocol, endpoint: s.endpoint });
    });
  }

  private topicPolicy(topic: SnsTopic, rules: CloudwatchEventRule[]): void {
    new SnsTopicPolicy(this, "TopicPolicy", {
      arn: topic.arn,
      policy: policyDocument([
        {
          Sid: "EventBridgeRulesOfTheStack",
          Effect: "Allow",
          Principal: { Service: "events.amazonaws.com" },
          Action: "sns:Publish",
          Resource: topic.arn,
          Condition: { ArnEquals: { "aws:SourceArn": rules.map((r) => r.arn) } },
        },
        {
          Sid: "TlsOnly",
          Effect: "Deny",
          Principal: "*",
          Action: "sns:Publish",
          Resource: topic.arn,
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ]),
    });
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
    if (this.topic) new CloudwatchEventTarget(this, `Notify-${alert.id}`, { rule: rule.name, arn: this.topic.arn });
    return rule;
  }
}
