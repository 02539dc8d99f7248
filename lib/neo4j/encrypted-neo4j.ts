import { Construct } from "constructs";
import { NamespaceV1 } from "../compat/kubernetes/namespace-v1";
import { NetworkPolicyV1 } from "../compat/kubernetes/network-policy-v1";
import { StatefulSetV1 } from "../compat/kubernetes/stateful-set-v1";
import { IMeshApi } from "../core/mesh-api";
import { checkImage, requireImage, requireReloaderStrategy, restrictedNamespaceLabels } from "../core/kubernetes";
import { recordOptOut, renamedOptOut } from "../core/opt-out";
import { k8sLabels } from "../core/tags";
import { requireDnsLabel } from "../core/validators";
import { NetworkEndpoint } from "../core/endpoint";
import { awsApisEndpoint } from "../network/aws-apis";
import { NetworkModel } from "../network/network-model";
import { BoltCertificate } from "./bolt-certificate";
import { EncryptedStorage } from "./encrypted-storage";
import { createNeo4jCredentials } from "./neo4j-credentials";
import { EncryptedNeo4jProps, requireNeo4jProps } from "./encrypted-neo4j-props";
import { BOLT_PORT } from "./neo4j-settings";
import { createNeo4jWorkload } from "./neo4j-workload";
import { Neo4jPassword } from "./password-rotation";
import { Neo4jVaultPassword } from "./vault-password";
import { VaultStore } from "../secrets/vault/vault-store";
import { DEFAULT_VAULT_ROTATOR_IMAGE } from "../secrets/vault/vault-secret-rotation";
import { guardStack } from "../core/stack-guard";

export { BOLT_PORT, HTTPS_PORT, NEO4J_UID } from "./neo4j-settings";
export type { EncryptedNeo4jProps } from "./encrypted-neo4j-props";
export type { Neo4jMemory } from "./neo4j-settings";

/**
 * Neo4j 5 for MeshOptixIQ's graph (guide §12.6): authentication always on with a password that is
 * generated and rotated in the cluster and kept in Secrets Manager or, with `vaultStore`, in Vault,
 * bolt over TLS only (TLS 1.2/1.3, certificate
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
  /**
   * The password: a Secrets Manager secret ({@link Neo4jPassword}) or, with `vaultStore`, a Vault
   * secret ({@link Neo4jVaultPassword}); grantRead for more readers.
   */
  public readonly password: Neo4jPassword | Neo4jVaultPassword;
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
    const { deploymentName, namespaceName, preventDestroy, image, awsCliImage, vault } = this.checkedSettings(props);
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
    const rotatorNetworkPolicy = this.network(name, rotatorLabels, props.vaultStore, props.awsApiCidrs);

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
      vault,
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
    checkImage(this, component, "image", image);
    const vault = props.vaultStore
      ? { store: props.vaultStore, rotatorImage: props.vaultRotatorImage ?? DEFAULT_VAULT_ROTATOR_IMAGE }
      : undefined;
    if (!vault) {
      requireImage(component, "awsCliImage", awsCliImage, "amazon/aws-cli:2.22.0@sha256:<digest>");
      checkImage(this, component, "awsCliImage", awsCliImage!);
    }
    return { deploymentName, namespaceName, preventDestroy, image, awsCliImage, vault };
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

  /**
   * Network: 7687 from the API (and the password rotator) only; no egress but DNS. The rotator also
   * reaches its store: Secrets Manager, or the Vault server only. Returns the rotator's NetworkPolicy.
   */
  private network(
    name: string,
    rotatorLabels: Record<string, string>,
    vault: VaultStore | undefined,
    awsApiCidrs?: string[],
  ): NetworkPolicyV1 {
    const namespaceRef = this.namespaceRef;
    this.model.addWorkload(this.endpoint, { namespaceRef });
    this.model.allowDns(this.endpoint);
    const rotator = NetworkEndpoint.workload(`${name}-password-rotator`, { namespace: this.namespaceName, podLabels: rotatorLabels });
    const rotatorNetworkPolicy = this.model.addWorkload(rotator, { namespaceRef });
    this.model.allow(rotator, this.endpoint, { port: BOLT_PORT }, "Credential rotation (user management over bolt+s)");
    if (vault) this.model.allow(rotator, vault.endpoint, { port: vault.port }, "Vault (Neo4j credential rotation)");
    else this.model.allow(rotator, awsApisEndpoint("EncryptedNeo4j", "awsApiCidrs", awsApiCidrs), { port: 443 }, "Secrets Manager");
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
