import { randomUUID } from "crypto";
import { DescribeSecretCommand, GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { CACHE_API_USER_NAME } from "../../lib/policy/cache-users";
import { EncryptedRedis } from "../../lib/redis/encrypted-redis";
import {
  CacheCredential,
  CacheRotationSettings,
  Dependencies,
  isWellFormedCredential,
  rotate,
  sdkCacheApi,
} from "../../lib/redis/rotation/handler";
import { findMotoServer, Moto, motoSecretsManager, startMoto } from "../moto";
import { RotationDriver } from "../keys/secrets-manager-rotation";
import { apiStack, fixture, synth } from "../util";
import { contractFromConfiguration, ContractViolation, ElastiCacheContract, ElastiCacheError } from "./elasticache-contract";
import { listParams, members, motoElastiCacheSdk, query, QueryError, tag } from "./moto-elasticache";

// What MESHQ-CACHE-3 (a user group from creation, default user off) and MESHQ-CACHE-7 (passwords
// rotated inside AWS) stand for, tested on the cache itself: nobody is admitted before the first
// rotation or after a failed one, and the rotation keeps its contract.
const binary = findMotoServer();
// at load, not in a hook: the concurrent tests below start before hooks run
jest.spyOn(console, "log").mockImplementation(() => undefined);
const describeMoto = binary ? describe : describe.skip;
const STEPS = ["createSecret", "setSecret", "testSecret", "finishSecret"];

// One moto for the file, started by the first test that needs it: the rotation tests run
// concurrently (each waits on real clocks), and jest starts concurrent tests before any hook.
let motoStarting: Promise<Moto> | undefined;
const motoServer = () => (motoStarting ??= startMoto(binary!));
if (binary) afterAll(async () => (await motoStarting)?.stop());

/** The cache exactly as the construct synthesizes it: users, user group and replication group. */
const synthesized = (() => {
  const { stack, api } = apiStack();
  new EncryptedRedis(stack, "Cache", {
    api,
    vpcId: fixture.vpcId,
    subnetIds: ["subnet-a", "subnet-b"],
    subnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
  });
  const s = synth(stack);
  const fn = Object.values(s.resources.aws_lambda_function)[0] as any;
  return { resources: s.resources as Record<string, Record<string, any>>, env: fn.environment.variables as Record<string, string> };
})();
const users = Object.values(synthesized.resources.aws_elasticache_user) as any[];
const GROUP = "meshoptixiq-cache";
const USER_ID = users.find((u) => u.user_name === CACHE_API_USER_NAME).user_id as string;
const DEFAULT_USER_ID = users.find((u) => u.user_name === "default").user_id as string;

describeMoto("what moto 5.2.5 supports of the RBAC calls (measured)", () => {
  test("CreateUser accepts the users exactly as Terraform creates them, and DescribeUsers reads them back off", async () => {
    const moto = await motoServer();
    for (const u of users) {
      await query(moto.endpoint, "CreateUser", {
        UserId: u.user_id,
        UserName: u.user_name,
        Engine: u.engine,
        AccessString: u.access_string,
        "AuthenticationMode.Type": u.authentication_mode.type,
      });
    }
    const sdk = motoElastiCacheSdk(moto.endpoint);
    const api = sdkCacheApi(sdk, new sdk.ElastiCacheClient({}));
    const apiUser = await api.describeUser(USER_ID);
    expect(apiUser).toEqual({
      status: "active",
      accessString: "off ~* -@all +@read +@write +@keyspace +@transaction +@connection -@dangerous",
      // moto echoes the request's type; AWS documents "no-password" for this state (API_Authentication)
      authenticationType: "no-password-required",
      passwordCount: 0,
      userGroupIds: [],
    });
    expect((await api.describeUser(DEFAULT_USER_ID)).accessString).toBe("off -@all");
    // moto validates the documented password rules of CreateUser
    await expect(
      query(moto.endpoint, "CreateUser", {
        UserId: "probe-short",
        UserName: "probe",
        Engine: "redis",
        AccessString: "on ~* +@read",
        "AuthenticationMode.Type": "password",
        ...listParams("AuthenticationMode.Passwords", ["short"]),
      }),
    ).rejects.toBeInstanceOf(QueryError);
  });

  test("ModifyUser, CreateUserGroup and DescribeUserGroups are not implemented (HTTP 500)", async () => {
    const moto = await motoServer();
    const sdk = motoElastiCacheSdk(moto.endpoint);
    const api = sdkCacheApi(sdk, new sdk.ElastiCacheClient({}));
    await query(moto.endpoint, "CreateUser", {
      UserId: "probe-modify",
      UserName: "probe",
      Engine: "redis",
      AccessString: "off -@all",
      "AuthenticationMode.Type": "no-password-required",
    });
    await expect(api.modifyUser("probe-modify", "on ~* +@read", ["A".repeat(32)])).rejects.toMatchObject({ status: 500 });
    await expect(
      query(moto.endpoint, "CreateUserGroup", { UserGroupId: "probe-users", Engine: "redis", ...listParams("UserIds", ["default"]) }),
    ).rejects.toMatchObject({
      status: 500,
    });
    await expect(api.describeUserGroup("probe-users")).rejects.toMatchObject({ status: 500 });
  });

  test("CreateReplicationGroup takes UserGroupIds without checking them, and ModifyReplicationGroup ignores UserGroupIdsToRemove", async () => {
    const moto = await motoServer();
    const created = await query(moto.endpoint, "CreateReplicationGroup", {
      ReplicationGroupId: "probe-rbac",
      ReplicationGroupDescription: "MeshOptixIQ cache",
      Engine: "valkey",
      EngineVersion: "8.0",
      CacheNodeType: "cache.t4g.medium",
      NumCacheClusters: 2,
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: "required",
      ...listParams("UserGroupIds", ["no-such-user-group"]),
    });
    expect(members(created, "UserGroupIds")).toEqual(["no-such-user-group"]);
    expect(tag(created, "AuthTokenEnabled")).toBe("false");
    const modified = await query(moto.endpoint, "ModifyReplicationGroup", {
      ReplicationGroupId: "probe-rbac",
      ApplyImmediately: true,
      ...listParams("UserGroupIdsToRemove", ["no-such-user-group"]),
    });
    expect(members(modified, "UserGroupIds")).toEqual(["no-such-user-group"]);
    // so moto cannot say who a group admits: that is the contract's part below
  });
});

describe("fail closed: the synthesized cache admits no client before the first rotation, nor after a failed one", () => {
  const attempts = [
    undefined, // no AUTH at all
    { password: "" },
    { password: "guess" }, // AUTH <password>: the default user
    { user: "default", password: "guess" },
    { user: CACHE_API_USER_NAME, password: "" },
    { user: CACHE_API_USER_NAME, password: "A".repeat(64) },
  ];

  test("as Terraform creates it", () => {
    const cache = contractFromConfiguration(synthesized.resources);
    expect(attempts.map((a) => cache.admits(GROUP, a))).toEqual(attempts.map(() => false));
  });

  test("the contract is not a wall: the same group without its user group admits everyone, and a default user left on admits anyone", () => {
    const open = structuredClone(synthesized.resources);
    for (const g of Object.values(open.aws_elasticache_replication_group)) delete (g as any).user_group_ids;
    expect(contractFromConfiguration(open).admits(GROUP)).toBe(true);
    const defaultOn = structuredClone(synthesized.resources);
    for (const u of Object.values(defaultOn.aws_elasticache_user) as any[]) if (u.user_name === "default") u.access_string = "on ~* +@all";
    expect(contractFromConfiguration(defaultOn).admits(GROUP)).toBe(true);
  });
});

describeMoto("cache password rotation: Secrets Manager on moto, ElastiCache by its documented contract", () => {
  const settingsFor = (arns: string[]): CacheRotationSettings => ({
    userId: USER_ID,
    userName: CACHE_API_USER_NAME,
    userGroupId: "meshoptixiq-cache-users",
    replicationGroupId: GROUP,
    accessString: synthesized.env.ACCESS_STRING,
    passwordLength: 64,
    allowedSecretArns: arns,
    host: "master.meshoptixiq-cache.abc123.euw1.cache.amazonaws.com",
    port: 6379,
    urlQuery: "ssl_cert_reqs=required&ssl_check_hostname=true",
    waitSeconds: 5,
    pollSeconds: 0.05,
  });

  /** A test's own cache (the contract, from the synthesized stack), secret and function steps. */
  async function world() {
    const sm = motoSecretsManager(await motoServer());
    const driver = new RotationDriver(sm);
    const cache = contractFromConfiguration(synthesized.resources, 150);
    const deps: Dependencies = {
      secrets: driver.client,
      cache,
      now: () => new Date(),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    };
    const arn = await driver.newSecret(`meshq/cache/${randomUUID()}`);
    const settings = settingsFor([arn]);
    const step = (token: string, Step: string, s = settings) => rotate(deps, { Step, SecretId: arn, ClientRequestToken: token }, s);
    const value = async (stage: string): Promise<CacheCredential> =>
      JSON.parse((await sm.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage }))).SecretString!);
    return {
      sm,
      driver,
      cache,
      deps,
      arn,
      settings,
      step,
      value,
      fullRotation: async () => {
        const token = driver.startRotation(arn);
        for (const s of STEPS) await step(token, s);
        return token;
      },
      admits: (c: CacheCredential) => cache.admits(GROUP, { user: c.username, password: c.password }),
      stagesOf: async (): Promise<Record<string, string[]>> => {
        const d = await sm.send(new DescribeSecretCommand({ SecretId: arn }));
        return Object.fromEntries(Object.entries(d.VersionIdsToStages ?? {}).filter(([, s]) => s.length > 0));
      },
    };
  }

  test.concurrent("first rotation: the password is generated inside AWS, and the API user is enabled with it alone", async () => {
    const { cache, fullRotation, value, admits, settings } = await world();
    const token = await fullRotation();
    const current = await value("AWSCURRENT");
    expect(isWellFormedCredential(JSON.stringify(current), settings)).toBe(true);
    expect(current).toMatchObject({ username: CACHE_API_USER_NAME, host: settings.host, port: 6379 });
    expect(current.url).toBe(
      `rediss://${CACHE_API_USER_NAME}:${current.password}@${settings.host}:6379/0?ssl_cert_reqs=required&ssl_check_hostname=true`,
    );
    expect(admits(current)).toBe(true);
    // still nobody else: the default user stays off, and the API user takes only its password
    expect(cache.admits(GROUP)).toBe(false);
    expect(cache.admits(GROUP, { password: current.password })).toBe(false);
    expect(cache.admits(GROUP, { user: CACHE_API_USER_NAME, password: "B".repeat(64) })).toBe(false);
    expect(cache.modifies).toEqual([{ userId: USER_ID, accessString: settings.accessString, passwordCount: 1 }]);
    expect(token).toBeDefined();
  });

  test.concurrent("two-password overlap: the previous password keeps working until the next rotation replaces it", async () => {
    const { cache, fullRotation, value, admits } = await world();
    await fullRotation();
    const first = await value("AWSCURRENT");
    await fullRotation();
    const second = await value("AWSCURRENT");
    expect(second.password).not.toBe(first.password);
    expect((await value("AWSPREVIOUS")).password).toBe(first.password);
    expect([admits(first), admits(second)]).toEqual([true, true]);
    await fullRotation();
    const third = await value("AWSCURRENT");
    expect([admits(first), admits(second), admits(third)]).toEqual([false, true, true]);
    expect(cache.modifies.map((m) => m.passwordCount)).toEqual([1, 2, 2]);
  });

  test.concurrent("idempotent steps: every step of an interrupted rotation can be repeated, and the rotation resumed", async () => {
    const { cache, driver, arn, step, value, admits, stagesOf } = await world();
    const token = driver.startRotation(arn);
    await step(token, "createSecret");
    const stored = (await value("AWSPENDING")).password;
    await step(token, "createSecret"); // retried: the pending password is kept
    expect((await value("AWSPENDING")).password).toBe(stored);
    await step(token, "setSecret");
    await step(token, "setSecret"); // retried while the user is modifying: waits, then sets the same state
    await step(token, "testSecret");
    await step(token, "testSecret");
    await step(token, "finishSecret");
    await step(token, "finishSecret"); // already AWSCURRENT: nothing to do
    expect(await stagesOf()).toEqual({ [token]: ["AWSCURRENT"] });
    expect(admits(await value("AWSCURRENT"))).toBe(true);
    expect(cache.modifies.map((m) => m.passwordCount)).toEqual([1, 1]);
  });

  test.concurrent("an abandoned rotation is superseded: its password never becomes valid beside the current and the new one", async () => {
    const { cache, driver, arn, step, fullRotation, value, admits } = await world();
    await fullRotation();
    const current = await value("AWSCURRENT");
    const abandoned = driver.startRotation(arn);
    await step(abandoned, "createSecret");
    await step(abandoned, "setSecret");
    const abandonedValue = await value("AWSPENDING");
    expect(admits(abandonedValue)).toBe(true); // it reached the user before the rotation stopped
    await fullRotation(); // the next rotation, with a new token
    const next = await value("AWSCURRENT");
    expect([admits(current), admits(abandonedValue), admits(next)]).toEqual([true, false, true]);
    expect(cache.modifies.map((m) => m.passwordCount)).toEqual([1, 2, 2]);
  });

  test.concurrent(
    "a failed ModifyUser leaves the cache closed and the secret without a current version; the retry completes it",
    async () => {
      const { cache, driver, arn, step, value, admits, stagesOf } = await world();
      const token = driver.startRotation(arn);
      await step(token, "createSecret");
      cache.failNextModify = new ElastiCacheError("AccessDeniedException", "not authorized to perform elasticache:ModifyUser");
      await expect(step(token, "setSecret")).rejects.toThrow(/not authorized/);
      const pending = await value("AWSPENDING");
      expect(admits(pending)).toBe(false);
      expect(cache.admits(GROUP)).toBe(false);
      // the first stored version is AWSCURRENT at once in Secrets Manager; the API gets it only
      // through the ExternalSecret, created after the rotation schedule, and it admits nothing yet
      expect((await stagesOf())[token]).toEqual(expect.arrayContaining(["AWSPENDING"]));
      for (const s of ["setSecret", "testSecret", "finishSecret"]) await step(token, s);
      expect(admits(await value("AWSCURRENT"))).toBe(true);
    },
  );

  test.concurrent("testSecret fails when the user is not in the replication group's user group, or the change did not apply", async () => {
    const { driver, arn, step, settings } = await world();
    const token = driver.startRotation(arn);
    await step(token, "createSecret");
    await step(token, "setSecret");
    await expect(step(token, "testSecret", { ...settings, replicationGroupId: "another-cache" })).rejects.toThrow(
      /user group meshoptixiq-cache-users is not attached to replication group another-cache/,
    );
    await expect(step(token, "testSecret", { ...settings, userGroupId: "another-users" })).rejects.toThrow(
      /user group another-users not found/,
    );
    await step(token, "testSecret");
  });

  test.concurrent("a secret of the earlier AUTH-token design: its token is not carried over as a password", async () => {
    const { sm, cache, arn, fullRotation, admits } = await world();
    const legacy = { password: "L".repeat(64), host: "h", port: 6379, url: `rediss://:${"L".repeat(64)}@h:6379/0` };
    await sm.send(new PutSecretValueCommand({ SecretId: arn, SecretString: JSON.stringify(legacy) }));
    await fullRotation();
    expect(cache.modifies.map((m) => m.passwordCount)).toEqual([1]);
    expect(admits({ ...legacy, username: CACHE_API_USER_NAME })).toBe(false);
  });

  test.concurrent("a malformed pending value is refused before ElastiCache is touched", async () => {
    const { sm, cache, driver, arn, step } = await world();
    const token = driver.startRotation(arn);
    await sm.send(
      new PutSecretValueCommand({
        SecretId: arn,
        ClientRequestToken: token,
        SecretString: '{"password":"x"}',
        VersionStages: ["AWSPENDING"],
      }),
    );
    await expect(step(token, "setSecret")).rejects.toThrow(/is not a credential of meshoptixiq-api with a 64-character password/);
    expect(cache.modifies).toEqual([]);
  });

  describe("refuses what the API-key function refuses, before touching the secret or the cache", () => {
    test("a secret not on its list, and an empty list", async () => {
      const { cache, driver, arn, step, settings, stagesOf } = await world();
      const token = driver.startRotation(arn);
      await expect(
        step(token, "createSecret", {
          ...settings,
          allowedSecretArns: ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-AbCdEf"],
        }),
      ).rejects.toThrow(/is not one this function rotates/);
      for (const s of STEPS) {
        await expect(step(token, s, { ...settings, allowedSecretArns: [] })).rejects.toThrow(
          /no secret is allowed \(SECRET_ARNS is empty\)/,
        );
      }
      expect(await stagesOf()).toEqual({});
      expect(cache.modifies).toEqual([]);
    });

    test("a secret whose rotation is disabled", async () => {
      const sm: SecretsManagerClient = motoSecretsManager(await motoServer());
      const driver = new RotationDriver(sm);
      const arn = await driver.newSecretWithoutRotation(`meshq/cache/${randomUUID()}`);
      const cache = contractFromConfiguration(synthesized.resources);
      const deps: Dependencies = { secrets: driver.client, cache, now: () => new Date(), sleep: async () => undefined };
      const token = driver.startRotation(arn);
      for (const s of STEPS) {
        await expect(rotate(deps, { Step: s, SecretId: arn, ClientRequestToken: token }, settingsFor([arn]))).rejects.toThrow(
          /is not enabled for rotation/,
        );
      }
      expect(cache.modifies).toEqual([]);
    });

    test("a token staged on no version, and a version that is no longer pending", async () => {
      const { cache, step, fullRotation } = await world();
      const unknown = "6f1e2a3b-0000-4000-8000-000000000000";
      for (const s of STEPS) await expect(step(unknown, s)).rejects.toThrow(/has no stage for rotation/);
      const first = await fullRotation();
      await fullRotation();
      for (const s of STEPS) await expect(step(first, s)).rejects.toThrow(/is not set as AWSPENDING/);
      expect(cache.modifies.map((m) => m.passwordCount)).toEqual([1, 2]);
    });
  });

  test("the contract refuses what the documentation does not define", async () => {
    const cache = contractFromConfiguration(synthesized.resources);
    await expect(cache.modifyUser(USER_ID, "on ~* +@read", ["A".repeat(32), "B".repeat(32), "C".repeat(32)])).rejects.toBeInstanceOf(
      ContractViolation,
    );
    await expect(cache.modifyUser(USER_ID, "on ~* +@read", ["bad/password-with-slash"])).rejects.toThrow(/Invalid password/);
    expect(() => new ElastiCacheContract().createReplicationGroup("g", ["missing"])).toThrow(/user group missing not found/);
  });
});
