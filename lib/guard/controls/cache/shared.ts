/** What the cache controls share: the replication groups, their security groups and rules, the cache URLs. */
import { containers, envOf, manifests, many, podTemplates, resources, TerraformJson, TfResource } from "../../model";

/** The cache port the library opens (the security guide's Redis destination). */
export const DEFAULT_PORT = 6379;
/** Longest rotation interval, in days. */
export const MAX_ROTATION_DAYS = 90;

/** The ElastiCache replication groups of the stack. */
export const groups = (tf: TerraformJson): TfResource[] => resources(tf, "aws_elasticache_replication_group");
/** Terraform reads `"true"` as true. */
export const truthy = (value: unknown): boolean => value === true || value === "true";
/** The port a replication group listens on. */
export const portOf = (group: TfResource): number => Number(group.config.port ?? DEFAULT_PORT);

/** The Terraform name a `${type.name.attr}` reference points to, when it is one. */
export function referenced(value: unknown, type: string): string | undefined {
  const match = new RegExp(`^\\$\\{${type}\\.([^.}]+)\\.[^}]+\\}$`).exec(String(value ?? ""));
  return match?.[1];
}

/** True when a value is, or refers to, a replication group's id. */
export function namesGroup(value: unknown, group: TfResource): boolean {
  const text = String(value ?? "");
  return text === String(group.config.replication_group_id) || referenced(text, "aws_elasticache_replication_group") === group.name;
}

/** Cache URLs handed to workloads: ExternalSecret templates and literal environment values. */
export function cacheUrls(tf: TerraformJson): Array<{ address: string; name: string; url: string }> {
  const isCacheUrl = (v: string) => /^rediss?:\/\//i.test(v);
  return [
    ...manifests(tf, "ExternalSecret").flatMap(({ resource, manifest }) =>
      Object.entries(manifest.spec?.target?.template?.data ?? {})
        .filter(([, v]) => isCacheUrl(String(v)))
        .map(([k, v]) => ({ address: resource.address, name: `${manifest.metadata?.name}/${k}`, url: String(v) })),
    ),
    ...podTemplates(tf).flatMap((p) =>
      containers(p.spec).flatMap((c) =>
        envOf(c)
          .filter((e) => e.value && isCacheUrl(e.value))
          .map((e) => ({ address: p.resource.address, name: e.name, url: e.value! })),
      ),
    ),
  ];
}

/** Security groups of a replication group that are resources of the stack, by Terraform name. */
export function groupSecurityGroups(group: TfResource): string[] {
  return many(group.config.security_group_ids)
    .map((id) => referenced(id, "aws_security_group"))
    .filter((n): n is string => n !== undefined);
}

/**
 * The security groups of a replication group that are not resources of the stack (a literal id, a
 * variable, a data source): their rules are outside what the guard sees.
 */
export function unseenSecurityGroups(tf: TerraformJson, group: TfResource): string[] {
  const names = new Set(resources(tf, "aws_security_group").map((s) => s.name));
  return many(group.config.security_group_ids)
    .filter((id) => !names.has(referenced(id, "aws_security_group") ?? ""))
    .map(String);
}

/** Every ingress rule of a security group: separate rule resources and inline blocks. */
export function ingressRules(
  tf: TerraformJson,
  sgName: string,
): Array<{ address: string; rule: any; kind: "rule" | "vpc-rule" | "inline" }> {
  const targets = (value: unknown) => referenced(value, "aws_security_group") === sgName;
  const sg = resources(tf, "aws_security_group").find((s) => s.name === sgName);
  return [
    ...resources(tf, "aws_security_group_rule")
      .filter((r) => r.config.type === "ingress" && targets(r.config.security_group_id))
      .map((r) => ({ address: r.address, rule: r.config, kind: "rule" as const })),
    ...resources(tf, "aws_vpc_security_group_ingress_rule")
      .filter((r) => targets(r.config.security_group_id))
      .map((r) => ({ address: r.address, rule: r.config, kind: "vpc-rule" as const })),
    ...(sg ? many(sg.config.ingress).map((rule) => ({ address: sg.address, rule, kind: "inline" as const })) : []),
  ];
}

/** Every IP range and prefix list an ingress rule admits, in every spelling. */
export function cidrSources(rule: any): string[] {
  return [
    ...many(rule.cidr_blocks),
    ...many(rule.ipv6_cidr_blocks),
    ...many(rule.prefix_list_ids),
    ...(rule.cidr_ipv4 ? [rule.cidr_ipv4] : []),
    ...(rule.cidr_ipv6 ? [rule.cidr_ipv6] : []),
    ...(rule.prefix_list_id ? [rule.prefix_list_id] : []),
  ].map(String);
}
