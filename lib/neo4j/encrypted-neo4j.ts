import { Construct } from "constructs";
import { NamespaceV1 } from "../compat/kubernetes/namespace-v1";
import { NetworkPolicyV1 } from "../compat/kubernetes/network-policy-v1";
import { StatefulSetV1 } from "../compat/kubernetes/stateful-set-v1";
import { IMeshApi } from "../core/mesh-api";
import { ErrorCodes, invalidInput } from "../core/errors";
import { checkImage, ReloaderStrategy, requireImage, requireReloaderStrategy, restrictedNamespaceLabels } from "../core/kubernetes";
import { OptOut, recordOptOut, renamedOptOut } from "../core/opt-out";
import { k8sLabels } from "../core/tags";
import { requireArn, requireDnsLabel, requireValue } from "../core/validators";
import { NetworkEndpoint } from "../core/endpoint";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { awsApisEndpoint } from "../network/aws-apis";
import { NetworkModel } from "../network/network-model";
import { BoltCertificate, CertificateIssuerRef } from "./bolt-certificate";
import { EncryptedStorage } from "./encrypted-storage";
import { createNeo4jCredentials } from "./neo4j-credentials";
import { BOLT_PORT, Neo4jMemory } from "./neo4j-settings";
import { createNeo4jWorkload } from "./neo4j-workload";
import { Neo4jPassword } from "./password-rotation";
import { guardStack } from "../core/stack-guard";

export { BOLT_PORT, HTTPS_PORT, NEO4J_UID } from "./neo4j-settings";
export type { Neo4jMemory } from "./neo4j-settings";

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
  /**
   * Neo4j, pinned by digest (tested: `neo4j:5.26.0-community@sha256:<digest>`). No default: the build
   * and its registry are your supply-chain choice. A tag alone is accepted with a warning.
   */
  readonly image: string;
  /** AWS CLI v2 for the rotation's AWS steps (`amazon/aws-cli:2.22.0@sha256:<digest>`); as `image`. */
  readonly awsCliImage: string;
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
  /** CIDRs of the VPC interface endpoints of STS and Secrets Manager: the password rotator's only 443 egress. @default - any address */
  readonly awsApiCidrs?: string[];
  /** Daily encrypted snapshots to keep. @default 14 */
  readonly snapshotRetentionCount?: number;
  /** UTC time of the daily snapshot. @default "02:30" */
  readonly snapshotTime?: string;
  /** Break-glass key administrators. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /** Allow `terraform destroy` of the volume key, storage class and password secret, with a reason. @default - prevent_destroy */
  readonly deletionProtectionOptOut?: OptOut;
  /** @deprecated Use `deletionProtectionOptOut` (same meaning); this former name goes in the next major version. */
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

/** Checks the OIDC provider, the EBS CSI driver role, and that Neo4j shares the API's namespace. */
function requireNeo4jProps(props: EncryptedNeo4jProps, namespaceName: string): void {
  const component = "EncryptedNeo4j";
  requireValue(component, "oidcProviderArn", props.oidcProviderArn, "pass the ARN of the cluster's IAM OIDC provider");
  requireArn(component, "oidcProviderArn", props.oidcProviderArn, "oidcProvider", "pass the ARN of the cluster's IAM OIDC provider");
  const ebs = "pass the IAM role of the EBS CSI driver controller (a volume key without its grant fails every attach)";
  requireArn(
    component,
    "ebsCsiDriverRoleArn",
    requireValue(component, "ebsCsiDriverRoleArn", props.ebsCsiDriverRoleArn, ebs),
    "iamRole",
    ebs,
  );
  const api = props.api;
  if (api && namespaceName !== api.namespaceName) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "namespace",
      received: namespaceName,
      allowed: `the API's namespace ("${api.namespaceName}") when api is given`,
      fix: "remove namespace: the API verifies bolt+s with the CA certificate mounted from a Secret, which must be in its own namespace",
    });
  }
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
    const api = props.api;
    this.model = NetworkModel.of(this);
    guardStack(this);
    const { deploymentName, namespaceName, preventDestroy, image, awsCliImage } = this.checkedSettings(props);
    this.namespaceName = namespaceName;

    const name = `${deploymentName}-neo4j`;
    this.serviceName = name;
    const podLabels = { app: "neo4j", "app.kubernetes.io/instance": name };
    const rotatorLabels = { app: "neo4j-password-rotator", "app.kubernetes.io/instance": name };
    const fqdn = `${name}.${this.namespaceName}.svc.cluster.local`;
    this.connectionUri = `bolt+s://${fqdn}:${BOLT_PORT}`;
    this.namespaceRef = this.resolveNamespace(api, deploymentName);
    const namespace = this.namespaceRef;
    this.endpoint = NetworkEndpoint.workload(name, { namespace: this.namespaceName, podLabels });
    const rotatorNetworkPolicy = this.network(name, rotatorLabels, props.awsApiCidrs);
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
    const credentials = createNeo4jCredentials(this, {
      deploymentName,
      name,
      namespaceName: this.namespaceName,
      namespace,
      oidcProviderArn: props.oidcProviderArn,
      schedule: props.passwordRotationSchedule,
      gracePeriodMinutes: props.passwordRotationGracePeriodMinutes,
      awsCliImage,
      neo4jImage: image,
      boltUri: this.connectionUri,
      certificate: this.certificate,
      rotatorLabels,
      keyAdministratorArns: props.keyAdministratorArns,
      preventDestroy,
      rotatorNetworkPolicy,
    });
    this.password = credentials.password;

    // Neo4j.
    this.resource = createNeo4jWorkload(this, {
      deploymentName,
      name,
      namespace,
      podLabels,
      image,
      serviceAccountName: credentials.serviceAccount.metadata.name,
      authSecretName: credentials.authSecretName,
      certificateSecretName: this.certificate.secretName,
      storageClassName: this.storage.storageClassName,
      storageSize: props.storageSize,
      memory: props.memory,
      httpsBrowser: props.httpsBrowser,
      dependsOn: [this.password.initJob],
    });

    if (api) this.connectApi(api, props.apiCaFileVariable ?? "NEO4J_TRUSTED_CA_FILE");
  }

  /** The props, checked (failing synth on invalid or weakening input), with their defaults. */
  private checkedSettings(props: EncryptedNeo4jProps) {
    const component = "EncryptedNeo4j";
    const api = props.api;
    const deploymentName = requireDnsLabel(component, "deploymentName", props.deploymentName ?? api?.deploymentName ?? "meshoptixiq");
    const namespaceName = requireDnsLabel(component, "namespace", props.namespace ?? api?.namespaceName ?? `${deploymentName}-data`);
    requireNeo4jProps(props, namespaceName);
    if (props.networkPolicyEnforcement !== undefined || !api) {
      this.model.declareEnforcement(component, props.networkPolicyEnforcement);
    }
    requireReloaderStrategy(component, "reloaderStrategy", props.reloaderStrategy);
    const deletionOptOut = renamedOptOut(this, component, props, "deletionProtectionOptOut", "destroyProtectionOptOut");
    const preventDestroy = !recordOptOut(this, component, "deletionProtectionOptOut", deletionOptOut);
    const { image, awsCliImage } = props;
    requireImage(component, "image", image, "neo4j:5.26.0-community@sha256:<digest>");
    requireImage(component, "awsCliImage", awsCliImage, "amazon/aws-cli:2.22.0@sha256:<digest>");
    checkImage(this, component, "image", image);
    checkImage(this, component, "awsCliImage", awsCliImage);
    return { deploymentName, namespaceName, preventDestroy, image, awsCliImage };
  }

  /**
   * Namespace: the API's, or our own under Pod Security Standards restricted and default deny.
   * Every namespaced object takes it as a reference, so Terraform creates it first.
   */
  private resolveNamespace(api: IMeshApi | undefined, deploymentName: string): string {
    if (api) return api.namespaceRef;
    const ns = new NamespaceV1(this, "Namespace", {
      metadata: { name: this.namespaceName, labels: { ...k8sLabels(deploymentName, "neo4j"), ...restrictedNamespaceLabels("latest") } },
    });
    this.model.addNamespace(this.namespaceName, ns.metadata.name);
    return ns.metadata.name;
  }

  /** Network: 7687 from the API and the rotator only; Neo4j has no egress but DNS. Returns the rotator's policy. */
  private network(name: string, rotatorLabels: Record<string, string>, awsApiCidrs?: string[]): NetworkPolicyV1 {
    const namespaceRef = this.namespaceRef;
    this.model.addWorkload(this.endpoint, { namespaceRef });
    this.model.allowDns(this.endpoint);
    const rotator = NetworkEndpoint.workload(`${name}-password-rotator`, { namespace: this.namespaceName, podLabels: rotatorLabels });
    const rotatorNetworkPolicy = this.model.addWorkload(rotator, { namespaceRef });
    this.model.allow(rotator, this.endpoint, { port: BOLT_PORT }, "Credential rotation (user management over bolt+s)");
    this.model.allow(rotator, awsApisEndpoint("EncryptedNeo4j", "awsApiCidrs", awsApiCidrs), { port: 443 }, "Secrets Manager");
    this.model.allowDns(rotator);
    return rotatorNetworkPolicy;
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
