/** What the first-apply analysis knows of Kubernetes kinds, AWS IAM types and the operators behind custom resources. */

/** API group/version, kind and scope of the Kubernetes provider's typed resources. */
export const KUBERNETES_TYPED_KINDS: Readonly<Record<string, { apiVersion: string; kind: string; namespaced: boolean }>> = {
  kubernetes_namespace_v1: { apiVersion: "v1", kind: "Namespace", namespaced: false },
  kubernetes_namespace: { apiVersion: "v1", kind: "Namespace", namespaced: false },
  kubernetes_config_map_v1: { apiVersion: "v1", kind: "ConfigMap", namespaced: true },
  kubernetes_secret_v1: { apiVersion: "v1", kind: "Secret", namespaced: true },
  kubernetes_service_account_v1: { apiVersion: "v1", kind: "ServiceAccount", namespaced: true },
  kubernetes_service_v1: { apiVersion: "v1", kind: "Service", namespaced: true },
  kubernetes_persistent_volume_claim_v1: { apiVersion: "v1", kind: "PersistentVolumeClaim", namespaced: true },
  kubernetes_pod_v1: { apiVersion: "v1", kind: "Pod", namespaced: true },
  kubernetes_limit_range_v1: { apiVersion: "v1", kind: "LimitRange", namespaced: true },
  kubernetes_resource_quota_v1: { apiVersion: "v1", kind: "ResourceQuota", namespaced: true },
  kubernetes_deployment_v1: { apiVersion: "apps/v1", kind: "Deployment", namespaced: true },
  kubernetes_stateful_set_v1: { apiVersion: "apps/v1", kind: "StatefulSet", namespaced: true },
  kubernetes_daemon_set_v1: { apiVersion: "apps/v1", kind: "DaemonSet", namespaced: true },
  kubernetes_job_v1: { apiVersion: "batch/v1", kind: "Job", namespaced: true },
  kubernetes_cron_job_v1: { apiVersion: "batch/v1", kind: "CronJob", namespaced: true },
  kubernetes_network_policy_v1: { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", namespaced: true },
  kubernetes_ingress_v1: { apiVersion: "networking.k8s.io/v1", kind: "Ingress", namespaced: true },
  kubernetes_pod_disruption_budget_v1: { apiVersion: "policy/v1", kind: "PodDisruptionBudget", namespaced: true },
  kubernetes_role_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", namespaced: true },
  kubernetes_role_binding_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", namespaced: true },
  kubernetes_cluster_role_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", namespaced: false },
  kubernetes_cluster_role_binding_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", namespaced: false },
  kubernetes_storage_class_v1: { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", namespaced: false },
  kubernetes_priority_class_v1: { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", namespaced: false },
};

/** Kinds of `kubernetes_manifest` that are cluster-scoped (everything else is namespaced). */
export { CLUSTER_SCOPED_KINDS } from "../view/kube-types";

/** The operators whose CRDs the library's custom resources need (prerequisites of the first apply). */
export const OPERATOR_OF_GROUP: Readonly<Record<string, string>> = {
  "external-secrets.io": "External Secrets Operator",
  "cert-manager.io": "cert-manager",
  "elbv2.k8s.aws": "AWS Load Balancer Controller",
  "cilium.io": "Cilium",
};

/** AWS resource types that grant or shape what an IAM role may do. */
export const IAM_TYPES = new Set([
  "aws_iam_role",
  "aws_iam_role_policy",
  "aws_iam_role_policy_attachment",
  "aws_iam_policy",
  "aws_iam_role_policies_exclusive",
  "aws_iam_role_policy_attachments_exclusive",
  "aws_secretsmanager_secret_policy",
  "aws_kms_key_policy",
  "aws_kms_grant",
]);

/** API versions of the built-in groups (anything else is a custom resource whose CRD must exist). */
export const CORE_GROUPS =
  /^(v1|(apps|batch|policy|networking\.k8s\.io|rbac\.authorization\.k8s\.io|storage\.k8s\.io|scheduling\.k8s\.io|autoscaling)\/.+)$/;
