/**
 * The Kubernetes objects of a stack (typed `kubernetes_*` resources and `kubernetes_manifest`) with
 * their namespaces, and the namespaced objects that the first apply may create before their
 * namespace.
 */
import { one } from "../blocks";
import type { TerraformJson } from "../blocks";
import { DependencyGraph, dependencyGraph, transitiveDependencies } from "./graph";
import { CLUSTER_SCOPED_KINDS, KUBERNETES_TYPED_KINDS } from "./kinds";
import { literalText, referencesIn } from "./references";

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

/** An object of the stack before its name and namespace are resolved. */
interface ObjectEntry {
  readonly address: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly metadata: any;
  readonly config: any;
}

/** The object a resource creates, when it is a Kubernetes object. */
function entryOf(type: string, name: string, config: any): ObjectEntry | undefined {
  const address = `${type}.${name}`;
  if (type === "kubernetes_manifest") {
    const m = config.manifest ?? {};
    const kind = String(m.kind);
    return {
      address,
      apiVersion: String(m.apiVersion),
      kind,
      namespaced: !CLUSTER_SCOPED_KINDS.has(m.kind),
      metadata: m.metadata ?? {},
      config,
    };
  }
  const k = KUBERNETES_TYPED_KINDS[type];
  return k ? { address, ...k, metadata: one(config.metadata) ?? {}, config } : undefined;
}

function objectEntries(tf: TerraformJson): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  for (const [type, byName] of Object.entries<Record<string, any>>(tf.resource ?? {})) {
    for (const [name, config] of Object.entries(byName ?? {})) {
      const entry = entryOf(type, name, config);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

/** The stack's namespaces: name to the address of the resource that creates it. */
function namespaceAddresses(tf: TerraformJson, entries: ObjectEntry[]): Map<string, string> {
  const namespaces = new Map<string, string>();
  for (const e of entries) {
    if (e.kind !== "Namespace" || e.apiVersion !== "v1") continue;
    const n = literalText(tf, e.metadata.name);
    if (n) namespaces.set(n, e.address);
  }
  return namespaces;
}

/** An object's namespace and the address of the namespace resource, when the stack creates it. */
function namespaceOf(
  tf: TerraformJson,
  e: ObjectEntry,
  namespaces: Map<string, string>,
): { namespace?: string; namespaceAddress?: string } {
  if (!e.namespaced) return {};
  const namespace = literalText(tf, e.metadata.namespace) ?? (e.metadata.namespace ? undefined : "default");
  if (namespace !== undefined) return { namespace, namespaceAddress: namespaces.get(namespace) };
  // an expression over a namespace resource (`….id`): that namespace; anything else stays unknown
  const ref = [...referencesIn(tf, e.metadata.namespace)].find((a) => /^kubernetes_namespace(_v1)?\./.test(a));
  const entry = ref ? [...namespaces].find(([, a]) => a === ref) : undefined;
  return { namespace: entry?.[0] ?? "<unknown>", namespaceAddress: entry?.[1] };
}

/** Every Kubernetes object of the stack: typed `kubernetes_*` resources and `kubernetes_manifest`. */
export function kubernetesObjects(tf: TerraformJson): KubernetesObject[] {
  const entries = objectEntries(tf);
  const namespaces = namespaceAddresses(tf, entries);
  return entries.map((e) => {
    const name = literalText(tf, e.metadata.name) ?? literalText(tf, e.metadata.generate_name) ?? "";
    const { namespace, namespaceAddress } = namespaceOf(tf, e, namespaces);
    return { address: e.address, apiVersion: e.apiVersion, kind: e.kind, name, namespace, namespaceAddress, config: e.config };
  });
}

/** A namespaced object that the first apply may create before its namespace. */
export interface NamespaceRace {
  readonly address: string;
  readonly namespace: string;
  readonly namespaceAddress: string;
  readonly message: string;
}

/** The objects that do not depend on their namespace, directly or transitively (`dependsOn` gives an object's dependencies). */
export function racesAmong(objects: readonly KubernetesObject[], dependsOn: (address: string) => ReadonlySet<string>): NamespaceRace[] {
  return objects
    .filter((o) => o.namespaceAddress !== undefined && !dependsOn(o.address).has(o.namespaceAddress))
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

/** Namespaced objects that neither reference their namespace nor depend on it, directly or transitively. */
export function namespaceRaces(tf: TerraformJson, graph: DependencyGraph = dependencyGraph(tf)): NamespaceRace[] {
  return racesAmong(kubernetesObjects(tf), (address) => transitiveDependencies(graph, address));
}
