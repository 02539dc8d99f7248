// MeshOptixIQ with the PostgreSQL backend on RDS instead of Neo4j. Example values; synth needs no
// cloud access.
import { App } from "cdktf";
import { DataBackend, HardenedMeshStack, NetworkPolicyEnforcement } from "@meshoptixiq/cdktf-hardened";

const app = new App();

new HardenedMeshStack(app, "meshoptixiq-postgres", {
  region: "eu-west-1",
  dataBackend: DataBackend.POSTGRES,
  cluster: {
    name: "platform-eks",
    oidcProviderArn: "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
    networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
    securityGroupId: "sg-0123456789abcdef0",
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
  // Download https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem and pass it here
  // (readFileSync) for sslmode=verify-full; without it the connection uses sslmode=require.
  postgresCaBundlePem:
    "-----BEGIN CERTIFICATE-----\nMIIEEjCCAvqgAwIBAgIJAM2ZN/+nPi27MA0GCSqGSIb3DQEBCwUAMIGVMQswCQYD\n-----END CERTIFICATE-----\n",
  apiImage: "ghcr.io/meshoptixiq/api@sha256:0000000000000000000000000000000000000000000000000000000000000000",
});

app.synth();
