import { TerraformResource, TerraformStack } from "../compat/core";
import { Construct } from "constructs";
import { CloudwatchEventRule } from "../compat/aws/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "../compat/aws/cloudwatch-event-target";
import { SnsTopic } from "../compat/aws/sns-topic";
import { SnsTopicPolicy } from "../compat/aws/sns-topic-policy";
import { SnsTopicSubscription } from "../compat/aws/sns-topic-subscription";
import { AwsContext } from "../core/aws-context";
import { jsonDocument } from "../core/literal";
import { policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { awsTags } from "../core/tags";
import { alertPattern, CONTROL_ALERTS, ControlAlert, PatternValue } from "../policy/alerts";

/** A subscription of the alerts topic. */
export interface AlertSubscription {
  /** SNS protocol: `email`, `https`, `sqs`, `lambda`, … */
  readonly protocol: string;
  /** The endpoint: an address, a URL or an ARN. */
  readonly endpoint: string;
}

/** Properties of {@link ControlAlerts}. */
export interface ControlAlertsProps {
  /** Deployment name, for names and tags. */
  readonly deploymentName: string;
  /** Who receives the alerts. @default - none: subscribe later (the topic's ARN is `topicArn`) */
  readonly subscriptions?: AlertSubscription[];
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
 * database), and a person (or any principal other than the stack's workloads) reading one of its
 * secrets; each match goes to an SNS topic encrypted with a customer-managed key. Add it last: it
 * watches the resources the stack has when it is created.
 */
export class ControlAlerts extends Construct {
  public readonly topic: SnsTopic;
  public readonly topicArn: string;
  public readonly key: CustomerManagedKey;
  /** The rules, per alert id (alerts without a resource of their type in the stack have none). */
  public readonly rules: ReadonlyMap<string, CloudwatchEventRule>;

  constructor(scope: Construct, id: string, props: ControlAlertsProps) {
    super(scope, id);
    const context = AwsContext.of(this);
    const stack = TerraformStack.of(this);
    const resources = stack.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
    this.key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the control alerts topic of ${props.deploymentName}`,
      deploymentName: props.deploymentName,
      alias: `${props.deploymentName}-control-alerts`,
      administratorArns: props.keyAdministratorArns,
    });
    this.key.addStatement({
      Sid: "EventBridgePublishes",
      Effect: "Allow",
      Principal: { Service: "events.amazonaws.com" },
      Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceAccount": context.accountId } },
    });
    this.topic = new SnsTopic(this, "Topic", {
      name: `${props.deploymentName}-control-alerts`,
      kmsMasterKeyId: this.key.keyArn,
      tags: awsTags(props.deploymentName, "control-alerts"),
    });
    this.topicArn = this.topic.arn;
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
    new SnsTopicPolicy(this, "TopicPolicy", {
      arn: this.topic.arn,
      policy: policyDocument([
        {
          Sid: "EventBridgeRulesOfTheStack",
          Effect: "Allow",
          Principal: { Service: "events.amazonaws.com" },
          Action: "sns:Publish",
          Resource: this.topic.arn,
          Condition: { ArnEquals: { "aws:SourceArn": [...rules.values()].map((r) => r.arn) } },
        },
        {
          Sid: "TlsOnly",
          Effect: "Deny",
          Principal: "*",
          Action: "sns:Publish",
          Resource: this.topic.arn,
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ]),
    });
    (props.subscriptions ?? []).forEach((s, i) => {
      new SnsTopicSubscription(this, `Subscription${i}`, { topicArn: this.topic.arn, protocol: s.protocol, endpoint: s.endpoint });
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
    new CloudwatchEventTarget(this, `Target-${alert.id}`, { rule: rule.name, arn: this.topic.arn });
    return rule;
  }
}
