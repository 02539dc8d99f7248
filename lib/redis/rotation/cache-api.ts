// The ElastiCache side of the cache user password rotation: what the function reads of a user, its
// user group and the replication group, the one call it makes (ModifyUser), and the wait built on
// them. Packaged into the function's asset: imports only the SDK's types.
import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { CacheRotationSettings } from "./settings";

/** What the function needs to know of a user. */
export interface CacheUserState {
  /** `active`, `modifying`, `deleting`. */
  readonly status: string;
  readonly accessString: string;
  /** `password`, `no-password` or `iam`. */
  readonly authenticationType?: string;
  readonly passwordCount: number;
  readonly userGroupIds: string[];
}

/** What the function needs to know of a user group. */
export interface CacheUserGroupState {
  /** `creating`, `active`, `modifying`, `deleting`. */
  readonly status: string;
  readonly userIds: string[];
  readonly replicationGroups: string[];
}

/** The ElastiCache calls of the rotation. */
export interface CacheApi {
  describeUser(userId: string): Promise<CacheUserState>;
  describeUserGroup(userGroupId: string): Promise<CacheUserGroupState>;
  /** `ModifyUser` with AccessString and AuthenticationMode (Type password, one or two Passwords). */
  modifyUser(userId: string, accessString: string, passwords: string[]): Promise<void>;
}

/** The subset of `@aws-sdk/client-elasticache` the function uses. */
export interface ElastiCacheSdk {
  readonly ElastiCacheClient: new (config: Record<string, unknown>) => { send(command: unknown): Promise<any> };
  readonly DescribeUsersCommand: new (input: { UserId: string }) => unknown;
  readonly DescribeUserGroupsCommand: new (input: { UserGroupId: string }) => unknown;
  readonly ModifyUserCommand: new (input: {
    UserId: string;
    AccessString: string;
    AuthenticationMode: { Type: "password"; Passwords: string[] };
  }) => unknown;
}

/** {@link CacheApi} over the ElastiCache SDK. */
export function sdkCacheApi(sdk: ElastiCacheSdk, client: { send(command: unknown): Promise<any> }): CacheApi {
  return {
    describeUser: async (userId) => {
      const user = (await client.send(new sdk.DescribeUsersCommand({ UserId: userId }))).Users?.[0];
      if (!user) throw new Error(`cache user ${userId} not found`);
      return {
        status: String(user.Status),
        accessString: String(user.AccessString ?? ""),
        authenticationType: user.Authentication?.Type,
        passwordCount: Number(user.Authentication?.PasswordCount ?? 0),
        userGroupIds: [...(user.UserGroupIds ?? [])].map(String),
      };
    },
    describeUserGroup: async (userGroupId) => {
      const group = (await client.send(new sdk.DescribeUserGroupsCommand({ UserGroupId: userGroupId }))).UserGroups?.[0];
      if (!group) throw new Error(`cache user group ${userGroupId} not found`);
      return {
        status: String(group.Status),
        userIds: [...(group.UserIds ?? [])].map(String),
        replicationGroups: [...(group.ReplicationGroups ?? [])].map(String),
      };
    },
    modifyUser: async (userId, accessString, passwords) => {
      await client.send(
        new sdk.ModifyUserCommand({
          UserId: userId,
          AccessString: accessString,
          AuthenticationMode: { Type: "password", Passwords: passwords },
        }),
      );
    },
  };
}

/** What the steps run against; tests replace the clock and the sleep. */
export interface Dependencies {
  readonly secrets: SecretsManagerClient;
  readonly cache: CacheApi;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Polls the user and its group until both are active, at most `waitSeconds`. */
export async function waitActive(
  deps: Dependencies,
  settings: CacheRotationSettings,
): Promise<{ user: CacheUserState; group: CacheUserGroupState }> {
  const deadline = deps.now().getTime() + settings.waitSeconds * 1000;
  for (;;) {
    const user = await deps.cache.describeUser(settings.userId);
    const group = await deps.cache.describeUserGroup(settings.userGroupId);
    if (user.status === "active" && group.status === "active") return { user, group };
    if (deps.now().getTime() >= deadline) {
      throw new Error(
        `cache user ${settings.userId} is ${user.status} and user group ${settings.userGroupId} is ${group.status} after ${settings.waitSeconds}s`,
      );
    }
    await deps.sleep(settings.pollSeconds * 1000);
  }
}
