import { Annotations } from "../compat/core";
import { Construct } from "constructs";
import { DbInstance } from "../compat/aws/db-instance";
import { DbParameterGroup } from "../compat/aws/db-parameter-group";
import { DbSubnetGroup } from "../compat/aws/db-subnet-group";
import { IamRole } from "../compat/aws/iam-role";
import { IamRolePolicyAttachment } from "../compat/aws/iam-role-policy-attachment";
import { SecurityGroup } from "../compat/aws/security-group";
import { ConfigMapV1 } from "../compat/kubernetes/config-map-v1";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes } from "../core/errors";
import { serviceTrustPolicy } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { terraformLiterals } from "../core/literal";
import { recordOptOut } from "../core/opt-out";
import { guardStack } from "../core/stack-guard";
import { awsTags } from "../core/tags";
import { NetworkEndpoint } from "../core/endpoint";
import { addressUnder } from "../network/moved";
import { NetworkModel } from "../network/network-model";
import { ISecretSource } from "../secrets/secret-source";
import { EncryptedPostgresProps, POSTGRES_PORT } from "./encrypted-postgres-props";
import { PostgresSettings, postgresSettingsOf } from "./postgres-settings";
import { RdsMasterSecret } from "./rds-master-secret";

export * from "./encrypted-postgres-props";

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
 */
export class EncryptedPostgres extends Construct {
  public readonly resource: DbInstance;
  public readonly key: CustomerManagedKey;
  public readonly securityGroupId: string;
  /** The RDS-managed master secret (JSON with username and password). */
  public readonly masterSecret: ISecretSource;
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
    this.deliver(props, settings);
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

  /** The API's connection string, and the RDS CA mounted for it. */
  private deliver(props: EncryptedPostgresProps, settings: PostgresSettings): void {
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
    props.api.addSecretEnvironment("DATABASE_URL", this.masterSecret, {
      secretName: `${deploymentName}-database-url`,
      fromJson: {
        properties: ["username", "password"],
        template: `postgresql://{{ .username | urlquery }}:{{ .password | urlquery }}@${this.resource.address}:${POSTGRES_PORT}/${dbName}?${sslQuery}`,
      },
    });
  }
}
