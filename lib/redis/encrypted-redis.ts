import { Construct } from "constructs";
import { CloudwatchLogGroup } from "../compat/aws/cloudwatch-log-group";
import { ElasticacheReplicationGroup } from "../compat/aws/elasticache-replication-group";
import { ElasticacheSubnetGroup } from "../compat/aws/elasticache-subnet-group";
import { SecretsmanagerSecretRotation } from "../compat/aws/secretsmanager-secret-rotation";
import { SecurityGroup } from "../compat/aws/security-group";
import { AwsContext } from "../core/aws-context";
import { CustomerManagedKey } from "../core/kms";
import { terraformLiteral } from "../core/literal";
import { awsTags } from "../core/tags";
import { guardStack } from "../core/stack-guard";
import { NetworkEndpoint } from "../core/endpoint";
import { NetworkModel } from "../network/network-model";
import { ManagedSecret } from "../secrets/managed-secret";
import { ISecretSource } from "../secrets/secret-source";
import { CacheSettings, cacheSettingsOf } from "./cache-settings";
import { CACHE_PORT, EncryptedRedisProps } from "./encrypted-redis-props";
import { CacheTokenRotationFunction } from "./token-rotation-function";

export * from "./encrypted-redis-props";

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
 * the token rotates. Read access to the token for other roles: `tokenSecret.grantRead`.
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
  private readonly settings: CacheSettings;
  private readonly tags: Record<string, string>;

  constructor(scope: Construct, id: string, props: EncryptedRedisProps) {
    super(scope, id);
    guardStack(this);
    this.settings = cacheSettingsOf(props);
    const { deploymentName, groupId } = this.settings;
    this.tags = awsTags(deploymentName, "cache");
    this.replicationGroupId = groupId;
    this.key = this.cacheKey(props);

    // ---- Network: its own subnet group and security group; 6379 from the API pods only ----
    const sg = new SecurityGroup(this, "SecurityGroup", {
      namePrefix: `${deploymentName}-cache-`,
      description: `Cache of ${deploymentName}: ${CACHE_PORT} (TLS) from the API pods only`,
      vpcId: props.vpcId,
      revokeRulesOnDelete: true,
      tags: this.tags,
    });
    this.securityGroupId = sg.id;
    this.endpoint = new NetworkEndpoint({ name: `${deploymentName}-cache`, securityGroupId: sg.id, cidrs: this.settings.cidrs });
    // The API's NetworkPolicy egress to the cache subnets on 6379, the cache's ingress rule from
    // the API endpoint's security group when it has one, and from the pods' own group when it differs.
    NetworkModel.of(this).allowWorkload(
      props.api.endpoint,
      this.settings.clientSg,
      `${deploymentName}-api-pods`,
      this.endpoint,
      { port: CACHE_PORT },
      "Cache (TLS, AUTH)",
    );

    this.resource = this.replicationGroup(sg.id);
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
    this.rotationFunction = this.tokenRotation(props);
    const schedule = new SecretsmanagerSecretRotation(this, "Schedule", {
      secretId: this.secret.secretArn,
      rotationLambdaArn: this.rotationFunction.functionArn,
      rotationRules: { automaticallyAfterDays: this.settings.rotationDays },
      // The first rotation sets the first token as soon as the group exists.
      rotateImmediately: true,
      dependsOn: [this.rotationFunction.permission, this.resource],
    });

    // ---- Delivery to the API ----
    // Created after the first rotation wrote the token, so the first sync finds AWSCURRENT.
    props.api.addSecretEnvironment(props.urlVariable ?? "REDIS_URL", this.secret, {
      secretName: `${deploymentName}-cache-url`,
      dependsOn: [schedule],
      fromJson: {
        properties: ["password"],
        template: `rediss://:{{ .password | urlquery }}@${this.primaryEndpointAddress}:${CACHE_PORT}/0?${this.settings.urlQuery}`,
      },
    });
  }

  /** The cache's customer-managed key, usable through ElastiCache only. */
  private cacheKey(props: EncryptedRedisProps): CustomerManagedKey {
    const { deploymentName } = this.settings;
    const key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the cache, its snapshots and logs of ${deploymentName}`,
      deploymentName,
      alias: `${deploymentName}/cache`,
      administratorArns: props.keyAdministratorArns,
    });
    // ElastiCache encrypts with the key on behalf of the principal that creates the group (a grant
    // made through the service); nobody may use it outside ElastiCache.
    key.grantViaService("UseThroughElastiCache", [AwsContext.of(this).accountRootArn], "elasticache", [
      "kms:Encrypt",
      "kms:Decrypt",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:CreateGrant",
      "kms:ListGrants",
      "kms:DescribeKey",
    ]);
    return key;
  }

  /** The subnet group, the log groups and the replication group: no auth_token here (it would be stored in state). */
  private replicationGroup(securityGroupId: string): ElasticacheReplicationGroup {
    const { deploymentName, groupId, logRetention } = this.settings;
    const tags = this.tags;
    const subnets = new ElasticacheSubnetGroup(this, "SubnetGroup", {
      name: `${groupId}-subnets`,
      description: `Private subnets of the cache of ${deploymentName}`,
      subnetIds: this.settings.subnetIds,
      tags,
    });
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
    return new ElasticacheReplicationGroup(this, "Resource", {
      replicationGroupId: groupId,
      description: `MeshOptixIQ cache of ${deploymentName}`,
      engine: this.settings.engine,
      engineVersion: this.settings.engineVersion,
      nodeType: this.settings.nodeType,
      numCacheClusters: this.settings.nodes,
      port: CACHE_PORT,
      clusterMode: "disabled",
      automaticFailoverEnabled: true,
      multiAzEnabled: true,
      transitEncryptionEnabled: true,
      transitEncryptionMode: "required",
      atRestEncryptionEnabled: "true",
      kmsKeyId: this.key.keyArn,
      subnetGroupName: subnets.name,
      securityGroupIds: [securityGroupId],
      snapshotRetentionLimit: this.settings.snapshots,
      snapshotWindow: this.settings.snapshotWindow,
      finalSnapshotIdentifier: `${groupId}-final`,
      maintenanceWindow: this.settings.maintenanceWindow,
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
  }

  /** The function that generates, sets and rotates the token; admitted as the secret's writer. */
  private tokenRotation(props: EncryptedRedisProps): CacheTokenRotationFunction {
    const { deploymentName, groupId } = this.settings;
    const fn = new CacheTokenRotationFunction(this, "TokenRotation", {
      deploymentName,
      functionName: `${groupId}-token-rotation`,
      secretArn: this.secret.secretArn,
      key: this.secret.key,
      replicationGroupArn: this.resource.arn,
      logRetentionDays: this.settings.logRetention,
      vpc: props.rotationVpc,
      environment: {
        REPLICATION_GROUP_ID: this.resource.replicationGroupId,
        TOKEN_LENGTH: String(this.settings.tokenLength),
        SECRET_ARNS: this.secret.secretArn,
        CACHE_HOST: this.primaryEndpointAddress,
        CACHE_PORT: String(CACHE_PORT),
        URL_QUERY: terraformLiteral(this.settings.urlQuery),
        OVERLAP_MINUTES: String(this.settings.overlap),
        WAIT_SECONDS: "600",
        POLL_SECONDS: "15",
      },
    });
    this.secret.addWriter(fn.role.arn);
    return fn;
  }
}
