import { S3Backend, TerraformOutput, TerraformStack } from "../compat/core";
import { Construct } from "constructs";
import { AwsProvider } from "../compat/aws/provider";
import { DataAwsEksCluster } from "../compat/aws/data-aws-eks-cluster";
import { KubernetesProvider } from "../compat/kubernetes/provider";
import { ApiResources, SecureMeshApi } from "../api/secure-mesh-api";
import { ErrorCodes, invalidInput } from "../core/errors";
import { granteeFromRole } from "../core/iam";
import { OptOut, recordOptOut } from "../core/opt-out";
import { awsTags } from "../core/tags";
import { RotatingApiKey } from "../keys/rotating-api-key";
import { EncryptedNeo4j } from "../neo4j/encrypted-neo4j";
import { EncryptedPostgres } from "../postgres/encrypted-postgres";
import { AuditSink } from "../audit/audit-sink";
import { MeshRbac } from "../rbac/mesh-rbac";
import { RbacPolicy } from "../policy/rbac";
import { ExistingSecret } from "../secrets/secret-source";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { ReloaderStrategy } from "../core/kubernetes";
import { EncryptedRedis, EncryptedRedisProps } from "../redis/encrypted-redis";

/** Options of the API's cache; its network comes from the stack's private subnets and cluster. */
export type CacheOptions = Omit<EncryptedRedisProps, "api" | "vpcId" | "subnetIds" | "subnetCidrs" | "clientSecurityGroupId">;
import { requireArn, requireSameCount, requireSubnets } from "../core/tokens";
import { requireDomainName } from "../policy/inputs";

/** The EKS cluster the deployment runs in. */
export interface ClusterProps {
  /** EKS cluster name (the Kubernetes provider authenticates with `aws eks get-token`). */
  readonly name: string;
  /** ARN of the cluster's IAM OIDC provider. */
  readonly oidcProviderArn: string;
  /** How the cluster enforces NetworkPolicies. */
  readonly networkPolicyEnforcement: NetworkPolicyEnforcement;
  /** Security group of the pods' network interfaces (EKS cluster security group). */
  readonly securityGroupId: string;
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
   * ARN of the Secrets Manager secret holding the HEC token.
   * @default - an empty encrypted secret is created for you to fill
   */
  readonly hecTokenSecretArn?: string;
  /**
   * ARN of the customer-managed KMS key of that secret (a key ARN, not an alias).
   * @default - the API gets decrypt limited to the secret's encryption context, which also covers a
   * customer-managed key whose key policy delegates to IAM
   */
  readonly hecTokenKmsKeyArn?: string;
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
  /** RDS CA bundle PEM for sslmode=verify-full (PostgreSQL backend). @default - sslmode=require */
  readonly postgresCaBundlePem?: string;
  /** RBAC policy of the API. @default RbacPolicy.fromPresets() (helpdesk, security, architect, admin) */
  readonly rbac?: RbacPolicy;
  /** MeshOptixIQ API image, pinned by digest. */
  readonly apiImage: string;
  /** @default "meshoptixiq" */
  readonly deploymentName?: string;
  /** @default - SecureMeshApi defaults */
  readonly apiResources?: ApiResources;
  /**
   * IAM role of the pipeline (CI, Ansible, Terraform) that uses the automation key; it gets read
   * access to that key only.
   * @default - no pipeline reader; grant one later with `automationKey.grantRead`
   */
  readonly automationReader?: { readonly roleArn: string; readonly roleName: string };
  /** Days between API key rotations. @default 30 */
  readonly apiKeyRotationDays?: number;
  /** Remote state in S3 (encrypted, S3-native locking). @default - local state */
  readonly backend?: StateBackendProps;
  /**
   * Images of the Neo4j backend, best pinned by digest (`neo4j:5.26.0-community@sha256:…`).
   * @default - EncryptedNeo4j's defaults, pinned by tag only (synth warns with the fix)
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
}

/** Images of the Neo4j backend: the `image` and `awsCliImage` of {@link EncryptedNeo4j}. */
export interface Neo4jImages {
  /** The Neo4j server. @default DEFAULT_NEO4J_IMAGE */
  readonly image?: string;
  /** The password rotation's AWS CLI steps. @default DEFAULT_AWS_CLI_IMAGE */
  readonly awsCliImage?: string;
}

/**
 * The complete hardened MeshOptixIQ deployment in one stack: providers, state backend, and the
 * constructs wired together.
 */
export class HardenedMeshStack extends TerraformStack {
  public readonly api: SecureMeshApi;
  /** The operators' API key (API_KEY). */
  public readonly operatorsKey: RotatingApiKey;
  /** The automation key (API_KEY_AUTOMATION), separate from the operators' key. */
  public readonly automationKey: RotatingApiKey;
  /** The graph store (Neo4j backend). */
  public readonly neo4j?: EncryptedNeo4j;
  /** The database (PostgreSQL backend). */
  public readonly postgres?: EncryptedPostgres;
  /** The API's cache; absent when opted out. */
  public readonly cache?: EncryptedRedis;
  /** Audit logging to Splunk. */
  public readonly audit: AuditSink;
  /** The API's RBAC policy. */
  public readonly rbac: MeshRbac;

  constructor(scope: Construct, id: string, props: HardenedMeshStackProps) {
    super(scope, id);
    const deploymentName = props.deploymentName ?? "meshoptixiq";
    // validated here too, so that errors name this stack's props
    const component = "HardenedMeshStack";
    const net = props.network;
    requireArn(
      component,
      "cluster.oidcProviderArn",
      props.cluster.oidcProviderArn,
      "oidcProvider",
      "pass the ARN of the cluster's IAM OIDC provider",
    );
    requireDomainName(component, "domain.name", props.domain.name);
    requireSubnets(
      component,
      "network.publicSubnetIds",
      net.publicSubnetIds,
      2,
      "pass at least two public subnets in different availability zones for the ALB",
    );
    requireSameCount(component, "network.publicSubnetIds", net.publicSubnetIds, "network.publicSubnetCidrs", net.publicSubnetCidrs);
    if (props.dataBackend === DataBackend.POSTGRES) {
      requireSubnets(
        component,
        "network.privateSubnetIds",
        net.privateSubnetIds,
        2,
        "pass private subnets in at least two availability zones for the database",
      );
    }
    requireSameCount(component, "network.privateSubnetIds", net.privateSubnetIds, "network.privateSubnetCidrs", net.privateSubnetCidrs);
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

    this.api = new SecureMeshApi(this, "Api", {
      deploymentName,
      networkPolicyEnforcement: props.cluster.networkPolicyEnforcement,
      oidcProviderArn: props.cluster.oidcProviderArn,
      image: props.apiImage,
      vpcId: props.network.vpcId,
      albSubnetIds: props.network.publicSubnetIds,
      albSubnetCidrs: props.network.publicSubnetCidrs,
      clusterSecurityGroupId: props.cluster.securityGroupId,
      domainName: props.domain.name,
      certificate: { hostedZoneId: props.domain.hostedZoneId },
      resources: props.apiResources,
      reloaderStrategy: props.cluster.reloaderStrategy,
    });

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
      readers: props.automationReader ? [granteeFromRole(props.automationReader.roleArn, props.automationReader.roleName, "pipeline")] : [],
    });

    if ((props.dataBackend ?? DataBackend.NEO4J) === DataBackend.NEO4J) {
      this.neo4j = new EncryptedNeo4j(this, "Neo4j", {
        api: this.api,
        oidcProviderArn: props.cluster.oidcProviderArn,
        ebsCsiDriverRoleArn: props.cluster.ebsCsiDriverRoleArn as string, // validated by EncryptedNeo4j
        reloaderStrategy: props.cluster.reloaderStrategy,
        image: props.neo4jImages?.image,
        awsCliImage: props.neo4jImages?.awsCliImage,
      });
    } else {
      this.postgres = new EncryptedPostgres(this, "Postgres", {
        api: this.api,
        vpcId: props.network.vpcId,
        subnetIds: props.network.privateSubnetIds,
        subnetCidrs: props.network.privateSubnetCidrs,
        caBundlePem: props.postgresCaBundlePem,
      });
    }

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
    if (!noCache) {
      this.cache = new EncryptedRedis(this, "Cache", {
        ...props.cache,
        api: this.api,
        vpcId: props.network.vpcId,
        subnetIds: props.network.privateSubnetIds,
        subnetCidrs: props.network.privateSubnetCidrs,
      });
    }

    this.audit = new AuditSink(this, "Audit", {
      api: this.api,
      hecUrl: props.audit.splunkHecUrl,
      hecCidrs: props.audit.hecCidrs,
      caBundlePem: props.audit.caBundlePem,
      ...(props.audit.hecTokenSecretArn
        ? {
            tokenSecret: new ExistingSecret(this, "HecToken", {
              secretArn: props.audit.hecTokenSecretArn,
              kmsKeyArn: props.audit.hecTokenKmsKeyArn,
            }),
          }
        : { createTokenSecret: true }),
    });
    this.rbac = new MeshRbac(this, "Rbac", { api: this.api, policy: props.rbac });

    new TerraformOutput(this, "api_url", { value: `https://${props.domain.name}` });
    new TerraformOutput(this, "alb_dns_name", { value: this.api.loadBalancerDnsName });
    new TerraformOutput(this, "automation_key_secret_arn", { value: this.automationKey.secretArn });
  }
}
