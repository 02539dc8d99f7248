/**
 * Secrets Manager rotation function for MeshOptixIQ API keys.
 *
 * Runs in AWS Lambda (Node.js 22, which ships the AWS SDK v3). Before any step it checks what AWS's
 * rotation-function template checks, so that whoever may invoke the function cannot force a
 * rotation on their own:
 *
 * - the secret is one this function was built for (`SECRET_ARNS`; an empty list allows nothing);
 * - rotation is enabled on the secret (never enabled, or cancelled: refused);
 * - the token is staged on a version of the secret: Secrets Manager labels the rotation's version
 *   `AWSPENDING` before it invokes `createSecret`, so a token on no version did not come from a
 *   rotation that Secrets Manager started, and a version that is neither `AWSPENDING` nor
 *   `AWSCURRENT` is not being rotated.
 *
 * It implements the four rotation steps so that each is idempotent and a half-finished rotation can
 * be retried or superseded:
 *
 * - createSecret: stores a new random key as AWSPENDING under the rotation's token, unless that
 *   version already exists (a retry).
 * - setSecret: nothing to set elsewhere: the API reads the key from Secrets Manager (External
 *   Secrets syncs it and Reloader restarts the API).
 * - testSecret: checks the pending key's length and alphabet.
 * - finishSecret: moves AWSCURRENT to the new version (Secrets Manager moves AWSPREVIOUS to the
 *   old one, which stays readable for overlap) and removes AWSPENDING.
 *
 * - revokePrevious (a scheduled invocation, not a rotation step): once the current key is older
 *   than the overlap (`OVERLAP_HOURS`), moves AWSPREVIOUS onto the current version. The API's
 *   `<NAME>_PREVIOUS` Secret then holds the current key, Reloader restarts the API, and the
 *   previous key is no longer accepted: a leaked key outlives its rotation by the overlap at most.
 *
 * The secret is created empty by Terraform and rotated at once, so the first key is generated
 * here, inside AWS. Secrets Manager labels the first stored version AWSCURRENT immediately (and
 * AWSPENDING, as asked); the remaining steps then test it and clear AWSPENDING.
 *
 * The checks and the Secrets Manager label moves are those of every rotation function of the
 * library (lib/secrets/rotation/steps.ts); this file holds what is particular to API keys.
 *
 * Packaged with its relative imports as the function's asset (lib/secrets/rotation-bundle.ts): no
 * imports beyond the SDK, node:crypto and modules that import nothing else.
 */
import {
  GetSecretValueCommand,
  ListSecretVersionIdsCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { randomBytes, randomInt } from "node:crypto";
import { isKeyAlphabet, KeyAlphabet, KeyAlphabetValue, MAX_KEY_LENGTH, MIN_KEY_LENGTH } from "../../policy/key-limits";
import {
  admittedVersions,
  finishVersionStages,
  logStep,
  pendingVersionExists,
  RotationEvent,
  RotationRefused,
  runRotationStep,
  StepContext,
  storePendingVersion,
  versionWithStage,
} from "../../secrets/rotation/steps";

export type { RotationEvent };
export { RotationRefused };

/** Settings of the rotation. */
export interface RotationSettings {
  /** Key length in characters; at least 32. */
  readonly keyLength: number;
  /** Alphabet of the key. */
  readonly alphabet: KeyAlphabetValue;
  /** ARNs this function may rotate; any other secret is refused. Empty: every secret is refused. */
  readonly allowedSecretArns: string[];
  /** Hours the previous key stays accepted after a rotation. */
  readonly overlapHours: number;
}

/** Event of the schedule that ends the previous key's overlap. */
export interface RevokePreviousEvent {
  readonly action: "revokePrevious";
  readonly secretId: string;
}

/**
 * Ends the previous key's overlap: once the current version is older than the overlap, AWSPREVIOUS
 * moves onto it, so the previous key is no longer delivered. Does nothing while a rotation runs,
 * before the first rotation, or when the overlap has already ended.
 */
export async function revokePrevious(
  client: SecretsManagerClient,
  event: RevokePreviousEvent,
  settings: RotationSettings,
  now: Date = new Date(),
): Promise<void> {
  const step = "revokePrevious";
  const { arn, versions } = await admittedVersions(client, event.secretId, { allowedSecretArns: settings.allowedSecretArns }, step);
  const current = versionWithStage(versions, "AWSCURRENT");
  const previous = versionWithStage(versions, "AWSPREVIOUS");
  if (!current || !previous || previous === current) return logStep("info", step, arn, current ?? "-", "no previous key to revoke");
  if (versionWithStage(versions, "AWSPENDING")) return logStep("info", step, arn, current, "a rotation is running; later");
  const listed = await client.send(new ListSecretVersionIdsCommand({ SecretId: arn, IncludeDeprecated: false }));
  const created = listed.Versions?.find((v) => v.VersionId === current)?.CreatedDate;
  if (!created) throw new Error(`version ${current} of ${arn} has no creation date`);
  if (now.getTime() - created.getTime() < settings.overlapHours * 3_600_000) {
    return logStep("info", step, arn, current, "overlap still open");
  }
  await client.send(
    new UpdateSecretVersionStageCommand({
      SecretId: arn,
      VersionStage: "AWSPREVIOUS",
      MoveToVersionId: current,
      RemoveFromVersionId: previous,
    }),
  );
  logStep("info", step, arn, current, `previous key (version ${previous}) revoked`);
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Generates a key from a cryptographically secure source, without modulo bias. */
export function generateKey(length: number, alphabet: KeyAlphabetValue): string {
  if (!Number.isInteger(length) || length < MIN_KEY_LENGTH || length > MAX_KEY_LENGTH) {
    throw new Error(`key length ${length} is outside ${MIN_KEY_LENGTH}..${MAX_KEY_LENGTH}`);
  }
  if (alphabet === KeyAlphabet.HEX) {
    return randomBytes(Math.ceil(length / 2))
      .toString("hex")
      .slice(0, length);
  }
  let key = "";
  for (let i = 0; i < length; i++) key += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return key;
}

/** Rule: a value is a well-formed key of the configured length and alphabet. */
export function isWellFormedKey(value: string, settings: Pick<RotationSettings, "keyLength" | "alphabet">): boolean {
  const pattern = settings.alphabet === KeyAlphabet.HEX ? /^[0-9a-f]+$/ : /^[A-Za-z0-9]+$/;
  return value.length === settings.keyLength && pattern.test(value);
}

/** Runs one rotation step. */
export async function rotate(client: SecretsManagerClient, event: RotationEvent, settings: RotationSettings): Promise<void> {
  await runRotationStep(
    client,
    event,
    { allowedSecretArns: settings.allowedSecretArns },
    {
      createSecret: async ({ secretId, token }) => {
        if (await pendingVersionExists(client, secretId, token)) return;
        await storePendingVersion(client, secretId, token, generateKey(settings.keyLength, settings.alphabet));
        logStep("info", "createSecret", secretId, token, "stored new pending key");
      },
      // The API reads the key from Secrets Manager; there is no other system to update.
      setSecret: async ({ secretId, token }) => logStep("info", "setSecret", secretId, token, "no external system to update"),
      testSecret: (context) => testSecret(client, context, settings),
      finishSecret: ({ secretId, token, versions }) => finishVersionStages(client, secretId, token, versions),
    },
  );
}

async function testSecret(client: SecretsManagerClient, { secretId, token }: StepContext, settings: RotationSettings): Promise<void> {
  const pending = await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionId: token, VersionStage: "AWSPENDING" }));
  if (!isWellFormedKey(pending.SecretString ?? "", settings)) {
    throw new Error(`pending version ${token} of ${secretId} is not a ${settings.keyLength}-character ${settings.alphabet} key`);
  }
  logStep("info", "testSecret", secretId, token, "pending key is well formed");
}

/** Reads the settings from the function's environment. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): RotationSettings {
  const keyLength = Number(env.KEY_LENGTH ?? "64");
  const alphabet = env.KEY_ALPHABET ?? KeyAlphabet.HEX;
  if (!isKeyAlphabet(alphabet)) throw new Error(`unknown KEY_ALPHABET ${alphabet}`);
  const overlapHours = Number(env.OVERLAP_HOURS ?? "24");
  if (!Number.isFinite(overlapHours) || overlapHours < 0) throw new Error(`invalid OVERLAP_HOURS ${env.OVERLAP_HOURS}`);
  return {
    keyLength,
    alphabet,
    allowedSecretArns: (env.SECRET_ARNS ?? "").split(",").filter((s) => s.length > 0),
    overlapHours,
  };
}

let sharedClient: SecretsManagerClient | undefined;

/** Lambda entry point: a rotation step from Secrets Manager, or the scheduled revocation. */
export async function handler(event: RotationEvent | RevokePreviousEvent): Promise<void> {
  sharedClient ??= new SecretsManagerClient({});
  const settings = settingsFromEnv(process.env);
  if ("action" in event) {
    if (event.action !== "revokePrevious") throw new Error(`unknown action ${JSON.stringify(event.action)}`);
    return revokePrevious(sharedClient, event, settings);
  }
  await rotate(sharedClient, event, settings);
}
