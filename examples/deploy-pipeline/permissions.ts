// What the pipeline's roles may do, derived from the stack they deploy: every Terraform resource
// and data source type maps to the AWS service (and the Kubernetes kinds) it manages, with the
// names the deployment gives its resources. A type without a mapping fails synth, so a stack that
// grows a new kind of resource cannot be deployed with permissions nobody reviewed.
import { TerraformDataSource, TerraformResource, TerraformStack } from "cdktf";
import { Manifest } from "@cdktf/provider-kubernetes/lib/manifest";

/** An IAM policy statement. */
export interface Statement {
  readonly Sid: string;
  readonly Effect: "Allow" | "Deny";
  readonly Action: string[];
  readonly Resource?: string | string[];
  readonly NotResource?: string[];
  readonly Condition?: Record<string, Record<string, unknown>>;
}

/** The names and places the deployment's resources live in. */
export interface Scope {
  readonly account: string;
  readonly region: string;
  readonly deploymentName: string;
  readonly vpcId: string;
  readonly hostedZoneId: string;
  readonly clusterName: string;
}

/** Terraform types of a stack: resources as `aws_lb`, data sources as `data.aws_eks_cluster`. */
export function terraformTypes(stack: TerraformStack): string[] {
  const types = stack.node
    .findAll()
    .flatMap((c) =>
      TerraformResource.isTerraformResource(c)
        ? [c.terraformResourceType]
        : c instanceof TerraformDataSource
          ? [`data.${c.terraformResourceType}`]
          : [],
    );
  return [...new Set(types)].sort();
}

interface AwsGrant {
  /** IAM service prefix. */
  readonly service: string;
  /** Terraform types this service's grant covers. */
  readonly types: RegExp;
  /** True for services whose API is global (no aws:RequestedRegion of the deployment). */
  readonly global?: boolean;
  /** What the deploying role may do. */
  readonly write: (s: Scope) => Statement[];
}

const inRegion = (s: Scope) => ({ StringEquals: { "aws:RequestedRegion": s.region } });
const arn = (s: Scope, service: string, resource: string) => `arn:aws:${service}:${s.region}:${s.account}:${resource}`;

const AWS_GRANTS: AwsGrant[] = [
  {
    service: "acm",
    types: /^aws_acm_/,
    // Certificate ARNs are random: the grant is limited to the actions and the region.
    write: (s) => [
      {
        Sid: "Certificates",
        Effect: "Allow",
        Action: [
          "acm:RequestCertificate",
          "acm:DescribeCertificate",
          "acm:DeleteCertificate",
          "acm:AddTagsToCertificate",
          "acm:RemoveTagsFromCertificate",
          "acm:ListTagsForCertificate",
          "acm:UpdateCertificateOptions",
        ],
        Resource: "*",
        Condition: inRegion(s),
      },
    ],
  },
  {
    service: "logs",
    types: /^aws_cloudwatch_log_/,
    write: (s) => [
      {
        Sid: "LogGroups",
        Effect: "Allow",
        Action: ["logs:*"],
        Resource: [
          arn(s, "logs", `log-group:/aws/lambda/${s.deploymentName}-*`),
          arn(s, "logs", `log-group:aws-waf-logs-${s.deploymentName}-*`),
          arn(s, "logs", `log-group:/aws/elasticache/${s.deploymentName}-*`),
        ],
      },
      {
        // Resource policies and log deliveries are account-level objects without ARNs.
        Sid: "LogDeliveries",
        Effect: "Allow",
        Action: [
          "logs:DescribeLogGroups",
          "logs:DescribeResourcePolicies",
          "logs:PutResourcePolicy",
          "logs:DeleteResourcePolicy",
          "logs:CreateLogDelivery",
          "logs:GetLogDelivery",
          "logs:UpdateLogDelivery",
          "logs:DeleteLogDelivery",
          "logs:ListLogDeliveries",
        ],
        Resource: "*",
        Condition: inRegion(s),
      },
    ],
  },
  {
    service: "dlm",
    types: /^aws_dlm_/,
    write: (s) => [{ Sid: "SnapshotPolicies", Effect: "Allow", Action: ["dlm:*"], Resource: "*", Condition: inRegion(s) }],
  },
  {
    service: "ec2",
    types: /^aws_security_group/,
    write: (s) => [
      {
        Sid: "SecurityGroupsInTheVpc",
        Effect: "Allow",
        Action: [
          "ec2:CreateSecurityGroup",
          "ec2:DeleteSecurityGroup",
          "ec2:AuthorizeSecurityGroupIngress",
          "ec2:AuthorizeSecurityGroupEgress",
          "ec2:RevokeSecurityGroupIngress",
          "ec2:RevokeSecurityGroupEgress",
          "ec2:UpdateSecurityGroupRuleDescriptionsIngress",
          "ec2:UpdateSecurityGroupRuleDescriptionsEgress",
          "ec2:ModifySecurityGroupRules",
          "ec2:CreateTags",
          "ec2:DeleteTags",
        ],
        Resource: arn(s, "ec2", "security-group/*"),
        Condition: { ArnEquals: { "ec2:Vpc": arn(s, "ec2", `vpc/${s.vpcId}`) } },
      },
      {
        Sid: "CreateSecurityGroupsInTheVpc",
        Effect: "Allow",
        Action: ["ec2:CreateSecurityGroup"],
        Resource: arn(s, "ec2", `vpc/${s.vpcId}`),
      },
      { Sid: "DescribeNetwork", Effect: "Allow", Action: ["ec2:Describe*"], Resource: "*", Condition: inRegion(s) },
    ],
  },
  {
    service: "eks",
    types: /^data\.aws_eks_cluster$/,
    write: (s) => [
      { Sid: "ReadTheCluster", Effect: "Allow", Action: ["eks:DescribeCluster"], Resource: arn(s, "eks", `cluster/${s.clusterName}`) },
    ],
  },
  {
    service: "elasticloadbalancing",
    types: /^aws_lb/,
    write: (s) => [
      {
        Sid: "LoadBalancer",
        Effect: "Allow",
        Action: ["elasticloadbalancing:*"],
        Resource: [
          arn(s, "elasticloadbalancing", "loadbalancer/app/meshq-*/*"),
          arn(s, "elasticloadbalancing", "listener/app/meshq-*/*"),
          arn(s, "elasticloadbalancing", "listener-rule/app/meshq-*/*"),
          arn(s, "elasticloadbalancing", "targetgroup/mshq-*/*"),
        ],
      },
      { Sid: "DescribeLoadBalancing", Effect: "Allow", Action: ["elasticloadbalancing:Describe*"], Resource: "*", Condition: inRegion(s) },
    ],
  },
  {
    service: "iam",
    types: /^aws_iam_role/,
    global: true,
    write: (s): Statement[] => {
      const roles = [`arn:aws:iam::${s.account}:role/${s.deploymentName}-*`, `arn:aws:iam::${s.account}:role/meshq-${s.deploymentName}-*`];
      return [
        {
          Sid: "TheDeploymentsRoles",
          Effect: "Allow",
          Action: [
            "iam:CreateRole",
            "iam:DeleteRole",
            "iam:GetRole",
            "iam:UpdateRole",
            "iam:UpdateRoleDescription",
            "iam:UpdateAssumeRolePolicy",
            "iam:TagRole",
            "iam:UntagRole",
            "iam:ListRoleTags",
            "iam:PutRolePolicy",
            "iam:GetRolePolicy",
            "iam:DeleteRolePolicy",
            "iam:ListRolePolicies",
            "iam:ListAttachedRolePolicies",
            "iam:ListInstanceProfilesForRole",
          ],
          Resource: roles,
        },
        {
          Sid: "PassTheDeploymentsRolesToItsServices",
          Effect: "Allow",
          Action: ["iam:PassRole"],
          Resource: roles,
          Condition: {
            StringEquals: { "iam:PassedToService": ["lambda.amazonaws.com", "dlm.amazonaws.com", "monitoring.rds.amazonaws.com"] },
          },
        },
        {
          Sid: "OnlyTheEnhancedMonitoringManagedPolicy",
          Effect: "Allow",
          Action: ["iam:AttachRolePolicy", "iam:DetachRolePolicy"],
          Resource: roles,
          Condition: { ArnEquals: { "iam:PolicyARN": "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole" } },
        },
      ];
    },
  },
  {
    service: "kms",
    types: /^aws_kms_/,
    // Key ARNs are random: keys are recognised by the deployment's Application tag (default tags).
    write: (s) => [
      {
        Sid: "CreateTaggedKeys",
        Effect: "Allow",
        Action: ["kms:CreateKey", "kms:TagResource"],
        Resource: "*",
        Condition: { StringEquals: { "aws:RequestedRegion": s.region, "aws:RequestTag/Application": s.deploymentName } },
      },
      {
        Sid: "ManageTheDeploymentsKeys",
        Effect: "Allow",
        Action: [
          "kms:DescribeKey",
          "kms:GetKeyPolicy",
          "kms:PutKeyPolicy",
          "kms:GetKeyRotationStatus",
          "kms:EnableKeyRotation",
          "kms:ListResourceTags",
          "kms:TagResource",
          "kms:UntagResource",
          "kms:UpdateKeyDescription",
          "kms:EnableKey",
          "kms:ScheduleKeyDeletion",
          "kms:CreateAlias",
          "kms:DeleteAlias",
          "kms:UpdateAlias",
        ],
        Resource: arn(s, "kms", "key/*"),
        Condition: { StringEquals: { "aws:ResourceTag/Application": s.deploymentName } },
      },
      {
        Sid: "TheDeploymentsAliases",
        Effect: "Allow",
        Action: ["kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias"],
        Resource: arn(s, "kms", `alias/${s.deploymentName}/*`),
      },
      { Sid: "ListKeys", Effect: "Allow", Action: ["kms:ListAliases", "kms:ListKeys"], Resource: "*", Condition: inRegion(s) },
    ],
  },
  {
    service: "lambda",
    types: /^aws_lambda_/,
    write: (s) => [
      { Sid: "RotationFunctions", Effect: "Allow", Action: ["lambda:*"], Resource: arn(s, "lambda", `function:${s.deploymentName}-*`) },
    ],
  },
  {
    service: "elasticache",
    types: /^aws_elasticache_/,
    write: (s) => [
      {
        Sid: "Cache",
        Effect: "Allow",
        Action: ["elasticache:*"],
        Resource: [
          arn(s, "elasticache", `replicationgroup:${s.deploymentName}-*`),
          arn(s, "elasticache", `subnetgroup:${s.deploymentName}-*`),
          arn(s, "elasticache", `parametergroup:*`),
          arn(s, "elasticache", `cluster:${s.deploymentName}-*`),
          arn(s, "elasticache", `snapshot:${s.deploymentName}-*`),
          arn(s, "elasticache", `user:${s.deploymentName}-*`),
          arn(s, "elasticache", `usergroup:${s.deploymentName}-*`),
        ],
      },
    ],
  },
  {
    service: "cloudwatch",
    types: /^aws_cloudwatch_metric_alarm$/,
    write: (s) => [
      { Sid: "Alarms", Effect: "Allow", Action: ["cloudwatch:*"], Resource: arn(s, "cloudwatch", `alarm:${s.deploymentName}-*`) },
    ],
  },
  {
    service: "sns",
    types: /^aws_sns_topic/,
    write: (s) => [{ Sid: "AlertTopics", Effect: "Allow", Action: ["sns:*"], Resource: arn(s, "sns", `${s.deploymentName}-*`) }],
  },
  {
    service: "events",
    types: /^aws_cloudwatch_event_/,
    write: (s) => [
      { Sid: "RotationSchedules", Effect: "Allow", Action: ["events:*"], Resource: arn(s, "events", `rule/${s.deploymentName}-*`) },
    ],
  },
  {
    service: "rds",
    types: /^aws_db_/,
    write: (s) => [{ Sid: "Database", Effect: "Allow", Action: ["rds:*"], Resource: "*", Condition: inRegion(s) }],
  },
  {
    service: "route53",
    types: /^aws_route53_/,
    global: true,
    write: (s) => [
      {
        Sid: "TheHostedZone",
        Effect: "Allow",
        Action: [
          "route53:ChangeResourceRecordSets",
          "route53:ListResourceRecordSets",
          "route53:GetHostedZone",
          "route53:ListTagsForResource",
        ],
        Resource: `arn:aws:route53:::hostedzone/${s.hostedZoneId}`,
      },
      { Sid: "RecordChanges", Effect: "Allow", Action: ["route53:GetChange"], Resource: "arn:aws:route53:::change/*" },
    ],
  },
  {
    service: "s3",
    types: /^aws_s3_/,
    // Bucket-level actions only: the pipeline never reads or writes the access logs themselves.
    write: () => [{ Sid: "AccessLogBuckets", Effect: "Allow", Action: ["s3:*"], Resource: "arn:aws:s3:::meshq-alb-logs-*" }],
  },
  {
    service: "secretsmanager",
    types: /^aws_secretsmanager_/,
    write: (s) => [
      {
        Sid: "TheDeploymentsSecrets",
        Effect: "Allow",
        Action: ["secretsmanager:*"],
        Resource: arn(s, "secretsmanager", `secret:${s.deploymentName}/*`),
      },
    ],
  },
  {
    service: "sqs",
    types: /^aws_sqs_/,
    write: (s) => [{ Sid: "DeadLetterQueues", Effect: "Allow", Action: ["sqs:*"], Resource: arn(s, "sqs", `${s.deploymentName}-*`) }],
  },
  {
    service: "wafv2",
    types: /^aws_wafv2_/,
    write: (s) => [
      {
        Sid: "WebAcl",
        Effect: "Allow",
        Action: ["wafv2:*"],
        Resource: [arn(s, "wafv2", `regional/webacl/${s.deploymentName}-*/*`), arn(s, "wafv2", "regional/managedruleset/*/*")],
      },
      {
        Sid: "AssociateWithTheLoadBalancer",
        Effect: "Allow",
        Action: ["wafv2:AssociateWebACL", "wafv2:DisassociateWebACL", "wafv2:GetWebACLForResource"],
        Resource: arn(s, "elasticloadbalancing", "loadbalancer/app/meshq-*/*"),
      },
    ],
  },
];

/**
 * Terraform types that need no AWS permission: answered by the provider itself or from the
 * caller's identity, and the Kubernetes types (see kubernetesRules).
 */
const NO_PERMISSION = /^data\.aws_(caller_identity|partition|region|elb_service_account)$|^kubernetes_|^data\.kubernetes_/;

/** The AWS services a stack manages, each with the types that need it. Unknown types fail. */
export function awsServices(stack: TerraformStack): Map<AwsGrant, string[]> {
  const services = new Map<AwsGrant, string[]>();
  for (const type of terraformTypes(stack)) {
    if (NO_PERMISSION.test(type)) continue;
    const grant = AWS_GRANTS.find((g) => g.types.test(type));
    if (!grant) {
      throw new Error(`the pipeline has no permissions for ${type}: add its AWS service to AWS_GRANTS in permissions.ts`);
    }
    services.set(grant, [...(services.get(grant) ?? []), type]);
  }
  return services;
}

/** The statements of the deploying role: each managed service, scoped to the deployment's names. */
export function deployStatements(stack: TerraformStack, scope: Scope): Statement[] {
  const statements = [...awsServices(stack).keys()].flatMap((g) => g.write(scope));
  statements.push({
    // Terraform never needs secret values: the secrets are created empty and rotated inside AWS.
    Sid: "NeverSecretValues",
    Effect: "Deny",
    Action: ["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"],
    Resource: "*",
  });
  return statements;
}

/** The statements of the planning role: read-only on the managed services, never secret values. */
export function planStatements(stack: TerraformStack, scope: Scope, stateObjectArns: string[]): Statement[] {
  const grants = [...awsServices(stack).keys()];
  const read = (g: AwsGrant) => [`${g.service}:Describe*`, `${g.service}:Get*`, `${g.service}:List*`];
  const regional = grants.filter((g) => !g.global).flatMap(read);
  const global = grants.filter((g) => g.global).flatMap(read);
  return [
    ...(regional.length
      ? [{ Sid: "ReadRegional", Effect: "Allow" as const, Action: regional, Resource: "*", Condition: inRegion(scope) }]
      : []),
    ...(global.length ? [{ Sid: "ReadGlobal", Effect: "Allow" as const, Action: global, Resource: "*" }] : []),
    {
      Sid: "NoSecretValuesOrLogContents",
      Effect: "Deny",
      Action: ["secretsmanager:GetSecretValue", "logs:GetLogEvents", "logs:GetLogRecord"],
      Resource: "*",
    },
    { Sid: "NoObjectsButTheState", Effect: "Deny", Action: ["s3:GetObject", "s3:GetObjectVersion"], NotResource: stateObjectArns },
  ];
}

const KUBERNETES_TYPES: Record<string, [group: string, resource: string]> = {
  kubernetes_namespace_v1: ["", "namespaces"],
  kubernetes_service_account_v1: ["", "serviceaccounts"],
  kubernetes_config_map_v1: ["", "configmaps"],
  kubernetes_service_v1: ["", "services"],
  kubernetes_deployment_v1: ["apps", "deployments"],
  kubernetes_stateful_set_v1: ["apps", "statefulsets"],
  kubernetes_job_v1: ["batch", "jobs"],
  kubernetes_cron_job_v1: ["batch", "cronjobs"],
  kubernetes_network_policy_v1: ["networking.k8s.io", "networkpolicies"],
  kubernetes_pod_disruption_budget_v1: ["policy", "poddisruptionbudgets"],
  kubernetes_storage_class_v1: ["storage.k8s.io", "storageclasses"],
};

/** A rule of a Kubernetes ClusterRole. */
export interface KubernetesRule {
  readonly apiGroups: string[];
  readonly resources: string[];
  readonly verbs: string[];
}

function plural(kind: string): string {
  const lower = kind.toLowerCase();
  return lower.endsWith("y") ? `${lower.slice(0, -1)}ies` : lower.endsWith("s") ? `${lower}es` : `${lower}s`;
}

/** The Kubernetes kinds a stack manages, as ClusterRole rules with the given verbs. Unknown types fail. */
export function kubernetesRules(stack: TerraformStack, verbs: string[]): KubernetesRule[] {
  const byGroup = new Map<string, Set<string>>();
  const add = (group: string, resource: string) => byGroup.set(group, (byGroup.get(group) ?? new Set()).add(resource));
  for (const c of stack.node.findAll()) {
    // by type, not instanceof: under CDK Terrain the library's Manifest class is its own binding
    if (TerraformResource.isTerraformResource(c) && c.terraformResourceType === "kubernetes_manifest") {
      const manifest = (c as Manifest).manifestInput as { apiVersion: string; kind: string };
      const group = manifest.apiVersion.includes("/") ? manifest.apiVersion.split("/")[0] : "";
      add(group, plural(manifest.kind));
    } else if (TerraformResource.isTerraformResource(c) && c.terraformResourceType.startsWith("kubernetes_")) {
      const mapped = KUBERNETES_TYPES[c.terraformResourceType];
      if (!mapped) {
        throw new Error(
          `the pipeline has no Kubernetes permissions for ${c.terraformResourceType}: add it to KUBERNETES_TYPES in permissions.ts`,
        );
      }
      add(...mapped);
    }
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, resources]) => ({ apiGroups: [group], resources: [...resources].sort(), verbs }));
}
