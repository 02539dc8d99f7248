// Everything that names your environment, in one place. The values are examples: replace them with
// yours. Synth needs no cloud access.
export const config = {
  /** AWS account and region of the deployment. */
  account: "111122223333",
  region: "eu-west-1",
  /** The GitHub repository whose workflow deploys (OWNER/REPO), and its protected environment. */
  repository: "corp/meshoptixiq-infrastructure",
  productionEnvironment: "production",
  /** The workflow that plans and deploys, as the OIDC subject pins it. */
  workflowPath: ".github/workflows/infrastructure.yml",
  /**
   * ARN of the account's GitHub OIDC provider (token.actions.githubusercontent.com), if it exists
   * already; undefined creates it in the bootstrap stack.
   */
  githubOidcProviderArn: undefined as string | undefined,
  /** Name prefix of everything the deployment creates (HardenedMeshStack's deploymentName). */
  deploymentName: "meshoptixiq",
  /** The stack the pipeline deploys (a Terraform state of its own). */
  stackName: "meshoptixiq-production",
  /** The stack that holds the state bucket and the pipeline's roles; applied once by an administrator. */
  bootstrapStackName: "meshoptixiq-pipeline",
  /** Terraform state: bucket (created by the bootstrap stack) and the production state's key. */
  stateBucket: "corp-meshoptixiq-tfstate-111122223333",
  stateKey: "meshoptixiq/prod.tfstate",
  cluster: {
    name: "platform-eks",
    oidcProviderArn: "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
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
  apiImage: "ghcr.io/meshoptixiq/api@sha256:0000000000000000000000000000000000000000000000000000000000000000",
  // The Neo4j backend's images have no default: pin the builds you tested, by digest.
  neo4jImages: {
    image: "neo4j:5.26.0-community@sha256:0000000000000000000000000000000000000000000000000000000000000000",
    awsCliImage: "amazon/aws-cli:2.22.0@sha256:0000000000000000000000000000000000000000000000000000000000000000",
  },
};

export type PipelineConfig = typeof config;
