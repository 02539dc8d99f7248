/**
 * CEL building blocks the controls' admission forms share: the canonical form of a NetworkPolicy
 * selector, peer and port (the same as `params.ts` writes for the stack's own policies), the
 * pinned environment of a workload, and the security context a container inherits from its pod.
 */
import { celLiteral } from "./model";

/** A label selector as a list of `key=value` and `key Operator values` strings. */
export const celSelector = (s: string): string =>
  `((has(${s}.matchLabels) ? ${s}.matchLabels.map(k, k + '=' + ${s}.matchLabels[k]) : []) + ` +
  `(has(${s}.matchExpressions) ? ${s}.matchExpressions.map(e, e.key + ' ' + e.operator + ' ' + (has(e.values) ? e.values.join(',') : '')) : []))`;

/** True when two string lists hold the same strings. */
const sameSet = (a: string, b: string): string => `(size(${a}) == size(${b}) && ${a}.all(x, x in ${b}))`;

/** A NetworkPolicy peer `p` equals a registered peer `q` (see `CanonicalPeer`). */
const peerEquals = (p: string, q: string): string =>
  `((has(${p}.ipBlock) ? (${q}.cidr == ${p}.ipBlock.cidr && ${sameSet(`(has(${p}.ipBlock.except) ? ${p}.ipBlock.except : [])`, `${q}.except`)}) : ${q}.cidr == '') && ` +
  `(has(${p}.podSelector) ? (${q}.hasPods && ${sameSet(celSelector(`${p}.podSelector`), `${q}.pods`)}) : !${q}.hasPods) && ` +
  `(has(${p}.namespaceSelector) ? (${q}.hasNs && ${sameSet(celSelector(`${p}.namespaceSelector`), `${q}.ns`)}) : !${q}.hasNs))`;

/** A NetworkPolicy port as `PROTOCOL/port[-endPort]`. */
export const celPort = (p: string): string =>
  `((has(${p}.protocol) ? ${p}.protocol : 'TCP') + '/' + (has(${p}.port) ? string(${p}.port) : '*') + (has(${p}.endPort) ? '-' + string(${p}.endPort) : ''))`;

/**
 * Every rule of `direction` (`ingress` with peers in `from`, `egress` in `to`) of the policy in the
 * request is covered by a rule the stack registered for the same namespace and pod selector: its
 * peers among the registered rule's (or the registered rule admits every peer) and its ports, never
 * empty, among the registered rule's ports.
 */
export function celRulesRegistered(direction: "ingress" | "egress"): string {
  const peers = direction === "ingress" ? "from" : "to";
  const covered =
    `variables.mine.exists(reg, reg.${direction}.exists(rr, ` +
    `(size(rr.peers) == 0 || (has(rule.${peers}) && size(rule.${peers}) > 0 && rule.${peers}.all(p, rr.peers.exists(q, ${peerEquals("p", "q")})))) && ` +
    `has(rule.ports) && size(rule.ports) > 0 && rule.ports.all(pt, ${celPort("pt")} in rr.ports)))`;
  return `!has(object.spec.${direction}) || object.spec.${direction}.all(rule, ${covered})`;
}

/** The pins of a control that apply to the workload in the request. */
export const celPinsVariable = (pins: unknown[]) => ({
  name: "pins",
  expression:
    // no pins: an empty list of the same type as written pins (values dyn), so that the checks over
    // p.secret and p.value still compile
    `${pins.length === 0 ? "[{'kind': dyn('')}].filter(p, false)" : celLiteral(pins)}` +
    `.filter(p, p.kind == object.kind && p.namespace == object.metadata.namespace && p.name == object.metadata.name)`,
});

/** Every pinned variable is still set, as the stack sets it, in its container (every entry of its name). */
export const CEL_PINS_KEPT =
  "variables.pins.all(p, variables.containers.exists(c, c.name == p.container && has(c.env) && " +
  "c.env.exists(e, e.name == p.env) && c.env.filter(e, e.name == p.env).all(e, " +
  "p.secret ? (has(e.valueFrom) && has(e.valueFrom.secretKeyRef)) : (has(e.value) && e.value == p.value))))";

/** Every literal value of the variable `name` in any container satisfies `ok` (over `e.value`). */
export const celEnvLiteral = (name: string, ok: string): string =>
  `variables.containers.all(c, !has(c.env) || c.env.all(e, e.name != ${celLiteral(name)} || !has(e.value) || (${ok})))`;

/** The variable `name`, wherever set, is read from a Secret, never a literal. */
export const celEnvFromSecret = (name: string): string =>
  `variables.containers.all(c, !has(c.env) || c.env.all(e, e.name != ${celLiteral(name)} || (!has(e.value) && has(e.valueFrom) && has(e.valueFrom.secretKeyRef))))`;

/** A container's security-context field, inherited from the pod's when the container does not set it. */
export const celInherited = (c: string, field: string, fallback: string): string =>
  `(has(${c}.securityContext) && has(${c}.securityContext.${field}) ? ${c}.securityContext.${field} : ` +
  `(has(variables.pod.securityContext) && has(variables.pod.securityContext.${field}) ? variables.pod.securityContext.${field} : ${fallback}))`;
