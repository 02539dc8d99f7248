import { dependable } from "../compat/core";
import { Construct } from "constructs";
import { Lb } from "../compat/aws/lb";
import { LbListener } from "../compat/aws/lb-listener";
import { LbTargetGroup } from "../compat/aws/lb-target-group";
import { SecurityGroup } from "../compat/aws/security-group";
import { Manifest } from "../compat/kubernetes/manifest";
import { ErrorCodes, invalidInput } from "../core/errors";
import { awsTags } from "../core/tags";
import { NetworkEndpoint } from "../core/endpoint";
import { NetworkModel } from "../network/network-model";
import { AccessLogsBucket } from "./access-logs-bucket";
import { apiCertificateArn } from "./api-certificate";
import { AlbSettings, albSettings } from "./alb-settings";
import { API_PORT, IngressControllerSelector, SecureMeshApiProps } from "./secure-mesh-api-props";
import { hstsHeader } from "../policy/tls";
import { createApiWebAcl } from "./web-acl";

const component = "SecureMeshApi";

/**
 * Fields of a TargetGroupBinding that the AWS Load Balancer Controller's validating webhook refuses
 * to change on update (kubernetes-sigs/aws-load-balancer-controller,
 * `webhooks/elbv2/targetgroupbinding_validator.go`, `checkImmutableFields`). When one of them would
 * change (a replaced target group has a new ARN), the binding is replaced instead of updated.
 */
export const TARGET_GROUP_BINDING_IMMUTABLE_FIELDS: readonly string[] = [
  "spec.targetGroupARN",
  "spec.targetType",
  "spec.ipAddressType",
  "spec.vpcId",
];

/**
 * Admits an in-cluster ingress controller's pods to the API port. TLS and HSTS are the
 * controller's: recorded as metadata of `scope`.
 */
export function admitIngressController(
  scope: Construct,
  model: NetworkModel,
  api: NetworkEndpoint,
  controller: IngressControllerSelector | undefined,
): void {
  if (!controller) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "ingressController",
      received: controller,
      allowed: "{ namespace, podLabels } of the ingress controller pods",
      fix: 'e.g. ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } }',
    });
  }
  const proxy = NetworkEndpoint.workload("ingress-controller", controller);
  model.allow(proxy, api, { port: API_PORT }, "Reverse proxy to API");
  scope.node.addMetadata("meshq:ingress", "ingress-controller: TLS 1.2+ and HSTS must be enforced on the controller");
}

/** Who the ALB sends traffic to. */
export interface AlbIngressTarget {
  readonly deploymentName: string;
  /** The API pods as a network endpoint. */
  readonly endpoint: NetworkEndpoint;
  /** Name of the TargetGroupBinding. */
  readonly appName: string;
  /** Namespace of the API, as a reference to the namespace resource. */
  readonly namespaceRef: string;
  /** Name of the API's ClusterIP Service, as a reference. */
  readonly serviceName: string;
  /** HTTP path of the health endpoint. */
  readonly healthPath: string;
}

/** The ALB of ALB mode. */
export interface AlbIngress {
  readonly loadBalancer: Lb;
  readonly securityGroupId: string;
}

/**
 * A Terraform-owned ALB in front of the API pods, on `scope`: its security group (rules from the
 * network model), access logs, the certificate, the HTTPS listener (and the port-80 redirect), a
 * target group of pod IPs bound by a TargetGroupBinding, and the web ACL of an internet-facing ALB.
 */
export function createAlbIngress(scope: Construct, model: NetworkModel, props: SecureMeshApiProps, target: AlbIngressTarget): AlbIngress {
  const settings = albSettings(scope, props);
  const { deploymentName } = target;
  const tags = awsTags(deploymentName, "api");
  const albSg = albSecurityGroup(scope, model, settings, target, tags);
  const logs = new AccessLogsBucket(scope, "AccessLogs", {
    deploymentName,
    prefix: deploymentName,
    retentionDays: props.accessLogsRetentionDays,
    grantLegacyElbAccount: props.accessLogsLegacyElbAccount,
  });
  const loadBalancer = new Lb(scope, "LoadBalancer", {
    namePrefix: "meshq-",
    loadBalancerType: "application",
    internal: !settings.internetFacing,
    securityGroups: [albSg.id],
    subnets: settings.albSubnetIds,
    dropInvalidHeaderFields: true,
    desyncMitigationMode: "strictest",
    enableDeletionProtection: !settings.deletionProtectionOff,
    enableHttp2: true,
    xffHeaderProcessingMode: "append",
    idleTimeout: 60,
    accessLogs: { bucket: logs.bucketName, prefix: deploymentName, enabled: true },
    tags,
    dependsOn: [logs.policy],
  });
  const certificateArn = apiCertificateArn(scope, {
    domainName: settings.domainName,
    certificate: settings.certificate,
    createDnsRecord: props.createDnsRecord ?? true,
    loadBalancer,
    tags,
  });
  const targetGroup = podTargets(scope, settings, target, tags);
  listeners(scope, props, settings, { loadBalancer, certificateArn, targetGroup, tags });
  // spec.targetGroupARN is immutable (the Load Balancer Controller's webhook rejects an update,
  // see TARGET_GROUP_BINDING_IMMUTABLE_FIELDS): a new target group replaces the binding.
  new Manifest(scope, "TargetGroupBinding", {
    manifest: {
      apiVersion: "elbv2.k8s.aws/v1beta1",
      kind: "TargetGroupBinding",
      metadata: { name: target.appName, namespace: target.namespaceRef },
      spec: {
        serviceRef: { name: target.serviceName, port: API_PORT },
        targetGroupARN: targetGroup.arn,
        targetType: "ip",
      },
    },
    lifecycle: { replaceTriggeredBy: [`${dependable(targetGroup)}.arn`] },
  });
  if (settings.internetFacing && !settings.wafOff) {
    createApiWebAcl(scope, deploymentName, loadBalancer.arn, tags);
  }
  return { loadBalancer, securityGroupId: albSg.id };
}

/** Security group of the ALB: rules come only from the network model. */
function albSecurityGroup(
  scope: Construct,
  model: NetworkModel,
  settings: AlbSettings,
  target: AlbIngressTarget,
  tags: Record<string, string>,
): SecurityGroup {
  const { deploymentName } = target;
  const albSg = new SecurityGroup(scope, "AlbSecurityGroup", {
    namePrefix: `${deploymentName}-alb-`,
    description: `ALB of ${deploymentName}: HTTPS from allowed clients, port ${API_PORT} to API pods only`,
    vpcId: settings.vpcId,
    revokeRulesOnDelete: true,
    tags,
    lifecycle: { createBeforeDestroy: true },
  });
  const clients = NetworkEndpoint.cidrs("clients", settings.allowedCidrs);
  const alb = new NetworkEndpoint({
    name: `${deploymentName}-alb`,
    securityGroupId: albSg.id,
    ownsSecurityGroup: true,
    cidrs: settings.albCidrs,
  });
  model.allow(clients, alb, { port: 443 }, "HTTPS from allowed clients");
  if (settings.httpRedirect) {
    model.allow(clients, alb, { port: 80 }, "HTTP, answered only with a redirect to HTTPS");
  }
  model.allow(alb, target.endpoint, { port: API_PORT }, "ALB to API pods");
  return albSg;
}

/** Targets: pods by IP, registered by the AWS Load Balancer Controller. */
function podTargets(scope: Construct, settings: AlbSettings, target: AlbIngressTarget, tags: Record<string, string>): LbTargetGroup {
  return new LbTargetGroup(scope, "TargetGroup", {
    namePrefix: "mshq-",
    vpcId: settings.vpcId,
    targetType: "ip",
    port: API_PORT,
    protocol: "HTTP",
    protocolVersion: "HTTP1",
    deregistrationDelay: "30",
    healthCheck: {
      enabled: true,
      path: target.healthPath,
      protocol: "HTTP",
      port: "traffic-port",
      matcher: "200",
      healthyThreshold: 2,
      unhealthyThreshold: 3,
      interval: 15,
      timeout: 5,
    },
    tags,
    lifecycle: { createBeforeDestroy: true },
  });
}

/** The HTTPS listener (TLS 1.2+, HSTS), and a port-80 listener that only redirects to HTTPS. */
function listeners(
  scope: Construct,
  props: SecureMeshApiProps,
  settings: AlbSettings,
  alb: { loadBalancer: Lb; certificateArn: string; targetGroup: LbTargetGroup; tags: Record<string, string> },
): void {
  const { loadBalancer, tags } = alb;
  new LbListener(scope, "HttpsListener", {
    loadBalancerArn: loadBalancer.arn,
    port: 443,
    protocol: "HTTPS",
    sslPolicy: settings.sslPolicy,
    certificateArn: alb.certificateArn,
    routingHttpResponseStrictTransportSecurityHeaderValue: hstsHeader(
      settings.hstsMaxAge,
      props.hstsIncludeSubDomains ?? true,
      props.hstsPreload ?? false,
    ),
    routingHttpResponseXContentTypeOptionsHeaderValue: "nosniff",
    routingHttpResponseServerEnabled: false,
    defaultAction: [{ type: "forward", targetGroupArn: alb.targetGroup.arn }],
    tags,
  });
  if (settings.httpRedirect) {
    new LbListener(scope, "HttpRedirectListener", {
      loadBalancerArn: loadBalancer.arn,
      port: 80,
      protocol: "HTTP",
      defaultAction: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }],
      tags,
    });
  }
}
