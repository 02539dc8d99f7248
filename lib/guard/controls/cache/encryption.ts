/** §12.6: the cache is encrypted in transit and at rest, and so are its snapshots. */
import { Control, Finding, NOT_APPLICABLE, TfResource } from "../../model";
import { StackView, viewOf } from "../../view";
import { judgeEach, judgeStackKey, judgeValue } from "../rules";
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
  unseen:
    "Fails. A transit setting the guard cannot know (a variable, a computed attribute) is a finding. A cache URL variable (REDIS_URL or CACHE_URL, EncryptedRedis's default name) set from a value the guard cannot know is a finding too; a URL delivered from a Secret is the ExternalSecret template's, judged where the stack builds it.",
  enforcedBy: ["EncryptedRedis.props.urlQuery", "EncryptedRedis.props.urlVariable"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) => {
    const replicationGroups = groups(tf);
    const urls = cacheUrls(tf);
    const view = viewOf(tf);
    const unseen = unseenUrls(view);
    if (replicationGroups.length === 0 && urls.length === 0 && unseen.length === 0) return NOT_APPLICABLE;
    return [...replicationGroups.flatMap((g) => transitFindings(view, g)), ...urls.flatMap(urlFindings), ...unseen];
  },
};

/** A replication group requires in-transit encryption. */
function transitFindings(view: StackView, g: TfResource): Finding[] {
  const enabled = judgeValue(view, g.address, "transit_encryption_enabled", g.config.transit_encryption_enabled ?? false, (v) =>
    truthy(v) ? undefined : "in-transit encryption is off",
  );
  if (enabled.length > 0) return enabled;
  return judgeValue(view, g.address, "transit_encryption_mode", g.config.transit_encryption_mode ?? "unset", (v) =>
    v === "required" ? undefined : `transit_encryption_mode is ${v}, not "required"`,
  );
}

/** The cache URL variable the library writes (EncryptedRedis.props.urlVariable's default). */
const URL_VARIABLE = /^(REDIS|CACHE)_URL$/;

/** Cache URL variables set to a value the guard cannot know: whether it is rediss:// cannot be told. */
function unseenUrls(view: StackView): Finding[] {
  return view
    .pods()
    .flatMap((pod) =>
      pod.containers.flatMap((c) =>
        c.env
          .filter((e) => URL_VARIABLE.test(e.name) && e.hasValue && view.unknown(e.value) !== undefined)
          .map((e) => ({ address: e.source, message: view.unknownMessage(`container ${c.name}: ${e.name}`, view.unknown(e.value)!) })),
      ),
    );
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
    "Every aws_elasticache_replication_group; the key must be one the stack creates (a reference to an aws_kms_key, or to an aws_kms_alias of the stack whose target is one), never unset or an alias of an AWS-managed key.",
  unseen:
    "Fails. A key the guard did not see (a literal key ARN or alias, a variable, a data source) is a finding: whether it is customer-managed and rotates cannot be known. Accept one only by suppressing the control for the replication group with a reason.",
  enforcedBy: ["EncryptedRedis.props.keyAdministratorArns"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(groups(tf), (g): Finding[] => {
      if (!truthy(g.config.at_rest_encryption_enabled)) return [{ address: g.address, message: "at-rest encryption is off" }];
      return judgeStackKey(view, g.address, "kms_key_id", g.config.kms_key_id);
    });
  },
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
  unseen:
    "Fails. A retention limit or final snapshot name the guard cannot know (a variable, a computed attribute) is a finding. The snapshots' key is the group's at-rest key: a key outside the stack fails MESHQ-CACHE-2.",
  enforcedBy: ["EncryptedRedis.props.snapshotRetentionDays", "EncryptedRedis.props.snapshotWindow"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(groups(tf), (g): Finding[] => [
      ...judgeValue(view, g.address, "snapshot_retention_limit", g.config.snapshot_retention_limit ?? 0, (v) =>
        Number(v) >= 1 ? undefined : `snapshot_retention_limit is ${v}: no snapshots kept`,
      ),
      ...judgeValue(view, g.address, "final_snapshot_identifier", g.config.final_snapshot_identifier ?? "", (v) =>
        v ? undefined : "no final snapshot on deletion",
      ),
      ...(!truthy(g.config.at_rest_encryption_enabled) || !g.config.kms_key_id
        ? [{ address: g.address, message: "snapshots are not encrypted with a customer-managed key" }]
        : []),
    ]);
  },
};
