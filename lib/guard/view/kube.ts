/**
 * Kubernetes objects of a stack: typed resources and `kubernetes_manifest` objects of the same kind
 * in one shape (the typed resources' snake_case schema), with `kubernetes_labels` patches applied.
 */
import { one } from "../blocks";
import type { KubeObject } from "./kube-types";
import { apiToTyped } from "./normalize";
import type { ValueReader, ViewResource } from "./resources";
import { CLUSTER_SCOPED_KINDS } from "./kube-types";

/** Kinds of the typed Kubernetes resources (canonical types). */
const TYPED_KINDS: Readonly<Record<string, string>> = {
  kubernetes_deployment_v1: "Deployment",
  kubernetes_stateful_set_v1: "StatefulSet",
  kubernetes_daemon_set_v1: "DaemonSet",
  kubernetes_job_v1: "Job",
  kubernetes_cron_job_v1: "CronJob",
  kubernetes_pod_v1: "Pod",
  kubernetes_replication_controller_v1: "ReplicationController",
  kubernetes_network_policy_v1: "NetworkPolicy",
  kubernetes_namespace_v1: "Namespace",
  kubernetes_config_map_v1: "ConfigMap",
  kubernetes_secret_v1: "Secret",
  kubernetes_service_v1: "Service",
  kubernetes_service_account_v1: "ServiceAccount",
  kubernetes_storage_class_v1: "StorageClass",
  kubernetes_persistent_volume_claim_v1: "PersistentVolumeClaim",
  kubernetes_ingress_v1: "Ingress",
  kubernetes_pod_disruption_budget_v1: "PodDisruptionBudget",
  kubernetes_role_v1: "Role",
  kubernetes_role_binding_v1: "RoleBinding",
  kubernetes_cluster_role_v1: "ClusterRole",
  kubernetes_cluster_role_binding_v1: "ClusterRoleBinding",
};

/** Kinds whose manifests are converted to the typed resources' shape. */
const NORMALIZED_KINDS = new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Pod",
  "NetworkPolicy",
  "Namespace",
  "ConfigMap",
  "Secret",
  "Service",
  "ServiceAccount",
  "StorageClass",
  "PersistentVolumeClaim",
]);

/** Terraform meta-arguments: not part of the object. */
const META_ARGUMENTS = new Set(["//", "count", "for_each", "provider", "depends_on", "lifecycle", "timeouts", "connection", "provisioner"]);

/** An object before its name, namespace and labels are resolved. */
interface RawObject {
  readonly resource: ViewResource;
  readonly kind: string;
  readonly source: "typed" | "manifest";
  readonly metadata: any;
  readonly body: any;
}

/** A `kubernetes_labels` patch, its target resolved. */
interface LabelPatch {
  readonly kind: unknown;
  readonly name: unknown;
  readonly namespace: unknown;
  readonly labels: Record<string, string>;
}

/** The object a `kubernetes_manifest` creates, read as written (values are resolved where they are judged, never twice). */
function manifestObject(r: ViewResource): RawObject | undefined {
  const manifest = r.config.manifest;
  const kind = typeof manifest?.kind === "string" ? manifest.kind : undefined;
  if (!kind) return undefined;
  const { apiVersion: _a, kind: _k, metadata, ...rest } = manifest;
  return {
    resource: r,
    kind,
    source: "manifest",
    metadata: NORMALIZED_KINDS.has(kind) ? apiToTyped(metadata ?? {}, kind) : (metadata ?? {}),
    body: NORMALIZED_KINDS.has(kind) ? apiToTyped(rest, kind) : rest,
  };
}

/** The object a typed Kubernetes resource creates: its arguments without the meta-arguments and metadata. */
function typedObject(r: ViewResource): RawObject | undefined {
  const kind = TYPED_KINDS[r.kind];
  if (!kind) return undefined;
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.config)) if (!META_ARGUMENTS.has(k) && k !== "metadata") body[k] = v;
  return { resource: r, kind, source: "typed", metadata: one(r.config.metadata) ?? {}, body };
}

function labelPatches(reader: ValueReader): LabelPatch[] {
  return reader.resources("kubernetes_labels").map((p) => ({
    kind: reader.literal(p.config.kind),
    name: reader.literal(one(p.config.metadata)?.name),
    namespace: reader.literal(one(p.config.metadata)?.namespace),
    labels: p.config.labels ?? {},
  }));
}

/** The namespace of a namespaced object (`default` when unset), or the expression when it cannot be known. */
function namespaceOf(reader: ValueReader, metadata: any): { namespace?: string; namespaceExpression?: string } {
  const r = reader.resolve(metadata.namespace);
  if (!r.known) return { namespaceExpression: r.expression };
  return { namespace: r.value === undefined || r.value === null || r.value === "" ? "default" : String(r.value) };
}

function toObject(reader: ValueReader, o: RawObject, patches: LabelPatch[]): KubeObject {
  const name = reader.literal(o.metadata.name ?? o.metadata.generate_name);
  const namespaced = !CLUSTER_SCOPED_KINDS.has(o.kind);
  const { namespace, namespaceExpression } = namespaced ? namespaceOf(reader, o.metadata) : {};
  let labels = o.metadata.labels ?? {};
  for (const p of patches) {
    if (p.kind === o.kind && p.name === name && (!namespaced || (p.namespace ?? "default") === namespace))
      labels = { ...labels, ...p.labels };
  }
  return {
    resource: o.resource,
    address: o.resource.address,
    kind: o.kind,
    source: o.source,
    metadata: { ...o.metadata, labels },
    ...(typeof name === "string" ? { name } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    ...(namespaceExpression !== undefined ? { namespaceExpression } : {}),
    body: o.body,
  };
}

/** Every Kubernetes object of the given resources, typed or manifest, in their order. */
export function kubeObjects(reader: ValueReader, all: readonly ViewResource[]): KubeObject[] {
  const raw: RawObject[] = [];
  for (const r of all) {
    const o = r.kind === "kubernetes_manifest" ? manifestObject(r) : typedObject(r);
    if (o) raw.push(o);
  }
  const patches = labelPatches(reader);
  return raw.map((o) => toObject(reader, o, patches));
}

/** The spec of a Kubernetes object (typed shape: `spec` is a block). */
export function specOf(o: KubeObject): any {
  return one(o.body?.spec) ?? {};
}
