import { existsSync } from "fs";
import { dirname, join } from "path";
import {
  CancelRotateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  RotateSecretCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { rotate, RotationSettings } from "../../lib/keys/rotation/handler";
import { findMotoServer, Moto, motoSecretsManager, startMoto } from "../moto";
import { registerRotationLambda, RotationDriver } from "./secrets-manager-rotation";

const binary = findMotoServer();
beforeAll(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
const describeMoto = binary ? describe : describe.skip;

describeMoto("rotation function against a real Secrets Manager API (moto server)", () => {
  let moto: Moto;
  let sm: SecretsManagerClient;
  let driver: RotationDriver;
  const steps = ["createSecret", "setSecret", "testSecret", "finishSecret"];
  const settingsFor = (...arns: string[]): RotationSettings => ({ keyLength: 64, alphabet: "hex", allowedSecretArns: arns });

  beforeAll(async () => {
    moto = await startMoto(binary!);
    sm = motoSecretsManager(moto);
    driver = new RotationDriver(sm);
  });
  afterAll(() => moto?.stop());

  async function stagesOf(secretId: string): Promise<Record<string, string[]>> {
    const d = await sm.send(new DescribeSecretCommand({ SecretId: secretId }));
    return Object.fromEntries(Object.entries(d.VersionIdsToStages ?? {}).filter(([, s]) => s.length > 0));
  }

  async function value(secretId: string, stage: string): Promise<string> {
    return (await sm.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage }))).SecretString!;
  }

  const step = (Step: string, arn: string, token: string, settings = settingsFor(arn)) =>
    rotate(driver.client, { Step, SecretId: arn, ClientRequestToken: token }, settings);

  async function fullRotation(arn: string): Promise<string> {
    const token = driver.startRotation(arn);
    for (const s of steps) await step(s, arn, token);
    return token;
  }

  test("first rotation on creation generates a 64-hex-character key inside AWS", async () => {
    const arn = await driver.newSecret();
    const token = driver.startRotation(arn);
    await step("createSecret", arn, token);
    // Secrets Manager makes the first stored version AWSCURRENT at once
    expect(await stagesOf(arn)).toEqual({ [token]: expect.arrayContaining(["AWSPENDING", "AWSCURRENT"]) });
    for (const s of steps.slice(1)) await step(s, arn, token);
    expect(await stagesOf(arn)).toEqual({ [token]: ["AWSCURRENT"] });
    expect(await value(arn, "AWSCURRENT")).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a second rotation keeps the old key readable as AWSPREVIOUS", async () => {
    const arn = await driver.newSecret();
    const first = await fullRotation(arn);
    const firstKey = await value(arn, "AWSCURRENT");
    const second = await fullRotation(arn);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSPREVIOUS"], [second]: ["AWSCURRENT"] });
    expect(await value(arn, "AWSPREVIOUS")).toBe(firstKey);
    expect(await value(arn, "AWSCURRENT")).not.toBe(firstKey);
  });

  test("an interrupted rotation resumes: createSecret retried keeps the same pending key", async () => {
    const arn = await driver.newSecret();
    const first = await fullRotation(arn);
    const token = driver.startRotation(arn);
    await step("createSecret", arn, token);
    const pending = await value(arn, "AWSPENDING");
    // the function crashed here; Secrets Manager retries the step with the same token
    await step("createSecret", arn, token);
    expect(await value(arn, "AWSPENDING")).toBe(pending);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSCURRENT"], [token]: ["AWSPENDING"] });
    for (const s of steps.slice(1)) await step(s, arn, token);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSPREVIOUS"], [token]: ["AWSCURRENT"] });
    expect(await value(arn, "AWSCURRENT")).toBe(pending);
    // finishSecret delivered twice is harmless
    await step("finishSecret", arn, token);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSPREVIOUS"], [token]: ["AWSCURRENT"] });
  });

  test("an abandoned rotation is superseded by the next one", async () => {
    const arn = await driver.newSecret();
    const first = await fullRotation(arn);
    const abandoned = driver.startRotation(arn);
    await step("createSecret", arn, abandoned);
    const next = await fullRotation(arn);
    const stages = await stagesOf(arn);
    expect(stages[next]).toEqual(["AWSCURRENT"]);
    expect(stages[first]).toEqual(["AWSPREVIOUS"]);
    expect(stages[abandoned]).toBeUndefined();
  });

  test("testSecret rejects a malformed pending value", async () => {
    const arn = await driver.newSecret();
    await fullRotation(arn);
    const token = driver.startRotation(arn);
    await sm.send(
      new PutSecretValueCommand({ SecretId: arn, ClientRequestToken: token, SecretString: "short", VersionStages: ["AWSPENDING"] }),
    );
    await expect(step("testSecret", arn, token)).rejects.toThrow(/not a 64-character hex key/);
  });

  test("alphanumeric keys of a configured length", async () => {
    const arn = await driver.newSecret();
    const custom: RotationSettings = { keyLength: 48, alphabet: "alphanumeric", allowedSecretArns: [arn] };
    const token = driver.startRotation(arn);
    for (const s of steps) await step(s, arn, token, custom);
    expect(await value(arn, "AWSCURRENT")).toMatch(/^[A-Za-z0-9]{48}$/);
  });

  describe("refuses what AWS's rotation-function contract refuses, before touching the secret", () => {
    test("a secret it was not built for", async () => {
      const arn = await driver.newSecret();
      const token = driver.startRotation(arn);
      const other = settingsFor("arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-AbCdEf");
      await expect(step("createSecret", arn, token, other)).rejects.toThrow(/is not one this function rotates/);
      expect(await stagesOf(arn)).toEqual({});
    });

    test("an empty allow-list (SECRET_ARNS unset or empty) allows nothing", async () => {
      const arn = await driver.newSecret();
      const token = driver.startRotation(arn);
      for (const s of steps) {
        await expect(step(s, arn, token, settingsFor())).rejects.toThrow(/no secret is allowed \(SECRET_ARNS is empty\)/);
      }
      expect(await stagesOf(arn)).toEqual({});
      // the same secret, allowed by name, rotates: the refusal came from the empty list alone
      for (const s of steps) await step(s, arn, token);
      expect(await stagesOf(arn)).toEqual({ [token]: ["AWSCURRENT"] });
    });

    test("a secret whose rotation was never enabled", async () => {
      const arn = await driver.newSecretWithoutRotation();
      const token = driver.startRotation(arn);
      for (const s of steps) await expect(step(s, arn, token)).rejects.toThrow(/is not enabled for rotation/);
      expect(await stagesOf(arn)).toEqual({});
    });

    test("a secret whose rotation was cancelled", async () => {
      const arn = await driver.newSecret();
      const first = await fullRotation(arn);
      const key = await value(arn, "AWSCURRENT");
      const awsCli = join(dirname(binary!), "aws");
      expect(existsSync(awsCli)).toBe(true);
      const lambda = await registerRotationLambda(moto, awsCli);
      // moto stages a version for the rotation it starts (no code runs in its Lambda), then the
      // rotation is cancelled: that version stays AWSPENDING, but the function must not run it
      await sm.send(
        new RotateSecretCommand({
          SecretId: arn,
          RotationLambdaARN: lambda,
          RotationRules: { AutomaticallyAfterDays: 30 },
          RotateImmediately: false,
        }),
      );
      const [token] = Object.entries(await stagesOf(arn)).find(([, s]) => s.includes("AWSPENDING"))!;
      expect(token).not.toBe(first);
      expect((await sm.send(new DescribeSecretCommand({ SecretId: arn }))).RotationEnabled).toBe(true);
      await sm.send(new CancelRotateSecretCommand({ SecretId: arn }));
      expect((await sm.send(new DescribeSecretCommand({ SecretId: arn }))).RotationEnabled).toBe(false);
      for (const s of steps) await expect(step(s, arn, token)).rejects.toThrow(/is not enabled for rotation/);
      expect((await stagesOf(arn))[first]).toEqual(["AWSCURRENT"]);
      expect(await value(arn, "AWSCURRENT")).toBe(key);
    });

    test("a token that is staged on no version of the secret", async () => {
      const arn = await driver.newSecret();
      const first = await fullRotation(arn);
      const unknown = "6f1e2a3b-0000-4000-8000-000000000000";
      for (const s of steps) await expect(step(s, arn, unknown)).rejects.toThrow(/has no stage for rotation/);
      expect(await stagesOf(arn)).toEqual({ [first]: ["AWSCURRENT"] });
    });

    test("a version that is neither AWSPENDING nor AWSCURRENT", async () => {
      const arn = await driver.newSecret();
      const first = await fullRotation(arn);
      const second = await fullRotation(arn);
      for (const s of steps.filter((x) => x !== "createSecret")) {
        await expect(step(s, arn, first)).rejects.toThrow(/is not set as AWSPENDING/);
      }
      await expect(step("createSecret", arn, first)).rejects.toThrow(/is not set as AWSPENDING/);
      expect(await stagesOf(arn)).toEqual({ [first]: ["AWSPREVIOUS"], [second]: ["AWSCURRENT"] });
    });
  });
});
