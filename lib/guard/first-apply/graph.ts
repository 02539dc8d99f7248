/**
 * Terraform's dependency graph of a stack, and what follows from it for the first apply: the
 * cycles Terraform refuses, the earliest wave in which each resource can be created, and an
 * adversarial order of creation that the graph allows.
 */
import { many } from "../blocks";
import type { TerraformJson } from "../blocks";
import { referencedAddresses, referencesIn } from "./references";

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

/** Every resource and data source of the document, by address. */
function graphNodes(tf: TerraformJson): Map<string, GraphNode> {
  const nodes = new Map<string, GraphNode>();
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
  return nodes;
}

/** What a node depends on directly: references in its arguments and `replace_triggered_by`, and `depends_on`. */
function directDependencies(tf: TerraformJson, node: GraphNode): Set<string> {
  const { depends_on: dependsOn, lifecycle, ...rest } = node.config ?? {};
  const deps = referencesIn(tf, rest);
  for (const a of referencesIn(tf, lifecycle?.replace_triggered_by ?? [])) deps.add(a);
  for (const d of many(dependsOn)) {
    const text = String(d);
    const bare = /^\$\{(.*)\}$/.exec(text)?.[1] ?? text;
    for (const a of referencedAddresses(tf, bare)) deps.add(a);
  }
  deps.delete(node.address);
  return deps;
}

/** Terraform's dependency graph: references in every argument plus `depends_on`. */
export function dependencyGraph(tf: TerraformJson): DependencyGraph {
  const nodes = graphNodes(tf);
  const dependencies = new Map<string, Set<string>>();
  for (const node of nodes.values()) dependencies.set(node.address, directDependencies(tf, node));
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
  const dependents = dependentCounts(graph);
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

/** How many resources depend on each address, directly or transitively. */
function dependentCounts(graph: DependencyGraph): Map<string, number> {
  const dependents = new Map<string, number>();
  for (const a of graph.nodes.keys()) dependents.set(a, 0);
  for (const a of graph.nodes.keys()) for (const d of transitiveDependencies(graph, a)) dependents.set(d, (dependents.get(d) ?? 0) + 1);
  return dependents;
}
