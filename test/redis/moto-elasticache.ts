/**
 * A minimal ElastiCache client for the moto server, shaped like the part of
 * `@aws-sdk/client-elasticache` the rotation function uses (the function loads that SDK from the
 * Lambda runtime; it is not a dependency of this package). It speaks the AWS Query protocol that
 * ElastiCache uses: form-encoded parameters, XML answers. moto does not check signatures, so the
 * Authorization header only names the service and region.
 */
import { ElastiCacheSdk } from "../../lib/redis/rotation/handler";

const AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=testing/20250101/eu-west-1/elasticache/aws4_request, SignedHeaders=host, Signature=0";

/** An error answer of the Query API. */
export class QueryError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls one action; returns the XML body of a 2xx answer. */
export async function query(endpoint: string, action: string, params: Record<string, string | number | boolean>): Promise<string> {
  const body = new URLSearchParams({ Action: action, Version: "2015-02-02" });
  for (const [k, v] of Object.entries(params)) body.set(k, String(v));
  const res = await fetch(`${endpoint}/`, {
    method: "POST",
    headers: { Authorization: AUTHORIZATION, "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  const text = await res.text();
  if (!res.ok) {
    throw new QueryError(res.status, /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? "InternalError", text.slice(0, 300));
  }
  return text;
}

function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

class Command {
  constructor(
    public readonly action: string,
    public readonly input: Record<string, string | number | boolean>,
  ) {}
}

/** The SDK subset, against moto. */
export function motoElastiCacheSdk(endpoint: string): ElastiCacheSdk {
  class ElastiCacheClient {
    public async send(command: Command): Promise<any> {
      const xml = await query(endpoint, command.action, command.input);
      const group = {
        ReplicationGroupId: tag(xml, "ReplicationGroupId"),
        Status: tag(xml, "Status"),
        AuthTokenEnabled: tag(xml, "AuthTokenEnabled") === "true",
        AuthTokenLastModifiedDate: tag(xml, "AuthTokenLastModifiedDate"),
        TransitEncryptionEnabled: tag(xml, "TransitEncryptionEnabled") === "true",
        TransitEncryptionMode: tag(xml, "TransitEncryptionMode"),
      };
      return command.action === "DescribeReplicationGroups" ? { ReplicationGroups: [group] } : { ReplicationGroup: group };
    }
  }
  return {
    ElastiCacheClient: ElastiCacheClient as unknown as ElastiCacheSdk["ElastiCacheClient"],
    DescribeReplicationGroupsCommand: class extends Command {
      constructor(input: { ReplicationGroupId: string }) {
        super("DescribeReplicationGroups", input);
      }
    },
    ModifyReplicationGroupCommand: class extends Command {
      constructor(input: { ReplicationGroupId: string; AuthToken: string; AuthTokenUpdateStrategy: string; ApplyImmediately: boolean }) {
        super("ModifyReplicationGroup", input);
      }
    },
  };
}

/** A replication group shaped like the one EncryptedRedis creates (no AUTH token). */
export async function createMotoGroup(endpoint: string, id: string, extra: Record<string, string> = {}): Promise<void> {
  await query(endpoint, "CreateReplicationGroup", {
    ReplicationGroupId: id,
    ReplicationGroupDescription: "MeshOptixIQ cache",
    Engine: "valkey",
    EngineVersion: "8.0",
    CacheNodeType: "cache.t4g.medium",
    NumCacheClusters: 2,
    AutomaticFailoverEnabled: true,
    MultiAZEnabled: true,
    TransitEncryptionEnabled: true,
    TransitEncryptionMode: "required",
    AtRestEncryptionEnabled: true,
    ...extra,
  });
}
