import { Construct } from "constructs";
import { DeploymentV1 } from "../compat/kubernetes/deployment-v1";
import { NamespaceV1 } from "../compat/kubernetes/namespace-v1";
import { PodDisruptionBudgetV1 } from "../compat/kubernetes/pod-disruption-budget-v1";
import { ServiceAccountV1 } from "../compat/kubernetes/service-account-v1";
import { ServiceV1 } from "../compat/kubernetes/service-v1";
import { ErrorCodes } from "../core/errors";
import { IrsaRole } from "../core/iam";
import {
  checkImage,
  RELOADER_IGNORE_CHANGES,
  requireReloaderStrategy,
  restrictedContainerSecurityContext,
  restrictedNamespaceLabels,
  restrictedPodBase,
} from "../core/kubernetes";
import { k8sLabels } from "../core/tags";
import { defaultContainer, Role, roleMarker } from "../policy/markers";
import { requireArn, requireIntegerInRange, requireNonRootUid, requireValue } from "../core/validators";
import { NetworkModel } from "../network/network-model";
import { SecretDeliveryMode } from "../secrets/external-secrets";
import { ApiEnvironment } from "./api-environment";
import { API_TMP_DIR } from "./image-contract";
import { API_PORT, SecureMeshApiProps } from "./secure-mesh-api-props";
import { apiReadsSecretsManager } from "./api-endpoint";

export { createApiEndpoint } from "./api-endpoint";

const component = "SecureMeshApi";

/** Names shared by the API's Kubernetes objects. */
export interface ApiNames {
  /** The deployment name; prefixes names and tags. */
  readonly deploymentName: string;
  /** The API namespace name (literal). */
  readonly namespaceName: string;
  /** Name of the Deployment, its service account and its Service. */
  readonly appName: string;
  /** Labels that select the API pods. */
  readonly podLabels: Record<string, string>;
}

/** The validated workload settings of {@link SecureMeshApiProps}. */
export interface ApiWorkloadSettings {
  readonly replicas: number;
  readonly uid: number;
  readonly healthPath: string;
}

/** The API's namespace and identities. */
export interface ApiIdentity {
  /** The namespace as a reference to the namespace resource. */
  readonly namespaceRef: string;
  /**
   * The IRSA role that reads the API's secrets: External Secrets' own service account assumes it,
   * or, when the API reads Secrets Manager itself, the API's.
   */
  readonly role: IrsaRole;
  /** The service account the API pods run under. */
  readonly serviceAccount: ServiceAccountV1;
  /**
   * The service account External Secrets reads with (no pod runs under it); absent when the API
   * reads its secrets itself.
   */
  readonly secretsServiceAccount?: ServiceAccountV1;
  /**
   * Literal name of the service account that reads the API's secrets: External Secrets' own
   * (`<app>-secrets`), or the API's when it reads them itself. Vault's Kubernetes auth role of the
   * consumer `api` binds this name.
   */
  readonly secretsReaderName: string;
}

/** Validates the workload properties: the OIDC provider, the image, replicas, UID and Reloader. */
export function apiWorkloadSettings(props: SecureMeshApiProps): ApiWorkloadSettings {
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
  return { replicas, uid, healthPath: props.healthCheckPath ?? "/health" };
}

/**
 * The API's namespace (PSS restricted), service accounts and IRSA role, on `scope`. The AWS role
 * belongs to the identity that calls AWS: External Secrets' own service account, which no pod
 * runs under, so the API pods carry no AWS role; only when the API reads Secrets Manager itself
 * ({@link SecretDeliveryMode.AWS_PROVIDER} without a Vault store) does the API's service account
 * carry it. Reading Vault itself, the API logs in to Vault as its own service account and holds no
 * AWS role.
 */
export function createApiIdentity(
  scope: Construct,
  model: NetworkModel,
  names: ApiNames,
  props: SecureMeshApiProps,
  secretDelivery: SecretDeliveryMode,
): ApiIdentity {
  const namespace = new NamespaceV1(scope, "Namespace", {
    metadata: {
      name: names.namespaceName,
      labels: { ...k8sLabels(names.deploymentName, "api"), ...restrictedNamespaceLabels(props.podSecurityStandardsVersion ?? "latest") },
    },
  });
  const ns = namespace.metadata.name;
  model.addNamespace(names.namespaceName, ns);

  const apiCallsAws = apiReadsSecretsManager(props, secretDelivery);
  const viaExternalSecrets = secretDelivery === SecretDeliveryMode.EXTERNAL_SECRETS;
  const secretsReader = viaExternalSecrets ? secretsServiceAccountName(names.appName) : names.appName;
  const role = new IrsaRole(scope, "Role", {
    oidcProviderArn: props.oidcProviderArn,
    namespace: names.namespaceName,
    serviceAccountName: apiCallsAws ? names.appName : secretsServiceAccountName(names.appName),
    deploymentName: names.deploymentName,
    grantId: `${names.deploymentName}-api`,
  });
  const irsa = { "eks.amazonaws.com/role-arn": role.roleArn };
  const serviceAccount = new ServiceAccountV1(scope, "ServiceAccount", {
    metadata: {
      name: names.appName,
      namespace: ns,
      labels: k8sLabels(names.deploymentName, "api"),
      annotations: apiCallsAws ? irsa : {},
    },
    automountServiceAccountToken: false,
  });
  const secretsServiceAccount = viaExternalSecrets
    ? new ServiceAccountV1(scope, "SecretsServiceAccount", {
        metadata: { name: secretsReader, namespace: ns, labels: k8sLabels(names.deploymentName, "api"), annotations: irsa },
        automountServiceAccountToken: false,
      })
    : undefined;
  return { namespaceRef: ns, role, serviceAccount, secretsServiceAccount, secretsReaderName: secretsReader };
}

/** Name of the service account External Secrets reads the API's secrets with. */
export const secretsServiceAccountName = (appName: string): string => `${appName}-secrets`;

/** What {@link createApiWorkload} needs besides the props. */
export interface ApiWorkloadOptions {
  readonly names: ApiNames;
  readonly identity: ApiIdentity;
  readonly settings: ApiWorkloadSettings;
  readonly environment: ApiEnvironment;
  /** The pods' own security group: named on the pod template, so that a new group rolls the pods. @default - none */
  readonly podSecurityGroupId?: string;
}

/** Pod template annotation naming the pods' own security group (a change rolls the pods onto the new group). */
export const POD_SECURITY_GROUP_ANNOTATION = "meshoptixiq.io/pod-security-group";

/** The API Deployment, its PodDisruptionBudget and its ClusterIP Service, on `scope`. */
export function createApiWorkload(
  scope: Construct,
  props: SecureMeshApiProps,
  options: ApiWorkloadOptions,
): { deployment: DeploymentV1; service: ServiceV1 } {
  const { names, identity, settings, environment } = options;
  const { deploymentName, appName, podLabels } = names;
  const ns = identity.namespaceRef;
  checkImage(scope, component, "image", props.image);
  const res = props.resources ?? {};
  environment.volumes.push({ name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "256Mi" } });
  environment.volumeMounts.push({ name: "tmp", mountPath: API_TMP_DIR }); // see API_CONTRACT
  const probe = (initialDelay: number) => ({
    httpGet: { path: settings.healthPath, port: String(API_PORT), scheme: "HTTP" },
    initialDelaySeconds: initialDelay,
    periodSeconds: 10,
    timeoutSeconds: 3,
    failureThreshold: 3,
  });
  const deployment = new DeploymentV1(scope, "Resource", {
    metadata: {
      name: appName,
      namespace: ns,
      labels: { ...k8sLabels(deploymentName, "api"), ...podLabels },
      // Reloader restarts the API when one of these Secrets or ConfigMaps changes.
      annotations: environment.reloaderAnnotations(),
    },
    spec: {
      replicas: String(settings.replicas),
      revisionHistoryLimit: 5,
      selector: { matchLabels: podLabels },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "0", maxSurge: "1" } },
      template: {
        metadata: {
          labels: { ...k8sLabels(deploymentName, "api"), ...podLabels, ...roleMarker(Role.API) },
          annotations: {
            ...defaultContainer("api"),
            ...(options.podSecurityGroupId ? { [POD_SECURITY_GROUP_ANNOTATION]: options.podSecurityGroupId } : {}),
          },
        },
        spec: {
          ...restrictedPodBase(identity.serviceAccount.metadata.name, settings.uid),
          topologySpreadConstraint: [
            {
              maxSkew: 1,
              topologyKey: "topology.kubernetes.io/zone",
              whenUnsatisfiable: "DoNotSchedule",
              labelSelector: [{ matchLabels: podLabels }],
            },
            {
              maxSkew: 1,
              topologyKey: "kubernetes.io/hostname",
              whenUnsatisfiable: "ScheduleAnyway",
              labelSelector: [{ matchLabels: podLabels }],
            },
          ],
          container: [
            {
              name: "api",
              image: props.image,
              imagePullPolicy: "Always",
              port: [{ name: "http", containerPort: API_PORT, protocol: "TCP" }],
              // filled as constructs add variables and mounts (the arrays are read at synth)
              env: environment.env,
              volumeMount: environment.volumeMounts,
              resources: {
                requests: { cpu: res.cpuRequest ?? "250m", memory: res.memoryRequest ?? "512Mi" },
                limits: { cpu: res.cpuLimit ?? "1", memory: res.memoryLimit ?? "1Gi" },
              },
              livenessProbe: probe(20),
              readinessProbe: probe(5),
              securityContext: restrictedContainerSecurityContext(settings.uid),
            },
          ],
          volume: environment.volumes,
        },
      },
    },
    waitForRollout: true,
    lifecycle: { ignoreChanges: [RELOADER_IGNORE_CHANGES] },
  });

  new PodDisruptionBudgetV1(scope, "DisruptionBudget", {
    metadata: { name: appName, namespace: ns, labels: k8sLabels(deploymentName, "api") },
    spec: { maxUnavailable: "1", selector: { matchLabels: podLabels } },
  });

  const service = new ServiceV1(scope, "Service", {
    metadata: { name: appName, namespace: ns, labels: k8sLabels(deploymentName, "api") },
    spec: {
      type: "ClusterIP",
      selector: podLabels,
      port: [{ name: "http", port: API_PORT, targetPort: String(API_PORT), protocol: "TCP" }],
    },
  });
  return { deployment, service };
}
