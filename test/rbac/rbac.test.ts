import { MeshRbac } from "../../lib/rbac/mesh-rbac";
import { grantsPrivilegedQuery, matchesPattern, RbacPolicy, RbacPresets } from "../../lib/policy/rbac";
import { annotations, apiStack, only, resourcesOf, synth } from "../util";

describe("RBAC presets (security guide §12.4)", () => {
  const policy = RbacPolicy.fromPresets();
  const doc = JSON.parse(policy.render());

  test("deny by default", () => {
    expect(doc.default).toBe("deny");
  });

  test("helpdesk: read-only summary and hygiene queries", () => {
    expect(doc.roles.helpdesk.allow).toEqual(["summary_*", "hygiene_*"]);
  });

  test("security: firewall and path-analysis queries", () => {
    expect(doc.roles.security.allow).toEqual(["firewall_*", "path_*"]);
  });

  test("only admin and architect may run update_device_metadata", () => {
    const allowed = policy.roles
      .filter(grantsPrivilegedQuery)
      .map((r) => r.name)
      .sort();
    expect(allowed).toEqual(["admin", "architect"]);
  });

  test("patterns match query names, not more", () => {
    expect(matchesPattern("summary_*", "summary_devices")).toBe(true);
    expect(matchesPattern("summary_*", "update_device_metadata")).toBe(false);
    expect(matchesPattern("update_*", "update_device_metadata")).toBe(true);
  });
});

describe("RBAC rejects grants outside the guide", () => {
  test("update_device_metadata for another role", () => {
    expect(() => new RbacPolicy([RbacPresets.admin(), { name: "security", allow: ["firewall_*", "update_device_metadata"] }])).toThrow(
      /\[MESHQ-RBAC\] RbacPolicy: roles.security.allow received \["firewall_\*","update_device_metadata"\]; allowed: grants within the guide: only admin and architect may run update_device_metadata/,
    );
    expect(() => new RbacPolicy([{ name: "ops", allow: ["update_*"] }])).toThrow(/ops would be allowed update_device_metadata/);
  });

  test("everything to a role other than admin, or to everyone", () => {
    expect(() => new RbacPolicy([{ name: "helpdesk", allow: ["*"] }])).toThrow(/MESHQ-RBAC/);
    expect(() => new RbacPolicy([{ name: "analyst", allow: ["*"] }])).toThrow(/"\*" grants every query to analyst/);
  });

  test("helpdesk with a mutating query", () => {
    expect(() => new RbacPolicy([{ name: "helpdesk", allow: ["summary_*", "delete_*"] }])).toThrow(
      /roles.helpdesk.allow received \["delete_\*"\]; allowed: read-only patterns/,
    );
  });

  test("empty, duplicate or malformed roles", () => {
    expect(() => new RbacPolicy([])).toThrow(/roles received \[\]/);
    expect(() => new RbacPolicy([RbacPresets.admin(), RbacPresets.admin()])).toThrow(/role name received "admin"/);
    expect(() => new RbacPolicy([{ name: "x", allow: ["summary_*; drop"] }])).toThrow(/roles.x.allow received "summary_\*; drop"/);
    expect(() => new RbacPolicy([{ name: "x", allow: [] }])).toThrow(/roles.x.allow received \[\]/);
  });

  test("an acknowledged exception with a reason is accepted and recorded", () => {
    const { stack, api } = apiStack();
    const policy = new RbacPolicy([
      ...RbacPolicy.fromPresets().roles,
      {
        name: "netops",
        allow: ["update_device_metadata"],
        privilegedGrantAcknowledgement: { reason: "CAB-1432: NetOps curates device metadata during the migration" },
      },
    ]);
    const rbac = new MeshRbac(stack, "Rbac", { api, policy });
    synth(stack);
    expect(annotations(rbac, "warning").join("\n")).toMatch(/role netops acknowledged outside the guide .*CAB-1432/);
    expect(
      () => new RbacPolicy([{ name: "netops", allow: ["update_device_metadata"], privilegedGrantAcknowledgement: { reason: "ok" } }]),
    ).toThrow(/MESHQ-RBAC/);
  });
});

describe("MeshRbac", () => {
  test("renders the policy into a ConfigMap mounted read-only, with the switches, and restarts on change", () => {
    const { stack, api } = apiStack();
    new MeshRbac(stack, "Rbac", { api });
    const s = synth(stack);
    const cm = resourcesOf(s, "kubernetes_config_map_v1").find((c) => c.metadata.name === "meshoptixiq-rbac");
    expect(JSON.parse(cm.data["rbac.yaml"]).default).toBe("deny");
    const d = only(s, "kubernetes_deployment_v1");
    const c = d.spec.template.spec.container[0];
    expect(c.env).toEqual(
      expect.arrayContaining([
        { name: "RBAC_ENABLED", value: "true" },
        { name: "RBAC_POLICY_FILE", value: "/etc/meshoptixiq/rbac/rbac.yaml" },
      ]),
    );
    expect(c.volume_mount).toContainEqual({ name: "rbac-policy", mount_path: "/etc/meshoptixiq/rbac", read_only: true });
    const cmRef = expect.stringMatching(/^\$\{kubernetes_config_map_v1\.Rbac_.*\.metadata\[0\]\.name\}$/);
    expect(d.spec.template.spec.volume).toContainEqual({ name: "rbac-policy", config_map: { name: cmRef, default_mode: "0444" } });
    expect(d.metadata.annotations["configmap.reloader.stakater.com/reload"]).toEqual(cmRef);
  });

  test("file name and variable names are configurable", () => {
    const { stack, api } = apiStack();
    new MeshRbac(stack, "Rbac", {
      api,
      fileName: "policy.json",
      enabledVariable: "MESHQ_RBAC",
      policyFileVariable: "MESHQ_RBAC_FILE",
      mountPath: "/config/rbac",
    });
    const c = only(synth(stack), "kubernetes_deployment_v1").spec.template.spec.container[0];
    expect(c.env).toEqual(
      expect.arrayContaining([
        { name: "MESHQ_RBAC", value: "true" },
        { name: "MESHQ_RBAC_FILE", value: "/config/rbac/policy.json" },
      ]),
    );
  });
});
