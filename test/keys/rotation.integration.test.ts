import { randomUUID } from "crypto";
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { rotate, RotationSettings } from "../../lib/keys/rotation/handler";
import { findMotoServer, Moto, motoSecretsManager, startMoto } from "../moto";

const binary = findMotoServer();
beforeAll(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
if (!binary) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: rotation integration tests need moto_server (pip install -r requirements-ci.txt); CI always runs them");
}
const describeMoto = binary ? describe : describe.skip;

describeMoto("rotation function against a real Secrets Manager API (moto server)", () => {
  let moto: Moto;
  let client: SecretsManagerClient;
  const settings: RotationSettings = { keyLength: 64, alphabet: "hex", allowedSecretArns: [] };
  const steps = ["createSecret", "setSecret", "testSecret", "finishSecret"];

  beforeAll(async () => {
    moto = await startMoto(binary!);
    client = motoSecretsManager(moto);
  });
  afterAll(() => moto?.stop());

  async function newSecret(): Promise<string> {
    // As Terraform creates it: a secret with no value at all.
    const out = await client.send(new CreateSecretCommand({ Name: `meshq/api-key/${randomUUID()}` }));
    return out.ARN!;
  }

  async function stagesOf(secretId: string): Promise<Record<string, string[]>> {
    const d = await client.send(new DescribeSecretCommand({ SecretId: secretId }));
    return Object.fromEntries(Object.entries(d.VersionIdsToStages ?? {}).filter(([, s]) => s.length > 0));
  }

  async function value(secretId: string, stage: string): Promise<string> {
    return (await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage }))).SecretString!;
  }

  async function fullRotation(secretId: string, token: string): Promise<void> {
    for (const Step of steps) await rotate(client, { Step, SecretId: secretId, ClientRequestToken: token }, settings);
  }

  test("first rotation on creation generates a 64-hex-character key inside AWS", async () => {
    const arn = await newSecret();
    const token = randomUUID();
    await rotate(client, { Step: "createSecret", SecretId: arn, ClientRequestToken: token }, settings);
    // Secrets Manager makes the first stored version AWSCURRENT at once
    expect(await stagesOf(arn)).toEqual({ [token]: expect.arrayContaining(["AWSPENDING", "AWSCURRENT"]) });
    await rotate(client, { Step: "setSecret", SecretId: arn, ClientRequestToken: token }, settings);
    await rotate(client, { Step: "testSecret", SecretId: arn, ClientRequestToken: token }, settings);
    await rotate(client, { Step: "finishSecret", SecretId: arn, ClientRequestToken: token }, settings);
    expect(await stagesOf(arn)).toEqual({ [token]: ["AWSCURRENT"] });
    const key = await value(arn, "AWSCURRENT");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a second rotation keeps the old key readable as AWSPREVIOUS", async () => {
    const arn = await newSecret();
    const first = randomUUID();
    await fullRotation(arn, first);
    const firstKey = await value(arn, "AWSCURRENT");
    const second = randomUUID();
    await fullRotation(arn, second);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSPREVIOUS"], [second]: ["AWSCURRENT"] });
    expect(await value(arn, "AWSPREVIOUS")).toBe(firstKey);
    expect(await value(arn, "AWSCURRENT")).not.toBe(firstKey);
  });

  test("an interrupted rotation resumes: createSecret retried keeps the same pending key", async () => {
    const arn = await newSecret();
    const first = randomUUID();
    await fullRotation(arn, first);
    const token = randomUUID();
    await rotate(client, { Step: "createSecret", SecretId: arn, ClientRequestToken: token }, settings);
    const pending = await value(arn, "AWSPENDING");
    // the function crashed here; Secrets Manager retries the step with the same token
    await rotate(client, { Step: "createSecret", SecretId: arn, ClientRequestToken: token }, settings);
    expect(await value(arn, "AWSPENDING")).toBe(pending);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSCURRENT"], [token]: ["AWSPENDING"] });
    for (const Step of steps.slice(1)) await rotate(client, { Step, SecretId: arn, ClientRequestToken: token }, settings);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSPREVIOUS"], [token]: ["AWSCURRENT"] });
    expect(await value(arn, "AWSCURRENT")).toBe(pending);
    // finishSecret delivered twice is harmless
    await rotate(client, { Step: "finishSecret", SecretId: arn, ClientRequestToken: token }, settings);
    expect(await stagesOf(arn)).toEqual({ [first]: ["AWSPREVIOUS"], [token]: ["AWSCURRENT"] });
  });

  test("an abandoned rotation is superseded by the next one", async () => {
    const arn = await newSecret();
    const first = randomUUID();
    await fullRotation(arn, first);
    const abandoned = randomUUID();
    await rotate(client, { Step: "createSecret", SecretId: arn, ClientRequestToken: abandoned }, settings);
    const next = randomUUID();
    await fullRotation(arn, next);
    const stages = await stagesOf(arn);
    expect(stages[next]).toEqual(["AWSCURRENT"]);
    expect(stages[first]).toEqual(["AWSPREVIOUS"]);
    expect(stages[abandoned]).toBeUndefined();
  });

  test("testSecret rejects a malformed pending value, and finish is refused for a non-pending version", async () => {
    const arn = await newSecret();
    const token = randomUUID();
    await client.send(
      new PutSecretValueCommand({ SecretId: arn, ClientRequestToken: token, SecretString: "short", VersionStages: ["AWSPENDING"] }),
    );
    await expect(rotate(client, { Step: "testSecret", SecretId: arn, ClientRequestToken: token }, settings)).rejects.toThrow(
      /not a 64-character hex key/,
    );
    await expect(rotate(client, { Step: "finishSecret", SecretId: arn, ClientRequestToken: randomUUID() }, settings)).rejects.toThrow(
      /is not AWSPENDING/,
    );
  });

  test("alphanumeric keys of a configured length", async () => {
    const arn = await newSecret();
    const custom: RotationSettings = { keyLength: 48, alphabet: "alphanumeric", allowedSecretArns: [arn] };
    const token = randomUUID();
    for (const Step of steps) await rotate(client, { Step, SecretId: arn, ClientRequestToken: token }, custom);
    expect(await value(arn, "AWSCURRENT")).toMatch(/^[A-Za-z0-9]{48}$/);
  });

  test("the function refuses secrets it was not built for", async () => {
    const arn = await newSecret();
    const restricted: RotationSettings = {
      ...settings,
      allowedSecretArns: ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-AbCdEf"],
    };
    await expect(rotate(client, { Step: "createSecret", SecretId: arn, ClientRequestToken: randomUUID() }, restricted)).rejects.toThrow(
      /not one this function rotates/,
    );
  });
});
