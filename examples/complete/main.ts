// The complete hardened deployment. The values below are examples: replace them with your
// account's (or read them from your own configuration). Synth needs no cloud access.
import { App } from "cdktf";
import { HardenedMeshStack, NetworkPolicyEnforcement } from "@meshoptixiq/cdktf-hardened";

const app = new App();

new HardenedMeshStack(app, "meshoptixiq-prod", {
  region: "eu-west-1",
  cluster: {
    name: "platform-eks",
    oidcProviderArn: "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
    networkPolicyEnforcement: NetworkPolicyEnforcement.VPC_CNI,
    securityGroupId: "sg-0123456789abcdef0",
    ebsCsiDriverRoleArn: "arn:aws:iam::111122223333:role/platform-eks-ebs-csi-driver",
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
    hecCidrs: ["10.80.12.0/24"],
  },
  automationReader: { roleArn: "arn:aws:iam::111122223333:role/ci-deployer", roleName: "ci-deployer" },
  apiImage: "ghcr.io/meshoptixiq/api@sha256:0000000000000000000000000000000000000000000000000000000000000000",
  // The Neo4j backend's images have no default: pin the builds you tested, by digest (the zeros are
  // placeholders; `docker buildx imagetools inspect neo4j:5.26.0-community` prints the digest).
  neo4jImages: {
    image: "neo4j:5.26.0-community@sha256:0000000000000000000000000000000000000000000000000000000000000000",
    awsCliImage: "amazon/aws-cli:2.22.0@sha256:0000000000000000000000000000000000000000000000000000000000000000",
  },
});

app.synth();
