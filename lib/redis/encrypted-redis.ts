import { Token } from "../compat/core";
import { Construct } from "constructs";
import { CloudwatchLogGroup } from "../compat/aws/cloudwatch-log-group";
import { ElasticacheReplicationGroup } from "../compat/aws/elasticache-replication-group";
import { ElasticacheSubnetGroup } from "../compat/aws/elasticache-subnet-group";
import { SecretsmanagerSecretRotation } from "../compat/aws/secretsmanager-secret-rotation";
import { SecurityGroup } from "../compat/aws/security-group";
import { IMeshApi } from "../api/mesh-api";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes, invalidInput } from "../core/errors";
import { CustomerManagedKey } from "../core/kms";
import { terraformLiteral } from "../core/literal";
import { awsTags } from "../core/tags";
import { isConcrete, requireCidrs, requireIntegerInRange, requireValue } from "../core/tokens";
import { guardStack } from "../core/stack-guard";
import { NetworkEndpoint } from "../network/endpoint";
import { NetworkModel } from "../network/network-model";
import { ManagedSecret } from "../secrets/managed-secret";
import { ISecretSource } from "../secrets/secret-source";
import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH } from "./token-contract";
import { RotationVpcProps } from "../secrets/rotation-function";
import { CacheTokenRotationFunction } from "./token-rotation-function";

/** Port of the cache (TLS only). */
export const CACHE_PORT = 6379;

/** Longest ElastiCache replication group id. */
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

const DEFAULT_VERSION: Record<CacheEngine, string> = { [CacheEngine.VALKEY]: "8.0", [CacheEngine.REDIS]: "7.1" };
/** Oldest versions with AUTH token rotation and `transit_encryption_mode`. */
const MIN_VERSION: Record<CacheEngine, [number, number]> = { [CacheEngine.VALKEY]: [7, 2], [CacheEngine.REDIS]: [7, 0] };

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
  /** Length of the AUTH token, 32 to 128 letters and digits. @default 64 */
  readonly tokenLength?: number;
  /** Days between token rotations, 1 to 90. @default 30 */
  readonly rotationDays?: number;
  /**
   * Minutes the previous token stays valid after a rotation, 30 to 1440: long enough for External
   * Secrets to refresh (at most 15 minutes) and Reloader to restart the API.
   * @default 60
   */
  readonly tokenOverlapMinutes?: number;
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
  /** Days a deleted token secret can be restored (7 to 30). @default 30 */
  readonly recoveryWindowDays?: number;
  /** Break-glass administrators of the cache and secret keys. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /** Run the rotation function in a VPC. @default - outside a VPC (it calls only AWS APIs) */
  readonly rotationVpc?: RotationVpcProps;
}

/**
 * The API's cache: an ElastiCache replication group (Valkey by default) with in-transit
 * encryption required (no plaintext port), at-rest encryption and encrypted snapshots under a
 * customer-managed key, Multi-AZ with automatic failover, its own subnet group and security group
 * (6379 from the API pods only, through the network model), slow and engine logs to encrypted
 * CloudWatch log groups, and an AUTH token that is generated, set and rotated inside AWS by a
 * rotation function — never in Terraform configuration or state.
 *
 * The API receives a `rediss://` URL with certificate verification through its secret delivery
 * (External Secrets template, or the secret's ARN with SECRETS_PROVIDER=aws) and restarts when
 * the token rotates.
 */
export class EncryptedRedis extends Construct {
  /** The replication group (escape hatch). */
  public readonly resource: ElasticacheReplicationGroup;
  /** Encrypts the cache, its snapshots and its logs. */
  public readonly key: CustomerManagedKey;
  public readonly securityGroupId: string;
  public readonly endpoint: NetworkEndpoint;
  /** The AUTH token secret (JSON: password, host, port, url). */
  public readonly tokenSecret: ISecretSource;
  /** The secret with its key and resource policy. */
  public readonly secret: ManagedSecret;
  public readonly rotationFunction: CacheTokenRotationFunction;
  public readonly replicationGroupId: string;
  /** Host name of the primary. */
  public readonly primaryEndpointAddress: string;

  constructor(scope: Construct, id: string, props: EncryptedRedisProps) {
    super(scope, id);
    guardStack(this);
    const component = "EncryptedRedis";
    const api = props.api;
    const deploymentName = api.deploymentName;
    const ctx = AwsContext.of(this);
    requireValue(component, "vpcId", props.vpcId, "pass the VPC of the cache");
    const subnetIds = requireValue(component, "subnetIds", props.subnetIds, "pass private subnets in at least two zones");
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
    const clientSg = requireValue(
      component,
      "clientSecurityGroupId",
      props.clientSecurityGroupId ?? api.endpoint.securityGroupId,
      "pass the security group of the API pods' network interfaces (the API endpoint has none in ingress-controller mode)",
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
    const tokenLength = requireIntegerInRange(
      ErrorCodes.KEY_LENGTH,
      component,
      "tokenLength",
      props.tokenLength ?? 64,
      MIN_TOKEN_LENGTH,
      MAX_TOKEN_LENGTH,
      `ElastiCache accepts at most ${MAX_TOKEN_LENGTH} characters and the library generates at least ${MIN_TOKEN_LENGTH}; remove tokenLength for 64`,
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
    const overlap = requireIntegerInRange(
      ErrorCodes.ROTATION_SCHEDULE,
      component,
      "tokenOverlapMinutes",
      props.tokenOverlapMinutes ?? 60,
      30,
      1440,
      "leave the API time to pick up the new token (External Secrets refreshes every 15 minutes at most); remove it for 60",
    );
    const urlQuery = requireUrlQuery(component, props.urlQuery ?? DEFAULT_URL_QUERY);
    const logRetention = requireIntegerInRange(
      ErrorCodes.RETENTION,
      component,
      "logRetentionDays",
      props.logRetentionDays ?? 365,
      365,
      3653,
      "keep cache and rotation logs at least a year",
    );
    const tags = awsTags(deploymentName, "cache");
    this.replicationGroupId = groupId;

    this.key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the cache, its snapshots and logs of ${deploymentName}`,
      deploymentName,
      alias: `${deploymentName}/cache`,
      administratorArns: props.keyAdministratorArns,
    });
    // ElastiCache encrypts with the key on behalf of the principal that creates the group (a grant
    // made through the service); nobody may use it outside ElastiCache.
    this.key.grantViaService("UseThroughElastiCache", [ctx.accountRootArn], "elasticache", [
      "kms:Encrypt",
      "kms:Decrypt",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:CreateGrant",
      "kms:ListGrants",
      "kms:DescribeKey",
    ]);

    // ---- Network: its own subnet group and security group; 6379 from the API pods only ----
    const sg = new SecurityGroup(this, "SecurityGroup", {
      namePrefix: `${deploymentName}-cache-`,
      description: `Cache of ${deploymentName}: ${CACHE_PORT} (TLS) from the API pods only`,
      vpcId: props.vpcId,
      revokeRulesOnDelete: true,
      tags,
    });
    this.securityGroupId = sg.id;
    this.endpoint = new NetworkEndpoint({ name: `${deploymentName}-cache`, securityGroupId: sg.id, cidrs });
    // The API's NetworkPolicy egress to the cache subnets on 6379, the cache's ingress rule from
    // the API endpoint's security group when it has one, and from the pods' own group when it differs.
    NetworkModel.of(this).allowWorkload(
      api.endpoint,
      clientSg,
      `${deploymentName}-api-pods`,
      this.endpoint,
      { port: CACHE_PORT },
      "Cache (TLS, AUTH)",
    );
    const subnets = new ElasticacheSubnetGroup(this, "SubnetGroup", {
      name: `${groupId}-subnets`,
      description: `Private subnets of the cache of ${deploymentName}`,
      subnetIds,
      tags,
    });

    // ---- Logs ----
    const logGroups = (["slow-log", "engine-log"] as const).map((type) => {
      const name = `/aws/elasticache/${groupId}/${type}`;
      this.key.grantLogGroup(name);
      return {
        type,
        group: new CloudwatchLogGroup(this, type === "slow-log" ? "SlowLog" : "EngineLog", {
          name,
          retentionInDays: logRetention,
          kmsKeyId: this.key.keyArn,
          tags,
        }),
      };
    });

    // ---- The replication group: no auth_token here (it would be stored in state) ----
    this.resource = new ElasticacheReplicationGroup(this, "Resource", {
      replicationGroupId: groupId,
      description: `MeshOptixIQ cache of ${deploymentName}`,
      engine,
      engineVersion,
      nodeType,
      numCacheClusters: nodes,
      port: CACHE_PORT,
      clusterMode: "disabled",
      automaticFailoverEnabled: true,
      multiAzEnabled: true,
      transitEncryptionEnabled: true,
      transitEncryptionMode: "required",
      atRestEncryptionEnabled: "true",
      kmsKeyId: this.key.keyArn,
      subnetGroupName: subnets.name,
      securityGroupIds: [sg.id],
      snapshotRetentionLimit: snapshots,
      snapshotWindow,
      finalSnapshotIdentifier: `${groupId}-final`,
      maintenanceWindow,
      autoMinorVersionUpgrade: "true",
      applyImmediately: false,
      logDeliveryConfiguration: logGroups.map(({ type, group }) => ({
        destination: group.name,
        destinationType: "cloudwatch-logs",
        logFormat: "json",
        logType: type,
      })),
      tags,
    });
    this.primaryEndpointAddress = this.resource.primaryEndpointAddress;

    // ---- The AUTH token: an empty secret, filled and rotated by the function ----
    this.secret = new ManagedSecret(this, "TokenSecret", {
      deploymentName,
      secretName: `${deploymentName}/cache/auth-token`,
      description: `AUTH token of the cache ${groupId}; generated and rotated by ${groupId}-token-rotation`,
      component: "cache-auth-token",
      keyAlias: `${deploymentName}/cache/auth-token`,
      keyDescription: `Encrypts the cache AUTH token of ${deploymentName}`,
      keyAdministratorArns: props.keyAdministratorArns,
      recoveryWindowDays: props.recoveryWindowDays,
    });
    this.tokenSecret = this.secret;
    this.rotationFunction = new CacheTokenRotationFunction(this, "TokenRotation", {
      deploymentName,
      functionName: `${groupId}-token-rotation`,
      secretArn: this.secret.secretArn,
      key: this.secret.key,
      replicationGroupArn: this.resource.arn,
      logRetentionDays: logRetention,
      vpc: props.rotationVpc,
      environment: {
        REPLICATION_GROUP_ID: this.resource.replicationGroupId,
        TOKEN_LENGTH: String(tokenLength),
        SECRET_ARNS: this.secret.secretArn,
        CACHE_HOST: this.primaryEndpointAddress,
        CACHE_PORT: String(CACHE_PORT),
        URL_QUERY: terraformLiteral(urlQuery),
        OVERLAP_MINUTES: String(overlap),
        WAIT_SECONDS: "600",
        POLL_SECONDS: "15",
      },
    });
    this.secret.addWriter(this.rotationFunction.role.arn);
    const schedule = new SecretsmanagerSecretRotation(this, "Schedule", {
      secretId: this.secret.secretArn,
      rotationLambdaArn: this.rotationFunction.functionArn,
      rotationRules: { automaticallyAfterDays: rotationDays },
      // The first rotation sets the first token as soon as the group exists.
      rotateImmediately: true,
      dependsOn: [this.rotationFunction.permission, this.resource],
    });

    // ---- Delivery to the API ----
    // Created after the first rotation wrote the token, so the first sync finds AWSCURRENT.
    api.addSecretEnvironment(props.urlVariable ?? "REDIS_URL", this.secret, {
      secretName: `${deploymentName}-cache-url`,
      dependsOn: [schedule],
      fromJson: {
        properties: ["password"],
        template: `rediss://:{{ .password | urlquery }}@${this.primaryEndpointAddress}:${CACHE_PORT}/0?${urlQuery}`,
      },
    });
  }
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
      allowed: `a major.minor version of ${engine}, ${minMajor}.${minMinor} or later (AUTH token rotation and transit_encryption_mode "required")`,
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
