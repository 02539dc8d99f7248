/** §12.6: the cache is encrypted in transit and at rest, and so are its snapshots. */
import { Control, Finding, NOT_APPLICABLE, TfResource } from "../../model";
import { judgeEach } from "../rules";
import { cacheUrls, groups, truthy } from "./shared";

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
  enforcedBy: ["EncryptedRedis.props.urlQuery", "EncryptedRedis.props.urlVariable"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) => {
    const replicationGroups = groups(tf);
    const urls = cacheUrls(tf);
    if (replicationGroups.length === 0 && urls.length === 0) return NOT_APPLICABLE;
    return [...replicationGroups.flatMap(transitFindings), ...urls.flatMap(urlFindings)];
  },
};

/** A replication group requires in-transit encryption. */
function transitFindings(g: TfResource): Finding[] {
  if (!truthy(g.config.transit_encryption_enabled)) return [{ address: g.address, message: "in-transit encryption is off" }];
  if (g.config.transit_encryption_mode !== "required") {
    return [{ address: g.address, message: `transit_encryption_mode is ${g.config.transit_encryption_mode ?? "unset"}, not "required"` }];
  }
  return [];
}

/** A cache URL is rediss:// and keeps certificate and host name verification on. */
function urlFindings({ address, name, url }: { address: string; name: string; url: string }): Finding[] {
  if (!/^rediss:\/\//i.test(url)) return [{ address, message: `${name} connects without TLS (redis://)` }];
  if (UNVERIFIED.test(url)) return [{ address, message: `${name} switches certificate or host name verification off` }];
  return [];
}

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
  enforcedBy: ["EncryptedRedis.props.keyAdministratorArns"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) =>
    judgeEach(groups(tf), (g): Finding[] => {
      if (!truthy(g.config.at_rest_encryption_enabled)) return [{ address: g.address, message: "at-rest encryption is off" }];
      const key = String(g.config.kms_key_id ?? "");
      if (!key || /alias\/aws\//.test(key)) {
        return [{ address: g.address, message: "at-rest encryption uses the AWS-managed key, not a customer-managed one" }];
      }
      return [];
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
  enforcedBy: ["EncryptedRedis.props.snapshotRetentionDays", "EncryptedRedis.props.snapshotWindow"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) =>
    judgeEach(groups(tf), (g): Finding[] => {
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
