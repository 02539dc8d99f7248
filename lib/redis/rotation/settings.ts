// Settings of the cache user password rotation function, read from its environment.
import { MAX_CACHE_PASSWORD_LENGTH, MIN_CACHE_PASSWORD_LENGTH } from "../../policy/cache-users";
import { environmentReader } from "../../secrets/rotation/env";

/** Settings of the rotation. */
export interface CacheRotationSettings {
  /** The user whose passwords the function sets (the only one it may modify). */
  readonly userId: string;
  /** Its user name, as clients present it. */
  readonly userName: string;
  /** The user group that holds it, attached to the replication group. */
  readonly userGroupId: string;
  readonly replicationGroupId: string;
  /** The access string the function gives the user when it enables it (`on …`). */
  readonly accessString: string;
  /** Password length, 32 to 128 letters and digits. */
  readonly passwordLength: number;
  /** ARNs this function may rotate; any other secret is refused, and an empty list refuses every secret. */
  readonly allowedSecretArns: string[];
  /** Primary endpoint of the group, for the `url` field. */
  readonly host: string;
  readonly port: number;
  /** Query string of the URL (certificate verification options of the client), without `?`. */
  readonly urlQuery: string;
  /** Longest wait for the user and its group to become active, in seconds. */
  readonly waitSeconds: number;
  /** Interval between two describes while waiting, in seconds. */
  readonly pollSeconds: number;
}

/** Reads the settings from the function's environment. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): CacheRotationSettings {
  const { required, integer } = environmentReader(env);
  return {
    userId: required("USER_ID"),
    userName: required("USER_NAME"),
    userGroupId: required("USER_GROUP_ID"),
    replicationGroupId: required("REPLICATION_GROUP_ID"),
    accessString: required("ACCESS_STRING"),
    passwordLength: integer("PASSWORD_LENGTH", 64, MIN_CACHE_PASSWORD_LENGTH, MAX_CACHE_PASSWORD_LENGTH),
    allowedSecretArns: (env.SECRET_ARNS ?? "").split(",").filter((s) => s.length > 0),
    host: required("CACHE_HOST"),
    port: integer("CACHE_PORT", 6379, 1, 65535),
    urlQuery: env.URL_QUERY ?? "",
    waitSeconds: integer("WAIT_SECONDS", 600, 1, 900),
    pollSeconds: integer("POLL_SECONDS", 15, 1, 300),
  };
}
