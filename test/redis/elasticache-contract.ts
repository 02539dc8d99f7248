/**
 * The ElastiCache side of the AUTH token rotation, as a contract.
 *
 * moto (the local AWS emulation the tests use) implements CreateReplicationGroup and
 * DescribeReplicationGroups, but its ModifyReplicationGroup ignores AuthToken and
 * AuthTokenUpdateStrategy (the group keeps AuthTokenEnabled=false) and ModifyUser is not
 * implemented (rotation.integration.test.ts measures both). So the rotation is tested against this
 * model of the calls, written from the ElastiCache documentation, not recorded from an account:
 *
 * - API reference, ModifyReplicationGroup: AuthToken is 16 to 128 printable ASCII characters
 *   without `/`, `"`, `@` or `%`, and must come with AuthTokenUpdateStrategy; ROTATE is the
 *   default, SET is "allowed only after ROTATE".
 *   https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html
 * - User guide, "Modifying the AUTH token on an existing cluster": AUTH requires in-transit
 *   encryption; ROTATE adds a token and keeps the previous one (on a group without AUTH, it keeps
 *   accepting unauthenticated connections as well); SET leaves a single token.
 *   https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html
 * - A modification puts the group in `modifying` until it is applied; another modification
 *   meanwhile fails with InvalidReplicationGroupState.
 *
 * Where the documentation is silent the model is strict and reports a contract violation instead
 * of guessing: ROTATE while the group already holds two tokens, and SET with a token other than
 * the last rotated one.
 */
import { CacheApi, CacheGroupState } from "../../lib/redis/rotation/handler";

/** Stands for "no AUTH": a group without a token accepts unauthenticated connections. */
export const NO_AUTH = Symbol("no-auth");

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

interface GroupModel {
  transitEncryptionEnabled: boolean;
  transitEncryptionMode?: string;
  tokens: Array<string | typeof NO_AUTH>;
  lastStrategy?: "ROTATE" | "SET";
  lastRotated?: string;
  lastModified?: Date;
  busyUntil: number;
}

/** One recorded call. */
export interface RecordedCall {
  readonly action: "DescribeReplicationGroups" | "ModifyReplicationGroup";
  readonly replicationGroupId: string;
  readonly strategy?: "ROTATE" | "SET";
}

/** The model. Time is the real clock: the secrets' creation dates come from moto's. */
export class ElastiCacheContract implements CacheApi {
  public readonly calls: RecordedCall[] = [];
  private readonly groups = new Map<string, GroupModel>();
  /** Fails the next modification after it took effect (a crash before the function records it). */
  public crashAfterNextModify = false;

  constructor(private readonly modifyingMs = 200) {}

  /** A group as Terraform creates it: TLS required, no AUTH token. */
  public createGroup(id: string, options: { transitEncryption?: boolean } = {}): void {
    const tls = options.transitEncryption ?? true;
    this.groups.set(id, {
      transitEncryptionEnabled: tls,
      transitEncryptionMode: tls ? "required" : undefined,
      tokens: [NO_AUTH],
      busyUntil: 0,
    });
  }

  /** Whether a client presenting this token (or none) is admitted. */
  public admits(id: string, token?: string): boolean {
    return this.group(id).tokens.includes(token ?? NO_AUTH);
  }

  /** Number of credentials the group accepts (no AUTH counts as one). */
  public tokenCount(id: string): number {
    return this.group(id).tokens.length;
  }

  public async describe(id: string): Promise<CacheGroupState> {
    this.calls.push({ action: "DescribeReplicationGroups", replicationGroupId: id });
    const g = this.group(id);
    return {
      status: Date.now() < g.busyUntil ? "modifying" : "available",
      authTokenEnabled: !g.tokens.includes(NO_AUTH) || g.tokens.length > 1,
      // ElastiCache may report dates to the second; the rotation must not depend on more.
      authTokenLastModified: g.lastModified ? new Date(Math.floor(g.lastModified.getTime() / 1000) * 1000) : undefined,
      transitEncryptionEnabled: g.transitEncryptionEnabled,
      transitEncryptionMode: g.transitEncryptionMode,
    };
  }

  public async modifyAuthToken(id: string, token: string, strategy: "ROTATE" | "SET"): Promise<void> {
    this.calls.push({ action: "ModifyReplicationGroup", replicationGroupId: id, strategy });
    const g = this.group(id);
    if (Date.now() < g.busyUntil) {
      throw new ElastiCacheError("InvalidReplicationGroupStateFault", `Replication group ${id} is not in available state`);
    }
    if (!g.transitEncryptionEnabled) {
      throw new ElastiCacheError("InvalidParameterCombinationException", "AUTH token requires in-transit encryption");
    }
    if (token.length < 16 || token.length > 128 || !/^[\x21-\x7e]+$/.test(token) || /[/"@%]/.test(token)) {
      throw new ElastiCacheError("InvalidParameterValueException", "Invalid AUTH token");
    }
    if (strategy === "ROTATE") {
      const previous = g.tokens.filter((t) => t !== token);
      if (g.tokens.length >= 2) throw new ContractViolation(`ROTATE while ${id} already holds two credentials is undocumented`);
      g.tokens = [...previous, token];
      g.lastRotated = token;
    } else {
      if (g.lastStrategy !== "ROTATE") {
        throw new ElastiCacheError("InvalidParameterCombinationException", "SET is allowed only after ROTATE");
      }
      if (token !== g.lastRotated) throw new ContractViolation("SET with a token other than the last rotated one is undocumented");
      g.tokens = [token];
    }
    g.lastStrategy = strategy;
    g.lastModified = new Date();
    g.busyUntil = Date.now() + this.modifyingMs;
    if (this.crashAfterNextModify) {
      this.crashAfterNextModify = false;
      throw new Error("simulated crash after ModifyReplicationGroup took effect");
    }
  }

  private group(id: string): GroupModel {
    const g = this.groups.get(id);
    if (!g) throw new ElastiCacheError("ReplicationGroupNotFoundFault", `Replication group ${id} not found`);
    return g;
  }
}
