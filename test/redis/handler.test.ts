import { accessStringEnabled, broadCacheGrants, cacheAccessString } from "../../lib/policy/cache-users";
import {
  cacheUrl,
  ElastiCacheSdk,
  generatePassword,
  isWellFormedCredential,
  MAX_CACHE_PASSWORD_LENGTH,
  MIN_CACHE_PASSWORD_LENGTH,
  sdkCacheApi,
  settingsFromEnv,
} from "../../lib/redis/rotation/handler";

test("passwords are letters and digits of the configured length, never repeated", () => {
  const passwords = new Set(Array.from({ length: 50 }, () => generatePassword(64)));
  expect(passwords.size).toBe(50);
  for (const p of passwords) expect(p).toMatch(/^[A-Za-z0-9]{64}$/);
  expect(generatePassword(MAX_CACHE_PASSWORD_LENGTH)).toHaveLength(128);
  expect(() => generatePassword(MIN_CACHE_PASSWORD_LENGTH - 1)).toThrow(/outside 32..128/);
  expect(() => generatePassword(129)).toThrow(/outside 32..128/);
});

test("the URL is rediss:// with the user name, its password and the client's verification options", () => {
  const settings = { host: "master.g.abc.euw1.cache.amazonaws.com", port: 6379, urlQuery: "ssl_cert_reqs=required" };
  expect(cacheUrl("meshoptixiq-api", "Passw0rd", settings)).toBe(
    "rediss://meshoptixiq-api:Passw0rd@master.g.abc.euw1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required",
  );
  expect(cacheUrl("u", "p", { ...settings, urlQuery: "" })).toBe("rediss://u:p@master.g.abc.euw1.cache.amazonaws.com:6379/0");
});

test("a well-formed version is this user's credential: a password of the right length and a rediss:// URL carrying both", () => {
  const settings = { passwordLength: 40, userName: "meshoptixiq-api" };
  const password = generatePassword(40);
  const url = cacheUrl("meshoptixiq-api", password, { host: "h", port: 6379, urlQuery: "" });
  const value = { username: "meshoptixiq-api", password, host: "h", port: 6379, url };
  expect(isWellFormedCredential(JSON.stringify(value), settings)).toBe(true);
  expect(isWellFormedCredential(JSON.stringify({ ...value, username: "default" }), settings)).toBe(false);
  expect(isWellFormedCredential(JSON.stringify({ ...value, url: url.replace("rediss", "redis") }), settings)).toBe(false);
  expect(isWellFormedCredential(JSON.stringify({ ...value, password: password.slice(1) + "@" }), settings)).toBe(false);
  expect(isWellFormedCredential(JSON.stringify(value), { ...settings, passwordLength: 64 })).toBe(false);
  expect(isWellFormedCredential(password, settings)).toBe(false);
  expect(isWellFormedCredential("null", settings)).toBe(false);
});

test("settings come from the environment; the user, its group, the replication group, the access string and the host are required", () => {
  const env = {
    USER_ID: "meshq-cache-api",
    USER_NAME: "meshoptixiq-api",
    USER_GROUP_ID: "meshq-cache-users",
    REPLICATION_GROUP_ID: "meshq-cache",
    ACCESS_STRING: "on ~* +@read",
    CACHE_HOST: "h",
    SECRET_ARNS: "a,b",
    URL_QUERY: "ssl_cert_reqs=required",
  };
  expect(settingsFromEnv(env)).toEqual({
    userId: "meshq-cache-api",
    userName: "meshoptixiq-api",
    userGroupId: "meshq-cache-users",
    replicationGroupId: "meshq-cache",
    accessString: "on ~* +@read",
    passwordLength: 64,
    allowedSecretArns: ["a", "b"],
    host: "h",
    port: 6379,
    urlQuery: "ssl_cert_reqs=required",
    waitSeconds: 600,
    pollSeconds: 15,
  });
  for (const name of ["USER_ID", "USER_NAME", "USER_GROUP_ID", "REPLICATION_GROUP_ID", "ACCESS_STRING", "CACHE_HOST"]) {
    expect(() => settingsFromEnv({ ...env, [name]: "" })).toThrow(new RegExp(`${name} is not set`));
  }
  expect(() => settingsFromEnv({ ...env, PASSWORD_LENGTH: "16" })).toThrow(/PASSWORD_LENGTH must be an integer from 32 to 128/);
  expect(() => settingsFromEnv({ ...env, WAIT_SECONDS: "1200" })).toThrow(/WAIT_SECONDS/);
});

test("access strings: the last on/off wins, none means off, and what cannot be read counts as on", () => {
  expect(accessStringEnabled(cacheAccessString(false))).toBe(false);
  expect(accessStringEnabled(cacheAccessString(true))).toBe(true);
  expect(accessStringEnabled("~* +@read")).toBe(false);
  expect(accessStringEnabled("off ~* on")).toBe(true);
  expect(accessStringEnabled("on ~* off")).toBe(false);
  expect(accessStringEnabled("${var.access}")).toBe(true);
  expect(accessStringEnabled(undefined)).toBe(true);
  expect(broadCacheGrants(cacheAccessString(true))).toEqual([]);
  expect(broadCacheGrants("on ~* +@all")).toEqual(["+@all"]);
  expect(broadCacheGrants("on ~* allcommands +@admin +config|set +keys")).toEqual(["allcommands", "+@admin", "+config|set", "+keys"]);
});

test("the SDK adapter sends the documented ModifyUser parameters and reads DescribeUsers and DescribeUserGroups", async () => {
  const sent: Array<{ kind: string; input: unknown }> = [];
  const command = (kind: string) =>
    class {
      constructor(public input: unknown) {
        sent.push({ kind, input });
      }
    };
  const sdk: ElastiCacheSdk = {
    ElastiCacheClient: class {} as any,
    DescribeUsersCommand: command("users"),
    DescribeUserGroupsCommand: command("groups"),
    ModifyUserCommand: command("modify"),
  };
  const client = {
    send: async () => ({
      Users: [
        { Status: "modifying", AccessString: "on ~* +@read", Authentication: { Type: "password", PasswordCount: 2 }, UserGroupIds: ["g"] },
      ],
      UserGroups: [{ Status: "active", UserIds: ["default-off", "api"], ReplicationGroups: ["meshq-cache"] }],
    }),
  };
  const api = sdkCacheApi(sdk, client);
  await api.modifyUser("api", "on ~* +@read", ["A".repeat(64), "B".repeat(64)]);
  expect(sent[0]).toEqual({
    kind: "modify",
    input: {
      UserId: "api",
      AccessString: "on ~* +@read",
      AuthenticationMode: { Type: "password", Passwords: ["A".repeat(64), "B".repeat(64)] },
    },
  });
  expect(await api.describeUser("api")).toEqual({
    status: "modifying",
    accessString: "on ~* +@read",
    authenticationType: "password",
    passwordCount: 2,
    userGroupIds: ["g"],
  });
  expect(await api.describeUserGroup("g")).toEqual({
    status: "active",
    userIds: ["default-off", "api"],
    replicationGroups: ["meshq-cache"],
  });
  expect(sent.slice(1)).toEqual([
    { kind: "users", input: { UserId: "api" } },
    { kind: "groups", input: { UserGroupId: "g" } },
  ]);
  await expect(sdkCacheApi(sdk, { send: async () => ({ Users: [] }) }).describeUser("x")).rejects.toThrow(/not found/);
  await expect(sdkCacheApi(sdk, { send: async () => ({ UserGroups: [] }) }).describeUserGroup("x")).rejects.toThrow(/not found/);
});
