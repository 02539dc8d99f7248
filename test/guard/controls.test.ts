import { CONTROLS } from "../../lib/guard/catalogue";
import { Control, TerraformJson } from "../../lib/guard/model";

// Every rule gets a compliant and a non-compliant case, on minimal synthesized JSON.
const byId = (id: string): Control => CONTROLS.find((c) => c.id === id)!;
const tf = (resource: Record<string, Record<string, unknown>>): TerraformJson => ({ resource });

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
const deployment = (container: Record<string, unknown>, podExtra: Record<string, unknown> = {}, namespace = "meshq") => ({
  kubernetes_deployment_v1: {
    d: {
      metadata: { namespace },
      spec: { template: { spec: { automount_service_account_token: false, container: [container], ...podExtra } } },
    },
  },
});
const denyAll = (namespace = "meshq") => ({
  kubernetes_network_policy_v1: {
    deny: { metadata: { name: "default-deny-all", namespace }, spec: { pod_selector: {}, policy_types: ["Ingress", "Egress"] } },
  },
});

function expectCompliant(id: string, json: TerraformJson) {
  expect(byId(id).applies(json)).toBe(true);
  expect(byId(id).check(json)).toEqual([]);
}
function expectViolation(id: string, json: TerraformJson, message: RegExp) {
  const findings = byId(id).check(json);
  expect(findings.map((f) => f.message).join("\n")).toMatch(message);
}

test("the catalogue covers every section of the guide with unique ids", () => {
  const ids = CONTROLS.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...new Set(CONTROLS.map((c) => c.section))].sort()).toEqual(["12.1", "12.2", "12.3", "12.4", "12.5", "12.6"]);
});

test("MESHQ-KEY-1 literal credentials", () => {
  expectCompliant(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [{ name: "API_KEY", value_from: [{ secret_key_ref: [{ name: "k", key: "value" }] }] }] }))),
  );
  expectViolation(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [{ name: "API_KEY", value: "x" }] }))),
    /API_KEY has a literal value/,
  );
});

test("MESHQ-KEY-2 rotation of API keys", () => {
  const secret = { aws_secretsmanager_secret: { k: { name: "meshq/api-key/operators" } } };
  expectViolation("MESHQ-KEY-2", tf(secret), /no rotation schedule/);
  const rotation = (days: number) => ({
    aws_secretsmanager_secret_rotation: {
      r: { secret_id: "${aws_secretsmanager_secret.k.arn}", rotation_rules: { automatically_after_days: days }, rotate_immediately: true },
    },
  });
  expectCompliant("MESHQ-KEY-2", tf({ ...secret, ...rotation(30) }));
  expectViolation("MESHQ-KEY-2", tf({ ...secret, ...rotation(365) }), /rotates every 365 days/);
});

test("MESHQ-KEY-3 key length", () => {
  const fn = (n: string) => tf({ aws_lambda_function: { f: { environment: { variables: { KEY_LENGTH: n } } } } });
  expectCompliant("MESHQ-KEY-3", fn("64"));
  expectViolation("MESHQ-KEY-3", fn("16"), /KEY_LENGTH is 16/);
});

test("MESHQ-KEY-4 separate keys", () => {
  const ref = (name: string) => [{ secret_key_ref: [{ name, key: "value" }] }];
  expectCompliant(
    "MESHQ-KEY-4",
    tf(
      deployment(
        restrictedContainer({
          env: [
            { name: "API_KEY", value_from: ref("a") },
            { name: "API_KEY_AUTOMATION", value_from: ref("b") },
          ],
        }),
      ),
    ),
  );
  expectViolation(
    "MESHQ-KEY-4",
    tf(
      deployment(
        restrictedContainer({
          env: [
            { name: "API_KEY", value_from: ref("a") },
            { name: "API_KEY_AUTOMATION", value_from: ref("a") },
          ],
        }),
      ),
    ),
    /read the same secret a\/value/,
  );
});

test("MESHQ-KEY-5 secret values in Terraform", () => {
  expect(byId("MESHQ-KEY-5").check(tf({}))).toEqual([]);
  expectViolation("MESHQ-KEY-5", tf({ aws_secretsmanager_secret_version: { v: { secret_string: "x" } } }), /secret value in Terraform/);
  expectViolation("MESHQ-KEY-5", tf({ kubernetes_secret_v1: { s: { data: { a: "b" } } } }), /Kubernetes Secret data/);
});

test("MESHQ-NET-1 HTTP only redirects", () => {
  const redirect = { port: 80, protocol: "HTTP", default_action: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443" } }] };
  expectCompliant("MESHQ-NET-1", tf({ aws_lb_listener: { r: redirect } }));
  expectViolation(
    "MESHQ-NET-1",
    tf({ aws_lb_listener: { h: { port: 80, protocol: "HTTP", default_action: [{ type: "forward" }] } } }),
    /serves HTTP/,
  );
});

test("MESHQ-NET-2 no direct exposure", () => {
  expectCompliant("MESHQ-NET-2", tf({ kubernetes_service_v1: { s: { spec: { type: "ClusterIP" } } } }));
  expectViolation("MESHQ-NET-2", tf({ kubernetes_service_v1: { s: { spec: { type: "LoadBalancer" } } } }), /Service type LoadBalancer/);
  expectViolation(
    "MESHQ-NET-2",
    tf({ aws_security_group_rule: { r: { type: "ingress", from_port: 8000, to_port: 8000, cidr_blocks: ["0.0.0.0/0"] } } }),
    /8000-8000 open to the internet/,
  );
});

test("MESHQ-NET-3 TLS 1.2+ and MESHQ-NET-4 HSTS", () => {
  const listener = (policy: string, hsts?: string) =>
    tf({
      aws_lb_listener: { l: { protocol: "HTTPS", ssl_policy: policy, routing_http_response_strict_transport_security_header_value: hsts } },
    });
  expectCompliant("MESHQ-NET-3", listener("ELBSecurityPolicy-TLS13-1-2-Res-2021-06"));
  expectViolation("MESHQ-NET-3", listener("ELBSecurityPolicy-TLS13-1-0-2021-06"), /admits TLS below 1.2/);
  expectCompliant("MESHQ-NET-4", listener("x", "max-age=63072000; includeSubDomains"));
  expectViolation("MESHQ-NET-4", listener("x", "max-age=300"), /below one year/);
});

test("MESHQ-NET-5 default deny per namespace, namespace references resolved", () => {
  expectCompliant("MESHQ-NET-5", tf({ ...deployment(restrictedContainer()), ...denyAll() }));
  expectViolation("MESHQ-NET-5", tf({ ...deployment(restrictedContainer()), ...denyAll("other") }), /namespace meshq has no default-deny/);
  const viaRef = {
    kubernetes_namespace_v1: { ns: { metadata: { name: "meshq" } } },
    ...deployment(restrictedContainer()),
    ...denyAll("${kubernetes_namespace_v1.ns.metadata[0].name}"),
  };
  expectCompliant("MESHQ-NET-5", tf(viaRef));
});

test("MESHQ-NET-6 hardened ALB", () => {
  const lb = (extra: Record<string, unknown>) =>
    tf({
      aws_lb: {
        lb: {
          drop_invalid_header_fields: true,
          desync_mitigation_mode: "strictest",
          access_logs: { enabled: true },
          enable_deletion_protection: true,
          ...extra,
        },
      },
    });
  expectCompliant("MESHQ-NET-6", lb({}));
  expectViolation("MESHQ-NET-6", lb({ drop_invalid_header_fields: false }), /drop_invalid_header_fields/);
  expectViolation("MESHQ-NET-6", lb({ desync_mitigation_mode: "monitor" }), /desync_mitigation_mode monitor/);
  expect(byId("MESHQ-NET-6").check(lb({ enable_deletion_protection: false }))[0].level).toBe("warning");
});

test("MESHQ-POD-1 restricted pods, including StatefulSets and CronJobs", () => {
  expectCompliant("MESHQ-POD-1", tf(deployment(restrictedContainer())));
  expectViolation(
    "MESHQ-POD-1",
    tf(deployment(restrictedContainer({ security_context: { run_as_non_root: true, run_as_user: "1" } }))),
    /allow_privilege_escalation is not false/,
  );
  expectViolation("MESHQ-POD-1", tf(deployment(restrictedContainer(), { host_network: true })), /host_network is true/);
  const sts = {
    kubernetes_stateful_set_v1: {
      s: {
        spec: {
          template: { spec: { automount_service_account_token: false, container: [restrictedContainer({ security_context: {} })] } },
        },
      },
    },
  };
  expectViolation("MESHQ-POD-1", tf(sts), /root filesystem is writable/);
  const cron = {
    kubernetes_cron_job_v1: { c: { spec: { job_template: { spec: { template: { spec: { container: [restrictedContainer()] } } } } } } },
  };
  expectViolation("MESHQ-POD-1", tf(cron), /automount_service_account_token is not false/);
});

test("MESHQ-POD-2 namespaces enforce restricted", () => {
  expectCompliant(
    "MESHQ-POD-2",
    tf({ kubernetes_namespace_v1: { n: { metadata: { labels: { "pod-security.kubernetes.io/enforce": "restricted" } } } } }),
  );
  expectViolation(
    "MESHQ-POD-2",
    tf({ kubernetes_namespace_v1: { n: { metadata: { labels: { "pod-security.kubernetes.io/enforce": "baseline" } } } } }),
    /does not enforce PSS restricted/,
  );
});

test("MESHQ-SEC-1/2/3 secrets, keys and refresh", () => {
  expectCompliant("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: { kms_key_id: "${aws_kms_key.k.arn}" } } }));
  expectViolation("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: {} } }), /AWS-managed key/);
  expectCompliant("MESHQ-SEC-2", tf({ aws_kms_key: { k: { enable_key_rotation: true, policy: "{}", deletion_window_in_days: 30 } } }));
  expectViolation(
    "MESHQ-SEC-2",
    tf({ aws_kms_key: { k: { enable_key_rotation: false, policy: '{"Statement":[{"Effect":"Allow","Principal":"*"}]}' } } }),
    /rotation is off[\s\S]*Principal \*/,
  );
  // the jsonencode form the library writes is read too, and an unreadable policy fails closed
  expectViolation(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: {
        k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Allow", "Principal" = {"AWS" = ["*"]}}]})}' },
      },
    }),
    /allows Principal \*/,
  );
  expectViolation(
    "MESHQ-SEC-2",
    tf({ aws_kms_key: { k: { enable_key_rotation: true, policy: "${data.aws_iam_policy_document.k.json}" } } }),
    /cannot be read at synth/,
  );
  expectCompliant(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: { k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Deny", "Principal" = "*"}]})}' } },
    }),
  );
  const es = (interval: string) =>
    tf({ kubernetes_manifest: { e: { manifest: { kind: "ExternalSecret", spec: { refreshInterval: interval } } } } });
  expectCompliant("MESHQ-SEC-3", es("15m"));
  expectViolation("MESHQ-SEC-3", es("1h"), /refreshInterval 1h/);
  expectViolation("MESHQ-SEC-3", es("0"), /refreshInterval 0/);
});

test("MESHQ-RBAC-1 rendered policy", () => {
  const cm = (doc: unknown) => tf({ kubernetes_config_map_v1: { c: { data: { "rbac.yaml": JSON.stringify(doc) } } } });
  expectCompliant("MESHQ-RBAC-1", cm({ default: "deny", roles: { admin: { allow: ["*"] }, helpdesk: { allow: ["summary_*"] } } }));
  expectViolation("MESHQ-RBAC-1", cm({ default: "allow", roles: { admin: { allow: ["*"] } } }), /default is allow/);
  expectViolation("MESHQ-RBAC-1", cm({ default: "deny", roles: { helpdesk: { allow: ["update_*"] } } }), /role helpdesk is granted more/);
  expectCompliant(
    "MESHQ-RBAC-1",
    cm({ default: "deny", roles: { netops: { allow: ["update_device_metadata"] } }, exceptions: [{ role: "netops", reason: "approved" }] }),
  );
});

test("MESHQ-AUD-1 audit logging", () => {
  const api = (env: unknown[]) => tf(deployment(restrictedContainer({ env })));
  const token = { name: "SPLUNK_HEC_TOKEN", value_from: [{ secret_key_ref: [{ name: "t", key: "value" }] }] };
  expectCompliant(
    "MESHQ-AUD-1",
    api([
      { name: "AUDIT_LOG_ENABLED", value: "true" },
      { name: "AUDIT_LOG_BACKEND", value: "splunk" },
      { name: "SPLUNK_HEC_URL", value: "https://s:8088" },
      token,
    ]),
  );
  expect(byId("MESHQ-AUD-1").check(api([]))[0]).toMatchObject({ level: "warning" });
  expectViolation(
    "MESHQ-AUD-1",
    api([
      { name: "AUDIT_LOG_ENABLED", value: "true" },
      { name: "AUDIT_LOG_BACKEND", value: "splunk" },
      { name: "SPLUNK_HEC_URL", value: "http://s:8088" },
      { name: "SPLUNK_HEC_TOKEN", value: "x" },
    ]),
    /is not https[\s\S]*neither from a Secret nor from Secrets Manager/,
  );
  // SECRETS_PROVIDER=aws: the API reads the token from Secrets Manager by ARN
  const viaAws = [
    { name: "AUDIT_LOG_ENABLED", value: "true" },
    { name: "AUDIT_LOG_BACKEND", value: "splunk" },
    { name: "SPLUNK_HEC_URL", value: "https://s:8088" },
    { name: "SPLUNK_HEC_TOKEN_SECRET_ARN", value: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:hec" },
  ];
  expectCompliant("MESHQ-AUD-1", api([...viaAws, { name: "SECRETS_PROVIDER", value: "aws" }]));
  expectViolation("MESHQ-AUD-1", api(viaAws), /neither from a Secret nor from Secrets Manager/);
});

test("MESHQ-DATA-1..5 data tier", () => {
  const neo4j = (env: unknown[]) =>
    tf({
      kubernetes_stateful_set_v1: {
        n: { spec: { template: { spec: { container: [{ name: "neo4j", image: "neo4j:5.26.0-community", env }] } } } },
      },
    });
  const good = [
    { name: "NEO4J_AUTH", value_from: { secret_key_ref: { name: "a", key: "NEO4J_AUTH" } } },
    { name: "NEO4J_server_bolt_tls__level", value: "REQUIRED" },
    { name: "NEO4J_server_http_enabled", value: "false" },
  ];
  expectCompliant("MESHQ-DATA-1", neo4j(good));
  expectViolation(
    "MESHQ-DATA-1",
    neo4j([{ name: "NEO4J_AUTH", value: "none" }]),
    /NEO4J_AUTH is not read from a Secret[\s\S]*bolt TLS is not REQUIRED[\s\S]*HTTP connector is on/,
  );
  expectViolation(
    "MESHQ-DATA-1",
    tf(deployment(restrictedContainer({ env: [{ name: "NEO4J_URI", value: "bolt://neo4j:7687" }] }))),
    /is not bolt\+s/,
  );
  const np = (from: unknown[]) => ({
    ...neo4j(good).resource,
    kubernetes_network_policy_v1: { p: { spec: { ingress: [{ from, ports: [{ port: "7687" }] }] } } },
  });
  expectCompliant("MESHQ-DATA-2", tf(np([{ pod_selector: [{ match_labels: { app: "api" } }] }])));
  expectViolation("MESHQ-DATA-2", tf(np([{ ip_block: [{ cidr: "10.0.0.0/8" }] }])), /7687 is admitted from IP ranges/);
  expectCompliant(
    "MESHQ-DATA-3",
    tf({
      kubernetes_storage_class_v1: { s: { storage_provisioner: "ebs.csi.aws.com", parameters: { encrypted: "true", kmsKeyId: "arn" } } },
    }),
  );
  expectViolation(
    "MESHQ-DATA-3",
    tf({ kubernetes_storage_class_v1: { s: { storage_provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } } } }),
    /not encrypted/,
  );
  expectCompliant(
    "MESHQ-DATA-4",
    tf({ aws_db_parameter_group: { g: { family: "postgres16", parameter: [{ name: "rds.force_ssl", value: "1" }] } } }),
  );
  expectViolation("MESHQ-DATA-4", tf({ aws_db_parameter_group: { g: { family: "postgres16", parameter: [] } } }), /force_ssl is not 1/);
  expectViolation(
    "MESHQ-DATA-4",
    tf(deployment(restrictedContainer({ env: [{ name: "DATABASE_URL", value: "postgresql://db:5432/meshq?sslmode=prefer" }] }))),
    /DATABASE_URL does not require TLS/,
  );
  expectViolation("MESHQ-DATA-5", neo4j(good), /no password rotation CronJob/);
  expectViolation("MESHQ-DATA-5", tf({ aws_db_instance: { d: { manage_master_user_password: false } } }), /not managed/);
});
