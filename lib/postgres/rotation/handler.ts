/**
 * Secrets Manager rotation function for the API's PostgreSQL credential: the alternating-users
 * ("multi-user") strategy of AWS's rotation templates, with the application role of
 * {@link ./app-role}. It runs in the VPC and connects to the database as the master user, whose
 * RDS-managed secret it reads; the API never sees that secret.
 *
 * Terraform creates the secret empty: no password exists until the first rotation, and Terraform
 * never sees one. The steps:
 *
 * - createSecret: stores as AWSPENDING a new random password for the login role not named by
 *   AWSCURRENT (`<role>_a` first, then `<role>_b`, `<role>_a`, …), with the host, port and
 *   database, unless the version already holds one (a retry).
 * - setSecret: as the master user, creates the group role, the schema and the grants when they are
 *   missing, then creates the pending login role or sets its password (as a SCRAM verifier) and
 *   lifts any expiry. The other login role, still AWSCURRENT, is untouched: its connections go on.
 * - testSecret: logs in as the pending login role with its new password over verified TLS, and
 *   checks on that session that it acts as the group role and holds nothing more.
 * - finishSecret: as the master user, lets the previous login role authenticate only for the
 *   overlap (`VALID UNTIL` now + PREVIOUS_VALID_HOURS), then moves AWSCURRENT to the pending
 *   version. A leaked password therefore stops working at most that long after the next rotation.
 *
 * Invocations are checked as the other rotation functions check them (lib/secrets/rotation/steps.ts):
 * a secret not on SECRET_ARNS, a secret whose rotation is disabled, and a token that is not the
 * rotation's AWSPENDING version are refused. Only the two login roles are ever changed: a version
 * that names another user (the master user included) is refused.
 *
 * Packaged with its relative imports: the SDK, node: built-ins and the library's own modules only.
 */
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { randomInt } from "node:crypto";
import {
  finishVersionStages,
  logStep as log,
  pendingVersionExists,
  RotationEvent,
  runRotationStep,
  secretVersionValue,
  storePendingVersion,
  versionWithStage,
} from "../../secrets/rotation/steps";
import { appSessionProblems, ensureAppRole, expireLoginRole, loginRoleOf, setLoginRole } from "./app-role";
import { PgConnectOptions, pgConnect, PgSession } from "./pg-client";
import { AppUserRotationSettings, loginRoles, MAX_APP_PASSWORD_LENGTH, MIN_APP_PASSWORD_LENGTH, settingsFromEnv } from "./settings";

export type { RotationEvent, AppUserRotationSettings };
export { settingsFromEnv };

/** The JSON value of a version (the field names of AWS's RDS rotation templates). */
export interface AppCredential {
  readonly engine: "postgres";
  readonly host: string;
  readonly port: number;
  readonly dbname: string;
  readonly username: string;
  readonly password: string;
  /** The master user secret the rotation connects with (an ARN, not the credential). */
  readonly masterarn: string;
}

/** What the function talks to. */
export interface Dependencies {
  readonly secrets: SecretsManagerClient;
  /** Opens a session; the options carry the CA in tests, the runtime's trust store in Lambda. */
  readonly connect: (options: Omit<PgConnectOptions, "ca">) => Promise<PgSession>;
  readonly now: () => Date;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A password of letters and digits from a cryptographically secure source (no escaping in a URL or SQL). */
export function generatePassword(length: number): string {
  if (!Number.isInteger(length) || length < MIN_APP_PASSWORD_LENGTH || length > MAX_APP_PASSWORD_LENGTH) {
    throw new Error(`password length ${length} is outside ${MIN_APP_PASSWORD_LENGTH}..${MAX_APP_PASSWORD_LENGTH}`);
  }
  let password = "";
  for (let i = 0; i < length; i++) password += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return password;
}

/** Runs one rotation step. */
export async function rotate(deps: Dependencies, event: RotationEvent, settings: AppUserRotationSettings): Promise<void> {
  await runRotationStep(
    deps.secrets,
    event,
    { allowedSecretArns: settings.allowedSecretArns },
    {
      createSecret: ({ secretId, token, versions }) =>
        createSecret(deps, secretId, token, versionWithStage(versions, "AWSCURRENT"), settings),
      setSecret: ({ secretId, token }) => setSecret(deps, secretId, token, settings),
      testSecret: ({ secretId, token }) => testSecret(deps, secretId, token, settings),
      finishSecret: ({ secretId, token, versions }) => finishSecret(deps, secretId, token, versions, settings),
    },
  );
}

async function createSecret(
  deps: Dependencies,
  secretId: string,
  token: string,
  currentVersion: string | undefined,
  settings: AppUserRotationSettings,
): Promise<void> {
  if (await pendingVersionExists(deps.secrets, secretId, token)) return;
  const current = currentVersion ? parse(await secretVersionValue(deps.secrets, secretId, currentVersion, "AWSCURRENT")) : undefined;
  const [first, second] = loginRoles(settings.appRole);
  const value: AppCredential = {
    engine: "postgres",
    host: settings.host,
    port: settings.port,
    dbname: settings.database,
    username: current?.username === first ? second : first,
    password: generatePassword(settings.passwordLength),
    masterarn: settings.masterSecretArn,
  };
  await storePendingVersion(deps.secrets, secretId, token, JSON.stringify(value));
  log("info", "createSecret", secretId, token, `stored a new pending password for ${value.username}`);
}

async function setSecret(deps: Dependencies, secretId: string, token: string, settings: AppUserRotationSettings): Promise<void> {
  const pending = await pendingCredential(deps, secretId, token, settings);
  await asMaster(deps, settings, async (db) => {
    await ensureAppRole(db, settings);
    await setLoginRole(db, settings, pending.username, pending.password);
  });
  log("info", "setSecret", secretId, token, `${pending.username} holds the pending password`);
}

async function testSecret(deps: Dependencies, secretId: string, token: string, settings: AppUserRotationSettings): Promise<void> {
  const pending = await pendingCredential(deps, secretId, token, settings);
  const db = await deps.connect({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: pending.username,
    password: pending.password,
  });
  try {
    const problems = await appSessionProblems(db, settings);
    if (problems.length > 0) throw new Error(`${pending.username} after setSecret of ${token}: ${problems.join("; ")}`);
  } finally {
    await db.close();
  }
  log("info", "testSecret", secretId, token, `${pending.username} logs in over TLS and acts as ${settings.appRole} only`);
}

async function finishSecret(
  deps: Dependencies,
  secretId: string,
  token: string,
  versions: Record<string, string[]>,
  settings: AppUserRotationSettings,
): Promise<void> {
  const pending = await pendingCredential(deps, secretId, token, settings);
  const currentVersion = versionWithStage(versions, "AWSCURRENT");
  const current =
    currentVersion && currentVersion !== token
      ? parse(await secretVersionValue(deps.secrets, secretId, currentVersion, "AWSCURRENT"))
      : undefined;
  const previous = current?.username;
  if (previous && previous !== pending.username && loginRoles(settings.appRole).includes(previous)) {
    const until = new Date(deps.now().getTime() + settings.previousValidHours * 3600 * 1000);
    await asMaster(deps, settings, (db) => expireLoginRole(db, settings.appRole, previous, until));
    log("info", "finishSecret", secretId, token, `${previous} authenticates until ${until.toISOString()}`);
  }
  await finishVersionStages(deps.secrets, secretId, token, versions);
}

/** The pending version, checked: a credential of one of the two login roles of this database. */
async function pendingCredential(
  deps: Dependencies,
  secretId: string,
  token: string,
  settings: AppUserRotationSettings,
): Promise<AppCredential> {
  const value = parse(await secretVersionValue(deps.secrets, secretId, token, "AWSPENDING"));
  if (
    !value ||
    typeof value.password !== "string" ||
    value.password.length !== settings.passwordLength ||
    !/^[A-Za-z0-9]+$/.test(value.password)
  ) {
    throw new Error(`pending version ${token} of ${secretId} is not a credential with a ${settings.passwordLength}-character password`);
  }
  loginRoleOf(settings.appRole, String(value.username));
  if (value.host !== settings.host || value.dbname !== settings.database) {
    throw new Error(`pending version ${token} of ${secretId} names another database than ${settings.host}/${settings.database}`);
  }
  return value as AppCredential;
}

/** Runs work on a session of the master user, read from its RDS-managed secret. */
async function asMaster<T>(deps: Dependencies, settings: AppUserRotationSettings, work: (db: PgSession) => Promise<T>): Promise<T> {
  const master = parse(await secretVersionValue(deps.secrets, settings.masterSecretArn, undefined, "AWSCURRENT"));
  if (!master || typeof master.username !== "string" || typeof master.password !== "string") {
    throw new Error(`the master user secret ${settings.masterSecretArn} holds no username and password`);
  }
  const db = await deps.connect({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: master.username,
    password: master.password,
  });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function parse(value: string | undefined): Partial<AppCredential> | undefined {
  try {
    const parsed = JSON.parse(value ?? "");
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Partial<AppCredential>) : undefined;
  } catch {
    return undefined;
  }
}

let shared: Dependencies | undefined;

/** Lambda entry point: a rotation step from Secrets Manager. */
export async function handler(event: RotationEvent): Promise<void> {
  // The server certificate is verified against the runtime's trust store, which holds the RDS CAs
  // when NODE_EXTRA_CA_CERTS names the runtime's bundle (set by the construct).
  shared ??= { secrets: new SecretsManagerClient({}), connect: (options) => pgConnect(options), now: () => new Date() };
  await rotate(shared, event, settingsFromEnv(process.env));
}
