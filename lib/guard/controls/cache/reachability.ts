/** §12.6 / §12.2: the cache is not public, and its port is reachable only from the API. */
import { Control, Finding, many, NOT_APPLICABLE, one, resources, TerraformJson } from "../../model";
import { judgeEach, SUPPRESS_FIX } from "../rules";
import { cidrSources, groups, groupSecurityGroups, ingressRules, portOf, referenced, unseenSecurityGroups } from "./shared";

/** §12.6 / §12.2: not reachable from outside the VPC. */
export const cacheNotPublic: Control = {
  id: "MESHQ-CACHE-4",
  section: "12.6",
  title: "Cache not public",
  checks:
    "Every replication group is placed in its own subnet group (never the default one) with its own security groups, and none of those admits the internet (0.0.0.0/0 or ::/0).",
  scope:
    "Every aws_elasticache_replication_group, its subnet group and its security groups with their rules in every spelling (inline, aws_security_group_rule, aws_vpc_security_group_ingress_rule).",
  unseen:
    "Fails. A subnet group or security group that is not a resource of the stack (a literal name or id, a variable, a data source) is a finding: whether its subnets are private or its rules admit the internet cannot be known. Accept one only by suppressing the control for the replication group with a reason.",
  enforcedBy: ["EncryptedRedis.props.subnetIds", "EncryptedRedis.props.vpcId"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) =>
    judgeEach(groups(tf), (g): Finding[] => {
      const out: Finding[] = [];
      const subnetGroup = String(g.config.subnet_group_name ?? "");
      if (!subnetGroup || subnetGroup === "default") {
        out.push({ address: g.address, message: "no subnet group of its own: the cache lands in the default subnet group" });
      } else if (!ownSubnetGroup(tf, subnetGroup)) {
        out.push({
          address: g.address,
          message: `subnet_group_name is ${subnetGroup}, not a subnet group of this stack: whether its subnets are private cannot be known; name the stack's aws_elasticache_subnet_group, ${SUPPRESS_FIX}`,
        });
      }
      if (many(g.config.security_group_ids).length === 0) {
        out.push({ address: g.address, message: "no security group of its own: the VPC's default security group applies" });
      }
      for (const id of unseenSecurityGroups(tf, g)) out.push(unseenGroupFinding(g.address, id, "that it does not admit the internet"));
      for (const sg of groupSecurityGroups(g)) {
        for (const { address, rule } of ingressRules(tf, sg)) {
          if (cidrSources(rule).some((c) => c === "0.0.0.0/0" || c === "::/0")) {
            out.push({ address, message: `the cache's security group admits the internet on ${rule.from_port}-${rule.to_port}` });
          }
        }
      }
      return out;
    }),
};

/** §12.6: the cache port only from the API. */
export const cacheReachability: Control = {
  id: "MESHQ-CACHE-6",
  section: "12.6",
  title: "Cache port reachable only from the API",
  checks:
    "The security groups of a replication group admit only its port (6379), over TCP, only from security groups (the API pods', through the network model): never from IP ranges, prefix lists, itself or every port; no NetworkPolicy opens egress on that port to 0.0.0.0/0.",
  scope:
    "The security groups of every replication group, with rules in every spelling, and every NetworkPolicy egress rule on the cache port.",
  unseen:
    "Fails. A security group of the cache that is not a resource of the stack is a finding: who its rules admit cannot be known. A source security group outside the stack (EncryptedRedis.props.clientSecurityGroupId) is the client identity the deployment names, not a rule of the cache: the rule itself, its port and protocol, is judged here.",
  enforcedBy: ["EncryptedRedis.props.api", "EncryptedRedis.props.clientSecurityGroupId"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) => {
    const replicationGroups = groups(tf);
    if (replicationGroups.length === 0) return NOT_APPLICABLE;
    const ports = new Set(replicationGroups.map(portOf));
    return [
      ...replicationGroups.flatMap((g) => [
        ...groupSecurityGroups(g).flatMap((sg) => ingressRules(tf, sg).flatMap((r) => sourceFindings(r, sg, portOf(g)))),
        ...unseenSecurityGroups(tf, g).map((id) => unseenGroupFinding(g.address, id, "who its rules admit to the cache port")),
      ]),
      ...egressFindings(tf, ports),
    ];
  },
};

/** A subnet group of the stack: a reference to one, or the literal name of one. */
function ownSubnetGroup(tf: TerraformJson, value: string): boolean {
  const own = resources(tf, "aws_elasticache_subnet_group");
  const name = referenced(value, "aws_elasticache_subnet_group");
  return name !== undefined ? own.some((s) => s.name === name) : own.some((s) => String(s.config.name) === value);
}

/** A security group of the cache that the stack does not have: its rules cannot be judged. */
function unseenGroupFinding(address: string, id: string, what: string): Finding {
  return {
    address,
    message: `security group ${id} is not a security group of this stack: the guard cannot know ${what}; use the stack's own security group, ${SUPPRESS_FIX}`,
  };
}

/** An ingress rule of a cache security group admits only the cache port over TCP, only from another security group. */
function sourceFindings(
  { address, rule, kind }: { address: string; rule: any; kind: "rule" | "vpc-rule" | "inline" },
  sg: string,
  port: number,
): Finding[] {
  const out: Finding[] = [];
  const from = Number(rule.from_port);
  const to = Number(rule.to_port);
  const protocol = String(kind === "vpc-rule" ? rule.ip_protocol : rule.protocol).toLowerCase();
  const sources =
    kind === "vpc-rule"
      ? [rule.referenced_security_group_id].filter(Boolean)
      : kind === "inline"
        ? many(rule.security_groups)
        : [rule.source_security_group_id].filter(Boolean);
  if (from !== port || to !== port || !["tcp", "6"].includes(protocol)) {
    out.push({ address, message: `the cache's security group admits ${protocol} ${from}-${to}, not only ${port}/tcp` });
  }
  if (cidrSources(rule).length > 0) {
    out.push({ address, message: `the cache's security group admits IP ranges (${cidrSources(rule).join(", ")}) on ${from}-${to}` });
  }
  if (rule.self === true || sources.some((s: unknown) => referenced(s, "aws_security_group") === sg)) {
    out.push({ address, message: "the cache's security group admits itself" });
  }
  if (sources.length === 0 && cidrSources(rule).length === 0 && rule.self !== true) {
    out.push({ address, message: "an ingress rule of the cache's security group names no source security group" });
  }
  return out;
}

/** NetworkPolicy egress rules that open a cache port to the internet. */
function egressFindings(tf: TerraformJson, ports: Set<number>): Finding[] {
  const out: Finding[] = [];
  for (const p of resources(tf, "kubernetes_network_policy_v1")) {
    for (const rule of many(one(p.config.spec)?.egress)) {
      const onPort = many(rule.ports).some((x: any) => ports.has(Number(x.port)));
      const anywhere = many(rule.to).some((t: any) => ["0.0.0.0/0", "::/0"].includes(String(one(t.ip_block)?.cidr)));
      if (onPort && anywhere) out.push({ address: p.address, message: "NetworkPolicy egress on the cache port goes to 0.0.0.0/0" });
    }
  }
  return out;
}
