import { AlertTopic } from "../core/alert-topic";
import { IMeshApi } from "../core/mesh-api";
import { RotationVpcProps } from "../secrets/rotation-function";

/** Port of the cache (TLS only). */
export const CACHE_PORT = 6379;

/** Longest ElastiCache replication group id (the library's user and user group ids stay within it too). */
export const MAX_REPLICATION_GROUP_ID_LENGTH = 40;

/**
 * Client options of the default URL: verify the server certificate and its host name (redis-py
 * reads both from the query string; ElastiCache presents a certificate of a public CA for the
 * group's endpoint names).
 */
export const DEFAULT_URL_QUERY = "ssl_cert_reqs=required&ssl_check_hostname=true";

/** The cache engine. Both speak the same protocol to the API's client. */
export enum CacheEngine {
  /** Valkey (BSD-licensed, the Linux Foundation's continuation of Redis OSS 7.2). Default. */
  VALKEY = "valkey",
  /** Redis OSS (ElastiCache's last version is 7.1). */
  REDIS = "redis",
}

/** Properties of {@link EncryptedRedis}. */
export interface EncryptedRedisProps {
  /** The API that uses the cache: gets its URL (`rediss://`, certificate verified) and the only path to it. */
  readonly api: IMeshApi;
  /** VPC of the cache. */
  readonly vpcId: string;
  /** Private subnets in at least two availability zones (the cache gets its own subnet group of them). */
  readonly subnetIds: string[];
  /** CIDR blocks of those subnets: the API's egress NetworkPolicy admits 6379 to them, and nothing else. */
  readonly subnetCidrs: string[];
  /**
   * Security group of the API pods' network interfaces: the only source 6379 admits.
   * @default - the API endpoint's security group (SecureMeshApi in ALB mode has one)
   */
  readonly clientSecurityGroupId?: string;
  /**
   * Replication group id: lowercase letters, digits and single hyphens, starting with a letter,
   * at most 40 characters.
   * @default - `<deploymentName>-cache`, shortened to 40 characters
   */
  readonly replicationGroupId?: string;
  /** @default CacheEngine.VALKEY */
  readonly engine?: CacheEngine;
  /** Major.minor engine version; Valkey 7.2 or later, Redis OSS 7.0 or later. @default "8.0" (Valkey), "7.1" (Redis OSS) */
  readonly engineVersion?: string;
  /** Node type (at-rest encryption needs a current generation). @default "cache.t4g.medium" */
  readonly nodeType?: string;
  /** Nodes: a primary and its replicas across zones, 2 to 6. @default 2 */
  readonly nodeCount?: number;
  /** Days of daily snapshots kept (encrypted with the cache key), 1 to 35. @default 7 */
  readonly snapshotRetentionDays?: number;
  /** Daily snapshot window, UTC `hh:mm-hh:mm`. @default "02:00-03:00" */
  readonly snapshotWindow?: string;
  /** Weekly maintenance window, UTC `ddd:hh:mm-ddd:hh:mm`. @default "sun:04:00-sun:05:00" */
  readonly maintenanceWindow?: string;
  /** Length of the API user's password, 32 to 128 letters and digits. @default 64 */
  readonly passwordLength?: number;
  /** @deprecated Use `passwordLength` (the cache authenticates users by password, not by an AUTH token). */
  readonly tokenLength?: number;
  /**
   * Days between password rotations, 1 to 90. The previous password stays valid until the next
   * rotation (ElastiCache users hold two passwords).
   * @default 30
   */
  readonly rotationDays?: number;
  /**
   * @deprecated Ignored, with a warning at synth: the previous password now stays valid until the
   * next rotation. To cut a leaked password off, rotate twice.
   */
  readonly tokenOverlapMinutes?: number;
  /**
   * Where a failed password rotation raises its alarm: an encrypted SNS topic.
   * @default - a topic of the cache's own (`alertTopic`), without subscriptions; HardenedMeshStack passes the stack's topic
   */
  readonly alertTopic?: AlertTopic;
  /**
   * Environment variable that carries the URL to the API. With SECRETS_PROVIDER=aws the API gets
   * `<name>_SECRET_ARN` instead, and reads the field `url` of that secret.
   * @default "REDIS_URL"
   */
  readonly urlVariable?: string;
  /**
   * Query string of the URL: the client's TLS verification options, without `?`. Options that
   * switch verification off are refused.
   * @default DEFAULT_URL_QUERY
   */
  readonly urlQuery?: string;
  /** Retention of the cache's and the rotation function's logs, in days (365 to 3653). @default 365 */
  readonly logRetentionDays?: number;
  /** Days a deleted credential secret can be restored (7 to 30). @default 30 */
  readonly recoveryWindowDays?: number;
  /** Break-glass administrators of the cache and secret keys. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /** Run the rotation function in a VPC. @default - outside a VPC (it calls only AWS APIs) */
  readonly rotationVpc?: RotationVpcProps;
}
