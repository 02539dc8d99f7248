// Settings of the cache token rotation function, read from its environment.
import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH } from "../token-contract";

/** Settings of the rotation. */
export interface CacheRotationSettings {
  readonly replicationGroupId: string;
  /** Token length, 32 to 128 letters and digits. */
  readonly tokenLength: number;
  /** ARNs this function may rotate; any other secret is refused. Empty: no restriction. */
  readonly allowedSecretArns: string[];
  /** Primary endpoint of the group, for the `url` field. */
  readonly host: string;
  readonly port: number;
  /** Query string of the URL (certificate verification options of the client), without `?`. */
  readonly urlQuery: string;
  /** Minutes the previous token stays valid after a rotation. */
  readonly overlapMinutes: number;
  /** Longest wait for the group to become available, in seconds. */
  readonly waitSeconds: number;
  /** Interval between two describes while waiting, in seconds. */
  readonly pollSeconds: number;
}

/** Reads the settings from the function's environment. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): CacheRotationSettings {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`environment variable ${name} is not set`);
    return value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
    return value;
  };
  return {
    replicationGroupId: required("REPLICATION_GROUP_ID"),
    tokenLength: integer("TOKEN_LENGTH", 64, MIN_TOKEN_LENGTH, MAX_TOKEN_LENGTH),
    allowedSecretArns: (env.SECRET_ARNS ?? "").split(",").filter((s) => s.length > 0),
    host: required("CACHE_HOST"),
    port: integer("CACHE_PORT", 6379, 1, 65535),
    urlQuery: env.URL_QUERY ?? "",
    overlapMinutes: integer("OVERLAP_MINUTES", 60, 1, 10080),
    waitSeconds: integer("WAIT_SECONDS", 600, 1, 900),
    pollSeconds: integer("POLL_SECONDS", 15, 1, 300),
  };
}
