import {
  cacheUrl,
  ElastiCacheSdk,
  generateToken,
  isWellFormedSecret,
  MAX_TOKEN_LENGTH,
  MIN_TOKEN_LENGTH,
  sdkCacheApi,
  settingsFromEnv,
} from "../../lib/redis/rotation/handler";

test("tokens are letters and digits of the configured length, never repeated", () => {
  const tokens = new Set(Array.from({ length: 50 }, () => generateToken(64)));
  expect(tokens.size).toBe(50);
  for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9]{64}$/);
  expect(generateToken(MAX_TOKEN_LENGTH)).toHaveLength(128);
  expect(() => generateToken(MIN_TOKEN_LENGTH - 1)).toThrow(/outside 32..128/);
  expect(() => generateToken(129)).toThrow(/outside 32..128/);
});

test("the URL is rediss:// with the token as AUTH password and the client's verification options", () => {
  const settings = { host: "master.g.abc.euw1.cache.amazonaws.com", port: 6379, urlQuery: "ssl_cert_reqs=required" };
  expect(cacheUrl("Tok3n", settings)).toBe("rediss://:Tok3n@master.g.abc.euw1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required");
  expect(cacheUrl("Tok3n", { ...settings, urlQuery: "" })).toBe("rediss://:Tok3n@master.g.abc.euw1.cache.amazonaws.com:6379/0");
});

test("a well-formed version is JSON with a token of the right length and a rediss:// URL carrying it", () => {
  const token = generateToken(40);
  const url = cacheUrl(token, { host: "h", port: 6379, urlQuery: "" });
  expect(isWellFormedSecret(JSON.stringify({ password: token, host: "h", port: 6379, url }), { tokenLength: 40 })).toBe(true);
  expect(isWellFormedSecret(JSON.stringify({ password: token, url }), { tokenLength: 64 })).toBe(false);
  expect(isWellFormedSecret(JSON.stringify({ password: token, url: url.replace("rediss", "redis") }), { tokenLength: 40 })).toBe(false);
  expect(isWellFormedSecret(JSON.stringify({ password: token.slice(1) + "@", url }), { tokenLength: 40 })).toBe(false);
  expect(isWellFormedSecret(token, { tokenLength: 40 })).toBe(false);
});

test("settings come from the environment; the group and host are required", () => {
  const env = { REPLICATION_GROUP_ID: "meshq-cache", CACHE_HOST: "h", SECRET_ARNS: "a,b", URL_QUERY: "ssl_cert_reqs=required" };
  expect(settingsFromEnv(env)).toEqual({
    replicationGroupId: "meshq-cache",
    tokenLength: 64,
    allowedSecretArns: ["a", "b"],
    host: "h",
    port: 6379,
    urlQuery: "ssl_cert_reqs=required",
    overlapMinutes: 60,
    waitSeconds: 600,
    pollSeconds: 15,
  });
  expect(() => settingsFromEnv({ CACHE_HOST: "h" })).toThrow(/REPLICATION_GROUP_ID is not set/);
  expect(() => settingsFromEnv({ ...env, TOKEN_LENGTH: "16" })).toThrow(/TOKEN_LENGTH must be an integer from 32 to 128/);
  expect(() => settingsFromEnv({ ...env, WAIT_SECONDS: "1200" })).toThrow(/WAIT_SECONDS/);
});

test("the SDK adapter sends the documented ModifyReplicationGroup parameters and reads DescribeReplicationGroups", async () => {
  const sent: Array<{ kind: string; input: unknown }> = [];
  const sdk: ElastiCacheSdk = {
    ElastiCacheClient: class {} as any,
    DescribeReplicationGroupsCommand: class {
      constructor(public input: unknown) {
        sent.push({ kind: "describe", input });
      }
    },
    ModifyReplicationGroupCommand: class {
      constructor(public input: unknown) {
        sent.push({ kind: "modify", input });
      }
    },
  };
  const client = {
    send: async () => ({
      ReplicationGroups: [
        {
          Status: "modifying",
          AuthTokenEnabled: true,
          AuthTokenLastModifiedDate: new Date("2026-01-02T03:04:05Z"),
          TransitEncryptionEnabled: true,
          TransitEncryptionMode: "required",
        },
      ],
    }),
  };
  const api = sdkCacheApi(sdk, client);
  await api.modifyAuthToken("meshq-cache", "T".repeat(64), "ROTATE");
  expect(sent[0]).toEqual({
    kind: "modify",
    input: { ReplicationGroupId: "meshq-cache", AuthToken: "T".repeat(64), AuthTokenUpdateStrategy: "ROTATE", ApplyImmediately: true },
  });
  expect(await api.describe("meshq-cache")).toEqual({
    status: "modifying",
    authTokenEnabled: true,
    authTokenLastModified: new Date("2026-01-02T03:04:05Z"),
    transitEncryptionEnabled: true,
    transitEncryptionMode: "required",
  });
  expect(sent[1]).toEqual({ kind: "describe", input: { ReplicationGroupId: "meshq-cache" } });
  await expect(sdkCacheApi(sdk, { send: async () => ({ ReplicationGroups: [] }) }).describe("x")).rejects.toThrow(/not found/);
});
