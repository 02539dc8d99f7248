import { ErrorCodes } from "../core/errors";
import {
  requireCertificatePem,
  requireAwsId,
  requireAwsIds,
  requireCidrs,
  requireDnsLabel,
  requireIntegerInRange,
  requireSameCount,
  requireSubnets,
  requireValue,
} from "../core/validators";
import { EncryptedPostgresProps } from "./encrypted-postgres-props";

/** The validated settings of an {@link EncryptedPostgres}, with their defaults applied. */
export interface PostgresSettings {
  readonly deploymentName: string;
  readonly subnetIds: string[];
  readonly cidrs: string[];
  readonly clientSg: string;
  readonly dbName: string;
  readonly backups: number;
  readonly storage: number;
  readonly rotationSubnetIds: string[];
  readonly rotationDays: number;
  readonly previousValidHours: number;
}

/** Validates the properties of an {@link EncryptedPostgres} and applies the defaults. */
export function postgresSettingsOf(props: EncryptedPostgresProps): PostgresSettings {
  const component = "EncryptedPostgres";
  const deploymentName = props.api.deploymentName;
  requireAwsId(
    component,
    "vpcId",
    requireValue(component, "vpcId", props.vpcId, "pass the VPC of the database"),
    "vpc",
    "pass the id of the database's VPC",
  );
  const subnetIds = requireSubnets(
    component,
    "subnetIds",
    requireValue(component, "subnetIds", props.subnetIds, "pass private subnets in at least two zones"),
    2,
    "pass private subnets in at least two availability zones: an RDS subnet group refuses fewer",
  );
  const cidrs = requireCidrs(
    component,
    "subnetCidrs",
    requireValue(component, "subnetCidrs", props.subnetCidrs, "pass the CIDR blocks of the database subnets"),
    "pass the database subnets' CIDRs",
  );
  requireSameCount(component, "subnetIds", subnetIds, "subnetCidrs", cidrs);
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
  const dbName = requireDnsLabel(component, "databaseName", props.databaseName ?? "meshoptixiq").replace(/-/g, "_");
  const backups = requireIntegerInRange(
    ErrorCodes.RETENTION,
    component,
    "backupRetentionDays",
    props.backupRetentionDays ?? 14,
    7,
    35,
    "keep at least 7 days of automated backups",
  );
  const storage = requireIntegerInRange(
    ErrorCodes.RETENTION,
    component,
    "allocatedStorageGiB",
    props.allocatedStorageGiB ?? 100,
    20,
    65536,
    "use 20 GiB or more",
  );
  if (props.caBundlePem !== undefined) {
    requireCertificatePem(
      component,
      "caBundlePem",
      props.caBundlePem,
      "download https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem and pass its contents",
    );
  }
  const rotationSubnetIds =
    props.rotationSubnetIds === undefined
      ? subnetIds
      : requireAwsIds(
          component,
          "rotationSubnetIds",
          props.rotationSubnetIds,
          "subnet",
          "pass private subnets that reach the database and the Secrets Manager API, or remove it to use subnetIds",
        );
  const rotationDays = requireIntegerInRange(
    ErrorCodes.ROTATION_SCHEDULE,
    component,
    "appUserRotationDays",
    props.appUserRotationDays ?? 30,
    1,
    90,
    "rotate at least every 90 days; remove appUserRotationDays for the 30-day default",
  );
  const previousValidHours = requireIntegerInRange(
    ErrorCodes.ROTATION_GRACE,
    component,
    "previousUserValidHours",
    props.previousUserValidHours ?? 24,
    1,
    72,
    "keep the previous password at most 72 hours (long enough for the pods to restart); remove previousUserValidHours for 24",
  );
  return { deploymentName, subnetIds, cidrs, clientSg, dbName, backups, storage, rotationSubnetIds, rotationDays, previousValidHours };
}
