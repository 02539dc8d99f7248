import { dependable } from "../compat/core";
import { Construct } from "constructs";
import { Lb } from "../compat/aws/lb";
import { DeploymentV1 } from "../compat/kubernetes/deployment-v1";
import { AwsContext } from "../core/aws-context";
import { isSecretLookingName } from "../policy/secrets";
import { IrsaRole } from "../core/iam";
import { requireDnsLabel } from "../core/validators";
import { FlowPort, NetworkEndpoint } from "../core/endpoint";
import { NetworkModel } from "../network/network-model";
import { SecretDeliveryMode } from "../secrets/external-secrets";
import { SecretSource } from "../core/secret-source";
import { admitIngressController, createAlbIngress } from "./alb-ingress";
import { ApiEnvironment } from "./api-environment";
import { createApiPodSecurityGroup } from "./api-pod-security-group";
import { apiWorkloadSettings, createApiEndpoint, createApiIdentity, createApiWorkload } from "./api-workload";
import { IMeshApi, SecretEnvironmentOptions, SecretFileItem } from "../core/mesh-api";
import { ApiIngressMode, SecureMeshApiProps } from "./secure-mesh-api-props";
import { guardStack } from "../core/stack-guard";

export { API_PORT, ApiIngressMode } from "./secure-mesh-api-props";
export type { ApiCertificateProps, ApiResources, IngressControllerSelector, SecureMeshApiProps } from "./secure-mesh-api-props";
export { TARGET_GROUP_BINDING_IMMUTABLE_FIELDS } from "./alb-ingress";

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
  /**
   * Security group of the API pods' network interfaces, the source the cache and PostgreSQL admit:
   * the pods' own group (Security Groups for Pods), or the cluster's with `podSecurityGroupOptOut`.
   * Undefined in ingress-controller mode without `vpcId`.
   */
  public readonly podSecurityGroupId?: string;
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
  /**
   * The IRSA role that reads the API's secrets; secrets are granted to it. With External Secrets
   * (the default) it belongs to External Secrets' own service account, not to the API pods.
   */
  public readonly role: IrsaRole;
  /** The API as a network endpoint, for other constructs' flows. */
  public readonly endpoint: NetworkEndpoint;
  /** Name of the ClusterIP service. */
  public readonly serviceName: string;
  /** The deployment name. */
  public readonly deploymentName: string;
  /** How secrets reach the container. */
  public readonly secretDelivery: SecretDeliveryMode;

  /** The AWS region of the deployment (from the provider). */
  public readonly region: string;

  private readonly model: NetworkModel;
  private readonly environment: ApiEnvironment;

  constructor(scope: Construct, id: string, props: SecureMeshApiProps) {
    super(scope, id);
    const component = "SecureMeshApi";
    this.deploymentName = requireDnsLabel(component, "deploymentName", props.deploymentName ?? "meshoptixiq");
    this.namespaceName = requireDnsLabel(component, "namespace", props.namespace ?? "meshoptixiq");
    this.model = NetworkModel.of(this);
    guardStack(this);
    this.model.declareEnforcement(component, props.networkPolicyEnforcement);
    const settings = apiWorkloadSettings(props);
    const mode = props.ingressMode ?? ApiIngressMode.ALB;
    this.secretDelivery = props.secretDelivery ?? SecretDeliveryMode.EXTERNAL_SECRETS;
    const appName = `${this.deploymentName}-api`;
    this.podLabels = { app: appName };
    this.serviceAccountName = appName;
    this.serviceName = appName;
    const names = { deploymentName: this.deploymentName, namespaceName: this.namespaceName, appName, podLabels: this.podLabels };

    // Kubernetes: namespace, identities, network
    const identity = createApiIdentity(this, this.model, names, props, this.secretDelivery);
    this.namespaceRef = identity.namespaceRef;
    this.role = identity.role;
    const podGroup = createApiPodSecurityGroup(this, props, names, this.namespaceRef);
    this.podSecurityGroupId = podGroup.securityGroupId;
    this.endpoint = createApiEndpoint(this.model, names, this.namespaceRef, podGroup.securityGroupId, props, this.secretDelivery);

    // Environment
    this.environment = new ApiEnvironment(this.role, this.secretDelivery);
    for (const [name, value] of Object.entries(props.environment ?? {})) {
      this.addEnvironment(name, value);
    }
    this.region = AwsContext.of(this).region;
    this.environment.deliverSecrets(this, {
      namespace: this.namespaceRef,
      serviceAccountName: (identity.secretsServiceAccount ?? identity.serviceAccount).metadata.name,
      region: this.region,
      refreshIntervalMinutes: props.secretRefreshIntervalMinutes,
      vault: props.vaultStore
        ? {
            store: props.vaultStore,
            identity: { consumer: "api", namespace: this.namespaceName, serviceAccountName: identity.secretsReaderName },
          }
        : undefined,
    });
    // With External Secrets, the operator reads Vault; the API itself does only as its provider.
    if (props.vaultStore && this.secretDelivery === SecretDeliveryMode.AWS_PROVIDER)
      this.allowEgressTo(props.vaultStore.endpoint, { port: props.vaultStore.port }, "Vault");

    // Workload
    const workload = createApiWorkload(this, props, {
      names,
      identity,
      settings,
      environment: this.environment,
      podSecurityGroupId: podGroup.policy && podGroup.securityGroupId,
    });
    this.resource = workload.deployment;
    // A pod gets its group when it is created: the policy exists before the first pod, and a new
    // group rolls the pods.
    if (podGroup.policy) {
      this.resource.dependsOn = [...(this.resource.dependsOn ?? []), dependable(podGroup.policy)];
    }

    // Ingress path
    if (mode === ApiIngressMode.INGRESS_CONTROLLER) {
      admitIngressController(this, this.model, this.endpoint, props.ingressController);
      return;
    }
    const alb = createAlbIngress(this, this.model, props, {
      deploymentName: this.deploymentName,
      endpoint: this.endpoint,
      appName,
      namespaceRef: this.namespaceRef,
      serviceName: workload.service.metadata.name,
      healthPath: settings.healthPath,
    });
    this.loadBalancer = alb.loadBalancer;
    this.loadBalancerArn = alb.loadBalancer.arn;
    this.loadBalancerDnsName = alb.loadBalancer.dnsName;
    this.albSecurityGroupId = alb.securityGroupId;
  }

  /**
   * Adds a plain environment variable. Secret-looking names are rejected: a literal value of a
   * credential would end up in the synthesized JSON and Terraform state.
   */
  public addEnvironment(name: string, value: string): void {
    this.environment.addEnvironment(name, value);
  }

  /**
   * Adds an environment variable whose value comes from a Secrets Manager secret. Grants the
   * API's role read access. With External Secrets, the Secret is synced every refresh interval
   * and the API restarts (Reloader) when it changes.
   */
  public addSecretEnvironment(name: string, source: SecretSource, options: SecretEnvironmentOptions = {}): void {
    this.environment.addSecretEnvironment(name, source, options);
  }

  /** Mounts keys of a Secret of the API namespace read-only (e.g. a database CA certificate). */
  public addSecretFileMount(volumeName: string, secretName: string, items: SecretFileItem[], mountPath: string): void {
    this.environment.addSecretFileMount(volumeName, secretName, items, mountPath);
  }

  /**
   * Mounts a ConfigMap read-only into the API container (e.g. a CA bundle or the RBAC policy); the
   * API restarts when it changes.
   */
  public addConfigMapMount(volumeName: string, configMapName: string, mountPath: string): void {
    this.environment.addConfigMapMount(volumeName, configMapName, mountPath);
  }

  /** Allows the API to open connections to another endpoint (registers a network flow). */
  public allowEgressTo(peer: NetworkEndpoint, port: FlowPort, description: string): void {
    this.model.allow(this.endpoint, peer, port, description);
  }

  /** Plain environment variables set so far (name to value); secret references are not included. */
  public get plainEnvironment(): Record<string, string> {
    return this.environment.plainEnvironment;
  }

  /** Names of the Kubernetes Secrets whose change restarts the API. */
  public get reloadOnSecrets(): string[] {
    return this.environment.reloadOnSecrets;
  }
}

export { SecretDeliveryMode, isSecretLookingName };
