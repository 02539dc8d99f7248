import { Construct } from "constructs";
import { ElasticacheUser } from "../compat/aws/elasticache-user";
import { ElasticacheUserGroup } from "../compat/aws/elasticache-user-group";
import { cacheAccessString, CACHE_API_USER_NAME, CACHE_DEFAULT_USER_NAME } from "../policy/cache-users";
import { CacheSettings } from "./cache-settings";

/**
 * What Terraform must not manage on the API user after its creation: the rotation function enables
 * it and sets its passwords, and the next apply must not undo that (disabling the API) nor learn
 * the passwords (state).
 */
export const ROTATED_USER_ATTRIBUTES = ["access_string", "authentication_mode", "passwords", "no_password_required"];

/** The RBAC users of a cache and their group. */
export interface CacheUsers {
  readonly apiUser: ElasticacheUser;
  readonly defaultUser: ElasticacheUser;
  readonly userGroup: ElasticacheUserGroup;
}

/**
 * The RBAC users and their group. Both users are off: `default` for good (every user group must
 * hold a user of that name; a client that authenticates without a user name, or not at all, is
 * `default`), the API user until the rotation function enables it with its first password. The
 * users and the group have the engine `redis`, which both Valkey and Redis OSS groups accept.
 */
export function cacheUsers(scope: Construct, settings: CacheSettings, tags: Record<string, string>): CacheUsers {
  const defaultUser = new ElasticacheUser(scope, "DefaultUser", {
    userId: settings.defaultUserId,
    userName: CACHE_DEFAULT_USER_NAME,
    engine: "redis",
    accessString: "off -@all",
    authenticationMode: { type: "no-password-required" },
    tags,
  });
  const apiUser = new ElasticacheUser(scope, "ApiUser", {
    userId: settings.apiUserId,
    userName: CACHE_API_USER_NAME,
    engine: "redis",
    accessString: cacheAccessString(false),
    authenticationMode: { type: "no-password-required" },
    tags,
    lifecycle: { ignoreChanges: ROTATED_USER_ATTRIBUTES },
  });
  const userGroup = new ElasticacheUserGroup(scope, "UserGroup", {
    userGroupId: settings.userGroupId,
    engine: "redis",
    userIds: [defaultUser.userId, apiUser.userId],
    tags,
  });
  return { apiUser, defaultUser, userGroup };
}
