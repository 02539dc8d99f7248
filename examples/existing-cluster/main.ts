// The constructs composed one by one in your own stack: you keep your providers, backend and
// naming, and take only the pieces you need. Example values; synth needs no cloud access.
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import {
  AuditSink,
  EncryptedNeo4j,
  EncryptedRedis,
  ExistingSecret,
  granteeFromRole,
  MeshRbac,
  NetworkPolicyEnforcement,
  RbacPolicy,
  RbacPresets,
  RotatingApiKey,
  SecureMeshApi,
} from "@meshoptixiq/cdktf-hardened";

const account = "111122223333";
const oidcProviderArn = `arn:aws:iam::${account}:oidc-provider/oidc.eks.eu-central-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF`;

class MeshOptixIqStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "eu-central-1" });
    new KubernetesProvider(this, "kubernetes", { configPath: "~/.kube/config", configContext: "platform-prod" });

    const api = new SecureMeshApi(this, "Api", {
      deploymentName: "meshq",
      namespace: "network-intel",
      networkPolicyEnforcement: NetworkPolicyEnforcement.CILIUM,
      oidcProviderArn,
      image: "registry.corp.example.com/meshoptixiq/api@sha256:1111111111111111111111111111111111111111111111111111111111111111",
      vpcId: "vpc-0fedcba9876543210",
      albSubnetIds: ["subnet-0aaa0000000000001", "subnet-0aaa0000000000002", "subnet-0aaa0000000000003"],
      albSubnetCidrs: ["172.20.0.0/26", "172.20.0.64/26", "172.20.0.128/26"],
      clusterSecurityGroupId: "sg-0fedcba9876543210",
      domainName: "meshq.internal.corp.example.com",
      certificate: { certificateArn: `arn:aws:acm:eu-central-1:${account}:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0` },
      internetFacing: false, // internal ALB: reachable from the corporate network only
      allowedCidrs: ["10.0.0.0/8"],
      replicas: 3,
    });

    new RotatingApiKey(this, "OperatorsKey", { consumer: "operators", deploymentName: "meshq", api });
    new RotatingApiKey(this, "AutomationKey", {
      consumer: "automation",
      deploymentName: "meshq",
      api,
      rotationDays: 14,
      readers: [granteeFromRole(`arn:aws:iam::${account}:role/ansible-runner`, "ansible-runner", "ansible")],
    });

    new EncryptedNeo4j(this, "Neo4j", {
      api,
      oidcProviderArn,
      ebsCsiDriverRoleArn: `arn:aws:iam::${account}:role/ebs-csi-controller`,
      // No default image: pin the builds you tested, by digest (the zeros are placeholders).
      image: "neo4j:5.26.0-community@sha256:0000000000000000000000000000000000000000000000000000000000000000",
      awsCliImage: "amazon/aws-cli:2.22.0@sha256:0000000000000000000000000000000000000000000000000000000000000000",
      certificateIssuer: { name: "corp-internal-ca", kind: "ClusterIssuer" },
      storageSize: "250Gi",
      snapshotRetentionCount: 30,
    });

    // The API's cache on dedicated private subnets: 6379 admitted from the cluster's security group
    // only, TLS required, AUTH token rotated inside AWS and delivered as REDIS_URL (rediss://).
    new EncryptedRedis(this, "Cache", {
      api,
      vpcId: "vpc-0fedcba9876543210",
      subnetIds: ["subnet-0ccc0000000000001", "subnet-0ccc0000000000002", "subnet-0ccc0000000000003"],
      subnetCidrs: ["172.20.8.0/27", "172.20.8.32/27", "172.20.8.64/27"],
      nodeCount: 3,
      nodeType: "cache.r7g.large",
    });

    // With Cilium, the HEC host name is enough: an FQDN egress rule is generated.
    new AuditSink(this, "Audit", {
      api,
      hecUrl: "https://http-inputs-corp.splunkcloud.com",
      tokenSecret: new ExistingSecret(this, "HecToken", {
        secretArn: `arn:aws:secretsmanager:eu-central-1:${account}:secret:splunk/meshq-hec-Ab12Cd`,
        // the platform team's secret, outside this stack: the guard cannot see how it is kept, so
        // the reason is recorded (MESHQ-SEC-4 warns), or leave tokenSecret out and use createTokenSecret
        unmanagedOptOut: { reason: "the Splunk Cloud HEC token is issued and rotated by the platform team" },
      }),
      index: "network_audit",
    });

    new MeshRbac(this, "Rbac", {
      api,
      policy: new RbacPolicy([
        RbacPresets.helpdesk(),
        RbacPresets.security(),
        RbacPresets.architect(),
        RbacPresets.admin(),
        { name: "capacity", allow: ["summary_*", "topology_*"], description: "Capacity planning, read-only" },
      ]),
    });
  }
}

const app = new App();
new MeshOptixIqStack(app, "meshq-existing-cluster");
app.synth();
