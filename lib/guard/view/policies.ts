/**
 * NetworkPolicies of a stack, typed or manifest, in one shape: the pods they select, their types,
 * and the peers and ports of every rule; and whether a label selector selects a set of labels.
 */
import { many, one } from "../blocks";
import { specOf } from "./kube";
import type { KubeObject } from "./kube-types";
import type { PeerView, PolicyView, PortView, RuleView, Selector } from "./network-types";
import type { ValueReader } from "./resources";

/** A label selector (`match_labels`, `match_expressions`). */
export function selectorOf(reader: ValueReader, block: any): Selector {
  const raw = one(block) ?? {};
  const labels = reader.resolve(one(raw.match_labels) ?? {});
  const expressions = many(raw.match_expressions);
  if (!labels.known) return { labels: {}, expressions, unknown: labels.expression };
  return { labels: labels.value as Record<string, string>, expressions };
}

function peerOf(reader: ValueReader, p: any): PeerView {
  const ip = one(p?.ip_block);
  if (ip) {
    const cidr = reader.resolve(ip.cidr);
    const except = reader.resolve(ip.except ?? []);
    if (!cidr.known) return { unknown: `ip_block.cidr = ${cidr.expression}` };
    if (!except.known) return { cidr: String(cidr.value), unknown: `ip_block.except = ${except.expression}` };
    return { cidr: String(cidr.value), except: (except.value as unknown[]).map(String) };
  }
  // `{}` selects everything; an empty list (how a plan writes an unused block) is no selector
  const pods = one(p?.pod_selector) !== undefined ? selectorOf(reader, p.pod_selector) : undefined;
  const namespaces = one(p?.namespace_selector) !== undefined ? selectorOf(reader, p.namespace_selector) : undefined;
  const unknown = pods?.unknown ?? namespaces?.unknown;
  // a peer with neither selector admits every pod of the namespace (and is refused by the API server)
  return { pods: pods ?? { labels: {}, expressions: [] }, ...(namespaces ? { namespaces } : {}), ...(unknown ? { unknown } : {}) };
}

function portOf(reader: ValueReader, p: any): PortView {
  const port = reader.resolve(p?.port);
  const end = reader.resolve(p?.end_port);
  const protocol = reader.resolve(p?.protocol ?? "TCP");
  const unknown = [
    !port.known && `port = ${port.expression}`,
    !end.known && `end_port = ${end.expression}`,
    !protocol.known && `protocol = ${protocol.expression}`,
  ]
    .filter(Boolean)
    .join(", ");
  const value = port.known ? port.value : undefined;
  return {
    ...(value !== undefined && value !== null ? { port: /^\d+$/.test(String(value)) ? Number(value) : String(value) } : {}),
    ...(end.known && end.value !== undefined && end.value !== null && Number(end.value) > 0 ? { endPort: Number(end.value) } : {}),
    protocol: protocol.known ? String(protocol.value ?? "TCP") : "?",
    ...(unknown ? { unknown } : {}),
  };
}

function rulesOf(reader: ValueReader, list: any[], peerKey: string): RuleView[] {
  return list.map((rule: any, index: number) => ({
    index,
    peers: many(rule?.[peerKey]).map((p: any) => peerOf(reader, p)),
    ports: many(rule?.ports).map((p: any) => portOf(reader, p)),
  }));
}

/** A NetworkPolicy object, normalized. */
export function policyOf(reader: ValueReader, o: KubeObject): PolicyView {
  const spec = specOf(o);
  const ingress = rulesOf(reader, many(spec.ingress), "from");
  const egress = rulesOf(reader, many(spec.egress), "to");
  const declared = reader.literal(spec.policy_types);
  const types = Array.isArray(declared) ? declared.map(String) : ["Ingress", ...(egress.length > 0 ? ["Egress"] : [])];
  return {
    object: o,
    address: o.address,
    ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
    selector: selectorOf(reader, one(spec.pod_selector)),
    types,
    ingress,
    egress,
  };
}

/** Whether pods with these labels satisfy one match expression; undefined for an operator the guard does not know. */
function matchesExpression(e: any, labels: Record<string, string>): boolean | undefined {
  const key = String(e?.key);
  const values = many(e?.values).map(String);
  switch (e?.operator) {
    case "In":
      return values.includes(labels[key]);
    case "NotIn":
      return !(key in labels && values.includes(labels[key]));
    case "Exists":
      return key in labels;
    case "DoesNotExist":
      return !(key in labels);
    default:
      return undefined;
  }
}

/** True when a selector may select pods with these labels (a selector that cannot be known may). */
export function selects(selector: Selector, labels: Record<string, string>): boolean {
  if (selector.unknown) return true;
  for (const [k, v] of Object.entries(selector.labels)) if (labels[k] !== v) return false;
  for (const e of selector.expressions) {
    const matches = matchesExpression(e, labels);
    // an unknown operator may select anything
    if (matches === undefined) return true;
    if (!matches) return false;
  }
  return true;
}
