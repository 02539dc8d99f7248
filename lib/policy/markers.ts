/**
 * Typed resource markers. The constructs mark the resources the hardening guard must find (the API
 * pods, the API-key secrets, the Neo4j pods and the Neo4j password rotation CronJob) with one label
 * (Kubernetes) or tag (AWS), and the guard reads the same definition instead of guessing from
 * names. A marker only adds what the guard judges: the guard also recognises these resources by
 * what they do, so removing or changing a marker never makes a control pass.
 */

/** The label (Kubernetes objects and pod templates) and tag (AWS resources) key of a marker. */
export const ROLE_KEY = "meshoptixiq.io/role";

/** The roles a marker names. */
export const Role = {
  /** The pod template of the MeshOptixIQ API. */
  API: "api",
  /** A Secrets Manager secret holding an API key. */
  API_KEY: "api-key",
  /** The pod template of the Neo4j server. */
  NEO4J: "neo4j",
  /** The CronJob that rotates the Neo4j passwords. */
  NEO4J_PASSWORD_ROTATION: "neo4j-password-rotation",
  /** The CronJob that rotates secrets in Vault (VaultSecretRotation). */
  VAULT_SECRET_ROTATION: "vault-secret-rotation",
} as const;

/** A role a marker names. */
export type Role = (typeof Role)[keyof typeof Role];

/**
 * The standard Kubernetes annotation naming a pod's default container; on a marked pod template it
 * names the container that plays the role (the only container needs none).
 */
export const DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

/** The label or tag that marks a resource with a role. */
export function roleMarker(role: Role): Record<string, string> {
  return { [ROLE_KEY]: role };
}

/** The annotation that names the container of a marked pod template that plays its role. */
export function defaultContainer(name: string): Record<string, string> {
  return { [DEFAULT_CONTAINER_ANNOTATION]: name };
}

/** True when a label or tag map (as written) carries the marker of `role`. */
export function hasRole(labels: unknown, role: Role): boolean {
  return !!labels && typeof labels === "object" && (labels as Record<string, unknown>)[ROLE_KEY] === role;
}
