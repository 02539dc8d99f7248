import { isTls12PlusPolicy, MIN_HSTS_MAX_AGE_SECONDS } from "../../api/tls-policy";
import { Control, Finding, FindingLevel, many, namespaceOf, one, podTemplates, resources } from "../model";

const listeners = (tf: Record<string, any>) => resources(tf, "aws_lb_listener");
const https = (tf: Record<string, any>) => listeners(tf).filter((l) => l.config.protocol === "HTTPS");

/** §12.2: behind a TLS-terminating proxy; port 80 only redirects. */
export const tlsProxy: Control = {
  id: "MESHQ-NET-1",
  section: "12.2",
  title: "TLS-terminating proxy; HTTP only redirects",
  checks: "Every ALB listener is HTTPS, or HTTP whose only action is a redirect to HTTPS.",
  checkov: ["CKV_AWS_2", "CKV2_AWS_20"],
  applies: (tf) => listeners(tf).length > 0,
  check: (tf) =>
    listeners(tf)
      .filter((l) => l.config.protocol !== "HTTPS")
      .filter((l) => {
        const actions = many(l.config.default_action);
        const redirect = one(actions[0]?.redirect);
        return !(actions.length === 1 && actions[0].type === "redirect" && redirect?.protocol === "HTTPS");
      })
      .map((l) => ({
        address: l.address,
        message: `listener on ${l.config.port} serves ${l.config.protocol} instead of redirecting to HTTPS`,
      })),
};

/** §12.2: do not expose 8000 directly. */
export const noDirectExposure: Control = {
  id: "MESHQ-NET-2",
  section: "12.2",
  title: "The API and the database are not exposed directly",
  checks: "No Kubernetes Service is LoadBalancer or NodePort; no security group rule opens 8000, 7687 or 5432 to the internet.",
  checkov: ["CKV_AWS_260", "CKV_AWS_277"],
  applies: (tf) => resources(tf, "kubernetes_service_v1", "aws_security_group_rule").length > 0,
  check: (tf) => [
    ...resources(tf, "kubernetes_service_v1", "kubernetes_service")
      .filter((s) => ["LoadBalancer", "NodePort"].includes(one(s.config.spec)?.type))
      .map((s) => ({ address: s.address, message: `Service type ${one(s.config.spec).type} exposes the workload outside the cluster` })),
    ...resources(tf, "aws_security_group_rule")
      .filter(
        (r) =>
          r.config.type === "ingress" &&
          [...many(r.config.cidr_blocks), ...many(r.config.ipv6_cidr_blocks)].some((c) => c === "0.0.0.0/0" || c === "::/0"),
      )
      .filter((r) => [8000, 7687, 5432].some((p) => Number(r.config.from_port) <= p && p <= Number(r.config.to_port)))
      .map((r) => ({ address: r.address, message: `ports ${r.config.from_port}-${r.config.to_port} open to the internet` })),
  ],
};

/** §12.2: TLS 1.2 or higher. */
export const tls12: Control = {
  id: "MESHQ-NET-3",
  section: "12.2",
  title: "TLS 1.2 or higher",
  checks:
    "Every HTTPS listener uses an ELB policy that admits nothing below TLS 1.2 (stricter than CKV_AWS_103, which passes ELBSecurityPolicy-TLS13-1-0-2021-06).",
  checkov: ["CKV_AWS_103", "CKV2_AWS_74"],
  applies: (tf) => https(tf).length > 0,
  check: (tf) =>
    https(tf)
      .filter((l) => !isTls12PlusPolicy(String(l.config.ssl_policy)))
      .map((l) => ({
        address: l.address,
        message: `ssl_policy ${l.config.ssl_policy ?? "(unset: ELBSecurityPolicy-2016-08, TLS 1.0)"} admits TLS below 1.2`,
      })),
};

/** §12.2: HSTS on the proxy. */
export const hsts: Control = {
  id: "MESHQ-NET-4",
  section: "12.2",
  title: "HSTS on the proxy",
  checks: `Every HTTPS listener sends Strict-Transport-Security with max-age of at least ${MIN_HSTS_MAX_AGE_SECONDS} seconds.`,
  applies: (tf) => https(tf).length > 0,
  check: (tf) =>
    https(tf)
      .filter((l) => {
        const header = String(l.config.routing_http_response_strict_transport_security_header_value ?? "");
        const maxAge = Number(/max-age=(\d+)/.exec(header)?.[1] ?? 0);
        return maxAge < MIN_HSTS_MAX_AGE_SECONDS;
      })
      .map((l) => ({ address: l.address, message: "HSTS header missing or max-age below one year" })),
};

/** §12.2: restrict inbound traffic; the network policy. */
export const defaultDeny: Control = {
  id: "MESHQ-NET-5",
  section: "12.2",
  title: "Default-deny NetworkPolicies",
  checks:
    "Every namespace with a workload has a policy selecting all pods for Ingress and Egress with no rules; workload policies allow only registered flows.",
  applies: (tf) => podTemplates(tf).length > 0,
  check: (tf) => {
    const denied = new Set(
      resources(tf, "kubernetes_network_policy_v1")
        .filter((p) => {
          const spec = one(p.config.spec);
          const selector = one(spec?.pod_selector) ?? {};
          return (
            Object.keys(selector).length === 0 &&
            many(spec?.policy_types).includes("Ingress") &&
            many(spec?.policy_types).includes("Egress") &&
            many(spec?.ingress).length === 0 &&
            many(spec?.egress).length === 0
          );
        })
        .map((p) => namespaceOf(tf, p)),
    );
    const findings: Finding[] = [];
    for (const pod of podTemplates(tf)) {
      const ns = namespaceOf(tf, pod.resource);
      if (!denied.has(ns)) findings.push({ address: pod.resource.address, message: `namespace ${ns} has no default-deny NetworkPolicy` });
    }
    return findings;
  },
};

/** §12.2: the proxy itself is hardened. */
export const albHardening: Control = {
  id: "MESHQ-NET-6",
  section: "12.2",
  title: "Hardened load balancer",
  checks:
    "ALBs drop invalid header fields, use a defensive or strictest desync mode, deliver access logs, and have deletion protection (an opt-out is reported).",
  checkov: ["CKV_AWS_131", "CKV_AWS_328", "CKV_AWS_91", "CKV_AWS_150"],
  applies: (tf) => resources(tf, "aws_lb").length > 0,
  check: (tf) =>
    resources(tf, "aws_lb").flatMap((lb): Finding[] => {
      const c = lb.config;
      const out: Finding[] = [];
      if (c.drop_invalid_header_fields !== true) out.push({ address: lb.address, message: "drop_invalid_header_fields is not true" });
      if (!["defensive", "strictest"].includes(c.desync_mitigation_mode ?? "defensive"))
        out.push({ address: lb.address, message: `desync_mitigation_mode ${c.desync_mitigation_mode}` });
      if (one(c.access_logs)?.enabled !== true) out.push({ address: lb.address, message: "access logs are off" });
      if (c.enable_deletion_protection !== true)
        out.push({ address: lb.address, message: "deletion protection is off", level: FindingLevel.WARNING });
      return out;
    }),
};

export const NETWORK_CONTROLS = [tlsProxy, noDirectExposure, tls12, hsts, defaultDeny, albHardening];
