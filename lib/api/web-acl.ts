import { Construct } from "constructs";
import { CloudwatchLogGroup } from "../compat/aws/cloudwatch-log-group";
import { CloudwatchLogResourcePolicy } from "../compat/aws/cloudwatch-log-resource-policy";
import { Wafv2WebAcl } from "../compat/aws/wafv2-web-acl";
import { Wafv2WebAclAssociation } from "../compat/aws/wafv2-web-acl-association";
import { Wafv2WebAclLoggingConfiguration } from "../compat/aws/wafv2-web-acl-logging-configuration";
import { AwsContext } from "../core/aws-context";
import { policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";

/** AWS managed rule groups of the API's web ACL, in priority order. */
const MANAGED_RULE_GROUPS = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
  "AWSManagedRulesAnonymousIpList",
  "AWSManagedRulesAmazonIpReputationList",
];

/**
 * Requests one client IP may send in any 5-minute window before WAF blocks it: a brake on key
 * guessing and floods, far above what an operator or an automation client sends.
 */
export const API_RATE_LIMIT_PER_5_MINUTES = 2000;

/** Header fields redacted from WAF logs: the API key travels in a header. */
const REDACTED_HEADERS = ["authorization", "x-api-key", "cookie"];

/**
 * A WAFv2 web ACL with AWS managed rule groups (the Amazon IP reputation list among them) and a
 * per-IP rate limit in front of the ALB, on `scope`, logging to a
 * customer-key encrypted log group.
 */
export function createApiWebAcl(scope: Construct, deploymentName: string, loadBalancerArn: string, tags: Record<string, string>): void {
  const metric = (name: string) => ({ cloudwatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true });
  const acl = new Wafv2WebAcl(scope, "WebAcl", {
    name: `${deploymentName}-api`,
    description: `AWS managed rule groups in front of the ${deploymentName} API`,
    scope: "REGIONAL",
    defaultAction: { allow: {} },
    rule: [
      ...MANAGED_RULE_GROUPS.map((group, priority) => ({
        name: group,
        priority,
        overrideAction: { none: {} },
        statement: { managed_rule_group_statement: [{ name: group, vendor_name: "AWS" }] },
        visibilityConfig: metric(group),
      })),
      {
        name: "RateLimitPerIp",
        priority: MANAGED_RULE_GROUPS.length,
        action: { block: {} },
        statement: { rate_based_statement: [{ limit: API_RATE_LIMIT_PER_5_MINUTES, aggregate_key_type: "IP" }] },
        visibilityConfig: metric("RateLimitPerIp"),
      },
    ],
    visibilityConfig: metric(`${deploymentName}-api`),
    tags,
  });
  new Wafv2WebAclAssociation(scope, "WebAclAssociation", {
    resourceArn: loadBalancerArn,
    webAclArn: acl.arn,
  });
  webAclLogging(scope, deploymentName, acl, tags);
}

/**
 * WAF logs to a customer-key encrypted log group. Credentials in request headers are redacted:
 * the API key travels in a header and must never land in logs.
 */
function webAclLogging(scope: Construct, deploymentName: string, acl: Wafv2WebAcl, tags: Record<string, string>): void {
  const ctx = AwsContext.of(scope);
  const logGroupName = `aws-waf-logs-${deploymentName}-api`;
  const key = new CustomerManagedKey(scope, "WafLogsKey", {
    description: `Encrypts the WAF logs of the ${deploymentName} API`,
    deploymentName,
    alias: `${deploymentName}/waf-logs`,
  });
  key.grantLogGroup(logGroupName);
  const group = new CloudwatchLogGroup(scope, "WafLogs", { name: logGroupName, retentionInDays: 365, kmsKeyId: key.keyArn, tags });
  const policy = new CloudwatchLogResourcePolicy(scope, "WafLogsDelivery", {
    policyName: `${logGroupName}-delivery`,
    policyDocument: policyDocument([
      {
        Sid: "WafLogDelivery",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: `${group.arn}:*`,
        Condition: {
          StringEquals: { "aws:SourceAccount": ctx.accountId },
          ArnLike: { "aws:SourceArn": `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:*` },
        },
      },
    ]),
  });
  new Wafv2WebAclLoggingConfiguration(scope, "WafLogging", {
    resourceArn: acl.arn,
    logDestinationConfigs: [group.arn],
    redactedFields: REDACTED_HEADERS.map((name) => ({ singleHeader: { name } })),
    dependsOn: [policy],
  });
}
