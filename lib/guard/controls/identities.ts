/**
 * Identities that cannot grow: every IAM role a boundary-held stack creates carries its permissions
 * boundary, and no person or pipeline gets Kubernetes rights across namespaces.
 */
import { PERMISSIONS_BOUNDARY_RECORD_KEY } from "../../core/boundary";
import { clusterRuleProblem, ClusterRule } from "../../policy/cluster-access";
import { Control, Finding, many, NOT_APPLICABLE, one } from "../model";
import { KubeObject, StackView, viewOf } from "../view";
import { judgeEach, judgeValue } from "./rules";

/** Resources that write a policy onto a role or user, and the argument that names it. */
const POLICY_WRITERS: Record<string, string> = {
  aws_iam_role_policy: "role",
  aws_iam_role_policy_attachment: "role",
  aws_iam_role_policies_exclusive: "role_name",
  aws_iam_role_policy_attachments_exclusive: "role_name",
  aws_iam_user_policy: "user",
  aws_iam_user_policy_attachment: "user",
  aws_iam_policy_attachment: "roles",
};

/** §12.4 least privilege: what a deploying role creates is held by the boundary it must carry. */
export const rolesCarryTheBoundary: Control = {
  id: "MESHQ-IAM-1",
  section: "12.4",
  title: "IAM roles carry the deployment's permissions boundary",
  checks:
    "In a stack deployed under a permissions boundary (PermissionsBoundary.apply), every IAM role and user carries exactly that boundary, and every policy the stack writes goes onto a role or user the stack creates with it.",
  scope:
    "aws_iam_role and aws_iam_user (permissions_boundary), and the policy writers aws_iam_role_policy, aws_iam_role_policy_attachment, aws_iam_role_policies_exclusive, aws_iam_role_policy_attachments_exclusive, aws_iam_user_policy, aws_iam_user_policy_attachment and aws_iam_policy_attachment, whose role or user must be a reference to one the stack creates (a literal name names a role whose boundary the guard cannot see). Not applicable to a stack that declares no boundary (the library's record, permissionsBoundary): such a stack is applied by an administrator, not by a role limited to creating bounded roles; the deploy-pipeline template declares it.",
  unseen:
    "Fails. A boundary the guard cannot know, and a policy written onto a role or user the stack does not create (a literal name, a variable, a data source), are findings: that identity's boundary is outside what the guard sees. Not applicable as a whole to a stack that declares no boundary (see the scope).",
  enforcedBy: ["PermissionsBoundary.props.boundaryArn"],
  provenBy: ["test/guard/controls/identities.test.ts", "test/guard/mutations/identities.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const boundary = view.record[PERMISSIONS_BOUNDARY_RECORD_KEY];
    if (typeof boundary !== "string") return NOT_APPLICABLE;
    const identities = view.resources("aws_iam_role", "aws_iam_user");
    const writers = view.resources(...Object.keys(POLICY_WRITERS));
    return judgeEach([...identities, ...writers], (r): Finding[] => {
      if (r.type === "aws_iam_role" || r.type === "aws_iam_user") {
        return judgeValue(view, r.address, "permissions_boundary", r.config.permissions_boundary ?? null, (v) =>
          v === null || v === ""
            ? `created without the permissions boundary ${boundary}`
            : v !== boundary
              ? `carries ${v}, not the deployment's boundary ${boundary}`
              : undefined,
        );
      }
      return policyTargets(view, r.type, r.config[POLICY_WRITERS[r.type]]).map((message) => ({ address: r.address, message }));
    });
  },
};

/** Why each role or user a policy writer names is not one the stack creates under the boundary. */
function policyTargets(view: StackView, type: string, value: unknown): string[] {
  const targets = type === "aws_iam_policy_attachment" ? many(value) : [value];
  return targets.flatMap((t) => {
    const kind = view.reference(t)?.kind;
    if (kind === "aws_iam_role" || kind === "aws_iam_user") return [];
    const shown = view.literal(t) ?? view.unknown(t) ?? String(t);
    return [`writes a policy onto ${String(shown)}, which is not a role or user of the stack, so the guard cannot see its boundary`];
  });
}

/** §12.4 least privilege: a person's or pipeline's rights stay in the namespaces they are given for. */
export const noClusterWideBinding: Control = {
  id: "MESHQ-IAM-2",
  section: "12.4",
  title: "No cluster-wide rights for a person or a pipeline",
  checks:
    "Every ClusterRoleBinding to a User or Group binds a ClusterRole of the stack whose every rule names its cluster-scoped objects (resourceNames), or only creates kinds that cannot be named before they exist (namespaces, storage classes, ...). Namespaced rights come from Roles in the namespaces.",
  scope:
    "ClusterRoleBinding objects (kubernetes_cluster_role_binding(_v1) and kubernetes_manifest) with a User or Group subject, and the ClusterRole they name (kubernetes_cluster_role(_v1) or kubernetes_manifest). Bindings of service accounts are the workloads' own and out of scope. A wildcard or non-resource URL is a finding.",
  unseen:
    "Fails. A role the stack does not define (cluster-admin, edit, another stack's), a role name or rule the guard cannot know, and a binding whose subjects it cannot know (judged as binding a person) are findings: what such a binding grants, or to whom, cannot be known.",
  enforcedBy: ["ClusterAccess.props.clusterRules"],
  provenBy: ["test/guard/controls/identities.test.ts", "test/guard/mutations/identities.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    // a binding whose subjects the guard cannot know may bind a person: judged as one (fail closed)
    const bindings = view.kube("ClusterRoleBinding").filter((b) => {
      const r = view.resolve(b.source === "typed" ? b.body.subject : b.body.subjects);
      return !r.known || many(r.value).some((s: any) => s?.kind === "User" || s?.kind === "Group");
    });
    const roles = view.kube("ClusterRole");
    return judgeEach(bindings, (b): Finding[] => {
      const ref = roleRef(b);
      const name = view.literal(ref?.name);
      const role = roles.find((r) => r.name !== undefined && (r.name === name || view.reference(ref?.name)?.address === r.address));
      if (!role) {
        const shown = name ?? view.unknown(ref?.name) ?? "an unnamed role";
        return [
          {
            address: b.address,
            message: `binds ClusterRole ${String(shown)}, which the stack does not define, to a person or pipeline across the cluster`,
          },
        ];
      }
      return rules(view, role).flatMap((rule, i) => {
        if (rule === undefined) return [{ address: role.address, message: `rule ${i}: the guard cannot know it` }];
        const problem = clusterRuleProblem(rule);
        return problem ? [{ address: role.address, message: `rule ${i} (bound by ${b.address}) ${problem}` }] : [];
      });
    });
  },
};

const roleRef = (b: KubeObject): { name?: unknown } | undefined => (b.source === "typed" ? one(b.body.role_ref) : b.body.roleRef);

/** A ClusterRole's rules in the API's spelling; undefined for a rule with a value the guard cannot know. */
function rules(view: StackView, role: KubeObject): Array<ClusterRule | undefined> {
  const typed = role.source === "typed";
  return many(typed ? role.body.rule : role.body.rules).map((r: any) => {
    const list = (v: unknown): string[] | undefined => {
      const known = view.literal(v ?? []);
      return Array.isArray(known) && known.every((x) => typeof x === "string") ? known : undefined;
    };
    const fields = {
      apiGroups: list(typed ? r.api_groups : r.apiGroups),
      resources: list(r.resources),
      verbs: list(r.verbs),
      resourceNames: list(typed ? r.resource_names : r.resourceNames),
      nonResourceURLs: list(typed ? r.non_resource_urls : r.nonResourceURLs),
    };
    return Object.values(fields).some((f) => f === undefined) ? undefined : fields;
  });
}

export const IDENTITY_CONTROLS: readonly Control[] = [rolesCarryTheBoundary, noClusterWideBinding];
