import { Token } from "../compat/core";
import { IConstruct } from "constructs";
import { ErrorCodes, invalidInput } from "./errors";
import { OptOut, recordOptOut } from "./opt-out";

/**
 * The validators of construct props, in one module: each names the property, what is allowed and
 * how to fix it (errors from the catalogue in ./errors). They are token-aware: values that are
 * unresolved tokens (references to other resources, computed at apply time) cannot be checked at
 * synth and are skipped here (the guard judges what synth writes).
 */

/** True when the value is a concrete value that can be validated now. */
export function isConcrete(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string" || typeof value === "number" || Array.isArray(value)) {
    return !Token.isUnresolved(value);
  }
  return true;
}

/** Requires a value to be present (tokens count as present). */
export function requireValue<T>(component: string, property: string, value: T | undefined, fix: string): T {
  if (value === undefined || value === null || (typeof value === "string" && !Token.isUnresolved(value) && value.trim() === "")) {
    throw invalidInput(ErrorCodes.REQUIRED, { component, property, received: value, allowed: "a non-empty value", fix });
  }
  return value;
}

/** Validates an integer range, skipping tokens. */
export function requireIntegerInRange(
  code: string,
  component: string,
  property: string,
  value: number,
  min: number,
  max: number,
  fix: string,
): number {
  if (!isConcrete(value)) return value;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(code, { component, property, received: value, allowed: `an integer from ${min} to ${max}`, fix });
  }
  return value;
}

const IPV4_CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;
const IPV6_CIDR = /^[0-9a-fA-F:]+\/(12[0-8]|1[01]\d|[1-9]?\d)$/;

/** True when a CIDR covers the whole internet (IPv4 or IPv6), in any spelling Terraform accepts. */
export function isWorldCidr(cidr: string): boolean {
  const [address, bits] = cidr.split("/");
  if (bits === undefined || Number(bits) !== 0) return false;
  return cidr.includes(":") ? /^[0:]*$/.test(address) : true;
}

/**
 * How a CIDR prop treats a world-open range (`0.0.0.0/0`, `::/0`): refused (the default: the prop
 * says who may connect, or who may be connected to), or accepted through a recorded opt-out.
 */
export interface WorldOpenCidrs {
  /** The construct the opt-out is recorded on. */
  readonly scope: IConstruct;
  /** The opt-out property, e.g. `worldOpenCidrsOptOut`. */
  readonly optOutProperty: string;
  /** The opt-out given: with it a world-open range is accepted and recorded. @default - refused */
  readonly optOut?: OptOut;
}

/**
 * Validates a list of CIDR blocks that names a network peer, skipping tokens: each must be a
 * well-formed IPv4 or IPv6 block, and a world-open range is refused unless `worldOpen` carries an
 * opt-out with a reason (recorded in the report), or is `"accepted"` because another prop already
 * says the peer is the internet (an internet-facing load balancer's clients).
 */
export function requireCidrs(
  component: string,
  property: string,
  cidrs: string[],
  fix: string,
  worldOpen?: WorldOpenCidrs | "accepted",
): string[] {
  if (Token.isUnresolved(cidrs)) return cidrs;
  for (const cidr of cidrs) {
    if (Token.isUnresolved(cidr)) continue;
    if (typeof cidr !== "string" || (!IPV4_CIDR.test(cidr) && !(cidr.includes(":") && IPV6_CIDR.test(cidr)))) {
      throw invalidInput(ErrorCodes.CIDR, {
        component,
        property,
        received: cidr,
        allowed: "IPv4 or IPv6 CIDR blocks such as 10.0.0.0/16 or 2001:db8::/32",
        fix,
      });
    }
  }
  const world = cidrs.filter((c) => !Token.isUnresolved(c) && isWorldCidr(c));
  if (world.length > 0 && worldOpen !== "accepted") {
    const optOut = worldOpen?.optOut;
    if (worldOpen && optOut) {
      recordOptOut(worldOpen.scope, component, worldOpen.optOutProperty, optOut);
    } else {
      throw invalidInput(ErrorCodes.CIDR, {
        component,
        property,
        received: world,
        allowed: "named networks only: CIDR blocks narrower than the whole internet (never 0.0.0.0/0 or ::/0)",
        fix: worldOpen
          ? `${fix}; if this peer truly is the whole internet, set ${worldOpen.optOutProperty}: { reason: "why" }`
          : `${fix}; a world-open range is not accepted here`,
      });
    }
  }
  return cidrs;
}

/** The AWS resource ids props take, with their shape and an example. */
export const AWS_ID_KINDS = {
  vpc: { pattern: /^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/, example: "vpc-0a1b2c3d4e5f60718", what: "a VPC id" },
  subnet: { pattern: /^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/, example: "subnet-0aaa1111bbbb2222c", what: "a subnet id" },
  securityGroup: { pattern: /^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$/, example: "sg-0123456789abcdef0", what: "a security group id" },
  hostedZone: {
    pattern: /^Z[0-9A-Z]{1,31}$/,
    example: "Z0123456789EXAMPLE",
    what: "a Route 53 hosted zone id (not its domain name, without the /hostedzone/ prefix)",
  },
} as const;

/** Validates an AWS resource id against its kind, skipping tokens (ids are not secret: the value is echoed). */
export function requireAwsId(component: string, property: string, value: string, kind: keyof typeof AWS_ID_KINDS, fix: string): string {
  if (!isConcrete(value)) return value;
  const spec = AWS_ID_KINDS[kind];
  if (typeof value !== "string" || !spec.pattern.test(value)) {
    throw invalidInput(ErrorCodes.AWS_ID, { component, property, received: value, allowed: `${spec.what}, e.g. ${spec.example}`, fix });
  }
  return value;
}

/** Validates a list of AWS resource ids against their kind, skipping tokens. */
export function requireAwsIds(
  component: string,
  property: string,
  values: string[],
  kind: keyof typeof AWS_ID_KINDS,
  fix: string,
): string[] {
  if (Token.isUnresolved(values)) return values;
  values.forEach((v, i) => requireAwsId(component, `${property}[${i}]`, v, kind, fix));
  return values;
}

/** Validates a DNS-1123 label (Kubernetes names), skipping tokens. */
export function requireDnsLabel(component: string, property: string, value: string): string {
  if (!isConcrete(value)) return value;
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value)) {
    throw invalidInput(ErrorCodes.NAME, {
      component,
      property,
      received: value,
      allowed: "a DNS-1123 label: lowercase letters, digits and '-', at most 63 characters, starting and ending alphanumeric",
      fix: `rename it, e.g. "${
        value
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, "-")
          .replace(/^-+|-+$/g, "")
          .slice(0, 63) || "meshq"
      }"`,
    });
  }
  return value;
}

/**
 * Validates a PEM CA bundle: one or more certificates and never a private key (which would end up
 * in a ConfigMap and the Terraform state). A private key is not echoed in the message.
 */
export function requireCertificatePem(component: string, property: string, pem: string, fix: string): string {
  const hasKey = /PRIVATE KEY/.test(pem);
  if (hasKey || !/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(pem)) {
    throw invalidInput(ErrorCodes.CERTIFICATE, {
      component,
      property,
      received: hasKey ? "<redacted: contains a private key>" : pem.slice(0, 40),
      allowed: "one or more PEM certificates (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----), and no private key",
      fix,
    });
  }
  return pem;
}

/**
 * Validates the subnets of a multi-zone resource (an ALB, an RDS subnet group): at least `min`
 * distinct ids. A list that is a token as a whole is skipped; tokens inside a list count as ids.
 */
export function requireSubnets(component: string, property: string, ids: string[], min: number, fix: string): string[] {
  if (Token.isUnresolved(ids)) return ids;
  requireAwsIds(component, property, ids, "subnet", "pass subnet ids (aws ec2 describe-subnets shows them)");
  const concrete = ids.filter((id) => !Token.isUnresolved(id));
  const duplicated = concrete.find((id, i) => concrete.indexOf(id) !== i);
  if (ids.length < min || duplicated !== undefined) {
    throw invalidInput(ErrorCodes.SUBNETS, {
      component,
      property,
      received: ids,
      allowed: `at least ${min} distinct subnets, in different availability zones`,
      fix,
    });
  }
  return ids;
}

/**
 * Validates that subnet ids and their CIDR blocks pair up: one CIDR per subnet. Skipped when
 * either list is a token as a whole.
 */
export function requireSameCount(component: string, idsProperty: string, ids: string[], cidrsProperty: string, cidrs: string[]): void {
  if (Token.isUnresolved(ids) || Token.isUnresolved(cidrs)) return;
  if (ids.length !== cidrs.length) {
    throw invalidInput(ErrorCodes.SUBNETS, {
      component,
      property: `${idsProperty} and ${cidrsProperty}`,
      received: { [idsProperty]: ids.length, [cidrsProperty]: cidrs.length },
      allowed: "one CIDR block per subnet, in the same order",
      fix: `give the CIDR block of each subnet in ${cidrsProperty}: a missing one blocks its traffic, an extra one admits a range that is not a subnet of it`,
    });
  }
}

/** The ARNs props take, with their shape and an example. */
export const ARN_KINDS = {
  oidcProvider: {
    pattern: /^arn:aws(-[a-z]+)*:iam::\d{12}:oidc-provider\/[^\s]+$/,
    example: "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
    what: "the ARN of an IAM OIDC provider",
  },
  iamRole: {
    pattern: /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/,
    example: "arn:aws:iam::111122223333:role/ebs-csi-driver",
    what: "the ARN of an IAM role",
  },
  iamPrincipal: {
    pattern: /^arn:aws(-[a-z]+)*:(?:iam::\d{12}:(?:role|user)\/[\w+=,.@/-]+|iam::\d{12}:root|sts::\d{12}:assumed-role\/[\w+=,.@/-]+)$/,
    example: "arn:aws:iam::111122223333:role/platform-admin",
    what: "the ARN of an IAM role or user (or an account root)",
  },
  secret: {
    pattern: /^arn:aws(-[a-z]+)*:secretsmanager:[a-z]{2}(-[a-z]+)+-\d:\d{12}:secret:[\w/+=.@-]+$/,
    example: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:splunk/hec-AbCdEf",
    what: "the ARN of a Secrets Manager secret",
  },
  acmCertificate: {
    pattern: /^arn:aws(-[a-z]+)*:acm:[a-z]{2}(-[a-z]+)+-\d:\d{12}:certificate\/[0-9A-Za-z-]+$/,
    example: "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789",
    what: "the ARN of an ACM certificate",
  },
} as const;

/** Validates a list of ARNs against their kind, skipping tokens. */
export function requireArns(component: string, property: string, values: string[], kind: keyof typeof ARN_KINDS, fix: string): string[] {
  if (Token.isUnresolved(values)) return values;
  values.forEach((v, i) => requireArn(component, `${property}[${i}]`, v, kind, fix));
  return values;
}

/** Validates an ARN prop against its kind, skipping tokens. */
export function requireArn(component: string, property: string, value: string, kind: keyof typeof ARN_KINDS, fix: string): string {
  if (!isConcrete(value)) return value;
  const spec = ARN_KINDS[kind];
  if (typeof value !== "string" || !spec.pattern.test(value)) {
    throw invalidInput(ErrorCodes.ARN, {
      component,
      property,
      received: value,
      allowed: `${spec.what}, e.g. ${spec.example}`,
      fix,
    });
  }
  return value;
}

/** Validates a non-root UID. */
export function requireNonRootUid(component: string, property: string, uid: number): number {
  if (!Number.isInteger(uid) || uid < 1000 || uid > 2147483647) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property,
      received: uid,
      allowed: "an integer UID from 1000 to 2147483647 (never 0: Pod Security Standards restricted forbids root)",
      fix: "use the image's non-root UID, e.g. 10001",
    });
  }
  return uid;
}
