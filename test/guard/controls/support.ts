import { CONTROLS } from "../../../lib/guard/catalogue";
import { judge } from "../../../lib/guard/evaluate";
import { Control, ControlResult, TerraformJson } from "../../../lib/guard/model";

// The cases of every control family, on minimal documents, run through the guard's own evaluation
// (judge), so that applicability, statuses and levels are what synth reports. Each family's test
// file (beside this one, named like its rule file or folder in lib/guard/controls) pairs every
// control of the family with passing and failing cases.

export const byId = (id: string): Control => CONTROLS.find((c) => c.id === id)!;
export const tf = (resource: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}): TerraformJson => ({
  resource,
  ...extra,
});
const passed = new Set<string>();
const failed = new Set<string>();

export function run(id: string, json: TerraformJson): ControlResult {
  return judge(json, { stack: "t", stackFile: "stacks/t/cdk.tf.json", controls: [byId(id)], firstApply: false }).results[0];
}
export function pass(id: string, json: TerraformJson) {
  const r = run(id, json);
  expect([r.status, r.findings.map((f) => f.message)]).toEqual(["pass", []]);
  passed.add(id);
}
export function fail(id: string, json: TerraformJson, message: RegExp, status: "fail" | "warn" = "fail") {
  const r = run(id, json);
  expect(r.status).toBe(status);
  expect(r.findings.map((f) => f.message).join("\n")).toMatch(message);
  for (const f of r.findings) {
    expect(f.stackFile).toBe("stacks/t/cdk.tf.json");
    expect(f.address).toMatch(/^[a-z][a-z0-9_]*\./);
  }
  failed.add(id);
}
export const UNKNOWN = /cannot be known at synth: write a literal value, or suppress this control/;

export const restrictedContainer = (extra: Record<string, unknown> = {}) => ({
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
export const deployment = (
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
export const manifestDeployment = (container: Record<string, unknown>, podExtra: Record<string, unknown> = {}) => ({
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
export const apiContainerManifest = {
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
export const denyAll = (namespace = "meshq", extra: Record<string, unknown> = {}) => ({
  kubernetes_network_policy_v1: {
    deny: { metadata: { name: "default-deny-all", namespace }, spec: { pod_selector: {}, policy_types: ["Ingress", "Egress"] }, ...extra },
  },
});
export const variables = { variable: { x: { type: "string" } } };

/**
 * Every control of a family that can fail has passing and failing cases in the calling test file
 * (jest gives each test file its own module registry, so the sets are the file's own).
 */
export function expectPaired(family: readonly Control[], operational: readonly string[] = []): void {
  const judged = family.filter((c) => !operational.includes(c.id)).map((c) => c.id);
  expect(judged.filter((id) => !passed.has(id) || !failed.has(id))).toEqual([]);
}
