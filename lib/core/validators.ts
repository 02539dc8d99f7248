import { Token } from "../compat/core";
import { ErrorCodes, invalidInput } from "./errors";

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

/** Validates a list of CIDR blocks, skipping tokens. */
export function requireCidrs(component: string, property: string, cidrs: string[], fix: string): string[] {
  if (Token.isUnresolved(cidrs)) return cidrs;
  for (const cidr of cidrs) {
    if (Token.isUnresolved(cidr)) continue;
    if (!IPV4_CIDR.test(cidr) && !(cidr.includes(":") && IPV6_CIDR.test(cidr))) {
      throw invalidInput(ErrorCodes.CIDR, {
        component,
        property,
        received: cidr,
        allowed: "IPv4 or IPv6 CIDR blocks such as 10.0.0.0/16 or 2001:db8::/32",
        fix,
      });
    }
  }
  return cidrs;
}

/** True when a CIDR covers the whole internet. */
export function isWorldCidr(cidr: string): boolean {
  return cidr === "0.0.0.0/0" || cidr === "::/0";
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
  acmCertificate: {
    pattern: /^arn:aws(-[a-z]+)*:acm:[a-z]{2}(-[a-z]+)+-\d:\d{12}:certificate\/[0-9A-Za-z-]+$/,
    example: "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789",
    what: "the ARN of an ACM certificate",
  },
} as const;

/** Validates an ARN prop against its kind, skipping tokens. */
export function requireArn(component: string, property: string, value: string, kind: keyof typeof ARN_KINDS, fix: string): string {
  if (!isConcrete(value)) return value;
  const spec = ARN_KINDS[kind];
  if (!spec.pattern.test(value)) {
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
