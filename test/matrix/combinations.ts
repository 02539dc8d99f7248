/**
 * The configuration matrix: every option that changes the shape of the synthesized stack, for
 * the constructs composed in a stack and for HardenedMeshStack, combined pairwise.
 */
import { App, S3Backend, TerraformStack } from "../../lib/compat/core";
import { AwsProvider } from "../../lib/compat/aws/provider";
import { KubernetesProvider } from "../../lib/compat/kubernetes/provider";
import { ApiIngressMode, SecureMeshApi, SecureMeshApiProps } from "../../lib/api/secure-mesh-api";
import { AuditSink } from "../../lib/audit/audit-sink";
import { RotatingApiKey } from "../../lib/keys/rotating-api-key";
import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { EncryptedPostgres } from "../../lib/postgres/encrypted-postgres";
import { EncryptedRedis } from "../../lib/redis/encrypted-redis";
import { MeshRbac } from "../../lib/rbac/mesh-rbac";
import { ExistingSecret } from "../../lib/secrets/secret-source";
import { SecretDeliveryMode } from "../../lib/secrets/external-secrets";
import { DataBackend, HardenedMeshStack, SecretStoreKind } from "../../lib/stack/hardened-mesh-stack";
import { Combination, Options, pairwise } from "./pairwise";

/** The Neo4j backend's images (no library default), pinned by digest. */
const NEO4J_IMAGES = {
  image: `neo4j:5.26.0-community@sha256:${"b".repeat(64)}`,
  awsCliImage: `amazon/aws-cli:2.22.0@sha256:${"c".repeat(64)}`,
};
import "../../lib/guard/hardening-guard"; // the package root loads the guard; this module imports by path

const ACCOUNT = "111122223333";
const OIDC = `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`;
const IMAGE = "ghcr.io/meshoptixiq/api@sha256:" + "0".repeat(64);
const HEC_SECRET = `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:splunk/hec-AbCdEf`;
const POD_GROUP_OPT_OUT = { reason: "nodes without trunk interfaces: no Security Groups for Pods yet" };
const STATE = { bucket: "meshq-terraform-state", region: "eu-west-1" };

/** Shape-changing options of the constructs composed in a stack. */
export const CONSTRUCT_OPTIONS: Options = {
  dataBackend: ["neo4j", "postgres", "none"],
  ingressMode: ["alb", "ingress-controller"],
  secretDelivery: ["external-secrets", "aws-provider"],
  enforcement: ["vpc-cni", "calico", "cilium"],
  certificate: ["dns-validated", "imported"],
  exposure: ["internet-facing", "internal"],
  waf: ["on", "opted-out"],
  httpRedirect: ["on", "off"],
  audit: ["none", "created-token", "existing-token"],
  rbac: ["present", "absent"],
  cache: ["present", "absent"],
  stateBackend: ["local", "s3"],
  rotationVpc: ["none", "private-subnets"],
  podSecurityGroup: ["own", "opted-out"],
};

/** Shape-changing options of HardenedMeshStack. */
export const STACK_OPTIONS: Options = {
  dataBackend: ["neo4j", "postgres"],
  enforcement: ["vpc-cni", "calico", "cilium"],
  hecToken: ["created", "existing"],
  postgresCa: ["none", "rds-ca"],
  automationReader: ["none", "pipeline-role"],
  cache: ["present", "opted-out"],
  stateBackend: ["local", "s3"],
  secretStore: ["aws-secrets-manager", "vault"],
  podSecurityGroup: ["own", "opted-out"],
};

/** One combination of the matrix, with the stack name it synthesizes to. */
export interface MatrixEntry {
  readonly name: string;
  readonly kind: "constructs" | "stack";
  readonly options: Combination;
}

/** Every combination of both matrices. */
export function matrix(): MatrixEntry[] {
  const pad = (i: number) => String(i + 1).padStart(2, "0");
  return [
    ...pairwise(CONSTRUCT_OPTIONS).map((options, i) => ({ name: `matrix-constructs-${pad(i)}`, kind: "constructs" as const, options })),
    ...pairwise(STACK_OPTIONS).map((options, i) => ({ name: `matrix-stack-${pad(i)}`, kind: "stack" as const, options })),
  ];
}

const ENFORCEMENT: Record<string, NetworkPolicyEnforcement> = {
  "vpc-cni": NetworkPolicyEnforcement.VPC_CNI,
  calico: NetworkPolicyEnforcement.CALICO,
  cilium: NetworkPolicyEnforcement.CILIUM,
};

/** A self-signed test CA (certificate only). */
export const TEST_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIBdzCCAR2gAwIBAgIUMatrixTestCertificateOnly0000000wCgYIKoZIzj0EAwIw
-----END CERTIFICATE-----
`;

/** Builds the stack of one combination in an app. */
export function buildEntry(app: App, entry: MatrixEntry): TerraformStack {
  return entry.kind === "stack" ? buildStack(app, entry) : buildConstructs(app, entry);
}

function buildStack(app: App, { name, options: o }: MatrixEntry): TerraformStack {
  // With Vault, the HEC token, the pipeline's key and the Neo4j password are in Vault: the Secrets
  // Manager-only settings (hecToken "existing", automationReader, the AWS CLI image) do not apply and are left out.
  const vault = o.secretStore === "vault";
  return new HardenedMeshStack(app, name, {
    region: "eu-west-1",
    cluster: {
      name: "platform-eks",
      oidcProviderArn: OIDC,
      networkPolicyEnforcement: ENFORCEMENT[o.enforcement],
      securityGroupId: "sg-0123456789abcdef0",
      podSecurityGroupOptOut: o.podSecurityGroup === "opted-out" ? POD_GROUP_OPT_OUT : undefined,
      ebsCsiDriverRoleArn: `arn:aws:iam::${ACCOUNT}:role/ebs-csi`,
    },
    network: {
      vpcId: "vpc-0a1b2c3d4e5f60718",
      publicSubnetIds: ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"],
      publicSubnetCidrs: ["10.40.0.0/24", "10.40.1.0/24"],
      privateSubnetIds: ["subnet-0111aaaa2222bbbbc", "subnet-0333cccc4444dddde"],
      privateSubnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
    },
    domain: { name: "meshq.example.com", hostedZoneId: "Z0123456789EXAMPLE" },
    audit: {
      splunkHecUrl: "https://splunk.corp.example.com:8088",
      hecTokenSecretArn: o.hecToken === "existing" && !vault ? HEC_SECRET : undefined,
      hecTokenSecretOptOut:
        o.hecToken === "existing" && !vault ? { reason: "the HEC token is issued by Splunk and kept by the platform team" } : undefined,
      hecCidrs: ["10.80.12.0/24"],
    },
    dataBackend: o.dataBackend === "postgres" ? DataBackend.POSTGRES : DataBackend.NEO4J,
    postgresCaBundlePem: o.postgresCa === "rds-ca" ? TEST_CA_PEM : undefined,
    automationReader:
      o.automationReader === "pipeline-role" && !vault ? { roleArn: `arn:aws:iam::${ACCOUNT}:role/ci`, roleName: "ci" } : undefined,
    backend: o.stateBackend === "s3" ? { ...STATE, key: `${name}.tfstate` } : undefined,
    cacheOptOut: o.cache === "opted-out" ? { reason: "the API runs without a shared cache in this deployment" } : undefined,
    apiImage: IMAGE,
    neo4jImages: o.dataBackend === "postgres" ? undefined : vault ? { image: NEO4J_IMAGES.image } : NEO4J_IMAGES,
    ...(vault
      ? {
          secretStore: SecretStoreKind.VAULT,
          vault: { address: "https://vault.corp.example.com:8200", caBundlePem: TEST_CA_PEM, cidrs: ["10.90.4.0/24"] },
        }
      : {}),
  });
}

function buildConstructs(app: App, { name, options: o }: MatrixEntry): TerraformStack {
  const stack = new TerraformStack(app, name);
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  new KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config" });
  if (o.stateBackend === "s3") {
    new S3Backend(stack, { ...STATE, key: `${name}.tfstate`, encrypt: true }).addOverride("use_lockfile", true);
  }
  const alb = o.ingressMode === "alb";
  const internal = o.exposure === "internal";
  const props: SecureMeshApiProps = {
    networkPolicyEnforcement: ENFORCEMENT[o.enforcement],
    oidcProviderArn: OIDC,
    image: IMAGE,
    secretDelivery: o.secretDelivery === "aws-provider" ? SecretDeliveryMode.AWS_PROVIDER : SecretDeliveryMode.EXTERNAL_SECRETS,
    awsApiCidrs: o.secretDelivery === "aws-provider" ? ["10.40.20.0/24", "10.40.21.0/24"] : undefined,
    // the pods' own security group is made in the VPC, beside the cluster's
    vpcId: "vpc-0a1b2c3d4e5f60718",
    clusterSecurityGroupId: "sg-0123456789abcdef0",
    podSecurityGroupOptOut: o.podSecurityGroup === "opted-out" ? POD_GROUP_OPT_OUT : undefined,
    ...(alb
      ? {
          ingressMode: ApiIngressMode.ALB,
          albSubnetIds: ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"],
          albSubnetCidrs: ["10.40.0.0/24", "10.40.1.0/24"],
          domainName: "meshq.example.com",
          certificate:
            o.certificate === "imported"
              ? { certificateArn: `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0` }
              : { hostedZoneId: "Z0123456789EXAMPLE" },
          internetFacing: !internal,
          allowedCidrs: internal ? ["10.0.0.0/8"] : undefined,
          wafOptOut: o.waf === "opted-out" ? { reason: "a CloudFront distribution with its own WAF fronts this ALB" } : undefined,
          httpRedirect: o.httpRedirect === "on",
        }
      : {
          ingressMode: ApiIngressMode.INGRESS_CONTROLLER,
          ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
        }),
  };
  const api = new SecureMeshApi(stack, "Api", props);
  // the rotation functions in private subnets: a security group and egress rules of their own each
  const rotationVpc =
    o.rotationVpc === "private-subnets"
      ? { vpcId: "vpc-0a1b2c3d4e5f60718", subnetIds: ["subnet-0111aaaa2222bbbbc", "subnet-0333cccc4444dddde"] }
      : undefined;
  new RotatingApiKey(stack, "OperatorsKey", { consumer: "operators", api, rotationVpc });
  new RotatingApiKey(stack, "AutomationKey", { consumer: "automation", api, rotationVpc });
  if (o.dataBackend === "neo4j") {
    new EncryptedNeo4j(stack, "Neo4j", {
      ...NEO4J_IMAGES,
      api,
      oidcProviderArn: OIDC,
      ebsCsiDriverRoleArn: `arn:aws:iam::${ACCOUNT}:role/ebs-csi`,
    });
  } else if (o.dataBackend === "postgres") {
    new EncryptedPostgres(stack, "Postgres", {
      api,
      vpcId: "vpc-0a1b2c3d4e5f60718",
      subnetIds: ["subnet-0111aaaa2222bbbbc", "subnet-0333cccc4444dddde"],
      subnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
    });
  }
  if (o.audit !== "none") {
    new AuditSink(stack, "Audit", {
      api,
      hecUrl: "https://splunk.corp.example.com:8088",
      hecCidrs: ["10.80.12.0/24"],
      ...(o.audit === "existing-token"
        ? {
            tokenSecret: new ExistingSecret(stack, "HecToken", {
              unmanagedOptOut: { reason: "a secret kept outside the stack here" },
              secretArn: HEC_SECRET,
            }),
          }
        : { createTokenSecret: true }),
    });
  }
  if (o.rbac === "present") new MeshRbac(stack, "Rbac", { api });
  if (o.cache === "present") {
    new EncryptedRedis(stack, "Cache", {
      api,
      vpcId: "vpc-0a1b2c3d4e5f60718",
      subnetIds: ["subnet-0111aaaa2222bbbbc", "subnet-0333cccc4444dddde"],
      subnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
      rotationVpc,
    });
  }
  return stack;
}
