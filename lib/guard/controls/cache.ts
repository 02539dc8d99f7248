import {
  Control,
  containers,
  envOf,
  Finding,
  FindingLevel,
  manifests,
  many,
  one,
  podTemplates,
  resources,
  TerraformJson,
  TfResource,
} from "../model";

/** The cache port the library opens (the security guide's Redis destination). */
const DEFAULT_PORT = 6379;
/** Shortest AUTH token a rotation function may generate. */
const MIN_TOKEN_LENGTH = 32;
/** Longest rotation interval, in days. */
const MAX_ROTATION_DAYS = 90;

const groups = (tf: TerraformJson) => resources(tf, "aws_elasticache_replication_group");
const truthy = (value: unknown) => value === true || value === "true";
const portOf = (group: TfResource) => Number(group.config.port ?? DEFAULT_PORT);

/** The Terraform name a `${type.name.attr}` reference points to, when it is one. */
function referenced(value: unknown, type: string): string | undefined {
  const match = new RegExp(`^\\$\\{${type}\\.([^.}]+)\\.[^}]+\\}$`).exec(String(value ?? ""));
  return match?.[1];
}

/** True when a value is, or refers to, a replication group's id. */
function namesGroup(value: unknown, group: TfResource): boolean {
  const text = String(value ?? "");
  return text === String(group.config.replication_group_id) || referenced(text, "aws_elasticache_replication_group") === group.name;
}

/** Cache URLs handed to workloads: ExternalSecret templates and literal environment values. */
function cacheUrls(tf: TerraformJson): Array<{ address: string; name: string; url: string }> {
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

/** Client options that switch certificate or host name verification off. */
const UNVERIFIED = /[?&](ssl_cert_reqs=(none|optional)|ssl_check_hostname=(false|0|no|n|f))(&|$)/i;

/** §12.6: in-transit encryption required. */
export const cacheTransitEncryption: Control = {
  id: "MESHQ-CACHE-1",
  section: "12.6",
  title: "Cache in-transit encryption required",
  checks:
    'Every ElastiCache replication group sets transit_encryption_enabled and transit_encryption_mode "required" (no plaintext connections); cache URLs handed to workloads are rediss:// and do not switch certificate or host name verification off.',
  checkov: ["CKV_AWS_30"],
  scope:
    "Every aws_elasticache_replication_group (counted resources included), and every ExternalSecret template or env value that builds a redis:// or rediss:// URL. It reads the replication group as written; it does not follow the group's engine defaults.",
  applies: (tf) => groups(tf).length > 0 || cacheUrls(tf).length > 0,
  check: (tf) => [
    ...groups(tf).flatMap((g): Finding[] => {
      if (!truthy(g.config.transit_encryption_enabled)) return [{ address: g.address, message: "in-transit encryption is off" }];
      if (g.config.transit_encryption_mode !== "required") {
        return [
          { address: g.address, message: `transit_encryption_mode is ${g.config.transit_encryption_mode ?? "unset"}, not "required"` },
        ];
      }
      return [];
    }),
    ...cacheUrls(tf).flatMap(({ address, name, url }): Finding[] => {
      if (!/^rediss:\/\//i.test(url)) return [{ address, message: `${name} connects without TLS (redis://)` }];
      if (UNVERIFIED.test(url)) return [{ address, message: `${name} switches certificate or host name verification off` }];
      return [];
    }),
  ],
};

/** §12.6: at rest, with the deployment's key. */
export const cacheAtRestEncryption: Control = {
  id: "MESHQ-CACHE-2",
  section: "12.6",
  title: "Cache encrypted at rest with a customer-managed key",
  checks:
    "Every ElastiCache replication group sets at_rest_encryption_enabled and a kms_key_id that is not the AWS-managed aws/elasticache key.",
  checkov: ["CKV_AWS_29", "CKV_AWS_191"],
  scope:
    "Every aws_elasticache_replication_group; the key must be a reference to a KMS key (or a key ARN), never an alias of an AWS-managed key or unset.",
  applies: (tf) => groups(tf).length > 0,
  check: (tf) =>
    groups(tf).flatMap((g): Finding[] => {
      if (!truthy(g.config.at_rest_encryption_enabled)) return [{ address: g.address, message: "at-rest encryption is off" }];
      const key = String(g.config.kms_key_id ?? "");
      if (!key || /alias\/aws\//.test(key)) {
        return [{ address: g.address, message: "at-rest encryption uses the AWS-managed key, not a customer-managed one" }];
      }
      return [];
    }),
};

/**
 * The rotation functions of a group's AUTH token: Lambda functions whose REPLICATION_GROUP_ID
 * names the group and that a Secrets Manager rotation schedule invokes.
 */
function tokenRotations(tf: TerraformJson, group: TfResource) {
  const rotations = resources(tf, "aws_secretsmanager_secret_rotation");
  return resources(tf, "aws_lambda_function")
    .map((f) => ({ fn: f, vars: one(f.config.environment)?.variables ?? {} }))
    .filter(({ vars }) => namesGroup(vars.REPLICATION_GROUP_ID, group))
    .map(({ fn, vars }) => ({
      fn,
      vars,
      schedule: rotations.find((r) => referenced(r.config.rotation_lambda_arn, "aws_lambda_function") === fn.name),
    }));
}

/** §12.6: authentication on, credential rotated inside AWS. */
export const cacheAuthentication: Control = {
  id: "MESHQ-CACHE-3",
  section: "12.6",
  title: "Cache authentication on",
  checks: `Every replication group authenticates clients: an AUTH token set by a rotation function (REPLICATION_GROUP_ID names the group) that a Secrets Manager schedule runs at least every ${MAX_ROTATION_DAYS} days, immediately on creation, with tokens of at least ${MIN_TOKEN_LENGTH} characters; or an RBAC user group. An auth_token in configuration authenticates but is stored in Terraform state (warning).`,
  checkov: ["CKV_AWS_31"],
  scope:
    "Every aws_elasticache_replication_group, the Lambda functions whose REPLICATION_GROUP_ID names it and the Secrets Manager rotation schedules that run them; RBAC user groups count as authentication. A token in configuration is only a warning: it authenticates, but is kept in Terraform state.",
  applies: (tf) => groups(tf).length > 0,
  check: (tf) =>
    groups(tf).flatMap((g): Finding[] => {
      if (many(g.config.user_group_ids).length > 0) return [];
      if (g.config.auth_token) {
        return [
          {
            address: g.address,
            level: FindingLevel.WARNING,
            message: "auth_token is set in configuration, so the token is stored in Terraform state; let a rotation function set it",
          },
        ];
      }
      const rotations = tokenRotations(tf, g);
      if (rotations.length === 0) {
        return [
          { address: g.address, message: "authentication is off: no AUTH token rotation targets the group and it has no user group" },
        ];
      }
      const out: Finding[] = [];
      for (const { fn, vars, schedule } of rotations) {
        if (!(Number(vars.TOKEN_LENGTH) >= MIN_TOKEN_LENGTH)) {
          out.push({ address: fn.address, message: `TOKEN_LENGTH is ${vars.TOKEN_LENGTH}; at least ${MIN_TOKEN_LENGTH} required` });
        }
        if (!schedule) {
          out.push({ address: fn.address, message: "no Secrets Manager rotation schedule runs this token rotation function" });
          continue;
        }
        const days = Number(one(schedule.config.rotation_rules)?.automatically_after_days);
        if (!(days <= MAX_ROTATION_DAYS)) {
          out.push({ address: schedule.address, message: `the cache token rotates every ${days} days; at most ${MAX_ROTATION_DAYS}` });
        }
        if (schedule.config.rotate_immediately === false) {
          out.push({ address: schedule.address, message: "the first token is not set on creation (rotate_immediately is false)" });
        }
      }
      return out;
    }),
};

/** Security groups of a replication group that are resources of the stack, by Terraform name. */
function groupSecurityGroups(group: TfResource): string[] {
  return many(group.config.security_group_ids)
    .map((id) => referenced(id, "aws_security_group"))
    .filter((n): n is string => n !== undefined);
}

/** Every ingress rule of a security group: separate rule resources and inline blocks. */
function ingressRules(tf: TerraformJson, sgName: string): Array<{ address: string; rule: any; kind: "rule" | "vpc-rule" | "inline" }> {
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

function cidrSources(rule: any): string[] {
  return [
    ...many(rule.cidr_blocks),
    ...many(rule.ipv6_cidr_blocks),
    ...many(rule.prefix_list_ids),
    ...(rule.cidr_ipv4 ? [rule.cidr_ipv4] : []),
    ...(rule.cidr_ipv6 ? [rule.cidr_ipv6] : []),
    ...(rule.prefix_list_id ? [rule.prefix_list_id] : []),
  ].map(String);
}

/** §12.6 / §12.2: not reachable from outside the VPC. */
export const cacheNotPublic: Control = {
  id: "MESHQ-CACHE-4",
  section: "12.6",
  title: "Cache not public",
  checks:
    "Every replication group is placed in its own subnet group (never the default one) with its own security groups, and none of those admits the internet (0.0.0.0/0 or ::/0).",
  scope:
    "Every aws_elasticache_replication_group, its subnet group and its security groups with their rules in every spelling (inline, aws_security_group_rule, aws_vpc_security_group_ingress_rule).",
  applies: (tf) => groups(tf).length > 0,
  check: (tf) =>
    groups(tf).flatMap((g): Finding[] => {
      const out: Finding[] = [];
      const subnetGroup = String(g.config.subnet_group_name ?? "");
      if (!subnetGroup || subnetGroup === "default") {
        out.push({ address: g.address, message: "no subnet group of its own: the cache lands in the default subnet group" });
      }
      if (many(g.config.security_group_ids).length === 0) {
        out.push({ address: g.address, message: "no security group of its own: the VPC's default security group applies" });
      }
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

/** §12.6: snapshots encrypted and kept. */
export const cacheSnapshots: Control = {
  id: "MESHQ-CACHE-5",
  section: "12.6",
  title: "Cache snapshots encrypted and retained",
  checks:
    "Every replication group keeps daily snapshots (snapshot_retention_limit at least 1) and a final snapshot on deletion, encrypted with its customer-managed key (snapshots inherit the at-rest key).",
  checkov: ["CKV_AWS_134"],
  scope:
    "Every aws_elasticache_replication_group: snapshot_retention_limit and final_snapshot_identifier; snapshots inherit the at-rest key checked by MESHQ-CACHE-2.",
  applies: (tf) => groups(tf).length > 0,
  check: (tf) =>
    groups(tf).flatMap((g): Finding[] => {
      const out: Finding[] = [];
      if (!(Number(g.config.snapshot_retention_limit) >= 1)) {
        out.push({
          address: g.address,
          message: `snapshot_retention_limit is ${g.config.snapshot_retention_limit ?? 0}: no snapshots kept`,
        });
      }
      if (!g.config.final_snapshot_identifier) out.push({ address: g.address, message: "no final snapshot on deletion" });
      if (!truthy(g.config.at_rest_encryption_enabled) || !g.config.kms_key_id) {
        out.push({ address: g.address, message: "snapshots are not encrypted with a customer-managed key" });
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
  applies: (tf) => groups(tf).length > 0,
  check: (tf) => {
    const out: Finding[] = [];
    const ports = new Set<number>();
    for (const g of groups(tf)) {
      const port = portOf(g);
      ports.add(port);
      for (const sg of groupSecurityGroups(g)) {
        for (const { address, rule, kind } of ingressRules(tf, sg)) {
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
            out.push({
              address,
              message: `the cache's security group admits IP ranges (${cidrSources(rule).join(", ")}) on ${from}-${to}`,
            });
          }
          if (rule.self === true || sources.some((s: unknown) => referenced(s, "aws_security_group") === sg)) {
            out.push({ address, message: "the cache's security group admits itself" });
          }
          if (sources.length === 0 && cidrSources(rule).length === 0 && rule.self !== true) {
            out.push({ address, message: "an ingress rule of the cache's security group names no source security group" });
          }
        }
      }
    }
    for (const p of resources(tf, "kubernetes_network_policy_v1")) {
      for (const rule of many(one(p.config.spec)?.egress)) {
        const onPort = many(rule.ports).some((x: any) => ports.has(Number(x.port)));
        const anywhere = many(rule.to).some((t: any) => ["0.0.0.0/0", "::/0"].includes(String(one(t.ip_block)?.cidr)));
        if (onPort && anywhere) out.push({ address: p.address, message: "NetworkPolicy egress on the cache port goes to 0.0.0.0/0" });
      }
    }
    return out;
  },
};

export const CACHE_CONTROLS = [
  cacheTransitEncryption,
  cacheAtRestEncryption,
  cacheAuthentication,
  cacheNotPublic,
  cacheSnapshots,
  cacheReachability,
];
