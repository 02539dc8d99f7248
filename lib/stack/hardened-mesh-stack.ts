import { S3Backend, TerraformOutput, TerraformStack } from "../compat/core";
import { Construct } from "constructs";
import { AwsProvider } from "../compat/aws/provider";
import { DataAwsEksCluster } from "../compat/aws/data-aws-eks-cluster";
import { KubernetesProvider } from "../compat/kubernetes/provider";
import { SecureMeshApi } from "../api/secure-mesh-api";
import { ErrorCodes, invalidInput } from "../core/errors";
import { granteeFromRole } from "../core/iam";
import { admissionPolicies } from "../core/admission";
import { requireImage } from "../core/kubernetes";
import { recordOptOut } from "../core/opt-out";
import { RotationCodeSigning } from "../secrets/rotation-code-signing";
import { awsTags } from "../core/tags";
import { RotatingApiKey } from "../keys/rotating-api-key";
import { EncryptedNeo4j } from "../neo4j/encrypted-neo4j";
import { EncryptedPostgres } from "../postgres/encrypted-postgres";
import { AuditSink } from "../audit/audit-sink";
import { ControlAlerts } from "../audit/control-alerts";
import { MeshRbac } from "../rbac/mesh-rbac";
import { ExistingSecret } from "../secrets/secret-source";
import { EncryptedRedis } from "../redis/encrypted-redis";
import { VaultSecret } from "../secrets/vault/vault-secret";
import { VaultSecretRotation } from "../secrets/vault/vault-secret-rotation";
import { VaultStore } from "../secrets/vault/vault-store";
import { AlertTopic } from "../core/alert-topic";
import { DataBackend, HardenedMeshStackProps } from "./hardened-mesh-stack-props";
import { validateStackProps } from "./stack-validation";

export * from "./hardened-mesh-stack-props";

/**
 * The complete hardened MeshOptixIQ deployment in one stack: providers, state backend, and the
 * constructs wired together.
 */
export class HardenedMeshStack extends TerraformStack {
  public readonly api: SecureMeshApi;
  /** The operators' API key (API_KEY) in Secrets Manager; absent with Vault (see {@link apiKeyRotation}). */
  public readonly operatorsKey?: RotatingApiKey;
  /** The automation key (API_KEY_AUTOMATION), separate from the operators' key; absent with Vault. */
  public readonly automationKey?: RotatingApiKey;
  /** The Vault store, with SecretStoreKind.VAULT. */
  public readonly vaultStore?: VaultStore;
  /**
   * With Vault: the in-cluster rotation of the two API keys (`<pathPrefix>/api-key/operators` and
   * `<pathPrefix>/api-key/automation`).
   */
  public readonly apiKeyRotation?: VaultSecretRotation;
  /** The graph store (Neo4j backend); with Vault, its password is in Vault (`<pathPrefix>/neo4j/password`). */
  public readonly neo4j?: EncryptedNeo4j;
  /** The database (PostgreSQL backend). */
  public readonly postgres?: EncryptedPostgres;
  /** The API's cache; absent when opted out. */
  public readonly cache?: EncryptedRedis;
  /** The stack's KMS-encrypted alert topic (a failed cache or database password rotation alarms here). */
  public readonly alertTopic: AlertTopic;
  /** Audit logging to Splunk. */
  public readonly audit: AuditSink;
  /** The API's RBAC policy. */
  public readonly rbac: MeshRbac;
  /** Alerts on AWS calls that can undo a control on the stack's resources. */
  public readonly alerts: ControlAlerts;

  constructor(scope: Construct, id: string, props: HardenedMeshStackProps) {
    super(scope, id);
    const deploymentName = props.deploymentName ?? "meshoptixiq";
    validateStackProps(props);
    this.providers(props, deploymentName);
    RotationCodeSigning.optOut(this, "HardenedMeshStack", "rotationCodeSigningOptOut", props.rotationCodeSigningOptOut);
    this.vaultStore = props.vault ? new VaultStore(this, "Vault", { ...props.vault, deploymentName }) : undefined;
    this.api = new SecureMeshApi(this, "Api", {
      deploymentName,
      namespace: props.namespace,
      networkPolicyEnforcement: props.cluster.networkPolicyEnforcement,
      oidcProviderArn: props.cluster.oidcProviderArn,
      image: props.apiImage,
      vpcId: props.network.vpcId,
      albSubnetIds: props.network.publicSubnetIds,
      albSubnetCidrs: props.network.publicSubnetCidrs,
      clusterSecurityGroupId: props.cluster.securityGroupId,
      podSecurityGroupOptOut: props.cluster.podSecurityGroupOptOut,
      domainName: props.domain.name,
      certificate: { hostedZoneId: props.domain.hostedZoneId },
      resources: props.apiResources,
      reloaderStrategy: props.cluster.reloaderStrategy,
      vaultStore: this.vaultStore,
    });

    if (this.vaultStore) {
      this.apiKeyRotation = this.vaultApiKeys(props, this.vaultStore, deploymentName);
      new TerraformOutput(this, "automation_key_vault_path", { value: this.apiKeyRotation.secrets[1].vaultPath });
    } else {
      this.operatorsKey = new RotatingApiKey(this, "OperatorsKey", {
        consumer: "operators",
        deploymentName,
        rotationDays: props.apiKeyRotationDays,
        api: this.api,
      });
      this.automationKey = new RotatingApiKey(this, "AutomationKey", {
        consumer: "automation",
        deploymentName,
        rotationDays: props.apiKeyRotationDays,
        api: this.api,
        readers: props.automationReader
          ? [granteeFromRole(props.automationReader.roleArn, props.automationReader.roleName, "pipeline")]
          : [],
      });
    }

    this.alertTopic = new AlertTopic(this, "Alerts", { deploymentName, subscriptions: props.alertSubscriptions });
    const store = this.dataStore(props);
    this.neo4j = store.neo4j;
    this.postgres = store.postgres;
    this.cache = this.cacheOf(props);
    this.audit = this.auditSink(props);
    this.rbac = new MeshRbac(this, "Rbac", { api: this.api, policy: props.rbac });
    // the controls judged on Kubernetes objects keep holding after apply (docs/enforcement-after-apply.md)
    admissionPolicies(this, "Admission", { ...props.admission, deploymentName });

    // last: the alerts watch the AWS resources created above
    this.alerts = new ControlAlerts(this, "ControlAlerts", {
      deploymentName,
      // one alert topic: the alarms' and the control alerts' (subscriptions: alertSubscriptions)
      topic: this.alertTopic,
      workloadRoleArns: [...(props.alerts?.workloadRoleArns ?? []), ...(props.automationReader ? [props.automationReader.roleArn] : [])],
    });

    new TerraformOutput(this, "api_url", { value: `https://${props.domain.name}` });
    new TerraformOutput(this, "alb_dns_name", { value: this.api.loadBalancerDnsName });
    if (this.automationKey) new TerraformOutput(this, "automation_key_secret_arn", { value: this.automationKey.secretArn });
  }

  /**
   * With Vault: both API keys rotated in the cluster by one rotator (its policy: create/read/update
   * on the two paths), delivered to the API with their previous values, and a read-only policy on
   * the automation key for the pipeline (`<deploymentName>-automation-key-reader`).
   */
  private vaultApiKeys(props: HardenedMeshStackProps, store: VaultStore, deploymentName: string): VaultSecretRotation {
    const rotation = new VaultSecretRotation(this, "ApiKeyRotation", {
      store,
      consumer: "api-key-rotation",
      secrets: ["api-key/operators", "api-key/automation"],
      namespaceName: this.api.namespaceName,
      namespace: this.api.namespaceRef,
      schedule: props.vault?.apiKeyRotationSchedule,
      image: props.vault?.rotatorImage,
      deploymentName,
    });
    const [operators, automation] = rotation.secrets;
    this.api.addSecretEnvironment("API_KEY", operators, {
      secretName: "api-key-operators",
      includePrevious: true,
      dependsOn: [rotation.initJob],
    });
    this.api.addSecretEnvironment("API_KEY_AUTOMATION", automation, {
      secretName: "api-key-automation",
      includePrevious: true,
      dependsOn: [rotation.initJob],
    });
    store.grantReadToPolicy("automation-key-reader", automation.vaultPath);
    return rotation;
  }

  /** The state backend and the AWS and Kubernetes providers. */
  private providers(props: HardenedMeshStackProps, deploymentName: string): void {
    if (props.backend) {
      const backend = new S3Backend(this, { ...props.backend, encrypt: true });
      backend.addOverride("use_lockfile", true);
    }
    new AwsProvider(this, "aws", {
      region: props.region,
      defaultTags: [{ tags: awsTags(deploymentName, "deployment") }],
    });
    const cluster = new DataAwsEksCluster(this, "Cluster", { name: props.cluster.name });
    new KubernetesProvider(this, "kubernetes", {
      host: cluster.endpoint,
      clusterCaCertificate: `\${base64decode(${cluster.fqn}.certificate_authority[0].data)}`,
      exec: [
        {
          apiVersion: "client.authentication.k8s.io/v1beta1",
          command: "aws",
          args: ["eks", "get-token", "--cluster-name", props.cluster.name],
        },
      ],
    });
  }

  /** The data store of the chosen backend. */
  private dataStore(props: HardenedMeshStackProps): { neo4j?: EncryptedNeo4j; postgres?: EncryptedPostgres } {
    if ((props.dataBackend ?? DataBackend.NEO4J) === DataBackend.NEO4J) {
      const images = props.neo4jImages;
      requireImage("HardenedMeshStack", "neo4jImages.image", images?.image, "neo4j:5.26.0-community@sha256:<digest>");
      if (!this.vaultStore)
        requireImage("HardenedMeshStack", "neo4jImages.awsCliImage", images?.awsCliImage, "amazon/aws-cli:2.22.0@sha256:<digest>");
      return {
        neo4j: new EncryptedNeo4j(this, "Neo4j", {
          api: this.api,
          oidcProviderArn: props.cluster.oidcProviderArn,
          ebsCsiDriverRoleArn: props.cluster.ebsCsiDriverRoleArn as string, // validated by EncryptedNeo4j
          reloaderStrategy: props.cluster.reloaderStrategy,
          awsApiCidrs: props.network.awsApiCidrs,
          image: images!.image,
          awsCliImage: images!.awsCliImage,
          // with Vault, the password is in Vault too, rotated by the same image as the API keys
          ...(this.vaultStore ? { vaultStore: this.vaultStore, vaultRotatorImage: props.vault?.rotatorImage } : {}),
        }),
      };
    } else {
      return {
        postgres: new EncryptedPostgres(this, "Postgres", {
          api: this.api,
          vpcId: props.network.vpcId,
          subnetIds: props.network.privateSubnetIds,
          subnetCidrs: props.network.privateSubnetCidrs,
          caBundlePem: props.postgresCaBundlePem,
          alertTopic: this.alertTopic,
          awsApiCidrs: props.network.awsApiCidrs,
        }),
      };
    }
  }

  /** The API's cache, unless opted out. */
  private cacheOf(props: HardenedMeshStackProps): EncryptedRedis | undefined {
    const noCache = recordOptOut(this, "HardenedMeshStack", "cacheOptOut", props.cacheOptOut);
    if (noCache && props.cache) {
      throw invalidInput(ErrorCodes.OPT_OUT, {
        component: "HardenedMeshStack",
        property: "cache",
        received: props.cache,
        allowed: "cache options, or cacheOptOut, not both",
        fix: "remove cacheOptOut to deploy the cache with these options, or remove cache",
      });
    }
    if (noCache) return undefined;
    return new EncryptedRedis(this, "Cache", {
      alertTopic: this.alertTopic,
      ...props.cache,
      api: this.api,
      vpcId: props.network.vpcId,
      subnetIds: props.network.privateSubnetIds,
      subnetCidrs: props.network.privateSubnetCidrs,
    });
  }

  /** Audit logging to Splunk, with the HEC token secret given or created. */
  private auditSink(props: HardenedMeshStackProps): AuditSink {
    return new AuditSink(this, "Audit", {
      api: this.api,
      hecUrl: props.audit.splunkHecUrl,
      hecCidrs: props.audit.hecCidrs,
      caBundlePem: props.audit.caBundlePem,
      ...(this.vaultStore
        ? { tokenSecret: new VaultSecret(this, "HecToken", { store: this.vaultStore, name: "audit/hec-token" }) }
        : props.audit.hecTokenSecretArn
          ? {
              tokenSecret: new ExistingSecret(this, "HecToken", {
                secretArn: props.audit.hecTokenSecretArn,
                kmsKeyArn: props.audit.hecTokenKmsKeyArn,
                unmanagedOptOut: props.audit.hecTokenSecretOptOut,
              }),
            }
          : { createTokenSecret: true }),
    });
  }
}
