import { RBAC_AUDIT_CONTROLS } from "../../../lib/guard/controls/rbac-audit";
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../../lib/policy/markers";
import { deployment, expectPaired, fail, pass, restrictedContainer, run, tf, UNKNOWN, variables } from "./support";
import { RBAC_AUDIT_MUTATIONS } from "../mutations/rbac-audit";
import { mutationSuite } from "../mutations/harness";

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

test("every control of the family has passing and failing cases here", () => {
  expectPaired(RBAC_AUDIT_CONTROLS);
});

// The family's weakenings of whole stacks (test/guard/mutations/rbac-audit.ts), applied as a user would.
mutationSuite(RBAC_AUDIT_MUTATIONS);
