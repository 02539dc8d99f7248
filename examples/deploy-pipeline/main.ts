// The production stack and what its pipeline stands on. The workflow in .github/workflows
// synthesizes both, shows `cdktf diff` of the production stack on pull requests and deploys it from
// main; the bootstrap stack (state bucket, the workflow's roles) is applied once by an administrator.
import { App } from "cdktf";
import { HardenedMeshStack, NetworkPolicyEnforcement, PermissionsBoundary } from "@meshoptixiq/cdktf-hardened";
import { boundaryArn, PipelineBootstrapStack, stateKeyAlias } from "./bootstrap";
import { config } from "./config";

const app = new App();

const production = new HardenedMeshStack(app, config.stackName, {
  region: config.region,
  deploymentName: config.deploymentName,
  cluster: { ...config.cluster, networkPolicyEnforcement: NetworkPolicyEnforcement.VPC_CNI },
  network: config.network,
  domain: config.domain,
  audit: config.audit,
  apiImage: config.apiImage,
  neo4jImages: config.neo4jImages,
  backend: {
    bucket: config.stateBucket,
    key: config.stateKey,
    region: config.region,
    kmsKeyId: `arn:aws:kms:${config.region}:${config.account}:alias/${stateKeyAlias(config)}`,
  },
});

// Every role of the deployment carries the boundary the bootstrap created: the deploy role may
// create no role without it.
PermissionsBoundary.apply(production, { boundaryArn: boundaryArn(config) });

new PipelineBootstrapStack(app, config.bootstrapStackName, { config, deploys: production });

app.synth();
