import { readFileSync } from "fs";
import { join } from "path";
import { Testing } from "../../lib/compat/core";
import { AdmissionAction, AdmissionPolicies } from "../../lib/guard/admission/admission-policies";
import { CONTROLS } from "../../lib/guard/catalogue";
import { judge } from "../../lib/guard/evaluate";
import { enforcedAt } from "../../lib/guard/enforcement";
import { renderJson } from "../../lib/guard/report";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { TerraformJson } from "../../lib/guard/model";
import { celSecretLookingName } from "../../lib/policy/secrets";
import { isSecretLookingName } from "../../lib/policy/secrets";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { stackObjects, weakenedDocument, weakeningsOf } from "../../scripts/admission/weakenings";
import { stackProps, synth } from "../util";

// The admission forms of MESHQ-NET-2, -5, -7, -8, MESHQ-POD-1, -2, MESHQ-IMAGE-1, MESHQ-KEY-1, MESHQ-AUD-1,
// MESHQ-RBAC-1, MESHQ-DATA-1, -5, -6 and MESHQ-SEC-3, and the guard's rules, judge the same
// weakenings: here the guard's side; scripts/admission-gate.ts tries each on a real kube-apiserver.

const failing = (tf: TerraformJson): Set<string> =>
  new Set(
    judge(tf, { stack: "t", stackFile: "cdk.tf.json", firstApply: false })
      .results.filter((r) => r.status === "fail")
      .map((r) => r.control.id),
  );

/** The stack as synth writes it, with the library's record (registered flows) that Testing.synth leaves out. */
function stack(extra = {}): TerraformJson {
  const s = new HardenedMeshStack(Testing.app(), "prod", stackProps(extra));
  const outdir = Testing.fullSynth(s);
  return JSON.parse(readFileSync(join(outdir, "stacks", "prod", "cdk.tf.json"), "utf8"));
}

describe("admission policies of HardenedMeshStack", () => {
  const tf = stack();
  const manifests = Object.values(tf.resource.kubernetes_manifest as Record<string, any>).map((r) => r.manifest);
  const policies = manifests.filter((m) => m.kind === "ValidatingAdmissionPolicy");
  const bindings = manifests.filter((m) => m.kind === "ValidatingAdmissionPolicyBinding");

  test("one policy and one binding per control with an admission form, every denial naming the control id and the fix", () => {
    const withForm = CONTROLS.filter((c) => c.admission).map((c) => c.id);
    expect(withForm.length).toBeGreaterThanOrEqual(13);
    expect(policies.map((p) => p.metadata.labels["meshoptixiq.io/control"]).sort()).toEqual([...withForm].sort());
    expect(bindings.map((b) => b.spec.policyName).sort()).toEqual(policies.map((p) => p.metadata.name).sort());
    for (const p of policies) {
      const id = p.metadata.labels["meshoptixiq.io/control"];
      for (const v of p.spec.validations) expect(v.message).toMatch(new RegExp(`^${id}: .*\\. Fix: .+`));
    }
  });

  test("bindings deny, scoped to the stack's own namespaces, and depend on every other Kubernetes object", () => {
    for (const b of bindings) {
      expect(b.spec.validationActions).toEqual(["Deny"]);
      expect(b.spec.matchResources.namespaceSelector.matchExpressions).toEqual([
        { key: "kubernetes.io/metadata.name", operator: "In", values: ["meshoptixiq"] },
      ]);
    }
    const binding = Object.values(tf.resource.kubernetes_manifest as Record<string, any>).find(
      (r) => r.manifest.kind === "ValidatingAdmissionPolicyBinding",
    );
    expect(binding.depends_on).toEqual(expect.arrayContaining(["kubernetes_deployment_v1.Api_F70053CD"]));
  });

  test("the stack with its policies passes the guard", () => {
    expect([...failing(tf)]).toEqual([]);
  });

  const objects = stackObjects(tf);
  const weakenings = weakeningsOf(objects);
  test("at least 20 weakenings, of every control with an admission form that the stack's objects can show", () => {
    expect(weakenings.length).toBeGreaterThanOrEqual(20);
    expect(new Set(weakenings.map((w) => w.control)).size).toBeGreaterThanOrEqual(12);
  });
  test.each(weakenings.map((w) => [w.control, w.what, w] as const))("the guard finds %s: %s", (control, _what, w) => {
    expect([...failing(weakenedDocument(tf, objects, w))]).toContain(control);
  });

  test("validationActions: Warn or Audit only with a recorded rollout reason; never Deny with Warn", () => {
    expect(
      () => new HardenedMeshStack(Testing.app(), "s", stackProps({ admission: { validationActions: [AdmissionAction.WARN] } })),
    ).toThrow(/MESHQ-OPT-OUT.*rolloutReason/);
    expect(
      () =>
        new HardenedMeshStack(
          Testing.app(),
          "s",
          stackProps({ admission: { validationActions: [AdmissionAction.DENY, AdmissionAction.WARN] } }),
        ),
    ).toThrow(/validationActions/);
    const audited = stack({
      admission: {
        validationActions: [AdmissionAction.WARN, AdmissionAction.AUDIT],
        rolloutReason: { reason: "gradual rollout until Q3" },
      },
    });
    const b = Object.values(audited.resource.kubernetes_manifest as Record<string, any>).find(
      (r) => r.manifest.kind === "ValidatingAdmissionPolicyBinding",
    );
    expect(b.manifest.spec.validationActions).toEqual(["Warn", "Audit"]);
  });

  test("a suppressed control exempts the suppressing construct's objects, by name, from its policy", () => {
    const app = Testing.app();
    const s = new HardenedMeshStack(app, "prod", stackProps());
    HardeningGuard.suppress(s.api, "MESHQ-NET-2", "exposed on a NodePort for the migration window");
    const json = synth(s).json;
    const binding = Object.values(json.resource.kubernetes_manifest as Record<string, any>).find(
      (r) =>
        r.manifest.kind === "ValidatingAdmissionPolicyBinding" && r.manifest.metadata.labels["meshoptixiq.io/control"] === "MESHQ-NET-2",
    );
    expect(binding.manifest.spec.matchResources.excludeResourceRules).toEqual([
      expect.objectContaining({ resources: ["services"], resourceNames: expect.arrayContaining(["meshoptixiq-api"]) }),
    ]);
  });

  test("AdmissionPolicies is exported for stacks composed by hand", () => {
    expect(typeof AdmissionPolicies).toBe("function");
  });
});

describe("the admission form's credential names are the guard's", () => {
  // the RE2 patterns of celSecretLookingName, evaluated here with JavaScript's regular expressions
  // (the patterns use no feature where the two differ)
  const evaluate = (name: string): boolean => {
    const cel = celSecretLookingName("n");
    const js = cel
      .replace(/n\.upperAscii\(\)\.replace\('-', '_'\)\.replace\('\.', '_'\)/g, "U")
      .replace(/U\.replace\('_', ''\)/g, "J")
      .replace(/(!?)([nUJ])\.matches\('((?:[^'\\]|\\.)*)'\)/g, (_m, not, v, re) => `${not}new RegExp(${JSON.stringify(re)}).test(${v})`);
    const U = name.toUpperCase().replace(/[-.]/g, "_");
    return new Function("n", "U", "J", `return ${js};`)(name, U, U.replace(/_/g, ""));
  };
  test.each([
    "API_KEY",
    "apiKey",
    "DB_PASSWORD",
    "DBPASSWORD",
    "dbPassword",
    "api-key",
    "SPLUNK_HEC_TOKEN",
    "SPLUNK_HEC_URL",
    "SPLUNK_HEC_TOKEN_SECRET_ARN",
    "AUDIT_LOG_ENABLED",
    "RBAC_POLICY_FILE",
    "NEO4J_AUTH",
    "NEO4J_URI",
    "NEO4J_dbms_ssl_policy_bolt_private__key",
    "MY_SECRET",
    "tokenUrl",
    "ACCESS_KEY_ID",
    "PRIVATE_KEY",
    "dbKey",
    "keyName",
    "LOG_LEVEL",
  ])("%s", (name) => {
    expect(evaluate(name)).toBe(isSecretLookingName(name));
  });
});

describe("the report says where each control is enforced", () => {
  test("synth and plan always; admission with an admission form; alert with a CloudTrail alert", () => {
    const at = (id: string) => enforcedAt(CONTROLS.find((c) => c.id === id)!);
    expect(at("MESHQ-NET-2")).toEqual(["synth", "plan", "admission", "alert"]);
    expect(at("MESHQ-POD-1")).toEqual(["synth", "plan", "admission"]);
    expect(at("MESHQ-SEC-2")).toEqual(["synth", "plan", "alert"]);
    expect(at("MESHQ-KEY-3")).toEqual(["synth", "plan"]);
    const report = JSON.parse(renderJson(judge(stack(), { stack: "prod", stackFile: "cdk.tf.json", firstApply: false })));
    expect(report.controls.find((c: any) => c.id === "MESHQ-NET-5").enforcedAt).toEqual(["synth", "plan", "admission"]);
  });
});

test("docs/enforcement-after-apply.md lists where each control is enforced, as enforcedAt says", () => {
  const text = require("fs").readFileSync(join(__dirname, "..", "..", "docs", "enforcement-after-apply.md"), "utf8") as string;
  const table = text.split("<!-- enforcement:start -->")[1].split("<!-- enforcement:end -->")[0].replace(/ +/g, " ");
  for (const c of CONTROLS) expect(table).toContain(`| ${c.id} | ${enforcedAt(c).join(", ")} |`);
});
