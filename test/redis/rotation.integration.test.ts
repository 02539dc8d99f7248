import { randomUUID } from "crypto";
import { CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import {
  CacheRotationSettings,
  Dependencies,
  finalize,
  isWellFormedSecret,
  rotate,
  sdkCacheApi,
  SOLE_TOKEN_STAGE,
  TokenSecret,
} from "../../lib/redis/rotation/handler";
import { findMotoServer, Moto, motoSecretsManager, startMoto } from "../moto";
import { ContractViolation, ElastiCacheContract } from "./elasticache-contract";
import { createMotoGroup, motoElastiCacheSdk, query, QueryError } from "./moto-elasticache";

const binary = findMotoServer();
beforeAll(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
if (!binary) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: cache token rotation tests need moto_server (pip install -r requirements-ci.txt); CI always runs them");
}
const describeMoto = binary ? describe : describe.skip;
const STEPS = ["createSecret", "setSecret", "testSecret", "finishSecret"];

let moto: Moto;
let secrets: SecretsManagerClient;
if (binary) {
  beforeAll(async () => {
    moto = await startMoto(binary);
    secrets = motoSecretsManager(moto);
  });
  afterAll(() => moto?.stop());
}

describeMoto("what moto supports of the ElastiCache calls (measured)", () => {
  test("CreateReplicationGroup and DescribeReplicationGroups: the function's reading of a group", async () => {
    const api = sdkCacheApi(motoElastiCacheSdk(moto.endpoint), new (motoElastiCacheSdk(moto.endpoint).ElastiCacheClient)({}));
    await createMotoGroup(moto.endpoint, "probe-noauth");
    expect(await api.describe("probe-noauth")).toEqual({
      status: "available",
      authTokenEnabled: false,
      authTokenLastModified: undefined,
      transitEncryptionEnabled: true,
      transitEncryptionMode: "required",
    });
    await createMotoGroup(moto.endpoint, "probe-auth", { AuthToken: "A".repeat(32) });
    const withToken = await api.describe("probe-auth");
    expect(withToken.authTokenEnabled).toBe(true);
    expect(withToken.authTokenLastModified).toBeInstanceOf(Date);
  });

  test("ModifyReplicationGroup is accepted but ignores AuthToken and AuthTokenUpdateStrategy", async () => {
    const sdk = motoElastiCacheSdk(moto.endpoint);
    const api = sdkCacheApi(sdk, new sdk.ElastiCacheClient({}));
    await createMotoGroup(moto.endpoint, "probe-rotate");
    await api.modifyAuthToken("probe-rotate", "B".repeat(64), "ROTATE");
    await api.modifyAuthToken("probe-rotate", "B".repeat(64), "SET");
    // A real group would now require the token; moto's still reports AUTH off. So the token
    // rotation cannot be observed on moto, and runs against the documented contract below.
    expect((await api.describe("probe-rotate")).authTokenEnabled).toBe(false);
  });

  test("ModifyUser (RBAC password rotation) is not implemented", async () => {
    await expect(query(moto.endpoint, "ModifyUser", { UserId: "meshq", "Passwords.member.1": "C".repeat(32) })).rejects.toBeInstanceOf(
      QueryError,
    );
    await expect(query(moto.endpoint, "ModifyUser", { UserId: "meshq", "Passwords.member.1": "C".repeat(32) })).rejects.toMatchObject({
      status: 500,
    });
  });
});

describeMoto("cache AUTH token rotation: Secrets Manager on moto, ElastiCache by its documented contract", () => {
  const GROUP = "meshq-cache";
  let cache: ElastiCacheContract;
  let deps: Dependencies;
  const settings: CacheRotationSettings = {
    replicationGroupId: GROUP,
    tokenLength: 64,
    // every secret a test creates (newSecret); an empty list would refuse them all
    allowedSecretArns: [],
    host: "master.meshq-cache.abc123.euw1.cache.amazonaws.com",
    port: 6379,
    urlQuery: "ssl_cert_reqs=required&ssl_check_hostname=true",
    overlapMinutes: 60,
    waitSeconds: 5,
    pollSeconds: 0.05,
  };
  /** The same function two hours later, when the overlap has ended. */
  const later = () => ({ ...deps, now: () => new Date(Date.now() + 2 * 3600_000) });

  beforeEach(() => {
    cache = new ElastiCacheContract(150);
    cache.createGroup(GROUP);
    deps = { secrets, cache, now: () => new Date(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
  });

  async function newSecret(): Promise<string> {
    // As Terraform creates it: a secret with no value at all.
    const arn = (await secrets.send(new CreateSecretCommand({ Name: `meshq/cache/${randomUUID()}` }))).ARN!;
    settings.allowedSecretArns.push(arn);
    return arn;
  }
  async function stagesOf(secretId: string): Promise<Record<string, string[]>> {
    const d = await secrets.send(new DescribeSecretCommand({ SecretId: secretId }));
    return Object.fromEntries(Object.entries(d.VersionIdsToStages ?? {}).filter(([, s]) => s.length > 0));
  }
  async function value(secretId: string, stage: string): Promise<TokenSecret> {
    return JSON.parse((await secrets.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage }))).SecretString!);
  }
  const step = (arn: string, token: string, Step: string) => rotate(deps, { Step, SecretId: arn, ClientRequestToken: token }, settings);
  async function fullRotation(arn: string, token: string): Promise<void> {
    for (const s of STEPS) await step(arn, token, s);
  }
  const modifies = () => cache.calls.filter((c) => c.action === "ModifyReplicationGroup").map((c) => c.strategy);

  test("first rotation: the token is generated inside AWS, rotated in, and unauthenticated access ends at once", async () => {
    const arn = await newSecret();
    const token = randomUUID();
    expect(cache.admits(GROUP)).toBe(true); // as created by Terraform: no AUTH yet
    await step(arn, token, "createSecret");
    const pending = await value(arn, "AWSPENDING");
    expect(pending.password).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(pending.url).toBe(`rediss://:${pending.password}@${settings.host}:6379/0?ssl_cert_reqs=required&ssl_check_hostname=true`);
    expect(isWellFormedSecret(JSON.stringify(pending), settings)).toBe(true);
    await step(arn, token, "setSecret");
    expect(cache.admits(GROUP, pending.password)).toBe(true);
    await step(arn, token, "testSecret");
    await step(arn, token, "finishSecret");
    expect(cache.admits(GROUP)).toBe(false);
    expect(cache.admits(GROUP, pending.password)).toBe(true);
    expect(cache.tokenCount(GROUP)).toBe(1);
    expect(await stagesOf(arn)).toEqual({ [token]: expect.arrayContaining(["AWSCURRENT", SOLE_TOKEN_STAGE]) });
    expect((await stagesOf(arn))[token]).toHaveLength(2);
    expect(modifies()).toEqual(["ROTATE", "SET"]);
  });

  test("a later rotation: ROTATE keeps the old token valid through the overlap, finalize SETs the new one after it", async () => {
    const arn = await newSecret();
    const first = randomUUID();
    await fullRotation(arn, first);
    const old = (await value(arn, "AWSCURRENT")).password;
    const second = randomUUID();
    // the client holding AWSCURRENT is admitted after every step: no downtime
    for (const s of STEPS) {
      await step(arn, second, s);
      expect(cache.admits(GROUP, (await value(arn, "AWSCURRENT")).password)).toBe(true);
      expect(cache.admits(GROUP, old)).toBe(true);
    }
    const fresh = (await value(arn, "AWSCURRENT")).password;
    expect(fresh).not.toBe(old);
    expect((await value(arn, "AWSPREVIOUS")).password).toBe(old);
    expect(cache.tokenCount(GROUP)).toBe(2);
    // within the overlap, finalize leaves both
    await finalize(deps, { action: "finalize", secretId: arn }, settings);
    expect(cache.admits(GROUP, old)).toBe(true);
    // after it, only the new token remains and the label follows
    await finalize(later(), { action: "finalize", secretId: arn }, settings);
    expect(cache.admits(GROUP, old)).toBe(false);
    expect(cache.admits(GROUP, fresh)).toBe(true);
    expect((await stagesOf(arn))[second]).toEqual(expect.arrayContaining(["AWSCURRENT", SOLE_TOKEN_STAGE]));
    expect((await stagesOf(arn))[first]).toEqual(["AWSPREVIOUS"]);
    // finalize is idempotent
    await finalize(later(), { action: "finalize", secretId: arn }, settings);
    expect(modifies()).toEqual(["ROTATE", "SET", "ROTATE", "SET"]);
  });

  test("a rotation started inside the previous overlap ends it first, never holding three tokens", async () => {
    const arn = await newSecret();
    await fullRotation(arn, randomUUID());
    const oldest = (await value(arn, "AWSCURRENT")).password;
    await fullRotation(arn, randomUUID());
    const middle = (await value(arn, "AWSCURRENT")).password;
    await fullRotation(arn, randomUUID()); // the contract throws on a third token
    expect(cache.admits(GROUP, oldest)).toBe(false);
    expect(cache.admits(GROUP, middle)).toBe(true);
    expect(cache.admits(GROUP, (await value(arn, "AWSCURRENT")).password)).toBe(true);
    expect(modifies()).toEqual(["ROTATE", "SET", "ROTATE", "SET", "ROTATE"]);
  });

  test("a crash right after ROTATE: the retried setSecret does not ROTATE again", async () => {
    const arn = await newSecret();
    await fullRotation(arn, randomUUID());
    const old = (await value(arn, "AWSCURRENT")).password;
    const token = randomUUID();
    await step(arn, token, "createSecret");
    cache.crashAfterNextModify = true;
    await expect(step(arn, token, "setSecret")).rejects.toThrow(/simulated crash/);
    await step(arn, token, "setSecret"); // Secrets Manager retries the step
    await step(arn, token, "testSecret");
    await step(arn, token, "finishSecret");
    expect(modifies()).toEqual(["ROTATE", "SET", "ROTATE"]);
    expect(cache.admits(GROUP, old)).toBe(true);
    expect(cache.admits(GROUP, (await value(arn, "AWSCURRENT")).password)).toBe(true);
  });

  test("a crash right after SET: the retry records it instead of failing", async () => {
    const arn = await newSecret();
    const token = randomUUID();
    for (const s of STEPS.slice(0, 3)) await step(arn, token, s);
    cache.crashAfterNextModify = true;
    await expect(step(arn, token, "finishSecret")).rejects.toThrow(/simulated crash/);
    await step(arn, token, "finishSecret");
    expect(await stagesOf(arn)).toEqual({ [token]: expect.arrayContaining(["AWSCURRENT", SOLE_TOKEN_STAGE]) });
    expect(cache.admits(GROUP)).toBe(false);
    expect(modifies()).toEqual(["ROTATE", "SET", "SET"]);
  });

  test("an unfinished rotation whose token reached the group must be finished before another starts", async () => {
    const arn = await newSecret();
    await fullRotation(arn, randomUUID());
    await finalize(later(), { action: "finalize", secretId: arn }, settings);
    const unfinished = randomUUID();
    await step(arn, unfinished, "createSecret");
    await step(arn, unfinished, "setSecret");
    await expect(step(arn, randomUUID(), "createSecret")).rejects.toThrow(
      new RegExp(`version ${unfinished} .* already rotated into the group; finish that rotation`),
    );
    // finalize waits while it is pending
    await finalize(later(), { action: "finalize", secretId: arn }, settings);
    expect(cache.tokenCount(GROUP)).toBe(2);
    for (const s of STEPS.slice(2)) await step(arn, unfinished, s);
    expect((await stagesOf(arn))[unfinished]).toEqual(["AWSCURRENT"]);
  });

  test("an abandoned rotation that never reached the group is superseded", async () => {
    const arn = await newSecret();
    await fullRotation(arn, randomUUID());
    const abandoned = randomUUID();
    await step(arn, abandoned, "createSecret");
    const next = randomUUID();
    await fullRotation(arn, next);
    const stages = await stagesOf(arn);
    expect(stages[next]).toContain("AWSCURRENT");
    expect(stages[abandoned]).toBeUndefined();
  });

  test("testSecret refuses a token the group never received; setSecret refuses a group without TLS", async () => {
    const arn = await newSecret();
    const token = randomUUID();
    await step(arn, token, "createSecret");
    await expect(step(arn, token, "testSecret")).rejects.toThrow(/ROTATE has not taken effect/);
    const plain = new ElastiCacheContract();
    plain.createGroup(GROUP, { transitEncryption: false });
    await expect(
      rotate({ ...deps, cache: plain }, { Step: "setSecret", SecretId: arn, ClientRequestToken: token }, settings),
    ).rejects.toThrow(/no in-transit encryption/);
    await expect(step(arn, randomUUID(), "finishSecret")).rejects.toThrow(/is not set as AWSPENDING/);
  });

  test("the function refuses secrets it was not built for", async () => {
    const arn = await newSecret();
    const restricted = { ...settings, allowedSecretArns: ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-AbCdEf"] };
    await expect(rotate(deps, { Step: "createSecret", SecretId: arn, ClientRequestToken: randomUUID() }, restricted)).rejects.toThrow(
      /not one this function rotates/,
    );
    await expect(finalize(deps, { action: "finalize", secretId: arn }, restricted)).rejects.toThrow(/not one this function rotates/);
    // an empty allow-list (SECRET_ARNS unset) admits nothing, not everything
    const none = { ...settings, allowedSecretArns: [] };
    await expect(rotate(deps, { Step: "createSecret", SecretId: arn, ClientRequestToken: randomUUID() }, none)).rejects.toThrow(
      /SECRET_ARNS is empty/,
    );
    await expect(finalize(deps, { action: "finalize", secretId: arn }, none)).rejects.toThrow(/SECRET_ARNS is empty/);
  });

  test("the contract itself refuses what the documentation does not define", async () => {
    await expect(cache.modifyAuthToken(GROUP, "D".repeat(32), "SET")).rejects.toMatchObject({
      name: "InvalidParameterCombinationException",
    });
    await cache.modifyAuthToken(GROUP, "D".repeat(32), "ROTATE");
    await expect(cache.modifyAuthToken(GROUP, "E".repeat(32), "ROTATE")).rejects.toMatchObject({
      name: "InvalidReplicationGroupStateFault",
    });
    await new Promise((r) => setTimeout(r, 200));
    await expect(cache.modifyAuthToken(GROUP, "E".repeat(32), "ROTATE")).rejects.toBeInstanceOf(ContractViolation);
    await expect(cache.modifyAuthToken(GROUP, "short", "SET")).rejects.toMatchObject({ name: "InvalidParameterValueException" });
    await expect(cache.modifyAuthToken(GROUP, "F".repeat(31) + "@", "SET")).rejects.toMatchObject({
      name: "InvalidParameterValueException",
    });
  });
});
