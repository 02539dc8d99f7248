import { ErrorCodes, invalidInput } from "../core/errors";

/** A parsed Splunk HEC endpoint. */
export interface HecEndpoint {
  readonly url: string;
  readonly host: string;
  readonly port: number;
}

/**
 * Parses and validates a Splunk HEC URL: https only (Splunk's own chart example uses http, and
 * users copy it), a host name, and the real port: the explicit one (8088 on Splunk Enterprise), or
 * 443 when none is given (Splunk Cloud).
 */
export function parseHecUrl(component: string, property: string, value: string): HecEndpoint {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidInput(ErrorCodes.HEC_URL, {
      component,
      property,
      received: value,
      allowed: "an absolute https URL, e.g. https://splunk.corp.example.com:8088",
      fix: "give the HEC base URL with scheme and host",
    });
  }
  if (url.protocol !== "https:") {
    throw invalidInput(ErrorCodes.HEC_URL, {
      component,
      property,
      received: value,
      allowed: "https URLs only (audit records carry user names, client IPs and query names)",
      fix: `use ${value.replace(/^[a-z]+:/i, "https:")}; HEC on Splunk Enterprise serves HTTPS on 8088 by default (supply caBundlePem for its self-signed certificate)`,
    });
  }
  if (url.username || url.password) {
    throw invalidInput(ErrorCodes.LITERAL_SECRET, {
      component,
      property,
      received: "<redacted>",
      allowed: "a URL without credentials",
      fix: "remove the credentials from the URL; the HEC token comes from tokenSecret",
    });
  }
  return { url: value, host: url.hostname, port: url.port ? Number(url.port) : 443 };
}

const DISABLE_VERIFY = /(VERIFY|SSL|TLS|INSECURE|SKIP)/i;

/** Rule: a variable that would switch off TLS verification of the HEC connection. */
export function disablesHecVerification(name: string, value: string): boolean {
  if (!/SPLUNK|HEC|AUDIT/i.test(name) || !DISABLE_VERIFY.test(name)) return false;
  const v = value.trim().toLowerCase();
  const insecureName = /(INSECURE|SKIP)/i.test(name);
  return insecureName ? ["true", "1", "yes"].includes(v) : ["false", "0", "no", "off"].includes(v);
}

/** {@link disablesHecVerification} as CEL over a name `n` and a value `v`, for admission policies. */
export const celDisablesHecVerification = (n: string, v: string): string =>
  `(${n}.matches('(?i)SPLUNK|HEC|AUDIT') && ${n}.matches('(?i)${DISABLE_VERIFY.source}') && ` +
  `(${n}.matches('(?i)(INSECURE|SKIP)') ? ${v}.trim().lowerAscii() in ['true', '1', 'yes'] : ${v}.trim().lowerAscii() in ['false', '0', 'no', 'off']))`;
