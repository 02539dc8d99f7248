/**
 * The first-apply ordering of a stack's Kubernetes objects: the wave in which each can be created,
 * whether it comes after its namespace, the operator its custom resource needs, and whether the IAM
 * its AWS identity needs and the network policies selecting its pods exist before it.
 */
import { one } from "../blocks";
import type { TerraformJson } from "../blocks";
import { creationSteps, DependencyGraph, dependencyCycles, dependencyGraph, transitiveDependencies } from "./graph";
import { CORE_GROUPS, IAM_TYPES, OPERATOR_OF_GROUP } from "./kinds";
import { KubernetesObject, kubernetesObjects, NamespaceRace, racesAmong } from "./objects";
import { interpolations, literalText, referencedAddresses } from "./references";

/** How one Kubernetes object is ordered against the things it needs on the first apply. */
export interface ObjectOrder {
  readonly address: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** Earliest wave of the first apply (see `creationSteps`). */
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

/** A network policy of the stack with the pod labels it selects. */
interface PolicySelector {
  readonly object: KubernetesObject;
  readonly selector: Record<string, string>;
}

function policySelectors(objects: readonly KubernetesObject[]): PolicySelector[] {
  return objects
    .filter((o) => o.kind === "NetworkPolicy" || o.kind === "CiliumNetworkPolicy")
    .map((o) => ({
      object: o,
      selector:
        o.kind === "NetworkPolicy"
          ? (one(one(one(o.config.spec)?.pod_selector)?.match_labels) ?? one(o.config.spec)?.pod_selector?.match_labels ?? {})
          : (o.config.manifest?.spec?.endpointSelector?.matchLabels ?? {}),
    }));
}

/** What the ordering of each object reads, computed once per stack. */
interface OrderContext {
  readonly tf: TerraformJson;
  readonly steps: Map<string, number>;
  readonly raced: ReadonlySet<string>;
  readonly serviceAccounts: readonly KubernetesObject[];
  readonly policies: readonly PolicySelector[];
  /** Everything an address depends on, directly or transitively. */
  readonly dependsOn: (address: string) => ReadonlySet<string>;
  /** IAM resources of a role ({@link iamOfRole}). */
  readonly iamOf: (role: string) => string[];
}

/** `f` computed once per argument. */
function memoized<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}

/** The name of the service account whose identity an object acts with, when it has one. */
function serviceAccountName(tf: TerraformJson, o: KubernetesObject, pod: { spec: any } | undefined): string | undefined {
  if (o.kind === "ServiceAccount") return o.name;
  if (pod) return literalText(tf, pod.spec?.service_account_name) ?? "default";
  if (o.kind === "SecretStore") return o.config.manifest?.spec?.provider?.aws?.auth?.jwt?.serviceAccountRef?.name;
  return undefined;
}

function namespaceOrderOf(o: KubernetesObject, raced: ReadonlySet<string>): ObjectOrder["namespaceOrder"] {
  if (o.namespace === undefined) return "cluster-scoped";
  if (o.namespaceAddress === undefined) return "external";
  return raced.has(o.address) ? "race" : "after";
}

function crdOf(apiVersion: string): ObjectOrder["crd"] {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  return CORE_GROUPS.test(apiVersion) ? undefined : { group, operator: OPERATOR_OF_GROUP[group] ?? "its operator" };
}

function orderOf(ctx: OrderContext, o: KubernetesObject): ObjectOrder {
  const deps = ctx.dependsOn(o.address);
  const type = o.address.split(".")[0];
  const split = (addresses: string[]) => ({
    after: addresses.filter((a) => deps.has(a)),
    race: addresses.filter((a) => !deps.has(a) && a !== o.address),
  });
  const pod = type === "kubernetes_manifest" ? undefined : podTemplateOf(type, o.config);
  const saName = serviceAccountName(ctx.tf, o, pod);
  const sa = ctx.serviceAccounts.find((s) => s.name === saName && s.namespace === o.namespace);
  const role = roleOfServiceAccount(ctx.tf, sa);
  const netpols = pod
    ? ctx.policies.filter((p) => p.object.namespace === o.namespace && selects(p.selector, pod.labels)).map((p) => p.object.address)
    : [];
  return {
    address: o.address,
    kind: o.kind,
    name: o.name,
    namespace: o.namespace,
    step: ctx.steps.get(o.address) ?? -1,
    namespaceOrder: namespaceOrderOf(o, ctx.raced),
    namespaceAddress: o.namespaceAddress,
    crd: crdOf(o.apiVersion),
    iam: split([...(sa && sa.address !== o.address ? [sa.address] : []), ...(role ? ctx.iamOf(role) : [])]),
    networkPolicies: split(netpols),
  };
}

/** The first-apply ordering report of a stack. */
export function firstApplyOrder(tf: TerraformJson): FirstApplyReport {
  const graph = dependencyGraph(tf);
  const objects = kubernetesObjects(tf);
  const dependsOn = memoized((address) => transitiveDependencies(graph, address));
  const races = racesAmong(objects, dependsOn);
  const ctx: OrderContext = {
    tf,
    steps: creationSteps(graph),
    raced: new Set(races.map((r) => r.address)),
    serviceAccounts: objects.filter((o) => o.kind === "ServiceAccount"),
    policies: policySelectors(objects),
    dependsOn,
    iamOf: memoized((role) => iamOfRole(graph, role)),
  };
  const result = objects.map((o) => orderOf(ctx, o));
  result.sort((a, b) => a.step - b.step || (a.address < b.address ? -1 : 1));
  return { objects: result, namespaceRaces: races, cycles: dependencyCycles(graph) };
}
