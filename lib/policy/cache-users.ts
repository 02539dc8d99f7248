/**
 * The cache's RBAC users as small pure rules: the API user's access, the on/off state of an access
 * string, and the password limits. The cache construct, its password rotation function and the
 * hardening guard use the same definitions.
 *
 * Packaged into the rotation function's asset: imports nothing.
 */

/** User name the API authenticates as (`rediss://<name>:<password>@…`). */
export const CACHE_API_USER_NAME = "meshoptixiq-api";

/** The user name every ElastiCache user group must contain; the library's is always `off`. */
export const CACHE_DEFAULT_USER_NAME = "default";

/**
 * The least access the API's cache client needs, without the `on`/`off` state: every key (the
 * API's cache keys carry no fixed prefix), and only reading, writing, key expiry, transactions
 * and the connection commands a client sends (`PING`, `HELLO`, `CLIENT SETNAME`). `-@dangerous`
 * comes last and removes, among others, `KEYS`, `FLUSHALL`, `FLUSHDB`, `CONFIG`, `DEBUG`, `MONITOR`
 * and `CLIENT KILL` from what the categories before it granted. No `@admin`, `@pubsub` or
 * `@scripting`; no Pub/Sub channels (a new user has none).
 */
export const CACHE_API_ACCESS_RULES = "~* -@all +@read +@write +@keyspace +@transaction +@connection -@dangerous";

/** The access string of the API user: the rules, enabled or disabled. */
export function cacheAccessString(enabled: boolean, rules: string = CACHE_API_ACCESS_RULES): string {
  return `${enabled ? "on" : "off"} ${rules}`;
}

/**
 * Rule: a user with this access string can authenticate. Redis applies the rules left to right,
 * so the last `on`/`off` wins; with neither, ElastiCache assigns `off`. An access string the
 * guard cannot read (not a string, or a Terraform expression known only at plan or apply) counts
 * as enabled: it fails closed.
 */
export function accessStringEnabled(accessString: unknown): boolean {
  if (typeof accessString !== "string" || accessString.includes("${")) return true;
  const states = accessString
    .trim()
    .split(/\s+/)
    .filter((t) => t === "on" || t === "off");
  return states[states.length - 1] === "on";
}

/** Grants in an access string that reach beyond what a cache client needs. */
export function broadCacheGrants(accessString: string): string[] {
  return accessString
    .trim()
    .split(/\s+/)
    .filter((t) =>
      /^(\+@(all|admin|dangerous|scripting)|allcommands|\+(config|debug|flushall|flushdb|keys|monitor|shutdown|acl|module)(\||$))/i.test(t),
    );
}

/** Shortest password the library generates for a cache user. */
export const MIN_CACHE_PASSWORD_LENGTH = 32;
/** Longest password ElastiCache accepts for a user. */
export const MAX_CACHE_PASSWORD_LENGTH = 128;
/** Passwords a user holds at most: the current one and the previous one. */
export const MAX_CACHE_USER_PASSWORDS = 2;
