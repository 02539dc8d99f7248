/**
 * The shapes of the Kubernetes views: objects (typed resources and `kubernetes_manifest` in one
 * shape), pod templates with their containers' environment, volume claims and ConfigMaps.
 */
import type { ViewResource } from "./resources";

/** Kinds whose objects carry a pod template (or are a pod). */
export const WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod"];

/** A Kubernetes object of the stack, typed or manifest. */
export interface KubeObject {
  readonly resource: ViewResource;
  readonly address: string;
  readonly kind: string;
  readonly source: "typed" | "manifest";
  /** Metadata as an object (labels merged with `kubernetes_labels` patches). */
  readonly metadata: any;
  /** The literal name, when known. */
  readonly name?: string;
  /** The literal namespace (`default` when unset); undefined for a cluster-scoped object or an unknown one. */
  readonly namespace?: string;
  /** The namespace expression when it cannot be known. */
  readonly namespaceExpression?: string;
  /** The body: the typed resources' schema for the kinds above, the API form for other kinds. */
  readonly body: any;
}

/** An environment variable of a container. */
export interface EnvEntry {
  readonly name: string;
  /** The literal or expression value; undefined when the value comes from a reference. */
  readonly value?: unknown;
  readonly hasValue: boolean;
  readonly fromSecret: boolean;
  readonly secretKeyRef?: { readonly name?: unknown; readonly key?: unknown };
  readonly configMapKeyRef?: { readonly name?: unknown; readonly key?: unknown };
  /** Address of the resource that sets it (the workload, or a `kubernetes_env` patch). */
  readonly source: string;
}

/** An `env_from` source of a container. */
export interface EnvFromEntry {
  readonly configMap?: unknown;
  readonly secret?: unknown;
  readonly source: string;
}

/** A container (or init container) of a pod. */
export interface ContainerView {
  readonly name: string;
  readonly init: boolean;
  readonly config: any;
  readonly env: EnvEntry[];
  readonly envFrom: EnvFromEntry[];
}

/** A pod template (or a pod) of a workload. */
export interface PodView {
  readonly object: KubeObject;
  readonly resource: ViewResource;
  readonly address: string;
  readonly namespace?: string;
  readonly metadata: any;
  readonly spec: any;
  readonly containers: ContainerView[];
}

/** A persistent volume claim: a StatefulSet claim template, a PVC, an ephemeral volume, or a pod's claim. */
export interface ClaimView {
  readonly address: string;
  readonly what: string;
  /** The storage class name as written; undefined means the cluster's default class. */
  readonly storageClass?: unknown;
  /** Why the claim cannot be judged (a claim of a PVC that is not in the stack). */
  readonly missing?: string;
}

/** A data entry of a ConfigMap. */
export interface DataEntry {
  readonly key: string;
  readonly value: unknown;
  readonly source: string;
}

/** A ConfigMap with its data, patches applied. */
export interface ConfigMapView {
  readonly object: KubeObject;
  readonly name?: string;
  readonly namespace?: string;
  readonly data: DataEntry[];
}

/** Kinds whose objects have no namespace (everything else is namespaced). */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  "Namespace",
  "StorageClass",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "PriorityClass",
  "CustomResourceDefinition",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ClusterIssuer",
  "ClusterSecretStore",
  "ClusterExternalSecret",
  "CiliumClusterwideNetworkPolicy",
]);
