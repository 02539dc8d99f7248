/**
 * How the cluster enforces Kubernetes NetworkPolicies. A cluster without enforcement accepts
 * NetworkPolicy objects and ignores them, so this library makes the user declare it.
 */
export enum NetworkPolicyEnforcement {
  /** Amazon VPC CNI network policy agent (v1.14+, `enableNetworkPolicy: "true"`). */
  VPC_CNI = "vpc-cni",
  /** Calico (policy-only or full). */
  CALICO = "calico",
  /** Cilium; also enables FQDN egress rules. */
  CILIUM = "cilium",
}
