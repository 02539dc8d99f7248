import { LEAST_PRIVILEGE_CONTROLS, wildcardProblem } from "../../../lib/guard/controls/least-privilege";
import { ControlResult, TerraformJson } from "../../../lib/guard/model";
import { buildStack, judgeStack, mutationSuite } from "../mutations/harness";
import { LEAST_PRIVILEGE_MUTATIONS } from "../mutations/least-privilege";
import { Testing } from "../../../lib/compat/core";
import { HardeningGuard } from "../../../lib/guard/hardening-guard";
import { HardenedMeshStack } from "../../../lib/stack/hardened-mesh-stack";
import { stackProps } from "../../util";
import { expectPaired, fail, pass, run, tf } from "./support";

// The least-privilege rules, twice: on minimal synthesized JSON through the guard's own evaluation,
// and on the complete stacks weakened the way a user would (escape hatches and raw resources).
const messages = (r: ControlResult) => r.findings.map((f) => f.message).join("\n");

const policy = (statements: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allow = (Action: unknown, extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Action, Resource: "*", ...extra });

describe("MESHQ-LP-1 no wildcard rights on secrets or keys", () => {
  test("the rule: wildcards covering a guarded action, NotAction, and CreateGrant without its condition", () => {
    expect(wildcardProblem(["secretsmanager:GetSecretValue", "kms:Decrypt"], [], [])).toBeUndefined();
    expect(wildcardProblem(["kms:GenerateDataKey*", "kms:ReEncrypt*", "kms:Describe*"], [], [])).toBeUndefined();
    expect(wildcardProblem(["*"], [], [])).toMatch(/allows \*/);
    expect(wildcardProblem(["secretsmanager:*"], [], [])).toMatch(/GetSecretValue/);
    expect(wildcardProblem(["SecretsManager:Put*"], [], [])).toMatch(/PutSecretValue, secretsmanager:PutResourcePolicy/);
    expect(wildcardProblem(["kms:Create*"], [], [])).toMatch(/covers kms:CreateGrant/);
    expect(wildcardProblem(["kms:?ecrypt"], [], [])).toMatch(/covers kms:Decrypt/);
    expect(wildcardProblem([], ["kms:Decrypt"], [])).toMatch(/NotAction/);
    // a read wildcard whose guarded action the same document denies everywhere grants nothing guarded
    expect(wildcardProblem(["secretsmanager:Get*"], [], [], ["secretsmanager:GetSecretValue"])).toBeUndefined();
    expect(wildcardProblem(["secretsmanager:Get*"], [], [], [])).toMatch(/covers secretsmanager:GetSecretValue/);
    expect(wildcardProblem(["kms:CreateGrant"], [], [])).toMatch(/without kms:GrantIsForAWSResource/);
    expect(wildcardProblem(["kms:CreateGrant"], [], ["kms:GrantIsForAWSResource"])).toBeUndefined();
    expect(wildcardProblem(["kms:CreateGrant"], [], ["kms:ViaService"])).toBeUndefined();
  });

  test("judges role, key and secret policies, literal, jsonencode or a policy document data source", () => {
    expect(run("MESHQ-LP-1", tf({})).status).toBe("not-applicable");
    const ok = tf({
      aws_iam_role_policy: { p: { role: "r", policy: policy([allow(["secretsmanager:GetSecretValue"])]) } },
      aws_kms_key: { k: { policy: policy([allow("kms:CreateGrant", { Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } } })]) } },
    });
    pass("MESHQ-LP-1", ok);
    const grantFalse = tf({
      aws_kms_key: { k: { policy: policy([allow("kms:CreateGrant", { Condition: { Bool: { "kms:GrantIsForAWSResource": "false" } } })]) } },
    });
    expect(messages(run("MESHQ-LP-1", grantFalse))).toMatch(/CreateGrant without/);
    const wide = tf({
      aws_secretsmanager_secret_policy: {
        s: { policy: '${jsonencode({"Statement" = [{"Effect" = "Allow", "Action" = "secretsmanager:*", "Resource" = "*"}]})}' },
      },
    });
    fail("MESHQ-LP-1", wide, /allows secretsmanager:\*, which covers secretsmanager:GetSecretValue/);
    const data: TerraformJson = {
      data: { aws_iam_policy_document: { d: { statement: [{ effect: "Allow", actions: ["kms:*"], resources: ["*"] }] } } },
      resource: { aws_iam_policy: { p: { policy: "${data.aws_iam_policy_document.d.json}" } } },
    };
    const r = run("MESHQ-LP-1", data);
    expect(r.status).toBe("fail");
    expect(r.findings[0].address).toBe("data.aws_iam_policy_document.d");
    const unreadable = run("MESHQ-LP-1", tf({ aws_iam_role_policy: { p: { policy: "${var.policy}" } } }));
    expect(messages(unreadable)).toMatch(/cannot be read at synth/);
  });

  test("fails closed on policies it did not see: attached by ARN, unknown actions or effects, merged documents it cannot read", () => {
    const attach = (policy_arn: string, extra: Record<string, Record<string, unknown>> = {}) =>
      tf({ aws_iam_role_policy_attachment: { a: { role: "${aws_iam_role.r.name}", policy_arn } }, aws_iam_role: { r: {} }, ...extra });
    // a policy the stack writes is judged as itself
    pass(
      "MESHQ-LP-1",
      attach("${aws_iam_policy.p.arn}", { aws_iam_policy: { p: { policy: policy([allow("secretsmanager:GetSecretValue")]) } } }),
    );
    fail("MESHQ-LP-1", attach("${aws_iam_policy.p.arn}", { aws_iam_policy: { p: { policy: policy([allow("kms:*")]) } } }), /allows kms:\*/);
    // an AWS-managed policy the guard knows is judged on its published document, in any partition
    pass("MESHQ-LP-1", attach("arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"));
    pass("MESHQ-LP-1", attach("arn:${data.aws_partition.p.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"));
    // any other: another AWS-managed policy, a customer-managed one, a variable
    fail(
      "MESHQ-LP-1",
      attach("arn:aws:iam::aws:policy/SecretsManagerReadWrite"),
      /attaches arn:aws:iam::aws:policy\/SecretsManagerReadWrite, a policy the guard did not see/,
    );
    fail("MESHQ-LP-1", attach("arn:aws:iam::111122223333:policy/shared"), /a policy the guard did not see/);
    fail("MESHQ-LP-1", attach("${var.policy_arn}"), /attaches \$\{var\.policy_arn\}, a policy the guard did not see/);
    fail(
      "MESHQ-LP-1",
      tf({ aws_iam_role: { r: { managed_policy_arns: ["arn:aws:iam::aws:policy/AdministratorAccess"] } } }),
      /did not see/,
    );
    fail(
      "MESHQ-LP-1",
      tf({ aws_iam_role_policy_attachments_exclusive: { x: { role_name: "r", policy_arns: "${var.arns}" } } }),
      /attached policy ARNs is \$\{var\.arns\}/,
    );
    // inline_policy blocks of a role are judged like role policies
    fail(
      "MESHQ-LP-1",
      tf({ aws_iam_role: { r: { inline_policy: [{ name: "x", policy: policy([allow("secretsmanager:*")]) }] } } }),
      /allows secretsmanager:\*/,
    );
    // an action or effect the guard cannot know may be "*"
    fail(
      "MESHQ-LP-1",
      tf({
        aws_iam_role_policy: {
          p: { policy: '${jsonencode({"Statement" = [{"Effect" = "Allow", "Action" = var.action, "Resource" = "*"}]})}' },
        },
      }),
      /statement 0: Action is/,
    );
    const doc = (statement: Record<string, unknown>, extra: Record<string, unknown> = {}): TerraformJson => ({
      data: { aws_iam_policy_document: { d: { statement: [statement], ...extra } } },
      resource: { aws_iam_policy: { p: { policy: "${data.aws_iam_policy_document.d.json}" } } },
    });
    expect(messages(run("MESHQ-LP-1", doc({ effect: "Allow", actions: "${var.actions}", resources: ["*"] })))).toMatch(
      /statement 0: actions is \$\{var\.actions\}/,
    );
    expect(run("MESHQ-LP-1", doc({ effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: ["*"] })).status).toBe("pass");
    expect(
      messages(run("MESHQ-LP-1", doc({ effect: "Allow", actions: ["logs:PutLogEvents"] }, { source_policy_documents: ["${var.extra}"] }))),
    ).toMatch(/merges \$\{var\.extra\}, a policy document the guard cannot read/);
  });
});

const sa = (name: string, role?: string) => ({
  metadata: { name, namespace: "meshoptixiq", ...(role ? { annotations: { "eks.amazonaws.com/role-arn": role } } : {}) },
});
const apiDeployment = (serviceAccount: string, env: Array<{ name: string; value: string }> = []) => ({
  metadata: { name: "meshoptixiq-api", namespace: "meshoptixiq" },
  spec: {
    template: {
      metadata: { labels: { app: "meshoptixiq-api", "meshoptixiq.io/role": "api" } },
      spec: { service_account_name: serviceAccount, container: [{ name: "api", image: "i", env }] },
    },
  },
});
const store = (serviceAccount: string) => ({
  manifest: {
    apiVersion: "external-secrets.io/v1",
    kind: "SecretStore",
    metadata: { name: "aws", namespace: "meshoptixiq" },
    spec: { provider: { aws: { service: "SecretsManager", auth: { jwt: { serviceAccountRef: { name: serviceAccount } } } } } },
  },
});

describe("MESHQ-LP-2 workloads hold only the AWS roles they use", () => {
  const ROLE = "arn:aws:iam::111122223333:role/reader";
  const workloads = (apiSa: string, apiRole: string | undefined, storeSa: string, env: Array<{ name: string; value: string }> = []) =>
    tf({
      kubernetes_service_account_v1: { api: sa("meshoptixiq-api", apiRole), secrets: sa("meshoptixiq-api-secrets", ROLE) },
      kubernetes_deployment_v1: { api: apiDeployment(apiSa, env) },
      kubernetes_manifest: { store: store(storeSa) },
    });

  test("External Secrets' own service account, an API without a role: pass", () => {
    pass("MESHQ-LP-2", workloads("meshoptixiq-api", undefined, "meshoptixiq-api-secrets"));
    expect(run("MESHQ-LP-2", tf({})).status).toBe("not-applicable");
  });

  test("the API under the store's service account, or with a role it does not use: fail", () => {
    fail("MESHQ-LP-2", workloads("meshoptixiq-api", undefined, "meshoptixiq-api"), /External Secrets reads secrets with/);
    expect(messages(run("MESHQ-LP-2", workloads("meshoptixiq-api-secrets", undefined, "meshoptixiq-api-secrets")))).toMatch(
      /runs under service account meshoptixiq\/meshoptixiq-api-secrets/,
    );
    expect(messages(run("MESHQ-LP-2", workloads("meshoptixiq-api", ROLE, "meshoptixiq-api-secrets")))).toMatch(
      /carries an AWS role .* but does not call AWS/,
    );
  });

  test("an API under a service account the stack does not create fails closed: its role cannot be known", () => {
    fail(
      "MESHQ-LP-2",
      workloads("shared-reader", undefined, "meshoptixiq-api-secrets"),
      /service account meshoptixiq\/shared-reader, which the stack does not create: whether it carries an AWS role/,
    );
    fail("MESHQ-LP-2", workloads("", undefined, "meshoptixiq-api-secrets"), /meshoptixiq\/default, which the stack does not create/);
  });

  test("an API that reads its secrets from AWS itself may carry the role", () => {
    const r = run(
      "MESHQ-LP-2",
      workloads("meshoptixiq-api", ROLE, "meshoptixiq-api-secrets", [{ name: "SECRETS_PROVIDER", value: "aws" }]),
    );
    expect(r.status).toBe("pass");
  });
});

describe("MESHQ-LP-3 no egress to the whole Internet", () => {
  const egressTo = (cidr: string | undefined, labels = { app: "meshoptixiq-api" }) =>
    tf({
      kubernetes_deployment_v1: { api: apiDeployment("meshoptixiq-api") },
      kubernetes_network_policy_v1: {
        p: {
          metadata: { name: "api", namespace: "meshoptixiq" },
          spec: {
            pod_selector: { match_labels: labels },
            policy_types: ["Egress"],
            egress: [{ to: cidr ? [{ ip_block: { cidr } }] : [], ports: [{ port: "443", protocol: "TCP" }] }],
          },
        },
      },
    });

  test("egress to named ranges passes; 0.0.0.0/0, ::/0 or every destination from the API fails", () => {
    pass("MESHQ-LP-3", egressTo("10.40.20.0/24"));
    fail("MESHQ-LP-3", egressTo("0.0.0.0/0"), /admits 0\.0\.0\.0\/0 from the API pods/);
    expect(run("MESHQ-LP-3", egressTo("::/0")).status).toBe("fail");
    expect(messages(run("MESHQ-LP-3", egressTo(undefined)))).toMatch(/admits every destination/);
    expect(run("MESHQ-LP-3", egressTo("0.0.0.0/0", { app: "other" })).status).toBe("pass");
    expect(run("MESHQ-LP-3", tf({})).status).toBe("not-applicable");
  });

  test("an IP range the guard cannot know may be the whole Internet: it fails closed", () => {
    fail(
      "MESHQ-LP-3",
      egressTo("${var.egress_cidr}"),
      /egress rule 0 admits ip_block\.cidr = \$\{var\.egress_cidr\}, which cannot be known/,
    );
  });
});

describe("MESHQ-LP-4 Lambda functions run only signed code", () => {
  const csc = (policies: unknown = { untrusted_artifact_on_deployment: "Enforce" }) => ({
    c: { allowed_publishers: { signing_profile_version_arns: ["${aws_signer_signing_profile.p.version_arn}"] }, policies },
  });
  const fn = (extra: Record<string, unknown> = {}) => ({ f: { function_name: "meshoptixiq-rotation", role: "r", ...extra } });
  const signed = { code_signing_config_arn: "${aws_lambda_code_signing_config.c.arn}" };

  test("a function of the stack names an enforcing configuration of the stack", () => {
    expect(run("MESHQ-LP-4", tf({})).status).toBe("not-applicable");
    const profile = { aws_signer_signing_profile: { p: { platform_id: "AWSLambda-SHA384-ECDSA" } } };
    pass("MESHQ-LP-4", tf({ aws_lambda_function: fn(signed), aws_lambda_code_signing_config: csc(), ...profile }));
    // a trusted profile outside the stack may sign anything
    const foreign = {
      c: {
        allowed_publishers: {
          signing_profile_version_arns: [
            "${aws_signer_signing_profile.p.version_arn}",
            "arn:aws:signer:eu-west-1:444455556666:/signing-profiles/any/v1",
          ],
        },
        policies: { untrusted_artifact_on_deployment: "Enforce" },
      },
    };
    fail(
      "MESHQ-LP-4",
      tf({ aws_lambda_function: fn(signed), aws_lambda_code_signing_config: foreign, ...profile }),
      /trusts arn:aws:signer:eu-west-1:444455556666:\/signing-profiles\/any\/v1, not a signing profile of this stack/,
    );
    fail("MESHQ-LP-4", tf({ aws_lambda_function: fn() }), /has no code signing configuration/);
    fail(
      "MESHQ-LP-4",
      tf({ aws_lambda_function: fn(signed), aws_lambda_code_signing_config: csc({ untrusted_artifact_on_deployment: "Warn" }) }),
      /untrusted_artifact_on_deployment Warn: unsigned code still deploys/,
    );
    // AWS's default is Warn
    fail("MESHQ-LP-4", tf({ aws_lambda_function: fn(signed), aws_lambda_code_signing_config: csc(null) }), /Warn/);
    const none = {
      c: { allowed_publishers: { signing_profile_version_arns: [] }, policies: { untrusted_artifact_on_deployment: "Enforce" } },
    };
    fail("MESHQ-LP-4", tf({ aws_lambda_function: fn(signed), aws_lambda_code_signing_config: none }), /allows no signing profile/);
  });

  test("fails closed on a configuration outside the stack or a policy it cannot know", () => {
    const outside = fn({ code_signing_config_arn: "arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0" });
    fail("MESHQ-LP-4", tf({ aws_lambda_function: outside }), /not a code signing configuration of this stack/);
    fail("MESHQ-LP-4", tf({ aws_lambda_function: fn({ code_signing_config_arn: "${var.csc}" }) }), /not a code signing configuration/);
    const unknown = csc({ untrusted_artifact_on_deployment: "${var.policy}" });
    fail("MESHQ-LP-4", tf({ aws_lambda_function: fn(signed), aws_lambda_code_signing_config: unknown }), /cannot be known/);
  });

  test("the stack's recorded opt-out makes an unsigned function a warning, never a weakened configuration", () => {
    const optOuts = [{ property: "HardenedMeshStack.rotationCodeSigningOptOut", reason: "AWS Signer is not offered in this region" }];
    const record = { "//": { metadata: { meshoptixiq: { optOuts } } } };
    const r = run("MESHQ-LP-4", tf({ aws_lambda_function: fn() }, record));
    expect([r.status, r.findings[0].optOut?.reason]).toEqual(["warn", optOuts[0].reason]);
    fail("MESHQ-LP-4", tf({ aws_lambda_function: fn() }, record), /opted out: AWS Signer is not offered/, "warn");
    const weak = tf(
      { aws_lambda_function: fn(signed), aws_lambda_code_signing_config: csc({ untrusted_artifact_on_deployment: "Warn" }) },
      record,
    );
    expect(run("MESHQ-LP-4", weak).status).toBe("fail");
  });

  test("HardenedMeshStack records the opt-out and deploys the functions from their zips", () => {
    const props = stackProps({ rotationCodeSigningOptOut: { reason: "AWS Signer is not offered in this region" } });
    const stack = new HardenedMeshStack(Testing.app(), "unsigned", props);
    HardeningGuard.of(stack, { writeReport: false });
    const json = JSON.parse(Testing.synth(stack));
    expect([json.resource.aws_signer_signing_job, json.resource.aws_lambda_code_signing_config]).toEqual([undefined, undefined]);
    expect(Object.values<any>(json.resource.aws_lambda_function).every((f) => f.filename && f.source_code_hash)).toBe(true);
    const r = judgeStack(stack).results.find((x) => x.control.id === "MESHQ-LP-4")!;
    expect(r.status).toBe("warn");
    expect(r.findings.every((f) => f.level === "warning" && /opted out/.test(f.message))).toBe(true);
  });
});

test("the complete stacks pass the least-privilege controls as shipped", () => {
  for (const backend of ["complete", "postgres"] as const) {
    const report = judgeStack(buildStack(backend));
    for (const c of LEAST_PRIVILEGE_CONTROLS) {
      const r = report.results.find((x) => x.control.id === c.id)!;
      expect([backend, c.id, r.findings.filter((f) => f.level === "error").map((f) => f.message)]).toEqual([backend, c.id, []]);
    }
  }
});

mutationSuite(LEAST_PRIVILEGE_MUTATIONS);

test("every least-privilege control has paired pass and fail cases here", () => expectPaired(LEAST_PRIVILEGE_CONTROLS));
