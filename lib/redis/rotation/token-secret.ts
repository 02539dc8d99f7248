// The value of a cache token secret: the token and the URL built from it.
import { randomInt } from "node:crypto";
import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH } from "../token-contract";
import { CacheRotationSettings } from "./settings";

/** The JSON value of a version. */
export interface TokenSecret {
  readonly password: string;
  readonly host: string;
  readonly port: number;
  readonly url: string;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Generates a token of letters and digits from a cryptographically secure source, without modulo
 * bias. ElastiCache forbids `/`, `"`, `@` and `%` and allows few other symbols; letters and digits
 * also need no escaping in a URL.
 */
export function generateToken(length: number): string {
  if (!Number.isInteger(length) || length < MIN_TOKEN_LENGTH || length > MAX_TOKEN_LENGTH) {
    throw new Error(`token length ${length} is outside ${MIN_TOKEN_LENGTH}..${MAX_TOKEN_LENGTH}`);
  }
  let token = "";
  for (let i = 0; i < length; i++) token += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return token;
}

/** The `rediss://` URL of a token: TLS, the token as AUTH password, database 0. */
export function cacheUrl(token: string, settings: Pick<CacheRotationSettings, "host" | "port" | "urlQuery">): string {
  const query = settings.urlQuery ? `?${settings.urlQuery}` : "";
  return `rediss://:${encodeURIComponent(token)}@${settings.host}:${settings.port}/0${query}`;
}

/** Rule: a version's value is a well-formed token secret of the configured length. */
export function isWellFormedSecret(value: string, settings: Pick<CacheRotationSettings, "tokenLength">): boolean {
  let parsed: Partial<TokenSecret>;
  try {
    parsed = JSON.parse(value) as Partial<TokenSecret>;
  } catch {
    return false;
  }
  const token = parsed.password ?? "";
  return (
    token.length === settings.tokenLength &&
    /^[A-Za-z0-9]+$/.test(token) &&
    typeof parsed.url === "string" &&
    parsed.url.startsWith(`rediss://:${token}@`)
  );
}
