import { requireCidrs, requireValue } from "../core/validators";
import { NetworkEndpoint } from "../core/endpoint";
import { NetworkModel } from "../network/network-model";
import { SecretDeliveryMode } from "../secrets/external-secrets";
import { SecureMeshApiProps } from "./secure-mesh-api-props";

const component = "SecureMeshApi";

/** What {@link createApiEndpoint} needs to know of the API's names. */
export interface ApiEndpointNames {
  readonly namespaceName: string;
  readonly appName: string;
  readonly podLabels: Record<string, string>;
}

/**
 * Whether the API pods call AWS Secrets Manager themselves: only with
 * {@link SecretDeliveryMode.AWS_PROVIDER} and no Vault store (with one, the API reads Vault).
 */
export function apiReadsSecretsManager(props: SecureMeshApiProps, secretDelivery: SecretDeliveryMode): boolean {
  return secretDelivery === SecretDeliveryMode.AWS_PROVIDER && props.vaultStore === undefined;
}

/**
 * The API pods as a network endpoint (its security group is the pods' own, see
 * createApiPodSecurityGroup), with their flow to cluster DNS, and to the AWS APIs only when
 * the API reads Secrets Manager itself: then through the VPC endpoints of `awsApiCidrs`, never the
 * whole Internet. Reading Vault itself, the API reaches Vault through the store's `cidrs` instead.
 */
export function createApiEndpoint(
  model: NetworkModel,
  names: ApiEndpointNames,
  namespaceRef: string,
  podSecurityGroupId: string | undefined,
  props: SecureMeshApiProps,
  secretDelivery: SecretDeliveryMode,
): NetworkEndpoint {
  const endpoint = NetworkEndpoint.workload(
    names.appName,
    { namespace: names.namespaceName, podLabels: names.podLabels },
    { securityGroupId: podSecurityGroupId },
  );
  model.addWorkload(endpoint, { namespaceRef });
  model.allowDns(endpoint);
  if (apiReadsSecretsManager(props, secretDelivery)) {
    const cidrs = requireValue(
      component,
      "awsApiCidrs",
      props.awsApiCidrs,
      "with secretDelivery AWS_PROVIDER the API calls AWS itself (unless it reads Vault, with vaultStore): pass the CIDRs of the VPC interface endpoints of STS, Secrets Manager and KMS (egress to the whole Internet is not allowed)",
    );
    const awsApis = NetworkEndpoint.cidrs(
      "aws-apis",
      requireCidrs(component, "awsApiCidrs", cidrs, "pass the CIDRs of your VPC endpoints", {
        scope: model,
        optOutProperty: "worldOpenCidrsOptOut",
        optOut: props.worldOpenCidrsOptOut,
      }),
    );
    model.allow(endpoint, awsApis, { port: 443 }, "AWS APIs (STS, Secrets Manager, KMS)");
  }
  return endpoint;
}
