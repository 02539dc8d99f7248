// The ElastiCache side of the cache token rotation: what the function reads of a replication group
// and the two calls it makes, and the waits and checks built on them. Packaged into the function's
// asset: imports only the SDK's types.
import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { CacheRotationSettings } from "./settings";

/** What the function needs to know of a replication group. */
export interface CacheGroupState {
  /** `available`, `modifying`, ... */
  readonly status: string;
  readonly authTokenEnabled: boolean;
  /** When the AUTH token was last modified; absent on a group that never had one. */
  readonly authTokenLastModified?: Date;
  readonly transitEncryptionEnabled: boolean;
  readonly transitEncryptionMode?: string;
}

/** The two ElastiCache calls of the rotation. */
export interface CacheApi {
  describe(replicationGroupId: string): Promise<CacheGroupState>;
  /** `ModifyReplicationGroup` with AuthToken, AuthTokenUpdateStrategy and ApplyImmediately. */
  modifyAuthToken(replicationGroupId: string, token: string, strategy: "ROTATE" | "SET"): Promise<void>;
}

/** The subset of `@aws-sdk/client-elasticache` the function uses. */
export interface ElastiCacheSdk {
  readonly ElastiCacheClient: new (config: Record<string, unknown>) => { send(command: unknown): Promise<any> };
  readonly DescribeReplicationGroupsCommand: new (input: { ReplicationGroupId: string }) => unknown;
  readonly ModifyReplicationGroupCommand: new (input: {
    ReplicationGroupId: string;
    AuthToken: string;
    AuthTokenUpdateStrategy: "ROTATE" | "SET";
    ApplyImmediately: boolean;
  }) => unknown;
}

/** {@link CacheApi} over the ElastiCache SDK. */
export function sdkCacheApi(sdk: ElastiCacheSdk, client: { send(command: unknown): Promise<any> }): CacheApi {
  return {
    describe: async (replicationGroupId) => {
      const out = await client.send(new sdk.DescribeReplicationGroupsCommand({ ReplicationGroupId: replicationGroupId }));
      const group = out.ReplicationGroups?.[0];
      if (!group) throw new Error(`replication group ${replicationGroupId} not found`);
      return {
        status: String(group.Status),
        authTokenEnabled: group.AuthTokenEnabled === true,
        authTokenLastModified: group.AuthTokenLastModifiedDate ? new Date(group.AuthTokenLastModifiedDate) : undefined,
        transitEncryptionEnabled: group.TransitEncryptionEnabled === true,
        transitEncryptionMode: group.TransitEncryptionMode,
      };
    },
    modifyAuthToken: async (replicationGroupId, token, strategy) => {
      await client.send(
        new sdk.ModifyReplicationGroupCommand({
          ReplicationGroupId: replicationGroupId,
          AuthToken: token,
          AuthTokenUpdateStrategy: strategy,
          ApplyImmediately: true,
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

/** True when the group's token was modified at or after a moment (the pending version's creation). */
export function rotatedSince(group: CacheGroupState, created: Date): boolean {
  return group.authTokenLastModified !== undefined && group.authTokenLastModified.getTime() >= created.getTime();
}

export function requireRotated(group: CacheGroupState, created: Date, secretId: string, versionId: string): void {
  if (!rotatedSince(group, created)) {
    throw new Error(
      `the replication group's AUTH token was not modified since version ${versionId} of ${secretId} was created: ROTATE has not taken effect`,
    );
  }
}

/** Polls the group until it is available, at most `waitSeconds`. */
export async function waitAvailable(deps: Dependencies, settings: CacheRotationSettings): Promise<CacheGroupState> {
  const deadline = deps.now().getTime() + settings.waitSeconds * 1000;
  for (;;) {
    const group = await deps.cache.describe(settings.replicationGroupId);
    if (group.status === "available") return group;
    if (deps.now().getTime() >= deadline) {
      throw new Error(`replication group ${settings.replicationGroupId} is still ${group.status} after ${settings.waitSeconds}s`);
    }
    await deps.sleep(settings.pollSeconds * 1000);
  }
}
