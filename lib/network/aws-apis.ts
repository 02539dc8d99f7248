import { NetworkEndpoint } from "../core/endpoint";
import { requireCidrs } from "../core/validators";

/**
 * Where a workload or function reaches the AWS APIs (STS, Secrets Manager, KMS) on 443: the CIDRs of
 * the VPC's interface endpoints when given (named ranges, never the whole Internet), else every
 * address (a VPC without interface endpoints reaches those APIs through a NAT gateway, on public
 * addresses; docs/design-decisions.md records the default). Security group and NetworkPolicy rules take
 * CIDRs (interface endpoints have no AWS-managed prefix list), so the endpoints' subnet CIDRs are
 * the narrowest form both accept. The endpoint is named `aws-apis` either way, so the rules keep
 * their Terraform addresses when the CIDRs are added.
 */
export function awsApisEndpoint(component: string, property: string, cidrs: string[] | undefined): NetworkEndpoint {
  if (cidrs === undefined) return NetworkEndpoint.awsApis();
  return NetworkEndpoint.cidrs(
    "aws-apis",
    requireCidrs(component, property, cidrs, "pass the CIDRs of the subnets of your VPC interface endpoints (STS, Secrets Manager, KMS)"),
  );
}
