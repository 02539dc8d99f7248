// MESHQ-IAM-1 (roles carry the deployment's permissions boundary) and MESHQ-IAM-2 (no cluster-wide
// rights for a person or a pipeline): each judged on the deploy-pipeline template's real stacks,
// compliant as synthesized, and on the same stacks weakened the way an edit or an escape hatch would.
import { IamRole } from "../../../lib/compat/aws/iam-role";
import { Testing, TerraformStack } from "../../../lib/compat/core";
import { PermissionsBoundary } from "../../../lib/core/boundary";
import { IDENTITY_CONTROLS } from "../../../lib/guard/controls/identities";
import { Finding, TerraformJson, Verdict } from "../../../lib/guard/model";
import { ClusterAccess } from "../../../lib/policy/cluster-access";
import { synthesizeExample } from "../../structure/examples";
import { mutationSuite } from "../mutations/harness";
import { IDENTITY_MUTATIONS } from "../mutations/identities";
import { byId, expectPaired, fail, pass, tf, UNKNOWN } from "./support";

const stacks = () => synthesizeExample("deploy-pipeline");
const stack = (name: string): TerraformJson => structuredClone(stacks().find((s) => s.stack === name)!.tfJson);
const production = () => stack("meshoptixiq-production");
const pipeline = () => stack("meshoptixiq-pipeline");
const messages = (v: Verdict): string[] => (v === "not-applicable" ? ["not-applicable"] : (v as Finding[]).map((f) => f.message));
const first = (tf: TerraformJson, type: string): any => Object.values((tf as any).resource[type])[0];

describe("MESHQ-IAM-1: IAM roles carry the deployment's permissions boundary", () => {
  const rule = (tf: TerraformJson) => byId("MESHQ-IAM-1").rule(tf);

  test("the template's production stack passes, every role judged; the bootstrap, applied by an administrator, does not apply", () => {
    const tf = production();
    expect(Object.keys((tf as any).resource.aws_iam_role).length).toBeGreaterThan(3);
    expect(rule(tf)).toEqual([]);
    expect(rule(pipeline())).toBe("not-applicable");
  });

  test.each([
    ["a role without the boundary", (r: any) => delete r.permissions_boundary, /created without the permissions boundary/],
    [
      "a role with another boundary",
      (r: any) => (r.permissions_boundary = "arn:aws:iam::111122223333:policy/Open"),
      /carries .*Open, not the deployment's boundary/,
    ],
    ["a boundary the guard cannot know", (r: any) => (r.permissions_boundary = "${var.boundary}"), /var\.boundary/],
  ])("fails on %s", (_what, mutate, expected) => {
    const tf = production();
    mutate(first(tf, "aws_iam_role"));
    expect(messages(rule(tf)).join("\n")).toMatch(expected);
  });

  test("fails on a policy written onto a role the stack does not create", () => {
    const tf = production() as any;
    tf.resource.aws_iam_role_policy = { ...tf.resource.aws_iam_role_policy, Escalate: { role: "github-meshoptixiq-deploy", policy: "{}" } };
    tf.resource.aws_iam_policy_attachment = {
      Admin: { name: "admin", roles: ["ops-admin"], policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" },
    };
    expect(messages(rule(tf))).toEqual([
      "writes a policy onto github-meshoptixiq-deploy, which is not a role or user of the stack, so the guard cannot see its boundary",
      "writes a policy onto ops-admin, which is not a role or user of the stack, so the guard cannot see its boundary",
    ]);
  });

  test("PermissionsBoundary.apply puts it on every role, also one added after it, and refuses a value that is not a policy ARN", () => {
    const app = Testing.app();
    const s = new TerraformStack(app, "s");
    PermissionsBoundary.apply(s, { boundaryArn: "arn:aws:iam::111122223333:policy/b" });
    new IamRole(s, "Later", { assumeRolePolicy: "{}" });
    const tf = JSON.parse(Testing.synth(s));
    expect(first(tf, "aws_iam_role").permissions_boundary).toBe("arn:aws:iam::111122223333:policy/b");
    expect(() => PermissionsBoundary.apply(s, { boundaryArn: "arn:aws:iam::aws:role/x" })).toThrow(/MESHQ-ARN.*boundaryArn/);
  });
});

describe("MESHQ-IAM-2: no cluster-wide rights for a person or a pipeline", () => {
  const rule = (tf: TerraformJson) => byId("MESHQ-IAM-2").rule(tf);
  const clusterRole = (tf: any, id = "DeployClusterRole") => tf.resource.kubernetes_cluster_role_v1[id];

  test("the template's bootstrap passes: its ClusterRoles name their objects, its namespaced rights are Roles", () => {
    const tf = pipeline() as any;
    expect(Object.keys(tf.resource.kubernetes_cluster_role_binding_v1)).toHaveLength(4); // deploy and plan, in staging and production
    expect(rule(tf)).toEqual([]);
    expect(rule(production())).toBe("not-applicable");
  });

  test.each([
    [
      "a namespaced kind across the cluster",
      (r: any) => r.rule.push({ api_groups: ["apps"], resources: ["deployments"], verbs: ["create"] }),
      /grants create on deployments in every namespace/,
    ],
    ["a named rule losing its names", (r: any) => delete r.rule[0].resource_names, /grants get, update, patch, delete on namespaces/],
    ["a wildcard", (r: any) => (r.rule[0].verbs = ["*"]), /grants a wildcard/],
    ["non-resource URLs", (r: any) => r.rule.push({ non_resource_urls: ["/metrics"], verbs: ["get"] }), /non-resource URLs \/metrics/],
    ["a rule the guard cannot know", (r: any) => (r.rule[0].verbs = "${var.verbs}"), /cannot know/],
  ])("fails on %s", (_what, mutate, expected) => {
    const tf = pipeline();
    mutate(clusterRole(tf));
    expect(messages(rule(tf)).join("\n")).toMatch(expected);
  });

  test("fails on a binding to a role the stack does not define, typed or manifest; a service account's binding is not judged", () => {
    const tf = pipeline() as any;
    tf.resource.kubernetes_cluster_role_binding_v1.DeployClusterRoleBinding.role_ref.name = "cluster-admin";
    tf.resource.kubernetes_manifest = {
      Edit: {
        manifest: {
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "ClusterRoleBinding",
          metadata: { name: "pipeline-edit" },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
          subjects: [{ kind: "User", name: "ci" }],
        },
      },
      Operator: {
        manifest: {
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "ClusterRoleBinding",
          metadata: { name: "operator" },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "operator" },
          subjects: [{ kind: "ServiceAccount", name: "operator", namespace: "ops" }],
        },
      },
    };
    expect(messages(rule(tf))).toEqual([
      "binds ClusterRole cluster-admin, which the stack does not define, to a person or pipeline across the cluster",
      "binds ClusterRole edit, which the stack does not define, to a person or pipeline across the cluster",
    ]);
  });

  test("fails closed on a binding whose subjects it cannot know: judged as binding a person", () => {
    const tf = pipeline() as any;
    tf.resource.kubernetes_manifest = {
      Unknown: {
        manifest: {
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "ClusterRoleBinding",
          metadata: { name: "whoever" },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "admin" },
          subjects: [{ kind: "${var.subject_kind}", name: "ci" }],
        },
      },
    };
    expect(messages(rule(tf))).toEqual([
      "binds ClusterRole admin, which the stack does not define, to a person or pipeline across the cluster",
    ]);
  });

  test("ClusterAccess.check refuses the same rules before they are written", () => {
    expect(() =>
      ClusterAccess.check({ subject: "ci", clusterRules: [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get"] }] }),
    ).toThrow(/MESHQ-CLUSTER-ACCESS.*clusterRules\[0\].*grants get on deployments/);
    expect(() =>
      ClusterAccess.check({ subject: "ci", clusterRules: [{ apiGroups: [""], resources: ["namespaces"], verbs: ["create"] }] }),
    ).not.toThrow();
  });
});

describe("on minimal documents, through the guard's evaluation", () => {
  const boundary = "arn:aws:iam::111122223333:policy/b";
  const record = { "//": { metadata: { meshoptixiq: { permissionsBoundary: boundary } } } };

  test("MESHQ-IAM-1 roles carry the boundary", () => {
    pass(
      "MESHQ-IAM-1",
      tf(
        { aws_iam_role: { r: { permissions_boundary: boundary } }, aws_iam_role_policy: { p: { role: "${aws_iam_role.r.name}" } } },
        record,
      ),
    );
    fail("MESHQ-IAM-1", tf({ aws_iam_role: { r: {} } }, record), /created without the permissions boundary/);
    fail("MESHQ-IAM-1", tf({ aws_iam_user: { u: { permissions_boundary: "${var.b}" } } }, record), UNKNOWN);
    fail(
      "MESHQ-IAM-1",
      tf({ aws_iam_role_policy_attachment: { a: { role: "admin" } } }, record),
      /onto admin, which is not a role or user of the stack/,
    );
  });

  test("MESHQ-IAM-2 no cluster-wide rights for a person or a pipeline", () => {
    const role = (rule: Record<string, unknown>) => ({ kubernetes_cluster_role_v1: { r: { metadata: { name: "ci" }, rule: [rule] } } });
    const binding = {
      kubernetes_cluster_role_binding_v1: {
        b: {
          metadata: { name: "ci" },
          role_ref: { kind: "ClusterRole", name: "${kubernetes_cluster_role_v1.r.metadata[0].name}" },
          subject: [{ kind: "Group", name: "ci" }],
        },
      },
    };
    pass(
      "MESHQ-IAM-2",
      tf({ ...role({ api_groups: [""], resources: ["namespaces"], verbs: ["get"], resource_names: ["app"] }), ...binding }),
    );
    fail(
      "MESHQ-IAM-2",
      tf({ ...role({ api_groups: ["apps"], resources: ["deployments"], verbs: ["get"] }), ...binding }),
      /grants get on deployments in every namespace/,
    );
  });

  test("every control of the family has passing and failing cases here", () => {
    expectPaired(IDENTITY_CONTROLS);
  });
});

// The family's weakenings of whole stacks (test/guard/mutations/identities.ts), applied as a user would.
mutationSuite(IDENTITY_MUTATIONS);
