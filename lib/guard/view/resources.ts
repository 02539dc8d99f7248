/**
 * Resources and references of the view, and the type aliases: the same resource under an older or
 * alternative name is folded into one canonical type.
 */

/** A resource of the synthesized JSON. */
export interface TfResource {
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly config: any;
}

/** Whether Terraform creates a resource: certainly, or only for some values known later. */
export type Presence = "present" | "unknown";

/** A resource of the view. */
export interface ViewResource extends TfResource {
  /** The canonical type (aliases folded). */
  readonly kind: string;
  readonly presence: Presence;
  /** Why the resource is absent or maybe absent (`count = 0`, `for_each = ${var.x}`). */
  readonly note?: string;
  /** Construct path, when the JSON records it. */
  readonly path?: string;
}

/** A value as the guard can know it. */
export type Resolved = { readonly known: true; readonly value: any } | { readonly known: false; readonly expression: string };

/** A reference to a resource of the stack (`${aws_kms_key.k.arn}`). */
export interface Reference {
  readonly type: string;
  readonly kind: string;
  readonly name: string;
  readonly address: string;
  readonly attribute: string;
  readonly resource: ViewResource;
}

/** What the views of Kubernetes objects and of the network read of a stack: its resources and their values. */
export interface ValueReader {
  /** A value as far as it can be known. */
  resolve(value: unknown): Resolved;
  /** The known value, or undefined when it cannot be known. */
  literal(value: unknown): any;
  /** The resource a value refers to, when it is exactly one reference to a resource of the stack. */
  reference(value: unknown): Reference | undefined;
  /** Resources of the given types (aliases included); absent ones are left out. */
  resources(...types: string[]): ViewResource[];
  /** The resource at an address (present, maybe present or removed). */
  resource(address: string): ViewResource | undefined;
}

/** Type aliases: the same resource under an older or alternative name. */
const ALIASES: Readonly<Record<string, string>> = {
  aws_alb: "aws_lb",
  aws_alb_listener: "aws_lb_listener",
  aws_alb_listener_rule: "aws_lb_listener_rule",
  aws_alb_listener_certificate: "aws_lb_listener_certificate",
  aws_alb_target_group: "aws_lb_target_group",
  aws_alb_target_group_attachment: "aws_lb_target_group_attachment",
  kubernetes_deployment: "kubernetes_deployment_v1",
  kubernetes_stateful_set: "kubernetes_stateful_set_v1",
  kubernetes_daemonset: "kubernetes_daemon_set_v1",
  kubernetes_job: "kubernetes_job_v1",
  kubernetes_cron_job: "kubernetes_cron_job_v1",
  kubernetes_pod: "kubernetes_pod_v1",
  kubernetes_replication_controller: "kubernetes_replication_controller_v1",
  kubernetes_network_policy: "kubernetes_network_policy_v1",
  kubernetes_namespace: "kubernetes_namespace_v1",
  kubernetes_config_map: "kubernetes_config_map_v1",
  kubernetes_secret: "kubernetes_secret_v1",
  kubernetes_service: "kubernetes_service_v1",
  kubernetes_service_account: "kubernetes_service_account_v1",
  kubernetes_storage_class: "kubernetes_storage_class_v1",
  kubernetes_persistent_volume_claim: "kubernetes_persistent_volume_claim_v1",
  kubernetes_ingress: "kubernetes_ingress_v1",
  kubernetes_pod_disruption_budget: "kubernetes_pod_disruption_budget_v1",
  kubernetes_role: "kubernetes_role_v1",
  kubernetes_role_binding: "kubernetes_role_binding_v1",
  kubernetes_cluster_role: "kubernetes_cluster_role_v1",
  kubernetes_cluster_role_binding: "kubernetes_cluster_role_binding_v1",
};

/** The canonical name of a resource type. */
export function canonicalType(type: string): string {
  return ALIASES[type] ?? type;
}
