/**
 * Secrets Manager rotation function for the password of the MeshOptixIQ cache's API user
 * (ElastiCache role-based access control, Valkey or Redis OSS, in-transit encryption required).
 *
 * Terraform creates the user disabled (access string `off …`, no password) in a user group whose
 * `default` user is off too, and attaches that group to the replication group at creation: no
 * client can authenticate until this function has run, and none can if it never succeeds. The
 * password is generated here, inside AWS, and set with `ModifyUser`: Terraform never sees it.
 *
 * ElastiCache users hold up to two passwords. Each rotation sets the user's passwords to the
 * current one (AWSCURRENT) and the new one, so clients still holding the current password keep
 * working until the next rotation replaces it. The steps:
 *
 * - createSecret: stores a new random password (with the user name, host, port and a `rediss://`
 *   URL) as AWSPENDING, unless the version already holds one (a retry).
 * - setSecret: waits until the user and its group are active, then one `ModifyUser`: the access
 *   string `on <rules>` and the passwords [current, pending] ([pending] on the first rotation, or
 *   when the current version is not a credential of this user). The call sets the whole state, so
 *   a retry repeats it harmlessly, and a later rotation with another token supersedes an
 *   abandoned one (its password is simply not in the list).
 * - testSecret: waits until the change is applied and checks through the ElastiCache API that the
 *   user is on, authenticates by password with the expected number of passwords, and belongs to
 *   the user group that the replication group uses. No connection is opened: the function runs
 *   outside the VPC and 6379 admits only the API.
 * - finishSecret: moves AWSCURRENT to the pending version.
 *
 * Invocations are checked as the API-key function checks them (lib/secrets/rotation/steps.ts): a
 * secret not on SECRET_ARNS, a secret whose rotation is disabled, and a token that is not the
 * rotation's AWSPENDING version are refused.
 *
 * Packaged with its relative imports: no imports beyond the SDK, node:crypto and modules that
 * import nothing else. Lambda's Node.js runtime ships `@aws-sdk/client-elasticache`; it is loaded
 * at run time.
 */
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
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
import { accessStringEnabled, MAX_CACHE_PASSWORD_LENGTH, MIN_CACHE_PASSWORD_LENGTH } from "../../policy/cache-users";
import { CacheApi, CacheUserGroupState, CacheUserState, Dependencies, ElastiCacheSdk, sdkCacheApi, waitActive } from "./cache-api";
import { CacheRotationSettings, settingsFromEnv } from "./settings";
import { CacheCredential, cacheUrl, generatePassword, isWellFormedCredential, parseCredential } from "./password-secret";

export type { RotationEvent };
export { MAX_CACHE_PASSWORD_LENGTH, MIN_CACHE_PASSWORD_LENGTH };
export { cacheUrl, generatePassword, isWellFormedCredential, sdkCacheApi, settingsFromEnv };
export type { CacheApi, CacheCredential, CacheRotationSettings, CacheUserGroupState, CacheUserState, Dependencies, ElastiCacheSdk };

/** Runs one rotation step. */
export async function rotate(deps: Dependencies, event: RotationEvent, settings: CacheRotationSettings): Promise<void> {
  await runRotationStep(
    deps.secrets,
    event,
    { allowedSecretArns: settings.allowedSecretArns },
    {
      createSecret: ({ secretId, token }) => createSecret(deps, secretId, token, settings),
      setSecret: ({ secretId, token, versions }) => setSecret(deps, secretId, token, versionWithStage(versions, "AWSCURRENT"), settings),
      testSecret: ({ secretId, token, versions }) => testSecret(deps, secretId, token, versionWithStage(versions, "AWSCURRENT"), settings),
      finishSecret: ({ secretId, token, versions }) => finishVersionStages(deps.secrets, secretId, token, versions),
    },
  );
}

async function createSecret(deps: Dependencies, secretId: string, token: string, settings: CacheRotationSettings): Promise<void> {
  if (await pendingVersionExists(deps.secrets, secretId, token)) return;
  const password = generatePassword(settings.passwordLength);
  const value: CacheCredential = {
    username: settings.userName,
    password,
    host: settings.host,
    port: settings.port,
    url: cacheUrl(settings.userName, password, settings),
  };
  await storePendingVersion(deps.secrets, secretId, token, JSON.stringify(value));
  log("info", "createSecret", secretId, token, "stored a new pending password");
}

async function setSecret(
  deps: Dependencies,
  secretId: string,
  token: string,
  currentVersion: string | undefined,
  settings: CacheRotationSettings,
): Promise<void> {
  const passwords = await passwordsToSet(deps, secretId, token, currentVersion, settings);
  await waitActive(deps, settings);
  await deps.cache.modifyUser(settings.userId, settings.accessString, passwords);
  log(
    "info",
    "setSecret",
    secretId,
    token,
    passwords.length === 2
      ? "ModifyUser requested: the user is on with the current and the pending password"
      : "ModifyUser requested: the user is on with the pending password only",
  );
}

async function testSecret(
  deps: Dependencies,
  secretId: string,
  token: string,
  currentVersion: string | undefined,
  settings: CacheRotationSettings,
): Promise<void> {
  const expected = (await passwordsToSet(deps, secretId, token, currentVersion, settings)).length;
  const { user, group } = await waitActive(deps, settings);
  const problems: string[] = [];
  if (!accessStringEnabled(user.accessString)) problems.push("the user is off");
  if (user.authenticationType !== "password")
    problems.push(`the user authenticates by ${user.authenticationType ?? "nothing"}, not by password`);
  if (user.passwordCount !== expected) problems.push(`the user holds ${user.passwordCount} passwords, not ${expected}`);
  if (!group.userIds.includes(settings.userId)) problems.push(`the user is not in user group ${settings.userGroupId}`);
  if (!group.replicationGroups.includes(settings.replicationGroupId)) {
    problems.push(`user group ${settings.userGroupId} is not attached to replication group ${settings.replicationGroupId}`);
  }
  if (problems.length > 0) throw new Error(`cache user ${settings.userId} after setSecret of ${token}: ${problems.join("; ")}`);
  log("info", "testSecret", secretId, token, `the user is on with ${expected} password(s) in the replication group's user group`);
}

/**
 * The passwords the user holds after this rotation: the current version's (when it is a
 * well-formed credential of this user) and the pending one. Checks the pending value's form.
 */
async function passwordsToSet(
  deps: Dependencies,
  secretId: string,
  token: string,
  currentVersion: string | undefined,
  settings: CacheRotationSettings,
): Promise<string[]> {
  const pending = await secretVersionValue(deps.secrets, secretId, token, "AWSPENDING");
  if (pending === undefined || !isWellFormedCredential(pending, settings)) {
    throw new Error(
      `pending version ${token} of ${secretId} is not a credential of ${settings.userName} with a ${settings.passwordLength}-character password`,
    );
  }
  const next = parseCredential(pending)!.password!;
  if (!currentVersion || currentVersion === token) return [next];
  const current = await secretVersionValue(deps.secrets, secretId, currentVersion, "AWSCURRENT");
  const previous = parseCredential(current);
  // A value of the earlier AUTH-token design (no user name) or of another user is not carried over.
  if (previous?.username !== settings.userName || typeof previous.password !== "string" || previous.password === next) return [next];
  return [previous.password, next];
}

let shared: Dependencies | undefined;

function runtimeDependencies(): Dependencies {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sdk = require("@aws-sdk/client-elasticache") as ElastiCacheSdk;
  return {
    secrets: new SecretsManagerClient({}),
    cache: sdkCacheApi(sdk, new sdk.ElastiCacheClient({})),
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** Lambda entry point: a rotation step from Secrets Manager. */
export async function handler(event: RotationEvent): Promise<void> {
  shared ??= runtimeDependencies();
  await rotate(shared, event, settingsFromEnv(process.env));
}
