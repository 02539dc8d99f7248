// Settings of the PostgreSQL application user rotation function, read from its environment.
import { environmentReader } from "../../secrets/rotation/env";

/** Settings of the rotation. */
export interface AppUserRotationSettings {
  /** ARNs this function may rotate; any other secret is refused, and an empty list refuses every secret. */
  readonly allowedSecretArns: string[];
  /** The RDS-managed master user secret the function connects with (never handed to a workload). */
  readonly masterSecretArn: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  /** The group role (NOLOGIN) that holds the application's rights. */
  readonly appRole: string;
  /** The schema the application role creates its objects in. */
  readonly schema: string;
  /** Password length, 32 to 128 letters and digits. */
  readonly passwordLength: number;
  /** Hours the previous login role still authenticates after a rotation (1 to 720). */
  readonly previousValidHours: number;
}

/** Bounds of the generated password's length. */
export const MIN_APP_PASSWORD_LENGTH = 32;
export const MAX_APP_PASSWORD_LENGTH = 128;
/** Longest overlap of the previous login role: the rotation schedule's shortest period is longer. */
export const MAX_PREVIOUS_VALID_HOURS = 720;

/** The two login roles of a group role: each rotation sets the password of the one not in use. */
export function loginRoles(appRole: string): [string, string] {
  return [`${appRole}_a`, `${appRole}_b`];
}

/** Reads the settings from the function's environment. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): AppUserRotationSettings {
  const { required, integer } = environmentReader(env);
  return {
    allowedSecretArns: (env.SECRET_ARNS ?? "").split(",").filter((s) => s.length > 0),
    masterSecretArn: required("MASTER_SECRET_ARN"),
    host: required("DB_HOST"),
    port: integer("DB_PORT", 5432, 1, 65535),
    database: required("DB_NAME"),
    appRole: required("APP_ROLE"),
    schema: required("APP_SCHEMA"),
    passwordLength: integer("PASSWORD_LENGTH", 64, MIN_APP_PASSWORD_LENGTH, MAX_APP_PASSWORD_LENGTH),
    previousValidHours: integer("PREVIOUS_VALID_HOURS", 24, 1, MAX_PREVIOUS_VALID_HOURS),
  };
}
