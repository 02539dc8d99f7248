import { NetworkPolicyV1SpecIngress, NetworkPolicyV1SpecIngressFrom } from "../compat/kubernetes/network-policy-v1";
import { NetworkRecord, RecordedPeer, RecordedRule } from "../policy/network-record";
import { Flow, NetworkEndpoint, Protocol } from "../core/endpoint";
import { WorkloadRules } from "./policy-peers";

/** What the record is rendered from. */
export interface RecordInput {
  readonly namespaces: string[];
  readonly workloads: NetworkEndpoint[];
  readonly rules: ReadonlyMap<string, WorkloadRules>;
  readonly flows: Flow[];
  /** Whether the cluster enforces with Cilium (host-name egress is recorded then). */
  readonly cilium: boolean;
}

/** The record of every rendered policy and registered flow, for the hardening guard. */
export function renderRecord(input: RecordInput): NetworkRecord {
  const flowsFrom = (name: string) => input.flows.filter((f) => f.from.name === name);
  const rule = (peersOf: NetworkPolicyV1SpecIngressFrom[] | undefined, ports: NetworkPolicyV1SpecIngress["ports"]): RecordedRule => ({
    peers: (peersOf ?? []).map((p): RecordedPeer =>
      p.ipBlock
        ? { cidr: p.ipBlock.cidr }
        : {
            podLabels: p.podSelector?.matchLabels,
            ...(p.namespaceSelector ? { namespaceLabels: p.namespaceSelector.matchLabels } : {}),
          },
    ),
    ports: ((ports ?? []) as Array<{ port?: string; protocol?: string }>).map((x) => ({
      port: Number(x.port),
      protocol: x.protocol ?? Protocol.TCP,
    })),
  });
  return {
    defaultDeny: input.namespaces,
    workloads: input.workloads.map((endpoint) => {
      const rules = input.rules.get(endpoint.name)!;
      const cilium = input.cilium;
      return {
        name: endpoint.name,
        namespace: endpoint.workload!.namespace,
        podLabels: endpoint.workload!.podLabels,
        ingress: rules.ingress.map((r) => rule(r.from as NetworkPolicyV1SpecIngressFrom[], r.ports)),
        egress: rules.egress.map((r) => rule(r.to as NetworkPolicyV1SpecIngressFrom[], r.ports)),
        fqdnEgress: cilium
          ? flowsFrom(endpoint.name)
              .filter((f) => f.to.fqdns.length > 0)
              .map((f) => ({ fqdns: f.to.fqdns, port: f.port, protocol: f.protocol }))
          : [],
      };
    }),
    flows: input.flows.map((f) => ({ from: f.from.name, to: f.to.name, port: f.port, protocol: f.protocol, description: f.description })),
  };
}
