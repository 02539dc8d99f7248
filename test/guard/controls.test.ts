import { CONTROLS } from "../../lib/guard/catalogue";
import { judge } from "../../lib/guard/evaluate";
import { Control, ControlResult, TerraformJson } from "../../lib/guard/model";
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../lib/policy/markers";

// Every control gets compliant and non-compliant cases on minimal documents, run through the
// guard's own evaluation (judge), so applicability, statuses and levels are what synth reports.

const byId = (id: string): Control => CONTROLS.find((c) => c.id === id)!;
const tf = (resource: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}): TerraformJson => ({
  resource,
  ...extra,
});
const passed = new Set<string>();
const failed = new Set<string>();

function run(id: string, json: TerraformJson): ControlResult {
  return judge(json, { stack: "t", stackFile: "stacks/t/cdk.tf.json", controls: [byId(id)], firstApply: false }).results[0];
}
function pass(id: string, json: TerraformJson) {
  const r = run(id, json);
  expect([r.status, r.findings.map((f) => f.message)]).toEqual(["pass", []]);
  passed.add(id);
}
function fail(id: string, json: TerraformJson, message: RegExp, status: "fail" | "warn" = "fail") {
  const r = run(id, json);
  expect(r.status).toBe(status);
  expect(r.findings.map((f) => f.message).join("\n")).toMatch(message);
  for (const f of r.findings) {
    expect(f.stackFile).toBe("stacks/t/cdk.tf.json");
    expect(f.address).toMatch(/^[a-z][a-z0-9_]*\./);
  }
  failed.add(id);
}
const UNKNOWN = /cannot be known at synth: write a literal value, or suppress this control/;

const restrictedContainer = (extra: Record<string, unknown> = {}) => ({
  name: "api",
  image: "x@sha256:abc",
  security_context: {
    allow_privilege_escalation: false,
    read_only_root_filesystem: true,
    run_as_non_root: true,
    run_as_user: "10001",
    capabilities: { drop: ["ALL"] },
    seccomp_profile: { type: "RuntimeDefault" },
  },
  ...extra,
});
const deployment = (
  container: Record<string, unknown>,
  podExtra: Record<string, unknown> = {},
  namespace = "meshq",
  type = "kubernetes_deployment_v1",
) => ({
  [type]: {
    d: {
      metadata: { name: "api", namespace },
      spec: {
        template: {
          metadata: { labels: { app: "api" } },
          spec: { automount_service_account_token: false, container: [container], ...podExtra },
        },
      },
    },
  },
});
const manifestDeployment = (container: Record<string, unknown>, podExtra: Record<string, unknown> = {}) => ({
  kubernetes_manifest: {
    m: {
      manifest: {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "api", namespace: "meshq" },
        spec: {
          template: {
            metadata: { labels: { app: "api" } },
            spec: { automountServiceAccountToken: false, containers: [container], ...podExtra },
          },
        },
      },
    },
  },
});
const apiContainerManifest = {
  name: "api",
  image: "x@sha256:abc",
  securityContext: {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: 10001,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  },
};
const denyAll = (namespace = "meshq", extra: Record<string, unknown> = {}) => ({
  kubernetes_network_policy_v1: {
    deny: { metadata: { name: "default-deny-all", namespace }, spec: { pod_selector: {}, policy_types: ["Ingress", "Egress"] }, ...extra },
  },
});
const variables = { variable: { x: { type: "string" } } };

test("the catalogue covers every section of the guide with unique ids, and every control documents its scope", () => {
  const ids = CONTROLS.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...new Set(CONTROLS.map((c) => c.section))].sort()).toEqual(["12.1", "12.2", "12.3", "12.4", "12.5", "12.6"]);
  for (const c of CONTROLS) expect([c.id, (c.scope ?? "").length > 40]).toEqual([c.id, true]);
});

test("MESHQ-KEY-1 literal credentials, by name and by value, wherever they hide", () => {
  const fromSecret = { name: "API_KEY", value_from: [{ secret_key_ref: [{ name: "k", key: "value" }] }] };
  pass(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [fromSecret, { name: "DATABASE_HOST_URL", value: "postgresql://meshq@db/x" }] }))),
  );
  fail("MESHQ-KEY-1", tf(deployment(restrictedContainer({ env: [{ name: "API_KEY", value: "x" }] }))), /API_KEY has a literal value/);
  fail("MESHQ-KEY-1", tf(deployment(restrictedContainer({ env: [{ name: "DBPASSWORD", value: "x" }] }))), /DBPASSWORD has a literal value/);
  fail(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [{ name: "DATABASE_URL", value: "postgresql://u:p4ss@db/x" }] }))),
    /DATABASE_URL holds a URL with a password in its userinfo/,
  );
  fail(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [{ name: "API_TOKEN", value: "${var.x}" }] })), variables),
    /API_TOKEN is set from \$\{var\.x\}/,
  );
  // a manifest workload, a ConfigMap, an env_from ConfigMap, a kubernetes_env patch, a Lambda
  fail(
    "MESHQ-KEY-1",
    tf(manifestDeployment({ ...apiContainerManifest, env: [{ name: "apiToken", value: "x" }] })),
    /apiToken has a literal value/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({ kubernetes_config_map: { c: { metadata: { name: "c", namespace: "meshq" }, data: { SEED: "Zx9Kq2LmP4vR8tYw3NbC6dHf" } } } }),
    /SEED holds a high-entropy literal/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({
      ...deployment(restrictedContainer({ env_from: [{ config_map_ref: { name: "c" } }] })),
      kubernetes_config_map_v1: { c: { metadata: { name: "c", namespace: "meshq" }, data: { UPSTREAM_PASSWORD: "see-vault" } } },
    }),
    /env_from ConfigMap c puts UPSTREAM_PASSWORD into the environment/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({
      ...deployment(restrictedContainer()),
      kubernetes_env: {
        e: {
          api_version: "apps/v1",
          kind: "Deployment",
          metadata: { name: "api", namespace: "meshq" },
          container: "api",
          env: [{ name: "SECRET", value: "s" }],
        },
      },
    }),
    /container api: SECRET has a literal value/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({ aws_lambda_function: { f: { environment: { variables: { SIGNING_KEY: "k" } } } } }),
    /Lambda environment: SIGNING_KEY/,
  );
  pass(
    "MESHQ-KEY-1",
    tf({ aws_lambda_function: { f: { environment: { variables: { KEY_LENGTH: "64", SECRET_ARNS: "arn:aws:secretsmanager:x" } } } } }),
  );
});

test("MESHQ-KEY-2 rotation of API keys, removed or obscured by count", () => {
  const secret = { aws_secretsmanager_secret: { k: { name: "meshq/operators", tags: { [ROLE_KEY]: Role.API_KEY } } } };
  const rotation = (rules: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    aws_secretsmanager_secret_rotation: {
      r: { secret_id: "${aws_secretsmanager_secret.k.arn}", rotation_rules: rules, rotate_immediately: true, ...extra },
    },
  });
  // without the tag, a secret is an API key when a key-generating function rotates it
  const untagged = { aws_secretsmanager_secret: { k: { name: "meshq/operators", tags: { [ROLE_KEY]: Role.NEO4J } } } };
  const generator = { aws_lambda_function: { g: { environment: { variables: { KEY_LENGTH: "64" } } } } };
  const byGenerator = (rules: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    rotation(rules, { rotation_lambda_arn: "${aws_lambda_function.g.arn}", ...extra });
  expect(run("MESHQ-KEY-2", tf({ aws_secretsmanager_secret: { k: { name: "meshq/api-key/operators" } } })).status).toBe("not-applicable");
  fail("MESHQ-KEY-2", tf({ ...untagged, ...generator, ...byGenerator({ automatically_after_days: 365 }) }), /rotates every 365 days/);
  fail(
    "MESHQ-KEY-2",
    tf({ ...untagged, ...generator, ...byGenerator({ automatically_after_days: 30 }, { count: 0 }) }),
    /no rotation schedule \(aws_secretsmanager_secret_rotation\.r has count = 0\)/,
  );
  pass("MESHQ-KEY-2", tf({ ...untagged, ...generator, ...byGenerator({ automatically_after_days: 30 }) }));
  pass("MESHQ-KEY-2", tf({ ...secret, ...rotation({ automatically_after_days: 30 }) }));
  pass("MESHQ-KEY-2", tf({ ...secret, ...rotation({ schedule_expression: "rate(30 days)" }) }));
  fail("MESHQ-KEY-2", tf(secret), /no rotation schedule/);
  fail("MESHQ-KEY-2", tf({ ...secret, ...rotation({ automatically_after_days: 365 }) }), /rotates every 365 days/);
  fail("MESHQ-KEY-2", tf({ ...secret, ...rotation({ schedule_expression: "rate(120 days)" }) }), /rotates every 120 days/);
  fail(
    "MESHQ-KEY-2",
    tf({ ...secret, ...rotation({ automatically_after_days: 30 }, { count: 0 }) }),
    /no rotation schedule \(aws_secretsmanager_secret_rotation\.r has count = 0\)/,
  );
  fail(
    "MESHQ-KEY-2",
    tf({ ...secret, ...rotation({ automatically_after_days: 30 }, { count: "${var.x}" }) }, variables),
    /has count = \$\{var\.x\}/,
  );
  fail("MESHQ-KEY-2", tf({ ...secret, ...rotation({ automatically_after_days: "${var.x}" }) }, variables), UNKNOWN);
});

test("MESHQ-KEY-3 key length", () => {
  const fn = (n: string) =>
    tf({ aws_lambda_function: { f: { environment: { variables: { KEY_LENGTH: n } } } } }, { ...variables, locals: { len: "16" } });
  pass("MESHQ-KEY-3", fn("64"));
  fail("MESHQ-KEY-3", fn("16"), /KEY_LENGTH is 16/);
  fail("MESHQ-KEY-3", fn("${local.len}"), /KEY_LENGTH is 16/);
  fail("MESHQ-KEY-3", fn("${var.x}"), UNKNOWN);
});

test("MESHQ-KEY-4 separate keys", () => {
  const ref = (name: string) => [{ secret_key_ref: [{ name, key: "value" }] }];
  const env = (a: string, b: string) => [
    { name: "API_KEY", value_from: ref(a) },
    { name: "API_KEY_AUTOMATION", value_from: ref(b) },
  ];
  pass("MESHQ-KEY-4", tf(deployment(restrictedContainer({ env: env("a", "b") }))));
  fail("MESHQ-KEY-4", tf(deployment(restrictedContainer({ env: env("a", "a") }))), /read the same secret a\/value/);
});

test("MESHQ-KEY-5 secret values in Terraform", () => {
  pass("MESHQ-KEY-5", tf({ aws_secretsmanager_secret_version: { v: { secret_id: "x" } } }));
  fail("MESHQ-KEY-5", tf({ aws_secretsmanager_secret_version: { v: { secret_string: "x" } } }), /secret value in Terraform/);
  fail("MESHQ-KEY-5", tf({ kubernetes_secret_v1: { s: { data: { a: "b" } } } }), /Kubernetes Secret data/);
  fail(
    "MESHQ-KEY-5",
    tf({ kubernetes_manifest: { s: { manifest: { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, stringData: { a: "b" } } } } }),
    /Kubernetes Secret data/,
  );
  fail("MESHQ-KEY-5", tf({ aws_ssm_parameter: { p: { type: "SecureString", value: "x" } } }), /SecureString parameter/);
});

test("MESHQ-NET-1 HTTP only redirects: listeners, aliases and listener rules", () => {
  const redirect = { port: 80, protocol: "HTTP", default_action: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443" } }] };
  pass(
    "MESHQ-NET-1",
    tf({
      aws_lb_listener: { r: redirect },
      aws_lb_listener_rule: {
        x: { listener_arn: "${aws_lb_listener.r.arn}", action: [{ type: "redirect", redirect: { protocol: "HTTPS" } }] },
      },
    }),
  );
  fail("MESHQ-NET-1", tf({ aws_lb_listener: { h: { port: 80, protocol: "HTTP", default_action: [{ type: "forward" }] } } }), /serves HTTP/);
  fail(
    "MESHQ-NET-1",
    tf({ aws_alb_listener: { h: { port: 8080, default_action: [{ type: "forward" }] } } }),
    /listener on 8080 serves HTTP/,
  );
  fail(
    "MESHQ-NET-1",
    tf({
      aws_lb_listener: { r: redirect },
      aws_alb_listener_rule: { x: { listener_arn: "${aws_lb_listener.r.arn}", action: [{ type: "forward" }] } },
    }),
    /listener rule on the HTTP listener aws_lb_listener\.r/,
  );
  fail("MESHQ-NET-1", tf({ aws_lb_listener_rule: { x: { listener_arn: "${var.x}", action: [{ type: "forward" }] } } }, variables), UNKNOWN);
  fail("MESHQ-NET-1", tf({ aws_lb_listener: { r: { ...redirect, protocol: "${var.x}" } } }, variables), UNKNOWN);
});

test("MESHQ-NET-2 no direct exposure: Services, every security-group rule form, public databases", () => {
  pass(
    "MESHQ-NET-2",
    tf({
      kubernetes_service_v1: { s: { spec: { type: "ClusterIP" } } },
      aws_security_group_rule: { r: { type: "ingress", from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] } },
    }),
  );
  fail("MESHQ-NET-2", tf({ kubernetes_service_v1: { s: { spec: { type: "LoadBalancer" } } } }), /Service type LoadBalancer/);
  fail(
    "MESHQ-NET-2",
    tf({
      kubernetes_manifest: { s: { manifest: { apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { type: "NodePort" } } } },
    }),
    /Service type NodePort/,
  );
  fail(
    "MESHQ-NET-2",
    tf({ aws_security_group_rule: { r: { type: "ingress", from_port: 8000, to_port: 8000, cidr_blocks: ["0.0.0.0/0"] } } }),
    /8000-8000 open to the internet/,
  );
  fail(
    "MESHQ-NET-2",
    tf({ aws_security_group: { g: { ingress: [{ from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] }] } } }),
    /all ports open to the internet \(ingress\[0\]\)/,
  );
  fail(
    "MESHQ-NET-2",
    tf({ aws_vpc_security_group_ingress_rule: { r: { ip_protocol: "tcp", from_port: 7000, to_port: 8000, cidr_ipv6: "::/0" } } }),
    /ports 7000-8000 open/,
  );
  fail(
    "MESHQ-NET-2",
    tf(
      { aws_security_group_rule: { r: { type: "ingress", from_port: 5432, to_port: 5432, protocol: "tcp", cidr_blocks: "${var.x}" } } },
      variables,
    ),
    /cidr_blocks = \$\{var\.x\}.*cannot be known/,
  );
  pass("MESHQ-NET-2", tf({ aws_db_instance: { d: { publicly_accessible: false } } }));
  fail("MESHQ-NET-2", tf({ aws_db_instance: { d: { publicly_accessible: true } } }), /publicly accessible/);
  fail("MESHQ-NET-2", tf({ aws_db_instance: { d: { publicly_accessible: "${var.x}" } } }, variables), UNKNOWN);
});

test("MESHQ-NET-3 TLS 1.2+ and MESHQ-NET-4 HSTS", () => {
  const listener = (policy: string | undefined, hsts?: string, type = "aws_lb_listener") =>
    tf(
      { [type]: { l: { protocol: "HTTPS", ssl_policy: policy, routing_http_response_strict_transport_security_header_value: hsts } } },
      variables,
    );
  pass("MESHQ-NET-3", listener("ELBSecurityPolicy-TLS13-1-2-Res-2021-06"));
  fail("MESHQ-NET-3", listener("ELBSecurityPolicy-TLS13-1-0-2021-06"), /admits TLS below 1.2/);
  fail("MESHQ-NET-3", listener(undefined, undefined, "aws_alb_listener"), /unset: ELBSecurityPolicy-2016-08/);
  fail("MESHQ-NET-3", listener("${var.x}"), UNKNOWN);
  pass("MESHQ-NET-4", listener("x", "max-age=63072000; includeSubDomains"));
  fail("MESHQ-NET-4", listener("x", "max-age=300"), /below one year/);
  fail("MESHQ-NET-4", listener("x", "${var.x}"), UNKNOWN);
});

test("MESHQ-NET-5 default deny per namespace: references resolved, manifests read, count and for_each respected", () => {
  pass("MESHQ-NET-5", tf({ ...deployment(restrictedContainer()), ...denyAll() }));
  fail("MESHQ-NET-5", tf({ ...deployment(restrictedContainer()), ...denyAll("other") }), /namespace meshq has no default-deny/);
  pass(
    "MESHQ-NET-5",
    tf({
      kubernetes_namespace_v1: { ns: { metadata: { name: "meshq" } } },
      ...deployment(restrictedContainer()),
      ...denyAll("${kubernetes_namespace_v1.ns.metadata[0].name}"),
    }),
  );
  pass(
    "MESHQ-NET-5",
    tf({
      ...manifestDeployment(apiContainerManifest),
      kubernetes_manifest: {
        ...manifestDeployment(apiContainerManifest).kubernetes_manifest,
        deny: {
          manifest: {
            apiVersion: "networking.k8s.io/v1",
            kind: "NetworkPolicy",
            metadata: { name: "d", namespace: "meshq" },
            spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
          },
        },
      },
    }),
  );
  fail(
    "MESHQ-NET-5",
    tf({ ...deployment(restrictedContainer()), ...denyAll("meshq", { count: 0 }) }),
    /no default-deny NetworkPolicy \(kubernetes_network_policy_v1\.deny has count = 0\)/,
  );
  fail(
    "MESHQ-NET-5",
    tf({ ...deployment(restrictedContainer()), ...denyAll("meshq", { for_each: "${var.x}" }) }, variables),
    /has for_each = \$\{var\.x\}/,
  );
  fail("MESHQ-NET-5", tf(deployment(restrictedContainer(), {}, "${var.x}", "kubernetes_deployment"), variables), UNKNOWN);
});

test("MESHQ-NET-6 hardened ALB, WAF and opt-outs", () => {
  const lb = (extra: Record<string, unknown> = {}, waf = true, record: Record<string, unknown> = {}) =>
    tf(
      {
        aws_lb: {
          lb: {
            drop_invalid_header_fields: true,
            desync_mitigation_mode: "strictest",
            access_logs: { enabled: true },
            enable_deletion_protection: true,
            ...extra,
          },
        },
        ...(waf ? { aws_wafv2_web_acl_association: { a: { resource_arn: "${aws_lb.lb.arn}", web_acl_arn: "x" } } } : {}),
      },
      { ...variables, "//": { metadata: { meshoptixiq: record } } },
    );
  pass("MESHQ-NET-6", lb());
  pass("MESHQ-NET-6", lb({ internal: true }, false));
  fail("MESHQ-NET-6", lb({ drop_invalid_header_fields: false }), /drop_invalid_header_fields/);
  fail("MESHQ-NET-6", lb({ desync_mitigation_mode: "monitor" }), /desync_mitigation_mode monitor/);
  fail("MESHQ-NET-6", lb({}, false), /internet-facing without a WAFv2 web ACL association/);
  fail(
    "MESHQ-NET-6",
    lb({}, false, { optOuts: [{ property: "SecureMeshApi.wafOptOut", reason: "CloudFront WAF in front" }] }),
    /opted out: CloudFront WAF in front/,
    "warn",
  );
  fail("MESHQ-NET-6", lb({ enable_deletion_protection: false }), /deletion protection is off/, "warn");
  fail("MESHQ-NET-6", lb({ access_logs: { enabled: "${var.x}" } }), UNKNOWN);

  // A finding that stands for a recorded opt-out carries it (scanner gates accept by it); others do not.
  const waf = { property: "SecureMeshApi.wafOptOut", reason: "CloudFront WAF in front" };
  const deletion = { property: "SecureMeshApi.deletionProtectionOptOut", reason: "a throwaway preview environment" };
  const carried = (json: TerraformJson) => run("MESHQ-NET-6", json).findings.map((f) => [f.message, f.optOut]);
  expect(carried(lb({ enable_deletion_protection: false }, false, { optOuts: [waf, deletion] }))).toEqual([
    ["deletion protection is off (opted out: a throwaway preview environment)", deletion],
    ["internet-facing without a WAFv2 web ACL (opted out: CloudFront WAF in front)", waf],
  ]);
  // an opt-out recorded for one property does not cover the other, nor one of another construct
  expect(carried(lb({ enable_deletion_protection: false }, true, { optOuts: [waf] }))).toEqual([["deletion protection is off", undefined]]);
  const postgres = { property: "EncryptedPostgres.deletionProtectionOptOut", reason: "a throwaway preview database" };
  expect(carried(lb({ enable_deletion_protection: false }, true, { optOuts: [postgres] }))).toEqual([
    ["deletion protection is off", undefined],
  ]);
  // an unknown value is judged, not excused by the opt-out
  expect(carried(lb({ enable_deletion_protection: "${var.x}" }, true, { optOuts: [deletion] }))).toEqual([
    [expect.stringMatching(UNKNOWN), undefined],
  ]);
});

const record = (workloads: unknown[]) => ({
  "//": { metadata: { meshoptixiq: { network: { defaultDeny: ["meshq"], workloads, flows: [] } } } },
});
const apiWorkload = {
  name: "api",
  namespace: "meshq",
  podLabels: { app: "api" },
  ingress: [{ peers: [{ cidr: "10.40.0.0/24" }], ports: [{ port: 8000, protocol: "TCP" }] }],
  egress: [
    {
      peers: [{ podLabels: { "k8s-app": "kube-dns" }, namespaceLabels: { "kubernetes.io/metadata.name": "kube-system" } }],
      ports: [{ port: 53, protocol: "UDP" }],
    },
  ],
  fqdnEgress: [{ fqdns: ["splunk.example.com"], port: 8088, protocol: "TCP" }],
};
const apiPolicy = (ingress: unknown[], egress: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  kubernetes_network_policy_v1: {
    p: {
      metadata: { name: "api-allow", namespace: "meshq" },
      spec: { pod_selector: { match_labels: { app: "api" } }, policy_types: ["Ingress", "Egress"], ingress, egress, ...extra },
    },
  },
});
const dnsEgress = {
  to: [
    {
      pod_selector: { match_labels: { "k8s-app": "kube-dns" } },
      namespace_selector: { match_labels: { "kubernetes.io/metadata.name": "kube-system" } },
    },
  ],
  ports: [{ port: "53", protocol: "UDP" }],
};

test("MESHQ-NET-7 NetworkPolicies admit only registered flows", () => {
  const rec = record([apiWorkload]);
  pass("MESHQ-NET-7", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.40.0.0/24" } }], ports: [{ port: "8000" }] }], [dnsEgress]), rec));
  // narrower is fine: a smaller range, a more specific selector
  pass("MESHQ-NET-7", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.40.0.0/25" } }], ports: [{ port: "8000", protocol: "TCP" }] }]), rec));
  fail(
    "MESHQ-NET-7",
    tf(apiPolicy([{ from: [{ ip_block: { cidr: "0.0.0.0/0" } }], ports: [{ port: "8000" }] }]), rec),
    /admits ip_block 0\.0\.0\.0\/0 on TCP\/8000 into api, which is not a registered flow/,
  );
  fail("MESHQ-NET-7", tf(apiPolicy([{ ports: [{ port: "8000" }] }]), rec), /admits every source/);
  fail("MESHQ-NET-7", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.40.0.0/24" } }], ports: [{ port: "22" }] }]), rec), /TCP\/22/);
  fail(
    "MESHQ-NET-7",
    tf(apiPolicy([], [{ to: [{ namespace_selector: {} }], ports: [{ port: "53", protocol: "UDP" }] }]), rec),
    /egress rule 0 admits pods \{\} \(all\) in namespaces/,
  );
  fail(
    "MESHQ-NET-7",
    tf(
      {
        kubernetes_manifest: {
          n: {
            manifest: {
              apiVersion: "networking.k8s.io/v1",
              kind: "NetworkPolicy",
              metadata: { name: "all", namespace: "meshq" },
              spec: { podSelector: {}, policyTypes: ["Ingress"], ingress: [{ from: [{ podSelector: {} }], ports: [{ port: 8000 }] }] },
            },
          },
        },
      },
      rec,
    ),
    /NetworkPolicy meshq\/all ingress rule 0 admits pods \{\} \(all\)/,
  );
  const cilium = (egress: unknown[]) =>
    tf(
      {
        kubernetes_manifest: {
          c: {
            manifest: {
              apiVersion: "cilium.io/v2",
              kind: "CiliumNetworkPolicy",
              metadata: { name: "c", namespace: "meshq" },
              spec: { endpointSelector: { matchLabels: { app: "api" } }, egress },
            },
          },
        },
      },
      rec,
    );
  pass(
    "MESHQ-NET-7",
    cilium([{ toFQDNs: [{ matchName: "splunk.example.com" }], toPorts: [{ ports: [{ port: "8088", protocol: "TCP" }] }] }]),
  );
  fail(
    "MESHQ-NET-7",
    cilium([{ toEntities: ["world"], toPorts: [{ ports: [{ port: "443" }] }] }]),
    /egress rule 0 of api is not a registered flow/,
  );
  fail(
    "MESHQ-NET-7",
    tf(apiPolicy([{ from: [{ ip_block: { cidr: "${var.x}" } }], ports: [{ port: "8000" }] }]), { ...rec, ...variables }),
    /a peer that cannot be known/,
  );
  // a plan without the synthesized configuration cannot know the registered flows: a warning
  fail("MESHQ-NET-7", tf(apiPolicy([]), { "//": { metadata: { plan: true } } }), /pass it with --config/, "warn");
});

test("MESHQ-NET-8 rules name their ports", () => {
  pass("MESHQ-NET-8", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.0.0.0/8" } }], ports: [{ port: "8000" }] }])));
  fail(
    "MESHQ-NET-8",
    tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.0.0.0/8" } }] }])),
    /ingress rule 0 has no ports: it admits every port/,
  );
  fail(
    "MESHQ-NET-8",
    tf(apiPolicy([], [{ to: [{ ip_block: { cidr: "10.0.0.0/8" } }], ports: [{ protocol: "TCP" }] }])),
    /egress rule 0 admits every TCP port/,
  );
  fail(
    "MESHQ-NET-8",
    tf({
      kubernetes_manifest: {
        c: {
          manifest: {
            apiVersion: "cilium.io/v2",
            kind: "CiliumNetworkPolicy",
            metadata: { name: "c" },
            spec: { egress: [{ toCIDR: ["10.0.0.0/8"] }] },
          },
        },
      },
    }),
    /egress rule 0 has no toPorts/,
  );
});

test("MESHQ-POD-1 restricted pods of every kind and spelling", () => {
  pass("MESHQ-POD-1", tf(deployment(restrictedContainer())));
  pass("MESHQ-POD-1", tf(manifestDeployment(apiContainerManifest)));
  fail(
    "MESHQ-POD-1",
    tf(deployment(restrictedContainer({ security_context: { run_as_non_root: true, run_as_user: "1" } }))),
    /allow_privilege_escalation is not false/,
  );
  fail("MESHQ-POD-1", tf(deployment(restrictedContainer(), { host_network: true })), /host_network is true/);
  fail(
    "MESHQ-POD-1",
    tf(deployment(restrictedContainer(), { volume: [{ name: "n", nfs: { server: "x", path: "/" } }] })),
    /volume n is nfs/,
  );
  fail("MESHQ-POD-1", tf(deployment(restrictedContainer({ port: [{ container_port: 8000, host_port: 8000 }] }))), /host port 8000/);
  fail(
    "MESHQ-POD-1",
    tf(manifestDeployment({ ...apiContainerManifest, securityContext: { ...apiContainerManifest.securityContext, privileged: true } })),
    /container api: privileged/,
  );
  fail(
    "MESHQ-POD-1",
    tf(
      deployment(
        restrictedContainer({ security_context: { ...restrictedContainer().security_context, read_only_root_filesystem: false } }),
        {},
        "meshq",
        "kubernetes_daemonset",
      ),
    ),
    /container api: root filesystem is writable/,
  );
  fail(
    "MESHQ-POD-1",
    tf({
      kubernetes_stateful_set: {
        s: {
          spec: {
            template: { spec: { automount_service_account_token: false, container: [restrictedContainer({ security_context: {} })] } },
          },
        },
      },
    }),
    /root filesystem is writable/,
  );
  fail(
    "MESHQ-POD-1",
    tf({
      kubernetes_cron_job_v1: { c: { spec: { job_template: { spec: { template: { spec: { container: [restrictedContainer()] } } } } } } },
    }),
    /automount_service_account_token is not false/,
  );
  fail(
    "MESHQ-POD-1",
    tf(
      deployment(
        restrictedContainer({ security_context: { ...restrictedContainer().security_context, allow_privilege_escalation: "${var.x}" } }),
      ),
      variables,
    ),
    /container api: allow_privilege_escalation is \$\{var\.x\}, which cannot be known at synth/,
  );
});

test("MESHQ-POD-2 namespaces enforce restricted, patches included", () => {
  const ns = (labels: Record<string, string>, type = "kubernetes_namespace_v1") => ({
    [type]: { n: { metadata: { name: "meshq", labels } } },
  });
  pass("MESHQ-POD-2", tf(ns({ "pod-security.kubernetes.io/enforce": "restricted" })));
  fail(
    "MESHQ-POD-2",
    tf(ns({ "pod-security.kubernetes.io/enforce": "baseline" }, "kubernetes_namespace")),
    /does not enforce PSS restricted/,
  );
  fail(
    "MESHQ-POD-2",
    tf({
      ...ns({ "pod-security.kubernetes.io/enforce": "restricted" }),
      kubernetes_labels: {
        l: {
          api_version: "v1",
          kind: "Namespace",
          metadata: { name: "meshq" },
          labels: { "pod-security.kubernetes.io/enforce": "privileged" },
        },
      },
    }),
    /does not enforce PSS restricted/,
  );
  fail("MESHQ-POD-2", tf(ns({ "pod-security.kubernetes.io/enforce": "${var.x}" }), variables), UNKNOWN);
});

test("MESHQ-SEC-1/2/3 secrets, keys and refresh", () => {
  const key = { aws_kms_key: { k: { enable_key_rotation: true, policy: "{}" } } };
  pass("MESHQ-SEC-1", tf({ ...key, aws_secretsmanager_secret: { s: { kms_key_id: "${aws_kms_key.k.arn}" } } }));
  pass("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: { kms_key_id: "arn:aws:kms:eu-west-1:111122223333:key/abc" } } }));
  fail("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: {} } }), /AWS-managed key/);
  fail("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: { kms_key_id: "alias/aws/secretsmanager" } } }), /AWS-managed key/);
  fail("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: { kms_key_id: "${data.aws_kms_key.x.arn}" } } }), UNKNOWN);

  pass("MESHQ-SEC-2", tf({ aws_kms_key: { k: { enable_key_rotation: true, policy: "{}", deletion_window_in_days: 30 } } }));
  fail(
    "MESHQ-SEC-2",
    tf({ aws_kms_key: { k: { enable_key_rotation: false, policy: '{"Statement":[{"Effect":"Allow","Principal":"*"}]}' } } }),
    /rotation is off[\s\S]*Principal \*/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: {
        k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Allow", "Principal" = {"AWS" = ["*"]}}]})}' },
      },
    }),
    /allows Principal \*/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({ aws_kms_key: { k: { enable_key_rotation: true, policy: "${data.aws_iam_policy_document.k.json}" } } }),
    /cannot be read at synth/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: { k: { enable_key_rotation: true, policy: "{}" } },
      aws_kms_key_policy: { p: { key_id: "${aws_kms_key.k.id}", policy: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"}}]}' } },
    }),
    /allows Principal \*/,
  );
  fail(
    "MESHQ-SEC-2",
    tf(
      {
        aws_kms_key: {
          k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Allow", "Principal" = {"AWS" = var.x}}]})}' },
        },
      },
      variables,
    ),
    UNKNOWN,
  );
  pass(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: { k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Deny", "Principal" = "*"}]})}' } },
    }),
  );

  const es = (interval: string) =>
    tf(
      {
        kubernetes_manifest: { e: { manifest: { kind: "ExternalSecret", metadata: { name: "e" }, spec: { refreshInterval: interval } } } },
      },
      variables,
    );
  pass("MESHQ-SEC-3", es("15m"));
  fail("MESHQ-SEC-3", es("1h"), /refreshInterval 1h/);
  fail("MESHQ-SEC-3", es("0"), /refreshInterval 0/);
  fail("MESHQ-SEC-3", es("${var.x}"), UNKNOWN);
});

test("MESHQ-RBAC-1 the policy the API reads: found through its mount, never 'not applicable' when unreadable", () => {
  const api = (env: unknown[], data: Record<string, string> | undefined) =>
    tf(
      {
        ...deployment(restrictedContainer({ env, volume_mount: [{ name: "rbac", mount_path: "/etc/rbac", read_only: true }] }), {
          volume: [{ name: "rbac", config_map: { name: "rbac" } }],
        }),
        ...(data ? { kubernetes_config_map_v1: { c: { metadata: { name: "rbac", namespace: "meshq" }, data } } } : {}),
      },
      variables,
    );
  const on = [
    { name: "RBAC_ENABLED", value: "true" },
    { name: "RBAC_POLICY_FILE", value: "/etc/rbac/rbac.yaml" },
  ];
  const good = JSON.stringify({ default: "deny", roles: { admin: { allow: ["*"] }, helpdesk: { allow: ["summary_*"] } } });
  pass("MESHQ-RBAC-1", api(on, { "rbac.yaml": good }));
  fail(
    "MESHQ-RBAC-1",
    api(on, { "rbac.yaml": JSON.stringify({ default: "allow", roles: { admin: { allow: ["*"] } } }) }),
    /default is allow/,
  );
  fail(
    "MESHQ-RBAC-1",
    api(on, { "rbac.yaml": JSON.stringify({ default: "deny", roles: { helpdesk: { allow: ["update_*"] } } }) }),
    /role helpdesk is granted more/,
  );
  pass(
    "MESHQ-RBAC-1",
    api(on, {
      "rbac.yaml": JSON.stringify({
        default: "deny",
        roles: { netops: { allow: ["update_device_metadata"] } },
        exceptions: [{ role: "netops", reason: "approved" }],
      }),
    }),
  );
  fail("MESHQ-RBAC-1", api(on, { "rbac.yaml": "default: deny\nroles: {}\n" }), /cannot be parsed as a policy document/);
  fail("MESHQ-RBAC-1", api(on, { "rbac.yaml": "${var.x}" }), UNKNOWN);
  fail("MESHQ-RBAC-1", api(on, undefined), /ConfigMap rbac, which is not in the stack/);
  fail(
    "MESHQ-RBAC-1",
    api([{ name: "RBAC_ENABLED", value: "false" }, on[1]], { "rbac.yaml": good }),
    /RBAC_ENABLED=false switches RBAC off/,
  );
});

test("MESHQ-AUD-1 audit logging: a warning without a sink, an error once a sink configured it", () => {
  const marked = (env: unknown[], containers: unknown[] = [restrictedContainer({ env })], annotations?: Record<string, string>) => ({
    kubernetes_deployment_v1: {
      d: {
        metadata: { name: "api", namespace: "meshq" },
        spec: {
          template: {
            metadata: { labels: { app: "api", [ROLE_KEY]: Role.API }, ...(annotations ? { annotations } : {}) },
            spec: { container: containers },
          },
        },
      },
    },
  });
  const api = (env: unknown[]) => tf(marked(env), variables);
  const token = { name: "SPLUNK_HEC_TOKEN", value_from: [{ secret_key_ref: [{ name: "t", key: "value" }] }] };
  const on = [
    { name: "AUDIT_LOG_ENABLED", value: "true" },
    { name: "AUDIT_LOG_BACKEND", value: "splunk" },
    { name: "SPLUNK_HEC_URL", value: "https://s:8088" },
    token,
  ];
  pass("MESHQ-AUD-1", api(on));
  fail("MESHQ-AUD-1", api([]), /audit logging is not enabled/, "warn");
  fail(
    "MESHQ-AUD-1",
    api([{ name: "AUDIT_LOG_ENABLED", value: "false" }, ...on.slice(1)]),
    /switched off \(AUDIT_LOG_ENABLED=false\) while an AuditSink configures Splunk HEC/,
  );
  fail("MESHQ-AUD-1", api([{ name: "AUDIT_LOG_ENABLED", value: "${var.x}" }, ...on.slice(1)]), UNKNOWN);
  fail(
    "MESHQ-AUD-1",
    api([...on.slice(0, 2), { name: "SPLUNK_HEC_URL", value: "http://s:8088" }, { name: "SPLUNK_HEC_TOKEN", value: "x" }]),
    /is not https[\s\S]*neither from a Secret nor from Secrets Manager/,
  );
  fail("MESHQ-AUD-1", api([...on, { name: "SPLUNK_HEC_INSECURE_SKIP_VERIFY", value: "true" }]), /switches TLS verification off/);
  const viaAws = [
    ...on.slice(0, 3),
    { name: "SPLUNK_HEC_TOKEN_SECRET_ARN", value: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:hec" },
  ];
  pass("MESHQ-AUD-1", api([...viaAws, { name: "SECRETS_PROVIDER", value: "aws" }]));
  fail("MESHQ-AUD-1", api(viaAws), /neither from a Secret nor from Secrets Manager/);
  // without the label, a container that carries audit or RBAC configuration is the API
  const unmarked = (env: unknown[]) => tf(deployment(restrictedContainer({ name: "server", env })), variables);
  expect(run("MESHQ-AUD-1", unmarked([])).status).toBe("not-applicable");
  fail("MESHQ-AUD-1", unmarked([{ name: "RBAC_ENABLED", value: "true" }]), /audit logging is not enabled/, "warn");
  fail("MESHQ-AUD-1", unmarked([...on.slice(0, 2), { name: "SPLUNK_HEC_URL", value: "http://s:8088" }, token]), /is not https/);
  // which container of a marked pod is the API: the annotation, or the only one
  const sidecar = restrictedContainer({ name: "proxy" });
  const two = (annotations?: Record<string, string>) => tf(marked([], [sidecar, restrictedContainer({ env: on })], annotations), variables);
  pass("MESHQ-AUD-1", two({ [DEFAULT_CONTAINER_ANNOTATION]: "api" }));
  fail("MESHQ-AUD-1", two(), /has 2 containers and no kubectl\.kubernetes\.io\/default-container annotation/);
  fail("MESHQ-AUD-1", two({ [DEFAULT_CONTAINER_ANNOTATION]: "gone" }), /names container gone, which the pod does not have/);
  fail("MESHQ-AUD-1", two({ [DEFAULT_CONTAINER_ANNOTATION]: "${var.x}" }), UNKNOWN);
  fail("MESHQ-AUD-1", two({ [DEFAULT_CONTAINER_ANNOTATION]: "proxy" }), /audit logging is not enabled/, "warn");
});

test("MESHQ-DATA-1..6 data tier", () => {
  const neo4j = (env: unknown[], extra: Record<string, unknown> = {}) => ({
    kubernetes_stateful_set_v1: {
      n: {
        metadata: { name: "neo4j", namespace: "meshq" },
        spec: {
          template: {
            metadata: { labels: { app: "neo4j" } },
            spec: { container: [{ name: "neo4j", image: "neo4j:5.26.0-community", env, port: [{ name: "bolt", container_port: 7687 }] }] },
          },
          ...extra,
        },
      },
    },
  });
  const good = [
    { name: "NEO4J_AUTH", value_from: { secret_key_ref: { name: "a", key: "NEO4J_AUTH" } } },
    { name: "NEO4J_server_bolt_tls__level", value: "REQUIRED" },
    { name: "NEO4J_server_http_enabled", value: "false" },
  ];
  pass("MESHQ-DATA-1", tf(neo4j(good)));
  fail(
    "MESHQ-DATA-1",
    tf(neo4j([{ name: "NEO4J_AUTH", value: "none" }])),
    /NEO4J_AUTH is not read from a Secret[\s\S]*bolt TLS is not REQUIRED[\s\S]*HTTP connector is on/,
  );
  fail("MESHQ-DATA-1", tf(deployment(restrictedContainer({ env: [{ name: "NEO4J_URI", value: "bolt://neo4j:7687" }] }))), /is not bolt\+s/);
  // a pod labelled as Neo4j is judged whatever its image; its container is the annotated or the only one
  const markedNeo4j = (containers: unknown[], annotations?: Record<string, string>) =>
    tf({
      kubernetes_stateful_set_v1: {
        n: {
          metadata: { name: "graph", namespace: "meshq" },
          spec: {
            template: {
              metadata: { labels: { app: "graph", [ROLE_KEY]: Role.NEO4J }, ...(annotations ? { annotations } : {}) },
              spec: { container: containers },
            },
          },
        },
      },
    });
  const server = (env: unknown[]) => ({ name: "server", image: "registry.example.com/graph:5", env });
  pass("MESHQ-DATA-1", markedNeo4j([server(good)]));
  fail("MESHQ-DATA-1", markedNeo4j([server([])]), /NEO4J_AUTH is not read from a Secret/);
  fail("MESHQ-DATA-1", markedNeo4j([server(good), { name: "exporter", image: "x:1" }]), /has 2 containers and no/);
  pass("MESHQ-DATA-1", markedNeo4j([{ name: "exporter", image: "x:1" }, server(good)], { [DEFAULT_CONTAINER_ANNOTATION]: "server" }));
  // without the label, a long-running container with a neo4j image is Neo4j, whatever its name
  fail(
    "MESHQ-DATA-1",
    tf(deployment({ name: "graph", image: "neo4j:5.26.0-community", env: [{ name: "NEO4J_server_http_enabled", value: "true" }] })),
    /NEO4J_AUTH is not read from a Secret[\s\S]*HTTP connector is on/,
  );
  fail(
    "MESHQ-DATA-1",
    tf({
      ...neo4j(good),
      kubernetes_env: {
        e: {
          api_version: "apps/v1",
          kind: "StatefulSet",
          metadata: { name: "neo4j", namespace: "meshq" },
          container: "neo4j",
          env: [{ name: "NEO4J_server_bolt_tls__level", value: "OPTIONAL" }],
        },
      },
    }),
    /bolt TLS is not REQUIRED/,
  );

  const np = (rule: Record<string, unknown>) => ({
    ...neo4j(good),
    kubernetes_network_policy_v1: {
      p: { metadata: { namespace: "meshq" }, spec: { pod_selector: { match_labels: { app: "neo4j" } }, ingress: [rule] } },
    },
  });
  pass("MESHQ-DATA-2", tf(np({ from: [{ pod_selector: [{ match_labels: { app: "api" } }] }], ports: [{ port: "7687" }] })));
  fail("MESHQ-DATA-2", tf(np({ from: [{ ip_block: [{ cidr: "10.0.0.0/8" }] }], ports: [{ port: "7687" }] })), /7687 from IP ranges/);
  fail(
    "MESHQ-DATA-2",
    tf(np({ from: [{ namespace_selector: { match_labels: { team: "x" } } }] })),
    /7687 from IP ranges, every pod or whole namespaces/,
  );
  fail("MESHQ-DATA-2", tf(np({ from: [{ ip_block: [{ cidr: "10.0.0.0/8" }] }], ports: [{ port: "bolt" }] })), /7687/);

  const sc = (parameters: Record<string, string>) => ({
    kubernetes_storage_class_v1: { s: { metadata: { name: "enc" }, storage_provisioner: "ebs.csi.aws.com", parameters } },
  });
  pass("MESHQ-DATA-3", tf(sc({ encrypted: "true", kmsKeyId: "arn" })));
  fail("MESHQ-DATA-3", tf(sc({ type: "gp3" })), /not encrypted/);
  fail("MESHQ-DATA-3", tf({ aws_db_instance: { d: { storage_encrypted: false, kms_key_id: "k" } } }), /storage_encrypted is not true/);

  const pg = (db: Record<string, unknown>, params = [{ name: "rds.force_ssl", value: "1" }]) =>
    tf(
      {
        aws_db_parameter_group: { g: { family: "postgres16", parameter: params } },
        aws_db_instance: { d: { engine: "postgres", parameter_group_name: "${aws_db_parameter_group.g.name}", ...db } },
      },
      variables,
    );
  pass("MESHQ-DATA-4", pg({}));
  fail("MESHQ-DATA-4", pg({}, []), /force_ssl is not 1/);
  fail("MESHQ-DATA-4", pg({ parameter_group_name: "default.postgres16" }), /default\.postgres16, which is not in the stack/);
  fail("MESHQ-DATA-4", pg({ parameter_group_name: "${var.x}" }), UNKNOWN);
  fail(
    "MESHQ-DATA-4",
    tf(deployment(restrictedContainer({ env: [{ name: "DATABASE_URL", value: "postgresql://db:5432/meshq?sslmode=prefer" }] }))),
    /DATABASE_URL does not require TLS/,
  );

  const cron = (extra: Record<string, unknown> = {}) => ({
    kubernetes_cron_job_v1: {
      c: { metadata: { name: "rotate", labels: { [ROLE_KEY]: Role.NEO4J_PASSWORD_ROTATION } }, spec: {}, ...extra },
    },
  });
  pass("MESHQ-DATA-5", tf({ ...neo4j(good), ...cron() }));
  fail("MESHQ-DATA-5", tf(neo4j(good)), /no password rotation CronJob/);
  fail("MESHQ-DATA-5", tf({ ...neo4j(good), ...cron({ count: 0 }) }), /has count = 0/);
  fail("MESHQ-DATA-5", tf({ ...neo4j(good), ...cron({ spec: { suspend: true } }) }), /suspended/);
  // a CronJob without the label (whatever its name) is not the rotation
  fail(
    "MESHQ-DATA-5",
    tf({ ...neo4j(good), kubernetes_cron_job_v1: { c: { metadata: { name: "neo4j-password-rotation" }, spec: {} } } }),
    /no password rotation CronJob/,
  );
  fail(
    "MESHQ-DATA-5",
    tf({ ...neo4j(good), ...cron({ metadata: { name: "rotate", labels: { [ROLE_KEY]: Role.API } } }) }),
    /no password rotation CronJob/,
  );
  fail("MESHQ-DATA-5", tf({ aws_db_instance: { d: { manage_master_user_password: false } } }), /not managed/);

  const claim = (storageClass?: string, extra: Record<string, unknown> = {}) =>
    tf(
      {
        ...sc({ encrypted: "true", kmsKeyId: "arn" }),
        ...neo4j(good, {
          volume_claim_template: [
            { metadata: { name: "data" }, spec: storageClass === undefined ? {} : { storage_class_name: storageClass } },
          ],
        }),
        ...extra,
      },
      variables,
    );
  pass("MESHQ-DATA-6", claim("enc"));
  pass("MESHQ-DATA-6", claim("${kubernetes_storage_class_v1.s.metadata[0].name}"));
  fail("MESHQ-DATA-6", claim(undefined), /cluster's default storage class/);
  fail("MESHQ-DATA-6", claim("gp2"), /storage class gp2, which is not in the stack/);
  fail("MESHQ-DATA-6", claim("${var.x}"), UNKNOWN);
  fail(
    "MESHQ-DATA-6",
    tf({
      kubernetes_persistent_volume_claim: { p: { metadata: { name: "p", namespace: "meshq" }, spec: { storage_class_name: "plain" } } },
      kubernetes_storage_class: { s: { metadata: { name: "plain" }, storage_provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } } },
    }),
    /uses storage class plain: StorageClass is not encrypted/,
  );
});

test("every control that can fail has paired pass and fail cases here", () => {
  // the cache controls are paired in cache-controls.test.ts, the Vault controls in vault-controls.test.ts
  const judged = CONTROLS.filter((c) => c.id !== "MESHQ-KEY-6" && !c.id.startsWith("MESHQ-CACHE-") && !c.id.startsWith("MESHQ-VAULT-")).map(
    (c) => c.id,
  );
  expect(judged.filter((id) => !passed.has(id) || !failed.has(id))).toEqual([]);
  // the operational control is never applicable, and says why
  expect(run("MESHQ-KEY-6", tf({})).status).toBe("not-applicable");
});
