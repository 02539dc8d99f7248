/**
 * Finding resources by their typed role marker (`lib/policy/markers.ts`): the pods, CronJobs and
 * secrets the constructs mark, and the container of a marked pod that plays its role. The controls
 * that read markers also recognise the same resources by what they do, so a missing or changed
 * marker never makes them pass.
 */
import { DEFAULT_CONTAINER_ANNOTATION, hasRole, Role, ROLE_KEY } from "../../policy/markers";
import { one } from "../model";
import { ContainerView, KubeObject, PodView, StackView, ViewResource } from "../view";

/** The labels of a label map as written, or an empty map when it cannot be read. */
const labelsOf = (view: StackView, labels: unknown): Record<string, unknown> => {
  const known = view.literal(labels);
  return known && typeof known === "object" ? (known as Record<string, unknown>) : {};
};

/** True when a Kubernetes object carries the marker of `role` on its own labels. */
export function objectHasRole(view: StackView, o: KubeObject, role: Role): boolean {
  return hasRole(labelsOf(view, o.metadata?.labels), role);
}

/** True when a pod template (or its workload) carries the marker of `role`. */
export function podHasRole(view: StackView, pod: PodView, role: Role): boolean {
  return pod.object.kind !== "EnvPatch" && (hasRole(labelsOf(view, pod.metadata?.labels), role) || objectHasRole(view, pod.object, role));
}

/** True when a Terraform resource of a CronJob (typed or manifest) carries the marker of `role`, as written. */
export function resourceHasRole(view: StackView, r: ViewResource, role: Role): boolean {
  const metadata = one(r.config.metadata) ?? r.config.manifest?.metadata;
  return hasRole(labelsOf(view, metadata?.labels), role);
}

/** True when an AWS resource carries the marker of `role` among its tags. */
export function taggedWithRole(view: StackView, r: ViewResource, role: Role): boolean {
  return hasRole(labelsOf(view, r.config.tags), role);
}

/** The container of a marked pod that plays its role, or why it cannot be told. */
export type RoleContainer = { readonly container: ContainerView } | { readonly problem: string };

/**
 * The container of a marked pod that plays `role`: the one the pod template's
 * `kubectl.kubernetes.io/default-container` annotation names, or the only container. Anything
 * else (no annotation and several containers, an annotation naming no container, an annotation
 * the guard cannot know) is a problem to report, never a pass.
 */
export function roleContainer(view: StackView, pod: PodView, role: Role): RoleContainer {
  const containers = pod.containers.filter((c) => !c.init);
  const annotation = pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  const what = `the pod marked ${ROLE_KEY}=${role}`;
  if (annotation !== undefined && annotation !== null) {
    const name = view.resolve(annotation);
    if (!name.known) return { problem: view.unknownMessage(`${what}: ${DEFAULT_CONTAINER_ANNOTATION}`, name.expression) };
    const named = containers.find((c) => c.name === String(name.value));
    return named
      ? { container: named }
      : { problem: `${what}: ${DEFAULT_CONTAINER_ANNOTATION} names container ${String(name.value)}, which the pod does not have` };
  }
  if (containers.length === 1) return { container: containers[0] };
  return {
    problem: `${what} has ${containers.length} containers and no ${DEFAULT_CONTAINER_ANNOTATION} annotation naming the ${role} container`,
  };
}
