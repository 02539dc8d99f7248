/**
 * Secrets Manager rotation function for the AUTH token of the MeshOptixIQ cache (ElastiCache,
 * Valkey or Redis OSS, in-transit encryption required).
 *
 * The token is generated here, inside AWS, and set on the replication group with
 * `ModifyReplicationGroup`: Terraform never sees it (the replication group is created without
 * `auth_token`, which would be kept in state). ElastiCache changes a token without downtime in two
 * moves: `ROTATE` adds the new token and keeps the previous one (or, on a group without AUTH,
 * keeps accepting unauthenticated connections), and `SET` — allowed only after `ROTATE` — leaves
 * the rotated token as the only one. The steps map onto the four rotation steps and one scheduled
 * event:
 *
 * - createSecret: first closes the overlap of the previous rotation if it is still open (`SET`
 *   of the current token), then stores a new random token as AWSPENDING, unless that version
 *   already exists (a retry).
 * - setSecret: `ROTATE` with the pending token; the group then accepts the current and the
 *   pending token. Skipped when the group's token was modified after the pending version was
 *   created (a retry: only this function modifies the token, and createSecret finished any `SET`
 *   before creating the version).
 * - testSecret: waits until the group is available again and checks, through the ElastiCache
 *   API, that AUTH is on and that the `ROTATE` took effect; checks the pending value's form. No
 *   connection is opened: the function runs outside the VPC and 6379 admits only the API.
 * - finishSecret: moves AWSCURRENT to the pending version. On the very first rotation (the group
 *   was created without AUTH) it first runs `SET`, so that unauthenticated connections stop at once:
 *   no client can have used them, since the API has no credential before this version exists.
 * - finalize (an EventBridge schedule, `{"action": "finalize"}`): once the current version is
 *   older than the overlap (the time External Secrets and Reloader need to restart the API with
 *   it), `SET` leaves it as the group's only token.
 *
 * The custom staging label {@link SOLE_TOKEN_STAGE} marks the version whose token is the only one
 * the group accepts; it moves only after a `SET` succeeded.
 *
 * The secret is JSON: `password` (the token), `host`, `port` and `url` (a `rediss://` URL with
 * certificate verification, for clients that read the secret themselves).
 *
 * The checks and the Secrets Manager label moves are those of every rotation function of the
 * library (lib/secrets/rotation/steps.ts); this file holds what is particular to the cache.
 * Packaged with its relative imports: no imports beyond the SDK, node:crypto and modules that
 * import nothing else. Lambda's Node.js runtime ships `@aws-sdk/client-elasticache`; it is loaded
 * at run time.
 */
import { GetSecretValueCommand, SecretsManagerClient, UpdateSecretVersionStageCommand } from "@aws-sdk/client-secrets-manager";
import {
  AdmissionRules,
  admittedVersions,
  finishVersionStages,
  logStep as log,
  pendingVersionExists,
  RotationEvent,
  runRotationStep,
  storePendingVersion,
  VersionStages,
  versionWithStage as stagesOf,
} from "../../secrets/rotation/steps";

export type { RotationEvent };

/** Event of the schedule that ends the overlap of a rotation. */
export interface FinalizeEvent {
  readonly action: "finalize";
  readonly secretId: string;
}

import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH, SOLE_TOKEN_STAGE } from "../token-contract";
import {
  CacheApi,
  CacheGroupState,
  Dependencies,
  ElastiCacheSdk,
  requireRotated,
  rotatedSince,
  sdkCacheApi,
  waitAvailable,
} from "./cache-api";
import { CacheRotationSettings, settingsFromEnv } from "./settings";
import { cacheUrl, generateToken, isWellFormedSecret, TokenSecret } from "./token-secret";

export { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH, SOLE_TOKEN_STAGE };
export { cacheUrl, generateToken, isWellFormedSecret, sdkCacheApi, settingsFromEnv };
export type { CacheApi, CacheGroupState, CacheRotationSettings, Dependencies, ElastiCacheSdk, TokenSecret };

/**
 * Margin between a token modification and a version's creation, in milliseconds: a little more
 * than the one-second resolution either date may be reported with.
 */
const DATE_MARGIN_MS = 1100;

/**
 * The admission rules of the cache's function: only the secrets of SECRET_ARNS (the construct sets
 * the one token secret; an empty list refuses every secret). It does not require a rotation Secrets
 * Manager started: createSecret accepts a token on no version.
 */
function admission(settings: CacheRotationSettings): AdmissionRules {
  return { allowedSecretArns: settings.allowedSecretArns, requireStartedRotation: false };
}

/** Runs one rotation step. */
export async function rotate(deps: Dependencies, event: RotationEvent, settings: CacheRotationSettings): Promise<void> {
  await runRotationStep(deps.secrets, event, admission(settings), {
    createSecret: ({ secretId, token, versions }) => createSecret(deps, secretId, token, versions, settings),
    setSecret: ({ secretId, token }) => setSecret(deps, secretId, token, settings),
    testSecret: ({ secretId, token }) => testSecret(deps, secretId, token, settings),
    finishSecret: ({ secretId, token, versions }) => finishSecret(deps, secretId, token, versions, settings),
  });
}

/**
 * Ends the overlap of the last rotation: `SET` of the current token once it is older than the
 * overlap. Does nothing while a rotation runs, while the group is busy, or when it is done.
 */
export async function finalize(deps: Dependencies, event: FinalizeEvent, settings: CacheRotationSettings): Promise<void> {
  const secretId = event.secretId;
  const { versions } = await admittedVersions(deps.secrets, secretId, admission(settings), "finalize");
  const current = stagesOf(versions, "AWSCURRENT");
  if (!current) return log("info", "finalize", secretId, "-", "no token yet");
  if (stagesOf(versions, "AWSPENDING")) return log("info", "finalize", secretId, current, "a rotation is running; later");
  if (versions[current].includes(SOLE_TOKEN_STAGE)) return log("info", "finalize", secretId, current, "overlap already ended");
  const created = await versionCreated(deps, secretId, current);
  const group = await deps.cache.describe(settings.replicationGroupId);
  const since = Math.max(created.getTime(), group.authTokenLastModified?.getTime() ?? 0);
  if (deps.now().getTime() - since < settings.overlapMinutes * 60_000) {
    return log("info", "finalize", secretId, current, "overlap still open");
  }
  if (group.status !== "available") return log("info", "finalize", secretId, current, `group is ${group.status}; later`);
  requireRotated(group, created, secretId, current);
  await setOnly(deps, secretId, current, versions, settings, "finalize");
}

async function createSecret(
  deps: Dependencies,
  secretId: string,
  token: string,
  versions: VersionStages,
  settings: CacheRotationSettings,
): Promise<void> {
  if (await pendingVersionExists(deps.secrets, secretId, token)) return;
  const current = stagesOf(versions, "AWSCURRENT");
  const abandoned = stagesOf(versions, "AWSPENDING");
  if (abandoned && abandoned !== current) {
    // An unfinished rotation left a pending version. If its token already reached the group,
    // the group holds it next to the current one; a third token is not something ROTATE is
    // documented to accept, so that rotation must be finished first.
    const group = await deps.cache.describe(settings.replicationGroupId);
    if (rotatedSince(group, await versionCreated(deps, secretId, abandoned))) {
      throw new Error(
        `version ${abandoned} of ${secretId} is AWSPENDING and its token was already rotated into the group; finish that rotation (rotate with ClientRequestToken ${abandoned}) before starting another`,
      );
    }
  }
  if (current && !versions[current].includes(SOLE_TOKEN_STAGE)) {
    // The previous rotation's overlap is still open: the group holds two tokens. ROTATE accepts
    // one more only after SET, so end the overlap now (pods still on the older token reconnect
    // with the current one after their next refresh).
    log("warn", "createSecret", secretId, token, `ending the overlap of version ${current} before rotating again`);
    const group = await waitAvailable(deps, settings);
    requireRotated(group, await versionCreated(deps, secretId, current), secretId, current);
    await setOnly(deps, secretId, current, versions, settings, "createSecret");
  }
  // The pending version must be created in a later second than the group's last token
  // modification: setSecret recognises its own ROTATE by the order of the two dates, and either
  // service may report them to the second.
  const last = (await deps.cache.describe(settings.replicationGroupId)).authTokenLastModified;
  if (last) {
    const wait = last.getTime() + 2 * DATE_MARGIN_MS - deps.now().getTime();
    if (wait > 0) await deps.sleep(wait);
  }
  const password = generateToken(settings.tokenLength);
  const value: TokenSecret = { password, host: settings.host, port: settings.port, url: cacheUrl(password, settings) };
  await storePendingVersion(deps.secrets, secretId, token, JSON.stringify(value));
  log("info", "createSecret", secretId, token, "stored new pending token");
}

async function setSecret(deps: Dependencies, secretId: string, token: string, settings: CacheRotationSettings): Promise<void> {
  const pending = await pendingValue(deps, secretId, token);
  const group = await waitAvailable(deps, settings);
  if (!group.transitEncryptionEnabled) {
    throw new Error(`replication group ${settings.replicationGroupId} has no in-transit encryption; ElastiCache refuses AUTH without it`);
  }
  if (rotatedSince(group, pending.created)) {
    log("info", "setSecret", secretId, token, "the group already holds the pending token (retry)");
    return;
  }
  // Keep the modification date strictly after the version's creation even if ElastiCache reports
  // it to the second: that order is how a retry recognises a ROTATE already made.
  const margin = pending.created.getTime() + DATE_MARGIN_MS - deps.now().getTime();
  if (margin > 0) await deps.sleep(margin);
  await deps.cache.modifyAuthToken(settings.replicationGroupId, pending.secret.password, "ROTATE");
  log("info", "setSecret", secretId, token, "ROTATE requested: the group accepts the current and the pending token");
}

async function testSecret(deps: Dependencies, secretId: string, token: string, settings: CacheRotationSettings): Promise<void> {
  const pending = await pendingValue(deps, secretId, token);
  if (!isWellFormedSecret(pending.raw, settings)) {
    throw new Error(`pending version ${token} of ${secretId} is not a ${settings.tokenLength}-character token secret`);
  }
  const group = await waitAvailable(deps, settings);
  requireRotated(group, pending.created, secretId, token);
  if (!group.authTokenEnabled) throw new Error(`replication group ${settings.replicationGroupId} reports AUTH off`);
  log("info", "testSecret", secretId, token, "the group is available with the pending token rotated in");
}

async function finishSecret(
  deps: Dependencies,
  secretId: string,
  token: string,
  versions: VersionStages,
  settings: CacheRotationSettings,
): Promise<void> {
  const current = stagesOf(versions, "AWSCURRENT");
  if (current === token && !versions[token].includes(SOLE_TOKEN_STAGE)) {
    // First rotation: the group was created without AUTH and, after ROTATE, still admits
    // unauthenticated connections. No client has a credential yet, so close that at once.
    const group = await waitAvailable(deps, settings);
    requireRotated(group, await versionCreated(deps, secretId, token), secretId, token);
    await setOnly(deps, secretId, token, versions, settings, "finishSecret");
  }
  await finishVersionStages(deps.secrets, secretId, token, versions);
}

/** `SET`: the version's token becomes the group's only one; then the label follows. */
async function setOnly(
  deps: Dependencies,
  secretId: string,
  versionId: string,
  versions: VersionStages,
  settings: CacheRotationSettings,
  step: string,
): Promise<void> {
  const value = await deps.secrets.send(new GetSecretValueCommand({ SecretId: secretId, VersionId: versionId }));
  const secret = JSON.parse(value.SecretString ?? "{}") as TokenSecret;
  try {
    await deps.cache.modifyAuthToken(settings.replicationGroupId, secret.password, "SET");
  } catch (error) {
    // SET is refused unless the last modification was a ROTATE. The callers checked that this
    // version's token was rotated in and that no later token was; so a refusal means the SET
    // itself was already made by a run that stopped before moving the label (a retry).
    if ((error as { name?: string }).name !== "InvalidParameterCombinationException") throw error;
    log("warn", step, secretId, versionId, "SET refused as not following a ROTATE: already made by an earlier run");
  }
  await waitAvailable(deps, settings);
  const holder = stagesOf(versions, SOLE_TOKEN_STAGE);
  await deps.secrets.send(
    new UpdateSecretVersionStageCommand({
      SecretId: secretId,
      VersionStage: SOLE_TOKEN_STAGE,
      MoveToVersionId: versionId,
      ...(holder && holder !== versionId ? { RemoveFromVersionId: holder } : {}),
    }),
  );
  log("info", step, secretId, versionId, "SET: the group accepts this version's token only");
}

async function versionCreated(deps: Dependencies, secretId: string, versionId: string): Promise<Date> {
  const value = await deps.secrets.send(new GetSecretValueCommand({ SecretId: secretId, VersionId: versionId }));
  if (!value.CreatedDate) throw new Error(`version ${versionId} of ${secretId} has no creation date`);
  return new Date(value.CreatedDate);
}

async function pendingValue(
  deps: Dependencies,
  secretId: string,
  token: string,
): Promise<{ raw: string; secret: TokenSecret; created: Date }> {
  const value = await deps.secrets.send(new GetSecretValueCommand({ SecretId: secretId, VersionId: token, VersionStage: "AWSPENDING" }));
  const raw = value.SecretString ?? "";
  let secret: TokenSecret;
  try {
    secret = JSON.parse(raw) as TokenSecret;
  } catch {
    throw new Error(`pending version ${token} of ${secretId} is not JSON`);
  }
  if (!value.CreatedDate) throw new Error(`version ${token} of ${secretId} has no creation date`);
  return { raw, secret, created: new Date(value.CreatedDate) };
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

/** Lambda entry point: a rotation step from Secrets Manager, or the scheduled finalize. */
export async function handler(event: RotationEvent | FinalizeEvent): Promise<void> {
  shared ??= runtimeDependencies();
  const settings = settingsFromEnv(process.env);
  if ((event as FinalizeEvent).action === "finalize") {
    await finalize(shared, event as FinalizeEvent, settings);
    return;
  }
  await rotate(shared, event as RotationEvent, settings);
}
