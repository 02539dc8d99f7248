// Terraform references in a synthesized cdk.tf.json: finding them in values, resolving a reference
// to the literal it points at, and the dependency graph they (and depends_on) form. Pure functions
// over the parsed JSON, shared by the structural checks and the unit tests.
import { many, one, TerraformJson } from "../../lib/guard/model";

/** A managed resource's address, `type.name`. */
export type Address = string;

/** A reference to an attribute of a managed resource, e.g. `kubernetes_namespace_v1.Ns.metadata[0].name`. */
export interface Reference {
  readonly address: Address;
  /** Attribute path after the address, e.g. `metadata[0].name` (empty for the whole resource). */
  readonly path: string;
}

const INTERPOLATION = /\$\{([^{}]*)\}/g;

const cache = new WeakMap<object, Map<Address, any>>();

/** Every managed resource of the JSON: address to config. */
export function allResources(tf: TerraformJson): Map<Address, any> {
  const cached = cache.get(tf);
  if (cached) return cached;
  const out = new Map<Address, any>();
  for (const [type, byName] of Object.entries((tf.resource ?? {}) as Record<string, Record<string, any>>)) {
    for (const [name, config] of Object.entries(byName)) out.set(`${type}.${name}`, config);
  }
  cache.set(tf, out);
  return out;
}

/** True when a string holds a Terraform interpolation. */
export function isInterpolated(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

/** The references to managed resources in a value (any depth), in order of appearance. */
export function referencesIn(tf: TerraformJson, value: unknown): Reference[] {
  const known = allResources(tf);
  const out: Reference[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === "string") {
      for (const m of v.matchAll(INTERPOLATION)) out.push(...referencesInExpression(known, m[1]));
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === "object") {
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return out;
}

/** References in a bare expression such as `aws_lb_target_group.Tg.arn` (depends_on, replace_triggered_by). */
export function referencesInExpression(known: Map<Address, any>, expression: string): Reference[] {
  const out: Reference[] = [];
  for (const m of expression.matchAll(/(?<![\w.])([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)((?:\.[\w-]+|\[[^\]]*\])*)/g)) {
    const address = `${m[1]}.${m[2]}`;
    if (m[1] === "data" || m[1] === "var" || m[1] === "local" || m[1] === "each") continue;
    if (!known.has(address)) continue;
    out.push({ address, path: (m[3] ?? "").replace(/^\./, "") });
  }
  return out;
}

/** The single reference a value consists of (`${type.name.path}` and nothing else), if it is one. */
export function exactReference(tf: TerraformJson, value: unknown): Reference | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\$\{([^{}]*)\}$/.exec(value);
  if (!m) return undefined;
  const refs = referencesInExpression(allResources(tf), m[1].trim());
  return refs.length === 1 && `${refs[0].address}${refs[0].path ? `.${refs[0].path}` : ""}` === m[1].trim() ? refs[0] : undefined;
}

/** Follows an attribute path (`metadata[0].name`, `manifest.spec.target.name`) through a config. */
export function attributeAt(config: any, path: string): unknown {
  let current: any = config;
  for (const part of path.split(".").filter(Boolean)) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    current = current?.[m[1]];
    const indices = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    for (const i of indices) current = Array.isArray(current) ? current[i] : i === 0 ? current : undefined;
  }
  return current;
}

/**
 * The literal a value stands for: the value itself when it is a plain string, or what a single
 * reference points at (followed through further references). Undefined when not resolvable here.
 */
export function literalOf(tf: TerraformJson, value: unknown, depth = 0): string | undefined {
  if (typeof value !== "string" || depth > 8) return undefined;
  if (!isInterpolated(value)) return value;
  const ref = exactReference(tf, value);
  if (!ref) return undefined;
  return literalOf(tf, attributeAt(allResources(tf).get(ref.address), ref.path), depth + 1);
}

/** The resources each resource depends on directly: its references and its depends_on. */
export function dependencyGraph(tf: TerraformJson): Map<Address, Set<Address>> {
  const known = allResources(tf);
  const graph = new Map<Address, Set<Address>>();
  for (const [address, config] of known) {
    const edges = new Set<Address>();
    const { depends_on: dependsOn, lifecycle, ...rest } = config ?? {};
    for (const ref of referencesIn(tf, rest)) if (ref.address !== address) edges.add(ref.address);
    for (const d of many(dependsOn))
      for (const ref of referencesInExpression(known, String(d).replace(/^\$\{|\}$/g, ""))) edges.add(ref.address);
    void lifecycle;
    graph.set(address, edges);
  }
  return graph;
}

/** True when `from` depends on `to`, directly or transitively. */
export function dependsOn(graph: Map<Address, Set<Address>>, from: Address, to: Address): boolean {
  const seen = new Set<Address>();
  const stack = [from];
  while (stack.length > 0) {
    const next = stack.pop()!;
    for (const d of graph.get(next) ?? []) {
      if (d === to) return true;
      if (!seen.has(d)) {
        seen.add(d);
        stack.push(d);
      }
    }
  }
  return false;
}

/** `metadata` of a typed Kubernetes resource or of a kubernetes_manifest. */
export function metadataOf(address: Address, config: any): any {
  return address.startsWith("kubernetes_manifest.") ? config?.manifest?.metadata : one(config?.metadata);
}

/** The literal namespace of a Kubernetes resource (undefined when cluster-scoped or unresolvable). */
export function namespaceLiteral(tf: TerraformJson, address: Address, config: any): string | undefined {
  return literalOf(tf, metadataOf(address, config)?.namespace);
}
