import { requireArn, requireAwsId, requireSameCount, requireSubnets } from "../core/validators";
import { requireDomainName } from "../policy/inputs";
import { DataBackend, HardenedMeshStackProps } from "./hardened-mesh-stack-props";

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
}
