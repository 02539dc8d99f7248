import { requireArn, requireSameCount, requireSubnets } from "../core/validators";
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
