// The deployment in each environment it is promoted through, and what its pipeline stands on. The
// workflow in .github/workflows synthesizes them all, plans each environment on pull requests, and
// from main applies the reviewed plan to staging, then (after a reviewer's approval) to production;
// the bootstrap stack (state bucket, the workflow's roles) is applied once by an administrator.
import { App } from "cdktf";
import { HardenedMeshStack, NetworkPolicyEnforcement, PermissionsBoundary } from "@meshoptixiq/cdktf-hardened";
import { boundaryArn, PipelineBootstrapStack, stateKeyAlias } from "./bootstrap";
import { config } from "./config";

const app = new App();

const environments = config.environments.map((environment) => {
  const stack = new HardenedMeshStack(app, environment.stackName, {
    region: config.region,
    deploymentName: environment.deploymentName,
    namespace: environment.namespace,
    cluster: { ...config.cluster, networkPolicyEnforcement: NetworkPolicyEnforcement.VPC_CNI },
    network: config.network,
    domain: environment.domain,
    audit: config.audit,
    apiImage: config.apiImage,
    neo4jImages: config.neo4jImages,
    // One bucket and one key for every environment's state; one state object per environment.
    backend: {
      bucket: config.stateBucket,
      key: environment.stateKey,
      region: config.region,
      kmsKeyId: `arn:aws:kms:${config.region}:${config.account}:alias/${stateKeyAlias(config)}`,
    },
  });
  // Every role of the deployment carries the boundary the bootstrap created: no deploy role may
  // create a role without it.
  PermissionsBoundary.apply(stack, { boundaryArn: boundaryArn(config) });
  return { environment, stack };
});

new PipelineBootstrapStack(app, config.bootstrapStackName, { config, environments });

app.synth();
