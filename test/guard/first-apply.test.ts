import { existsSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, TerraformStack } from "../../lib/compat/core";
import { KubernetesProvider } from "../../lib/compat/kubernetes/provider";
import { NamespaceV1 } from "../../lib/compat/kubernetes/namespace-v1";
import { ConfigMapV1 } from "../../lib/compat/kubernetes/config-map-v1";
import { restrictedNamespaceLabels } from "../../lib/core/kubernetes";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import {
  adversarialOrder,
  creationSteps,
  dependencyCycles,
  dependencyGraph,
  firstApplyOrder,
  interpolations,
  kubernetesObjects,
  NAMESPACE_RACE_FAILS_SYNTH,
  namespaceRaces,
  referencedAddresses,
  renderFirstApplyMarkdown,
  resolveReference,
} from "../../lib/guard/first-apply";
import { annotations, synth, testStack } from "../util";
import { synthesizeExamples } from "../structure/examples";
import { IamRole } from "../../lib/compat/aws/iam-role";
import { KmsKey } from "../../lib/compat/aws/kms-key";
import { SecretsmanagerSecret } from "../../lib/compat/aws/secretsmanager-secret";

const NS = "${kubernetes_namespace_v1.Ns.metadata[0].name}";

/** A planted document: a namespace, one object referencing it, one naming it as a literal. */
function planted(extra: Record<string, Record<string, any>> = {}): any {
  return {
    resource: {
      kubernetes_namespace_v1: { Ns: { metadata: { name: "app", labels: { "pod-security.kubernetes.io/enforce": "restricted" } } } },
      kubernetes_config_map_v1: {
        Referenced: { metadata: { name: "referenced", namespace: NS } },
        Literal: { metadata: { name: "literal", namespace: "app" } },
      },
      ...extra,
    },
  };
}

describe("references", () => {
  test("interpolations skip escaped $${ and keep nested braces", () => {
    expect(interpolations('a ${x.y.z} $${NOT} ${jsonencode({a = "b"})} end')).toEqual(["x.y.z", 'jsonencode({a = "b"})']);
  });

  test("only addresses of the stack count, through locals and data sources", () => {
    const tf = {
      locals: { ns: "${kubernetes_namespace_v1.Ns.metadata[0].name}" },
      data: { aws_region: { R: {} } },
      resource: { kubernetes_namespace_v1: { Ns: {} } },
    };
    expect(referencedAddresses(tf, "local.ns")).toEqual(["kubernetes_namespace_v1.Ns"]);
    expect(referencedAddresses(tf, "data.aws_region.R.region")).toEqual(["data.aws_region.R"]);
    // shell parameter expansions and unknown names are not references
    expect(referencedAddresses(tf, "WORK_DIR:=/run/rotation")).toEqual([]);
    expect(referencedAddresses(tf, "1:?usage: stage.sh init")).toEqual([]);
    expect(referencedAddresses(tf, "aws_iam_role.Missing.arn")).toEqual([]);
  });

  test("a reference resolves to the literal it names, through chains; computed attributes stay unknown", () => {
    const tf = planted({
      kubernetes_service_account_v1: {
        Sa: { metadata: { name: "sa", namespace: "${kubernetes_config_map_v1.Referenced.metadata[0].namespace}" } },
      },
    });
    expect(resolveReference(tf, NS)).toBe("app");
    expect(resolveReference(tf, "${kubernetes_service_account_v1.Sa.metadata.0.namespace}")).toBe("app");
    expect(resolveReference(tf, "${kubernetes_namespace_v1.Ns.id}")).toBeUndefined();
    expect(resolveReference(tf, "prefix-${kubernetes_namespace_v1.Ns.metadata[0].name}")).toBeUndefined();
  });

  test("the graph has references and depends_on, not lifecycle paths", () => {
    const tf = planted({
      kubernetes_job_v1: {
        J: {
          depends_on: ["kubernetes_config_map_v1.Literal"],
          lifecycle: { ignore_changes: ["metadata[0].annotations"] },
          metadata: { name: "j", namespace: "app" },
        },
      },
    });
    const g = dependencyGraph(tf);
    expect([...g.dependencies.get("kubernetes_config_map_v1.Referenced")!]).toEqual(["kubernetes_namespace_v1.Ns"]);
    expect([...g.dependencies.get("kubernetes_config_map_v1.Literal")!]).toEqual([]);
    expect([...g.dependencies.get("kubernetes_job_v1.J")!]).toEqual(["kubernetes_config_map_v1.Literal"]);
  });
});

describe("namespace races", () => {
  test("a literal namespace without a dependency races; a reference does not", () => {
    const races = namespaceRaces(planted());
    expect(races.map((r) => r.address)).toEqual(["kubernetes_config_map_v1.Literal"]);
    expect(races[0]).toMatchObject({ namespace: "app", namespaceAddress: "kubernetes_namespace_v1.Ns" });
    expect(races[0].message).toMatch(/may be created before its namespace.*namespaces "app" not found/);
  });

  test("depending on the namespace, directly or through another resource, orders it", () => {
    const direct = planted();
    direct.resource.kubernetes_config_map_v1.Literal.depends_on = ["kubernetes_namespace_v1.Ns"];
    expect(namespaceRaces(direct)).toEqual([]);
    const transitive = planted({ kubernetes_service_account_v1: { Sa: { metadata: { name: "sa", namespace: NS } } } });
    transitive.resource.kubernetes_config_map_v1.Literal.metadata.annotations = { sa: "${kubernetes_service_account_v1.Sa.id}" };
    expect(namespaceRaces(transitive)).toEqual([]);
  });

  test("custom resources count, namespaces the stack does not create do not", () => {
    const tf = planted({
      kubernetes_manifest: {
        Cert: { manifest: { apiVersion: "cert-manager.io/v1", kind: "Certificate", metadata: { name: "c", namespace: "app" } } },
        Issuer: { manifest: { apiVersion: "cert-manager.io/v1", kind: "ClusterIssuer", metadata: { name: "ca" } } },
        Elsewhere: { manifest: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", namespace: "kube-system" } } },
      },
    });
    expect(namespaceRaces(tf).map((r) => r.address)).toEqual(["kubernetes_config_map_v1.Literal", "kubernetes_manifest.Cert"]);
    const objects = kubernetesObjects(tf);
    expect(objects.find((o) => o.address === "kubernetes_manifest.Issuer")?.namespace).toBeUndefined();
    expect(objects.find((o) => o.address === "kubernetes_manifest.Elsewhere")).toMatchObject({
      namespace: "kube-system",
      namespaceAddress: undefined,
    });
  });
});

describe("order", () => {
  test("cycles are found and share a step; steps count the longest chain", () => {
    const tf = {
      resource: {
        a: { A: { x: "${b.B.id}" } },
        b: { B: { x: "${a.A.id}" } },
        c: { C: { x: "${a.A.id}" } },
        d: { D: {} },
      },
    };
    const g = dependencyGraph(tf);
    expect(dependencyCycles(g)).toEqual([["a.A", "b.B"]]);
    expect(Object.fromEntries(creationSteps(g))).toEqual({ "a.A": 0, "b.B": 0, "c.C": 1, "d.D": 0 });
    expect(adversarialOrder(g)).toHaveLength(4);
  });

  test("the adversarial order puts what does not depend on the namespace before it, and respects dependencies", () => {
    const tf = planted({
      kubernetes_deployment_v1: { D: { metadata: { name: "d", namespace: NS }, spec: { x: "${kubernetes_config_map_v1.Literal.id}" } } },
    });
    const order = adversarialOrder(dependencyGraph(tf));
    const at = (a: string) => order.indexOf(a);
    expect(at("kubernetes_config_map_v1.Literal")).toBeLessThan(at("kubernetes_namespace_v1.Ns"));
    expect(at("kubernetes_namespace_v1.Ns")).toBeLessThan(at("kubernetes_config_map_v1.Referenced"));
    expect(at("kubernetes_namespace_v1.Ns")).toBeLessThan(at("kubernetes_deployment_v1.D"));
    expect(at("kubernetes_config_map_v1.Literal")).toBeLessThan(at("kubernetes_deployment_v1.D"));
  });

  test("a namespace waits until nothing else is ready, even when more depends on the racing object", () => {
    const users = Object.fromEntries(
      ["A", "B", "C"].map((n) => [
        n,
        { metadata: { name: n.toLowerCase(), namespace: "app" }, data: { x: "${kubernetes_config_map_v1.Literal.id}" } },
      ]),
    );
    const tf = planted({ kubernetes_secret_v1: users });
    delete tf.resource.kubernetes_config_map_v1.Referenced;
    const order = adversarialOrder(dependencyGraph(tf));
    expect(order.indexOf("kubernetes_namespace_v1.Ns")).toBe(order.length - 1);
    // a namespace written as a manifest waits the same way
    const manifest = structuredClone(tf);
    delete manifest.resource.kubernetes_namespace_v1;
    manifest.resource.kubernetes_manifest = { Ns: { manifest: { apiVersion: "v1", kind: "Namespace", metadata: { name: "app" } } } };
    const manifestOrder = adversarialOrder(dependencyGraph(manifest));
    expect(manifestOrder.indexOf("kubernetes_manifest.Ns")).toBe(manifestOrder.length - 1);
  });

  test("the report relates workloads to their IAM and network policies", () => {
    const tf = planted({
      aws_iam_role: { Role: { name: "r" } },
      aws_iam_role_policy: { Read: { role: "${aws_iam_role.Role.id}" } },
      kubernetes_service_account_v1: {
        Sa: { metadata: { name: "sa", namespace: NS, annotations: { "eks.amazonaws.com/role-arn": "${aws_iam_role.Role.arn}" } } },
      },
      kubernetes_network_policy_v1: {
        Allow: { metadata: { name: "allow", namespace: NS }, spec: { pod_selector: { match_labels: { app: "web" } } } },
        Other: { metadata: { name: "other", namespace: NS }, spec: { pod_selector: { match_labels: { app: "db" } } } },
      },
      kubernetes_deployment_v1: {
        Web: {
          depends_on: ["kubernetes_network_policy_v1.Allow"],
          metadata: { name: "web", namespace: NS },
          spec: {
            template: {
              metadata: { labels: { app: "web" } },
              spec: { service_account_name: "${kubernetes_service_account_v1.Sa.metadata[0].name}" },
            },
          },
        },
      },
    });
    const report = firstApplyOrder(tf);
    const web = report.objects.find((o) => o.address === "kubernetes_deployment_v1.Web")!;
    expect(web).toMatchObject({
      namespaceOrder: "after",
      step: 2,
      iam: { after: ["kubernetes_service_account_v1.Sa", "aws_iam_role.Role"], race: ["aws_iam_role_policy.Read"] },
      networkPolicies: { after: ["kubernetes_network_policy_v1.Allow"], race: [] },
    });
    expect(report.objects.find((o) => o.address === "kubernetes_config_map_v1.Literal")).toMatchObject({ namespaceOrder: "race", step: 0 });
    const md = renderFirstApplyMarkdown(report);
    expect(md).toContain("## First apply: order of the Kubernetes objects");
    expect(md).toContain(
      "| 0 | ConfigMap app/literal<br>`kubernetes_config_map_v1.Literal` | **may precede `kubernetes_namespace_v1.Ns`** |",
    );
    expect(md).toContain("**may precede** `aws_iam_role_policy.Read`");
    expect(md).toMatch(/### Namespace races\n\n- `kubernetes_config_map_v1.Literal`/);
  });
});

describe("the guard", () => {
  function racingStack(app?: App): TerraformStack {
    const stack = app ? new TerraformStack(app, "race") : testStack();
    if (app) new KubernetesProvider(stack, "k8s", {});
    const ns = new NamespaceV1(stack, "Ns", { metadata: { name: "app", labels: restrictedNamespaceLabels("latest") } });
    new ConfigMapV1(stack, "Ordered", { metadata: { name: "ordered", namespace: ns.metadata.name } });
    new ConfigMapV1(stack, "Racing", { metadata: { name: "racing", namespace: "app" } });
    return stack;
  }

  test("a namespace race fails synth when switched on, naming the object", () => {
    const stack = racingStack();
    HardeningGuard.of(stack, { namespaceRaceFailsSynth: true, writeReport: false });
    expect(() => synth(stack)).toThrow(
      /\[MESHQ-FIRST-APPLY\] kubernetes_config_map_v1\.Racing(_[0-9A-F]{8})?: ConfigMap app\/racing may be created before its namespace/,
    );
    expect(annotations(stack, "error").join("\n")).toMatch(/^\[test\/Racing\] /);
    expect(annotations(stack, "error").join("\n")).not.toMatch(/Ordered/);
  });

  test("switched off, it is a warning; the switch's default is the exported constant", () => {
    const stack = racingStack();
    HardeningGuard.of(stack, { namespaceRaceFailsSynth: false, writeReport: false });
    synth(stack);
    expect(annotations(stack, "warning").join("\n")).toMatch(/\[MESHQ-FIRST-APPLY\] kubernetes_config_map_v1\.Racing/);
    const byDefault = racingStack();
    HardeningGuard.of(byDefault, { writeReport: false });
    expect(NAMESPACE_RACE_FAILS_SYNTH).toBe(true); // on by default: a race breaks the first apply
    expect(() => synth(byDefault)).toThrow(/MESHQ-FIRST-APPLY/);
  });

  test("the hardening report has the first-apply section", () => {
    const app = new App({ outdir: join(tmpdir(), `meshq-first-apply-${Date.now()}`) });
    const stack = racingStack(app);
    HardeningGuard.of(stack, { namespaceRaceFailsSynth: false });
    app.synth();
    const dir = join(app.outdir, "stacks", "race");
    expect(existsSync(join(dir, "hardening-report.md"))).toBe(true);
    const md = readFileSync(join(dir, "hardening-report.md"), "utf8");
    expect(md).toContain("## First apply: order of the Kubernetes objects");
    expect(md).toMatch(/- `kubernetes_config_map_v1\.Racing(_[0-9A-F]{8})?`: ConfigMap app\/racing may be created before its namespace/);
    const json = JSON.parse(readFileSync(join(dir, "hardening-report.json"), "utf8"));
    expect(json.firstApply.namespaceRaces.map((r: any) => r.address)).toEqual([expect.stringMatching(/^kubernetes_config_map_v1\.Racing/)]);
  });
});

describe("dependency cycles", () => {
  test("a reference that closes a loop fails synth, naming the cycle (the rotation role / key / secret class)", () => {
    const stack = testStack();
    HardeningGuard.of(stack, { writeReport: false });
    // a role whose description names the secret, a key whose policy names the role, a secret under the key
    const role = new IamRole(stack, "Role", { assumeRolePolicy: "{}", description: "placeholder" });
    const key = new KmsKey(stack, "Key", { enableKeyRotation: true, policy: `{"Principal":"${role.arn}"}` });
    const secret = new SecretsmanagerSecret(stack, "Secret", { name: "s", kmsKeyId: key.arn });
    role.description = `rotates ${secret.arn}`;
    expect(() => synth(stack)).toThrow(/\[MESHQ-FIRST-APPLY\] dependency cycle .*aws_(iam_role|kms_key|secretsmanager_secret)\./);
  });

  test("no stack of the examples has a cycle", () => {
    for (const e of synthesizeExamples()) expect([e.stack, dependencyCycles(dependencyGraph(e.tfJson))]).toEqual([e.stack, []]);
  });
});
