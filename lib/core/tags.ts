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
  /**
   * The AWS tag that says which deployment owns a resource: its value is the deployment's name. IAM
   * conditions of a deploying role (`aws:ResourceTag/meshoptixiq:deployment`) rely on it, so
   * {@link awsTags} writes it last: neither the provider's default tags (which resource tags
   * override) nor a caller's extra tags can change it.
   */
  AWS_OWNER: "meshoptixiq:deployment",
} as const;

/**
 * AWS tags for a component of a deployment. The owner tag ({@link TagKeys.AWS_OWNER}) always
 * carries `deployment`, whatever `extra` holds.
 */
export function awsTags(deployment: string, component: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    Application: "meshoptixiq",
    Component: component,
    Deployment: deployment,
    ManagedBy: "terraform-cdktf",
    ...extra,
    [TagKeys.AWS_OWNER]: deployment,
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
