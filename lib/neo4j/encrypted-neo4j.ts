import { dependable, ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { PodDisruptionBudgetV1 } from "@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1";
import { ServiceAccountV1 } from "@cdktf/provider-kubernetes/lib/service-account-v1";
import { ServiceV1 } from "@cdktf/provider-kubernetes/lib/service-v1";
import { StatefulSetV1 } from "@cdktf/provider-kubernetes/lib/stateful-set-v1";
import { IMeshApi } from "../api/mesh-api";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes, invalidInput } from "../core/errors";
import { IrsaRole } from "../core/iam";
import {
  checkImage,
  RELOADER_IGNORE_CHANGES,
  RELOADER_SECRET_ANNOTATION,
  ReloaderStrategy,
  requireReloaderStrategy,
  restrictedContainerSecurityContext,
  restrictedNamespaceLabels,
  restrictedPodBase,
} from "../core/kubernetes";
import { OptOut, recordOptOut } from "../core/opt-out";
import { k8sLabels } from "../core/tags";
import { requireArn, requireDnsLabel, requireValue } from "../core/tokens";
import { NetworkEndpoint, Protocol } from "../network/endpoint";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { NetworkModel } from "../network/network-model";
import { ExternalSecretsDelivery } from "../secrets/external-secrets";
import { BoltCertificate, CertificateIssuerRef } from "./bolt-certificate";
import { EncryptedStorage } from "./encrypted-storage";
import { NEO4J_CONF_DIR, NEO4J_RUN_DIR, NEO4J_TLS_DIR } from "./image-contract";
import { DEFAULT_GRACE_PERIOD_MINUTES, Neo4jPassword } from "./password-rotation";
import { guardStack } from "../core/stack-guard";

/** The bolt port. */
export const BOLT_PORT = 7687;
/** The HTTPS browser port (only with `httpsBrowser`). */
export const HTTPS_PORT = 7473;
/** UID of the official Neo4j image. */
export const NEO4J_UID = 7474;
/** Default Neo4j image: 5.26 LTS, community edition. Pin it by digest in production. */
export const DEFAULT_NEO4J_IMAGE = "neo4j:5.26.0-community";
/** Default image for the rotation's AWS steps. Pin it by digest in production. */
export const DEFAULT_AWS_CLI_IMAGE = "amazon/aws-cli:2.22.0";

/** Neo4j memory settings. */
export interface Neo4jMemory {
  /** @default "1G" */
  readonly heapSize?: string;
  /** @default "1G" */
  readonly pageCacheSize?: string;
  /** Container memory request and limit. @default "3Gi" */
  readonly containerMemory?: string;
  /** @default "500m" */
  readonly cpuRequest?: string;
  /** @default "2" */
  readonly cpuLimit?: string;
}

/** Properties of {@link EncryptedNeo4j}. */
export interface EncryptedNeo4jProps {
  /** ARN of the cluster's IAM OIDC provider (IRSA for Neo4j and the password rotator). */
  readonly oidcProviderArn: string;
  /** IAM role of the EBS CSI driver controller; the volume key lets it create grants. */
  readonly ebsCsiDriverRoleArn: string;
  /**
   * The API that uses the graph: gets `NEO4J_URI` (bolt+s), `NEO4J_USER`, `NEO4J_PASSWORD` (from
   * Secrets Manager), the CA certificate, and the only network path to 7687.
   * @default - no API wiring; allow clients with allowClient
   */
  readonly api?: IMeshApi;
  /** @default - the API's deployment name, else "meshoptixiq" */
  readonly deploymentName?: string;
  /**
   * Namespace of Neo4j. With `api`, it must be the API's namespace (the API mounts the CA
   * certificate from a Secret there).
   * @default - the API's namespace, else "meshoptixiq-data" (created)
   */
  readonly namespace?: string;
  /** Required without `api` (with `api`, the stack's declared enforcement applies). @default - the stack's declaration */
  readonly networkPolicyEnforcement?: NetworkPolicyEnforcement;
  /** @default DEFAULT_NEO4J_IMAGE */
  readonly image?: string;
  /** @default DEFAULT_AWS_CLI_IMAGE */
  readonly awsCliImage?: string;
  /** Size of the data volume. @default "100Gi" */
  readonly storageSize?: string;
  /** @default - see Neo4jMemory */
  readonly memory?: Neo4jMemory;
  /** cert-manager issuer of the bolt certificate. @default - a private CA created in the namespace */
  readonly certificateIssuer?: CertificateIssuerRef;
  /**
   * Also serve Neo4j Browser over HTTPS (7473) with the same certificate. Plain HTTP (7474) is
   * never enabled.
   * @default false
   */
  readonly httpsBrowser?: boolean;
  /** Cron schedule (UTC) of the password rotation, independent of the API keys. @default "0 3 1 * *" */
  readonly passwordRotationSchedule?: string;
  /**
   * Minutes the previous Neo4j user stays active after a rotation switched the API's credential to
   * the other user: long enough for the API to pick up the new credential (1-minute refresh) and
   * restart on it. Then the previous user is dropped. 5 to 1440.
   * @default 15
   */
  readonly passwordRotationGracePeriodMinutes?: number;
  /** Daily encrypted snapshots to keep. @default 14 */
  readonly snapshotRetentionCount?: number;
  /** UTC time of the daily snapshot. @default "02:30" */
  readonly snapshotTime?: string;
  /** Break-glass key administrators. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /**
   * Allow `terraform destroy` of the volume key, storage class and password secret, with a
   * recorded reason. @default - protected (prevent_destroy)
   */
  readonly destroyProtectionOptOut?: OptOut;
  /**
   * Environment variable of the API that receives the CA certificate path (bolt+s verification).
   * @default "NEO4J_TRUSTED_CA_FILE"
   */
  readonly apiCaFileVariable?: string;
  /**
   * The strategy the cluster's Stakater Reloader runs with (Neo4j restarts when its certificate is
   * renewed). Only the annotations strategy is accepted; declaring another fails synth.
   * @default ReloaderStrategy.ANNOTATIONS
   */
  readonly reloaderStrategy?: ReloaderStrategy;
}

/**
 * Neo4j 5 for MeshOptixIQ's graph (guide §12.6): authentication always on with a password that is
 * generated and rotated inside AWS and the cluster, bolt over TLS only (TLS 1.2/1.3, certificate
 * from cert-manager, restart on renewal, HTTP connector off), a ClusterIP service reachable on
 * 7687 only from the API, and volumes encrypted with a customer-managed key and snapshotted daily.
 */
export class EncryptedNeo4j extends Construct {
  /** The StatefulSet (escape hatch). */
  public readonly resource: StatefulSetV1;
  /** bolt+s URI the API connects to. */
  public readonly connectionUri: string;
  public readonly serviceName: string;
  /** Namespace of Neo4j (literal: DNS names, comparisons). */
  public readonly namespaceName: string;
  /** Namespace of Neo4j as a reference to the namespace resource (its own, or the API's). */
  public readonly namespaceRef: string;
  /** The Neo4j pods as a network endpoint. */
  public readonly endpoint: NetworkEndpoint;
  /** The password secret (grantRead for more readers). */
  public readonly password: Neo4jPassword;
  /** Encryption at rest: key, storage class, snapshots. */
  public readonly storage: EncryptedStorage;
  /** The bolt certificate; its Secret also holds `ca.crt`. */
  public readonly certificate: BoltCertificate;

  private readonly model: NetworkModel;

  constructor(scope: Construct, id: string, props: EncryptedNeo4jProps) {
    super(scope, id);
    const component = "EncryptedNeo4j";
    const api = props.api;
    const deploymentName = requireDnsLabel(component, "deploymentName", props.deploymentName ?? api?.deploymentName ?? "meshoptixiq");
    this.namespaceName = requireDnsLabel(component, "namespace", props.namespace ?? api?.namespaceName ?? `${deploymentName}-data`);
    requireValue(component, "oidcProviderArn", props.oidcProviderArn, "pass the ARN of the cluster's IAM OIDC provider");
    requireArn(component, "oidcProviderArn", props.oidcProviderArn, "oidcProvider", "pass the ARN of the cluster's IAM OIDC provider");
    requireValue(
      component,
      "ebsCsiDriverRoleArn",
      props.ebsCsiDriverRoleArn,
      "pass the IAM role of the EBS CSI driver controller: without a grant on the volume key, encrypted volumes are created and then fail to attach",
    );
    if (api && this.namespaceName !== api.namespaceName) {
      throw invalidInput(ErrorCodes.REQUIRED, {
        component,
        property: "namespace",
        received: this.namespaceName,
        allowed: `the API's namespace ("${api.namespaceName}") when api is given`,
        fix: "remove namespace: the API verifies bolt+s with the CA certificate mounted from a Secret, which must be in its own namespace",
      });
    }
    this.model = NetworkModel.of(this);
    guardStack(this);
    if (props.networkPolicyEnforcement !== undefined || !api) {
      this.model.declareEnforcement(component, props.networkPolicyEnforcement);
    }
    requireReloaderStrategy(component, "reloaderStrategy", props.reloaderStrategy);
    const preventDestroy = !recordOptOut(this, component, "destroyProtectionOptOut", props.destroyProtectionOptOut);
    const image = props.image ?? DEFAULT_NEO4J_IMAGE;
    const awsCliImage = props.awsCliImage ?? DEFAULT_AWS_CLI_IMAGE;
    checkImage(this, component, "image", image);
    checkImage(this, component, "awsCliImage", awsCliImage);

    const name = `${deploymentName}-neo4j`;
    this.serviceName = name;
    const podLabels = { app: "neo4j", "app.kubernetes.io/instance": name };
    const rotatorLabels = { app: "neo4j-password-rotator", "app.kubernetes.io/instance": name };
    const fqdn = `${name}.${this.namespaceName}.svc.cluster.local`;
    this.connectionUri = `bolt+s://${fqdn}:${BOLT_PORT}`;

    // Namespace: the API's, or our own under Pod Security Standards restricted and default deny.
    // Every namespaced object below takes it as a reference, so Terraform creates it first.
    if (api) {
      this.namespaceRef = api.namespaceRef;
    } else {
      const ns = new NamespaceV1(this, "Namespace", {
        metadata: { name: this.namespaceName, labels: { ...k8sLabels(deploymentName, "neo4j"), ...restrictedNamespaceLabels("latest") } },
      });
      this.namespaceRef = ns.metadata.name;
      this.model.addNamespace(this.namespaceName, this.namespaceRef);
    }
    const namespace = this.namespaceRef;

    // Network: 7687 from the API (and the password rotator) only; no egress but DNS.
    this.endpoint = NetworkEndpoint.workload(name, { namespace: this.namespaceName, podLabels });
    this.model.addWorkload(this.endpoint, { namespaceRef: namespace });
    this.model.allow(this.endpoint, NetworkEndpoint.clusterDns(), { port: 53, protocol: Protocol.UDP }, "Cluster DNS");
    this.model.allow(this.endpoint, NetworkEndpoint.clusterDns(), { port: 53, protocol: Protocol.TCP }, "Cluster DNS");
    const rotator = NetworkEndpoint.workload(`${name}-password-rotator`, { namespace: this.namespaceName, podLabels: rotatorLabels });
    const rotatorNetworkPolicy = this.model.addWorkload(rotator, { namespaceRef: namespace });
    this.model.allow(rotator, this.endpoint, { port: BOLT_PORT }, "Credential rotation (user management over bolt+s)");
    this.model.allow(rotator, NetworkEndpoint.awsApis(), { port: 443 }, "Secrets Manager");
    this.model.allow(rotator, NetworkEndpoint.clusterDns(), { port: 53, protocol: Protocol.UDP }, "Cluster DNS");
    this.model.allow(rotator, NetworkEndpoint.clusterDns(), { port: 53, protocol: Protocol.TCP }, "Cluster DNS");

    // Encryption at rest.
    this.storage = new EncryptedStorage(this, "Storage", {
      deploymentName,
      storageClassName: `${name}-encrypted`,
      ebsCsiDriverRoleArn: props.ebsCsiDriverRoleArn,
      backupTag: name,
      snapshotRetentionCount: props.snapshotRetentionCount ?? 14,
      snapshotTime: props.snapshotTime ?? "02:30",
      keyAdministratorArns: props.keyAdministratorArns,
      preventDestroy,
    });

    // TLS.
    this.certificate = new BoltCertificate(this, "BoltCertificate", {
      namespace,
      name,
      dnsNames: [name, `${name}.${this.namespaceName}`, `${name}.${this.namespaceName}.svc`, fqdn],
      issuer: props.certificateIssuer,
    });

    // Identity and password.
    const role = new IrsaRole(this, "Role", {
      oidcProviderArn: props.oidcProviderArn,
      namespace: this.namespaceName,
      serviceAccountName: name,
      deploymentName,
      grantId: `${deploymentName}-neo4j`,
    });
    const serviceAccount = new ServiceAccountV1(this, "ServiceAccount", {
      metadata: {
        name,
        namespace,
        labels: k8sLabels(deploymentName, "neo4j"),
        annotations: { "eks.amazonaws.com/role-arn": role.roleArn },
      },
      automountServiceAccountToken: false,
    });
    this.password = new Neo4jPassword(this, "Password", {
      deploymentName,
      name,
      namespace,
      oidcProviderArn: props.oidcProviderArn,
      schedule: props.passwordRotationSchedule ?? "0 3 1 * *",
      gracePeriodMinutes: props.passwordRotationGracePeriodMinutes ?? DEFAULT_GRACE_PERIOD_MINUTES,
      awsCliImage,
      neo4jImage: image,
      boltUri: this.connectionUri,
      tlsSecretName: this.certificate.secretName,
      truststorePassword: this.certificate.truststorePassword,
      uid: NEO4J_UID,
      podLabels: rotatorLabels,
      keyAdministratorArns: props.keyAdministratorArns,
      preventDestroy,
      // The rotator's pods need their NetworkPolicy (egress to Secrets Manager and 7687) to exist.
      dependsOn: [rotatorNetworkPolicy],
    });
    this.initJobWaitsForItsPermissions();
    this.password.grantRead(role);
    const delivery = new ExternalSecretsDelivery(this, "Secrets", {
      namespace,
      serviceAccountName: serviceAccount.metadata.name,
      storeName: `${name}-secrets-manager`,
      region: AwsContext.of(this).region,
    });
    // NEO4J_AUTH only sets the neo4j user's password before the first start (the init credential).
    // The init Job writes the first password: the ExternalSecret is created after it, so its
    // AWSCURRENT read succeeds on the first sync.
    const authSecret = delivery.addSecret("AuthSecret", {
      secretName: `${name}-auth`,
      source: this.password,
      properties: ["password"],
      template: { NEO4J_AUTH: "neo4j/{{ .password }}" },
      dependsOn: [this.password.initJob],
    }).secretName;

    // Neo4j.
    const memory = props.memory ?? {};
    const containerMemory = memory.containerMemory ?? "3Gi";
    const browser = props.httpsBrowser ?? false;
    const ssl = (policy: string) => ({
      [`NEO4J_dbms_ssl_policy_${policy}_enabled`]: "true",
      [`NEO4J_dbms_ssl_policy_${policy}_base__directory`]: NEO4J_TLS_DIR,
      [`NEO4J_dbms_ssl_policy_${policy}_private__key`]: "private.key",
      [`NEO4J_dbms_ssl_policy_${policy}_public__certificate`]: "public.crt",
      [`NEO4J_dbms_ssl_policy_${policy}_trusted__dir`]: "trusted",
      [`NEO4J_dbms_ssl_policy_${policy}_client__auth`]: "NONE",
      [`NEO4J_dbms_ssl_policy_${policy}_tls__versions`]: "TLSv1.3,TLSv1.2",
    });
    const settings: Record<string, string> = {
      NEO4J_server_bolt_enabled: "true",
      NEO4J_server_bolt_tls__level: "REQUIRED",
      NEO4J_server_bolt_listen__address: `0.0.0.0:${BOLT_PORT}`,
      ...ssl("bolt"),
      NEO4J_server_http_enabled: "false",
      NEO4J_server_https_enabled: browser ? "true" : "false",
      ...(browser ? { ...ssl("https"), NEO4J_server_https_listen__address: `0.0.0.0:${HTTPS_PORT}` } : {}),
      NEO4J_server_memory_heap_initial__size: memory.heapSize ?? "1G",
      NEO4J_server_memory_heap_max__size: memory.heapSize ?? "1G",
      NEO4J_server_memory_pagecache_size: memory.pageCacheSize ?? "1G",
      NEO4J_server_directories_logs: "/logs",
      // The image's entrypoint defaults server.directories.run to /run, which is read-only here.
      NEO4J_server_directories_run: NEO4J_RUN_DIR,
      NEO4J_dbms_security_auth__enabled: "true",
      NEO4J_dbms_usage__report_enabled: "false",
    };
    const ports = [{ name: "bolt", containerPort: BOLT_PORT, protocol: "TCP" }];
    if (browser) ports.push({ name: "https", containerPort: HTTPS_PORT, protocol: "TCP" });
    const probe = (initialDelay: number, failureThreshold: number) => ({
      tcpSocket: [{ port: String(BOLT_PORT) }],
      initialDelaySeconds: initialDelay,
      periodSeconds: 10,
      timeoutSeconds: 5,
      failureThreshold,
    });

    const service = new ServiceV1(this, "Service", {
      metadata: { name, namespace, labels: k8sLabels(deploymentName, "neo4j") },
      spec: {
        type: "ClusterIP",
        selector: podLabels,
        port: [
          { name: "bolt", port: BOLT_PORT, targetPort: String(BOLT_PORT), protocol: "TCP" },
          ...(browser ? [{ name: "https", port: HTTPS_PORT, targetPort: String(HTTPS_PORT), protocol: "TCP" }] : []),
        ],
      },
    });

    this.resource = new StatefulSetV1(this, "Resource", {
      metadata: {
        name,
        namespace,
        labels: { ...k8sLabels(deploymentName, "neo4j"), ...podLabels },
        annotations: { [RELOADER_SECRET_ANNOTATION]: this.certificate.secretName },
      },
      spec: {
        serviceName: service.metadata.name,
        replicas: "1",
        podManagementPolicy: "OrderedReady",
        selector: { matchLabels: podLabels },
        updateStrategy: [{ type: "RollingUpdate" }],
        persistentVolumeClaimRetentionPolicy: [{ whenDeleted: "Retain", whenScaled: "Retain" }],
        template: {
          metadata: { labels: { ...k8sLabels(deploymentName, "neo4j"), ...podLabels } },
          spec: {
            ...restrictedPodBase(serviceAccount.metadata.name, NEO4J_UID),
            terminationGracePeriodSeconds: 120,
            // The entrypoint appends settings to conf/neo4j.conf, so conf is a writable emptyDir;
            // this seeds it with the image's own files (neo4j.conf, server-logs.xml, user-logs.xml).
            initContainer: [
              {
                name: "conf-seed",
                image,
                imagePullPolicy: "Always",
                command: ["cp", "-R", `${NEO4J_CONF_DIR}/.`, "/seed/"],
                resources: { requests: { cpu: "10m", memory: "32Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
                securityContext: restrictedContainerSecurityContext(NEO4J_UID),
                volumeMount: [{ name: "conf", mountPath: "/seed" }],
              },
            ],
            container: [
              {
                name: "neo4j",
                image,
                imagePullPolicy: "Always",
                port: ports,
                env: [
                  { name: "NEO4J_AUTH", valueFrom: { secretKeyRef: { name: authSecret, key: "NEO4J_AUTH", optional: false } } },
                  ...Object.entries(settings).map(([n, value]) => ({ name: n, value })),
                ],
                resources: {
                  requests: { cpu: memory.cpuRequest ?? "500m", memory: containerMemory },
                  limits: { cpu: memory.cpuLimit ?? "2", memory: containerMemory },
                },
                startupProbe: probe(10, 60),
                livenessProbe: probe(0, 6),
                readinessProbe: probe(0, 3),
                securityContext: restrictedContainerSecurityContext(NEO4J_UID),
                // Writable paths of the image on a read-only root: see NEO4J_SERVER_CONTRACT. The
                // certificates are not mounted at /ssl, where the entrypoint would rm -rf and
                // re-link $NEO4J_HOME/certificates.
                volumeMount: [
                  { name: "data", mountPath: "/data" },
                  { name: "logs", mountPath: "/logs" },
                  { name: "conf", mountPath: NEO4J_CONF_DIR },
                  { name: "run", mountPath: NEO4J_RUN_DIR },
                  { name: "tmp", mountPath: "/tmp" },
                  { name: "tls", mountPath: NEO4J_TLS_DIR, readOnly: true },
                ],
              },
            ],
            volume: [
              { name: "logs", emptyDir: { sizeLimit: "2Gi" } },
              { name: "conf", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
              { name: "run", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
              { name: "tmp", emptyDir: { sizeLimit: "1Gi" } },
              {
                name: "tls",
                secret: {
                  secretName: this.certificate.secretName,
                  defaultMode: "0440",
                  items: [
                    { key: "tls.key", path: "private.key" },
                    { key: "tls.crt", path: "public.crt" },
                    { key: "ca.crt", path: "trusted/ca.crt" },
                  ],
                },
              },
            ],
          },
        },
        volumeClaimTemplate: [
          {
            metadata: { name: "data", labels: k8sLabels(deploymentName, "neo4j") },
            spec: {
              accessModes: ["ReadWriteOnce"],
              storageClassName: this.storage.storageClassName,
              resources: { requests: { storage: props.storageSize ?? "100Gi" } },
            },
          },
        ],
      },
      waitForRollout: true,
      lifecycle: { ignoreChanges: [RELOADER_IGNORE_CHANGES] },
      // Neo4j sets its password from NEO4J_AUTH on first start: the init Job must have written it.
      dependsOn: [this.password.initJob],
    });

    // One replica: a budget that keeps it available would block every node drain. This one lets the
    // drain evict the pod (Neo4j is down until it is rescheduled on another node) and never lets
    // two pods go at once should the StatefulSet be scaled out.
    new PodDisruptionBudgetV1(this, "DisruptionBudget", {
      metadata: { name, namespace, labels: k8sLabels(deploymentName, "neo4j") },
      spec: { maxUnavailable: "1", selector: { matchLabels: podLabels } },
    });

    if (api) this.connectApi(api, props.apiCaFileVariable ?? "NEO4J_TRUSTED_CA_FILE");
  }

  /**
   * The init Job writes the password with the rotator's role: it must start after the role's
   * policy and the secret's resource policy that admit the rotator as a writer (its NetworkPolicy
   * is passed in through Neo4jPassword's dependsOn).
   */
  private initJobWaitsForItsPermissions(): void {
    const waitFor = [
      { scope: this.password as Construct, id: "RotatorPolicy" },
      { scope: this.password.secret as Construct, id: "Policy" },
    ].map(({ scope, id }) => {
      const child = scope.node.tryFindChild(id);
      if (!child) throw new Error(`EncryptedNeo4j: ${scope.node.path}/${id} not found; the init Job must wait for it`);
      return dependable(child as unknown as ITerraformDependable);
    });
    const job = this.password.initJob;
    job.dependsOn = [...(job.dependsOn ?? []), ...waitFor.filter((d) => !(job.dependsOn ?? []).includes(d))];
  }

  /** Allows another workload to reach bolt (7687). */
  public allowClient(client: NetworkEndpoint, description: string): void {
    this.model.allow(client, this.endpoint, { port: BOLT_PORT }, description);
  }

  private connectApi(api: IMeshApi, caVariable: string): void {
    api.allowEgressTo(this.endpoint, { port: BOLT_PORT }, "Neo4j bolt+s");
    api.addEnvironment("NEO4J_URI", this.connectionUri);
    // User and password from one secret version, in one Kubernetes Secret: a rotation switches both
    // at once. A short refresh: the API must pick up the new credential well within the grace period.
    api.addSecretEnvironment("NEO4J_PASSWORD", this.password, {
      secretName: `${this.serviceName}-password`,
      refreshIntervalMinutes: 1,
      dependsOn: [this.password.initJob],
      fromJson: { properties: ["username", "password"], template: "{{ .password }}", moreVariables: { NEO4J_USER: "{{ .username }}" } },
    });
    api.addSecretFileMount("neo4j-ca", this.certificate.secretName, [{ key: "ca.crt", path: "ca.crt" }], "/etc/meshoptixiq/neo4j-ca");
    api.addEnvironment(caVariable, "/etc/meshoptixiq/neo4j-ca/ca.crt");
  }
}
