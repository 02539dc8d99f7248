/**
 * A minimal ElastiCache client for the moto server, shaped like the part of
 * `@aws-sdk/client-elasticache` the rotation function uses (the function loads that SDK from the
 * Lambda runtime; it is not a dependency of this package). It speaks the AWS Query protocol that
 * ElastiCache uses: form-encoded parameters, XML answers. moto does not check signatures, so the
 * Authorization header only names the service and region.
 */
import { ElastiCacheSdk } from "../../lib/redis/rotation/handler";

const AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=testing/20250101/eu-west-1/elasticache/aws4_request, SignedHeaders=host, Signature=0";

/** An error answer of the Query API (or moto's HTML page for an action it does not implement). */
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

/** The text of the first element of a name. */
export function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

/** The members of a list element. */
export function members(xml: string, name: string): string[] {
  const list = new RegExp(`<${name}>(.*?)</${name}>`, "s").exec(xml)?.[1] ?? "";
  return [...list.matchAll(/<member>([^<]*)<\/member>/g)].map((m) => m[1]);
}

/** Form parameters of a Query list (`Name.member.N`). */
export function listParams(name: string, values: string[]): Record<string, string> {
  return Object.fromEntries(values.map((v, i) => [`${name}.member.${i + 1}`, v]));
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
      if (command.action === "DescribeUsers") {
        return {
          Users: [
            {
              UserId: tag(xml, "UserId"),
              Status: tag(xml, "Status"),
              AccessString: tag(xml, "AccessString"),
              Authentication: { Type: tag(xml, "Type"), PasswordCount: tag(xml, "PasswordCount") },
              UserGroupIds: members(xml, "UserGroupIds"),
            },
          ],
        };
      }
      return {};
    }
  }
  return {
    ElastiCacheClient: ElastiCacheClient as unknown as ElastiCacheSdk["ElastiCacheClient"],
    DescribeUsersCommand: class extends Command {
      constructor(input: { UserId: string }) {
        super("DescribeUsers", input);
      }
    },
    DescribeUserGroupsCommand: class extends Command {
      constructor(input: { UserGroupId: string }) {
        super("DescribeUserGroups", input);
      }
    },
    ModifyUserCommand: class extends Command {
      constructor(input: { UserId: string; AccessString: string; AuthenticationMode: { Type: string; Passwords: string[] } }) {
        super("ModifyUser", {
          UserId: input.UserId,
          AccessString: input.AccessString,
          "AuthenticationMode.Type": input.AuthenticationMode.Type,
          ...listParams("AuthenticationMode.Passwords", input.AuthenticationMode.Passwords),
        });
      }
    },
  };
}
