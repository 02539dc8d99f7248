/**
 * The admission form of a control: the same requirement as the control's rule, written as CEL for a
 * ValidatingAdmissionPolicy, so that the cluster keeps denying after apply what synth and plan deny
 * before it. A control judged on Kubernetes objects defines its admission form next to its rule
 * (`Control.admission`); {@link AdmissionPolicies} renders one policy and one binding per form,
 * scoped to the stack's own namespaces.
 */

/** What a stack's own objects establish, which its admission policies hold the cluster to. */
export interface AdmissionParams {
  /** The namespaces the stack creates or places objects in. */
  readonly namespaces: string[];
  /** The stack's default-deny NetworkPolicies. */
  readonly defaultDeny: Array<{ namespace: string; name: string }>;
  /** The rules the stack's NetworkPolicies admit (its registered flows), per namespace and pod selector. */
  readonly policyRules: RegisteredPolicy[];
  /** The StorageClasses of the stack that are encrypted with a customer-managed key. */
  readonly storageClasses: string[];
  /** Environment settings of the stack's workloads that a control depends on, pinned. */
  readonly envPins: EnvPin[];
  /** CronJobs of the stack that must stay scheduled (credential rotation). */
  readonly rotationJobs: Array<{ namespace: string; name: string }>;
  /**
   * Images with a tag and no digest that the stack's constructs accepted at synth (with a
   * MESHQ-IMAGE warning), with the namespace and container the stack runs each in.
   */
  readonly acceptedImages: Array<{ namespace: string; container: string; image: string }>;
}

/** A NetworkPolicy's rules in the canonical form the CEL compares (label pairs `key=value`). */
export interface RegisteredPolicy {
  readonly namespace: string;
  /** `key=value` of the pod selector's labels. */
  readonly selector: string[];
  readonly ingress: CanonicalRule[];
  readonly egress: CanonicalRule[];
}

/** A rule: empty `peers` admits every peer; `ports` is never empty for a registered rule. */
export interface CanonicalRule {
  readonly peers: CanonicalPeer[];
  readonly ports: string[];
}

/** A peer: the selectors as `key=value` lists (`hasPods`/`hasNs` say whether the selector is set), or an IP block. */
export interface CanonicalPeer {
  readonly hasPods: boolean;
  readonly pods: string[];
  readonly hasNs: boolean;
  readonly ns: string[];
  readonly cidr: string;
  readonly except: string[];
}

/** A workload environment variable a control depends on: a literal value, or a Secret reference. */
export interface EnvPin {
  readonly control: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly container: string;
  readonly env: string;
  /** The value it must keep; empty when it must come from a Secret. */
  readonly value: string;
  readonly secret: boolean;
}

/** Resources an admission form judges. */
export interface AdmissionMatch {
  readonly apiGroups: string[];
  readonly apiVersions: string[];
  readonly resources: string[];
  readonly operations: Array<"CREATE" | "UPDATE" | "DELETE">;
}

/** One CEL check: the expression is true for an admissible request; the message says what it denies. */
export interface AdmissionCheck {
  readonly expression: string;
  readonly message: string;
}

/** The admission form of a control. */
export interface AdmissionForm {
  /** The resources and operations it judges. */
  readonly match: readonly AdmissionMatch[];
  /** Named CEL expressions the checks use (`variables.<name>`). @default - none */
  variables?(params: AdmissionParams): Array<{ name: string; expression: string }>;
  /** The checks, over the request and the stack's parameters. */
  checks(params: AdmissionParams): AdmissionCheck[];
  /** How to fix a denied change: shown in every denial, after the control id. */
  readonly fix: string;
  /**
   * Environment variables of the stack's workloads this control depends on: each keeps the literal
   * value, or the Secret reference, the stack gives it ({@link AdmissionParams.envPins}).
   * @default - none
   */
  readonly pinnedEnv?: readonly string[];
}

/**
 * A JavaScript value as a CEL literal: strings, numbers, booleans, lists and maps (with string
 * keys). CEL string literals take JSON's escapes.
 */
export function celLiteral(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new Error(`celLiteral: ${value} is not an integer`);
    return String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(celLiteral).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      // values of mixed types: a CEL map literal needs one value type, so each is dyn
      .map(([k, v]) => `${JSON.stringify(k)}: dyn(${celLiteral(v)})`)
      .join(", ")}}`;
  throw new Error(`celLiteral: cannot write ${String(value)}`);
}

/** A CEL list of strings (`[]` typed as a list of strings, so that an empty list type-checks). */
export function celStrings(values: readonly string[]): string {
  return values.length === 0 ? "['']" + ".filter(x, false)" : celLiteral([...values]);
}

/** Apps and batch workloads that carry a pod template. */
export const WORKLOAD_MATCH: AdmissionMatch[] = [
  {
    apiGroups: ["apps"],
    apiVersions: ["v1"],
    resources: ["deployments", "statefulsets", "daemonsets", "replicasets"],
    operations: ["CREATE", "UPDATE"],
  },
  { apiGroups: ["batch"], apiVersions: ["v1"], resources: ["jobs", "cronjobs"], operations: ["CREATE", "UPDATE"] },
];

/** The pod spec of a workload in a request (a CronJob's is under its job template). */
export const POD_SPEC_VARIABLE = {
  name: "pod",
  expression: "object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec : object.spec.template.spec",
};

/** Every container of the pod spec, init containers included. */
export const CONTAINERS_VARIABLE = {
  name: "containers",
  expression: "variables.pod.containers + (has(variables.pod.initContainers) ? variables.pod.initContainers : [])",
};
