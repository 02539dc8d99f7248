/**
 * Tagging convention. Every AWS resource this library creates carries these tags, and every
 * Kubernetes object carries the matching labels, so that owners can find what belongs to a
 * deployment and which construct made it.
 */

/** Tag and label keys used across the library. */
export const TagKeys = {
  APP: "app.kubernetes.io/part-of",
  COMPONENT: "app.kubernetes.io/component",
  MANAGED_BY: "app.kubernetes.io/managed-by",
  DEPLOYMENT: "meshoptixiq.io/deployment",
} as const;

/** AWS tags for a component of a deployment. */
export function awsTags(deployment: string, component: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    Application: "meshoptixiq",
    Component: component,
    Deployment: deployment,
    ManagedBy: "terraform-cdktf",
    ...extra,
  };
}

/** Kubernetes labels for a component of a deployment (recommended app.kubernetes.io labels). */
export function k8sLabels(deployment: string, component: string): Record<string, string> {
  return {
    [TagKeys.APP]: "meshoptixiq",
    [TagKeys.COMPONENT]: component,
    [TagKeys.MANAGED_BY]: "terraform",
    [TagKeys.DEPLOYMENT]: deployment,
  };
}
