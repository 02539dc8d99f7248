import {
  NetworkPolicyV1SpecEgress,
  NetworkPolicyV1SpecIngress,
  NetworkPolicyV1SpecIngressFrom,
} from "../compat/kubernetes/network-policy-v1";
import { NetworkEndpoint, WorkloadSelector } from "../core/endpoint";

/** The NetworkPolicy rules of one workload. */
export interface WorkloadRules {
  readonly ingress: NetworkPolicyV1SpecIngress[];
  readonly egress: NetworkPolicyV1SpecEgress[];
}

/** True when a NetworkPolicy can name the peer (a workload or IP ranges). */
export function reachable(peer: NetworkEndpoint): boolean {
  return peer.workload !== undefined || peer.cidrs.length > 0;
}

/** The NetworkPolicy peers of an endpoint, seen from a workload: pod (and namespace) selectors or IP blocks. */
export function peers(self: WorkloadSelector, peer: NetworkEndpoint): NetworkPolicyV1SpecIngressFrom[] {
  if (peer.workload) {
    const sameNamespace = peer.workload.namespace === self.namespace;
    return [
      {
        podSelector: { matchLabels: peer.workload.podLabels },
        namespaceSelector: sameNamespace
          ? undefined
          : { matchLabels: peer.workload.namespaceLabels ?? { "kubernetes.io/metadata.name": peer.workload.namespace } },
      },
    ];
  }
  return peer.cidrs.map((cidr) => ({ ipBlock: { cidr } }));
}
