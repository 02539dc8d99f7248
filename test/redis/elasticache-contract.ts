/**
 * The ElastiCache side of the cache user password rotation, as a contract.
 *
 * moto 5.2.5 (the local AWS emulation the tests use) implements CreateUser, DescribeUsers and
 * CreateReplicationGroup with UserGroupIds, but not ModifyUser, CreateUserGroup or
 * DescribeUserGroups (HTTP 500), and it neither checks that a replication group's user group exists
 * nor authenticates anyone (rotation.integration.test.ts measures each). So the rotation and the
 * fail-closed property are tested against this model, written from the ElastiCache documentation,
 * not recorded from an account:
 *
 * - User guide, "Role-Based Access Control (RBAC)": a replication group with a user group admits
 *   only its users; every user group holds a user named `default`, which is who a client is when
 *   it sends no AUTH, or AUTH with a password only; a user whose access string is `off` (or has
 *   neither `on` nor `off`) cannot authenticate; rules apply left to right, the last `on`/`off`
 *   wins; a `no-password-required` user accepts any password once it is on.
 *   https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html
 * - API reference, ModifyUser: AccessString and AuthenticationMode (Type `password`, Passwords)
 *   in one call; a user holds at most two passwords (Authentication.PasswordCount "The maximum is
 *   two"); passwords are 16 to 128 printable characters without `/`, `"`, `@` or `%`.
 *   https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyUser.html
 *   https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_Authentication.html
 * - A modification puts the user and its groups in `modifying` until it is applied; another
 *   ModifyUser meanwhile fails with InvalidUserStateFault.
 *
 * Where the documentation is silent the model is strict and fails the test instead of guessing:
 * ModifyUser with no password or more than two.
 */
import { accessStringEnabled } from "../../lib/policy/cache-users";
import { CacheApi, CacheUserGroupState, CacheUserState } from "../../lib/redis/rotation/handler";

/** A call the documentation does not define; the rotation must never make one. */
export class ContractViolation extends Error {}

/** An ElastiCache error, named as the SDK names them. */
export class ElastiCacheError extends Error {
  constructor(
    public readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

interface UserModel {
  userName: string;
  accessString: string;
  type: "password" | "no-password" | "iam";
  passwords: string[];
  busyUntil: number;
}

interface UserGroupModel {
  userIds: string[];
}

interface ReplicationGroupModel {
  userGroupIds: string[];
}

/** One recorded ModifyUser. */
export interface RecordedModify {
  readonly userId: string;
  readonly accessString: string;
  readonly passwordCount: number;
}

/** The model. Time is the real clock. */
export class ElastiCacheContract implements CacheApi {
  public readonly modifies: RecordedModify[] = [];
  private readonly users = new Map<string, UserModel>();
  private readonly userGroups = new Map<string, UserGroupModel>();
  private readonly replicationGroups = new Map<string, ReplicationGroupModel>();
  /** Fails the next ModifyUser before it takes effect (a denied call, a throttled API). */
  public failNextModify?: Error;

  constructor(private readonly modifyingMs = 100) {}

  public createUser(userId: string, user: { userName: string; accessString: string; type: UserModel["type"]; passwords?: string[] }): void {
    this.users.set(userId, { ...user, passwords: user.passwords ?? [], busyUntil: 0 });
  }

  public createUserGroup(userGroupId: string, userIds: string[]): void {
    for (const id of userIds) this.user(id);
    if (!userIds.some((id) => this.user(id).userName === "default")) {
      throw new ElastiCacheError("DefaultUserRequired", `user group ${userGroupId} must contain a user named default`);
    }
    this.userGroups.set(userGroupId, { userIds });
  }

  public createReplicationGroup(id: string, userGroupIds: string[]): void {
    for (const g of userGroupIds) {
      if (!this.userGroups.has(g)) throw new ElastiCacheError("UserGroupNotFoundFault", `user group ${g} not found`);
    }
    this.replicationGroups.set(id, { userGroupIds });
  }

  /**
   * Whether a client is admitted by the replication group: `auth` is what it sends (nothing; AUTH
   * with a password only, i.e. as `default`; or AUTH with a user name and a password).
   */
  public admits(replicationGroupId: string, auth?: { user?: string; password: string }): boolean {
    const group = this.replicationGroups.get(replicationGroupId);
    if (!group) throw new ElastiCacheError("ReplicationGroupNotFoundFault", replicationGroupId);
    // A group without a user group (and without an AUTH token) admits everyone.
    if (group.userGroupIds.length === 0) return true;
    const name = auth?.user ?? "default";
    const candidates = group.userGroupIds
      .flatMap((g) => this.userGroups.get(g)!.userIds)
      .map((id) => this.user(id))
      .filter((u) => u.userName === name);
    return candidates.some((u) => {
      if (!accessStringEnabled(u.accessString)) return false;
      if (u.type === "no-password") return true;
      if (u.type === "iam") return false; // needs a signed token; nobody in these tests holds elasticache:Connect
      return auth !== undefined && u.passwords.includes(auth.password);
    });
  }

  public async describeUser(userId: string): Promise<CacheUserState> {
    const u = this.user(userId);
    return {
      status: Date.now() < u.busyUntil ? "modifying" : "active",
      accessString: u.accessString,
      authenticationType: u.type,
      passwordCount: u.passwords.length,
      userGroupIds: [...this.userGroups.entries()].filter(([, g]) => g.userIds.includes(userId)).map(([id]) => id),
    };
  }

  public async describeUserGroup(userGroupId: string): Promise<CacheUserGroupState> {
    const g = this.userGroups.get(userGroupId);
    if (!g) throw new ElastiCacheError("UserGroupNotFoundFault", `user group ${userGroupId} not found`);
    const busy = g.userIds.some((id) => Date.now() < this.user(id).busyUntil);
    return {
      status: busy ? "modifying" : "active",
      userIds: [...g.userIds],
      replicationGroups: [...this.replicationGroups.entries()].filter(([, r]) => r.userGroupIds.includes(userGroupId)).map(([id]) => id),
    };
  }

  public async modifyUser(userId: string, accessString: string, passwords: string[]): Promise<void> {
    const u = this.user(userId);
    if (this.failNextModify) {
      const error = this.failNextModify;
      this.failNextModify = undefined;
      throw error;
    }
    if (Date.now() < u.busyUntil) throw new ElastiCacheError("InvalidUserStateFault", `user ${userId} is not active`);
    if (passwords.length === 0 || passwords.length > 2)
      throw new ContractViolation(`ModifyUser with ${passwords.length} passwords is undocumented`);
    for (const p of passwords) {
      if (p.length < 16 || p.length > 128 || !/^[\x21-\x7e]+$/.test(p) || /[/"@%]/.test(p)) {
        throw new ElastiCacheError("InvalidParameterValueException", "Invalid password");
      }
    }
    this.modifies.push({ userId, accessString, passwordCount: passwords.length });
    u.accessString = accessString;
    u.type = "password";
    u.passwords = [...passwords];
    u.busyUntil = Date.now() + this.modifyingMs;
  }

  private user(userId: string): UserModel {
    const u = this.users.get(userId);
    if (!u) throw new ElastiCacheError("UserNotFoundFault", `user ${userId} not found`);
    return u;
  }
}

/**
 * The contract's state as a synthesized stack creates it: every aws_elasticache_user,
 * aws_elasticache_user_group and aws_elasticache_replication_group of the configuration, with
 * `${type.name.attr}` references resolved to the referenced resource's id. Terraform's creation
 * order follows the references, as here.
 */
export function contractFromConfiguration(resources: Record<string, Record<string, any>>, modifyingMs?: number): ElastiCacheContract {
  const contract = new ElastiCacheContract(modifyingMs);
  const idOf = (value: string, type: string, attr: string): string => {
    const m = new RegExp(`^\\$\\{${type}\\.([^.}]+)\\.[^}]+\\}$`).exec(value);
    return m ? String(resources[type][m[1]][attr]) : value;
  };
  for (const u of Object.values(resources.aws_elasticache_user ?? {})) {
    const mode = u.authentication_mode?.type ?? (u.no_password_required ? "no-password-required" : "password");
    contract.createUser(u.user_id, {
      userName: u.user_name,
      accessString: u.access_string,
      type: mode === "no-password-required" ? "no-password" : mode,
      passwords: u.authentication_mode?.passwords ?? u.passwords,
    });
  }
  for (const g of Object.values(resources.aws_elasticache_user_group ?? {})) {
    contract.createUserGroup(
      g.user_group_id,
      (g.user_ids ?? []).map((id: string) => idOf(id, "aws_elasticache_user", "user_id")),
    );
  }
  for (const r of Object.values(resources.aws_elasticache_replication_group ?? {})) {
    contract.createReplicationGroup(
      r.replication_group_id,
      (r.user_group_ids ?? []).map((id: string) => idOf(id, "aws_elasticache_user_group", "user_group_id")),
    );
  }
  return contract;
}
