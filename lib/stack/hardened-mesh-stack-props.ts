import { ApiResources } from "../api/secure-mesh-api";
import { AlertSubscription } from "../core/alert-topic";
import { AdmissionPoliciesOptions } from "../core/admission";
import { OptOut } from "../core/opt-out";
import { ReloaderStrategy } from "../core/kubernetes";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { RbacPolicy } from "../policy/rbac";
import { EncryptedRedisProps } from "../redis/encrypted-redis";
import { VaultStoreProps } from "../secrets/vault/vault-store";

/** Options of the API's cache; its network comes from the stack's private subnets and cluster. */
export type CacheOptions = Omit<EncryptedRedisProps, "api" | "vpcId" | "subnetIds" | "subnetCidrs" | "clientSecurityGroupId">;

/** The EKS cluster the deployment runs in. */
export interface ClusterProps {
  /** EKS cluster name (the Kubernetes provider authenticates with `aws eks get-token`). */
  readonly name: string;
  /** ARN of the cluster's IAM OIDC provider. */
  readonly oidcProviderArn: string;
  /** How the cluster enforces NetworkPolicies. */
  readonly networkPolicyEnforcement: NetworkPolicyEnforcement;
  /**
   * The EKS cluster security group. The API pods keep it beside a group of their own (Security
   * Groups for Pods), which alone reaches the cache and PostgreSQL.
   */
  readonly securityGroupId: string;
  /**
   * The cluster has no Security Groups for Pods (VPC CNI `ENABLE_POD_ENI`, Nitro nodes): the API pods
   * keep only the cluster's group, which the cache and PostgreSQL then admit, with this reason
   * recorded (a MESHQ-NET-9 warning).
   * @default - the API pods get a security group of their own
   */
  readonly podSecurityGroupOptOut?: OptOut;
  /**
   * IAM role of the EBS CSI driver controller (it must be able to use the Neo4j volume key).
   * Required with the Neo4j backend.
   * @default - none
   */
  readonly ebsCsiDriverRoleArn?: string;
  /**
   * The strategy the cluster's Stakater Reloader runs with. Only `annotations` is accepted (see
   * docs/prerequisites.md); declaring another fails synth.
   * @default ReloaderStrategy.ANNOTATIONS
   */
  readonly reloaderStrategy?: ReloaderStrategy;
}

/** The VPC the deployment runs in. */
export interface NetworkProps {
  readonly vpcId: string;
  /** Subnets of the ALB. */
  readonly publicSubnetIds: string[];
  /** CIDR blocks of the ALB subnets. */
  readonly publicSubnetCidrs: string[];
  /** Private subnets (databases). */
  readonly privateSubnetIds: string[];
  /** CIDR blocks of the private subnets. */
  readonly privateSubnetCidrs: string[];
  /**
   * CIDRs of the VPC interface endpoints of STS, Secrets Manager and KMS: the only 443 egress of
   * the Neo4j password rotator and of the PostgreSQL application user rotation.
   * @default - 443 to any address for them
   */
  readonly awsApiCidrs?: string[];
}

/** The API's public name. */
export interface DomainProps {
  /** Host name, e.g. meshq.example.com. */
  readonly name: string;
  /** Route 53 zone of the name (DNS-validated certificate and alias record). */
  readonly hostedZoneId: string;
}

/** Audit logging to Splunk HEC. */
export interface AuditProps {
  /** HEC URL, https only (e.g. https://splunk.corp.example.com:8088). */
  readonly splunkHecUrl: string;
  /**
   * ARN of the Secrets Manager secret holding the HEC token. With Vault, the token is read from
   * `<pathPrefix>/audit/hec-token` (field `value`), which the team writes.
   * Give it only with {@link AuditProps.hecTokenSecretOptOut}: the stack cannot guard a secret it
   * does not create.
   * @default - an empty encrypted secret is created for you to fill
   */
  readonly hecTokenSecretArn?: string;
  /**
   * ARN of the customer-managed KMS key of that secret (a key ARN, not an alias).
   * @default - the API gets decrypt limited to the secret's encryption context, which also covers a
   * customer-managed key whose key policy delegates to IAM
   */
  readonly hecTokenKmsKeyArn?: string;
  /**
   * Why the HEC token stays in a secret outside the stack (`hecTokenSecretArn`): required with it,
   * because the guard cannot see how that secret is encrypted, rotated or guarded (MESHQ-SEC-4).
   * @default - none
   */
  readonly hecTokenSecretOptOut?: OptOut;
  /** CIDR blocks of the HEC endpoint. */
  readonly hecCidrs: string[];
  /** PEM CA of a self-signed HEC certificate. @default - system trust store */
  readonly caBundlePem?: string;
}

/** The graph backend of the API. */
export enum DataBackend {
  /** EncryptedNeo4j in the cluster (default). */
  NEO4J = "neo4j",
  /** EncryptedPostgres on RDS. */
  POSTGRES = "postgres",
}

/** Remote state. */
export interface StateBackendProps {
  /** S3 bucket of the state (versioned, encrypted). */
  readonly bucket: string;
  /** Key of the state object. */
  readonly key: string;
  /** Region of the bucket. */
  readonly region: string;
  /**
   * KMS key (ARN or alias ARN) that encrypts the state and its lock file.
   * @default - the bucket's default encryption (SSE-S3 unless the bucket says otherwise)
   */
  readonly kmsKeyId?: string;
}

/** Where the deployment keeps its secrets. */
export enum SecretStoreKind {
  /** AWS Secrets Manager, each secret under its own customer-managed KMS key (default). */
  AWS_SECRETS_MANAGER = "aws-secrets-manager",
  /**
   * HashiCorp Vault (KV version 2, Kubernetes auth): the API keys, the Neo4j password and the HEC
   * token live in Vault; the API keys and the Neo4j password rotate inside the cluster. Set
   * {@link HardenedMeshStackProps.vault}.
   */
  VAULT = "vault",
}

/** The Vault of a deployment with {@link SecretStoreKind.VAULT}. */
export interface StackVaultProps extends Omit<VaultStoreProps, "deploymentName"> {
  /**
   * When the API keys rotate: a 5-field cron expression, UTC. The previous key stays valid until the
   * next rotation (the overlap window).
   * @default "0 3 1 * *" (monthly)
   */
  readonly apiKeyRotationSchedule?: string;
  /**
   * Image of the in-cluster rotators (Node 18+): the API keys' and the Neo4j password's Vault steps.
   * Best pinned by digest.
   * @default DEFAULT_VAULT_ROTATOR_IMAGE
   */
  readonly rotatorImage?: string;
}

/** Properties of {@link HardenedMeshStack}. */
export interface HardenedMeshStackProps {
  /** AWS region. */
  readonly region: string;
  readonly cluster: ClusterProps;
  readonly network: NetworkProps;
  readonly domain: DomainProps;
  readonly audit: AuditProps;
  /** @default DataBackend.NEO4J */
  readonly dataBackend?: DataBackend;
  /**
   * The admission policies that keep the Kubernetes controls holding after apply
   * (ValidatingAdmissionPolicy, Kubernetes 1.30 or later).
   * @default - every control judged on Kubernetes objects, denying, scoped to the stack's namespaces
   */
  readonly admission?: AdmissionPoliciesOptions;
  /**
   * Alerts on AWS calls that can undo a control on the stack's resources (CloudTrail management
   * events through EventBridge, to the audit log group and the stack's alert topic, whose
   * subscribers are `alertSubscriptions`). `workloadRoleArns`: roles outside the stack whose reads
   * of its secrets are expected.
   * @default - the automation reader's reads are expected
   */
  readonly alerts?: { readonly workloadRoleArns?: string[] };
  /** RDS CA bundle PEM for sslmode=verify-full (PostgreSQL backend). @default - sslmode=require */
  readonly postgresCaBundlePem?: string;
  /** RBAC policy of the API. @default RbacPolicy.fromPresets() (helpdesk, security, architect, admin) */
  readonly rbac?: RbacPolicy;
  /** MeshOptixIQ API image, pinned by digest. */
  readonly apiImage: string;
  /** @default "meshoptixiq" */
  readonly deploymentName?: string;
  /**
   * Kubernetes namespace of the API and Neo4j (created, PSS restricted enforced). Give each
   * deployment that shares a cluster (staging beside production) a namespace of its own.
   * @default "meshoptixiq"
   */
  readonly namespace?: string;
  /** @default - SecureMeshApi defaults */
  readonly apiResources?: ApiResources;
  /**
   * IAM role of the pipeline (CI, Ansible, Terraform) that uses the automation key; it gets read
   * access to that key only.
   * @default - no pipeline reader; grant one later with `automationKey.grantRead`
   */
  readonly automationReader?: { readonly roleArn: string; readonly roleName: string };
  /** Days between API key rotations (Secrets Manager; with Vault, `vault.apiKeyRotationSchedule`). @default 30 */
  readonly apiKeyRotationDays?: number;
  /**
   * The secret store: AWS Secrets Manager, or HashiCorp Vault (then `vault` is required). See
   * docs/vault.md for when to choose which and how to move between them.
   * @default SecretStoreKind.AWS_SECRETS_MANAGER
   */
  readonly secretStore?: SecretStoreKind;
  /** The Vault server and its settings; required with SecretStoreKind.VAULT, refused otherwise. @default - none */
  readonly vault?: StackVaultProps;
  /** Remote state in S3 (encrypted, S3-native locking). @default - local state */
  readonly backend?: StateBackendProps;
  /**
   * Images of the Neo4j backend, pinned by digest (`neo4j:5.26.0-community@sha256:…`). Required with
   * the Neo4j backend (the default): the library ships no default image (see {@link Neo4jImages}).
   * @default - none; synth fails with the Neo4j backend
   */
  readonly neo4jImages?: Neo4jImages;
  /** Options of the API's cache (EncryptedRedis in the private subnets). @default - EncryptedRedis defaults */
  readonly cache?: CacheOptions;
  /**
   * Deploy without the cache, with a recorded reason (for an API configured without one, or a
   * cache managed elsewhere). The API then gets no REDIS_URL.
   * @default - the cache is deployed
   */
  readonly cacheOptOut?: OptOut;
  /**
   * Deploy the rotation functions unsigned, with a recorded reason (a region where AWS Signer is
   * not offered). Without it, the stack signs every rotation function's code with its own AWS
   * Signer profile, and Lambda refuses any other code (docs/design-decisions.md).
   * @default - the rotation functions run only code the stack's profile signed
   */
  readonly rotationCodeSigningOptOut?: OptOut;
  /**
   * Who receives the stack's alerts from its one KMS-encrypted alert topic: its alarms (a failed
   * credential rotation, for instance) and its control alerts (a call on AWS that can undo a
   * control, such as a disassociated WAF).
   * @default [] - the alarms change state in CloudWatch and the control alerts land in their log
   * group; subscribe later through `alertTopic`
   */
  readonly alertSubscriptions?: AlertSubscription[];
}

/**
 * Images of the Neo4j backend: the `image` and `awsCliImage` of {@link EncryptedNeo4j}. They have no
 * default: which build runs, from which registry or mirror, is the deployer's supply-chain decision,
 * and a digest shipped by the library would go stale with every rebuild of the tag.
 */
export interface Neo4jImages {
  /** The Neo4j server, e.g. `neo4j:5.26.0-community@sha256:<digest>` (the tested release). */
  readonly image: string;
  /**
   * The password rotation's AWS CLI steps, e.g. `amazon/aws-cli:2.22.0@sha256:<digest>`. Required
   * with Secrets Manager; refused with SecretStoreKind.VAULT (the password then rotates in Vault,
   * with `vault.rotatorImage`).
   * @default - none; required with Secrets Manager
   */
  readonly awsCliImage?: string;
}
