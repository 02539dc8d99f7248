import { OptOut } from "../core/opt-out";
import { ReloaderStrategy } from "../core/kubernetes";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { SecretDeliveryMode } from "../secrets/external-secrets";
import { VaultStore } from "../secrets/vault/vault-store";

/** The MeshOptixIQ API listens on this port inside the pod. */
export const API_PORT = 8000;

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

  /**
   * VPC of the cluster: of the ALB, and of the API pods' own security group. Required with
   * ApiIngressMode.ALB; in ingress-controller mode, give it to have the pods' own group too.
   * @default - none
   */
  readonly vpcId?: string;
  /** Subnets of the ALB (public subnets for an internet-facing ALB). Required with ALB mode. @default - none */
  readonly albSubnetIds?: string[];
  /** CIDR blocks of the ALB subnets: the sources the API's NetworkPolicy admits. Required with ALB mode. @default - none */
  readonly albSubnetCidrs?: string[];
  /**
   * The EKS cluster security group. The API pods keep it beside the group of their own the construct
   * makes (their SecurityGroupPolicy names both), for cluster DNS, the kubelet's probes and Neo4j; the
   * construct writes no rule into it. With `podSecurityGroupOptOut` the pods have only this group,
   * and it is the source the ALB, the cache and PostgreSQL admit. Required with ALB mode or `vpcId`.
   * @default - none
   */
  readonly clusterSecurityGroupId?: string;
  /**
   * Run the API pods without a security group of their own (a cluster without Security Groups for
   * Pods: VPC CNI `ENABLE_POD_ENI`, Nitro nodes), with the reason recorded. The cache and PostgreSQL
   * then admit the cluster's security group, that is every pod that shares it, and the guard warns
   * (MESHQ-NET-9). See docs/prerequisites.md.
   * @default - the API pods get a group of their own through a SecurityGroupPolicy
   */
  readonly podSecurityGroupOptOut?: OptOut;
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
   * Accept a world-open range (`0.0.0.0/0`, `::/0`) in `allowedCidrs` of an internal ALB or in
   * `awsApiCidrs`, with the reason recorded in the hardening report. Without it such a range is
   * refused (`MESHQ-CIDR`).
   * @default - refused
   */
  readonly worldOpenCidrsOptOut?: OptOut;
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
   * Where the API reaches AWS APIs (STS, Secrets Manager, KMS) on 443: the CIDRs of your VPC
   * interface endpoints. Only the AWS_PROVIDER secret delivery without a `vaultStore` calls AWS from
   * the API pods, and it requires them; with External Secrets (the default) the API has no AWS role
   * and no egress to AWS, and reading Vault itself it reaches only Vault (the store's `cidrs`).
   * @default - none; required with SecretDeliveryMode.AWS_PROVIDER and no vaultStore
   */
  readonly awsApiCidrs?: string[];
  /** @default SecretDeliveryMode.EXTERNAL_SECRETS */
  readonly secretDelivery?: SecretDeliveryMode;
  /**
   * Read secrets from HashiCorp Vault too (KV version 2, Kubernetes auth, consumer `api`). With
   * External Secrets, a second SecretStore reads the Vault secrets passed to addSecretEnvironment,
   * next to the Secrets Manager store, logging in as External Secrets' dedicated service account
   * (`<deploymentName>-api-secrets`, which no pod runs under); with SecretDeliveryMode.AWS_PROVIDER
   * the API reads Vault itself (`SECRETS_PROVIDER=vault`) as its own service account, and every
   * secret must be in Vault.
   * @default - AWS Secrets Manager only
   */
  readonly vaultStore?: VaultStore;
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
