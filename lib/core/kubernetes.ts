import { Annotations } from "cdktf";
import { IConstruct } from "constructs";
import { ErrorCodes, invalidInput } from "./errors";
import { isConcrete } from "./tokens";

/**
 * Pod Security Standards "restricted", written out explicitly. The Kubernetes provider defaults
 * `allow_privilege_escalation` and `automount_service_account_token` to true, and scanners pass
 * when fields are absent, so every field is set here rather than left to defaults.
 */

/** Pod-level security context (snake_case-free cdktf form) for a restricted pod. */
export function restrictedPodSecurityContext(uid: number): {
  runAsNonRoot: boolean;
  runAsUser: string;
  runAsGroup: string;
  fsGroup: string;
  seccompProfile: { type: string };
} {
  return {
    runAsNonRoot: true,
    runAsUser: String(uid),
    runAsGroup: String(uid),
    fsGroup: String(uid),
    seccompProfile: { type: "RuntimeDefault" },
  };
}

/** Container-level security context for a restricted container. */
export function restrictedContainerSecurityContext(uid: number): {
  allowPrivilegeEscalation: boolean;
  privileged: boolean;
  readOnlyRootFilesystem: boolean;
  runAsNonRoot: boolean;
  runAsUser: string;
  runAsGroup: string;
  capabilities: { drop: string[] };
  seccompProfile: { type: string };
} {
  return {
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: String(uid),
    runAsGroup: String(uid),
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  };
}

/**
 * The pod-level fields every workload of this library sets: its own service account without an
 * API token, no service links, no host namespaces, and the restricted pod security context.
 */
export function restrictedPodBase(serviceAccountName: string, uid: number) {
  return {
    serviceAccountName,
    automountServiceAccountToken: false,
    enableServiceLinks: false,
    hostNetwork: false,
    hostPid: false,
    hostIpc: false,
    securityContext: restrictedPodSecurityContext(uid),
  };
}

/** Namespace labels that make the API server enforce (and audit, and warn on) PSS restricted. */
export function restrictedNamespaceLabels(version: string): Record<string, string> {
  return {
    "pod-security.kubernetes.io/enforce": "restricted",
    "pod-security.kubernetes.io/enforce-version": version,
    "pod-security.kubernetes.io/audit": "restricted",
    "pod-security.kubernetes.io/audit-version": version,
    "pod-security.kubernetes.io/warn": "restricted",
    "pod-security.kubernetes.io/warn-version": version,
  };
}

/** Validates a non-root UID. */
export function requireNonRootUid(component: string, property: string, uid: number): number {
  if (!Number.isInteger(uid) || uid < 1000 || uid > 2147483647) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property,
      received: uid,
      allowed: "an integer UID from 1000 to 2147483647 (never 0: Pod Security Standards restricted forbids root)",
      fix: "use the image's non-root UID, e.g. 10001",
    });
  }
  return uid;
}

/**
 * Stakater Reloader, annotations strategy: the annotation Reloader writes on the pod template when
 * it restarts a workload. Terraform must ignore it, or every plan would undo the restart.
 */
export const RELOADER_LAST_RELOADED_ANNOTATION = "reloader.stakater.com/last-reloaded-from";

/** The Terraform `ignore_changes` path of the Reloader annotation for Deployments/StatefulSets. */
export const RELOADER_IGNORE_CHANGES = `spec[0].template[0].metadata[0].annotations["${RELOADER_LAST_RELOADED_ANNOTATION}"]`;

/** Annotation listing the ConfigMaps whose change restarts a workload. */
export const RELOADER_CONFIGMAP_ANNOTATION = "configmap.reloader.stakater.com/reload";

/** Annotation listing the Secrets whose change restarts a workload. */
export const RELOADER_SECRET_ANNOTATION = "secret.reloader.stakater.com/reload";

/** Result of {@link checkImage}. */
export interface ImageCheck {
  /** True when the image is pinned by digest. */
  readonly pinnedByDigest: boolean;
}

/**
 * Requires an image pinned by digest or an explicit tag. `latest` and untagged images are
 * rejected; a tag without a digest is accepted with a warning, since tags are mutable.
 */
export function checkImage(scope: IConstruct, component: string, property: string, image: string): ImageCheck {
  if (!isConcrete(image)) return { pinnedByDigest: false };
  const digest = /@sha256:[a-f0-9]{64}$/.test(image);
  if (digest) return { pinnedByDigest: true };
  const lastSegment = image.split("/").pop() ?? image;
  const tag = lastSegment.includes(":") ? lastSegment.split(":").pop() : undefined;
  if (image.includes("@") || !tag || tag === "latest") {
    throw invalidInput(ErrorCodes.IMAGE, {
      component,
      property,
      received: image,
      allowed: "an image pinned by digest (repo@sha256:<64 hex>) or an explicit, non-latest tag (repo:1.4.2)",
      fix: "pin the image by digest (preferred) or give the exact release tag",
    });
  }
  Annotations.of(scope).addWarning(
    `[${ErrorCodes.IMAGE}] ${component}: ${property} "${image}" uses a mutable tag, so nodes may run different bits. ` +
      `Fix: set ${property} to "${image}@sha256:<digest>" with the digest of the image you tested ` +
      `(\`docker buildx imagetools inspect ${image}\` prints it).`,
  );
  return { pinnedByDigest: false };
}
