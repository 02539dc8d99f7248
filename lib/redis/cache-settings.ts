import { ErrorCodes, invalidInput } from "../core/errors";
import { Token } from "../compat/core";
import { isConcrete, requireAwsId, requireAwsIds, requireCidrs, requireIntegerInRange, requireValue } from "../core/validators";
import { rotationLogRetentionDays } from "../secrets/rotation-log-retention";
import { MAX_CACHE_PASSWORD_LENGTH, MIN_CACHE_PASSWORD_LENGTH } from "../policy/cache-users";
import { CacheEngine, DEFAULT_URL_QUERY, EncryptedRedisProps, MAX_REPLICATION_GROUP_ID_LENGTH } from "./encrypted-redis-props";

const DEFAULT_VERSION: Record<CacheEngine, string> = { [CacheEngine.VALKEY]: "8.0", [CacheEngine.REDIS]: "7.1" };
/** Oldest versions with role-based access control (user groups) and `transit_encryption_mode`. */
const MIN_VERSION: Record<CacheEngine, [number, number]> = { [CacheEngine.VALKEY]: [7, 2], [CacheEngine.REDIS]: [7, 0] };

/** The validated settings of an {@link EncryptedRedis}, with their defaults applied. */
export interface CacheSettings {
  readonly deploymentName: string;
  readonly subnetIds: string[];
  readonly cidrs: string[];
  readonly clientSg: string;
  readonly groupId: string;
  /** Id of the API user, of the disabled default user and of their user group. */
  readonly apiUserId: string;
  readonly defaultUserId: string;
  readonly userGroupId: string;
  readonly engine: CacheEngine;
  readonly engineVersion: string;
  readonly nodeType: string;
  readonly nodes: number;
  readonly snapshots: number;
  readonly snapshotWindow: string;
  readonly maintenanceWindow: string;
  readonly passwordLength: number;
  readonly rotationDays: number;
  readonly urlQuery: string;
  readonly logRetention: number;
}

/** Validates the properties of an {@link EncryptedRedis} and applies the defaults. */
export function cacheSettingsOf(props: EncryptedRedisProps): CacheSettings {
  const component = "EncryptedRedis";
  const deploymentName = props.api.deploymentName;
  requireAwsId(
    component,
    "vpcId",
    requireValue(component, "vpcId", props.vpcId, "pass the VPC of the cache"),
    "vpc",
    "pass the id of the cache's VPC",
  );
  const subnetIds = requireAwsIds(
    component,
    "subnetIds",
    requireValue(component, "subnetIds", props.subnetIds, "pass private subnets in at least two zones"),
    "subnet",
    "pass subnet ids (aws ec2 describe-subnets shows them)",
  );
  if (isConcrete(subnetIds) && subnetIds.length < 2) {
    throw invalidInput(ErrorCodes.REPLICAS, {
      component,
      property: "subnetIds",
      received: subnetIds,
      allowed: "private subnets in at least two availability zones",
      fix: "pass a private subnet of each zone: Multi-AZ failover needs a replica in another zone",
    });
  }
  const cidrs = requireCidrs(
    component,
    "subnetCidrs",
    requireValue(component, "subnetCidrs", props.subnetCidrs, "pass the CIDR blocks of the cache subnets"),
    "pass the cache subnets' CIDRs",
  );
  const clientSg = requireAwsId(
    component,
    "clientSecurityGroupId",
    requireValue(
      component,
      "clientSecurityGroupId",
      props.clientSecurityGroupId ?? props.api.endpoint.securityGroupId,
      "pass the security group of the API pods' network interfaces (the API endpoint has none in ingress-controller mode)",
    ),
    "securityGroup",
    "pass the id of the API pods' security group",
  );
  const groupId = replicationGroupIdOf(component, props.replicationGroupId, deploymentName);
  const engine = props.engine ?? CacheEngine.VALKEY;
  if (!Object.values(CacheEngine).includes(engine)) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "engine",
      received: engine,
      allowed: '"valkey" or "redis"',
      fix: "use CacheEngine.VALKEY",
    });
  }
  const engineVersion = engineVersionOf(component, engine, props.engineVersion);
  const nodeType = props.nodeType ?? "cache.t4g.medium";
  if (isConcrete(nodeType) && !/^cache\.[a-z0-9]+\.[a-z0-9]+$/.test(nodeType)) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "nodeType",
      received: nodeType,
      allowed: "an ElastiCache node type such as cache.t4g.medium or cache.r7g.large",
      fix: "remove nodeType for cache.t4g.medium",
    });
  }
  const nodes = requireIntegerInRange(
    ErrorCodes.REPLICAS,
    component,
    "nodeCount",
    props.nodeCount ?? 2,
    2,
    6,
    "keep at least a primary and a replica in another zone (Multi-AZ failover)",
  );
  const snapshots = requireIntegerInRange(
    ErrorCodes.RETENTION,
    component,
    "snapshotRetentionDays",
    props.snapshotRetentionDays ?? 7,
    1,
    35,
    "keep at least one daily snapshot",
  );
  const snapshotWindow = requireWindow(component, "snapshotWindow", props.snapshotWindow ?? "02:00-03:00", /^\d{2}:\d{2}-\d{2}:\d{2}$/);
  const maintenanceWindow = requireWindow(
    component,
    "maintenanceWindow",
    props.maintenanceWindow ?? "sun:04:00-sun:05:00",
    /^(mon|tue|wed|thu|fri|sat|sun):\d{2}:\d{2}-(mon|tue|wed|thu|fri|sat|sun):\d{2}:\d{2}$/,
  );
  const lengthProperty = props.passwordLength === undefined && props.tokenLength !== undefined ? "tokenLength" : "passwordLength";
  const passwordLength = requireIntegerInRange(
    ErrorCodes.KEY_LENGTH,
    component,
    lengthProperty,
    props.passwordLength ?? props.tokenLength ?? 64,
    MIN_CACHE_PASSWORD_LENGTH,
    MAX_CACHE_PASSWORD_LENGTH,
    `ElastiCache accepts at most ${MAX_CACHE_PASSWORD_LENGTH} characters and the library generates at least ${MIN_CACHE_PASSWORD_LENGTH}; remove ${lengthProperty} for 64`,
  );
  const rotationDays = requireIntegerInRange(
    ErrorCodes.ROTATION_SCHEDULE,
    component,
    "rotationDays",
    props.rotationDays ?? 30,
    1,
    90,
    "rotate at least every 90 days; remove rotationDays for the 30-day default",
  );
  const urlQuery = requireUrlQuery(component, props.urlQuery ?? DEFAULT_URL_QUERY);
  const logRetention = rotationLogRetentionDays(component, props.logRetentionDays, "keep cache and rotation logs at least a year");
  return {
    deploymentName,
    subnetIds,
    cidrs,
    clientSg,
    groupId,
    apiUserId: derivedId(groupId, "api"),
    defaultUserId: derivedId(groupId, "default-off"),
    userGroupId: derivedId(groupId, "users"),
    engine,
    engineVersion,
    nodeType,
    nodes,
    snapshots,
    snapshotWindow,
    maintenanceWindow,
    passwordLength,
    rotationDays,
    urlQuery,
    logRetention,
  };
}

/** The replication group id: explicit and valid, or derived from the deployment name. */
function replicationGroupIdOf(component: string, explicit: string | undefined, deploymentName: string): string {
  const valid = (id: string) => /^[a-z][a-z0-9-]*$/.test(id) && !id.includes("--") && !id.endsWith("-");
  if (explicit !== undefined) {
    if (Token.isUnresolved(explicit)) return explicit;
    if (!valid(explicit) || explicit.length > MAX_REPLICATION_GROUP_ID_LENGTH) {
      throw invalidInput(ErrorCodes.NAME, {
        component,
        property: "replicationGroupId",
        received: explicit,
        allowed: `lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen, at most ${MAX_REPLICATION_GROUP_ID_LENGTH} characters`,
        fix: "choose a shorter id, e.g. meshq-cache, or remove replicationGroupId for <deploymentName>-cache",
      });
    }
    return explicit;
  }
  if (Token.isUnresolved(deploymentName)) return `${deploymentName}-cache`;
  let id = `${deploymentName}-cache`.replace(/-+/g, "-");
  if (!/^[a-z]/.test(id)) id = `m${id}`;
  if (id.length > MAX_REPLICATION_GROUP_ID_LENGTH) id = `${id.slice(0, MAX_REPLICATION_GROUP_ID_LENGTH - 6).replace(/-+$/, "")}-cache`;
  return id;
}

/**
 * An id derived from the replication group's: `<group id>-<suffix>`, the group id shortened so that
 * the result stays within 40 characters. ElastiCache user and user group ids are unique in a
 * region of an account, as replication group ids are, so each cache gets its own.
 */
function derivedId(groupId: string, suffix: string): string {
  if (Token.isUnresolved(groupId)) return `${groupId}-${suffix}`;
  const room = MAX_REPLICATION_GROUP_ID_LENGTH - suffix.length - 1;
  return `${groupId.slice(0, room).replace(/-+$/, "")}-${suffix}`;
}

function engineVersionOf(component: string, engine: CacheEngine, explicit: string | undefined): string {
  const version = explicit ?? DEFAULT_VERSION[engine];
  if (!isConcrete(version)) return version;
  const match = /^(\d+)\.(\d+)$/.exec(version);
  const [minMajor, minMinor] = MIN_VERSION[engine];
  if (!match || Number(match[1]) < minMajor || (Number(match[1]) === minMajor && Number(match[2]) < minMinor)) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "engineVersion",
      received: version,
      allowed: `a major.minor version of ${engine}, ${minMajor}.${minMinor} or later (role-based access control and transit_encryption_mode "required")`,
      fix: `remove engineVersion for ${DEFAULT_VERSION[engine]}`,
    });
  }
  return version;
}

function requireWindow(component: string, property: string, value: string, pattern: RegExp): string {
  if (isConcrete(value) && !pattern.test(value)) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property,
      received: value,
      allowed:
        property === "snapshotWindow"
          ? "a UTC window hh:mm-hh:mm, e.g. 02:00-03:00"
          : "a UTC window ddd:hh:mm-ddd:hh:mm, e.g. sun:04:00-sun:05:00",
      fix: `remove ${property} for the default`,
    });
  }
  return value;
}

/** Client options that would switch certificate or host name verification off. */
const WEAKENING_OPTIONS =
  /(^|&)(ssl_cert_reqs=(none|optional)|ssl_check_hostname=(false|0|no|n|f)|ssl=false|tls=false|insecure[^&]*)(&|$)/i;

function requireUrlQuery(component: string, query: string): string {
  if (!isConcrete(query)) return query;
  if (query.startsWith("?") || /[#\s]/.test(query) || query.includes("${") || query.includes("%{") || WEAKENING_OPTIONS.test(query)) {
    throw invalidInput(ErrorCodes.SSL_MODE, {
      component,
      property: "urlQuery",
      received: query,
      allowed:
        "client options as a query string without '?', '#' or spaces, none of which switches certificate or host name verification off",
      fix: `remove urlQuery for "${DEFAULT_URL_QUERY}"`,
    });
  }
  return query;
}
