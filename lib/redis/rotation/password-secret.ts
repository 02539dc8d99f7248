// The value of a cache credential secret: the user, its password and the URL built from them.
import { randomInt } from "node:crypto";
import { MAX_CACHE_PASSWORD_LENGTH, MIN_CACHE_PASSWORD_LENGTH } from "../../policy/cache-users";
import { CacheRotationSettings } from "./settings";

/** The JSON value of a version. */
export interface CacheCredential {
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly port: number;
  readonly url: string;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Generates a password of letters and digits from a cryptographically secure source, without
 * modulo bias. ElastiCache takes 16 to 128 printable characters without `/`, `"`, `@` and `%`;
 * letters and digits also need no escaping in a URL.
 */
export function generatePassword(length: number): string {
  if (!Number.isInteger(length) || length < MIN_CACHE_PASSWORD_LENGTH || length > MAX_CACHE_PASSWORD_LENGTH) {
    throw new Error(`password length ${length} is outside ${MIN_CACHE_PASSWORD_LENGTH}..${MAX_CACHE_PASSWORD_LENGTH}`);
  }
  let password = "";
  for (let i = 0; i < length; i++) password += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return password;
}

/** The `rediss://` URL of a user and password: TLS, database 0, the client's verification options. */
export function cacheUrl(userName: string, password: string, settings: Pick<CacheRotationSettings, "host" | "port" | "urlQuery">): string {
  const query = settings.urlQuery ? `?${settings.urlQuery}` : "";
  return `rediss://${encodeURIComponent(userName)}:${encodeURIComponent(password)}@${settings.host}:${settings.port}/0${query}`;
}

/** Parses a version's value; undefined when it is not a JSON object. */
export function parseCredential(value: string | undefined): Partial<CacheCredential> | undefined {
  try {
    const parsed = JSON.parse(value ?? "");
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Partial<CacheCredential>) : undefined;
  } catch {
    return undefined;
  }
}

/** Rule: a version's value is a well-formed credential of this user, of the configured length. */
export function isWellFormedCredential(value: string, settings: Pick<CacheRotationSettings, "passwordLength" | "userName">): boolean {
  const parsed = parseCredential(value);
  const password = parsed?.password ?? "";
  return (
    parsed?.username === settings.userName &&
    password.length === settings.passwordLength &&
    /^[A-Za-z0-9]+$/.test(password) &&
    typeof parsed.url === "string" &&
    parsed.url.startsWith(`rediss://${encodeURIComponent(settings.userName)}:${password}@`)
  );
}
