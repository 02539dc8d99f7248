/** Small rules the controls share: a verdict over subjects, judging a value that may be unknown, booleans, CIDR ranges. */
import { Finding, FindingLevel, NOT_APPLICABLE, Verdict } from "../model";
import { StackView } from "../view";

/**
 * The verdict of a rule that judges each of some subjects: {@link NOT_APPLICABLE} when there are
 * none, otherwise every subject's findings.
 */
export function judgeEach<T>(subjects: readonly T[], judge: (subject: T) => Finding[]): Verdict {
  return subjects.length === 0 ? NOT_APPLICABLE : subjects.flatMap(judge);
}

/**
 * Judges one security-relevant value: a finding when it cannot be known (fail closed), or when
 * `problem` returns a message for the known value.
 */
export function judgeValue(
  view: StackView,
  address: string,
  what: string,
  value: unknown,
  problem: (value: any) => string | undefined,
  level?: FindingLevel,
): Finding[] {
  const r = view.resolve(value);
  if (!r.known) return [{ address, message: view.unknownMessage(what, r.expression), ...(level ? { level } : {}) }];
  const message = problem(r.value);
  return message ? [{ address, message, ...(level ? { level } : {}) }] : [];
}

/** Terraform reads `"true"` as true for a boolean argument. */
export const isTrue = (v: unknown): boolean => v === true || v === "true";
/** Terraform reads `"false"` as false for a boolean argument. */
export const isFalse = (v: unknown): boolean => v === false || v === "false";

/** True when a CIDR covers the whole internet (any prefix length 0). */
export function isWorld(cidr: string): boolean {
  return /\/0$/.test(cidr.trim());
}

/** An IPv4 or IPv6 CIDR as a range of integers, or undefined when it is not one. */
function range(cidr: string): { v6: boolean; first: bigint; last: bigint } | undefined {
  const [ip, lengthText] = cidr.trim().split("/");
  if (lengthText === undefined || !/^\d+$/.test(lengthText)) return undefined;
  const length = Number(lengthText);
  let value = 0n;
  let bits: number;
  if (ip.includes(":")) {
    bits = 128;
    const [head, tail] = ip.split("::");
    const h = head ? head.split(":") : [];
    const t = tail !== undefined && tail !== "" ? tail.split(":") : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
    if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
    for (const g of groups) value = (value << 16n) | BigInt(parseInt(g, 16));
  } else {
    bits = 32;
    const octets = ip.split(".");
    if (octets.length !== 4 || octets.some((o) => !/^\d{1,3}$/.test(o) || Number(o) > 255)) return undefined;
    for (const o of octets) value = (value << 8n) | BigInt(Number(o));
  }
  if (length > bits) return undefined;
  const host = (1n << BigInt(bits - length)) - 1n;
  const first = value & ~host;
  return { v6: bits === 128, first, last: first | host };
}

/** True when `inner` lies inside `outer` (same address family). */
export function cidrContains(outer: string, inner: string): boolean {
  const o = range(outer);
  const i = range(inner);
  return !!o && !!i && o.v6 === i.v6 && o.first <= i.first && i.last <= o.last;
}

/** How a control fixes a value that names something outside the stack. */
export const SUPPRESS_FIX = "or suppress this control for the resource with a reason (HardeningGuard.suppress)";

/**
 * Judges a KMS key argument (`kms_key_id`, `kmsKeyId`): it must be a customer-managed key the
 * stack creates, named by a reference to its `aws_kms_key` (or to an `aws_kms_alias` of the stack
 * whose target is one), so that MESHQ-SEC-2 judges its rotation, state and policy. Unset, or an
 * alias of an AWS-managed key, is the AWS-managed key. Anything else fails closed: a literal key
 * ARN, id or alias, a variable or a data source names a key the guard did not see, so it cannot
 * know that the key is customer-managed, rotates, or is not open to everyone.
 */
export function judgeStackKey(view: StackView, address: string, what: string, value: unknown): Finding[] {
  if (value === undefined || value === null || value === "")
    return [{ address, message: `${what} is unset: the AWS-managed key encrypts` }];
  const keyOfStack = (v: unknown): boolean => view.reference(v)?.kind === "aws_kms_key";
  const ref = view.reference(value);
  if (ref?.kind === "aws_kms_key") return [];
  if (ref?.kind === "aws_kms_alias") {
    return keyOfStack(ref.resource.config.target_key_id)
      ? []
      : [{ address, message: `${what} is the alias ${ref.address}, whose target_key_id is not a key of this stack: ${unseenKey(what)}` }];
  }
  const r = view.resolve(value);
  if (r.known && /(^|:)alias\/aws\//.test(String(r.value))) return [{ address, message: `${what} is an AWS-managed key (alias/aws/)` }];
  if (r.known) {
    const alias = view.resources("aws_kms_alias").find((a) => view.literal(a.config.name) === String(r.value));
    if (alias && keyOfStack(alias.config.target_key_id)) return [];
    return [{ address, message: `${what} is ${String(r.value)}, a key outside this stack: ${unseenKey(what)}` }];
  }
  return [{ address, message: view.unknownMessage(what, r.expression) }];
}

const unseenKey = (what: string): string =>
  `the guard cannot see whether that key is customer-managed, rotates and keeps a policy that allows no one (MESHQ-SEC-2); set ${what} to a key the stack creates (CustomerManagedKey), ${SUPPRESS_FIX}`;
