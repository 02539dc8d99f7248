import { randomUUID } from "crypto";
import { CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";
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
// at load, not in a hook: the concurrent tests below start before hooks run
jest.spyOn(console, "log").mockImplementation(() => undefined);
if (!binary) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: cache token rotation tests need moto_server (pip install -r requirements-ci.txt); CI always runs them");
}
const describeMoto = binary ? describe : describe.skip;
const STEPS = ["createSecret", "setSecret", "testSecret", "finishSecret"];

// One moto for the file, started by the first test that needs it: the rotation tests run
// concurrently (each waits on real clocks), and jest starts concurrent tests before any hook.
let motoStarting: Promise<Moto> | undefined;
const motoServer = () => (motoStarting ??= startMoto(binary!));
if (binary) afterAll(async () => (await motoStarting)?.stop());

describeMoto("what moto supports of the ElastiCache calls (measured)", () => {
  test("CreateReplicationGroup and DescribeReplicationGroups: the function's reading of a group", async () => {
    const moto = await motoServer();
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
    const moto = await motoServer();
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
    const moto = await motoServer();
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

  /** A test's own group (by the contract) and secret, and the function's steps against them. */
  async function world() {
    const secrets = motoSecretsManager(await motoServer());
    const cache = new ElastiCacheContract(150);
    cache.createGroup(GROUP);
    const deps: Dependencies = { secrets, cache, now: () => new Date(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
    // As Terraform creates it: a secret with no value at all.
    const arn = (await secrets.send(new CreateSecretCommand({ Name: `meshq/cache/${randomUUID()}` }))).ARN!;
    settings.allowedSecretArns.push(arn);
    const step = (token: string, Step: string) => rotate(deps, { Step, SecretId: arn, ClientRequestToken: token }, settings);
    return {
      cache,
      deps,
      arn,
      step,
      fullRotation: async (token: string) => {
        for (const s of STEPS) await step(token, s);
      },
      /** The same function two hours later, when the overlap has ended. */
      later: () => ({ ...deps, now: () => new Date(Date.now() + 2 * 3600_000) }),
      modifies: () => cache.calls.filter((c) => c.action === "ModifyReplicationGroup").map((c) => c.strategy),
      stagesOf: async (): Promise<Record<string, string[]>> => {
        const d = await secrets.send(new DescribeSecretCommand({ SecretId: arn }));
        return Object.fromEntries(Object.entries(d.VersionIdsToStages ?? {}).filter(([, s]) => s.length > 0));
      },
      value: async (stage: string): Promise<TokenSecret> =>
        JSON.parse((await secrets.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage }))).SecretString!),
    };
  }

  test.concurrent("first rotation: the token is generated inside AWS, rotated in, and unauthenticated access ends at once", async () => {
    const { cache, step, modifies, stagesOf, value } = await world();
    const token = randomUUID();
    expect(cache.admits(GROUP)).toBe(true); // as created by Terraform: no AUTH yet
    await step(token, "createSecret");
    const pending = await value("AWSPENDING");
    expect(pending.password).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(pending.url).toBe(`rediss://:${pending.password}@${settings.host}:6379/0?ssl_cert_reqs=required&ssl_check_hostname=true`);
    expect(isWellFormedSecret(JSON.stringify(pending), settings)).toBe(true);
    await step(token, "setSecret");
    expect(cache.admits(GROUP, pending.password)).toBe(true);
    await step(token, "testSecret");
    await step(token, "finishSecret");
    expect(cache.admits(GROUP)).toBe(false);
    expect(cache.admits(GROUP, pending.password)).toBe(true);
    expect(cache.tokenCount(GROUP)).toBe(1);
    expect(await stagesOf()).toEqual({ [token]: expect.arrayContaining(["AWSCURRENT", SOLE_TOKEN_STAGE]) });
    expect((await stagesOf())[token]).toHaveLength(2);
    expect(modifies()).toEqual(["ROTATE", "SET"]);
  });

  test.concurrent(
    "a later rotation: ROTATE keeps the old token valid through the overlap, finalize SETs the new one after it",
    async () => {
      const { cache, deps, arn, step, fullRotation, later, modifies, stagesOf, value } = await world();
      const first = randomUUID();
      await fullRotation(first);
      const old = (await value("AWSCURRENT")).password;
      const second = randomUUID();
      // the client holding AWSCURRENT is admitted after every step: no downtime
      for (const s of STEPS) {
        await step(second, s);
        expect(cache.admits(GROUP, (await value("AWSCURRENT")).password)).toBe(true);
        expect(cache.admits(GROUP, old)).toBe(true);
      }
      const fresh = (await value("AWSCURRENT")).password;
      expect(fresh).not.toBe(old);
      expect((await value("AWSPREVIOUS")).password).toBe(old);
      expect(cache.tokenCount(GROUP)).toBe(2);
      // within the overlap, finalize leaves both
      await finalize(deps, { action: "finalize", secretId: arn }, settings);
      expect(cache.admits(GROUP, old)).toBe(true);
      // after it, only the new token remains and the label follows
      await finalize(later(), { action: "finalize", secretId: arn }, settings);
      expect(cache.admits(GROUP, old)).toBe(false);
      expect(cache.admits(GROUP, fresh)).toBe(true);
      expect((await stagesOf())[second]).toEqual(expect.arrayContaining(["AWSCURRENT", SOLE_TOKEN_STAGE]));
      expect((await stagesOf())[first]).toEqual(["AWSPREVIOUS"]);
      // finalize is idempotent
      await finalize(later(), { action: "finalize", secretId: arn }, settings);
      expect(modifies()).toEqual(["ROTATE", "SET", "ROTATE", "SET"]);
    },
  );

  test.concurrent("a rotation started inside the previous overlap ends it first, never holding three tokens", async () => {
    const { cache, fullRotation, modifies, value } = await world();
    await fullRotation(randomUUID());
    const oldest = (await value("AWSCURRENT")).password;
    await fullRotation(randomUUID());
    const middle = (await value("AWSCURRENT")).password;
    await fullRotation(randomUUID()); // the contract throws on a third token
    expect(cache.admits(GROUP, oldest)).toBe(false);
    expect(cache.admits(GROUP, middle)).toBe(true);
    expect(cache.admits(GROUP, (await value("AWSCURRENT")).password)).toBe(true);
    expect(modifies()).toEqual(["ROTATE", "SET", "ROTATE", "SET", "ROTATE"]);
  });

  test.concurrent("a crash right after ROTATE: the retried setSecret does not ROTATE again", async () => {
    const { cache, step, fullRotation, modifies, value } = await world();
    await fullRotation(randomUUID());
    const old = (await value("AWSCURRENT")).password;
    const token = randomUUID();
    await step(token, "createSecret");
    cache.crashAfterNextModify = true;
    await expect(step(token, "setSecret")).rejects.toThrow(/simulated crash/);
    await step(token, "setSecret"); // Secrets Manager retries the step
    await step(token, "testSecret");
    await step(token, "finishSecret");
    expect(modifies()).toEqual(["ROTATE", "SET", "ROTATE"]);
    expect(cache.admits(GROUP, old)).toBe(true);
    expect(cache.admits(GROUP, (await value("AWSCURRENT")).password)).toBe(true);
  });

  test.concurrent("a crash right after SET: the retry records it instead of failing", async () => {
    const { cache, step, modifies, stagesOf } = await world();
    const token = randomUUID();
    for (const s of STEPS.slice(0, 3)) await step(token, s);
    cache.crashAfterNextModify = true;
    await expect(step(token, "finishSecret")).rejects.toThrow(/simulated crash/);
    await step(token, "finishSecret");
    expect(await stagesOf()).toEqual({ [token]: expect.arrayContaining(["AWSCURRENT", SOLE_TOKEN_STAGE]) });
    expect(cache.admits(GROUP)).toBe(false);
    expect(modifies()).toEqual(["ROTATE", "SET", "SET"]);
  });

  test.concurrent("an unfinished rotation whose token reached the group must be finished before another starts", async () => {
    const { cache, arn, step, fullRotation, later, stagesOf } = await world();
    await fullRotation(randomUUID());
    await finalize(later(), { action: "finalize", secretId: arn }, settings);
    const unfinished = randomUUID();
    await step(unfinished, "createSecret");
    await step(unfinished, "setSecret");
    await expect(step(randomUUID(), "createSecret")).rejects.toThrow(
      new RegExp(`version ${unfinished} .* already rotated into the group; finish that rotation`),
    );
    // finalize waits while it is pending
    await finalize(later(), { action: "finalize", secretId: arn }, settings);
    expect(cache.tokenCount(GROUP)).toBe(2);
    for (const s of STEPS.slice(2)) await step(unfinished, s);
    expect((await stagesOf())[unfinished]).toEqual(["AWSCURRENT"]);
  });

  test.concurrent("an abandoned rotation that never reached the group is superseded", async () => {
    const { step, fullRotation, stagesOf } = await world();
    await fullRotation(randomUUID());
    const abandoned = randomUUID();
    await step(abandoned, "createSecret");
    const next = randomUUID();
    await fullRotation(next);
    const stages = await stagesOf();
    expect(stages[next]).toContain("AWSCURRENT");
    expect(stages[abandoned]).toBeUndefined();
  });

  test.concurrent("testSecret refuses a token the group never received; setSecret refuses a group without TLS", async () => {
    const { deps, arn, step } = await world();
    const token = randomUUID();
    await step(token, "createSecret");
    await expect(step(token, "testSecret")).rejects.toThrow(/ROTATE has not taken effect/);
    const plain = new ElastiCacheContract();
    plain.createGroup(GROUP, { transitEncryption: false });
    await expect(
      rotate({ ...deps, cache: plain }, { Step: "setSecret", SecretId: arn, ClientRequestToken: token }, settings),
    ).rejects.toThrow(/no in-transit encryption/);
    await expect(step(randomUUID(), "finishSecret")).rejects.toThrow(/is not set as AWSPENDING/);
  });

  test.concurrent("the function refuses secrets it was not built for", async () => {
    const { deps, arn } = await world();
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

  test.concurrent("the contract itself refuses what the documentation does not define", async () => {
    const cache = new ElastiCacheContract(150);
    cache.createGroup(GROUP);
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
