import { AlertTopic } from "../core/alert-topic";
import { IMeshApi } from "../core/mesh-api";
import { OptOut } from "../core/opt-out";

/** PostgreSQL port. */
export const POSTGRES_PORT = 5432;

/** Properties of {@link EncryptedPostgres}. */
export interface EncryptedPostgresProps {
  /** The API that uses the database: gets DATABASE_URL (TLS required) and the only path to it. */
  readonly api: IMeshApi;
  readonly vpcId: string;
  /** Private subnets in at least two zones. */
  readonly subnetIds: string[];
  /** CIDR blocks of those subnets (the API's egress NetworkPolicy admits 5432 to them). */
  readonly subnetCidrs: string[];
  /**
   * Security group of the API pods' network interfaces (the only allowed source of 5432).
   * @default - the API endpoint's security group (SecureMeshApi in ALB mode has one)
   */
  readonly clientSecurityGroupId?: string;
  /**
   * The RDS CA bundle (PEM, public: https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem).
   * With it the connection string uses `sslmode=verify-full`; without it `sslmode=require`
   * (encrypted, server not verified) and a warning.
   * @default - sslmode=require
   */
  readonly caBundlePem?: string;
  /** @default "16" */
  readonly engineVersion?: string;
  /** @default "db.t4g.medium" */
  readonly instanceClass?: string;
  /** GiB. @default 100 */
  readonly allocatedStorageGiB?: number;
  /** Days of automated backups (7 to 35). @default 14 */
  readonly backupRetentionDays?: number;
  /** @default "meshoptixiq" */
  readonly databaseName?: string;
  /** Break-glass key administrators. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /** Switch off Multi-AZ, with a recorded reason. @default - Multi-AZ */
  readonly multiAzOptOut?: OptOut;
  /** Switch off deletion protection, with a recorded reason. @default - protected */
  readonly deletionProtectionOptOut?: OptOut;
  /**
   * Subnets of the function that creates and rotates the API's database login roles: it connects to
   * the database, and to the Secrets Manager API (through a NAT gateway or an interface VPC
   * endpoint), from there.
   * @default - subnetIds
   */
  readonly rotationSubnetIds?: string[];
  /**
   * CIDRs of the VPC interface endpoints of Secrets Manager (and KMS) that the application user
   * rotation calls: its only egress on 443 besides 5432 to the database.
   * @default - 443 to any address
   */
  readonly awsApiCidrs?: string[];
  /**
   * Days between two rotations of the API's database password (1 to 90). Each rotation sets a new
   * password on the login role not in use; the other one keeps authenticating for
   * {@link EncryptedPostgresProps.previousUserValidHours}.
   * @default 30
   */
  readonly appUserRotationDays?: number;
  /**
   * Hours the previous login role still authenticates after a rotation (1 to 72): long enough for
   * External Secrets to deliver the new URL and the pods to restart; a leaked password stops working
   * at most this long after the next rotation (`aws secretsmanager rotate-secret` rotates at once).
   * @default 24
   */
  readonly previousUserValidHours?: number;
  /**
   * Where a failed rotation of the API's database password raises its alarm.
   * @default - a topic of the database's own, without subscriptions; HardenedMeshStack passes the stack's topic
   */
  readonly alertTopic?: AlertTopic;
}
