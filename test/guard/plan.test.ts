import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "../../lib/compat/core";
import { main } from "../../lib/guard/cli";
import { judge } from "../../lib/guard/evaluate";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { NotAPlanError, planToDocument } from "../../lib/guard/plan";
import { Role, ROLE_KEY } from "../../lib/policy/markers";
import { apiStack } from "../util";

// Plan documents in the shape `terraform show -json` writes (format_version, planned_values,
// resource_changes, configuration), judged by the same controls through the meshq-guard CLI.

interface PlannedResource {
  address: string;
  type: string;
  name: string;
  index?: number | string;
  values: Record<string, unknown>;
  afterUnknown?: Record<string, unknown>;
  expressions?: Record<string, unknown>;
}

/** A plan document as Terraform writes it. */
function plan(resources: PlannedResource[], childModules: PlannedResource[] = []): any {
  const planned = (r: PlannedResource) => ({
    address: r.address,
    mode: "managed",
    type: r.type,
    name: r.name,
    ...(r.index !== undefined ? { index: r.index } : {}),
    provider_name: `registry.terraform.io/hashicorp/${r.type.split("_")[0]}`,
    schema_version: 0,
    values: r.values,
    sensitive_values: {},
  });
  return {
    format_version: "1.2",
    terraform_version: "1.9.5",
    variables: { ssl_policy: { value: "ELBSecurityPolicy-2016-08" } },
    planned_values: {
      root_module: {
        resources: resources.map(planned),
        ...(childModules.length ? { child_modules: [{ address: "module.extra", resources: childModules.map(planned) }] } : {}),
      },
    },
    resource_changes: [...resources, ...childModules].map((r) => ({
      address: r.address,
      mode: "managed",
      type: r.type,
      name: r.name,
      provider_name: `registry.terraform.io/hashicorp/${r.type.split("_")[0]}`,
      change: {
        actions: ["create"],
        before: null,
        after: r.values,
        after_unknown: r.afterUnknown ?? {},
        before_sensitive: false,
        after_sensitive: {},
      },
    })),
    configuration: {
      provider_config: { aws: { name: "aws", full_name: "registry.terraform.io/hashicorp/aws" } },
      root_module: {
        resources: resources.map((r) => ({
          address: `${r.type}.${r.name}`,
          mode: "managed",
          type: r.type,
          name: r.name,
          provider_config_key: r.type.split("_")[0],
          expressions: r.expressions ?? {},
          schema_version: 0,
        })),
        variables: { ssl_policy: { description: "TLS policy of the listener" } },
      },
    },
  };
}

const httpsListener = (policy: string): PlannedResource => ({
  address: "aws_lb_listener.https",
  type: "aws_lb_listener",
  name: "https",
  values: {
    port: 443,
    protocol: "HTTPS",
    ssl_policy: policy,
    routing_http_response_strict_transport_security_header_value: "max-age=63072000; includeSubDomains",
    default_action: [{ type: "forward", redirect: [] }],
  },
  afterUnknown: { arn: true, id: true, load_balancer_arn: true },
  expressions: { ssl_policy: { references: ["var.ssl_policy"] } },
});

function write(document: unknown, name = "plan.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "meshq-plan-"));
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
}

function cli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test("a value known only at plan time is judged with its planned value: a weak TLS policy from a variable fails", () => {
  const file = write(plan([httpsListener("ELBSecurityPolicy-2016-08")]));
  const outDir = mkdtempSync(join(tmpdir(), "meshq-reports-"));
  const run = cli([file, "--out", outDir]);
  expect(run.code).toBe(1);
  expect(run.out).toMatch(/FAIL\s+MESHQ-NET-3/);
  expect(run.out).toMatch(/error aws_lb_listener\.https: ssl_policy ELBSecurityPolicy-2016-08 admits TLS below 1\.2/);
  expect(run.out).toMatch(/meshq-guard: FAIL \(MESHQ-NET-3\)/);
  // the same three reports as synth, every finding with its address and the plan file
  const json = JSON.parse(readFileSync(join(outDir, "hardening-report.json"), "utf8"));
  expect(json.origin).toBe("plan");
  expect(json.controls.find((c: any) => c.id === "MESHQ-NET-3").findings).toEqual([
    { address: "aws_lb_listener.https", message: expect.stringMatching(/admits TLS below 1\.2/), level: "error", stackFile: file },
  ]);
  expect(readFileSync(join(outDir, "hardening-report.md"), "utf8")).toContain(`\`aws_lb_listener.https\` in \`${file}\``);
  const sarif = JSON.parse(readFileSync(join(outDir, "hardening-report.sarif"), "utf8"));
  const result = sarif.runs[0].results.find((r: any) => r.ruleId === "MESHQ-NET-3");
  expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(file);
  expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe("aws_lb_listener.https");
  const line = readFileSync(file, "utf8").split("\n")[result.locations[0].physicalLocation.region.startLine - 1];
  expect(line).toContain('"address": "aws_lb_listener.https"');
});

test("the same plan with a TLS 1.2 policy passes (exit 0)", () => {
  const run = cli([write(plan([httpsListener("ELBSecurityPolicy-TLS13-1-2-Res-2021-06")]))]);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/PASS\s+MESHQ-NET-3/);
  expect(run.out).toMatch(/meshq-guard: PASS/);
});

test("--synth-report: the verdicts on the plan must equal the synth report's, or meshq-guard fails naming each difference", () => {
  const file = write(plan([httpsListener("ELBSecurityPolicy-TLS13-1-2-Res-2021-06")]));
  const outDir = mkdtempSync(join(tmpdir(), "meshq-reports-"));
  expect(cli([file, "--out", outDir]).code).toBe(0);
  const synth = JSON.parse(readFileSync(join(outDir, "hardening-report.json"), "utf8"));
  // the same verdicts: exit 0
  const equal = cli([file, "--out", mkdtempSync(join(tmpdir(), "meshq-reports-")), "--synth-report", write(synth, "synth.json")]);
  expect(equal.code).toBe(0);
  expect(equal.out).toMatch(/the verdicts on the plan equal the synth report's \(\d+ controls\)/);
  // one verdict differs, one control is missing from synth: exit 1, each difference named
  const differing = structuredClone(synth);
  differing.controls.find((c: any) => c.id === "MESHQ-NET-3").status = "fail";
  differing.controls = differing.controls.filter((c: any) => c.id !== "MESHQ-NET-4");
  const differs = cli([file, "--out", mkdtempSync(join(tmpdir(), "meshq-reports-")), "--synth-report", write(differing, "synth.json")]);
  expect(differs.code).toBe(1);
  expect(differs.out).toMatch(/differs from synth: MESHQ-NET-3: synth fail, plan pass/);
  expect(differs.out).toMatch(/differs from synth: MESHQ-NET-4: synth absent, plan /);
  expect(differs.out).toMatch(/meshq-guard: FAIL: 2 verdict\(s\) on the plan differ from the synth report/);
  // a synth report that is not one: a usage error, never a silent pass
  expect(cli([file, "--synth-report", write({ controls: [] }, "synth.json")]).code).toBe(2);
  expect(cli([file, "--synth-report", join(outDir, "missing.json")]).code).toBe(2);
});

const workload = (namespace = "meshq"): PlannedResource => ({
  address: "kubernetes_deployment_v1.api",
  type: "kubernetes_deployment_v1",
  name: "api",
  values: {
    metadata: [{ name: "api", namespace, labels: null }],
    spec: [
      {
        replicas: "2",
        template: [
          {
            metadata: [{ labels: { app: "api" } }],
            spec: [
              {
                automount_service_account_token: false,
                host_network: false,
                volume: [],
                security_context: [{ run_as_non_root: true, run_as_user: "10001", seccomp_profile: [{ type: "RuntimeDefault" }] }],
                container: [
                  {
                    name: "tool",
                    image: "x@sha256:abc",
                    env: [],
                    port: [],
                    security_context: [
                      {
                        allow_privilege_escalation: false,
                        privileged: false,
                        read_only_root_filesystem: true,
                        run_as_non_root: true,
                        run_as_user: "10001",
                        capabilities: [{ add: null, drop: ["ALL"] }],
                        seccomp_profile: [],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
});
const denyAll = (index?: number): PlannedResource => ({
  address: `kubernetes_network_policy_v1.deny${index !== undefined ? `[${index}]` : ""}`,
  type: "kubernetes_network_policy_v1",
  name: "deny",
  ...(index !== undefined ? { index } : {}),
  values: {
    metadata: [{ name: "default-deny-all", namespace: "meshq" }],
    spec: [{ pod_selector: [{}], policy_types: ["Ingress", "Egress"], ingress: [], egress: [] }],
  },
});

test("count is evaluated: count = 1 keeps the default deny, count = 0 removes it and the workload's namespace is open", () => {
  const withDeny = judge(planToDocument(plan([workload(), denyAll(0)])), { stack: "p", stackFile: "plan.json" });
  expect(withDeny.results.find((r) => r.control.id === "MESHQ-NET-5")!.status).toBe("pass");
  expect(withDeny.results.find((r) => r.control.id === "MESHQ-POD-1")!.status).toBe("pass");
  const without = judge(planToDocument(plan([workload()])), { stack: "p", stackFile: "plan.json" });
  expect(without.results.find((r) => r.control.id === "MESHQ-NET-5")!.findings.map((f) => f.message)).toEqual([
    "namespace meshq has no default-deny NetworkPolicy",
  ]);
});

test("resources of child modules are judged under their module address", () => {
  const report = judge(
    planToDocument(
      plan(
        [],
        [
          {
            address: "module.extra.aws_security_group_rule.open[0]",
            type: "aws_security_group_rule",
            name: "open",
            index: 0,
            values: { type: "ingress", from_port: 8000, to_port: 8000, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] },
          },
        ],
      ),
    ),
    { stack: "p", stackFile: "plan.json" },
  );
  expect(report.results.find((r) => r.control.id === "MESHQ-NET-2")!.findings).toEqual([
    expect.objectContaining({ address: "module.extra.aws_security_group_rule.open[0]", message: "ports 8000-8000 open to the internet" }),
  ]);
});

const secret: PlannedResource = {
  address: "aws_secretsmanager_secret.k",
  type: "aws_secretsmanager_secret",
  name: "k",
  values: { name: "meshq/thing" },
  afterUnknown: { arn: true, id: true, kms_key_id: true },
  expressions: { kms_key_id: { references: ["aws_kms_key.k.arn", "aws_kms_key.k"] } },
};
const key: PlannedResource = {
  address: "aws_kms_key.k",
  type: "aws_kms_key",
  name: "k",
  values: {
    enable_key_rotation: true,
    deletion_window_in_days: 30,
    is_enabled: true,
    policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" } }] }),
  },
  afterUnknown: { arn: true, id: true },
};

test("a value known only after apply is read from the plan's configuration (a key of the stack), else fails closed", () => {
  const sec1 = (p: any) =>
    judge(planToDocument(p), { stack: "p", stackFile: "plan.json" }).results.find((r) => r.control.id === "MESHQ-SEC-1")!;
  expect(sec1(plan([secret, key])).status).toBe("pass");
  const unreferenced = sec1(plan([{ ...secret, expressions: {} }, key]));
  expect(unreferenced.status).toBe("fail");
  expect(unreferenced.findings[0].message).toBe(
    "kms_key_id is ${(known after apply)}, known only after apply: write a literal value, or suppress this control for the resource with a reason",
  );
});

test("with --config, an argument written as a reference is judged as that reference even when the plan knows its value", () => {
  // after the first apply the plan shows the key's ARN, not that it is the stack's key
  const applied: PlannedResource = {
    ...secret,
    values: { ...secret.values, kms_key_id: "arn:aws:kms:eu-west-1:111122223333:key/abc" },
    afterUnknown: {},
  };
  const sec1 = (config?: any) =>
    judge(planToDocument(plan([applied, key]), config ? { config } : {}), { stack: "p", stackFile: "plan.json" }).results.find(
      (r) => r.control.id === "MESHQ-SEC-1",
    )!;
  const config = {
    resource: { aws_secretsmanager_secret: { k: { name: "meshq/thing", kms_key_id: "${aws_kms_key.k.arn}" } }, aws_kms_key: { k: {} } },
  };
  expect(sec1(config).status).toBe("pass");
  // without the configuration the ARN names a key the guard did not see: it fails closed
  expect(sec1().findings[0].message).toMatch(/kms_key_id is arn:aws:kms:eu-west-1:111122223333:key\/abc, a key outside this stack/);
});

test("with --config, a reference written deep inside an argument (a manifest's list) is judged as that reference", () => {
  const groupIds = (planned: unknown) => ({
    spec: { podSelector: { matchLabels: { app: "api" } }, securityGroups: { groupIds: [planned, "sg-0123456789abcdef0"] } },
  });
  const manifest = (planned: unknown) => ({
    apiVersion: "vpcresources.k8s.aws/v1beta1",
    kind: "SecurityGroupPolicy",
    metadata: { name: "api", namespace: "meshq" },
    ...groupIds(planned),
  });
  const sgp: PlannedResource = {
    address: "kubernetes_manifest.sgp",
    type: "kubernetes_manifest",
    name: "sgp",
    values: { manifest: manifest(null) },
  };
  const config = { resource: { kubernetes_manifest: { sgp: { manifest: manifest("${aws_security_group.pods.id}") } } } };
  const doc = planToDocument(plan([sgp]), { config });
  expect((doc.resource as any).kubernetes_manifest.sgp.manifest.spec.securityGroups.groupIds).toEqual([
    "${aws_security_group.pods.id}",
    "sg-0123456789abcdef0",
  ]);
  // after the first apply the plan knows the group's id, and may order the list otherwise: the
  // reference goes back where the referenced group's planned id is, the literal stays
  const pods: PlannedResource = {
    address: "aws_security_group.pods",
    type: "aws_security_group",
    name: "pods",
    values: { id: "sg-0aaaa1111bbbb2222" },
  };
  const applied: PlannedResource = {
    ...sgp,
    values: {
      manifest: {
        ...manifest(null),
        ...{ spec: { ...groupIds(null).spec, securityGroups: { groupIds: ["sg-0123456789abcdef0", "sg-0aaaa1111bbbb2222"] } } },
      },
    },
  };
  const reordered = planToDocument(plan([pods, applied]), { config });
  expect((reordered.resource as any).kubernetes_manifest.sgp.manifest.spec.securityGroups.groupIds).toEqual([
    "sg-0123456789abcdef0",
    "${aws_security_group.pods.id}",
  ]);
  // a list whose length the plan changed keeps the planned values
  const longer = {
    resource: {
      kubernetes_manifest: {
        sgp: {
          manifest: {
            ...manifest("${aws_security_group.pods.id}"),
            spec: { securityGroups: { groupIds: ["${aws_security_group.pods.id}"] } },
          },
        },
      },
    },
  };
  expect(
    (planToDocument(plan([sgp]), { config: longer }).resource as any).kubernetes_manifest.sgp.manifest.spec.securityGroups.groupIds,
  ).toEqual([null, "sg-0123456789abcdef0"]);
});

test("with --config, values known only after apply come from the synthesized configuration, and so do the flows and suppressions", () => {
  // the synthesized configuration of a real stack, with an accepted risk
  const { stack, api } = apiStack();
  HardeningGuard.suppress(api, "MESHQ-NET-6", "deletion protection stays off until the migration is done");
  Testing.synth(stack, true);
  const config = stack.toTerraform();
  const listenerName = Object.keys(config.resource.aws_lb_listener).find((n) => n.startsWith("Api_HttpsListener"))!;
  const lbName = Object.keys(config.resource.aws_lb)[0];
  const apiPolicyName = Object.keys(config.resource.kubernetes_network_policy_v1).find((n) => n.includes("Workload"))!;
  const policy = config.resource.kubernetes_network_policy_v1[apiPolicyName];
  const planned: PlannedResource[] = [
    {
      address: `aws_lb_listener.${listenerName}`,
      type: "aws_lb_listener",
      name: listenerName,
      values: { ...config.resource.aws_lb_listener[listenerName], "//": undefined, certificate_arn: null, load_balancer_arn: null },
      afterUnknown: { arn: true, certificate_arn: true, load_balancer_arn: true, default_action: [{ target_group_arn: true }] },
    },
    {
      address: `aws_lb.${lbName}`,
      type: "aws_lb",
      name: lbName,
      values: { ...config.resource.aws_lb[lbName], "//": undefined, enable_deletion_protection: false, security_groups: null },
      afterUnknown: { arn: true, security_groups: true },
    },
    {
      address: `kubernetes_network_policy_v1.${apiPolicyName}`,
      type: "kubernetes_network_policy_v1",
      name: apiPolicyName,
      values: {
        ...policy,
        "//": undefined,
        spec: [
          {
            ...policy.spec,
            ingress: [{ from: [{ ip_block: [{ cidr: "0.0.0.0/0", except: null }] }], ports: [{ port: "8000", protocol: "TCP" }] }],
          },
        ],
      },
    },
  ];
  const planFile = write(plan(planned));
  const configFile = write(config, "cdk.tf.json");
  const outDir = mkdtempSync(join(tmpdir(), "meshq-reports-"));
  const run = cli([planFile, "--config", configFile, "--out", outDir]);
  expect(run.code).toBe(1);
  const json = JSON.parse(readFileSync(join(outDir, "hardening-report.json"), "utf8"));
  const status = (id: string) => json.controls.find((c: any) => c.id === id);
  // the widened policy is compared with the flows recorded at synth
  expect(status("MESHQ-NET-7").status).toBe("fail");
  expect(status("MESHQ-NET-7").findings[0].message).toMatch(
    /admits ip_block 0\.0\.0\.0\/0 on TCP\/8000 into meshoptixiq-api, which is not a registered flow/,
  );
  // the suppression recorded at synth applies to the plan, with its reason
  expect(status("MESHQ-NET-6").status).toBe("pass");
  const suppressed = status("MESHQ-NET-6").suppressed;
  expect(suppressed.map((f: any) => f.message)).toContain("deletion protection is off");
  for (const f of suppressed)
    expect(f).toMatchObject({
      reason: "deletion protection stays off until the migration is done",
      path: "test/Api/LoadBalancer",
      stackFile: planFile,
    });
  // the certificate ARN known only after apply is the stack's own reference; the listener passes
  expect(status("MESHQ-NET-3").status).toBe("pass");
  expect(json.stack).toBe("test");
});

test("a plan's unused blocks (empty lists) and unset fields (zero values) are not findings", () => {
  const sdkWorkload = workload();
  const podSpec = (sdkWorkload.values as any).spec[0].template[0].spec[0];
  podSpec.volume = [
    { name: "tmp", empty_dir: [{ medium: "", size_limit: "0" }], host_path: [], nfs: [], persistent_volume_claim: [], ephemeral: [] },
  ];
  podSpec.container[0].security_context[0] = {
    ...podSpec.container[0].security_context[0],
    run_as_non_root: false,
    run_as_user: "",
    seccomp_profile: [],
  };
  podSpec.container[0].env = [
    {
      name: "API_KEY",
      value: "",
      value_from: [{ secret_key_ref: [{ name: "k", key: "value", optional: false }], config_map_key_ref: [] }],
    },
  ];
  podSpec.container[0].env_from = [{ config_map_ref: [], secret_ref: [{ name: "s", optional: false }], prefix: "" }];
  const policy: PlannedResource = {
    address: "kubernetes_network_policy_v1.api",
    type: "kubernetes_network_policy_v1",
    name: "api",
    values: {
      metadata: [{ name: "api-allow", namespace: "meshq" }],
      spec: [
        {
          pod_selector: [{ match_labels: { app: "api" }, match_expressions: [] }],
          policy_types: ["Ingress", "Egress"],
          ingress: [
            {
              from: [{ ip_block: [], namespace_selector: [], pod_selector: [{ match_labels: { app: "alb" }, match_expressions: [] }] }],
              ports: [{ port: "8000", protocol: "TCP", end_port: 0 }],
            },
          ],
          egress: [],
        },
      ],
    },
  };
  const rotation: PlannedResource = {
    address: "aws_secretsmanager_secret_rotation.r",
    type: "aws_secretsmanager_secret_rotation",
    name: "r",
    values: {
      secret_id: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:meshq/api-key/operators",
      rotate_immediately: true,
      rotation_rules: [{ automatically_after_days: 30, duration: "", schedule_expression: "" }],
    },
  };
  const keySecret: PlannedResource = {
    address: "aws_secretsmanager_secret.k",
    type: "aws_secretsmanager_secret",
    name: "k",
    values: {
      name: "meshq/api-key/operators",
      kms_key_id: "arn:aws:kms:eu-west-1:111122223333:key/abc",
      tags: { [ROLE_KEY]: Role.API_KEY },
    },
  };
  (rotation.values as any).secret_id = "${aws_secretsmanager_secret.k.arn}";
  // the key's rotator: a key generator of the stack (an unseen rotator fails closed)
  const generator: PlannedResource = {
    address: "aws_lambda_function.gen",
    type: "aws_lambda_function",
    name: "gen",
    values: { function_name: "gen", environment: [{ variables: { KEY_LENGTH: "48" } }] },
  };
  (rotation.values as any).rotation_lambda_arn = "${aws_lambda_function.gen.arn}";
  const config = {
    "//": {
      metadata: {
        stackName: "sdk",
        meshoptixiq: {
          network: {
            defaultDeny: [],
            flows: [],
            workloads: [
              {
                name: "api",
                namespace: "meshq",
                podLabels: { app: "api" },
                ingress: [{ peers: [{ podLabels: { app: "alb" } }], ports: [{ port: 8000, protocol: "TCP" }] }],
                egress: [],
                fqdnEgress: [],
              },
            ],
          },
        },
      },
    },
  };
  const report = judge(planToDocument(plan([sdkWorkload, policy, rotation, keySecret, generator]), { config }), {
    stack: "sdk",
    stackFile: "plan.json",
  });
  const status = (id: string) => {
    const r = report.results.find((x) => x.control.id === id)!;
    return [id, r.status, r.findings.map((f) => f.message)];
  };
  for (const id of ["MESHQ-POD-1", "MESHQ-NET-7", "MESHQ-NET-8", "MESHQ-KEY-1", "MESHQ-KEY-2"])
    expect(status(id)).toEqual([id, "pass", []]);
});

test("without --config the registered flows are unknown: a warning that says what to pass", () => {
  const run = cli([write(plan([{ ...denyAll(), address: "kubernetes_network_policy_v1.deny" }]))]);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/WARN\s+MESHQ-NET-7/);
  expect(run.out).toMatch(/pass it with --config/);
  expect(run.err).toMatch(/no --config/);
});

test("usage errors and documents that are not plans exit 2", () => {
  expect(cli([]).code).toBe(2);
  expect(cli(["a.json", "b.json"]).code).toBe(2);
  expect(cli(["--nope", "a.json"]).err).toMatch(/unknown option --nope/);
  expect(cli([join(tmpdir(), "does-not-exist.json")]).err).toMatch(/does not exist/);
  const notAPlan = cli([write({ resource: {} })]);
  expect(notAPlan.code).toBe(2);
  expect(notAPlan.err).toMatch(/not a plan: expected the output of `terraform show -json <planfile>`/);
  expect(() => planToDocument({ format_version: "1.2" })).toThrow(NotAPlanError);
  expect(cli(["--help"]).out).toMatch(/usage: meshq-guard <plan\.json>/);
});

test("the meshq-guard bin runs as a program", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
  expect(pkg.bin).toEqual({ "meshq-guard": "dist/guard/cli.js" });
  expect(readFileSync(join(__dirname, "..", "..", "lib", "guard", "cli.ts"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  const file = write(plan([httpsListener("ELBSecurityPolicy-2016-08")]));
  const run = spawnSync(
    process.execPath,
    ["-r", join(__dirname, "..", "..", "scripts", "register.js"), join(__dirname, "..", "..", "lib", "guard", "cli.ts"), file],
    { encoding: "utf8" },
  );
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/meshq-guard: FAIL \(MESHQ-NET-3\)/);
});

test("a configured reference that the plan shows as null is judged as the reference (an attribute known only after apply)", () => {
  const { planToDocument } = require("../../lib/guard/plan") as typeof import("../../lib/guard/plan");
  const address = "aws_iam_role_policy.Policy";
  const plan = {
    format_version: "1.2",
    planned_values: {
      root_module: {
        resources: [{ address, mode: "managed", type: "aws_iam_role_policy", name: "Policy", values: { role: null, name: "p" } }],
      },
    },
    resource_changes: [{ address, change: { after: { role: null, name: "p" }, after_unknown: {} } }],
    configuration: {
      root_module: {
        resources: [
          {
            address,
            expressions: { role: { references: ["aws_iam_role.Role.name", "aws_iam_role.Role"] }, name: { constant_value: "p" } },
          },
        ],
      },
    },
  };
  const doc = planToDocument(plan);
  expect(doc.resource.aws_iam_role_policy.Policy.role).toBe("${aws_iam_role.Role.name}");
  expect(doc.resource.aws_iam_role_policy.Policy.name).toBe("p");
});
