/**
 * The ingress surface of a stack: every security-group rule, whatever its spelling (rule
 * resources, inline blocks, VPC rule resources), and load-balancer listeners with their rules.
 */
import { many } from "../blocks";
import type { ListenerRuleView, ListenerView, SgRuleView } from "./network-types";
import type { Resolved, ValueReader, ViewResource } from "./resources";

type Direction = "ingress" | "egress" | "unknown";

/** Where a rule's sources are: `[attribute, value]` of CIDR blocks and prefix lists. */
type Sources = Array<[string, unknown]>;

const blockSources = (b: any): Sources => [
  ["cidr_blocks", b.cidr_blocks],
  ["ipv6_cidr_blocks", b.ipv6_cidr_blocks],
  ["prefix_list_ids", b.prefix_list_ids],
];

/** Literal CIDR blocks of a rule's sources; every source that cannot be known is added to `unknown`. */
function cidrsOf(reader: ValueReader, sources: Sources, unknown: string[]): string[] {
  const cidrs: string[] = [];
  for (const [attr, value] of sources) {
    if (value === undefined || value === null) continue;
    if (attr.startsWith("prefix_list")) {
      if (many(value).length > 0) unknown.push(`${attr} = ${JSON.stringify(value)} (a prefix list's ranges are not in the configuration)`);
      continue;
    }
    const v = reader.resolve(value);
    if (!v.known) unknown.push(`${attr} = ${v.expression}`);
    else cidrs.push(...many(v.value).map(String));
  }
  return cidrs;
}

const knownPort = (x: Resolved) => (x.known && x.value !== undefined && x.value !== null ? Number(x.value) : undefined);

function sgRule(
  reader: ValueReader,
  r: ViewResource,
  where: string,
  direction: Direction,
  protocolValue: unknown,
  ports: any,
  sources: Sources,
): SgRuleView {
  const unknown: string[] = [];
  const protocol = reader.resolve(protocolValue);
  if (!protocol.known) unknown.push(`protocol = ${protocol.expression}`);
  const allPorts = protocol.known && ["-1", "all"].includes(String(protocol.value).toLowerCase());
  const from = reader.resolve(ports.from_port);
  const to = reader.resolve(ports.to_port);
  if (!allPorts) {
    if (!from.known) unknown.push(`from_port = ${from.expression}`);
    if (!to.known) unknown.push(`to_port = ${to.expression}`);
  }
  const cidrs = cidrsOf(reader, sources, unknown);
  const fromPort = knownPort(from);
  const toPort = knownPort(to);
  return {
    resource: r,
    address: r.address,
    where,
    direction,
    allPorts: allPorts || (fromPort !== undefined && toPort !== undefined && fromPort <= 0 && toPort >= 65535),
    ...(fromPort !== undefined ? { fromPort } : {}),
    ...(toPort !== undefined ? { toPort } : {}),
    cidrs,
    unknown,
  };
}

/** Rules of `aws_security_group_rule` resources. */
function ruleResources(reader: ValueReader): SgRuleView[] {
  return reader.resources("aws_security_group_rule").map((r) => {
    const type = reader.resolve(r.config.type);
    const direction = type.known ? (String(type.value) as "ingress" | "egress") : "unknown";
    return sgRule(reader, r, "", direction, r.config.protocol, r.config, blockSources(r.config));
  });
}

/** Inline `ingress` and `egress` blocks of security groups; a list that cannot be known is one rule open on every port. */
function inlineRules(reader: ValueReader): SgRuleView[] {
  const out: SgRuleView[] = [];
  for (const r of reader.resources("aws_security_group", "aws_default_security_group")) {
    for (const direction of ["ingress", "egress"] as const) {
      const blocks = reader.resolve(r.config[direction]);
      if (!blocks.known) {
        const unknown = [`${direction} = ${blocks.expression}`];
        out.push({ resource: r, address: r.address, where: direction, direction, allPorts: true, cidrs: [], unknown });
        continue;
      }
      many(r.config[direction]).forEach((b: any, i: number) =>
        out.push(sgRule(reader, r, `${direction}[${i}]`, direction, b.protocol, b, blockSources(b))),
      );
    }
  }
  return out;
}

/** Rules of `aws_vpc_security_group_ingress_rule` and `aws_vpc_security_group_egress_rule` resources. */
function vpcRules(reader: ValueReader): SgRuleView[] {
  const out: SgRuleView[] = [];
  for (const [type, direction] of [
    ["aws_vpc_security_group_ingress_rule", "ingress"],
    ["aws_vpc_security_group_egress_rule", "egress"],
  ] as const) {
    for (const r of reader.resources(type)) {
      const sources: Sources = [
        ["cidr_ipv4", r.config.cidr_ipv4],
        ["cidr_ipv6", r.config.cidr_ipv6],
        ["prefix_list_id", r.config.prefix_list_id],
      ];
      out.push(sgRule(reader, r, "", direction, r.config.ip_protocol, r.config, sources));
    }
  }
  return out;
}

/** Every security-group rule: rule resources, inline blocks and VPC rule resources. */
export function securityGroupRulesOf(reader: ValueReader): SgRuleView[] {
  return [...ruleResources(reader), ...inlineRules(reader), ...vpcRules(reader)];
}

/** Every load-balancer listener with its rules, and the listener rules whose listener is not a listener of the stack. */
export function listenersOf(reader: ValueReader): { listeners: ListenerView[]; orphans: ListenerRuleView[] } {
  const listeners: Array<ListenerView & { rules: ListenerRuleView[] }> = reader.resources("aws_lb_listener").map((r) => ({
    resource: r,
    address: r.address,
    protocol: reader.resolve(r.config.protocol ?? "HTTP"),
    port: reader.resolve(r.config.port),
    actions: many(r.config.default_action),
    rules: [],
  }));
  const orphans: ListenerRuleView[] = [];
  for (const r of reader.resources("aws_lb_listener_rule")) {
    const ref = reader.reference(r.config.listener_arn);
    const listener = ref ? listeners.find((l) => l.address === ref.address) : undefined;
    const rule: ListenerRuleView = {
      resource: r,
      address: r.address,
      actions: many(r.config.action),
      ...(listener ? { listener } : { listenerExpression: String(r.config.listener_arn) }),
    };
    if (listener) listener.rules.push(rule);
    else orphans.push(rule);
  }
  return { listeners, orphans };
}
