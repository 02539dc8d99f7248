/**
 * The first `terraform apply` of a stack, derived from its synthesized Terraform JSON.
 *
 * Terraform creates a resource once everything it references (`${type.name…}`) or names in
 * `depends_on` exists. Two resources with no path between them in that graph are created in
 * parallel, in any order. So a namespaced Kubernetes object that neither references its namespace
 * nor depends on it (directly or through other resources) can reach the API server before the
 * namespace does, and the first apply fails with `namespaces "…" not found`.
 *
 * Everything here is a pure function of the JSON document, so it judges exactly what Terraform will
 * see (after every escape-hatch override), and can be tested on planted documents.
 */
import { many, one, TerraformJson } from "./model";

/**
 * Whether a namespaced object that may be created before its namespace fails synth (an error
 * annotation) or is reported as a warning. On: no stack of the library races its namespace, and a
 * race breaks the first apply. The guard option `namespaceRaceFailsSynth` overrides it per stack.
 */
export const NAMESPACE_RACE_FAILS_SYNTH = true;

/** Code of the ordering findings. */
export const FIRST_APPLY_CODE = "MESHQ-FIRST-APPLY";

/** A node of the dependency graph: a resource or a data source. */
export interface GraphNode {
  /** `type.name`, or `data.type.name` for a data source. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly data: boolean;
  readonly config: any;
}

/** Terraform's dependency graph of one stack. */
export interface DependencyGraph {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Address to the addresses it depends on directly (references and `depends_on`). */
  readonly dependencies: ReadonlyMap<string, ReadonlySet<string>>;
}

/** API group/version, kind and scope of the Kubernetes provider's typed resources. */
export const KUBERNETES_TYPED_KINDS: Readonly<Record<string, { apiVersion: string; kind: string; namespaced: boolean }>> = {
  kubernetes_namespace_v1: { apiVersion: "v1", kind: "Namespace", namespaced: false },
  kubernetes_namespace: { apiVersion: "v1", kind: "Namespace", namespaced: false },
  kubernetes_config_map_v1: { apiVersion: "v1", kind: "ConfigMap", namespaced: true },
  kubernetes_secret_v1: { apiVersion: "v1", kind: "Secret", namespaced: true },
  kubernetes_service_account_v1: { apiVersion: "v1", kind: "ServiceAccount", namespaced: true },
  kubernetes_service_v1: { apiVersion: "v1", kind: "Service", namespaced: true },
  kubernetes_persistent_volume_claim_v1: { apiVersion: "v1", kind: "PersistentVolumeClaim", namespaced: true },
  kubernetes_pod_v1: { apiVersion: "v1", kind: "Pod", namespaced: true },
  kubernetes_limit_range_v1: { apiVersion: "v1", kind: "LimitRange", namespaced: true },
  kubernetes_resource_quota_v1: { apiVersion: "v1", kind: "ResourceQuota", namespaced: true },
  kubernetes_deployment_v1: { apiVersion: "apps/v1", kind: "Deployment", namespaced: true },
  kubernetes_stateful_set_v1: { apiVersion: "apps/v1", kind: "StatefulSet", namespaced: true },
  kubernetes_daemon_set_v1: { apiVersion: "apps/v1", kind: "DaemonSet", namespaced: true },
  kubernetes_job_v1: { apiVersion: "batch/v1", kind: "Job", namespaced: true },
  kubernetes_cron_job_v1: { apiVersion: "batch/v1", kind: "CronJob", namespaced: true },
  kubernetes_network_policy_v1: { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", namespaced: true },
  kubernetes_ingress_v1: { apiVersion: "networking.k8s.io/v1", kind: "Ingress", namespaced: true },
  kubernetes_pod_disruption_budget_v1: { apiVersion: "policy/v1", kind: "PodDisruptionBudget", namespaced: true },
  kubernetes_role_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", namespaced: true },
  kubernetes_role_binding_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", namespaced: true },
  kubernetes_cluster_role_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", namespaced: false },
  kubernetes_cluster_role_binding_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", namespaced: false },
  kubernetes_storage_class_v1: { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", namespaced: false },
  kubernetes_priority_class_v1: { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", namespaced: false },
};

/** Kinds of `kubernetes_manifest` that are cluster-scoped (everything else is namespaced). */
const CLUSTER_SCOPED_KINDS = new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding",
  "StorageClass",
  "PriorityClass",
  "CustomResourceDefinition",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ClusterIssuer",
  "ClusterSecretStore",
  "ClusterExternalSecret",
  "CiliumClusterwideNetworkPolicy",
]);

/** The operators whose CRDs the library's custom resources need (prerequisites of the first apply). */
export const OPERATOR_OF_GROUP: Readonly<Record<string, string>> = {
  "external-secrets.io": "External Secrets Operator",
  "cert-manager.io": "cert-manager",
  "elbv2.k8s.aws": "AWS Load Balancer Controller",
  "cilium.io": "Cilium",
};

const IAM_TYPES = new Set([
  "aws_iam_role",
  "aws_iam_role_policy",
  "aws_iam_role_policy_attachment",
  "aws_iam_policy",
  "aws_iam_role_policies_exclusive",
  "aws_iam_role_policy_attachments_exclusive",
  "aws_secretsmanager_secret_policy",
  "aws_kms_key_policy",
  "aws_kms_grant",
]);

/** Every `${…}` interpolation of a string (escaped `$${` excluded), without the delimiters. */
export function interpolations(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] !== "$" || text[i + 1] !== "{") continue;
    if (i > 0 && text[i - 1] === "$") continue;
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) break;
    }
    out.push(text.slice(i + 2, j));
    i = j;
  }
  return out;
}

const REFERENCE = /(?<![\w.\]-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;

/** Addresses of the stack's resources and data sources that an expression refers to. */
export function referencedAddresses(tf: TerraformJson, expression: string, seenLocals = new Set<string>()): string[] {
  const out = new Set<string>();
  for (const match of expression.matchAll(REFERENCE)) {
    const ref = match[1];
    const parts = ref.split(".");
    if (parts[0] === "local") {
      if (seenLocals.has(parts[1]) || tf.locals?.[parts[1]] === undefined) continue;
      seenLocals.add(parts[1]);
      for (const a of referencesIn(tf, tf.locals[parts[1]], seenLocals)) out.add(a);
    } else if (parts[0] === "data") {
      if (tf.data?.[parts[1]]?.[parts[2]] !== undefined) out.add(ref);
    } else if (tf.resource?.[parts[0]]?.[parts[1]] !== undefined) {
      out.add(ref);
    }
  }
  return [...out];
}

/** Addresses referred to anywhere in a value (every string's interpolations). */
function referencesIn(tf: TerraformJson, value: unknown, seenLocals = new Set<string>()): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      for (const e of interpolations(v)) for (const a of referencedAddresses(tf, e, seenLocals)) out.add(a);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "//") walk(x);
  };
  walk(value);
  return out;
}

/** Terraform's dependency graph: references in every argument plus `depends_on`. */
export function dependencyGraph(tf: TerraformJson): DependencyGraph {
  const nodes = new Map<string, GraphNode>();
  const dependencies = new Map<string, Set<string>>();
  const blocks: Array<[boolean, Record<string, Record<string, any>>]> = [
    [false, tf.resource ?? {}],
    [true, tf.data ?? {}],
  ];
  for (const [data, byType] of blocks) {
    for (const [type, byName] of Object.entries(byType)) {
      for (const [name, config] of Object.entries(byName ?? {})) {
        const address = `${data ? "data." : ""}${type}.${name}`;
        nodes.set(address, { address, type, name, data, config });
      }
    }
  }
  for (const node of nodes.values()) {
    const { depends_on: dependsOn, lifecycle, ...rest } = node.config ?? {};
    const deps = referencesIn(tf, rest);
    for (const a of referencesIn(tf, lifecycle?.replace_triggered_by ?? [])) deps.add(a);
    for (const d of many(dependsOn)) {
      const text = String(d);
      const bare = /^\$\{(.*)\}$/.exec(text)?.[1] ?? text;
      for (const a of referencedAddresses(tf, bare)) deps.add(a);
    }
    deps.delete(node.address);
    dependencies.set(node.address, deps);
  }
  return { nodes, dependencies };
}

/** Everything an address depends on, directly or through other resources. */
export function transitiveDependencies(graph: DependencyGraph, address: string): Set<string> {
  const out = new Set<string>();
  const stack = [...(graph.dependencies.get(address) ?? [])];
  while (stack.length > 0) {
    const a = stack.pop()!;
    if (out.has(a)) continue;
    out.add(a);
    stack.push(...(graph.dependencies.get(a) ?? []));
  }
  return out;
}

/**
 * Dependency cycles (strongly connected components of more than one resource). Terraform refuses
 * to plan a stack with a cycle (`Error: Cycle: …`).
 */
export function dependencyCycles(graph: DependencyGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  const visit = (a: string): void => {
    index.set(a, next);
    low.set(a, next++);
    stack.push(a);
    onStack.add(a);
    for (const d of graph.dependencies.get(a) ?? []) {
      if (!index.has(d)) {
        visit(d);
        low.set(a, Math.min(low.get(a)!, low.get(d)!));
      } else if (onStack.has(d)) low.set(a, Math.min(low.get(a)!, index.get(d)!));
    }
    if (low.get(a) === index.get(a)) {
      const component: string[] = [];
      let x: string;
      do {
        x = stack.pop()!;
        onStack.delete(x);
        component.push(x);
      } while (x !== a);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const a of [...graph.nodes.keys()].sort()) if (!index.has(a)) visit(a);
  return out;
}

/**
 * The earliest wave in which the first apply can create each resource: 0 for a resource without
 * dependencies, otherwise one more than its latest dependency. Data sources are read at plan time
 * and count as wave 0. The members of a dependency cycle (which Terraform rejects) share one wave.
 */
export function creationSteps(graph: DependencyGraph): Map<string, number> {
  const component = new Map<string, string[]>();
  for (const c of dependencyCycles(graph)) for (const a of c) component.set(a, c);
  const steps = new Map<string, number>();
  const visiting = new Set<string>();
  const step = (a: string): number => {
    const known = steps.get(a);
    if (known !== undefined) return known;
    const members = component.get(a) ?? [a];
    for (const m of members) visiting.add(m);
    let s = 0;
    for (const m of members) {
      for (const d of graph.dependencies.get(m) ?? []) {
        if (visiting.has(d)) continue;
        s = Math.max(s, step(d) + (graph.nodes.get(d)?.data ? 0 : 1));
      }
    }
    for (const m of members) {
      visiting.delete(m);
      steps.set(m, graph.nodes.get(m)?.data ? 0 : s);
    }
    return steps.get(a)!;
  };
  for (const a of graph.nodes.keys()) step(a);
  return steps;
}

/**
 * An order of creation that Terraform's graph allows, chosen to be adversarial: of the resources
 * whose dependencies all exist, the one fewest others depend on goes first, and a namespace only
 * when nothing else can go. So an object that does not (transitively) depend on its namespace, or
 * on anything else, is created before it. A dependency cycle is broken at the member with the
 * fewest missing dependencies (Terraform itself would refuse the stack; see {@link dependencyCycles}).
 */
export function adversarialOrder(graph: DependencyGraph): string[] {
  const dependents = new Map<string, number>();
  for (const a of graph.nodes.keys()) dependents.set(a, 0);
  for (const a of graph.nodes.keys()) for (const d of transitiveDependencies(graph, a)) dependents.set(d, (dependents.get(d) ?? 0) + 1);
  const isNamespace = (a: string) =>
    /^kubernetes_namespace(_v1)?\./.test(a) ||
    (a.startsWith("kubernetes_manifest.") && graph.nodes.get(a)?.config?.manifest?.kind === "Namespace");
  const done = new Set<string>();
  const order: string[] = [];
  const missing = (a: string) => [...(graph.dependencies.get(a) ?? [])].filter((d) => !done.has(d)).length;
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  while (order.length < graph.nodes.size) {
    const open = [...graph.nodes.keys()].filter((a) => !done.has(a));
    let ready = open.filter((a) => missing(a) === 0);
    if (ready.length === 0) ready = open.sort((a, b) => missing(a) - missing(b)).filter((a, _, all) => missing(a) === missing(all[0]));
    ready.sort((a, b) => Number(isNamespace(a)) - Number(isNamespace(b)) || dependents.get(a)! - dependents.get(b)! || byName(a, b));
    done.add(ready[0]);
    order.push(ready[0]);
  }
  return order;
}

/** Follows `metadata[0].name`-style paths through a configuration, a block being an object or a list. */
function atPath(config: any, path: string): unknown {
  let value = config;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (value === undefined || value === null) return undefined;
    if (/^\d+$/.test(part)) value = Array.isArray(value) ? value[Number(part)] : Number(part) === 0 ? value : undefined;
    else value = (Array.isArray(value) ? value[0] : value)[part];
  }
  return value;
}

/**
 * The literal value of a single reference (`${kubernetes_namespace_v1.X.metadata[0].name}`) when
 * the referenced resource sets it in its configuration, following chains of such references;
 * undefined for a computed attribute (an ARN, an id) or an expression.
 */
export function resolveReference(tf: TerraformJson, text: string, depth = 0): string | undefined {
  const m = /^\$\{((?:data\.)?[a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([^}]+)\}$/.exec(text);
  if (!m || depth > 10) return undefined;
  const [type, data] = m[1].startsWith("data.") ? [m[1].slice(5), true] : [m[1], false];
  const config = (data ? tf.data : tf.resource)?.[type]?.[m[2]];
  if (config === undefined) return undefined;
  const value = atPath(type === "kubernetes_manifest" ? { ...config, ...config.manifest } : config, m[3]);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") return undefined;
  return value.includes("${") ? resolveReference(tf, value, depth + 1) : value;
}

/** A Kubernetes object of the stack. */
export interface KubernetesObject {
  readonly address: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Resolved namespace; undefined for a cluster-scoped object. */
  readonly namespace?: string;
  /** Address of the stack's namespace resource of that name, when the stack creates it. */
  readonly namespaceAddress?: string;
  /** The object's metadata and body as configured (typed: Terraform schema; manifest: API form). */
  readonly config: any;
}

const literal = (tf: TerraformJson, v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : String(v).includes("${") ? resolveReference(tf, String(v)) : String(v);

/** Every Kubernetes object of the stack: typed `kubernetes_*` resources and `kubernetes_manifest`. */
export function kubernetesObjects(tf: TerraformJson): KubernetesObject[] {
  const namespaces = new Map<string, string>();
  const out: KubernetesObject[] = [];
  const entries: Array<{ address: string; apiVersion: string; kind: string; namespaced: boolean; metadata: any; config: any }> = [];
  for (const [type, byName] of Object.entries<Record<string, any>>(tf.resource ?? {})) {
    for (const [name, config] of Object.entries(byName ?? {})) {
      const address = `${type}.${name}`;
      if (type === "kubernetes_manifest") {
        const m = config.manifest ?? {};
        entries.push({
          address,
          apiVersion: String(m.apiVersion),
          kind: String(m.kind),
          namespaced: !CLUSTER_SCOPED_KINDS.has(m.kind),
          metadata: m.metadata ?? {},
          config,
        });
      } else if (KUBERNETES_TYPED_KINDS[type]) {
        const k = KUBERNETES_TYPED_KINDS[type];
        entries.push({ address, ...k, metadata: one(config.metadata) ?? {}, config });
      }
    }
  }
  for (const e of entries) {
    if (e.kind === "Namespace" && e.apiVersion === "v1") {
      const n = literal(tf, e.metadata.name);
      if (n) namespaces.set(n, e.address);
    }
  }
  for (const e of entries) {
    const name = literal(tf, e.metadata.name) ?? literal(tf, e.metadata.generate_name) ?? "";
    let namespace = e.namespaced ? (literal(tf, e.metadata.namespace) ?? (e.metadata.namespace ? undefined : "default")) : undefined;
    let namespaceAddress = namespace !== undefined ? namespaces.get(namespace) : undefined;
    if (e.namespaced && namespace === undefined) {
      // an expression over a namespace resource (`….id`): that namespace; anything else stays unknown
      const ref = [...referencesIn(tf, e.metadata.namespace)].find((a) => /^kubernetes_namespace(_v1)?\./.test(a));
      const entry = ref ? [...namespaces].find(([, a]) => a === ref) : undefined;
      namespace = entry?.[0] ?? "<unknown>";
      namespaceAddress = entry?.[1];
    }
    out.push({ address: e.address, apiVersion: e.apiVersion, kind: e.kind, name, namespace, namespaceAddress, config: e.config });
  }
  return out;
}

/** A namespaced object that the first apply may create before its namespace. */
export interface NamespaceRace {
  readonly address: string;
  readonly namespace: string;
  readonly namespaceAddress: string;
  readonly message: string;
}

/** Namespaced objects that neither reference their namespace nor depend on it, directly or transitively. */
export function namespaceRaces(tf: TerraformJson, graph: DependencyGraph = dependencyGraph(tf)): NamespaceRace[] {
  return kubernetesObjects(tf)
    .filter((o) => o.namespaceAddress !== undefined && !transitiveDependencies(graph, o.address).has(o.namespaceAddress))
    .map((o) => ({
      address: o.address,
      namespace: o.namespace!,
      namespaceAddress: o.namespaceAddress!,
      message:
        `${o.kind} ${o.namespace}/${o.name} may be created before its namespace: it neither references ` +
        `${o.namespaceAddress} nor depends on it, so the first apply can fail with namespaces "${o.namespace}" not found. ` +
        `Fix: set metadata.namespace from the namespace resource (${o.namespaceAddress}.metadata[0].name)`,
    }));
}

/** How one Kubernetes object is ordered against the things it needs on the first apply. */
export interface ObjectOrder {
  readonly address: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** Earliest wave of the first apply (see {@link creationSteps}). */
  readonly step: number;
  /**
   * `after`: created after its namespace; `race`: may be created before it; `external`: the
   * namespace is not created by the stack and must exist; `cluster-scoped`: no namespace.
   */
  readonly namespaceOrder: "after" | "race" | "external" | "cluster-scoped";
  readonly namespaceAddress?: string;
  /** For a custom resource: the CRD's group and the operator that installs it (a prerequisite). */
  readonly crd?: { readonly group: string; readonly operator: string };
  /** IAM that the object's AWS identity needs: what is created before it, and what may not be. */
  readonly iam: { readonly after: string[]; readonly race: string[] };
  /** Network policies that select the object's pods: created before it, or maybe not. */
  readonly networkPolicies: { readonly after: string[]; readonly race: string[] };
}

/** The first-apply ordering of a stack's Kubernetes objects. */
export interface FirstApplyReport {
  readonly objects: ObjectOrder[];
  readonly namespaceRaces: NamespaceRace[];
  /** Dependency cycles: Terraform refuses to plan the stack while there is one. */
  readonly cycles: string[][];
}

const CORE_GROUPS =
  /^(v1|(apps|batch|policy|networking\.k8s\.io|rbac\.authorization\.k8s\.io|storage\.k8s\.io|scheduling\.k8s\.io|autoscaling)\/.+)$/;

/** Pod template (Terraform schema) of a typed workload, or undefined. */
function podTemplateOf(type: string, config: any): { labels: Record<string, string>; spec: any } | undefined {
  const spec = one(config.spec);
  let template;
  if (type === "kubernetes_cron_job_v1") template = one(one(one(spec?.job_template)?.spec)?.template);
  else if (/^kubernetes_(deployment|stateful_set|daemon_set|job)(_v1)?$/.test(type)) template = one(spec?.template);
  else if (type === "kubernetes_pod_v1") return { labels: one(config.metadata)?.labels ?? {}, spec };
  if (!template) return undefined;
  return { labels: one(template.metadata)?.labels ?? {}, spec: one(template.spec) };
}

/** The AWS role (address) that a service account assumes through its IRSA annotation. */
function roleOfServiceAccount(tf: TerraformJson, sa: KubernetesObject | undefined): string | undefined {
  const arn = one(sa?.config.metadata)?.annotations?.["eks.amazonaws.com/role-arn"];
  if (typeof arn !== "string") return undefined;
  return referencedAddresses(tf, interpolations(arn).join(" ")).find((a) => a.startsWith("aws_iam_role."));
}

/** IAM resources that grant or shape what a role may do: the role, and everything that references it. */
function iamOfRole(graph: DependencyGraph, role: string): string[] {
  const out = [role];
  for (const [a, deps] of graph.dependencies) {
    const node = graph.nodes.get(a)!;
    if (!node.data && IAM_TYPES.has(node.type) && a !== role && deps.has(role)) out.push(a);
  }
  return out.sort();
}

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>): boolean =>
  Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);

/** The first-apply ordering report of a stack. */
export function firstApplyOrder(tf: TerraformJson): FirstApplyReport {
  const graph = dependencyGraph(tf);
  const steps = creationSteps(graph);
  const objects = kubernetesObjects(tf);
  const races = namespaceRaces(tf, graph);
  const raced = new Set(races.map((r) => r.address));
  const serviceAccounts = objects.filter((o) => o.kind === "ServiceAccount");
  const policies = objects
    .filter((o) => o.kind === "NetworkPolicy" || o.kind === "CiliumNetworkPolicy")
    .map((o) => ({
      object: o,
      selector:
        o.kind === "NetworkPolicy"
          ? (one(one(one(o.config.spec)?.pod_selector)?.match_labels) ?? one(o.config.spec)?.pod_selector?.match_labels ?? {})
          : (o.config.manifest?.spec?.endpointSelector?.matchLabels ?? {}),
    }));
  const result = objects.map((o): ObjectOrder => {
    const deps = transitiveDependencies(graph, o.address);
    const type = o.address.split(".")[0];
    const split = (addresses: string[]) => ({
      after: addresses.filter((a) => deps.has(a)),
      race: addresses.filter((a) => !deps.has(a) && a !== o.address),
    });
    let saName: string | undefined;
    const pod = type === "kubernetes_manifest" ? undefined : podTemplateOf(type, o.config);
    if (o.kind === "ServiceAccount") saName = o.name;
    else if (pod) saName = literal(tf, pod.spec?.service_account_name) ?? "default";
    else if (o.kind === "SecretStore") saName = o.config.manifest?.spec?.provider?.aws?.auth?.jwt?.serviceAccountRef?.name;
    const sa = serviceAccounts.find((s) => s.name === saName && s.namespace === o.namespace);
    const role = roleOfServiceAccount(tf, sa);
    const netpols = pod
      ? policies.filter((p) => p.object.namespace === o.namespace && selects(p.selector, pod.labels)).map((p) => p.object.address)
      : [];
    const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
    return {
      address: o.address,
      kind: o.kind,
      name: o.name,
      namespace: o.namespace,
      step: steps.get(o.address) ?? -1,
      namespaceOrder:
        o.namespace === undefined
          ? "cluster-scoped"
          : o.namespaceAddress === undefined
            ? "external"
            : raced.has(o.address)
              ? "race"
              : "after",
      namespaceAddress: o.namespaceAddress,
      crd: CORE_GROUPS.test(o.apiVersion) ? undefined : { group, operator: OPERATOR_OF_GROUP[group] ?? "its operator" },
      iam: split([...(sa && sa.address !== o.address ? [sa.address] : []), ...(role ? iamOfRole(graph, role) : [])]),
      networkPolicies: split(netpols),
    };
  });
  result.sort((a, b) => a.step - b.step || (a.address < b.address ? -1 : 1));
  return { objects: result, namespaceRaces: races, cycles: dependencyCycles(graph) };
}

const short = (address: string) => address.replace(/_[0-9A-F]{8}$/, "");

/** The ordering section of the hardening report (Markdown). */
export function renderFirstApplyMarkdown(report: FirstApplyReport): string {
  const lines = [
    "## First apply: order of the Kubernetes objects",
    "",
    "Terraform creates a resource once everything it references or names in `depends_on` exists; resources with no path " +
      "between them are created in parallel, in any order. Step is the earliest wave in which the first apply can create " +
      "the object. Custom resources need their operator's CRDs before the plan (`kubernetes_manifest` reads the schema " +
      "from the cluster). IAM lists the object's service account, its role and the policies attached to the role; " +
      "network policies are those selecting the object's pods. _may precede_ means nothing orders the two.",
    "",
  ];
  if (report.objects.length === 0) return [...lines, "No Kubernetes objects.", ""].join("\n");
  lines.push("| Step | Object | Namespace | CRD (prerequisite) | IAM | Network policies |", "|---|---|---|---|---|---|");
  const rel = (r: { after: string[]; race: string[] }) =>
    [...r.after.map((a) => `after \`${short(a)}\``), ...r.race.map((a) => `**may precede** \`${short(a)}\``)].join("<br>") || "—";
  for (const o of report.objects) {
    const ns =
      o.namespaceOrder === "after"
        ? `after \`${short(o.namespaceAddress!)}\``
        : o.namespaceOrder === "race"
          ? `**may precede \`${short(o.namespaceAddress!)}\`**`
          : o.namespaceOrder === "external"
            ? `\`${o.namespace}\` must exist`
            : "—";
    const crd = o.crd ? `${o.crd.group} (${o.crd.operator})` : "—";
    const id = `${o.kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name}`;
    lines.push(`| ${o.step} | ${id}<br>\`${short(o.address)}\` | ${ns} | ${crd} | ${rel(o.iam)} | ${rel(o.networkPolicies)} |`);
  }
  lines.push("", "### Namespace races", "");
  if (report.namespaceRaces.length === 0) lines.push("None: every namespaced object is created after its namespace.");
  for (const r of report.namespaceRaces) lines.push(`- \`${r.address}\`: ${r.message}`);
  lines.push("", "### Dependency cycles", "");
  if (report.cycles.length === 0) lines.push("None.");
  for (const c of report.cycles) lines.push(`- Terraform refuses to plan this cycle: ${c.map((a) => `\`${a}\``).join(" ↔ ")}`);
  lines.push("");
  return lines.join("\n");
}
