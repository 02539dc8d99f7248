// The hardened deployment with its secrets in HashiCorp Vault instead of AWS Secrets Manager. The
// values below are examples: replace them with your account's, your Vault's address and CA bundle.
// Synth needs no cloud access and no Vault.
import { readFileSync } from "fs";
import { join } from "path";
import { App } from "cdktf";
import { HardenedMeshStack, NetworkPolicyEnforcement, SecretStoreKind } from "@meshoptixiq/cdktf-hardened";

const app = new App();

new HardenedMeshStack(app, "meshoptixiq-vault", {
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
  // The HEC token is read from Vault at meshoptixiq/audit/hec-token (field "value"), written by you.
  audit: { splunkHecUrl: "https://splunk.corp.example.com:8088", hecCidrs: ["10.80.12.0/24"] },
  secretStore: SecretStoreKind.VAULT,
  vault: {
    address: "https://vault.corp.example.com:8200",
    caBundlePem: readFileSync(join(__dirname, "vault-ca.pem"), "utf8"),
    cidrs: ["10.90.4.0/24"],
    apiKeyRotationSchedule: "0 3 1 * *",
    // the in-cluster rotators of the API keys and the Neo4j password (Node 22): pin the build you
    // tested, by digest (zeros are placeholders)
    rotatorImage: "node:22.12.0-alpine3.21@sha256:0000000000000000000000000000000000000000000000000000000000000000",
  },
  apiImage: "ghcr.io/meshoptixiq/api@sha256:0000000000000000000000000000000000000000000000000000000000000000",
  // The Neo4j image has no default: pin the build you tested, by digest (the zeros are placeholders;
  // `docker buildx imagetools inspect neo4j:5.26.0-community` prints the digest). Its password is in
  // Vault at meshoptixiq/neo4j/password, generated and rotated in the cluster (no AWS CLI image).
  neo4jImages: {
    image: "neo4j:5.26.0-community@sha256:0000000000000000000000000000000000000000000000000000000000000000",
  },
});

app.synth();
