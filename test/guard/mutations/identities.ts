import { TerraformResource } from "../../../lib/compat/core";
import { IamRolePolicy } from "../../../lib/compat/aws/iam-role-policy";
import { Manifest } from "../../../lib/compat/kubernetes/manifest";
import { PermissionsBoundary } from "../../../lib/core/boundary";
import { HardenedMeshStack } from "../../../lib/stack/hardened-mesh-stack";
import { aspect, Mutation, variable } from "./harness";

const BOUNDARY = "arn:aws:iam::111122223333:policy/meshoptixiq-pipeline-boundary";

/** The stack as the deploy-pipeline template deploys it: every role under the boundary. */
const bounded = (s: HardenedMeshStack) => PermissionsBoundary.apply(s, { boundaryArn: BOUNDARY });
/** An Aspect that rewrites every role's boundary after PermissionsBoundary set it (Aspects run in the order added). */
const rewriteBoundaries = (s: HardenedMeshStack, value: unknown) =>
  aspect(s, (node) => {
    if (TerraformResource.isTerraformResource(node) && node.terraformResourceType === "aws_iam_role")
      node.addOverride("permissions_boundary", value);
  });

/** Weakenings the identity controls must catch. */
export const IDENTITY_MUTATIONS: Mutation[] = [
  // ---- MESHQ-IAM-1
  {
    name: "a role's boundary removed after the boundary was applied",
    backend: "complete",
    control: "MESHQ-IAM-1",
    how: "aspect",
    apply: (s) => {
      bounded(s);
      rewriteBoundaries(s, "");
    },
  },
  {
    name: "the roles' boundary from a variable",
    backend: "postgres",
    control: "MESHQ-IAM-1",
    how: "variable",
    apply: (s) => {
      bounded(s);
      rewriteBoundaries(s, variable(s, "boundary").stringValue);
    },
  },
  {
    name: "an inline policy onto a role the stack does not create",
    backend: "complete",
    control: "MESHQ-IAM-1",
    how: "raw resource",
    apply: (s) => {
      bounded(s);
      new IamRolePolicy(s, "Escalate", { role: "ci-deployer", name: "escalate", policy: '{"Statement":[]}' });
    },
  },
  // ---- MESHQ-IAM-2
  {
    name: "a pipeline group bound to cluster-admin",
    backend: "complete",
    control: "MESHQ-IAM-2",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "PipelineAdmin", {
        manifest: {
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "ClusterRoleBinding",
          metadata: { name: "pipeline-admin" },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
          subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "meshoptixiq-deployers" }],
        },
      }),
  },
];
