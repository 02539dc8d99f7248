import { Annotations } from "../compat/core";
import { IConstruct } from "constructs";
import { NetworkEndpoint } from "../core/endpoint";
import { ErrorCodes } from "../core/errors";
import { requireCidrs } from "../core/validators";

/**
 * Where a workload or function reaches the AWS APIs (STS, Secrets Manager, KMS) on 443: the CIDRs of
 * the VPC's interface endpoints when given (named ranges, never the whole Internet), else every
 * address, with a warning that names the property. Security group and NetworkPolicy rules take
 * CIDRs (interface endpoints have no AWS-managed prefix list), so the endpoints' subnet CIDRs are
 * the narrowest form both accept. The endpoint is named `aws-apis` either way, so the rules keep
 * their Terraform addresses when the CIDRs are added.
 */
export function awsApisEndpoint(scope: IConstruct, component: string, property: string, cidrs: string[] | undefined): NetworkEndpoint {
  if (cidrs === undefined) {
    Annotations.of(scope).addWarning(
      `[${ErrorCodes.NETWORK_FLOW}] ${component}: no ${property}, so its egress to the AWS APIs on 443 admits every address. Pass the CIDRs of the VPC interface endpoints of STS and Secrets Manager (and KMS) to confine it.`,
    );
    return NetworkEndpoint.awsApis();
  }
  return NetworkEndpoint.cidrs(
    "aws-apis",
    requireCidrs(component, property, cidrs, "pass the CIDRs of the subnets of your VPC interface endpoints (STS, Secrets Manager, KMS)"),
  );
}
