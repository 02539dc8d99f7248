// Everything that names your environment, in one place. The values are examples: replace them with
// yours. Synth needs no cloud access.
export const config = {
  /** AWS account and region of the deployment. */
  account: "111122223333",
  region: "eu-west-1",
  /** The GitHub repository whose workflows plan and deploy (OWNER/REPO). */
  repository: "corp/meshoptixiq-infrastructure",
  /**
   * The workflow whose jobs hold an AWS identity (plan and deploy), as the OIDC subject pins it:
   * the reusable workflow that `.github/workflows/infrastructure.yml` calls once per environment.
   */
  workflowPath: ".github/workflows/environment.yml",
  /**
   * ARN of the account's GitHub OIDC provider (token.actions.githubusercontent.com), if it exists
   * already; undefined creates it in the bootstrap stack.
   */
  githubOidcProviderArn: undefined as string | undefined,
  /** Name of the pipeline itself: its state key's alias, its permissions boundary, its tags. */
  deploymentName: "meshoptixiq",
  /** The stack that holds the state bucket and the pipeline's roles; applied once by an administrator. */
  bootstrapStackName: "meshoptixiq-pipeline",
  /** Terraform state: the bucket (created by the bootstrap stack); each environment has a key of its own. */
  stateBucket: "corp-meshoptixiq-tfstate-111122223333",
  /**
   * The environments a change is promoted through, in order: each is a GitHub environment of the
   * same name, a stack of its own (HardenedMeshStack) with its own Terraform state key, deployment
   * name (which scopes its deploy role's rights) and domain, and its own plan and deploy roles. A
   * change reaches the next environment only after it was applied to the one before; production
   * needs a reviewer's approval (README, "Set it up").
   */
  environments: [
    {
      /** The GitHub environment (required reviewers optional; deployment branches: main). */
      name: "staging",
      /** The stack it deploys (a Terraform state of its own). */
      stackName: "meshoptixiq-staging",
      /** HardenedMeshStack's deploymentName: names, tags, namespace; the scope of its roles. */
      deploymentName: "meshq-staging",
      /** Its namespace in the shared cluster (HardenedMeshStack's namespace). */
      namespace: "meshq-staging",
      stateKey: "meshoptixiq/staging.tfstate",
      domain: { name: "staging.meshq.example.com", hostedZoneId: "Z0123456789EXAMPLE" },
      /** Prefix of the bootstrap's construct ids for this environment. */
      idPrefix: "Staging",
    },
    {
      name: "production",
      stackName: "meshoptixiq-production",
      deploymentName: "meshoptixiq",
      namespace: "meshoptixiq",
      stateKey: "meshoptixiq/prod.tfstate",
      domain: { name: "meshq.example.com", hostedZoneId: "Z0123456789EXAMPLE" },
      // Production keeps the bootstrap's construct ids it had before environments were promoted
      // through: its roles and namespaces keep their Terraform addresses.
      idPrefix: "",
    },
  ],
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
/** One environment of {@link config}. */
export type Environment = PipelineConfig["environments"][number];
