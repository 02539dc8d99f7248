import { TerraformIterator, Token } from "../compat/core";
import { Construct } from "constructs";
import { AcmCertificate } from "../compat/aws/acm-certificate";
import { AcmCertificateValidation } from "../compat/aws/acm-certificate-validation";
import { Lb } from "../compat/aws/lb";
import { Route53Record } from "../compat/aws/route53-record";
import { ErrorCodes, invalidInput } from "../core/errors";
import { requireArn, requireAwsId } from "../core/validators";
import { ApiCertificateProps } from "./secure-mesh-api-props";

const component = "SecureMeshApi";

/** Checks that exactly one certificate source is given, and that an imported one is an ACM ARN. */
export function requireCertificateSource(certificate: ApiCertificateProps | undefined): ApiCertificateProps {
  const cert = certificate ?? {};
  if (!!cert.hostedZoneId === !!cert.certificateArn) {
    throw invalidInput(ErrorCodes.CERTIFICATE, {
      component,
      property: "certificate",
      received: cert,
      allowed:
        "exactly one of certificate.hostedZoneId (new DNS-validated ACM certificate) or certificate.certificateArn (existing certificate)",
      fix: "give the Route 53 zone of domainName, or the ARN of an ACM certificate for it",
    });
  }
  if (cert.hostedZoneId !== undefined) {
    requireAwsId(
      component,
      "certificate.hostedZoneId",
      cert.hostedZoneId,
      "hostedZone",
      "pass the id of the Route 53 hosted zone of domainName (aws route53 list-hosted-zones-by-name shows it)",
    );
  }
  if (cert.certificateArn !== undefined) {
    requireArn(
      component,
      "certificate.certificateArn",
      cert.certificateArn,
      "acmCertificate",
      "pass the ARN of an ACM certificate for domainName in the ALB's region (aws acm list-certificates)",
    );
  }
  return cert;
}

/** What {@link apiCertificateArn} needs. */
export interface ApiCertificateOptions {
  /** Public host name of the API. */
  readonly domainName: string;
  /** The certificate source, checked by {@link requireCertificateSource}. */
  readonly certificate: ApiCertificateProps;
  /** Create a Route 53 alias record for the domain pointing at the ALB. */
  readonly createDnsRecord: boolean;
  /** The ALB the alias record points at. */
  readonly loadBalancer: Lb;
  readonly tags: Record<string, string>;
}

/**
 * The ARN of the listener's certificate: a new ACM certificate validated through DNS records in
 * the hosted zone (with an alias record of the domain pointing at the ALB), or the imported one.
 */
export function apiCertificateArn(scope: Construct, options: ApiCertificateOptions): string {
  const { domainName, certificate: cert, loadBalancer, tags } = options;
  if (!cert.hostedZoneId) return cert.certificateArn!;
  const certificate = new AcmCertificate(scope, "Certificate", {
    domainName,
    validationMethod: "DNS",
    keyAlgorithm: "EC_prime256v1",
    options: { certificateTransparencyLoggingPreference: "ENABLED" },
    tags,
    lifecycle: { createBeforeDestroy: true },
  });
  const validationOptions = TerraformIterator.fromComplexList(certificate.domainValidationOptions, "domain_name");
  const records = new Route53Record(scope, "CertificateValidationRecord", {
    forEach: validationOptions,
    zoneId: cert.hostedZoneId,
    name: validationOptions.getString("resource_record_name"),
    type: validationOptions.getString("resource_record_type"),
    records: [validationOptions.getString("resource_record_value")],
    ttl: 60,
    allowOverwrite: true,
  });
  const validation = new AcmCertificateValidation(scope, "CertificateValidation", {
    certificateArn: certificate.arn,
    validationRecordFqdns: Token.asList(TerraformIterator.fromResources(records).pluckProperty("fqdn")),
  });
  if (options.createDnsRecord) {
    new Route53Record(scope, "AliasRecord", {
      zoneId: cert.hostedZoneId,
      name: domainName,
      type: "A",
      alias: { name: loadBalancer.dnsName, zoneId: loadBalancer.zoneId, evaluateTargetHealth: true },
    });
  }
  return validation.certificateArn;
}
