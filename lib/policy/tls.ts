import { ErrorCodes, invalidInput } from "../core/errors";
import { isConcrete } from "../core/validators";

/**
 * ELB security policies that negotiate nothing below TLS 1.2. Anything else is rejected at synth.
 *
 * Checkov's CKV_AWS_103 passes every `ELBSecurityPolicy-TLS13*` policy, including
 * `ELBSecurityPolicy-TLS13-1-0-2021-06`, which still admits TLS 1.0: this allowlist does not.
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 */
export const TLS12_PLUS_POLICIES: readonly string[] = [
  "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
  "ELBSecurityPolicy-TLS13-1-3-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
  "ELBSecurityPolicy-TLS-1-2-2017-01",
  "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
  "ELBSecurityPolicy-FS-1-2-2019-08",
  "ELBSecurityPolicy-FS-1-2-Res-2019-08",
  "ELBSecurityPolicy-FS-1-2-Res-2020-10",
];

/**
 * Default listener policy: TLS 1.2 and 1.3 with forward-secret AEAD ciphers only. Compatible
 * with TLS 1.2 clients (unlike a TLS-1.3-only default) and compliant with Security Hub ELB.17.
 */
export const DEFAULT_TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06";

/** Rule: the policy admits nothing below TLS 1.2. */
export function isTls12PlusPolicy(policy: string): boolean {
  return TLS12_PLUS_POLICIES.includes(policy);
}

/** Validates a listener TLS policy. */
export function requireTls12PlusPolicy(component: string, property: string, policy: string): string {
  if (!isConcrete(policy)) return policy;
  if (!isTls12PlusPolicy(policy)) {
    throw invalidInput(ErrorCodes.TLS_POLICY, {
      component,
      property,
      received: policy,
      allowed: `an ELB policy that admits only TLS 1.2 or higher (${TLS12_PLUS_POLICIES.slice(0, 3).join(", ")}, ... ${TLS12_PLUS_POLICIES.length} in all)`,
      fix: `remove ${property} to use ${DEFAULT_TLS_POLICY}, or pick a policy from TLS12_PLUS_POLICIES`,
    });
  }
  return policy;
}

/** Minimum HSTS max-age: one year, as HSTS preload lists require. */
export const MIN_HSTS_MAX_AGE_SECONDS = 31536000;

/** Renders the HSTS header value. */
export function hstsHeader(maxAgeSeconds: number, includeSubDomains: boolean, preload: boolean): string {
  return [`max-age=${maxAgeSeconds}`, includeSubDomains ? "includeSubDomains" : undefined, preload ? "preload" : undefined]
    .filter(Boolean)
    .join("; ");
}

/** Validates the HSTS max-age. */
export function requireHstsMaxAge(component: string, property: string, seconds: number): number {
  if (!isConcrete(seconds)) return seconds;
  if (!Number.isInteger(seconds) || seconds < MIN_HSTS_MAX_AGE_SECONDS) {
    throw invalidInput(ErrorCodes.HSTS_MAX_AGE, {
      component,
      property,
      received: seconds,
      allowed: `an integer of at least ${MIN_HSTS_MAX_AGE_SECONDS} seconds (one year)`,
      fix: `remove ${property} to use two years (63072000), or set at least ${MIN_HSTS_MAX_AGE_SECONDS}`,
    });
  }
  return seconds;
}
