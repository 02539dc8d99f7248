/**
 * The Secrets Manager side of a rotation function, shared by the library's rotation functions:
 * the checks every invocation passes before a step runs, the dispatch of the four steps, and the
 * version-stage moves of createSecret (store AWSPENDING, keep it on a retry) and finishSecret (move
 * AWSCURRENT, clear AWSPENDING). A function supplies what differs: the value it generates, what it
 * sets elsewhere and how it tests it.
 *
 * Packaged into the functions' assets: imports nothing but the SDK.
 */
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";

/** Event Secrets Manager sends for each rotation step. */
export interface RotationEvent {
  readonly Step: string;
  readonly SecretId: string;
  readonly ClientRequestToken: string;
}

/** Version ids of a secret and their staging labels. */
export type VersionStages = Record<string, string[]>;

/** Thrown when an invocation does not belong to a rotation this function may run. */
export class RotationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RotationRefused";
  }
}

/** Who may be rotated, and how strictly an invocation is checked. */
export interface AdmissionRules {
  /** ARNs the function may rotate; any other secret is refused, and an empty list refuses every secret. */
  readonly allowedSecretArns: string[];
  /**
   * Whether an invocation must belong to a rotation Secrets Manager started: rotation must be
   * enabled on the secret, and the token must be staged on a version (Secrets Manager labels the
   * rotation's version AWSPENDING before createSecret). Without it createSecret accepts a token on
   * no version.
   * @default true
   */
  readonly requireStartedRotation?: boolean;
}

/** What a step is run with. */
export interface StepContext {
  readonly step: string;
  readonly secretId: string;
  readonly token: string;
  /** The secret's versions when the invocation was admitted. */
  readonly versions: VersionStages;
}

/** The four steps of a rotation function. */
export interface RotationSteps {
  createSecret(context: StepContext): Promise<void>;
  setSecret(context: StepContext): Promise<void>;
  testSecret(context: StepContext): Promise<void>;
  finishSecret(context: StepContext): Promise<void>;
}

/**
 * Describes the secret and refuses one the function may not rotate; returns its versions. Used
 * before every step and by invocations that are not rotation steps (a scheduled task).
 */
export async function admittedVersions(
  client: SecretsManagerClient,
  secretId: string,
  rules: AdmissionRules,
  step: string,
): Promise<{ arn: string; versions: VersionStages; rotationEnabled: boolean }> {
  if (rules.allowedSecretArns.length === 0) {
    throw new RotationRefused(`no secret is allowed (SECRET_ARNS is empty); refusing ${step} for ${secretId}`);
  }
  const metadata = await client.send(new DescribeSecretCommand({ SecretId: secretId }));
  if (!rules.allowedSecretArns.includes(metadata.ARN ?? "")) {
    throw new RotationRefused(`secret ${metadata.ARN} is not one this function rotates`);
  }
  return { arn: metadata.ARN ?? secretId, versions: metadata.VersionIdsToStages ?? {}, rotationEnabled: metadata.RotationEnabled === true };
}

/**
 * Runs one rotation step after the checks of AWS's rotation-function templates: the secret is
 * admitted, rotation is enabled, the token is the rotation's AWSPENDING version. A token that is
 * already AWSCURRENT (and no longer pending) means the rotation finished: nothing to do.
 */
export async function runRotationStep(
  client: SecretsManagerClient,
  event: RotationEvent,
  rules: AdmissionRules,
  steps: RotationSteps,
): Promise<void> {
  const { Step: step, SecretId: secretId, ClientRequestToken: token } = event;
  const strict = rules.requireStartedRotation ?? true;
  const { arn, versions, rotationEnabled } = await admittedVersions(client, secretId, rules, step);
  if (strict && !rotationEnabled) {
    throw new RotationRefused(`secret ${arn} is not enabled for rotation`);
  }
  const stages = versions[token];
  if (strict && !stages) {
    throw new RotationRefused(`secret version ${token} has no stage for rotation of secret ${arn}`);
  }
  if (stages?.includes("AWSCURRENT") && !stages.includes("AWSPENDING")) {
    logStep("info", step, secretId, token, "version is already AWSCURRENT; nothing to do");
    return;
  }
  if (!stages?.includes("AWSPENDING") && (strict || step !== "createSecret")) {
    throw new RotationRefused(`secret version ${token} is not set as AWSPENDING for rotation of secret ${arn}`);
  }
  const context: StepContext = { step, secretId, token, versions };
  switch (step) {
    case "createSecret":
      return steps.createSecret(context);
    case "setSecret":
      return steps.setSecret(context);
    case "testSecret":
      return steps.testSecret(context);
    case "finishSecret":
      return steps.finishSecret(context);
    default:
      throw new Error(`unknown rotation step ${JSON.stringify(step)}`);
  }
}

/** The version that carries a staging label. */
export function versionWithStage(versions: VersionStages, stage: string): string | undefined {
  return Object.entries(versions).find(([, stages]) => stages.includes(stage))?.[0];
}

/** Rule: an SDK error says the version or secret does not exist. */
export function isNotFound(error: unknown): boolean {
  return (error as { name?: string }).name === "ResourceNotFoundException";
}

/** True when the rotation's pending version was already stored (createSecret retried). */
export async function pendingVersionExists(client: SecretsManagerClient, secretId: string, token: string): Promise<boolean> {
  try {
    await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionId: token, VersionStage: "AWSPENDING" }));
    logStep("info", "createSecret", secretId, token, "pending version exists (retry); keeping it");
    return true;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return false;
  }
}

/** The value of a secret version by id and stage, or undefined when there is none. */
export async function secretVersionValue(
  client: SecretsManagerClient,
  secretId: string,
  versionId: string | undefined,
  stage: string,
): Promise<string | undefined> {
  try {
    return (await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionId: versionId, VersionStage: stage }))).SecretString;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Stores a new value as the rotation's AWSPENDING version. */
export async function storePendingVersion(client: SecretsManagerClient, secretId: string, token: string, value: string): Promise<void> {
  await client.send(
    new PutSecretValueCommand({ SecretId: secretId, ClientRequestToken: token, SecretString: value, VersionStages: ["AWSPENDING"] }),
  );
}

/**
 * finishSecret's label moves: AWSCURRENT to the rotation's version (Secrets Manager moves
 * AWSPREVIOUS to the old one, which stays readable), then AWSPENDING removed. The very first
 * version of a secret is AWSCURRENT as soon as it is stored, so then only AWSPENDING is left.
 */
export async function finishVersionStages(
  client: SecretsManagerClient,
  secretId: string,
  token: string,
  versions: VersionStages,
): Promise<void> {
  const current = versionWithStage(versions, "AWSCURRENT");
  if (current !== token) {
    await client.send(
      new UpdateSecretVersionStageCommand({
        SecretId: secretId,
        VersionStage: "AWSCURRENT",
        MoveToVersionId: token,
        ...(current ? { RemoveFromVersionId: current } : {}),
      }),
    );
  }
  await client.send(new UpdateSecretVersionStageCommand({ SecretId: secretId, VersionStage: "AWSPENDING", RemoveFromVersionId: token }));
  logStep("info", "finishSecret", secretId, token, `AWSCURRENT moved from ${current ?? "(none)"}`);
}

/** One log line of a step. Never pass secret material: identifiers only. */
export function logStep(level: string, step: string, secretId: string, token: string, message: string): void {
  console.log(JSON.stringify({ level, step, secretId, token, message }));
}
