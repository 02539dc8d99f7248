import { Token } from "../compat/core";
import { ErrorCodes, invalidInput, invalidSecretInput } from "../core/errors";
import { isConcrete } from "../core/validators";
import { isSecretLookingName, secretValueReason, urlPassword } from "./secrets";

/**
 * Validators of free-text props that may carry a credential: the value is judged, and never shown
 * in the message when it looks like one.
 */

const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Validates a fully qualified host name such as `meshq.example.com`: at least two labels of
 * lower-case letters, digits and `-`, at most 253 characters, no scheme, port, path or wildcard.
 */
export function requireDomainName(component: string, property: string, value: string): string {
  if (!isConcrete(value)) return value;
  const labels = value.split(".");
  const ok = value.length <= 253 && labels.length >= 2 && labels.every((l) => DNS_LABEL.test(l)) && /[a-z]/.test(labels[labels.length - 1]);
  if (!ok) {
    const hostOfUrl = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(value)?.[1];
    throw invalidInput(ErrorCodes.DOMAIN, {
      component,
      property,
      received: urlPassword(value) !== undefined ? "<redacted: a URL with credentials>" : value,
      allowed: "a host name of two or more lower-case DNS labels, e.g. meshq.example.com (no scheme, port, path or wildcard)",
      fix: hostOfUrl ? `pass the host name only: "${hostOfUrl.toLowerCase()}"` : "pass the API's public host name, e.g. meshq.example.com",
    });
  }
  return value;
}

/**
 * Refuses a literal value that carries a credential, judged by its name (`DB_PASSWORD`,
 * `DBPASSWORD`) and by its value (a password in a URL's userinfo, a private key, a high-entropy
 * token). The message never shows the value.
 */
export function rejectLiteralSecret(component: string, property: string, name: string, value: string, fix: string): void {
  const byName = isSecretLookingName(name);
  const reason = typeof value === "string" && !Token.isUnresolved(value) ? secretValueReason(value) : undefined;
  if (!byName && reason === undefined) return;
  throw invalidSecretInput(ErrorCodes.LITERAL_SECRET, {
    component,
    property,
    allowed: `non-secret values only (${byName ? `the name ${name} marks a credential` : `the value is ${reason}`}); credentials must come from AWS Secrets Manager`,
    fix,
  });
}
