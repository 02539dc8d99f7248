import { Construct } from "constructs";
import { Annotations } from "../compat/core";
import { CloudwatchLogGroup } from "../compat/aws/cloudwatch-log-group";
import { ElasticacheReplicationGroup } from "../compat/aws/elasticache-replication-group";
import { ElasticacheSubnetGroup } from "../compat/aws/elasticache-subnet-group";
import { ElasticacheUser } from "../compat/aws/elasticache-user";
import { ElasticacheUserGroup } from "../compat/aws/elasticache-user-group";
import { cacheUsers } from "./cache-users";
import { SecretsmanagerSecretRotation } from "../compat/aws/secretsmanager-secret-rotation";
import { SecurityGroup } from "../compat/aws/security-group";
import { AlertTopic } from "../core/alert-topic";
import { AwsContext } from "../core/aws-context";
import { CustomerManagedKey } from "../core/kms";
import { terraformLiteral } from "../core/literal";
import { awsTags } from "../core/tags";
import { guardStack } from "../core/stack-guard";
import { NetworkEndpoint } from "../core/endpoint";
import { NetworkModel } from "../network/network-model";
import { cacheAccessString, CACHE_API_USER_NAME } from "../policy/cache-users";
import { ManagedSecret } from "../secrets/managed-secret";
import { ISecretSource } from "../secrets/secret-source";
import { CacheSettings, cacheSettingsOf } from "./cache-settings";
import { CACHE_PORT, EncryptedRedisProps } from "./encrypted-redis-props";
import { CachePasswordRotationFunction } from "./password-rotation-function";

export * from "./encrypted-redis-props";

/**
 * The API's cache: an ElastiCache replication group (Valkey by default) with in-transit
 * encryption required (no plaintext port), at-rest encryption and encrypted snapshots under a
 * customer-managed key, Multi-AZ with automatic failover, its own subnet group and security group
 * (6379 from the API pods only, through the network model), slow and engine logs to encrypted
 * CloudWatch log groups, and role-based access control from its creation: a user group whose
 * `default` user is off and whose API user is created off, without a password. A rotation function
 * inside AWS generates the API user's password, enables the user and rotates the password with a
 * two-password overlap — never in Terraform configuration or state. A failed rotation raises an
 * alarm on the alert topic.
 *
 * The API receives a `rediss://` URL with the user name, its password and certificate verification
 * through its secret delivery (External Secrets template, or the secret's ARN with
 * SECRETS_PROVIDER=aws) and restarts when the password rotates. Read access to the credential for
 * other roles: `tokenSecret.grantRead`.
 */
export class EncryptedRedis extends Construct {
  /** The replication group (escape hatch). */
  public readonly resource: ElasticacheReplicationGroup;
  /** Encrypts the cache, its snapshots and its logs. */
  public readonly key: CustomerManagedKey;
  public readonly securityGroupId: string;
  public readonly endpoint: NetworkEndpoint;
  /** The API user: created off without a password; enabled by the rotation function. */
  public readonly apiUser: ElasticacheUser;
  /** The replacement of the mandatory `default` user: always off. */
  public readonly defaultUser: ElasticacheUser;
  /** The user group attached to the replication group at its creation. */
  public readonly userGroup: ElasticacheUserGroup;
  /** The API user's credential secret (JSON: username, password, host, port, url). */
  public readonly tokenSecret: ISecretSource;
  /** The secret with its key and resource policy. */
  public readonly secret: ManagedSecret;
  public readonly rotationFunction: CachePasswordRotationFunction;
  /** Where a failed rotation is reported. */
  public readonly alertTopic: AlertTopic;
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
    if (props.tokenOverlapMinutes !== undefined) {
      Annotations.of(this).addWarning(
        "EncryptedRedis: tokenOverlapMinutes is ignored: the previous password stays valid until the next rotation (ElastiCache users hold two passwords); remove it",
      );
    }

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

    // ---- Authentication from creation: the users and their group, then the replication group ----
    const { apiUser, defaultUser, userGroup } = cacheUsers(this, this.settings, this.tags);
    this.apiUser = apiUser;
    this.defaultUser = defaultUser;
    this.userGroup = userGroup;
    this.resource = this.replicationGroup(sg.id, userGroup);
    this.primaryEndpointAddress = this.resource.primaryEndpointAddress;

    // ---- The API user's credential: an empty secret, filled and rotated by the function ----
    // The construct id and the name are those of the earlier AUTH-token design: the secret is kept.
    this.secret = new ManagedSecret(this, "TokenSecret", {
      deploymentName,
      secretName: `${deploymentName}/cache/auth-token`,
      description: `Password of the cache user ${CACHE_API_USER_NAME} of ${groupId}; generated and rotated by ${groupId}-token-rotation`,
      component: "cache-auth-token",
      keyAlias: `${deploymentName}/cache/auth-token`,
      keyDescription: `Encrypts the cache AUTH token of ${deploymentName}`,
      keyAdministratorArns: props.keyAdministratorArns,
      recoveryWindowDays: props.recoveryWindowDays,
    });
    this.tokenSecret = this.secret;
    this.alertTopic =
      props.alertTopic ?? new AlertTopic(this, "Alerts", { deploymentName, keyAdministratorArns: props.keyAdministratorArns });
    this.rotationFunction = this.passwordRotation(props);
    const schedule = new SecretsmanagerSecretRotation(this, "Schedule", {
      secretId: this.secret.secretArn,
      rotationLambdaArn: this.rotationFunction.functionArn,
      rotationRules: { automaticallyAfterDays: this.settings.rotationDays },
      // The first rotation enables the API user as soon as the group exists.
      rotateImmediately: true,
      dependsOn: [this.rotationFunction.permission, this.resource],
    });

    // ---- Delivery to the API ----
    // Created after the first rotation wrote the password, so the first sync finds AWSCURRENT.
    props.api.addSecretEnvironment(props.urlVariable ?? "REDIS_URL", this.secret, {
      secretName: `${deploymentName}-cache-url`,
      dependsOn: [schedule],
      fromJson: {
        properties: ["password"],
        template: `rediss://${CACHE_API_USER_NAME}:{{ .password | urlquery }}@${this.primaryEndpointAddress}:${CACHE_PORT}/0?${this.settings.urlQuery}`,
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

  /** The subnet group, the log groups and the replication group: its user group from creation, and no auth_token. */
  private replicationGroup(securityGroupId: string, userGroup: ElasticacheUserGroup): ElasticacheReplicationGroup {
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
      userGroupIds: [userGroup.userGroupId],
      logDeliveryConfiguration: logGroups.map(({ type, group }) => ({
        destination: group.name,
        destinationType: "cloudwatch-logs",
        logFormat: "json",
        logType: type,
      })),
      tags,
    });
  }

  /** The function that generates, sets and rotates the API user's password; admitted as the secret's writer. */
  private passwordRotation(props: EncryptedRedisProps): CachePasswordRotationFunction {
    const { deploymentName, groupId } = this.settings;
    const fn = new CachePasswordRotationFunction(this, "TokenRotation", {
      deploymentName,
      // The name of the earlier AUTH-token design: it also names the function's log group, which is kept.
      functionName: `${groupId}-token-rotation`,
      secretArn: this.secret.secretArn,
      key: this.secret.key,
      userArn: this.apiUser.arn,
      userGroupArn: this.userGroup.arn,
      logRetentionDays: this.settings.logRetention,
      vpc: props.rotationVpc,
      alertTopic: this.alertTopic,
      environment: {
        USER_ID: this.apiUser.userId,
        USER_NAME: CACHE_API_USER_NAME,
        USER_GROUP_ID: this.userGroup.userGroupId,
        REPLICATION_GROUP_ID: this.resource.replicationGroupId,
        ACCESS_STRING: cacheAccessString(true),
        PASSWORD_LENGTH: String(this.settings.passwordLength),
        SECRET_ARNS: this.secret.secretArn,
        CACHE_HOST: this.primaryEndpointAddress,
        CACHE_PORT: String(CACHE_PORT),
        URL_QUERY: terraformLiteral(this.settings.urlQuery),
        WAIT_SECONDS: "600",
        POLL_SECONDS: "15",
      },
    });
    this.secret.addWriter(fn.role.arn);
    return fn;
  }
}
