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
 * see (after every escape-hatch override), and can be tested on planted documents:
 *
 * - `first-apply/references.ts`: interpolations and the resources an expression names;
 * - `first-apply/graph.ts`: the dependency graph, its cycles, creation waves and an adversarial order;
 * - `first-apply/objects.ts`: the Kubernetes objects with their namespaces, and namespace races;
 * - `first-apply/order.ts`: the ordering report of every object;
 * - `first-apply/markdown.ts`: its section of the hardening report.
 */

/**
 * Whether a namespaced object that may be created before its namespace fails synth (an error
 * annotation) or is reported as a warning. On: no stack of the library races its namespace, and a
 * race breaks the first apply. The guard option `namespaceRaceFailsSynth` overrides it per stack.
 */
export const NAMESPACE_RACE_FAILS_SYNTH = true;

/** Code of the ordering findings. */
export const FIRST_APPLY_CODE = "MESHQ-FIRST-APPLY";

export { KUBERNETES_TYPED_KINDS, OPERATOR_OF_GROUP } from "./first-apply/kinds";
export { interpolations, referencedAddresses, resolveReference } from "./first-apply/references";
export type { DependencyGraph, GraphNode } from "./first-apply/graph";
export { adversarialOrder, creationSteps, dependencyCycles, dependencyGraph, transitiveDependencies } from "./first-apply/graph";
export type { KubernetesObject, NamespaceRace } from "./first-apply/objects";
export { kubernetesObjects, namespaceRaces } from "./first-apply/objects";
export type { FirstApplyReport, ObjectOrder } from "./first-apply/order";
export { firstApplyOrder } from "./first-apply/order";
export { renderFirstApplyMarkdown } from "./first-apply/markdown";
