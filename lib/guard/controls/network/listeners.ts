/** The load-balancer listener controls of §12.2: HTTPS only (HTTP redirects), TLS 1.2 or higher, HSTS. */
import { isTls12PlusPolicy, MIN_HSTS_MAX_AGE_SECONDS } from "../../../policy/tls";
import { Control, Finding, NOT_APPLICABLE, one } from "../../model";
import { ListenerView, StackView, viewOf } from "../../view";
import { judgeEach, judgeValue } from "../rules";

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
  unseen:
    "Fails. A protocol, redirect, action or listener reference the guard cannot know is a finding, and so is a listener rule whose listener is not a listener of the stack: what that listener serves cannot be known.",
  enforcedBy: ["SecureMeshApi.props.httpRedirect", "SecureMeshApi.props.ingressMode"],
  provenBy: ["test/guard/controls/network.test.ts", "test/guard/mutations/network.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const listeners = view.listeners();
    if (listeners.length === 0 && view.orphanRules.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const l of listeners) {
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
  unseen:
    "Fails. An ssl_policy or protocol the guard cannot know is a finding. The certificate (ACM, possibly outside the stack) does not decide the protocol versions, the policy does.",
  enforcedBy: ["SecureMeshApi.props.sslPolicy"],
  provenBy: [
    "test/guard/controls/network.test.ts",
    "test/guard/mutations/network.ts",
    "test/guard/plan.test.ts",
    "test/guard/hardening-guard.test.ts",
  ],
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(tlsListeners(view, "HTTPS", "TLS"), (l) =>
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
  unseen: "Fails. A protocol or HSTS header value the guard cannot know is a finding.",
  enforcedBy: ["SecureMeshApi.props.hstsMaxAgeSeconds", "SecureMeshApi.props.hstsIncludeSubDomains"],
  provenBy: ["test/guard/controls/network.test.ts", "test/guard/mutations/network.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(tlsListeners(view, "HTTPS"), (l) =>
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
