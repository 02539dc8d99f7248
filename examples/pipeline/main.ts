// A deployment pipeline with its own API key (security guide §12.1: a dedicated key for automated
// tooling, separate from the operators' key). The pipeline's IAM role trusts only the production
// environment of one repository, and may read only the automation key. Example values.
import { App, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { granteeFromRole, policyDocument, RotatingApiKey } from "@meshoptixiq/cdktf-hardened";

const account = "111122223333";

class PipelineKeyStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "eu-west-1" });

    // The pipeline's identity: GitHub Actions OIDC, production environment of one repository only.
    const role = new IamRole(this, "PipelineRole", {
      name: "meshq-network-automation",
      description: "Network automation pipeline; reads the MeshOptixIQ automation key",
      maxSessionDuration: 3600,
      assumeRolePolicy: policyDocument([
        {
          Effect: "Allow",
          Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com` },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: {
              "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
              "token.actions.githubusercontent.com:sub": "repo:corp/network-automation:environment:production",
            },
          },
        },
      ]),
    });

    const key = new RotatingApiKey(this, "AutomationKey", {
      consumer: "automation",
      rotationDays: 30,
      readers: [granteeFromRole(role.arn, role.name, "network-automation")],
    });

    new TerraformOutput(this, "automation_key_secret_arn", { value: key.secretArn });
    new TerraformOutput(this, "pipeline_role_arn", { value: role.arn });
  }
}

const app = new App();
new PipelineKeyStack(app, "meshq-pipeline-key");
app.synth();
