// Synthesizes main.ts as `cdktf synth` does (into a temporary output folder) and checks the
// production stack, what the pipeline stands on, and the workflow.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readJsonDocument } from "@meshoptixiq/cdktf-hardened";
import { config } from "./config";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const read = (stack: string, file: string) => JSON.parse(readFileSync(join(outdir, "stacks", stack, file), "utf8"));
const workflow = readFileSync(join(__dirname, ".github", "workflows", "infrastructure.yml"), "utf8");
const resources = (tf: any, type: string): any[] => Object.values(tf.resource[type] ?? {});
/** The workflow's jobs, by name, each as its text. */
const jobBlocks = (): Map<string, string> => {
  const body = workflow.slice(workflow.indexOf("\njobs:\n"));
  const parts = body.split(/^ {2}(?=[\w-]+:$)/m).slice(1);
  return new Map(parts.map((p) => [p.slice(0, p.indexOf(":")), p]));
};
const jobs = () => [...jobBlocks().keys()];
const job = (name: string) => jobBlocks().get(name) ?? "";

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

test.each([config.stackName, config.bootstrapStackName])("every hardening control of %s passes or does not apply", (stack) => {
  const controls: Array<{ status: string }> = read(stack, "hardening-report.json").controls;
  expect(controls.filter((c) => !["pass", "not-applicable"].includes(c.status))).toEqual([]);
});

describe("the Terraform state", () => {
  const tf = () => read(config.bootstrapStackName, "cdk.tf.json");

  test("the production stack keeps it in S3, KMS encrypted, with Terraform's S3 lock file", () => {
    expect(read(config.stackName, "cdk.tf.json").terraform.backend.s3).toEqual({
      bucket: config.stateBucket,
      key: config.stateKey,
      region: config.region,
      encrypt: true,
      kms_key_id: `arn:aws:kms:${config.region}:${config.account}:alias/terraform-state/${config.deploymentName}`,
      use_lockfile: true,
    });
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

  test("deploy is trusted by the production environment of one repository's workflow on main only; plan by its pull requests and main", () => {
    const pinned = (context: string, ref: string) =>
      `repo:${config.repository}:${context}:job_workflow_ref:${config.repository}/.github/workflows/infrastructure.yml@${ref}`;
    expect(trust("DeployRole")).toEqual([
      expect.objectContaining({
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: {
          StringEquals: {
            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
            "token.actions.githubusercontent.com:sub": pinned("environment:production", "refs/heads/main"),
          },
        },
      }),
    ]);
    expect(trust("PlanRole")[0].Condition).toEqual({
      StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
      StringLike: {
        "token.actions.githubusercontent.com:sub": [
          pinned("pull_request", "refs/pull/*/merge"),
          pinned("ref:refs/heads/main", "refs/heads/main"),
        ],
      },
    });
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
    expect(Object.values(t.resource.kubernetes_role_binding_v1).map((b: any) => b.role_ref.kind)).toEqual(["Role", "Role"]);
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

describe("the workflow", () => {
  test("pins every action to a commit SHA", () => {
    const uses = [...workflow.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  test("grants nothing by default, assumes roles by OIDC only, and deploys from the protected environment", () => {
    expect(workflow).toMatch(/^permissions: \{\}$/m);
    expect(workflow).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\.AWS_/);
    expect(job("deploy")).toMatch(/environment: production/);
    expect(job("deploy")).toMatch(/role-to-assume: \$\{\{ vars\.DEPLOY_ROLE_ARN \}\}/);
    expect(workflow).toMatch(/upload-sarif@[0-9a-f]{40}/);
    expect(workflow).toMatch(/STACK: meshoptixiq-production/);
    expect(workflow).toMatch(/NODE_VERSION: 24$/m);
  });

  test("splits jobs by trust: dependency code never runs where an OIDC token can be minted", () => {
    const installs = (text: string) => /npm ci|npm test|npx |pip install/.test(text);
    for (const name of jobs()) {
      if (/id-token: write/.test(job(name))) expect([name, installs(job(name))]).toEqual([name, false]);
    }
    expect(jobs().filter((name) => /id-token: write/.test(job(name)))).toEqual(["plan", "deploy"]);
    expect(job("synth")).toMatch(/npx cdktf synth/);
    expect(job("plan")).toMatch(/terraform plan -input=false -lock=false -detailed-exitcode -out=tfplan/);
    expect(job("guard")).toMatch(/npx meshq-guard stack\/plan\.json --config stack\/cdk\.tf\.json/);
    // the verdicts on the real plan must equal synth's, as the repository's plan gate requires
    expect(job("guard")).toMatch(/meshq-guard .*--synth-report stack\/hardening-report\.json/);
    // deploy applies the reviewed plan file, after the guard passed on it
    expect(job("deploy")).toMatch(/needs: \[plan, guard\]/);
    expect(job("deploy")).toMatch(/terraform apply -input=false tfplan$/m);
    expect(job("deploy")).not.toMatch(/cdktf deploy|terraform plan/);
  });

  test("a scheduled drift check fails and opens or updates an issue on drift or a failed control", () => {
    expect(workflow).toMatch(/schedule:\n\s+- cron:/);
    expect(job("drift")).toMatch(/issues: write/);
    expect(job("drift")).toMatch(/gh issue comment/);
    expect(job("drift")).toMatch(/gh issue create/);
    expect(job("drift")).toMatch(/exit 1\s*$/);
  });

  test("uploads SARIF with actions: read, and notes what private repositories need", () => {
    expect(job("code-scanning")).toMatch(/actions: read/);
    expect(job("code-scanning")).toMatch(/security-events: write/);
    expect(job("code-scanning")).toMatch(/private repository needs GitHub's code security/);
  });
});
