/**
 * Kubernetes access for a person or a pipeline (a User or Group subject): rights inside namespaces
 * are namespaced Roles, and a ClusterRole bound across the cluster holds only rights on
 * cluster-scoped objects it names. Shared by {@link ClusterAccess.check} (before the rules are
 * written) and the guard's MESHQ-IAM-2 (on what was written).
 */
import { ErrorCodes, invalidInput } from "../core/errors";

/** A rule of a ClusterRole, in the API's spelling. */
export interface ClusterRule {
  /** API groups (`""` for the core group). @default - none */
  readonly apiGroups?: readonly string[];
  /** Resources (plural names). @default - none */
  readonly resources?: readonly string[];
  /** Verbs. @default - none */
  readonly verbs?: readonly string[];
  /** The objects the rule is limited to. @default - every object of the resources */
  readonly resourceNames?: readonly string[];
  /** Non-resource URLs (never allowed for a person or a pipeline). @default - none */
  readonly nonResourceURLs?: readonly string[];
}

/**
 * Cluster-scoped resources whose objects a cluster-wide rule may create unnamed: Kubernetes
 * authorizes a create before the object has a name, so `resourceNames` cannot hold it.
 */
export const CREATE_UNNAMED: readonly string[] = [
  "namespaces",
  "storageclasses",
  "priorityclasses",
  "ingressclasses",
  "validatingadmissionpolicies",
  "validatingadmissionpolicybindings",
];

/** Why a rule of a ClusterRole bound across the cluster gives more than named cluster-scoped objects, or undefined. */
export function clusterRuleProblem(rule: ClusterRule): string | undefined {
  const resources = rule.resources ?? [];
  const verbs = rule.verbs ?? [];
  if ((rule.nonResourceURLs ?? []).length > 0) return `grants non-resource URLs ${rule.nonResourceURLs!.join(", ")}`;
  if (resources.includes("*") || verbs.includes("*") || (rule.apiGroups ?? []).includes("*")) return "grants a wildcard";
  if ((rule.resourceNames ?? []).length > 0) return undefined;
  const unnamedCreate = verbs.length > 0 && verbs.every((v) => v === "create") && resources.every((r) => CREATE_UNNAMED.includes(r));
  if (unnamedCreate && resources.length > 0) return undefined;
  return `grants ${verbs.join(", ") || "nothing"} on ${resources.join(", ") || "nothing"} in every namespace or on every object: name the objects (resourceNames), or grant it with a Role in the namespace`;
}

/** Properties of {@link ClusterAccess.check}. */
export interface ClusterAccessProps {
  /** Who gets the rights (the group or user an EKS access entry maps the identity to). */
  readonly subject: string;
  /** The rules of the ClusterRole bound to the subject across the cluster. */
  readonly clusterRules: readonly ClusterRule[];
}

/** Checks the cluster-wide rights of a person or a pipeline before they are written. */
export class ClusterAccess {
  /**
   * Fails (MESHQ-CLUSTER-ACCESS) on a rule that reaches into namespaces or onto objects it does not
   * name; the only exception is creating cluster-scoped kinds that cannot be named before they exist (namespaces, storage classes, priority classes, ingress classes, admission policies and their bindings).
   */
  public static check(props: ClusterAccessProps): void {
    props.clusterRules.forEach((rule, i) => {
      const problem = clusterRuleProblem(rule);
      if (problem) {
        throw invalidInput(ErrorCodes.CLUSTER_ACCESS, {
          component: "ClusterAccess",
          property: `clusterRules[${i}]`,
          received: `${problem} (for ${props.subject})`,
          allowed: `rights on cluster-scoped objects named in resourceNames, or create alone on ${CREATE_UNNAMED.join(", ")}`,
          fix: "move namespaced rights into a Role and RoleBinding in each namespace, and name the cluster-scoped objects",
        });
      }
    });
  }
}
