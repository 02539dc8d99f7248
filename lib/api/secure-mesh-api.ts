import { dependable, Lazy, TerraformIterator, Token } from "cdktf";
import { Construct } from "constructs";
import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Wafv2WebAcl } from "@cdktf/provider-aws/lib/wafv2-web-acl";
import { Wafv2WebAclAssociation } from "@cdktf/provider-aws/lib/wafv2-web-acl-association";
import { Wafv2WebAclLoggingConfiguration } from "@cdktf/provider-aws/lib/wafv2-web-acl-logging-configuration";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { CloudwatchLogResourcePolicy } from "@cdktf/provider-aws/lib/cloudwatch-log-resource-policy";
import {
  DeploymentV1,
  DeploymentV1SpecTemplateSpecContainerEnv,
  DeploymentV1SpecTemplateSpecContainerVolumeMount,
  DeploymentV1SpecTemplateSpecVolume,
} from "@cdktf/provider-kubernetes/lib/deployment-v1";
import { Manifest } from "@cdktf/provider-kubernetes/lib/manifest";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { PodDisruptionBudgetV1 } from "@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1";
import { ServiceAccountV1 } from "@cdktf/provider-kubernetes/lib/service-account-v1";
import { ServiceV1 } from "@cdktf/provider-kubernetes/lib/service-v1";
import { AwsContext } from "../core/aws-context";
import { isSecretLookingName } from "../policy/secrets";
import { ErrorCodes, invalidInput } from "../core/errors";
import { IrsaRole, policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import {
  checkImage,
  RELOADER_IGNORE_CHANGES,
  RELOADER_CONFIGMAP_ANNOTATION,
  RELOADER_SECRET_ANNOTATION,
  ReloaderStrategy,
  requireNonRootUid,
  requireReloaderStrategy,
  restrictedContainerSecurityContext,
  restrictedNamespaceLabels,
  restrictedPodBase,
} from "../core/kubernetes";
import { OptOut, recordOptOut } from "../core/opt-out";
import { awsTags, k8sLabels } from "../core/tags";
import { rejectLiteralSecret, requireDomainName } from "../policy/inputs";
import {
  isConcrete,
  isWorldCidr,
  requireArn,
  requireCidrs,
  requireDnsLabel,
  requireIntegerInRange,
  requireSameCount,
  requireSubnets,
  requireValue,
} from "../core/tokens";
import { FlowPort, NetworkEndpoint, Protocol } from "../network/endpoint";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { NetworkModel } from "../network/network-model";
import { ExternalSecretsDelivery, SecretDeliveryMode } from "../secrets/external-secrets";
import { ISecretSource } from "../secrets/secret-source";
import { AccessLogsBucket } from "./access-logs-bucket";
import { API_TMP_DIR } from "./image-contract";
import { IMeshApi, SecretEnvironmentOptions, SecretFileItem } from "./mesh-api";
import { DEFAULT_TLS_POLICY, hstsHeader, requireHstsMaxAge, requireTls12PlusPolicy } from "../policy/tls";
import { guardStack } from "../core/stack-guard";
import { terraformLiteral } from "../core/literal";

/** The MeshOptixIQ API listens on this port inside the pod. */
export const API_PORT = 8000;

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

/** How client traffic reaches the API pods. */
export enum ApiIngressMode {
  /**
   * A Terraform-owned ALB sends traffic straight to pod IPs (target type `ip`, registered by a
   * TargetGroupBinding). The API's NetworkPolicy admits port 8000 from the ALB subnets' CIDRs.
   */
  ALB = "alb",
  /**
   * An in-cluster ingress controller (e.g. ingress-nginx) proxies to the API; the NetworkPolicy
   * admits port 8000 from the controller's pods only (the security guide's exact policy shape).
   * No ALB is created: TLS 1.2+ and HSTS must be configured on that controller.
   */
  INGRESS_CONTROLLER = "ingress-controller",
}

/** Where the ALB's certificate comes from. Exactly one of the two fields. */
export interface ApiCertificateProps {
  /** Route 53 hosted zone for DNS validation of a new ACM certificate. @default - none */
  readonly hostedZoneId?: string;
  /** ARN of an existing (e.g. imported) ACM certificate. @default - none */
  readonly certificateArn?: string;
}

/** Selects the pods of an in-cluster ingress controller. */
export interface IngressControllerSelector {
  /** Namespace of the controller. */
  readonly namespace: string;
  /** Labels of the controller pods, e.g. `{ "app.kubernetes.io/name": "ingress-nginx" }`. */
  readonly podLabels: Record<string, string>;
}

/** CPU and memory of the API container. */
export interface ApiResources {
  /** @default "250m" */
  readonly cpuRequest?: string;
  /** @default "512Mi" */
  readonly memoryRequest?: string;
  /** @default "1" */
  readonly cpuLimit?: string;
  /** @default "1Gi" */
  readonly memoryLimit?: string;
}

/** Properties of {@link SecureMeshApi}. */
export interface SecureMeshApiProps {
  /**
   * Name of the deployment; prefixes names and tags. Lowercase DNS label.
   * @default "meshoptixiq"
   */
  readonly deploymentName?: string;
  /** How the cluster enforces NetworkPolicies. Required: policies are ignored without enforcement. */
  readonly networkPolicyEnforcement: NetworkPolicyEnforcement;
  /** ARN of the EKS cluster's IAM OIDC provider (for the API's IRSA role). */
  readonly oidcProviderArn: string;
  /** The MeshOptixIQ API image, pinned by digest (preferred) or an explicit tag. */
  readonly image: string;

  /** @default ApiIngressMode.ALB */
  readonly ingressMode?: ApiIngressMode;
  /** Required with ApiIngressMode.INGRESS_CONTROLLER. @default - none */
  readonly ingressController?: IngressControllerSelector;

  /** VPC of the ALB. Required with ApiIngressMode.ALB. @default - none */
  readonly vpcId?: string;
  /** Subnets of the ALB (public subnets for an internet-facing ALB). Required with ALB mode. @default - none */
  readonly albSubnetIds?: string[];
  /** CIDR blocks of the ALB subnets: the sources the API's NetworkPolicy admits. Required with ALB mode. @default - none */
  readonly albSubnetCidrs?: string[];
  /**
   * Security group of the pods' network interfaces (the EKS cluster security group, or the node
   * group's). Gets exactly one ingress rule: port 8000 from the ALB security group. Required with ALB mode.
   * @default - none
   */
  readonly clusterSecurityGroupId?: string;
  /** Public host name of the API, e.g. `meshq.example.com`. Required with ALB mode. @default - none */
  readonly domainName?: string;
  /** Certificate source. Required with ALB mode. @default - none */
  readonly certificate?: ApiCertificateProps;
  /**
   * Create a Route 53 alias record for `domainName` pointing at the ALB (needs `certificate.hostedZoneId`).
   * @default true when a hosted zone is given
   */
  readonly createDnsRecord?: boolean;
  /**
   * Internet-facing ALB. Set false for an internal ALB reachable only from your network.
   * @default true
   */
  readonly internetFacing?: boolean;
  /**
   * CIDR blocks allowed to reach the ALB on 443 (and 80 for the redirect).
   * @default ["0.0.0.0/0", "::/0"] when internet-facing; required for an internal ALB
   */
  readonly allowedCidrs?: string[];
  /**
   * Listener TLS policy; only policies that admit nothing below TLS 1.2 are accepted.
   * @default "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
   */
  readonly sslPolicy?: string;
  /**
   * HSTS max-age in seconds; at least one year.
   * @default 63072000 (two years)
   */
  readonly hstsMaxAgeSeconds?: number;
  /** Add `includeSubDomains` to the HSTS header. @default true */
  readonly hstsIncludeSubDomains?: boolean;
  /** Add `preload` to the HSTS header (only once the domain is ready for the preload list). @default false */
  readonly hstsPreload?: boolean;
  /**
   * Keep a port-80 listener that only answers with a 301 redirect to HTTPS.
   * @default true
   */
  readonly httpRedirect?: boolean;
  /** Days to keep ALB access logs. @default 365 */
  readonly accessLogsRetentionDays?: number;
  /**
   * Grant the region's legacy ELB log-delivery account on the log bucket (see AccessLogsBucket).
   * @default true
   */
  readonly accessLogsLegacyElbAccount?: boolean;
  /** Switch off ALB deletion protection, with a recorded reason. @default - protection on */
  readonly deletionProtectionOptOut?: OptOut;
  /** Switch off the WAFv2 web ACL of an internet-facing ALB, with a recorded reason. @default - WAF on */
  readonly wafOptOut?: OptOut;

  /** Kubernetes namespace of the API (created, PSS restricted enforced). @default "meshoptixiq" */
  readonly namespace?: string;
  /** Pod Security Standards version pinned in the namespace labels. @default "latest" */
  readonly podSecurityStandardsVersion?: string;
  /** Number of API pods; at least 2, spread over zones. @default 2 */
  readonly replicas?: number;
  /** Container resources. @default - see ApiResources */
  readonly resources?: ApiResources;
  /** Non-root UID the API runs as. @default 10001 */
  readonly runAsUser?: number;
  /** HTTP path of the health endpoint (probes and ALB health check). @default "/health" */
  readonly healthCheckPath?: string;
  /**
   * Plain (non-secret) environment variables. Secret-looking names (API_KEY, *TOKEN*, *PASSWORD*,
   * *SECRET*, *_KEY, with or without separators) and secret-looking values (a password in a URL's
   * userinfo, a private key, a high-entropy literal) are rejected: use
   * {@link SecureMeshApi.addSecretEnvironment}.
   * @default {}
   */
  readonly environment?: Record<string, string>;
  /**
   * Where the API reaches AWS APIs (STS, Secrets Manager, KMS) on 443. Set the CIDRs of your VPC
   * interface endpoints to keep that egress inside the VPC.
   * @default ["0.0.0.0/0"]: any HTTPS destination
   */
  readonly awsApiCidrs?: string[];
  /** @default SecretDeliveryMode.EXTERNAL_SECRETS */
  readonly secretDelivery?: SecretDeliveryMode;
  /** External Secrets refresh interval, at most 15. @default 15 */
  readonly secretRefreshIntervalMinutes?: number;
  /**
   * The strategy the cluster's Stakater Reloader runs with. Only the annotations strategy is
   * accepted: Terraform ignores the annotation it writes, while the env-vars strategy (Reloader's
   * default) adds variables that every apply removes again. Declaring another strategy fails synth.
   * @default ReloaderStrategy.ANNOTATIONS
   */
  readonly reloaderStrategy?: ReloaderStrategy;
}

/**
 * The MeshOptixIQ API on Kubernetes behind a hardened, Terraform-owned AWS Application Load
 * Balancer (guide §12.2), with secrets delivered from AWS Secrets Manager (§12.1, §12.3).
 *
 * Defaults: HTTPS only with TLS 1.2+ (`ELBSecurityPolicy-TLS13-1-2-Res-2021-06`), HSTS two years,
 * port 80 only redirects, invalid headers dropped, strictest desync mode, deletion protection,
 * access logs to a bucket it creates, WAFv2 managed rules, security groups with one purpose per
 * rule, a PSS-restricted namespace, non-root read-only pods spread over zones, a ClusterIP
 * Service, and NetworkPolicies generated from the network model (default deny).
 */
export class SecureMeshApi extends Construct implements IMeshApi {
  /** The API Deployment (escape hatch). */
  public readonly resource: DeploymentV1;
  /** The ALB (ALB mode only). */
  public readonly loadBalancer?: Lb;
  /** ARN of the ALB (ALB mode only). */
  public readonly loadBalancerArn?: string;
  /** DNS name of the ALB (ALB mode only). */
  public readonly loadBalancerDnsName?: string;
  /** Security group of the ALB (ALB mode only). */
  public readonly albSecurityGroupId?: string;
  /** The API namespace name (literal). */
  public readonly namespaceName: string;
  /** The API namespace as a reference to the namespace resource; use it for `metadata.namespace`. */
  public readonly namespaceRef: string;
  /** Labels that select the API pods. */
  public readonly podLabels: Record<string, string>;
  /** Service account of the API pods. */
  public readonly serviceAccountName: string;
  /** The API's IRSA role; secrets are granted to it. */
  public readonly role: IrsaRole;
  /** The API as a network endpoint, for other constructs' flows. */
  public readonly endpoint: NetworkEndpoint;
  /** Name of the ClusterIP service. */
  public readonly serviceName: string;
  /** The deployment name. */
  public readonly deploymentName: string;
  /** How secrets reach the container. */
  public readonly secretDelivery: SecretDeliveryMode;

  private readonly model: NetworkModel;
  private readonly env: DeploymentV1SpecTemplateSpecContainerEnv[] = [];
  private readonly volumes: DeploymentV1SpecTemplateSpecVolume[] = [];
  private readonly volumeMounts: DeploymentV1SpecTemplateSpecContainerVolumeMount[] = [];
  private readonly reloadSecrets: string[] = [];
  private readonly reloadConfigMaps: string[] = [];
  private readonly externalSecrets?: ExternalSecretsDelivery;

  constructor(scope: Construct, id: string, props: SecureMeshApiProps) {
    super(scope, id);
    const component = "SecureMeshApi";
    this.deploymentName = requireDnsLabel(component, "deploymentName", props.deploymentName ?? "meshoptixiq");
    this.namespaceName = requireDnsLabel(component, "namespace", props.namespace ?? "meshoptixiq");
    this.model = NetworkModel.of(this);
    guardStack(this);
    this.model.declareEnforcement(component, props.networkPolicyEnforcement);
    requireValue(
      component,
      "oidcProviderArn",
      props.oidcProviderArn,
      "pass the ARN of the cluster's IAM OIDC provider (aws_iam_openid_connect_provider)",
    );
    requireArn(
      component,
      "oidcProviderArn",
      props.oidcProviderArn,
      "oidcProvider",
      "pass the cluster's OIDC provider ARN (aws eks describe-cluster, then aws iam list-open-id-connect-providers)",
    );
    requireValue(component, "image", props.image, "pass the MeshOptixIQ API image, pinned by digest");
    const replicas = requireIntegerInRange(
      ErrorCodes.REPLICAS,
      component,
      "replicas",
      props.replicas ?? 2,
      2,
      100,
      "run at least 2 replicas so a node or zone failure does not take the API down",
    );
    const uid = requireNonRootUid(component, "runAsUser", props.runAsUser ?? 10001);
    requireReloaderStrategy(component, "reloaderStrategy", props.reloaderStrategy);
    const healthPath = props.healthCheckPath ?? "/health";
    const mode = props.ingressMode ?? ApiIngressMode.ALB;
    this.secretDelivery = props.secretDelivery ?? SecretDeliveryMode.EXTERNAL_SECRETS;
    const appName = `${this.deploymentName}-api`;
    this.podLabels = { app: appName };
    this.serviceAccountName = appName;
    this.serviceName = appName;

    // ---- Kubernetes: namespace, identity ----
    const namespace = new NamespaceV1(this, "Namespace", {
      metadata: {
        name: this.namespaceName,
        labels: { ...k8sLabels(this.deploymentName, "api"), ...restrictedNamespaceLabels(props.podSecurityStandardsVersion ?? "latest") },
      },
    });
    const ns = namespace.metadata.name;
    this.namespaceRef = ns;
    this.model.addNamespace(this.namespaceName, ns);

    this.role = new IrsaRole(this, "Role", {
      oidcProviderArn: props.oidcProviderArn,
      namespace: this.namespaceName,
      serviceAccountName: this.serviceAccountName,
      deploymentName: this.deploymentName,
      grantId: `${this.deploymentName}-api`,
    });
    const serviceAccount = new ServiceAccountV1(this, "ServiceAccount", {
      metadata: {
        name: this.serviceAccountName,
        namespace: ns,
        labels: k8sLabels(this.deploymentName, "api"),
        annotations: { "eks.amazonaws.com/role-arn": this.role.roleArn },
      },
      automountServiceAccountToken: false,
    });

    // ---- Network model ----
    const clusterSg =
      mode === ApiIngressMode.ALB
        ? requireValue(
            component,
            "clusterSecurityGroupId",
            props.clusterSecurityGroupId,
            "pass the security group of the pods' network interfaces (EKS cluster security group)",
          )
        : undefined;
    this.endpoint = NetworkEndpoint.workload(
      appName,
      { namespace: this.namespaceName, podLabels: this.podLabels },
      { securityGroupId: clusterSg },
    );
    this.model.addWorkload(this.endpoint, { namespaceRef: ns });
    this.model.allow(this.endpoint, NetworkEndpoint.clusterDns(), { port: 53, protocol: Protocol.UDP }, "Cluster DNS");
    this.model.allow(this.endpoint, NetworkEndpoint.clusterDns(), { port: 53, protocol: Protocol.TCP }, "Cluster DNS");
    const awsApis = props.awsApiCidrs
      ? NetworkEndpoint.cidrs("aws-apis", requireCidrs(component, "awsApiCidrs", props.awsApiCidrs, "pass the CIDRs of your VPC endpoints"))
      : NetworkEndpoint.awsApis();
    this.model.allow(this.endpoint, awsApis, { port: 443 }, "AWS APIs (STS, Secrets Manager, KMS)");

    // ---- Environment ----
    for (const [name, value] of Object.entries(props.environment ?? {})) {
      this.addEnvironment(name, value);
    }
    this.region = AwsContext.of(this).region;
    if (this.secretDelivery === SecretDeliveryMode.EXTERNAL_SECRETS) {
      this.externalSecrets = new ExternalSecretsDelivery(this, "Secrets", {
        namespace: ns,
        serviceAccountName: serviceAccount.metadata.name,
        region: this.region,
        refreshIntervalMinutes: props.secretRefreshIntervalMinutes,
      });
    } else {
      this.env.push({ name: "SECRETS_PROVIDER", value: "aws" }, { name: "AWS_REGION", value: this.region });
    }

    // ---- Workload ----
    checkImage(this, component, "image", props.image);
    const res = props.resources ?? {};
    this.volumes.push({ name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "256Mi" } });
    this.volumeMounts.push({ name: "tmp", mountPath: API_TMP_DIR }); // see API_CONTRACT
    const probe = (initialDelay: number) => ({
      httpGet: { path: healthPath, port: String(API_PORT), scheme: "HTTP" },
      initialDelaySeconds: initialDelay,
      periodSeconds: 10,
      timeoutSeconds: 3,
      failureThreshold: 3,
    });
    this.resource = new DeploymentV1(this, "Resource", {
      metadata: {
        name: appName,
        namespace: ns,
        labels: { ...k8sLabels(this.deploymentName, "api"), ...this.podLabels },
        // Reloader restarts the API when one of these Secrets or ConfigMaps changes.
        annotations: Lazy.anyValue({
          produce: () => ({
            ...(this.reloadSecrets.length > 0 ? { [RELOADER_SECRET_ANNOTATION]: this.reloadSecrets.join(",") } : {}),
            ...(this.reloadConfigMaps.length > 0 ? { [RELOADER_CONFIGMAP_ANNOTATION]: this.reloadConfigMaps.join(",") } : {}),
          }),
        }) as unknown as Record<string, string>,
      },
      spec: {
        replicas: String(replicas),
        revisionHistoryLimit: 5,
        selector: { matchLabels: this.podLabels },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "0", maxSurge: "1" } },
        template: {
          metadata: { labels: { ...k8sLabels(this.deploymentName, "api"), ...this.podLabels } },
          spec: {
            ...restrictedPodBase(serviceAccount.metadata.name, uid),
            topologySpreadConstraint: [
              {
                maxSkew: 1,
                topologyKey: "topology.kubernetes.io/zone",
                whenUnsatisfiable: "DoNotSchedule",
                labelSelector: [{ matchLabels: this.podLabels }],
              },
              {
                maxSkew: 1,
                topologyKey: "kubernetes.io/hostname",
                whenUnsatisfiable: "ScheduleAnyway",
                labelSelector: [{ matchLabels: this.podLabels }],
              },
            ],
            container: [
              {
                name: "api",
                image: props.image,
                imagePullPolicy: "Always",
                port: [{ name: "http", containerPort: API_PORT, protocol: "TCP" }],
                // filled as constructs add variables and mounts (the arrays are read at synth)
                env: this.env,
                volumeMount: this.volumeMounts,
                resources: {
                  requests: { cpu: res.cpuRequest ?? "250m", memory: res.memoryRequest ?? "512Mi" },
                  limits: { cpu: res.cpuLimit ?? "1", memory: res.memoryLimit ?? "1Gi" },
                },
                livenessProbe: probe(20),
                readinessProbe: probe(5),
                securityContext: restrictedContainerSecurityContext(uid),
              },
            ],
            volume: this.volumes,
          },
        },
      },
      waitForRollout: true,
      lifecycle: { ignoreChanges: [RELOADER_IGNORE_CHANGES] },
    });

    new PodDisruptionBudgetV1(this, "DisruptionBudget", {
      metadata: { name: appName, namespace: ns, labels: k8sLabels(this.deploymentName, "api") },
      spec: { maxUnavailable: "1", selector: { matchLabels: this.podLabels } },
    });

    const service = new ServiceV1(this, "Service", {
      metadata: { name: this.serviceName, namespace: ns, labels: k8sLabels(this.deploymentName, "api") },
      spec: {
        type: "ClusterIP",
        selector: this.podLabels,
        port: [{ name: "http", port: API_PORT, targetPort: String(API_PORT), protocol: "TCP" }],
      },
    });

    // ---- Ingress path ----
    if (mode === ApiIngressMode.INGRESS_CONTROLLER) {
      const controller = props.ingressController;
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
      this.model.allow(proxy, this.endpoint, { port: API_PORT }, "Reverse proxy to API");
      this.node.addMetadata("meshq:ingress", "ingress-controller: TLS 1.2+ and HSTS must be enforced on the controller");
      return;
    }

    const vpcId = requireValue(component, "vpcId", props.vpcId, "pass the VPC id of the ALB, or use ingressMode INGRESS_CONTROLLER");
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
      "pass the ALB subnets' CIDR blocks",
    );
    if (isConcrete(albCidrs) && albCidrs.some(isWorldCidr)) {
      throw invalidInput(ErrorCodes.CIDR, {
        component,
        property: "albSubnetCidrs",
        received: albCidrs,
        allowed: "the ALB subnets' CIDR blocks (never 0.0.0.0/0 or ::/0)",
        fix: "pass the CIDRs of the subnets the ALB runs in; port 8000 must not be open to everything",
      });
    }
    requireSameCount(component, "albSubnetIds", albSubnetIds, "albSubnetCidrs", albCidrs);
    const domainName = requireDomainName(
      component,
      "domainName",
      requireValue(component, "domainName", props.domainName, "pass the API's public host name, e.g. meshq.example.com"),
    );
    const internetFacing = props.internetFacing ?? true;
    const allowedCidrs = requireCidrs(
      component,
      "allowedCidrs",
      props.allowedCidrs ??
        (internetFacing
          ? ["0.0.0.0/0", "::/0"]
          : requireValue<string[]>(component, "allowedCidrs", props.allowedCidrs, "an internal ALB needs the CIDR blocks of its clients")),
      "pass the client CIDR blocks",
    );
    const sslPolicy = requireTls12PlusPolicy(component, "sslPolicy", props.sslPolicy ?? DEFAULT_TLS_POLICY);
    const hstsMaxAge = requireHstsMaxAge(component, "hstsMaxAgeSeconds", props.hstsMaxAgeSeconds ?? 63072000);
    const cert = props.certificate ?? {};
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
    if (cert.certificateArn !== undefined) {
      requireArn(
        component,
        "certificate.certificateArn",
        cert.certificateArn,
        "acmCertificate",
        "pass the ARN of an ACM certificate for domainName in the ALB's region (aws acm list-certificates)",
      );
    }
    const httpRedirect = props.httpRedirect ?? true;
    const deletionProtectionOff = recordOptOut(this, component, "deletionProtectionOptOut", props.deletionProtectionOptOut);
    const wafOff = recordOptOut(this, component, "wafOptOut", props.wafOptOut);
    const tags = awsTags(this.deploymentName, "api");

    // Security group of the ALB: rules come only from the network model.
    const albSg = new SecurityGroup(this, "AlbSecurityGroup", {
      namePrefix: `${this.deploymentName}-alb-`,
      description: `ALB of ${this.deploymentName}: HTTPS from allowed clients, port ${API_PORT} to API pods only`,
      vpcId,
      revokeRulesOnDelete: true,
      tags,
      lifecycle: { createBeforeDestroy: true },
    });
    this.albSecurityGroupId = albSg.id;
    const clients = NetworkEndpoint.cidrs("clients", allowedCidrs);
    const alb = new NetworkEndpoint({
      name: `${this.deploymentName}-alb`,
      securityGroupId: albSg.id,
      ownsSecurityGroup: true,
      cidrs: albCidrs,
    });
    this.model.allow(clients, alb, { port: 443 }, "HTTPS from allowed clients");
    if (httpRedirect) {
      this.model.allow(clients, alb, { port: 80 }, "HTTP, answered only with a redirect to HTTPS");
    }
    this.model.allow(alb, this.endpoint, { port: API_PORT }, "ALB to API pods");

    // Access logs
    const logs = new AccessLogsBucket(this, "AccessLogs", {
      deploymentName: this.deploymentName,
      prefix: this.deploymentName,
      retentionDays: props.accessLogsRetentionDays,
      grantLegacyElbAccount: props.accessLogsLegacyElbAccount,
    });

    this.loadBalancer = new Lb(this, "LoadBalancer", {
      namePrefix: "meshq-",
      loadBalancerType: "application",
      internal: !internetFacing,
      securityGroups: [albSg.id],
      subnets: albSubnetIds,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: "strictest",
      enableDeletionProtection: !deletionProtectionOff,
      enableHttp2: true,
      xffHeaderProcessingMode: "append",
      idleTimeout: 60,
      accessLogs: { bucket: logs.bucketName, prefix: this.deploymentName, enabled: true },
      tags,
      dependsOn: [logs.policy],
    });
    this.loadBalancerArn = this.loadBalancer.arn;
    this.loadBalancerDnsName = this.loadBalancer.dnsName;

    // Certificate
    let certificateArn: string;
    if (cert.hostedZoneId) {
      const certificate = new AcmCertificate(this, "Certificate", {
        domainName,
        validationMethod: "DNS",
        keyAlgorithm: "EC_prime256v1",
        options: { certificateTransparencyLoggingPreference: "ENABLED" },
        tags,
        lifecycle: { createBeforeDestroy: true },
      });
      const options = TerraformIterator.fromComplexList(certificate.domainValidationOptions, "domain_name");
      const records = new Route53Record(this, "CertificateValidationRecord", {
        forEach: options,
        zoneId: cert.hostedZoneId,
        name: options.getString("resource_record_name"),
        type: options.getString("resource_record_type"),
        records: [options.getString("resource_record_value")],
        ttl: 60,
        allowOverwrite: true,
      });
      const validation = new AcmCertificateValidation(this, "CertificateValidation", {
        certificateArn: certificate.arn,
        validationRecordFqdns: Token.asList(TerraformIterator.fromResources(records).pluckProperty("fqdn")),
      });
      certificateArn = validation.certificateArn;
      if (props.createDnsRecord ?? true) {
        new Route53Record(this, "AliasRecord", {
          zoneId: cert.hostedZoneId,
          name: domainName,
          type: "A",
          alias: { name: this.loadBalancer.dnsName, zoneId: this.loadBalancer.zoneId, evaluateTargetHealth: true },
        });
      }
    } else {
      certificateArn = cert.certificateArn!;
    }

    // Targets: pods by IP, registered by the AWS Load Balancer Controller.
    const targetGroup = new LbTargetGroup(this, "TargetGroup", {
      namePrefix: "mshq-",
      vpcId,
      targetType: "ip",
      port: API_PORT,
      protocol: "HTTP",
      protocolVersion: "HTTP1",
      deregistrationDelay: "30",
      healthCheck: {
        enabled: true,
        path: healthPath,
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

    new LbListener(this, "HttpsListener", {
      loadBalancerArn: this.loadBalancer.arn,
      port: 443,
      protocol: "HTTPS",
      sslPolicy,
      certificateArn,
      routingHttpResponseStrictTransportSecurityHeaderValue: hstsHeader(
        hstsMaxAge,
        props.hstsIncludeSubDomains ?? true,
        props.hstsPreload ?? false,
      ),
      routingHttpResponseXContentTypeOptionsHeaderValue: "nosniff",
      routingHttpResponseServerEnabled: false,
      defaultAction: [{ type: "forward", targetGroupArn: targetGroup.arn }],
      tags,
    });
    if (httpRedirect) {
      new LbListener(this, "HttpRedirectListener", {
        loadBalancerArn: this.loadBalancer.arn,
        port: 80,
        protocol: "HTTP",
        defaultAction: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }],
        tags,
      });
    }

    // spec.targetGroupARN is immutable (the Load Balancer Controller's webhook rejects an update,
    // see TARGET_GROUP_BINDING_IMMUTABLE_FIELDS): a new target group replaces the binding.
    new Manifest(this, "TargetGroupBinding", {
      manifest: {
        apiVersion: "elbv2.k8s.aws/v1beta1",
        kind: "TargetGroupBinding",
        metadata: { name: appName, namespace: ns },
        spec: {
          serviceRef: { name: service.metadata.name, port: API_PORT },
          targetGroupARN: targetGroup.arn,
          targetType: "ip",
        },
      },
      lifecycle: { replaceTriggeredBy: [`${dependable(targetGroup)}.arn`] },
    });

    if (internetFacing && !wafOff) {
      const managedGroups = ["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesAnonymousIpList"];
      const metric = (name: string) => ({ cloudwatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true });
      const acl = new Wafv2WebAcl(this, "WebAcl", {
        name: `${this.deploymentName}-api`,
        description: `AWS managed rule groups in front of the ${this.deploymentName} API`,
        scope: "REGIONAL",
        defaultAction: { allow: {} },
        rule: managedGroups.map((group, priority) => ({
          name: group,
          priority,
          overrideAction: { none: {} },
          statement: { managed_rule_group_statement: [{ name: group, vendor_name: "AWS" }] },
          visibilityConfig: metric(group),
        })),
        visibilityConfig: metric(`${this.deploymentName}-api`),
        tags,
      });
      new Wafv2WebAclAssociation(this, "WebAclAssociation", {
        resourceArn: this.loadBalancer.arn,
        webAclArn: acl.arn,
      });
      this.wafLogging(acl, tags);
    }
  }

  /**
   * WAF logs to a customer-key encrypted log group. Credentials in request headers are redacted:
   * the API key travels in a header and must never land in logs.
   */
  private wafLogging(acl: Wafv2WebAcl, tags: Record<string, string>): void {
    const ctx = AwsContext.of(this);
    const logGroupName = `aws-waf-logs-${this.deploymentName}-api`;
    const key = new CustomerManagedKey(this, "WafLogsKey", {
      description: `Encrypts the WAF logs of the ${this.deploymentName} API`,
      deploymentName: this.deploymentName,
      alias: `${this.deploymentName}/waf-logs`,
    });
    key.grantLogGroup(logGroupName);
    const group = new CloudwatchLogGroup(this, "WafLogs", { name: logGroupName, retentionInDays: 365, kmsKeyId: key.keyArn, tags });
    const policy = new CloudwatchLogResourcePolicy(this, "WafLogsDelivery", {
      policyName: `${logGroupName}-delivery`,
      policyDocument: policyDocument([
        {
          Sid: "WafLogDelivery",
          Effect: "Allow",
          Principal: { Service: "delivery.logs.amazonaws.com" },
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `${group.arn}:*`,
          Condition: {
            StringEquals: { "aws:SourceAccount": ctx.accountId },
            ArnLike: { "aws:SourceArn": `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:*` },
          },
        },
      ]),
    });
    new Wafv2WebAclLoggingConfiguration(this, "WafLogging", {
      resourceArn: acl.arn,
      logDestinationConfigs: [group.arn],
      redactedFields: ["authorization", "x-api-key", "cookie"].map((name) => ({ singleHeader: { name } })),
      dependsOn: [policy],
    });
  }

  /** The AWS region of the deployment (from the provider). */
  public readonly region: string;

  /**
   * Adds a plain environment variable. Secret-looking names are rejected: a literal value of a
   * credential would end up in the synthesized JSON and Terraform state.
   */
  public addEnvironment(name: string, value: string): void {
    this.requireEnvName(name);
    rejectLiteralSecret(
      "SecureMeshApi",
      `environment.${name}`,
      name,
      value,
      `remove the literal and call addSecretEnvironment("${name}", secret), e.g. with a RotatingApiKey; a connection URL is built from the secret (fromJson template)`,
    );
    this.env.push({ name, value: terraformLiteral(value) });
  }

  /**
   * Adds an environment variable whose value comes from a Secrets Manager secret. Grants the
   * API's role read access. With External Secrets, the Secret is synced every refresh interval
   * and the API restarts (Reloader) when it changes.
   */
  public addSecretEnvironment(name: string, source: ISecretSource, options: SecretEnvironmentOptions = {}): void {
    this.requireEnvName(name);
    const more = Object.entries(options.fromJson?.moreVariables ?? {});
    more.forEach(([variable]) => this.requireEnvName(variable));
    source.grantRead(this.role);
    if (this.secretDelivery === SecretDeliveryMode.AWS_PROVIDER) {
      for (const variable of [name, ...more.map(([v]) => v)]) this.env.push({ name: `${variable}_SECRET_ARN`, value: source.secretArn });
      return;
    }
    const secretName = requireDnsLabel(
      "SecureMeshApi",
      `secretName of ${name}`,
      options.secretName ?? name.toLowerCase().replace(/_/g, "-"),
    );
    const delivered = this.externalSecrets!.addSecret(`ExternalSecret-${secretName}`, {
      secretName,
      source,
      includePrevious: options.includePrevious,
      mayBeEmpty: options.mayBeEmpty,
      dependsOn: options.dependsOn,
      refreshIntervalMinutes: options.refreshIntervalMinutes,
      properties: options.fromJson?.properties,
      template: options.fromJson ? { value: options.fromJson.template, ...Object.fromEntries(more) } : undefined,
    });
    const optional = options.mayBeEmpty ?? false;
    this.env.push({ name, valueFrom: { secretKeyRef: { name: delivered.secretName, key: "value", optional } } });
    for (const [variable] of more) {
      this.env.push({ name: variable, valueFrom: { secretKeyRef: { name: delivered.secretName, key: variable, optional } } });
    }
    this.reloadSecrets.push(delivered.secretName);
    if (delivered.previousSecretName) {
      // Absent until the second rotation: optional, so the pods never wait for it.
      this.env.push({
        name: `${name}_PREVIOUS`,
        valueFrom: { secretKeyRef: { name: delivered.previousSecretName, key: "value", optional: true } },
      });
      this.reloadSecrets.push(delivered.previousSecretName);
    }
  }

  /** Mounts keys of a Secret of the API namespace read-only (e.g. a database CA certificate). */
  public addSecretFileMount(volumeName: string, secretName: string, items: SecretFileItem[], mountPath: string): void {
    this.volumes.push({
      name: volumeName,
      secret: { secretName, defaultMode: "0444", items: items.map((i) => ({ key: i.key, path: i.path })) },
    });
    this.volumeMounts.push({ name: volumeName, mountPath, readOnly: true });
  }

  /**
   * Mounts a ConfigMap read-only into the API container (e.g. a CA bundle or the RBAC policy); the
   * API restarts when it changes.
   */
  public addConfigMapMount(volumeName: string, configMapName: string, mountPath: string): void {
    this.volumes.push({ name: volumeName, configMap: { name: configMapName, defaultMode: "0444" } });
    this.volumeMounts.push({ name: volumeName, mountPath, readOnly: true });
    this.reloadConfigMaps.push(configMapName);
  }

  /** Allows the API to open connections to another endpoint (registers a network flow). */
  public allowEgressTo(peer: NetworkEndpoint, port: FlowPort, description: string): void {
    this.model.allow(this.endpoint, peer, port, description);
  }

  /** Plain environment variables set so far (name to value); secret references are not included. */
  public get plainEnvironment(): Record<string, string> {
    return Object.fromEntries(this.env.filter((e) => typeof e.value === "string").map((e) => [e.name as string, e.value as string]));
  }

  /** Names of the Kubernetes Secrets whose change restarts the API. */
  public get reloadOnSecrets(): string[] {
    return [...this.reloadSecrets];
  }

  private requireEnvName(name: string): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw invalidInput(ErrorCodes.ENV_NAME, {
        component: "SecureMeshApi",
        property: "environment variable name",
        received: name,
        allowed: "letters, digits and '_', not starting with a digit",
        fix: "rename the variable",
      });
    }
    if (this.env.some((e) => e.name === name)) {
      throw invalidInput(ErrorCodes.DUPLICATE, {
        component: "SecureMeshApi",
        property: "environment variable name",
        received: name,
        allowed: "each variable once",
        fix: `set ${name} in one place only`,
      });
    }
  }
}

export { SecretDeliveryMode, isSecretLookingName };
