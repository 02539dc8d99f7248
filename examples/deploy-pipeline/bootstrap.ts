// What the pipeline stands on, applied once by an administrator: the Terraform state bucket (KMS
// encrypted, versioned, TLS only, with Terraform's S3 lock file), the permissions boundary of every
// role the deployments create, and per environment the two roles the workflow assumes through
// GitHub's OIDC provider: `plan` for pull requests and main (read only, without the lock) and
// `deploy` for that GitHub environment, each with exactly the permissions that environment's stack
// needs, on its own state object, in AWS and in its namespaces (docs/security.md).
import { Fn, TerraformOutput, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DataAwsEksCluster } from "@cdktf/provider-aws/lib/data-aws-eks-cluster";
import { EksAccessEntry } from "@cdktf/provider-aws/lib/eks-access-entry";
import { IamOpenidConnectProvider } from "@cdktf/provider-aws/lib/iam-openid-connect-provider";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { ClusterRoleBindingV1 } from "@cdktf/provider-kubernetes/lib/cluster-role-binding-v1";
import { ClusterRoleV1 } from "@cdktf/provider-kubernetes/lib/cluster-role-v1";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { RoleBindingV1 } from "@cdktf/provider-kubernetes/lib/role-binding-v1";
import { RoleV1 } from "@cdktf/provider-kubernetes/lib/role-v1";
import { ClusterAccess, CustomerManagedKey, HardeningGuard, workloadBoundaryPolicy } from "@meshoptixiq/cdktf-hardened";
import { Environment, PipelineConfig } from "./config";
import { deployStatements, kubernetesRights, planStatements, Scope, Statement } from "./permissions";

/** The state key's alias: outside `alias/<deploymentName>/*`, which the deploy role manages. */
export function stateKeyAlias(c: PipelineConfig): string {
  return `terraform-state/${c.deploymentName}`;
}

/**
 * ARN of the permissions boundary every role of the deployment carries. The bootstrap creates it;
 * its name is outside everything the deploy role manages.
 */
export function boundaryArn(c: PipelineConfig): string {
  return `arn:aws:iam::${c.account}:policy/${c.deploymentName}-pipeline-boundary`;
}

/**
 * The OIDC subject of a job of the workflow, in the form the repository's customized subject claim
 * gives it (`repo`, `context`, `job_workflow_ref`; README, "Set it up"): AWS checks only `sub` and
 * `aud` of GitHub's tokens, so the workflow file and its ref are pinned inside `sub`.
 */
export function oidcSubject(c: PipelineConfig, context: string, ref: string): string {
  return `repo:${c.repository}:${context}:job_workflow_ref:${c.repository}/${c.workflowPath}@${ref}`;
}

/** An environment and the stack the pipeline deploys to it. */
export interface DeployedEnvironment {
  readonly environment: Environment;
  /** Its resources decide the environment's roles' permissions. */
  readonly stack: TerraformStack;
}

/** Properties of {@link PipelineBootstrapStack}. */
export interface PipelineBootstrapProps {
  readonly config: PipelineConfig;
  /** The environments, in the order a change is promoted through them. */
  readonly environments: DeployedEnvironment[];
}

/** The names a deployment's roles manage: `<name>-*` and `meshq-<name>-*` (permissions.ts). */
const managedPrefixes = (deploymentName: string) => [`${deploymentName}-`, `meshq-${deploymentName}-`, `${deploymentName}/`];

/**
 * Fails when two environments' names overlap: every deploy role manages resources by its
 * deployment's name prefix, so one environment's prefix inside another's would let that
 * environment's role reach the other's resources (staging's reach production's, for one).
 */
export function checkEnvironments(environments: readonly Environment[]): void {
  const unique = (what: string, values: string[]) => {
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    if (twice !== undefined) throw new Error(`config.environments: two environments have the ${what} "${twice}"; give each its own`);
  };
  unique(
    "name",
    environments.map((e) => e.name),
  );
  unique(
    "stackName",
    environments.map((e) => e.stackName),
  );
  unique(
    "stateKey",
    environments.map((e) => e.stateKey),
  );
  unique(
    "idPrefix",
    environments.map((e) => e.idPrefix),
  );
  for (const a of environments)
    for (const b of environments) {
      if (a === b) continue;
      const overlap = managedPrefixes(a.deploymentName).find((p) => managedPrefixes(b.deploymentName).some((q) => q.startsWith(p)));
      if (overlap !== undefined)
        throw new Error(
          `config.environments: the deploymentName of ${a.name} ("${a.deploymentName}") covers the names of ${b.name} ("${b.deploymentName}"): ` +
            `${a.name}'s deploy role would manage ${b.name}'s resources. Give them names neither of which starts with the other's followed by "-" (such as "meshq-staging" and "meshoptixiq")`,
        );
    }
}

const MAX_POLICY_CHARS = 5000; // managed policies hold 6,144 characters; leave room for resolved ARNs

/** Splits statements into policy documents that each fit a managed policy. */
function pack(statements: Statement[]): string[] {
  const documents: Statement[][] = [];
  for (const s of statements) {
    const last = documents[documents.length - 1];
    if (last && JSON.stringify([...last, s]).length <= MAX_POLICY_CHARS) last.push(s);
    else documents.push([s]);
  }
  return documents.map((d) => JSON.stringify({ Version: "2012-10-17", Statement: d }));
}

/** The roles of one environment. */
export interface EnvironmentRoles {
  /** Applies the reviewed plan; trusted only by the workflow's jobs in the GitHub environment, on main. */
  readonly deployRole: IamRole;
  /** Plans (read only); trusted by the workflow on pull requests and main. */
  readonly planRole: IamRole;
}

export class PipelineBootstrapStack extends TerraformStack {
  /** The roles of each environment, by environment name. */
  public readonly roles: ReadonlyMap<string, EnvironmentRoles>;
  public readonly stateBucket: S3Bucket;
  public readonly stateKey: CustomerManagedKey;
  public readonly boundary: IamPolicy;
  private readonly clusterName: string;

  constructor(scope: Construct, id: string, props: PipelineBootstrapProps) {
    super(scope, id);
    const c = props.config;
    checkEnvironments(props.environments.map((e) => e.environment));
    this.clusterName = c.cluster.name;
    // The pipeline's own resources carry a tag of their own, so that the deploy role, which
    // manages keys tagged with the deployment's name, can never touch the state key.
    const application = `${c.deploymentName}-pipeline`;
    new AwsProvider(this, "aws", { region: c.region, defaultTags: [{ tags: { Application: application, ManagedBy: "cdktf" } }] });
    const cluster = new DataAwsEksCluster(this, "Cluster", { name: c.cluster.name });
    new KubernetesProvider(this, "kubernetes", {
      host: cluster.endpoint,
      clusterCaCertificate: Fn.base64decode(cluster.certificateAuthority.get(0).data),
      exec: [
        {
          apiVersion: "client.authentication.k8s.io/v1beta1",
          command: "aws",
          args: ["eks", "get-token", "--cluster-name", c.cluster.name],
        },
      ],
    });
    // The hardening guard judges these resources too (the state key, for one).
    HardeningGuard.of(this);

    // --- Terraform state -------------------------------------------------------------------
    this.stateKey = new CustomerManagedKey(this, "StateKey", {
      description: `Encrypts the Terraform state of ${c.deploymentName}`,
      deploymentName: application,
      alias: stateKeyAlias(c),
    });
    this.stateBucket = new S3Bucket(this, "StateBucket", {
      bucket: c.stateBucket,
      forceDestroy: false,
      lifecycle: { preventDestroy: true },
    });
    const bucket = this.stateBucket.id;
    new S3BucketVersioningA(this, "StateVersioning", { bucket, versioningConfiguration: { status: "Enabled" } });
    new S3BucketServerSideEncryptionConfigurationA(this, "StateEncryption", {
      bucket,
      rule: [
        { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: this.stateKey.keyArn }, bucketKeyEnabled: true },
      ],
    });
    const publicAccess = new S3BucketPublicAccessBlock(this, "StatePublicAccessBlock", {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, "StateOwnership", { bucket, rule: { objectOwnership: "BucketOwnerEnforced" } });
    new S3BucketLifecycleConfiguration(this, "StateLifecycle", {
      bucket,
      rule: [
        {
          id: "keep-a-year-of-state-history",
          status: "Enabled",
          filter: [{}],
          noncurrentVersionExpiration: [{ noncurrentDays: 365 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
    });
    new S3BucketPolicy(this, "StatePolicy", {
      bucket,
      dependsOn: [publicAccess],
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [this.stateBucket.arn, `${this.stateBucket.arn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          },
          {
            Sid: "DenyTlsBelow12",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [this.stateBucket.arn, `${this.stateBucket.arn}/*`],
            Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } },
          },
        ],
      }),
    });

    // --- The workflow's identities -----------------------------------------------------------
    const oidcProviderArn =
      c.githubOidcProviderArn ??
      new IamOpenidConnectProvider(this, "GitHubOidc", {
        url: "https://token.actions.githubusercontent.com",
        clientIdList: ["sts.amazonaws.com"],
      }).arn;
    // AWS checks only aud and sub of GitHub's tokens; the customized sub carries the workflow and ref.
    const trust = (operator: "StringEquals" | "StringLike", subjects: string[]) => {
      const condition: Record<string, Record<string, unknown>> = {
        StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
      };
      condition[operator] = {
        ...condition[operator],
        "token.actions.githubusercontent.com:sub": subjects.length === 1 ? subjects[0] : subjects,
      };
      return JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Federated: oidcProviderArn },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: condition,
          },
        ],
      });
    };
    const main = "refs/heads/main";
    // What every role of the deployments may ever do (the library's boundary); the deploy roles may
    // create roles only with it.
    this.boundary = new IamPolicy(this, "Boundary", {
      name: boundaryArn(c).split("/").pop()!,
      description: `Permissions boundary of every role of ${props.environments.map((e) => e.environment.stackName).join(", ")}`,
      policy: workloadBoundaryPolicy({ region: c.region }),
      // A policy's description cannot change in place, and a boundary held by roles cannot be
      // replaced: a boundary created before the environments keeps the description it had.
      lifecycle: { ignoreChanges: ["description"] },
    });

    const roles = new Map<string, EnvironmentRoles>();
    for (const { environment: env, stack } of props.environments) {
      const id = (base: string) => `${env.idPrefix}${base}`;
      // Names outside the deployment's own `<deploymentName>-*` roles, which its deploy role manages.
      const deployRole = new IamRole(this, id("DeployRole"), {
        name: `github-${env.deploymentName}-deploy`,
        description: `Deploys ${env.stackName} from the ${env.name} environment of ${c.repository}`,
        maxSessionDuration: 3600,
        assumeRolePolicy: trust("StringEquals", [oidcSubject(c, `environment:${env.name}`, main)]),
      });
      const planRole = new IamRole(this, id("PlanRole"), {
        name: `github-${env.deploymentName}-plan`,
        description: `Plans ${env.stackName} (read only) for pull requests and main of ${c.repository}`,
        maxSessionDuration: 3600,
        assumeRolePolicy: trust("StringLike", [oidcSubject(c, "pull_request", "refs/pull/*/merge"), oidcSubject(c, `ref:${main}`, main)]),
      });
      roles.set(env.name, { deployRole, planRole });
      this.permissions(c, env, stack, deployRole, planRole);
      this.kubernetesAccess(env, stack, deployRole, planRole);
      const output = (name: string) => (env.idPrefix ? `${env.name}_${name}` : name);
      new TerraformOutput(this, output("deploy_role_arn"), {
        value: deployRole.arn,
        description: `DEPLOY_ROLE_ARN of the ${env.name} environment`,
      });
      new TerraformOutput(this, output("plan_role_arn"), {
        value: planRole.arn,
        description: `${env.name.toUpperCase()}_PLAN_ROLE_ARN of the repository`,
      });
    }
    this.roles = roles;
    // Each role reaches only its environment's state object (its S3 rights); the key is the bucket's.
    this.stateKey.grantViaService(
      "StateThroughS3",
      [...roles.values()].flatMap((r) => [r.deployRole.arn, r.planRole.arn]),
      "s3",
      ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
    );
    new TerraformOutput(this, "state_bucket", { value: this.stateBucket.bucket });
    new TerraformOutput(this, "permissions_boundary_arn", { value: this.boundary.arn });
  }

  /** The AWS rights of an environment's roles: its state object, and what its stack manages. */
  private permissions(c: PipelineConfig, env: Environment, stack: TerraformStack, deployRole: IamRole, planRole: IamRole): void {
    const names: Scope = {
      account: c.account,
      region: c.region,
      deploymentName: env.deploymentName,
      vpcId: c.network.vpcId,
      hostedZoneId: env.domain.hostedZoneId,
      clusterName: c.cluster.name,
      boundaryArn: boundaryArn(c),
    };
    const state = `${this.stateBucket.arn}/${env.stateKey}`;
    const lock = `${state}.tflock`;
    const stateAccess = (sid: string, objectActions: Statement[]): Statement[] => [
      { Sid: `${sid}List`, Effect: "Allow", Action: ["s3:ListBucket"], Resource: this.stateBucket.arn },
      ...objectActions,
      { Sid: `${sid}Key`, Effect: "Allow", Action: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"], Resource: this.stateKey.keyArn },
    ];
    const deploy = [
      ...stateAccess("State", [
        // Its own environment's state and lock only: no other environment's state.
        { Sid: "StateObjects", Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource: [state, lock] },
      ]),
      ...deployStatements(stack, names),
      {
        // The deploy role creates roles; it may never become one of them.
        Sid: "NoRoleChaining",
        Effect: "Deny" as const,
        Action: ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "lambda:InvokeFunction"],
        Resource: "*",
      },
    ];
    const plan = [
      ...stateAccess("State", [
        // Plans run with -lock=false: the plan role never writes the lock (or anything else).
        { Sid: "ReadState", Effect: "Allow", Action: ["s3:GetObject"], Resource: state },
      ]),
      ...planStatements(stack, names, [state]),
    ];
    for (const [role, name, statements] of [
      [deployRole, "Deploy", deploy],
      [planRole, "Plan", plan],
    ] as const) {
      pack([...statements]).forEach((document, i) => {
        const policy = new IamPolicy(this, `${env.idPrefix}${name}Policy${i + 1}`, {
          name: `github-${env.deploymentName}-${name.toLowerCase()}-${i + 1}`,
          description: `${name} permissions of the ${env.stackName} pipeline (part ${i + 1})`,
          policy: document,
        });
        new IamRolePolicyAttachment(this, `${env.idPrefix}${name}PolicyAttachment${i + 1}`, { role: role.name, policyArn: policy.arn });
      });
    }
  }

  /**
   * The roles in the cluster: namespaced Roles in the environment's namespaces, cluster-scoped
   * rights by name only. The namespaces are the bootstrap's, so that the Roles exist before the
   * first deploy; the deployment adopts them (README, "Set it up") and owns their labels.
   */
  private kubernetesAccess(env: Environment, stack: TerraformStack, deployRole: IamRole, planRole: IamRole): void {
    const deployRights = kubernetesRights(stack, ["get", "list", "watch", "create", "update", "patch", "delete"]);
    const namespaces = deployRights.namespaces.map(
      (name) =>
        new NamespaceV1(this, `Namespace-${name}`, {
          metadata: { name, labels: namespaceLabels(stack, name) },
          lifecycle: { ignoreChanges: ["metadata[0].labels", "metadata[0].annotations"], preventDestroy: true },
        }),
    );
    const kubernetes = [
      { id: `${env.idPrefix}Deploy`, role: deployRole, group: `${env.deploymentName}-deployers`, rights: deployRights },
      {
        id: `${env.idPrefix}Plan`,
        role: planRole,
        group: `${env.deploymentName}-planners`,
        rights: kubernetesRights(stack, ["get", "list", "watch"]),
      },
    ];
    const subject = (group: string) => [{ kind: "Group", name: group, apiGroup: "rbac.authorization.k8s.io" }];
    for (const k of kubernetes) {
      new EksAccessEntry(this, `${k.id}AccessEntry`, {
        clusterName: this.clusterName,
        principalArn: k.role.arn,
        kubernetesGroups: [k.group],
        type: "STANDARD",
      });
      namespaces.forEach((ns, i) => {
        const name = deployRights.namespaces[i];
        const role = new RoleV1(this, `${k.id}Role-${name}`, {
          metadata: { name: `github-${k.group}`, namespace: ns.metadata.name },
          rule: k.rights.namespaced,
        });
        new RoleBindingV1(this, `${k.id}RoleBinding-${name}`, {
          metadata: { name: `github-${k.group}`, namespace: ns.metadata.name },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: role.metadata.name },
          subject: subject(k.group),
        });
      });
      if (k.rights.cluster.length === 0) continue;
      // Cluster-wide, only rights on the objects it names (the guard's MESHQ-IAM-2 judges the same).
      ClusterAccess.check({ subject: k.group, clusterRules: k.rights.cluster });
      const clusterRole = new ClusterRoleV1(this, `${k.id}ClusterRole`, {
        metadata: { name: `github-${k.group}` },
        rule: k.rights.cluster,
      });
      new ClusterRoleBindingV1(this, `${k.id}ClusterRoleBinding`, {
        metadata: { name: `github-${k.group}` },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: clusterRole.metadata.name },
        subject: subject(k.group),
      });
    }
  }
}

/** The labels the deployed stack gives a namespace (its Pod Security labels among them), so that it is restricted from the start. */
function namespaceLabels(stack: TerraformStack, name: string): Record<string, string> | undefined {
  const namespace = stack.node
    .findAll()
    .find(
      (c) =>
        TerraformResource.isTerraformResource(c) &&
        c.terraformResourceType === "kubernetes_namespace_v1" &&
        (c as unknown as NamespaceV1).metadataInput?.name === name,
    ) as NamespaceV1 | undefined;
  return namespace?.metadataInput?.labels;
}
