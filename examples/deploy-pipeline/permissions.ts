// What the pipeline's roles may do, derived from the stack they deploy: every Terraform resource
// and data source type maps to the AWS service (and the Kubernetes kinds) it manages, with the
// names the deployment gives its resources. A type without a mapping fails synth, so a stack that
// grows a new kind of resource cannot be deployed with permissions nobody reviewed.
import { TerraformDataSource, TerraformResource, TerraformStack, Token } from "cdktf";
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
  /** ARN of the permissions boundary every role the deployment creates must carry. */
  readonly boundaryArn: string;
}

/**
 * The tag that says which deployment owns a resource (the library's awsTags writes it last, so
 * neither default tags nor extra tags change it). The deploy role manages keys only by it.
 */
export const OWNER_TAG = "meshoptixiq:deployment";

/** Name prefix of the ALB access-log buckets (SecureMeshApi's). */
const ALB_LOG_BUCKETS = "meshq-alb-logs-";

/** The scope with the names the stack itself writes (read from its resources, never guessed). */
export interface StackScope extends Scope {
  /** Name prefixes of the stack's AWS Signer profiles (`name_prefix` as written). */
  readonly signingProfilePrefixes: string[];
  /** Name prefixes of the stack's code artifact buckets (`bucket_prefix` as written, the ALB log buckets aside). */
  readonly artifactBucketPrefixes: string[];
}

/** The literal values of one input of the stack's resources of a type. */
function literalInputs(stack: TerraformStack, type: string, input: string): string[] {
  const values = stack.node
    .findAll()
    .filter((c) => TerraformResource.isTerraformResource(c) && c.terraformResourceType === type)
    .map((c) => literal((c as unknown as Record<string, unknown>)[`${input}Input`]));
  if (values.some((v) => v === undefined))
    throw new Error(`the pipeline cannot name the ${type} the stack creates: give it a literal ${input}`);
  return [...new Set(values as string[])].sort();
}

/** The scope, with the names the stack gives its signing profiles and artifact buckets. */
export function stackScope(stack: TerraformStack, scope: Scope): StackScope {
  return {
    ...scope,
    signingProfilePrefixes: literalInputs(stack, "aws_signer_signing_profile", "namePrefix"),
    artifactBucketPrefixes: literalInputs(stack, "aws_s3_bucket", "bucketPrefix").filter((p) => !p.startsWith(ALB_LOG_BUCKETS)),
  };
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
  readonly write: (s: StackScope) => Statement[];
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
      const bounded = { StringEquals: { "iam:PermissionsBoundary": s.boundaryArn } };
      return [
        {
          // Every role it creates, and every policy it writes to one, is held by the boundary.
          Sid: "RolesOnlyWithTheBoundary",
          Effect: "Allow",
          Action: ["iam:CreateRole", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:PutRolePermissionsBoundary"],
          Resource: roles,
          Condition: bounded,
        },
        {
          Sid: "TheDeploymentsRoles",
          Effect: "Allow",
          Action: [
            "iam:DeleteRole",
            "iam:GetRole",
            "iam:UpdateRole",
            "iam:UpdateRoleDescription",
            "iam:UpdateAssumeRolePolicy",
            "iam:TagRole",
            "iam:UntagRole",
            "iam:ListRoleTags",
            "iam:GetRolePolicy",
            "iam:ListRolePolicies",
            "iam:ListAttachedRolePolicies",
            "iam:ListInstanceProfilesForRole",
          ],
          Resource: roles,
          Condition: { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName } },
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
          Condition: {
            StringEquals: { "iam:PermissionsBoundary": s.boundaryArn },
            ArnEquals: { "iam:PolicyARN": "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole" },
          },
        },
        {
          // The boundary stays: nothing removes it from a role, and the policy itself is out of reach.
          Sid: "TheBoundaryStays",
          Effect: "Deny",
          Action: [
            "iam:DeleteRolePermissionsBoundary",
            "iam:CreatePolicyVersion",
            "iam:DeletePolicy",
            "iam:DeletePolicyVersion",
            "iam:SetDefaultPolicyVersion",
          ],
          Resource: "*",
        },
      ];
    },
  },
  {
    service: "kms",
    types: /^aws_kms_/,
    // Key ARNs are random: keys are recognised by the owner tag, which only keys the deployment
    // created carry (CreateKey requires it); no foreign key can be tagged into the deployment.
    write: (s): Statement[] => {
      const owned = { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName } };
      return [
        {
          Sid: "CreateOwnedKeys",
          Effect: "Allow",
          Action: ["kms:CreateKey"],
          Resource: "*",
          Condition: { StringEquals: { "aws:RequestedRegion": s.region, [`aws:RequestTag/${OWNER_TAG}`]: s.deploymentName } },
        },
        {
          // CreateKey with tags is authorized as kms:TagResource on all keys of the region (KMS's
          // rule); the deny below keeps it off every existing key but the deployment's own.
          Sid: "TagOnCreate",
          Effect: "Allow",
          Action: ["kms:TagResource"],
          Resource: "*",
          Condition: { StringEquals: { "aws:RequestedRegion": s.region, [`aws:RequestTag/${OWNER_TAG}`]: s.deploymentName } },
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
          Condition: owned,
        },
        {
          Sid: "TheDeploymentsAliases",
          Effect: "Allow",
          Action: ["kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias"],
          Resource: arn(s, "kms", `alias/${s.deploymentName}/*`),
        },
        { Sid: "ListKeys", Effect: "Allow", Action: ["kms:ListAliases", "kms:ListKeys"], Resource: "*", Condition: inRegion(s) },
        {
          // The code artifacts: uploaded, signed (Signer acts with the caller's credentials) and
          // deployed (so does Lambda) through S3 only.
          Sid: "TheDeploymentsKeysThroughS3",
          Effect: "Allow",
          Action: ["kms:GenerateDataKey", "kms:Decrypt"],
          Resource: arn(s, "kms", "key/*"),
          Condition: {
            StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName, "kms:ViaService": `s3.${s.region}.amazonaws.com` },
          },
        },
        {
          // Negated operators match a missing tag: an untagged key is as foreign as another's.
          Sid: "NoForeignKeys",
          Effect: "Deny",
          Action: [
            "kms:TagResource",
            "kms:UntagResource",
            "kms:PutKeyPolicy",
            "kms:ScheduleKeyDeletion",
            "kms:DisableKey",
            "kms:CreateGrant",
          ],
          Resource: `arn:aws:kms:*:${s.account}:key/*`,
          Condition: { StringNotEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName } },
        },
        {
          Sid: "TheOwnerTagStays",
          Effect: "Deny",
          Action: ["kms:UntagResource"],
          Resource: "*",
          Condition: { "ForAnyValue:StringEquals": { "aws:TagKeys": [OWNER_TAG] } },
        },
        {
          Sid: "NoOtherOwner",
          Effect: "Deny",
          Action: ["kms:CreateKey", "kms:TagResource"],
          Resource: "*",
          Condition: {
            StringNotEquals: { [`aws:RequestTag/${OWNER_TAG}`]: s.deploymentName },
            Null: { [`aws:RequestTag/${OWNER_TAG}`]: "false" },
          },
        },
        {
          Sid: "NoPolicyLockoutBypass",
          Effect: "Deny",
          Action: ["kms:CreateKey", "kms:PutKeyPolicy"],
          Resource: "*",
          Condition: { Bool: { "kms:BypassPolicyLockoutSafetyCheck": "true" } },
        },
      ];
    },
  },
  {
    service: "lambda",
    types: /^aws_lambda_/,
    write: (s): Statement[] => [
      { Sid: "RotationFunctions", Effect: "Allow", Action: ["lambda:*"], Resource: arn(s, "lambda", `function:${s.deploymentName}-*`) },
      {
        // Configuration ARNs are random: created only with the owner tag, managed only by it.
        Sid: "CreateOwnedCodeSigningConfigs",
        Effect: "Allow",
        Action: ["lambda:CreateCodeSigningConfig"],
        Resource: "*",
        Condition: { StringEquals: { "aws:RequestedRegion": s.region, [`aws:RequestTag/${OWNER_TAG}`]: s.deploymentName } },
      },
      {
        // Tagging on create needs lambda:TagResource too: only with the owner tag, and never on a
        // configuration another deployment owns.
        Sid: "TagOwnedCodeSigningConfigs",
        Effect: "Allow",
        Action: ["lambda:TagResource"],
        Resource: arn(s, "lambda", "code-signing-config:*"),
        Condition: {
          StringEquals: { [`aws:RequestTag/${OWNER_TAG}`]: s.deploymentName },
          StringEqualsIfExists: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName },
        },
      },
      {
        Sid: "TheDeploymentsCodeSigningConfigs",
        Effect: "Allow",
        Action: [
          "lambda:GetCodeSigningConfig",
          "lambda:UpdateCodeSigningConfig",
          "lambda:DeleteCodeSigningConfig",
          "lambda:PutFunctionCodeSigningConfig",
          "lambda:ListFunctionsByCodeSigningConfig",
          "lambda:ListTags",
          "lambda:TagResource",
          "lambda:UntagResource",
        ],
        Resource: arn(s, "lambda", "code-signing-config:*"),
        Condition: { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName } },
      },
    ],
  },
  {
    service: "signer",
    types: /^aws_signer_/,
    // The deployment's own profile (by its name prefix and owner tag) signs its functions' code;
    // no other profile can be created, used or cancelled.
    write: (s): Statement[] => {
      const profiles = s.signingProfilePrefixes.map((p) => arn(s, "signer", `/signing-profiles/${p}*`));
      const owned = { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName } };
      if (profiles.length === 0) return [];
      return [
        {
          // PutSigningProfile has no resource type: it is granted on * with the owner tag only.
          Sid: "CreateOwnedSigningProfiles",
          Effect: "Allow",
          Action: ["signer:PutSigningProfile"],
          Resource: "*",
          Condition: { StringEquals: { "aws:RequestedRegion": s.region, [`aws:RequestTag/${OWNER_TAG}`]: s.deploymentName } },
        },
        {
          Sid: "TagOwnedSigningProfiles",
          Effect: "Allow",
          Action: ["signer:TagResource"],
          Resource: profiles,
          Condition: {
            StringEquals: { [`aws:RequestTag/${OWNER_TAG}`]: s.deploymentName },
            StringEqualsIfExists: { [`aws:ResourceTag/${OWNER_TAG}`]: s.deploymentName },
          },
        },
        {
          Sid: "TheDeploymentsSigningProfile",
          Effect: "Allow",
          Action: [
            "signer:GetSigningProfile",
            "signer:StartSigningJob",
            "signer:CancelSigningProfile",
            "signer:ListTagsForResource",
            "signer:UntagResource",
          ],
          Resource: profiles,
          Condition: owned,
        },
        // Job ids are random: reading a job of another profile reveals no secret.
        { Sid: "SigningJobs", Effect: "Allow", Action: ["signer:DescribeSigningJob"], Resource: arn(s, "signer", "/signing-jobs/*") },
      ];
    },
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
    // The access-log buckets: the pipeline never reads or writes the logs themselves. The code
    // artifact buckets: it uploads the functions' zips, Signer writes the signed ones with its
    // credentials, and Lambda reads them with its credentials.
    write: (s): Statement[] => [
      { Sid: "AccessLogBuckets", Effect: "Allow", Action: ["s3:*"], Resource: `arn:aws:s3:::${ALB_LOG_BUCKETS}*` },
      ...(s.artifactBucketPrefixes.length
        ? [
            {
              Sid: "CodeArtifactBuckets",
              Effect: "Allow" as const,
              Action: ["s3:*"],
              Resource: s.artifactBucketPrefixes.flatMap((p) => [`arn:aws:s3:::${p}*`, `arn:aws:s3:::${p}*/*`]),
            },
          ]
        : []),
    ],
  },
  {
    service: "secretsmanager",
    types: /^aws_secretsmanager_/,
    // Listed, never `*`: the metadata, policies and rotation of the deployment's secrets, never a
    // value. UpdateSecret is left out because it can write a value (SecretString).
    write: (s): Statement[] => {
      const secrets = arn(s, "secretsmanager", `secret:${s.deploymentName}/*`);
      return [
        {
          Sid: "TheDeploymentsSecrets",
          Effect: "Allow",
          Action: [
            "secretsmanager:CreateSecret",
            "secretsmanager:DescribeSecret",
            "secretsmanager:DeleteSecret",
            "secretsmanager:TagResource",
            "secretsmanager:UntagResource",
            "secretsmanager:GetResourcePolicy",
            "secretsmanager:DeleteResourcePolicy",
            "secretsmanager:RotateSecret",
            "secretsmanager:CancelRotateSecret",
            "secretsmanager:ListSecretVersionIds",
          ],
          Resource: secrets,
        },
        {
          Sid: "NoPublicSecretPolicies",
          Effect: "Allow",
          Action: ["secretsmanager:PutResourcePolicy"],
          Resource: secrets,
          Condition: { Bool: { "secretsmanager:BlockPublicPolicy": "true" } },
        },
      ];
    },
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
 * caller's identity, and the Kubernetes types (see kubernetesRights).
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
  const named = stackScope(stack, scope);
  const statements = [...awsServices(stack).keys()].flatMap((g) => g.write(named));
  statements.push({
    // Terraform never needs secret values: the secrets are created empty and rotated inside AWS.
    Sid: "NeverSecretValues",
    Effect: "Deny",
    Action: [
      "secretsmanager:GetSecretValue",
      "secretsmanager:BatchGetSecretValue",
      "secretsmanager:PutSecretValue",
      "secretsmanager:UpdateSecret",
      "secretsmanager:UpdateSecretVersionStage",
    ],
    Resource: "*",
  });
  return statements;
}

/** The conditions a read keeps from the write statement it mirrors: where, and whose. */
function readCondition(c: Statement["Condition"]): Statement["Condition"] {
  const kept: Record<string, Record<string, unknown>> = {};
  for (const [operator, keys] of Object.entries(c ?? {})) {
    const where = Object.entries(keys).filter(([k]) => k === "aws:RequestedRegion" || k.startsWith("aws:ResourceTag/"));
    if (where.length) kept[operator] = Object.fromEntries(where);
  }
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * The statements of the planning role: read-only on the deployment's own resources. Each write
 * statement of a managed service becomes its read: `Get*` only on the resources it names (never on
 * `*`, where `Get*` reads other workloads' code, passwords and consoles); `Describe*` and `List*`,
 * which return metadata, also where it names `*`. Never a secret value or a log's contents.
 */
export function planStatements(stack: TerraformStack, scope: Scope, stateObjectArns: string[]): Statement[] {
  const statements: Statement[] = [];
  const named = stackScope(stack, scope);
  for (const grant of awsServices(stack).keys()) {
    grant
      .write(named)
      // A right to create on `*` (an action without a resource type) reads nothing: as a read it
      // would be List* on every function, profile or key of the account.
      .filter((w) => w.Effect === "Allow" && !(w.Resource === "*" && w.Action.every((a) => /:(Create|Put)[A-Z]/.test(a))))
      .forEach((w, i) => {
        const everything = w.Resource === "*";
        const verbs = everything ? ["Describe*", "List*"] : ["Describe*", "Get*", "List*"];
        const condition = readCondition(w.Condition);
        statements.push({
          Sid: `Read${grant.service.replace(/[^A-Za-z0-9]/g, "")}${i + 1}`,
          Effect: "Allow",
          Action: verbs.map((v) => `${grant.service}:${v}`),
          Resource: w.Resource,
          ...(condition ? { Condition: condition } : {}),
        });
      });
  }
  return [
    ...statements,
    {
      Sid: "NoSecretValuesOrLogContents",
      Effect: "Deny",
      Action: [
        "secretsmanager:GetSecretValue",
        "secretsmanager:BatchGetSecretValue",
        "logs:GetLogEvents",
        "logs:GetLogRecord",
        "logs:FilterLogEvents",
      ],
      Resource: "*",
    },
    {
      // The state, and the functions' code (no secret: Terraform reads the objects it uploaded).
      Sid: "NoObjectsButTheStateAndCode",
      Effect: "Deny",
      Action: ["s3:GetObject", "s3:GetObjectVersion"],
      NotResource: [...stateObjectArns, ...named.artifactBucketPrefixes.map((p) => `arn:aws:s3:::${p}*/*`)],
    },
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

/** A rule of a Kubernetes Role or ClusterRole. */
export interface KubernetesRule {
  readonly apiGroups: string[];
  readonly resources: string[];
  readonly verbs: string[];
  /** Cluster-scoped rules name their objects. */
  readonly resourceNames?: string[];
}

/** What an identity may do in the cluster: namespaced rules in the stack's namespaces, cluster-scoped ones by name. */
export interface KubernetesRights {
  /** The namespaces the stack's objects live in (literal names). */
  readonly namespaces: string[];
  /** Rules of the Role in each namespace. */
  readonly namespaced: KubernetesRule[];
  /** Rules on the stack's cluster-scoped objects, each with resourceNames. */
  readonly cluster: KubernetesRule[];
}

function plural(kind: string): string {
  const lower = kind.toLowerCase();
  return lower.endsWith("y") ? `${lower.slice(0, -1)}ies` : lower.endsWith("s") ? `${lower}es` : `${lower}s`;
}

const CLUSTER_SCOPED = new Set(["kubernetes_namespace_v1", "kubernetes_storage_class_v1"]);

/** A literal string, or undefined for a token (a reference Terraform resolves). */
const literal = (v: unknown): string | undefined => (typeof v === "string" && !Token.isUnresolved(v) ? v : undefined);

/**
 * The Kubernetes rights a stack needs, with the given verbs: a Role's rules for the kinds it
 * creates in its namespaces, and rules naming each cluster-scoped object (Namespace,
 * StorageClass) it manages. Kinds without a mapping, and cluster-scoped objects or namespaces
 * without a literal name, fail synth.
 */
export function kubernetesRights(stack: TerraformStack, verbs: string[]): KubernetesRights {
  const byGroup = new Map<string, Set<string>>();
  const named = new Map<string, { group: string; resource: string; names: Set<string> }>();
  const namespaces = new Set<string>();
  const add = (group: string, resource: string) => byGroup.set(group, (byGroup.get(group) ?? new Set()).add(resource));
  const addNamed = (group: string, resource: string, name: string | undefined, type: string) => {
    if (!name) throw new Error(`the pipeline cannot name the ${type} the stack creates: give it a literal name`);
    const key = `${group}/${resource}`;
    const entry = named.get(key) ?? { group, resource, names: new Set<string>() };
    entry.names.add(name);
    named.set(key, entry);
  };
  for (const c of stack.node.findAll()) {
    if (!TerraformResource.isTerraformResource(c) || !c.terraformResourceType.startsWith("kubernetes_")) continue;
    const type = c.terraformResourceType;
    // by type, not instanceof: under CDK Terrain the library's Manifest class is its own binding
    if (type === "kubernetes_manifest") {
      const manifest = (c as Manifest).manifestInput as {
        apiVersion: string;
        kind: string;
        metadata?: { name?: string; namespace?: string };
      };
      const group = manifest.apiVersion.includes("/") ? manifest.apiVersion.split("/")[0] : "";
      if (manifest.metadata?.namespace === undefined)
        addNamed(group, plural(manifest.kind), literal(manifest.metadata?.name), manifest.kind);
      else add(group, plural(manifest.kind));
      continue;
    }
    const mapped = KUBERNETES_TYPES[type];
    if (!mapped) throw new Error(`the pipeline has no Kubernetes permissions for ${type}: add it to KUBERNETES_TYPES in permissions.ts`);
    const metadata = (c as unknown as { metadataInput?: { name?: string } }).metadataInput;
    if (CLUSTER_SCOPED.has(type)) {
      addNamed(...mapped, literal(metadata?.name), type);
      if (type === "kubernetes_namespace_v1") namespaces.add(literal(metadata?.name)!);
    } else add(...mapped);
  }
  if (byGroup.size > 0 && namespaces.size === 0) throw new Error("the stack's namespaced objects live in no namespace of the stack");
  return {
    namespaces: [...namespaces].sort(),
    namespaced: [...byGroup.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, resources]) => ({ apiGroups: [group], resources: [...resources].sort(), verbs })),
    // Every right on a cluster-scoped object names it. create cannot (Kubernetes authorizes it
    // before the object has a name): the bootstrap creates the namespaces, and the stack's other
    // cluster-scoped kinds get create alone, unnamed (see docs/security.md).
    cluster: [...named.values()].flatMap((n) => [
      {
        apiGroups: [n.group],
        resources: [n.resource],
        verbs: verbs.filter((v) => v !== "create" && v !== "list" && v !== "watch"),
        resourceNames: [...n.names].sort(),
      },
      ...(verbs.includes("create") && n.resource !== "namespaces"
        ? [{ apiGroups: [n.group], resources: [n.resource], verbs: ["create"] }]
        : []),
    ]),
  };
}
