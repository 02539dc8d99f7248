import { Annotations } from "../compat/core";
import { Construct } from "constructs";
import { DbInstance } from "../compat/aws/db-instance";
import { DbParameterGroup } from "../compat/aws/db-parameter-group";
import { DbSubnetGroup } from "../compat/aws/db-subnet-group";
import { SecretsmanagerSecretRotation } from "../compat/aws/secretsmanager-secret-rotation";
import { IamRole } from "../compat/aws/iam-role";
import { IamRolePolicy } from "../compat/aws/iam-role-policy";
import { IamRolePolicyAttachment } from "../compat/aws/iam-role-policy-attachment";
import { SecurityGroup } from "../compat/aws/security-group";
import { ConfigMapV1 } from "../compat/kubernetes/config-map-v1";
import { AlertTopic } from "../core/alert-topic";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes } from "../core/errors";
import { granteeFromRole, serviceTrustPolicy } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { terraformLiterals } from "../core/literal";
import { recordOptOut } from "../core/opt-out";
import { guardStack } from "../core/stack-guard";
import { awsTags } from "../core/tags";
import { NetworkEndpoint } from "../core/endpoint";
import { addressUnder } from "../network/moved";
import { NetworkModel } from "../network/network-model";
import { ManagedSecret } from "../secrets/managed-secret";
import { rotationLogRetentionDays } from "../secrets/rotation-log-retention";
import { ISecretSource } from "../secrets/secret-source";
import { PostgresAppUserRotationFunction } from "./app-user-rotation-function";
import { EncryptedPostgresProps, POSTGRES_PORT } from "./encrypted-postgres-props";
import { PostgresSettings, postgresSettingsOf } from "./postgres-settings";
import { RdsMasterSecret } from "./rds-master-secret";

export * from "./encrypted-postgres-props";

/** The group role that holds the API's rights in the database; its login roles are `<role>_a` and `<role>_b`. */
export const POSTGRES_APP_ROLE = "meshq_app";
/** The schema the API's objects live in (owned by the master user; the application role may use it and create in it). */
export const POSTGRES_APP_SCHEMA = "meshoptixiq";
/**
 * The Lambda runtime's CA bundle, which holds the RDS certificate authorities; Node.js runtimes from
 * 20 on load it only when NODE_EXTRA_CA_CERTS names it.
 */
const LAMBDA_RUNTIME_CA_BUNDLE = "/var/runtime/ca-cert.pem";

/** What the database instance is built from besides the properties. */
interface DatabaseOptions {
  readonly settings: PostgresSettings;
  readonly securityGroupId: string;
  readonly singleAz: boolean;
  readonly unprotected: boolean;
  readonly tags: Record<string, string>;
}

/**
 * PostgreSQL backend (the alternative to Neo4j, security guide §12.6): RDS PostgreSQL encrypted
 * with a customer-managed key, `rds.force_ssl=1`, a connection string that requires TLS
 * (`verify-full` with the RDS CA), an RDS-managed master password rotated by RDS independently of
 * the API key, IAM authentication, private, Multi-AZ, deletion protection, backups, Performance
 * Insights, enhanced monitoring and log exports, reachable on 5432 from the API only.
 *
 * The API never connects as the master user: its connection string names a login role of a
 * least-privilege application role (its own schema, nothing more), which a rotation function in
 * the VPC creates and rotates inside AWS as the master user, alternating two login roles so that a
 * rotation never cuts the running pods off. The password exists only in Secrets Manager and the
 * database (as a SCRAM verifier): never in Terraform configuration or state.
 */
export class EncryptedPostgres extends Construct {
  public readonly resource: DbInstance;
  public readonly key: CustomerManagedKey;
  public readonly securityGroupId: string;
  /** The RDS-managed master secret (JSON with username and password): read by the rotation function only. */
  public readonly masterSecret: ISecretSource;
  /** The API's credential (JSON: engine, host, port, dbname, username, password, masterarn), filled and rotated by {@link EncryptedPostgres.appUserRotation}. */
  public readonly appUserSecret: ManagedSecret;
  /** Creates the application role and rotates its login roles' passwords, connected as the master user. */
  public readonly appUserRotation: PostgresAppUserRotationFunction;
  /** Where a failed rotation is reported. */
  public readonly alertTopic: AlertTopic;
  public readonly endpoint: NetworkEndpoint;

  constructor(scope: Construct, id: string, props: EncryptedPostgresProps) {
    super(scope, id);
    guardStack(this);
    const component = "EncryptedPostgres";
    const settings = postgresSettingsOf(props);
    const { deploymentName } = settings;
    const singleAz = recordOptOut(this, component, "multiAzOptOut", props.multiAzOptOut);
    const unprotected = recordOptOut(this, component, "deletionProtectionOptOut", props.deletionProtectionOptOut);
    const tags = awsTags(deploymentName, "postgres");

    this.key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the PostgreSQL storage, master secret and Performance Insights of ${deploymentName}`,
      deploymentName,
      alias: `${deploymentName}/postgres`,
      administratorArns: props.keyAdministratorArns,
    });
    this.key.resource.addOverride("lifecycle.prevent_destroy", !unprotected);

    const sg = new SecurityGroup(this, "SecurityGroup", {
      namePrefix: `${deploymentName}-postgres-`,
      description: `PostgreSQL of ${deploymentName}: 5432 from the API only`,
      vpcId: props.vpcId,
      revokeRulesOnDelete: true,
      tags,
    });
    this.securityGroupId = sg.id;
    this.endpoint = new NetworkEndpoint({ name: `${deploymentName}-postgres`, securityGroupId: sg.id, cidrs: settings.cidrs });
    // The API's NetworkPolicy egress to the subnets, the database's ingress rule from the API
    // endpoint's security group when it has one, and from the pods' own group when it differs.
    const fromPods = NetworkModel.of(this).allowWorkload(
      props.api.endpoint,
      settings.clientSg,
      `${deploymentName}-api-pods`,
      this.endpoint,
      { port: POSTGRES_PORT },
      "PostgreSQL",
    );
    // That rule was written here before the model wrote it: its state moves along.
    fromPods?.moveFromId(addressUnder(this, "IngressFromApi", "aws_security_group_rule"));

    this.resource = this.database(props, { settings, securityGroupId: sg.id, singleAz, unprotected, tags });
    this.masterSecret = new RdsMasterSecret(this, "MasterSecret", {
      secretArn: this.resource.masterUserSecret.get(0).secretArn,
      key: this.key,
    });
    this.alertTopic =
      props.alertTopic ?? new AlertTopic(this, "Alerts", { deploymentName, keyAdministratorArns: props.keyAdministratorArns });
    const { secret, rotation, schedule } = this.applicationUser(props, settings);
    this.appUserSecret = secret;
    this.appUserRotation = rotation;
    this.deliver(props, settings, schedule);
  }

  /**
   * The API's credential: an empty secret of its own, filled and rotated by a function in the VPC
   * that reads the master secret and connects to the database (5432 from its own security group).
   */
  private applicationUser(
    props: EncryptedPostgresProps,
    settings: PostgresSettings,
  ): { secret: ManagedSecret; rotation: PostgresAppUserRotationFunction; schedule: SecretsmanagerSecretRotation } {
    const { deploymentName, dbName } = settings;
    const secret = new ManagedSecret(this, "AppUserSecret", {
      deploymentName,
      secretName: `${deploymentName}/postgres/app-user`,
      description: `PostgreSQL login of the API of ${deploymentName} (application role ${POSTGRES_APP_ROLE}); generated and rotated by ${deploymentName}-postgres-app-rotation`,
      component: "postgres-app-user",
      keyAlias: `${deploymentName}/postgres/app-user`,
      keyDescription: `Encrypts the PostgreSQL application user secret of ${deploymentName}`,
      keyAdministratorArns: props.keyAdministratorArns,
    });
    const rotation = new PostgresAppUserRotationFunction(this, "AppUserRotation", {
      deploymentName,
      // Lambda names hold at most 64 characters (a deployment name up to 63)
      functionName: `${deploymentName}-postgres-app-rotation`.slice(0, 64),
      secretArn: secret.secretArn,
      key: secret.key,
      logRetentionDays: rotationLogRetentionDays("EncryptedPostgres", undefined, "keep rotation logs at least a year"),
      vpc: { vpcId: props.vpcId, subnetIds: settings.rotationSubnetIds, awsApiCidrs: props.awsApiCidrs },
      awsApiCidrsProperty: "awsApiCidrs",
      alertTopic: this.alertTopic,
      environment: {
        SECRET_ARNS: secret.secretArn,
        MASTER_SECRET_ARN: this.masterSecret.secretArn,
        DB_HOST: this.resource.address,
        DB_PORT: String(POSTGRES_PORT),
        DB_NAME: dbName,
        APP_ROLE: POSTGRES_APP_ROLE,
        APP_SCHEMA: POSTGRES_APP_SCHEMA,
        PASSWORD_LENGTH: "64",
        PREVIOUS_VALID_HOURS: String(settings.previousValidHours),
        NODE_EXTRA_CA_CERTS: LAMBDA_RUNTIME_CA_BUNDLE,
      },
    });
    const reader = granteeFromRole(rotation.role.arn, rotation.role.name, "app-user-rotation");
    this.masterSecret.grantRead(reader);
    // The first rotation runs at apply: after the function may read the master secret.
    const readMaster = this.node.findChild(`Read-${reader.grantId}`) as IamRolePolicy;
    // The function connects as the master user: 5432 from its own security group.
    const rules = NetworkModel.of(this).allow(rotation.endpoint!, this.endpoint, { port: POSTGRES_PORT }, "Application user rotation");
    const schedule = new SecretsmanagerSecretRotation(this, "AppUserRotationSchedule", {
      secretId: secret.secretArn,
      rotationLambdaArn: rotation.functionArn,
      rotationRules: { automaticallyAfterDays: settings.rotationDays },
      // The first rotation creates the application role as soon as the database and the path to it exist.
      rotateImmediately: true,
      dependsOn: [rotation.permission, this.resource, readMaster, ...[rules.ingress, rules.egress].filter((r) => r !== undefined)],
    });
    secret.addRotator(rotation.role.arn, schedule);
    return { secret, rotation, schedule };
  }

  /** The subnet group, the parameter group, the monitoring role and the instance. */
  private database(props: EncryptedPostgresProps, options: DatabaseOptions): DbInstance {
    const { settings, singleAz, unprotected, tags } = options;
    const { deploymentName, subnetIds, storage, dbName, backups } = settings;
    const ctx = AwsContext.of(this);
    const subnets = new DbSubnetGroup(this, "SubnetGroup", {
      namePrefix: `${deploymentName}-postgres-`,
      subnetIds,
      description: "Private subnets of the MeshOptixIQ database",
      tags,
    });
    const engineVersion = props.engineVersion ?? "16";
    const params = new DbParameterGroup(this, "Parameters", {
      namePrefix: `${deploymentName}-postgres-`,
      family: `postgres${engineVersion.split(".")[0]}`,
      description: "TLS required; DDL and slow statements logged",
      parameter: [
        { name: "rds.force_ssl", value: "1", applyMethod: "pending-reboot" },
        { name: "ssl_min_protocol_version", value: "TLSv1.2", applyMethod: "pending-reboot" },
        { name: "log_statement", value: "ddl" },
        { name: "log_min_duration_statement", value: "1000" },
        { name: "log_connections", value: "1" },
      ],
      tags,
      lifecycle: { createBeforeDestroy: true },
    });

    const monitoring = new IamRole(this, "MonitoringRole", {
      namePrefix: `${deploymentName}-rds-mon-`,
      assumeRolePolicy: serviceTrustPolicy("monitoring.rds.amazonaws.com", ctx.accountId),
      tags,
    });
    new IamRolePolicyAttachment(this, "MonitoringPolicy", {
      role: monitoring.name,
      policyArn: `arn:${ctx.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole`,
    });

    return new DbInstance(this, "Resource", {
      identifierPrefix: `${deploymentName}-`,
      engine: "postgres",
      engineVersion,
      instanceClass: props.instanceClass ?? "db.t4g.medium",
      allocatedStorage: storage,
      maxAllocatedStorage: storage * 4,
      storageType: "gp3",
      storageEncrypted: true,
      kmsKeyId: this.key.keyArn,
      dbName,
      username: "meshq_admin",
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: this.key.keyArn,
      iamDatabaseAuthenticationEnabled: true,
      dbSubnetGroupName: subnets.name,
      vpcSecurityGroupIds: [options.securityGroupId],
      parameterGroupName: params.name,
      publiclyAccessible: false,
      multiAz: !singleAz,
      deletionProtection: !unprotected,
      backupRetentionPeriod: backups,
      copyTagsToSnapshot: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${deploymentName}-postgres-final`,
      autoMinorVersionUpgrade: true,
      caCertIdentifier: "rds-ca-rsa2048-g1",
      performanceInsightsEnabled: true,
      performanceInsightsKmsKeyId: this.key.keyArn,
      monitoringInterval: 60,
      monitoringRoleArn: monitoring.arn,
      enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
      applyImmediately: false,
      tags,
      lifecycle: { preventDestroy: !unprotected },
    });
  }

  /** The API's connection string (the application user's, never the master's), and the RDS CA mounted for it. */
  private deliver(props: EncryptedPostgresProps, settings: PostgresSettings, firstRotation: SecretsmanagerSecretRotation): void {
    const { deploymentName, dbName } = settings;
    // The API's connection string: TLS required, verify-full with the RDS CA.
    let sslQuery = "sslmode=require";
    if (props.caBundlePem) {
      const ca = new ConfigMapV1(this, "CaBundle", {
        metadata: { name: `${deploymentName}-rds-ca`, namespace: props.api.namespaceRef },
        data: terraformLiterals({ "rds-ca.pem": props.caBundlePem }),
      });
      props.api.addConfigMapMount("rds-ca", ca.metadata.name, "/etc/meshoptixiq/rds-ca");
      sslQuery = "sslmode=verify-full&sslrootcert=/etc/meshoptixiq/rds-ca/rds-ca.pem";
    } else {
      Annotations.of(this).addWarning(
        `[${ErrorCodes.SSL_MODE}] EncryptedPostgres: no caBundlePem, so the connection uses sslmode=require (encrypted, server certificate not verified). Pass the RDS CA bundle for sslmode=verify-full.`,
      );
    }
    // Created after the first rotation wrote the credential, so the first sync finds AWSCURRENT.
    props.api.addSecretEnvironment("DATABASE_URL", this.appUserSecret, {
      secretName: `${deploymentName}-database-url`,
      dependsOn: [firstRotation],
      fromJson: {
        properties: ["username", "password"],
        template: `postgresql://{{ .username | urlquery }}:{{ .password | urlquery }}@${this.resource.address}:${POSTGRES_PORT}/${dbName}?${sslQuery}`,
      },
    });
  }
}
