import { Annotations, Token } from "../compat/core";
import type { Manifest } from "../compat/kubernetes/manifest";
import { IConstruct } from "constructs";
import { ErrorCodes, invalidInput } from "./errors";
import { isConcrete } from "./validators";

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

/**
 * How Stakater Reloader restarts a workload: its `--reload-strategy` flag (Helm value
 * `reloader.reloadStrategy`).
 *
 * Source: stakater/Reloader `internal/pkg/handler/upgrade.go`, `invokeReloadStrategy`: the pod
 * template annotation is written only with `--reload-strategy=annotations`; any other value (the
 * default included) adds a `STAKATER_<NAME>_SECRET` / `_CONFIGMAP` variable to the container
 * (`internal/pkg/constants/constants.go`).
 */
export enum ReloaderStrategy {
  /**
   * Reloader writes the annotation `reloader.stakater.com/last-reloaded-from` on the pod template;
   * the workloads of this library ignore exactly that annotation in Terraform. Required.
   */
  ANNOTATIONS = "annotations",
  /**
   * Reloader's default. It adds `STAKATER_*` variables to the container spec, which Terraform owns:
   * the next apply removes them (a second restart) and Reloader adds them again at the next change.
   * `ignore_changes` cannot name one entry of the `env` list, and ignoring the whole list would stop
   * Terraform from delivering configuration, so this strategy is rejected.
   */
  ENV_VARS = "env-vars",
}

/**
 * Validates the Reloader strategy a construct is told the cluster runs. Only
 * {@link ReloaderStrategy.ANNOTATIONS} is accepted; anything else fails synth with the fix.
 */
export function requireReloaderStrategy(component: string, property: string, strategy: ReloaderStrategy | undefined): ReloaderStrategy {
  const value = strategy ?? ReloaderStrategy.ANNOTATIONS;
  if (value !== ReloaderStrategy.ANNOTATIONS) {
    throw invalidInput(ErrorCodes.RELOADER, {
      component,
      property,
      received: value,
      allowed: `"${ReloaderStrategy.ANNOTATIONS}" (Reloader run with --reload-strategy=annotations, Helm value reloader.reloadStrategy=annotations)`,
      fix: "switch Reloader to the annotations strategy and remove the property (or set ReloaderStrategy.ANNOTATIONS): under the env-vars strategy Reloader adds STAKATER_* variables that every terraform apply removes again",
    });
  }
  return value;
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

/** Construct metadata of an image accepted with a tag and no digest (with a warning) by {@link checkImage}. */
export const MUTABLE_IMAGE_METADATA = "meshq:mutable-image";

/** An image a construct accepted with a tag and no digest, and the property it came from. */
export interface MutableImage {
  readonly image: string;
  /** `Component.property`, e.g. `VaultSecretRotation.image`. */
  readonly property: string;
}

/** The images constructs under `scope` accepted with a tag and no digest (see {@link checkImage}). */
export function mutableImagesOf(scope: IConstruct): MutableImage[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === MUTABLE_IMAGE_METADATA).map((m) => m.data as MutableImage));
}

/** Result of {@link checkImage}. */
export interface ImageCheck {
  /** True when the image is pinned by digest. */
  readonly pinnedByDigest: boolean;
}

/**
 * Requires an image to be given: images without a library default (the user's supply-chain choice)
 * fail synth with the form expected, instead of a TypeScript-only error that JavaScript callers miss.
 */
export function requireImage(component: string, property: string, image: string | undefined, example: string): void {
  if (image === undefined || image === null || (typeof image === "string" && image.trim() === "")) {
    throw invalidInput(ErrorCodes.IMAGE, {
      component,
      property,
      received: image,
      allowed: `an image pinned by digest, e.g. ${example}`,
      fix: `set ${property} to the image you tested, pinned by digest (\`docker buildx imagetools inspect <image:tag>\` prints it)`,
    });
  }
}

/**
 * Requires an image pinned by digest or an explicit tag. `latest` and untagged images are
 * rejected; a tag without a digest is accepted with a warning, since tags are mutable, and recorded
 * ({@link mutableImagesOf}): the guard's MESHQ-IMAGE-1 and the admission policies accept exactly
 * that image in the stack's workloads, and deny any other image without a digest.
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
  // the guard and the admission policies accept exactly the tags accepted here (MESHQ-IMAGE-1)
  scope.node.addMetadata(MUTABLE_IMAGE_METADATA, { image, property: `${component}.${property}` } satisfies MutableImage);
  Annotations.of(scope).addWarning(
    `[${ErrorCodes.IMAGE}] ${component}: ${property} "${image}" uses a mutable tag, so nodes may run different bits. ` +
      `Fix: set ${property} to "${image}@sha256:<digest>" with the digest of the image you tested ` +
      `(\`docker buildx imagetools inspect ${image}\` prints it).`,
  );
  return { pinnedByDigest: false };
}

/**
 * A reference to a field of a `kubernetes_manifest`, e.g. `metadata.name` or `spec.secretName`. It
 * is known at plan (it is configuration), and the resource that uses it is created after the
 * manifest: name objects of the same stack through such references, never by repeating the name.
 */
export function manifestField(manifest: Manifest, path: string): string {
  return Token.asString(manifest.interpolationForAttribute(`manifest.${path}`));
}

/**
 * The schedule settings of the library's rotation CronJobs: in UTC, never two runs at once, a run
 * missed by more than an hour skipped, three finished jobs of each outcome kept.
 */
export const ROTATION_CRON_JOB_SCHEDULING = {
  timezone: "Etc/UTC",
  concurrencyPolicy: "Forbid",
  startingDeadlineSeconds: 3600,
  successfulJobsHistoryLimit: 3,
  failedJobsHistoryLimit: 3,
} as const;
