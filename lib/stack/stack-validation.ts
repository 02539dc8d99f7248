import { ErrorCodes, invalidInput } from "../core/errors";
import { requireArn, requireAwsId, requireSameCount, requireSubnets } from "../core/validators";
import { requireDomainName } from "../policy/inputs";
import { DataBackend, HardenedMeshStackProps, SecretStoreKind } from "./hardened-mesh-stack-props";

/** Validates the stack's properties where the constructs would name their own instead. */
export function validateStackProps(props: HardenedMeshStackProps): void {
  // validated here too, so that errors name this stack's props
  const component = "HardenedMeshStack";
  const net = props.network;
  requireArn(
    component,
    "cluster.oidcProviderArn",
    props.cluster.oidcProviderArn,
    "oidcProvider",
    "pass the ARN of the cluster's IAM OIDC provider",
  );
  requireDomainName(component, "domain.name", props.domain.name);
  requireAwsId(
    component,
    "domain.hostedZoneId",
    props.domain.hostedZoneId,
    "hostedZone",
    "pass the id of the domain's Route 53 hosted zone, not its name",
  );
  requireAwsId(component, "network.vpcId", net.vpcId, "vpc", "pass the id of the cluster's VPC");
  requireAwsId(
    component,
    "cluster.securityGroupId",
    props.cluster.securityGroupId,
    "securityGroup",
    "pass the EKS cluster security group id",
  );
  if (props.cluster.ebsCsiDriverRoleArn !== undefined)
    requireArn(
      component,
      "cluster.ebsCsiDriverRoleArn",
      props.cluster.ebsCsiDriverRoleArn,
      "iamRole",
      "pass the ARN of the EBS CSI driver's IAM role",
    );
  if (props.audit.hecTokenSecretArn !== undefined)
    requireArn(
      component,
      "audit.hecTokenSecretArn",
      props.audit.hecTokenSecretArn,
      "secret",
      "pass the complete ARN of the HEC token secret",
    );
  // a reason for keeping the HEC token outside the stack means nothing without that outside secret
  if (props.audit.hecTokenSecretOptOut !== undefined && props.audit.hecTokenSecretArn === undefined)
    throw invalidInput(ErrorCodes.OPT_OUT, {
      component,
      property: "audit.hecTokenSecretOptOut",
      received: "a reason, without audit.hecTokenSecretArn",
      allowed: "hecTokenSecretOptOut only beside hecTokenSecretArn (the secret outside the stack it explains)",
      fix: "remove hecTokenSecretOptOut (the stack creates the HEC token's secret), or pass the outside secret as hecTokenSecretArn",
    });
  if (props.automationReader)
    requireArn(component, "automationReader.roleArn", props.automationReader.roleArn, "iamRole", "pass the ARN of the pipeline's IAM role");
  requireSubnets(
    component,
    "network.publicSubnetIds",
    net.publicSubnetIds,
    2,
    "pass at least two public subnets in different availability zones for the ALB",
  );
  requireSameCount(component, "network.publicSubnetIds", net.publicSubnetIds, "network.publicSubnetCidrs", net.publicSubnetCidrs);
  if (props.dataBackend === DataBackend.POSTGRES) {
    requireSubnets(
      component,
      "network.privateSubnetIds",
      net.privateSubnetIds,
      2,
      "pass private subnets in at least two availability zones for the database",
    );
  }
  requireSameCount(component, "network.privateSubnetIds", net.privateSubnetIds, "network.privateSubnetCidrs", net.privateSubnetCidrs);
  validateSecretStore(component, props);
}

/** The secret store: Vault settings exactly with SecretStoreKind.VAULT, and no Secrets Manager-only settings with it. */
function validateSecretStore(component: string, props: HardenedMeshStackProps): void {
  const kind = props.secretStore ?? SecretStoreKind.AWS_SECRETS_MANAGER;
  if (!Object.values(SecretStoreKind).includes(kind)) {
    throw invalidInput(ErrorCodes.VAULT, {
      component,
      property: "secretStore",
      received: kind,
      allowed: Object.values(SecretStoreKind).join(" or "),
      fix: "use SecretStoreKind.AWS_SECRETS_MANAGER (default) or SecretStoreKind.VAULT",
    });
  }
  if ((kind === SecretStoreKind.VAULT) !== (props.vault !== undefined)) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "vault",
      received: props.vault === undefined ? undefined : "Vault settings",
      allowed: "Vault settings with secretStore: SecretStoreKind.VAULT, and only then",
      fix:
        kind === SecretStoreKind.VAULT
          ? "pass vault: { address, caBundlePem, cidrs } (see docs/vault.md)"
          : "set secretStore: SecretStoreKind.VAULT, or remove vault",
    });
  }
  if (kind !== SecretStoreKind.VAULT) return;
  const awsOnly: Array<[string, unknown]> = [
    ["apiKeyRotationDays", props.apiKeyRotationDays],
    ["automationReader", props.automationReader],
    ["audit.hecTokenSecretArn", props.audit.hecTokenSecretArn],
    ["audit.hecTokenKmsKeyArn", props.audit.hecTokenKmsKeyArn],
    ["neo4jImages.awsCliImage", props.neo4jImages?.awsCliImage],
  ];
  for (const [property, value] of awsOnly) {
    if (value === undefined) continue;
    throw invalidInput(ErrorCodes.VAULT, {
      component,
      property,
      received: value,
      allowed: "nothing with secretStore: SecretStoreKind.VAULT (it configures a Secrets Manager secret)",
      fix:
        property === "apiKeyRotationDays"
          ? "set vault.apiKeyRotationSchedule (a cron expression) instead"
          : property === "automationReader"
            ? "attach the written policy <deploymentName>-automation-key-reader to the pipeline's Vault auth role instead"
            : property === "neo4jImages.awsCliImage"
              ? "remove it: the Neo4j password rotates in Vault, in vault.rotatorImage"
              : "write the HEC token to Vault at <pathPrefix>/audit/hec-token (field value) instead",
    });
  }
}
