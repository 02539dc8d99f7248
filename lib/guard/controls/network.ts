import { isTls12PlusPolicy, MIN_HSTS_MAX_AGE_SECONDS } from "../../policy/tls";
import { NETWORK_RECORD_KEY, NetworkRecord, RecordedPeer, RecordedPort, RecordedRule, RecordedWorkload } from "../../policy/network-record";
import { Control, Finding, FindingLevel, many, one } from "../model";
import { KubeObject, ListenerView, PeerView, PolicyView, PortView, RuleView, StackView, viewOf } from "../view";
import { cidrContains, isTrue, isWorld, judgeValue } from "./rules";

/** Ports that must never be open to the internet: the API, bolt, PostgreSQL. */
const SENSITIVE_PORTS = [8000, 7687, 5432];

const isHttpsRedirect = (view: StackView, action: any): boolean =>
  view.literal(action?.type) === "redirect" && view.literal(one(action?.redirect)?.protocol) === "HTTPS";

/** §12.2: behind a TLS-terminating proxy; port 80 only redirects. */
export const tlsProxy: Control = {
  id: "MESHQ-NET-1",
  section: "12.2",
  title: "TLS-terminating proxy; HTTP only redirects",
  checks: "Every load-balancer listener is HTTPS (or TLS), or one whose every action, default and rule, is a redirect to HTTPS.",
  scope:
    "aws_lb_listener and aws_alb_listener (protocol defaults to HTTP), with their default actions and the aws_lb_listener_rule / aws_alb_listener_rule attached to them. A protocol, redirect or listener reference the guard cannot know is a finding; so is a listener rule whose listener is not in the stack.",
  checkov: ["CKV_AWS_2", "CKV2_AWS_20"],
  applies: (tf) => viewOf(tf).listeners().length > 0 || viewOf(tf).orphanRules.length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const out: Finding[] = [];
    for (const l of view.listeners()) {
      if (!l.protocol.known) {
        out.push({ address: l.address, message: view.unknownMessage("protocol", l.protocol.expression) });
        continue;
      }
      const protocol = String(l.protocol.value);
      if (protocol === "HTTPS" || protocol === "TLS") continue;
      const port = l.port.known ? l.port.value : "?";
      if (!(l.actions.length >= 1 && l.actions.every((a) => isHttpsRedirect(view, a)))) {
        out.push({ address: l.address, message: `listener on ${port} serves ${protocol} instead of redirecting to HTTPS` });
      }
      for (const rule of l.rules) {
        if (!rule.actions.every((a) => isHttpsRedirect(view, a)))
          out.push({
            address: rule.address,
            message: `listener rule on the ${protocol} listener ${l.address} (port ${port}) does more than redirect to HTTPS`,
          });
      }
    }
    for (const rule of view.orphanRules) {
      if (!rule.actions.every((a) => isHttpsRedirect(view, a)))
        out.push({
          address: rule.address,
          message: view.unknownMessage("listener_arn (whether the listener is HTTPS)", rule.listenerExpression ?? "?"),
        });
    }
    return out;
  },
};

/** §12.2 / §12.6: do not expose 8000 (or the databases) directly. */
export const noDirectExposure: Control = {
  id: "MESHQ-NET-2",
  section: "12.2",
  title: "The API and the database are not exposed directly",
  checks:
    "No Kubernetes Service is LoadBalancer or NodePort or has external IPs; no security-group rule opens 8000, 7687 or 5432 to the internet; no RDS instance is publicly accessible.",
  scope:
    "Services of every spelling (kubernetes_service, _v1, kubernetes_manifest). Every security-group rule form: aws_security_group_rule, inline ingress blocks of aws_security_group and aws_default_security_group, aws_vpc_security_group_ingress_rule; a port range or protocol -1 that covers a listed port counts. aws_db_instance and aws_rds_cluster_instance publicly_accessible. A type, port, protocol, CIDR or prefix list the guard cannot know, on a rule that may open a listed port, is a finding.",
  checkov: ["CKV_AWS_260", "CKV_AWS_277", "CKV_AWS_17"],
  applies: (tf) => {
    const view = viewOf(tf);
    return (
      view.kube("Service").length > 0 ||
      view.securityGroupRules().length > 0 ||
      view.resources("aws_db_instance", "aws_rds_cluster_instance").length > 0
    );
  },
  check: (tf) => {
    const view = viewOf(tf);
    const out: Finding[] = [];
    for (const s of view.kube("Service")) {
      const spec = StackView.spec(s);
      out.push(
        ...judgeValue(view, s.address, "spec.type", spec.type ?? "ClusterIP", (t) =>
          ["LoadBalancer", "NodePort"].includes(String(t)) ? `Service type ${t} exposes the workload outside the cluster` : undefined,
        ),
        ...judgeValue(view, s.address, "spec.external_ips", spec.external_ips ?? [], (ips) =>
          many(ips).length > 0 ? "Service external IPs expose the workload outside the cluster" : undefined,
        ),
      );
    }
    for (const r of view.securityGroupRules()) {
      if (r.direction === "egress") continue;
      const where = r.where ? ` (${r.where})` : "";
      const portsKnown = r.allPorts || (r.fromPort !== undefined && r.toPort !== undefined);
      const opensSensitive = r.allPorts || SENSITIVE_PORTS.some((p) => r.fromPort! <= p && p <= r.toPort!);
      const world = r.cidrs.some(isWorld);
      const sourcesUnknown = r.unknown.some((u) => /^(cidr|ipv6|prefix)/.test(u));
      if ((opensSensitive || !portsKnown) && (world || sourcesUnknown) && r.unknown.length > 0) {
        out.push({
          address: r.address,
          message: view.cannotKnow(`security group rule${where} may open ${SENSITIVE_PORTS.join("/")}: ${r.unknown.join(", ")}`),
        });
      } else if (opensSensitive && world) {
        const ports = r.allPorts ? "all ports" : `ports ${r.fromPort}-${r.toPort}`;
        out.push({ address: r.address, message: `${ports} open to the internet${where}` });
      }
    }
    for (const db of view.resources("aws_db_instance", "aws_rds_cluster_instance")) {
      out.push(
        ...judgeValue(view, db.address, "publicly_accessible", db.config.publicly_accessible ?? false, (v) =>
          isTrue(v) ? "the database is publicly accessible" : undefined,
        ),
      );
    }
    return out;
  },
};

const tlsListeners = (view: StackView, ...protocols: string[]): ListenerView[] =>
  view.listeners().filter((l) => l.protocol.known && protocols.includes(String(l.protocol.value)));

/** §12.2: TLS 1.2 or higher. */
export const tls12: Control = {
  id: "MESHQ-NET-3",
  section: "12.2",
  title: "TLS 1.2 or higher",
  checks:
    "Every HTTPS (and TLS) listener uses an ELB policy that admits nothing below TLS 1.2 (stricter than CKV_AWS_103, which passes ELBSecurityPolicy-TLS13-1-0-2021-06).",
  scope:
    "aws_lb_listener and aws_alb_listener with protocol HTTPS or TLS; an unset policy is ELBSecurityPolicy-2016-08 (TLS 1.0). A policy the guard cannot know is a finding.",
  checkov: ["CKV_AWS_103", "CKV2_AWS_74"],
  applies: (tf) => tlsListeners(viewOf(tf), "HTTPS", "TLS").length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    return tlsListeners(view, "HTTPS", "TLS").flatMap((l) =>
      judgeValue(view, l.address, "ssl_policy", l.resource.config.ssl_policy ?? null, (policy) =>
        policy === null || !isTls12PlusPolicy(String(policy))
          ? `ssl_policy ${policy ?? "(unset: ELBSecurityPolicy-2016-08, TLS 1.0)"} admits TLS below 1.2`
          : undefined,
      ),
    );
  },
};

/** §12.2: HSTS on the proxy. */
export const hsts: Control = {
  id: "MESHQ-NET-4",
  section: "12.2",
  title: "HSTS on the proxy",
  checks: `Every HTTPS listener sends Strict-Transport-Security with max-age of at least ${MIN_HSTS_MAX_AGE_SECONDS} seconds.`,
  scope:
    "aws_lb_listener and aws_alb_listener with protocol HTTPS (routing_http_response_strict_transport_security_header_value). A header the guard cannot know is a finding.",
  applies: (tf) => tlsListeners(viewOf(tf), "HTTPS").length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    return tlsListeners(view, "HTTPS").flatMap((l) =>
      judgeValue(
        view,
        l.address,
        "the HSTS header",
        l.resource.config.routing_http_response_strict_transport_security_header_value ?? "",
        (h) => {
          const maxAge = Number(/max-age=(\d+)/.exec(String(h))?.[1] ?? 0);
          return maxAge < MIN_HSTS_MAX_AGE_SECONDS ? "HSTS header missing or max-age below one year" : undefined;
        },
      ),
    );
  },
};

const isDefaultDeny = (p: PolicyView): boolean =>
  p.object.resource.presence === "present" &&
  !p.selector.unknown &&
  Object.keys(p.selector.labels).length === 0 &&
  p.selector.expressions.length === 0 &&
  p.types.includes("Ingress") &&
  p.types.includes("Egress") &&
  p.ingress.length === 0 &&
  p.egress.length === 0;

/** §12.2: restrict inbound traffic; the network policy. */
export const defaultDeny: Control = {
  id: "MESHQ-NET-5",
  section: "12.2",
  title: "Default-deny NetworkPolicies",
  checks: "Every namespace with a workload has a NetworkPolicy selecting all pods for Ingress and Egress with no rules.",
  scope:
    "Workloads of every kind and spelling (typed resources of every version alias, kubernetes_manifest) and NetworkPolicies of either spelling. A policy removed by count = 0 or an empty for_each does not count, nor one whose count or for_each is known only at plan time; a workload whose namespace the guard cannot know is a finding.",
  applies: (tf) => workloadPods(viewOf(tf)).length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const denied = new Set(
      view
        .networkPolicies()
        .filter(isDefaultDeny)
        .map((p) => p.namespace),
    );
    const findings: Finding[] = [];
    for (const pod of workloadPods(view)) {
      if (pod.namespace === undefined) {
        findings.push({ address: pod.address, message: view.unknownMessage("metadata.namespace", pod.object.namespaceExpression ?? "?") });
      } else if (!denied.has(pod.namespace)) {
        const why = view.whyMissing(
          ["kubernetes_network_policy_v1", "kubernetes_manifest"],
          (r) => namespaceOfRaw(view, r.config) === pod.namespace,
        );
        findings.push({ address: pod.address, message: `namespace ${pod.namespace} has no default-deny NetworkPolicy${why}` });
      }
    }
    return findings;
  },
};

const workloadPods = (view: StackView) => view.pods().filter((p) => p.object.kind !== "EnvPatch");

function namespaceOfRaw(view: StackView, config: any): string | undefined {
  const raw = config?.manifest ? config.manifest.metadata?.namespace : one(config?.metadata)?.namespace;
  return String(view.literal(raw) ?? "default");
}

/** §12.2: the proxy itself is hardened. */
export const albHardening: Control = {
  id: "MESHQ-NET-6",
  section: "12.2",
  title: "Hardened load balancer",
  checks:
    "ALBs drop invalid header fields, use a defensive or strictest desync mode, deliver access logs, are behind a WAFv2 web ACL when internet-facing (a recorded opt-out makes it a warning), and have deletion protection (a warning).",
  scope:
    "aws_lb and aws_alb; WAF associations are aws_wafv2_web_acl_association (or aws_wafregional_web_acl_association) resources of the stack that refer to the load balancer and are certainly created. Deletion protection off is a warning because the library lets it be switched off with a recorded opt-out (deletionProtectionOptOut), and a missing WAF is a warning only when its opt-out (wafOptOut) is recorded in the stack. A value the guard cannot know is a finding.",
  checkov: ["CKV_AWS_131", "CKV_AWS_328", "CKV_AWS_91", "CKV_AWS_150", "CKV2_AWS_28"],
  applies: (tf) => viewOf(tf).resources("aws_lb").length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const optOuts = many(view.record.optOuts) as Array<{ property: string; reason: string }>;
    const wafOptOut = optOuts.find((o) => /wafOptOut$/.test(String(o.property)));
    const associations = view.resources("aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association");
    return view.resources("aws_lb").flatMap((lb): Finding[] => {
      const c = lb.config;
      const type = view.literal(c.load_balancer_type ?? "application");
      const application = type === "application";
      const out: Finding[] = [];
      if (application) {
        out.push(
          ...judgeValue(view, lb.address, "drop_invalid_header_fields", c.drop_invalid_header_fields ?? false, (v) =>
            isTrue(v) ? undefined : "drop_invalid_header_fields is not true",
          ),
          ...judgeValue(view, lb.address, "desync_mitigation_mode", c.desync_mitigation_mode ?? "defensive", (v) =>
            ["defensive", "strictest"].includes(String(v)) ? undefined : `desync_mitigation_mode ${v}`,
          ),
        );
      }
      out.push(
        ...judgeValue(view, lb.address, "access_logs.enabled", one(c.access_logs)?.enabled ?? false, (v) =>
          isTrue(v) ? undefined : "access logs are off",
        ),
        ...judgeValue(
          view,
          lb.address,
          "enable_deletion_protection",
          c.enable_deletion_protection ?? false,
          (v) => (isTrue(v) ? undefined : "deletion protection is off"),
          FindingLevel.WARNING,
        ),
      );
      const internal = view.resolve(c.internal ?? false);
      if (!internal.known) out.push({ address: lb.address, message: view.unknownMessage("internal", internal.expression) });
      else if (application && !isTrue(internal.value)) {
        const protectedBy = associations.filter(
          (a) => a.presence === "present" && view.reference(a.config.resource_arn)?.address === lb.address,
        );
        if (protectedBy.length === 0) {
          const why = view.whyMissing(["aws_wafv2_web_acl_association"], (a) =>
            String(a.config.resource_arn ?? "").includes(`${lb.address}.`),
          );
          out.push(
            wafOptOut
              ? {
                  address: lb.address,
                  message: `internet-facing without a WAFv2 web ACL (opted out: ${wafOptOut.reason})`,
                  level: FindingLevel.WARNING,
                }
              : { address: lb.address, message: `internet-facing without a WAFv2 web ACL association${why}` },
          );
        }
      }
      return out;
    });
  },
};

// ------------------------------------------------------------ registered flows

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
  applies: (tf) => {
    const view = viewOf(tf);
    return networkRecord(view) !== undefined || (view.origin === "plan" && view.networkPolicies().length > 0);
  },
  check: (tf) => {
    const view = viewOf(tf);
    const record = networkRecord(view);
    if (!record) {
      const first = view.networkPolicies()[0];
      return [
        {
          address: first.address,
          message:
            "the registered flows are recorded in the synthesized configuration's metadata, which a plan does not carry: pass it with --config to judge the NetworkPolicies",
          level: FindingLevel.WARNING,
        },
      ];
    }
    const out: Finding[] = [];
    for (const w of many(record.workloads) as RecordedWorkload[]) {
      for (const p of view.networkPolicies()) {
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
      for (const o of view.kube("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy")) {
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
    }
    return out;
  },
};

function networkRecord(view: StackView): NetworkRecord | undefined {
  const r = view.record[NETWORK_RECORD_KEY];
  return r && typeof r === "object" && Array.isArray(r.workloads) ? (r as NetworkRecord) : undefined;
}

/** §12.2: a policy rule names its ports. */
export const rulePorts: Control = {
  id: "MESHQ-NET-8",
  section: "12.2",
  title: "NetworkPolicy rules name their ports",
  checks:
    "Every ingress and egress rule of every NetworkPolicy lists its ports (a rule without ports admits every port); so does every allow rule of a CiliumNetworkPolicy.",
  scope:
    "Every NetworkPolicy of the stack, of either spelling, not only the model's; CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy allow rules (toPorts). A port the guard cannot know is a finding.",
  applies: (tf) =>
    viewOf(tf).networkPolicies().length > 0 || viewOf(tf).kube("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy").length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const out: Finding[] = [];
    for (const p of view.networkPolicies()) {
      for (const [direction, rules] of [
        ["ingress", p.ingress],
        ["egress", p.egress],
      ] as const) {
        for (const rule of rules) {
          if (rule.ports.length === 0)
            out.push({ address: p.address, message: `${direction} rule ${rule.index} has no ports: it admits every port` });
          for (const port of rule.ports) {
            if (port.unknown)
              out.push({ address: p.address, message: view.unknownMessage(`${direction} rule ${rule.index} port`, port.unknown) });
            else if (port.port === undefined)
              out.push({ address: p.address, message: `${direction} rule ${rule.index} admits every ${port.protocol} port` });
          }
        }
      }
    }
    for (const o of view.kube("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy")) {
      for (const spec of [o.body?.spec, ...many(o.body?.specs)].filter(Boolean)) {
        for (const direction of ["ingress", "egress"]) {
          many(spec[direction]).forEach((rule: any, i: number) => {
            if (many(rule?.toPorts).length === 0)
              out.push({ address: o.address, message: `${direction} rule ${i} has no toPorts: it admits every port` });
          });
        }
      }
    }
    return out;
  },
};

/** Policies that select pods with these labels in a namespace (a policy whose namespace cannot be known may). */
export function policiesSelecting(view: StackView, namespace: string | undefined, labels: Record<string, string>): PolicyView[] {
  return view
    .networkPolicies()
    .filter((p) => (p.namespace === undefined || p.namespace === namespace) && StackView.selects(p.selector, labels));
}

/** True when a rule's ports admit a port (no ports, a range or a name that may resolve to it, or one that cannot be known). */
export function admitsPort(rule: RuleView, port: number, names: string[] = []): boolean {
  if (rule.ports.length === 0) return true;
  return rule.ports.some(
    (p) =>
      !!p.unknown ||
      p.port === undefined ||
      (typeof p.port === "string"
        ? names.includes(p.port)
        : p.endPort !== undefined
          ? p.port <= port && port <= p.endPort
          : p.port === port),
  );
}

export const NETWORK_CONTROLS = [tlsProxy, noDirectExposure, tls12, hsts, defaultDeny, albHardening, registeredFlows, rulePorts];
