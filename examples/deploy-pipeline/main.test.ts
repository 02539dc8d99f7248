// Synthesizes main.ts as `cdktf synth` does (into a temporary output folder) and checks each
// environment's stack, what the pipeline stands on, and the workflows.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readJsonDocument } from "@meshoptixiq/cdktf-hardened";
import { checkEnvironments } from "./bootstrap";
import { config } from "./config";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const read = (stack: string, file: string) => JSON.parse(readFileSync(join(outdir, "stacks", stack, file), "utf8"));
const workflowText = (file: string) => readFileSync(join(__dirname, ".github", "workflows", file), "utf8");
/** The caller: synth, code scanning, one job per environment (calling environment.yml), drift. */
const workflow = workflowText("infrastructure.yml");
/** The reusable workflow of one environment: plan, guard, deploy. */
const environmentWorkflow = workflowText("environment.yml");
const resources = (tf: any, type: string): any[] => Object.values(tf.resource[type] ?? {});
/** A workflow's jobs, by name, each as its text. */
const jobBlocks = (text: string): Map<string, string> => {
  const body = text.slice(text.indexOf("\njobs:\n"));
  const parts = body.split(/^ {2}(?=[\w-]+:$)/m).slice(1);
  return new Map(parts.map((p) => [p.slice(0, p.indexOf(":")), p]));
};
const job = (name: string) => jobBlocks(workflow).get(name) ?? "";
const environmentJob = (name: string) => jobBlocks(environmentWorkflow).get(name) ?? "";
const production = config.environments.find((e) => e.name === "production")!;
const staging = config.environments.find((e) => e.name === "staging")!;

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

test.each([...config.environments.map((e) => e.stackName), config.bootstrapStackName])(
  "every hardening control of %s passes or does not apply",
  (stack) => {
    const controls: Array<{ status: string }> = read(stack, "hardening-report.json").controls;
    expect(controls.filter((c) => !["pass", "not-applicable"].includes(c.status))).toEqual([]);
  },
);

describe("the Terraform state", () => {
  const tf = () => read(config.bootstrapStackName, "cdk.tf.json");

  test.each(config.environments.map((e) => [e.name, e] as const))(
    "%s keeps its state in S3 under a key of its own, KMS encrypted, with Terraform's S3 lock file",
    (_name, environment) => {
      expect(read(environment.stackName, "cdk.tf.json").terraform.backend.s3).toEqual({
        bucket: config.stateBucket,
        key: environment.stateKey,
        region: config.region,
        encrypt: true,
        kms_key_id: `arn:aws:kms:${config.region}:${config.account}:alias/terraform-state/${config.deploymentName}`,
        use_lockfile: true,
      });
    },
  );
  test("every environment has its own state key, stack and deployment name", () => {
    for (const what of ["stateKey", "stackName", "deploymentName"] as const)
      expect(new Set(config.environments.map((e) => e[what])).size).toBe(config.environments.length);
  });

  test("the bucket is versioned, encrypted with its own rotated key, private, TLS only and never destroyed", () => {
    const t = tf();
    expect(resources(t, "aws_s3_bucket")[0]).toMatchObject({ bucket: config.stateBucket, lifecycle: { prevent_destroy: true } });
    expect(resources(t, "aws_s3_bucket_versioning")[0].versioning_configuration.status).toBe("Enabled");
    const sse = resources(t, "aws_s3_bucket_server_side_encryption_configuration")[0].rule[0].apply_server_side_encryption_by_default;
    expect(sse).toEqual({
      sse_algorithm: "aws:kms",
      kms_master_key_id: expect.stringMatching(/^\$\{aws_kms_key\.StateKey_[A-Za-z0-9_]+\.arn\}$/),
    });
    expect(resources(t, "aws_kms_key")[0]).toMatchObject({ enable_key_rotation: true });
    expect(resources(t, "aws_s3_bucket_public_access_block")[0]).toMatchObject({ block_public_acls: true, restrict_public_buckets: true });
    const policy = readJsonDocument(resources(t, "aws_s3_bucket_policy")[0].policy) as any;
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    );
  });
});

describe("the workflow's roles", () => {
  const tf = () => read(config.bootstrapStackName, "cdk.tf.json");
  const trust = (role: string) => (readJsonDocument(tf().resource.aws_iam_role[role].assume_role_policy) as any).Statement;
  const policies = (prefix: string) =>
    Object.entries(tf().resource.aws_iam_policy)
      .filter(([id]) => id.startsWith(prefix))
      .flatMap(([, p]: [string, any]) => (readJsonDocument(p.policy) as any).Statement);

  const pinned = (context: string, ref: string) =>
    `repo:${config.repository}:${context}:job_workflow_ref:${config.repository}/.github/workflows/environment.yml@${ref}`;

  test.each(config.environments.map((e) => [e.name, e] as const))(
    "%s: deploy is trusted by its GitHub environment of one repository's workflow on main only; plan by its pull requests and main",
    (_name, environment) => {
      expect(trust(`${environment.idPrefix}DeployRole`)).toEqual([
        expect.objectContaining({
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: {
              "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
              "token.actions.githubusercontent.com:sub": pinned(`environment:${environment.name}`, "refs/heads/main"),
            },
          },
        }),
      ]);
      expect(trust(`${environment.idPrefix}PlanRole`)[0].Condition).toEqual({
        StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
        StringLike: {
          "token.actions.githubusercontent.com:sub": [
            pinned("pull_request", "refs/pull/*/merge"),
            pinned("ref:refs/heads/main", "refs/heads/main"),
          ],
        },
      });
    },
  );

  test("production keeps the addresses of its roles; staging's roles are its own", () => {
    const roles = tf().resource.aws_iam_role;
    expect(roles.DeployRole.name).toBe("github-meshoptixiq-deploy");
    expect(roles.PlanRole.name).toBe("github-meshoptixiq-plan");
    expect(roles.StagingDeployRole.name).toBe(`github-${staging.deploymentName}-deploy`);
    expect(roles.StagingPlanRole.name).toBe(`github-${staging.deploymentName}-plan`);
  });

  test("each environment's roles reach only its own state object", () => {
    const stateObjects = (prefix: string) =>
      policies(prefix)
        .filter((s) => s.Effect === "Allow" && s.Action.some((a: string) => a.startsWith("s3:") && a.includes("Object")))
        .flatMap((s) => [s.Resource].flat());
    const bucket = "${aws_s3_bucket.StateBucket.arn}";
    expect(stateObjects("DeployPolicy")).toEqual([`${bucket}/${production.stateKey}`, `${bucket}/${production.stateKey}.tflock`]);
    expect(stateObjects("StagingDeployPolicy")).toEqual([`${bucket}/${staging.stateKey}`, `${bucket}/${staging.stateKey}.tflock`]);
    expect(stateObjects("PlanPolicy")).toEqual([`${bucket}/${production.stateKey}`]);
    expect(stateObjects("StagingPlanPolicy")).toEqual([`${bucket}/${staging.stateKey}`]);
  });

  test("environments whose names would let one's roles manage the other's resources fail synth", () => {
    const named = (deploymentName: string, name: string) => ({
      ...production,
      name,
      deploymentName,
      stackName: name,
      stateKey: name,
      idPrefix: name,
    });
    expect(() => checkEnvironments([named("meshoptixiq-staging", "staging"), named("meshoptixiq", "production")])).toThrow(
      /deploymentName of production \("meshoptixiq"\) covers the names of staging/,
    );
    expect(() => checkEnvironments([named("meshq-meshoptixiq", "staging"), named("meshoptixiq", "production")])).toThrow(/covers/);
    expect(() => checkEnvironments([{ ...staging }, { ...staging, name: "other" }])).toThrow(/two environments have the stackName/);
    expect(() => checkEnvironments(config.environments)).not.toThrow();
  });

  test("deploy may act on exactly the AWS services the production stack manages, never on secret values or other roles", () => {
    const statements = policies("DeployPolicy");
    const services = new Set(statements.filter((s) => s.Effect === "Allow").flatMap((s) => s.Action.map((a: string) => a.split(":")[0])));
    expect([...services].sort()).toEqual([
      "acm",
      "cloudwatch",
      "dlm",
      "ec2",
      "eks",
      "elasticache",
      "elasticloadbalancing",
      "events",
      "iam",
      "kms",
      "lambda",
      "logs",
      "route53",
      "s3",
      "secretsmanager",
      "signer",
      "sns",
      "sqs",
      "wafv2",
    ]);
    for (const s of statements.filter((x) => x.Effect === "Allow")) {
      expect(s.Action).not.toContain("*");
      expect(s.Action).not.toContain("iam:*");
      expect(s.Action).not.toContain("secretsmanager:*");
      expect(s.Action).not.toContain("kms:*");
    }
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: "Deny",
        Action: expect.arrayContaining(["secretsmanager:GetSecretValue", "secretsmanager:UpdateSecret"]),
      }),
    );
    expect(statements).toContainEqual(expect.objectContaining({ Effect: "Deny", Action: expect.arrayContaining(["sts:AssumeRole"]) }));
    // The pipeline's own roles and key are outside what the deploy role manages.
    const iam = statements.find((s) => s.Sid === "TheDeploymentsRoles");
    const managed = (name: string) =>
      iam.Resource.some((r: string) => new RegExp(`^${r.split(":").pop()!.replace(/\*/g, ".*")}$`).test(`role/${name}`));
    expect(managed("meshoptixiq-operators-rotation-abc")).toBe(true);
    expect(managed("github-meshoptixiq-deploy")).toBe(false);
    expect(managed("github-meshoptixiq-plan")).toBe(false);
  });

  test("plan only reads, and never a secret value", () => {
    const statements = policies("PlanPolicy");
    const allowed = statements
      .filter((s) => s.Effect === "Allow" && ["ReadRegional", "ReadGlobal"].includes(s.Sid))
      .flatMap((s) => s.Action);
    expect(allowed.every((a: string) => /:(Describe|Get|List)\*$/.test(a))).toBe(true);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Action: expect.arrayContaining(["secretsmanager:GetSecretValue"]) }),
    );
  });

  test("in the cluster, each role's group holds namespaced Roles in the stack's namespaces, and cluster-scoped rights by name", () => {
    const t = tf();
    const role = (id: string) => t.resource.kubernetes_role_v1[id].rule;
    const deploy = role("DeployRole-meshoptixiq");
    expect(deploy.flatMap((r: any) => r.resources)).toEqual(expect.arrayContaining(["deployments", "externalsecrets", "networkpolicies"]));
    expect(deploy.flatMap((r: any) => r.resources)).not.toContain("secrets");
    expect(role("PlanRole-meshoptixiq").every((r: any) => r.verbs.join() === "get,list,watch")).toBe(true);
    expect(Object.values(t.resource.kubernetes_role_binding_v1).map((b: any) => b.role_ref.kind)).toEqual(["Role", "Role", "Role", "Role"]);
    // staging's groups hold Roles in staging's namespace only
    expect(role(`StagingDeployRole-${staging.deploymentName}`)).toEqual(deploy);
    expect(t.resource.kubernetes_role_v1[`StagingDeployRole-${staging.deploymentName}`].metadata.namespace).toBe(
      "${kubernetes_namespace_v1.Namespace-meshq-staging.metadata[0].name}",
    );
    // cluster-scoped: every rule names its objects, but create, which Kubernetes cannot name
    for (const clusterRole of Object.values(t.resource.kubernetes_cluster_role_v1) as any[]) {
      for (const rule of clusterRole.rule) {
        // create cannot name its object: only the stack's own cluster-scoped kinds get it, unnamed
        if (rule.verbs.join() === "create")
          expect(["storageclasses", "validatingadmissionpolicies", "validatingadmissionpolicybindings"]).toEqual(
            expect.arrayContaining(rule.resources),
          );
        else expect(rule.resource_names.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("the workflows", () => {
  const both = workflow + environmentWorkflow;
  const allJobs = (): Array<[string, string]> => [
    ...[...jobBlocks(workflow)].map(([n, t]) => [`infrastructure/${n}`, t] as [string, string]),
    ...[...jobBlocks(environmentWorkflow)].map(([n, t]) => [`environment/${n}`, t] as [string, string]),
  ];

  test("pin every action to a commit SHA", () => {
    const uses = [...both.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]).filter((u) => !u.startsWith("./"));
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  test("grant nothing by default, assume roles by OIDC only, and deploy from the GitHub environment", () => {
    expect(workflow).toMatch(/^permissions: \{\}$/m);
    expect(environmentWorkflow).toMatch(/^permissions: \{\}$/m);
    expect(both).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\.AWS_/);
    expect(environmentJob("deploy")).toMatch(/environment: \$\{\{ inputs\.environment \}\}/);
    expect(environmentJob("deploy")).toMatch(/role-to-assume: \$\{\{ vars\.DEPLOY_ROLE_ARN \}\}/);
    expect(environmentJob("plan")).toMatch(/role-to-assume: \$\{\{ inputs\.plan-role-arn \}\}/);
    expect(workflow).toMatch(/upload-sarif@[0-9a-f]{40}/);
    expect(workflow).toMatch(/NODE_VERSION: 24$/m);
    expect(environmentWorkflow).toMatch(/NODE_VERSION: 24$/m);
  });

  test("split jobs by trust: dependency code never runs where an OIDC token can be minted", () => {
    const installs = (text: string) => /npm ci|npm test|npx |pip install/.test(text);
    const withToken = allJobs().filter(([, text]) => /id-token: write/.test(text));
    for (const [name, text] of withToken) expect([name, installs(text)]).toEqual([name, false]);
    expect(withToken.map(([name]) => name)).toEqual([
      "infrastructure/staging",
      "infrastructure/production",
      "environment/plan",
      "environment/deploy",
    ]);
    // the callers only hand the token on to environment.yml's plan and deploy
    for (const name of ["staging", "production"]) expect(job(name)).toMatch(/uses: \.\/\.github\/workflows\/environment\.yml$/m);
    expect(job("synth")).toMatch(/npx cdktf synth/);
    expect(environmentJob("plan")).toMatch(/terraform plan -input=false -lock=false -detailed-exitcode -out=tfplan/);
    expect(environmentJob("guard")).toMatch(/npx meshq-guard "stacks\/\$STACK\/plan\.json" --config "stacks\/\$STACK\/cdk\.tf\.json"/);
    // the verdicts on the real plan must equal synth's, as the repository's plan gate requires
    expect(environmentJob("guard")).toMatch(/meshq-guard .*--synth-report "stacks\/\$STACK\/hardening-report\.json"/);
    // deploy applies the reviewed plan file, after the guard passed on it
    expect(environmentJob("deploy")).toMatch(/needs: \[plan, guard\]/);
    expect(environmentJob("deploy")).toMatch(/terraform apply -input=false tfplan$/m);
    expect(environmentJob("deploy")).not.toMatch(/cdktf deploy|terraform plan/);
  });

  test("promote through the environments in config's order: each applies on main only after the one before", () => {
    const callers = config.environments.map((e) => job(e.name));
    config.environments.forEach((e, i) => {
      expect(callers[i]).toMatch(new RegExp(`environment: ${e.name}$`, "m"));
      expect(callers[i]).toMatch(new RegExp(`stack: ${e.stackName}$`, "m"));
      expect(callers[i]).toMatch(new RegExp(`plan-role-arn: \\$\\{\\{ vars\\.${e.name.toUpperCase()}_PLAN_ROLE_ARN \\}\\}`));
      expect(callers[i]).toMatch(/apply: \$\{\{ github\.event_name == 'push' && github\.ref == 'refs\/heads\/main' \}\}/);
      if (i > 0) {
        const before = config.environments[i - 1].name;
        expect(callers[i]).toMatch(new RegExp(`needs: \\[synth, ${before}\\]`));
        expect(callers[i]).toMatch(new RegExp(`github\\.event_name != 'push' \\|\\| needs\\.${before}\\.result == 'success'`));
      }
    });
    // one artifact holds every environment's stack; each environment's plan is its own artifact
    expect(job("synth")).toMatch(/!cdktf\.out\/stacks\/\$\{\{ env\.BOOTSTRAP_STACK \}\}/);
    expect(workflow).toMatch(new RegExp(`BOOTSTRAP_STACK: ${config.bootstrapStackName}$`, "m"));
    expect(environmentJob("plan")).toMatch(/name: plan-\$\{\{ inputs\.environment \}\}/);
    expect(environmentJob("deploy")).toMatch(/if: \$\{\{ inputs\.apply \}\}/);
    expect(environmentJob("deploy")).toMatch(/group: deploy-\$\{\{ inputs\.environment \}\}/);
    expect(job("code-scanning")).toContain(`stack: [${config.environments.map((e) => e.stackName).join(", ")}]`);
  });

  test("a scheduled drift check fails and opens or updates an issue on drift or a failed control in any environment", () => {
    expect(workflow).toMatch(/schedule:\n\s+- cron:/);
    expect(job("drift")).toMatch(new RegExp(`needs: \\[synth, ${config.environments.map((e) => e.name).join(", ")}\\]`));
    expect(job("drift")).toMatch(/issues: write/);
    expect(job("drift")).toMatch(/gh issue comment/);
    expect(job("drift")).toMatch(/gh issue create/);
    expect(job("drift")).toMatch(/exit 1\s*$/);
    expect(environmentWorkflow).toMatch(/changes:\n\s+description: .*\n\s+value: \$\{\{ jobs\.plan\.outputs\.changes \}\}/);
  });

  test("uploads SARIF with actions: read, and notes what private repositories need", () => {
    expect(job("code-scanning")).toMatch(/actions: read/);
    expect(job("code-scanning")).toMatch(/security-events: write/);
    expect(job("code-scanning")).toMatch(/private repository needs GitHub's code security/);
  });
});
