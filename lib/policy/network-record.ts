/**
 * The network model's record of what it renders, written into the stack metadata. The hardening
 * guard compares the NetworkPolicies of the synthesized JSON (or of a plan) with it, without
 * reading construct code. Plain data only.
 */

/** Key of the network record in the library's stack metadata. */
export const NETWORK_RECORD_KEY = "network";

/** A peer of a rendered NetworkPolicy rule: a pod selector (optionally in other namespaces) or an IP range. */
export interface RecordedPeer {
  /** Labels of the peer pods. @default - not a pod peer */
  readonly podLabels?: Record<string, string>;
  /** Labels of the peer's namespace, for a peer in another namespace. @default - the policy's namespace */
  readonly namespaceLabels?: Record<string, string>;
  /** An IP range. @default - not an IP peer */
  readonly cidr?: string;
}

/** A port of a rendered rule. */
export interface RecordedPort {
  readonly port: number;
  readonly protocol: string;
}

/** One rendered rule: its peers may use its ports. */
export interface RecordedRule {
  readonly peers: RecordedPeer[];
  readonly ports: RecordedPort[];
}

/** Host names a workload may reach (rendered as a CiliumNetworkPolicy with toFQDNs). */
export interface RecordedFqdnEgress {
  readonly fqdns: string[];
  readonly port: number;
  readonly protocol: string;
}

/** The policy the model renders for one registered workload. */
export interface RecordedWorkload {
  readonly name: string;
  readonly namespace: string;
  readonly podLabels: Record<string, string>;
  readonly ingress: RecordedRule[];
  readonly egress: RecordedRule[];
  readonly fqdnEgress: RecordedFqdnEgress[];
}

/** A registered flow, by endpoint names (for reports). */
export interface RecordedFlow {
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol: string;
  readonly description: string;
}

/** Everything the network model of a stack renders. */
export interface NetworkRecord {
  /** Namespaces under default deny. */
  readonly defaultDeny: string[];
  readonly workloads: RecordedWorkload[];
  readonly flows: RecordedFlow[];
}
