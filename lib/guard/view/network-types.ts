/** The shapes of the network views: NetworkPolicies with their selectors, peers and ports, security-group rules and listeners. */
import type { KubeObject } from "./kube-types";
import type { Resolved, ViewResource } from "./resources";

/** A label selector. */
export interface Selector {
  readonly labels: Record<string, string>;
  readonly expressions: any[];
  /** Set when a label value cannot be known. */
  readonly unknown?: string;
}

/** A peer of a NetworkPolicy rule. */
export interface PeerView {
  readonly pods?: Selector;
  readonly namespaces?: Selector;
  readonly cidr?: string;
  readonly except?: string[];
  /** Set when the peer cannot be known. */
  readonly unknown?: string;
}

/** A port of a NetworkPolicy rule. */
export interface PortView {
  /** Number or name; undefined means every port of the protocol. */
  readonly port?: number | string;
  readonly endPort?: number;
  readonly protocol: string;
  readonly unknown?: string;
}

/** A NetworkPolicy rule: empty `peers` admits every peer, empty `ports` every port. */
export interface RuleView {
  readonly index: number;
  readonly peers: PeerView[];
  readonly ports: PortView[];
}

/** A NetworkPolicy, typed or manifest. */
export interface PolicyView {
  readonly object: KubeObject;
  readonly address: string;
  readonly namespace?: string;
  readonly selector: Selector;
  readonly types: string[];
  readonly ingress: RuleView[];
  readonly egress: RuleView[];
}

/** A security-group rule, whatever its spelling. */
export interface SgRuleView {
  readonly resource: ViewResource;
  readonly address: string;
  /** Which rule of the resource (`ingress[1]` for an inline block), empty for a rule resource. */
  readonly where: string;
  readonly direction: "ingress" | "egress" | "unknown";
  readonly allPorts: boolean;
  readonly fromPort?: number;
  readonly toPort?: number;
  /** Literal CIDR blocks. */
  readonly cidrs: string[];
  /** `attribute = expression` for every value that cannot be known (ports, protocol, CIDRs, prefix lists). */
  readonly unknown: string[];
}

/** A listener rule. */
export interface ListenerRuleView {
  readonly resource: ViewResource;
  readonly address: string;
  readonly actions: any[];
  readonly listener?: ListenerView;
  readonly listenerExpression?: string;
}

/** A load-balancer listener with its rules. */
export interface ListenerView {
  readonly resource: ViewResource;
  readonly address: string;
  readonly protocol: Resolved;
  readonly port: Resolved;
  readonly actions: any[];
  readonly rules: ListenerRuleView[];
}
