import { S3Backend, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { DataAwsEksCluster } from "@cdktf/provider-aws/lib/data-aws-eks-cluster";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { ApiResources, SecureMeshApi } from "../api/secure-mesh-api";
import { granteeFromRole } from "../core/iam";
import { awsTags } from "../core/tags";
import { RotatingApiKey } from "../keys/rotating-api-key";
import { EncryptedNeo4j } from "../neo4j/encrypted-neo4j";
import { EncryptedPostgres } from "../postgres/encrypted-postgres";
import { AuditSink } from "../audit/audit-sink";
import { MeshRbac } from "../rbac/mesh-rbac";
import { RbacPolicy } from "../rbac/rbac-policy";
import { ExistingSecret } from "../secrets/secret-source";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { requireArn, requireDomainName, requireSameCount, requireSubnets } from "../core/tokens";

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
  /** KMS key of that secret, if it is customer-managed. @default - none */
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
