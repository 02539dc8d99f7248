import { Construct } from "constructs";
import { recordOptOut } from "../core/opt-out";
import { requireAwsId, requireCidrs, requireSameCount, requireSubnets, requireValue } from "../core/validators";
import { requireDomainName } from "../policy/inputs";
import { requireCertificateSource } from "./api-certificate";
import { ApiCertificateProps, SecureMeshApiProps } from "./secure-mesh-api-props";
import { DEFAULT_TLS_POLICY, requireHstsMaxAge, requireTls12PlusPolicy } from "../policy/tls";

const component = "SecureMeshApi";

/** The validated ALB settings of {@link SecureMeshApiProps}. */
export interface AlbSettings {
  readonly vpcId: string;
  readonly albSubnetIds: string[];
  readonly albCidrs: string[];
  readonly domainName: string;
  readonly internetFacing: boolean;
  readonly allowedCidrs: string[];
  readonly sslPolicy: string;
  readonly hstsMaxAge: number;
  readonly certificate: ApiCertificateProps;
  readonly httpRedirect: boolean;
  readonly deletionProtectionOff: boolean;
  readonly wafOff: boolean;
}

/** Validates the ALB properties; records the opt-outs on `scope`. */
export function albSettings(scope: Construct, props: SecureMeshApiProps): AlbSettings {
  const vpcId = requireAwsId(
    component,
    "vpcId",
    requireValue(component, "vpcId", props.vpcId, "pass the VPC id of the ALB, or use ingressMode INGRESS_CONTROLLER"),
    "vpc",
    "pass the id of the ALB's VPC (aws ec2 describe-vpcs shows it)",
  );
  const albSubnetIds = requireSubnets(
    component,
    "albSubnetIds",
    requireValue(component, "albSubnetIds", props.albSubnetIds, "pass at least two subnets in different zones for the ALB"),
    2,
    "pass at least two subnets in different availability zones: an ALB refuses fewer",
  );
  const albCidrs = requireCidrs(
    component,
    "albSubnetCidrs",
    requireValue(
      component,
      "albSubnetCidrs",
      props.albSubnetCidrs,
      "pass the CIDR blocks of the ALB subnets: with target type ip the API sees connections from them",
    ),
    "pass the CIDRs of the subnets the ALB runs in; port 8000 must not be open to everything",
  );
  requireSameCount(component, "albSubnetIds", albSubnetIds, "albSubnetCidrs", albCidrs);
  const domainName = requireDomainName(
    component,
    "domainName",
    requireValue(component, "domainName", props.domainName, "pass the API's public host name, e.g. meshq.example.com"),
  );
  const internetFacing = props.internetFacing ?? true;
  // An internet-facing API is open to the internet (internetFacing is that decision, and the
  // default); an internal ALB open to every address needs the recorded opt-out.
  const allowedCidrs = requireCidrs(
    component,
    "allowedCidrs",
    props.allowedCidrs ??
      (internetFacing
        ? ["0.0.0.0/0", "::/0"]
        : requireValue<string[]>(component, "allowedCidrs", props.allowedCidrs, "an internal ALB needs the CIDR blocks of its clients")),
    "pass the client CIDR blocks",
    internetFacing ? "accepted" : { scope, optOutProperty: "worldOpenCidrsOptOut", optOut: props.worldOpenCidrsOptOut },
  );
  const sslPolicy = requireTls12PlusPolicy(component, "sslPolicy", props.sslPolicy ?? DEFAULT_TLS_POLICY);
  const hstsMaxAge = requireHstsMaxAge(component, "hstsMaxAgeSeconds", props.hstsMaxAgeSeconds ?? 63072000);
  const certificate = requireCertificateSource(props.certificate);
  const httpRedirect = props.httpRedirect ?? true;
  const deletionProtectionOff = recordOptOut(scope, component, "deletionProtectionOptOut", props.deletionProtectionOptOut);
  const wafOff = recordOptOut(scope, component, "wafOptOut", props.wafOptOut);
  return {
    vpcId,
    albSubnetIds,
    albCidrs,
    domainName,
    internetFacing,
    allowedCidrs,
    sslPolicy,
    hstsMaxAge,
    certificate,
    httpRedirect,
    deletionProtectionOff,
    wafOff,
  };
}
