/** §12.2: workload policies admit only the flows the network model registered (MESHQ-NET-7). */
import {
  NETWORK_RECORD_KEY,
  NetworkRecord,
  RecordedPeer,
  RecordedPort,
  RecordedRule,
  RecordedWorkload,
} from "../../../policy/network-record";
import { Control, Finding, FindingLevel, many, NOT_APPLICABLE } from "../../model";
import { KubeObject, PeerView, PolicyView, PortView, RuleView, StackView, viewOf } from "../../view";
import { cidrContains } from "../rules";
import { AdmissionForm, celLiteral } from "../../admission/model";
import { celRulesRegistered, celSelector } from "../../admission/cel";

/**
 * NET-7 in the cluster: every rule of a NetworkPolicy in the stack's namespaces, new or changed, is
 * covered by a rule the stack's own policies admit for the same pod selector (the registered flows,
 * as the guard judged them): no extra peer, no other selector or IP range, no port beyond them.
 */
const flowsAdmission: AdmissionForm = {
  match: [{ apiGroups: ["networking.k8s.io"], apiVersions: ["v1"], resources: ["networkpolicies"], operations: ["CREATE", "UPDATE"] }],
  fix: "admit a new flow through the network model (the constructs' props) and apply the stack, never by editing NetworkPolicies in the cluster",
  variables: (params) => [
    {
      name: "registered",
      expression:
        params.policyRules.length === 0
          ? "[{'ns': '', 'selector': [''], 'ingress': [], 'egress': []}].filter(r, false)"
          : celLiteral(params.policyRules.map((r) => ({ ns: r.namespace, selector: r.selector, ingress: r.ingress, egress: r.egress }))),
    },
    { name: "selector", expression: celSelector("object.spec.podSelector") },
    {
      name: "mine",
      expression:
        "variables.registered.filter(r, r.ns == object.metadata.namespace && size(r.selector) == size(variables.selector) && r.selector.all(x, x in variables.selector))",
    },
  ],
  checks: () => [
    { expression: celRulesRegistered("ingress"), message: "an ingress rule admits a peer or port that is not a registered flow" },
    { expression: celRulesRegistered("egress"), message: "an egress rule admits a peer or port that is not a registered flow" },
  ],
};

const describePeer = (p: PeerView | "all"): string => {
  if (p === "all") return "every source";
  if (p.unknown) return `a peer that cannot be known (${p.unknown})`;
  if (p.cidr !== undefined) return `ip_block ${p.cidr}`;
  const labels = (s?: { labels: Record<string, string> }) =>
    s && Object.keys(s.labels).length > 0 ? JSON.stringify(s.labels) : "{} (all)";
  return p.namespaces ? `pods ${labels(p.pods)} in namespaces ${labels(p.namespaces)}` : `pods ${labels(p.pods)}`;
};
const describePort = (p: PortView | "all"): string =>
  p === "all"
    ? "every port"
    : p.unknown
      ? `a port that cannot be known (${p.unknown})`
      : p.port === undefined
        ? `every ${p.protocol} port`
        : `${p.protocol}/${p.port}${p.endPort ? `-${p.endPort}` : ""}`;

/** The written selector is at least as specific as the recorded labels. */
const narrower = (written: { labels: Record<string, string> } | undefined, recorded: Record<string, string>): boolean =>
  !!written && Object.entries(recorded).every(([k, v]) => written.labels[k] === v);

function peerCovered(peer: PeerView, recorded: RecordedPeer, namespace: string): boolean {
  if (peer.unknown) return false;
  if (peer.cidr !== undefined) return recorded.cidr !== undefined && cidrContains(recorded.cidr, peer.cidr) && !recorded.podLabels;
  if (recorded.podLabels === undefined || !narrower(peer.pods, recorded.podLabels)) return false;
  if (recorded.namespaceLabels) return narrower(peer.namespaces, recorded.namespaceLabels);
  return !peer.namespaces || peer.namespaces.labels["kubernetes.io/metadata.name"] === namespace;
}

function portCovered(port: PortView, recorded: RecordedPort): boolean {
  if (port.unknown || port.port === undefined || typeof port.port !== "number") return false;
  if (port.endPort !== undefined && port.endPort !== port.port) return false;
  return port.port === recorded.port && port.protocol.toUpperCase() === String(recorded.protocol).toUpperCase();
}

/** The pairs (peer, port) of a written rule that no recorded rule admits. */
function unregistered(rule: RuleView, recorded: RecordedRule[], namespace: string): Array<[PeerView | "all", PortView | "all"]> {
  const peers: Array<PeerView | "all"> = rule.peers.length > 0 ? rule.peers : ["all"];
  const ports: Array<PortView | "all"> = rule.ports.length > 0 ? rule.ports : ["all"];
  const out: Array<[PeerView | "all", PortView | "all"]> = [];
  for (const peer of peers) {
    for (const port of ports) {
      const ok =
        peer !== "all" &&
        port !== "all" &&
        recorded.some(
          (r) => many(r.peers).some((rp) => peerCovered(peer, rp, namespace)) && many(r.ports).some((rp) => portCovered(port, rp)),
        );
      if (!ok) out.push([peer, port]);
    }
  }
  return out;
}

const stripCilium = (labels: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels ?? {}).map(([k, v]) => [k.replace(/^(k8s|any):/, ""), String(v)]));

function ciliumSelects(o: KubeObject, w: RecordedWorkload): boolean {
  const selector = stripCilium(o.body?.spec?.endpointSelector?.matchLabels ?? {});
  const ns = selector["io.kubernetes.pod.namespace"];
  if (o.kind === "CiliumNetworkPolicy" && o.namespace !== w.namespace) return false;
  if (ns !== undefined && ns !== w.namespace) return false;
  return Object.entries(selector).every(([k, v]) => k === "io.kubernetes.pod.namespace" || w.podLabels[k] === v);
}

const isDnsRule = (rule: any): boolean =>
  many(rule?.toEndpoints).length > 0 &&
  many(rule.toEndpoints).every((e: any) => stripCilium(e?.matchLabels ?? {})["k8s-app"] === "kube-dns") &&
  many(rule.toPorts).length > 0 &&
  many(rule.toPorts).every((tp: any) => many(tp?.ports).length > 0 && many(tp.ports).every((p: any) => String(p?.port) === "53")) &&
  Object.keys(rule).every((k) => ["toEndpoints", "toPorts"].includes(k));

function fqdnRuleRegistered(rule: any, w: RecordedWorkload): boolean {
  const names = many(rule?.toFQDNs);
  if (names.length === 0 || !Object.keys(rule).every((k) => ["toFQDNs", "toPorts"].includes(k))) return false;
  if (!names.every((n: any) => typeof n?.matchName === "string" && Object.keys(n).length === 1)) return false;
  const ports = many(rule.toPorts).flatMap((tp: any) => many(tp?.ports));
  if (ports.length === 0) return false;
  return names.every((n: any) =>
    ports.every((p: any) =>
      many(w.fqdnEgress).some(
        (f) =>
          f.fqdns.includes(n.matchName) &&
          String(f.port) === String(p?.port) &&
          String(f.protocol).toUpperCase() === String(p?.protocol ?? "TCP").toUpperCase(),
      ),
    ),
  );
}

/** §12.2: workload policies allow only the flows the network model registered. */
export const registeredFlows: Control = {
  id: "MESHQ-NET-7",
  section: "12.2",
  title: "NetworkPolicies admit only registered flows",
  checks:
    "Every NetworkPolicy (and CiliumNetworkPolicy) that selects a workload of the network model admits, in and out, only peers and ports of the flows registered for it: no extra peer, no wider selector or IP range, no rule without peers or ports.",
  scope:
    "NetworkPolicies of either spelling (kubernetes_network_policy, _v1, kubernetes_manifest) and CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy manifests, compared with the network model's record in the stack metadata (`//.metadata.meshoptixiq.network`): a written selector may be narrower than the registered one, never wider; an IP range must lie inside a registered one; Cilium rules may only be the cluster-DNS rule and toFQDNs of registered host names. A selector, peer or port the guard cannot know is a finding. Workloads the model does not know are not judged here (MESHQ-NET-8 still applies). Judging a plan needs the synthesized configuration (--config); without it this control reports a warning.",
  unseen:
    "Fails. A selector, peer, IP range or port the guard cannot know is a finding. Warns on a plan judged without the synthesized configuration (--config), which holds the registered flows: the comparison cannot be made, and meshq-guard names the missing option.",
  enforcedBy: ["SecureMeshApi.props.networkPolicyEnforcement", "SecureMeshApi.props.ingressController", "SecureMeshApi.props.awsApiCidrs"],
  provenBy: ["test/guard/controls/network.test.ts", "test/guard/mutations/network.ts", "test/guard/plan.test.ts"],
  admission: flowsAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const record = networkRecord(view);
    const policies = view.networkPolicies();
    if (!record) {
      if (view.origin !== "plan" || policies.length === 0) return NOT_APPLICABLE;
      return [
        {
          address: policies[0].address,
          message:
            "the registered flows are recorded in the synthesized configuration's metadata, which a plan does not carry: pass it with --config to judge the NetworkPolicies",
          level: FindingLevel.WARNING,
        },
      ];
    }
    return (many(record.workloads) as RecordedWorkload[]).flatMap((w) => [
      ...policyFlows(policies, w),
      ...ciliumFlows(view.kube("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy"), w),
    ]);
  },
};

/** The rules of the NetworkPolicies selecting a workload that admit a peer or port no registered flow has. */
function policyFlows(policies: PolicyView[], w: RecordedWorkload): Finding[] {
  const out: Finding[] = [];
  for (const p of policies) {
    if (p.namespace !== undefined && p.namespace !== w.namespace) continue;
    if (!StackView.selects(p.selector, w.podLabels)) continue;
    const name = `${p.namespace ?? "?"}/${p.object.name ?? "?"}`;
    for (const [direction, rules, recorded] of [
      ["Ingress", p.ingress, w.ingress],
      ["Egress", p.egress, w.egress],
    ] as const) {
      if (!p.types.includes(direction)) continue;
      for (const rule of rules) {
        for (const [peer, port] of unregistered(rule, many(recorded), w.namespace)) {
          out.push({
            address: p.address,
            message: `NetworkPolicy ${name} ${direction.toLowerCase()} rule ${rule.index} admits ${describePeer(peer)} on ${describePort(port)} ${
              direction === "Ingress" ? "into" : "from"
            } ${w.name}, which is not a registered flow`,
          });
        }
      }
    }
  }
  return out;
}

/** The Cilium rules selecting a workload that are neither the cluster-DNS rule nor a registered host name. */
function ciliumFlows(policies: KubeObject[], w: RecordedWorkload): Finding[] {
  const out: Finding[] = [];
  for (const o of policies) {
    if (!ciliumSelects(o, w)) continue;
    const specs = [o.body?.spec, ...many(o.body?.specs)].filter(Boolean);
    for (const spec of specs) {
      if (many(spec.ingress).length > 0)
        out.push({
          address: o.address,
          message: `${o.kind} ${o.name ?? "?"} admits ingress into ${w.name}, which the network model never renders`,
        });
      many(spec.egress).forEach((rule: any, i: number) => {
        if (!isDnsRule(rule) && !fqdnRuleRegistered(rule, w))
          out.push({
            address: o.address,
            message: `${o.kind} ${o.name ?? "?"} egress rule ${i} of ${w.name} is not a registered flow`,
          });
      });
    }
  }
  return out;
}

function networkRecord(view: StackView): NetworkRecord | undefined {
  const r = view.record[NETWORK_RECORD_KEY];
  return r && typeof r === "object" && Array.isArray(r.workloads) ? (r as NetworkRecord) : undefined;
}
