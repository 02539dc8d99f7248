import { Construct } from "constructs";
import { Lazy } from "../compat/core";
import { CloudwatchMetricAlarm } from "../compat/aws/cloudwatch-metric-alarm";
import { SnsTopic } from "../compat/aws/sns-topic";
import { SnsTopicPolicy } from "../compat/aws/sns-topic-policy";
import { SnsTopicSubscription } from "../compat/aws/sns-topic-subscription";
import { AwsContext } from "./aws-context";
import { ErrorCodes, invalidInput } from "./errors";
import { policyDocument } from "./iam";
import { CustomerManagedKey } from "./kms";
import { awsTags } from "./tags";
import { isConcrete } from "./validators";

/** Where an alert is delivered. */
export interface AlertSubscription {
  /** `email`, `https`, `sqs` or `lambda` (never plaintext `http`). */
  readonly protocol: "email" | "https" | "sqs" | "lambda";
  /** The address, HTTPS URL, queue ARN or function ARN. */
  readonly endpoint: string;
}

/** Properties of {@link AlertTopic}. */
export interface AlertTopicProps {
  /** Deployment name: names the topic and its key, and tags them. */
  readonly deploymentName: string;
  /** Who receives the alerts. @default [] - alarms still change state in CloudWatch; subscribe later with `subscribe` */
  readonly subscriptions?: AlertSubscription[];
  /** Break-glass administrators of the topic's key. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
}

/** A metric an alarm watches. */
export interface AlarmMetric {
  /** CloudWatch namespace, e.g. `AWS/Lambda`. */
  readonly namespace: string;
  /** Metric name, e.g. `Errors`. */
  readonly metricName: string;
  /** Dimensions that select the resource, e.g. `{ FunctionName: "…" }`. */
  readonly dimensions: Record<string, string>;
}

/**
 * The deployment's alert topic: an SNS topic encrypted with its own customer-managed key, that only
 * this account's CloudWatch alarms, and the EventBridge rules given to `allowEventRules`, may
 * publish to (topic policy and key policy both), over TLS, with the subscriptions you pass.
 * `alarmOnAny` adds an alarm that notifies the topic when a metric's sum is at least one in five
 * minutes (a failed rotation, for instance), and again when it recovers. `HardenedMeshStack` sends
 * both its alarms and its control alerts (`ControlAlerts`) to its one topic.
 */
export class AlertTopic extends Construct {
  /** The topic (escape hatch). */
  public readonly resource: SnsTopic;
  /** Encrypts the topic's messages. */
  public readonly key: CustomerManagedKey;
  /** ARN of the topic, for alarm actions and subscriptions. */
  public readonly topicArn: string;
  private readonly deploymentName: string;
  private readonly accountId: string;
  private readonly eventRuleArns: string[] = [];
  private subscriptionCount = 0;

  constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    const ctx = AwsContext.of(this);
    this.deploymentName = props.deploymentName;
    this.accountId = ctx.accountId;
    const tags = awsTags(props.deploymentName, "alerts");
    this.key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the alert topic of ${props.deploymentName}`,
      deploymentName: props.deploymentName,
      alias: `${props.deploymentName}/alerts`,
      administratorArns: props.keyAdministratorArns,
    });
    // CloudWatch encrypts each alarm notification with a data key of the topic's key.
    this.key.addStatement({
      Sid: "CloudWatchAlarmsPublish",
      Effect: "Allow",
      Principal: { Service: "cloudwatch.amazonaws.com" },
      Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceAccount": ctx.accountId } },
    });
    this.resource = new SnsTopic(this, "Resource", {
      namePrefix: `${props.deploymentName}-alerts-`.slice(0, 230),
      displayName: `MeshOptixIQ alerts of ${props.deploymentName}`.slice(0, 100),
      kmsMasterKeyId: this.key.keyArn,
      tags,
    });
    this.topicArn = this.resource.arn;
    const alarms = {
      Sid: "CloudWatchAlarmsOfThisAccount",
      Effect: "Allow" as const,
      Principal: { Service: "cloudwatch.amazonaws.com" },
      Action: ["sns:Publish"],
      Resource: this.resource.arn,
      Condition: {
        StringEquals: { "aws:SourceAccount": ctx.accountId },
        ArnLike: { "aws:SourceArn": `arn:${ctx.partition}:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:*` },
      },
    };
    const tlsOnly = {
      Sid: "TlsOnly",
      Effect: "Deny" as const,
      Principal: "*",
      Action: ["sns:Publish", "sns:Subscribe"],
      Resource: this.resource.arn,
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    };
    new SnsTopicPolicy(this, "Policy", {
      arn: this.resource.arn,
      // the rules allowed later (allowEventRules) are known when the stack is synthesized
      policy: Lazy.stringValue({
        produce: () =>
          policyDocument([
            alarms,
            ...(this.eventRuleArns.length > 0
              ? [
                  {
                    Sid: "EventBridgeRulesOfTheStack",
                    Effect: "Allow" as const,
                    Principal: { Service: "events.amazonaws.com" },
                    Action: ["sns:Publish"],
                    Resource: this.resource.arn,
                    Condition: { ArnEquals: { "aws:SourceArn": [...this.eventRuleArns] } },
                  },
                ]
              : []),
            tlsOnly,
          ]),
      }),
    });
    for (const s of props.subscriptions ?? []) this.subscribe(s);
  }

  /**
   * Lets EventBridge rules publish to the topic: the topic policy names exactly these rules
   * (`aws:SourceArn`), and the key lets EventBridge encrypt for this account only.
   */
  public allowEventRules(ruleArns: string[]): void {
    if (ruleArns.length === 0) return;
    if (this.eventRuleArns.length === 0) {
      this.key.addStatement({
        Sid: "EventBridgeRulesPublish",
        Effect: "Allow",
        Principal: { Service: "events.amazonaws.com" },
        Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceAccount": this.accountId } },
      });
    }
    this.eventRuleArns.push(...ruleArns);
  }

  /** Adds a subscription. */
  public subscribe(subscription: AlertSubscription): SnsTopicSubscription {
    const { protocol, endpoint } = subscription;
    if (
      !["email", "https", "sqs", "lambda"].includes(protocol) ||
      (protocol === "https" && isConcrete(endpoint) && !/^https:\/\//.test(endpoint))
    ) {
      throw invalidInput(ErrorCodes.REQUIRED, {
        component: "AlertTopic",
        property: "subscriptions",
        received: `${protocol} ${endpoint}`,
        allowed: "email, https (an https:// URL), sqs or lambda",
        fix: "deliver alerts over HTTPS, to an address, a queue or a function; plaintext http is refused",
      });
    }
    const index = this.subscriptionCount++;
    return new SnsTopicSubscription(this, `Subscription${index}`, { topicArn: this.topicArn, protocol, endpoint });
  }

  /** An alarm that notifies the topic when the metric's sum reaches one in five minutes, and when it recovers. */
  public alarmOnAny(scope: Construct, id: string, name: string, description: string, metric: AlarmMetric): CloudwatchMetricAlarm {
    return new CloudwatchMetricAlarm(scope, id, {
      alarmName: name,
      alarmDescription: description,
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: metric.dimensions,
      statistic: "Sum",
      period: 300,
      evaluationPeriods: 1,
      threshold: 1,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      treatMissingData: "notBreaching",
      alarmActions: [this.topicArn],
      okActions: [this.topicArn],
      tags: awsTags(this.deploymentName, "alerts"),
    });
  }
}
