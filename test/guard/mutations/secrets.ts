import { DataAwsIamPolicyDocument } from "../../../lib/compat/aws/data-aws-iam-policy-document";
import { KmsKeyPolicy } from "../../../lib/compat/aws/kms-key-policy";
import { at, Mutation, variable } from "./harness";

/** Weakenings the secrets controls must catch. */
export const SECRETS_MUTATIONS: Mutation[] = [
  // ---- MESHQ-SEC-1..3
  {
    name: "a key secret under the AWS-managed key",
    backend: "complete",
    control: "MESHQ-SEC-1",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Secret/Resource").addOverride("kms_key_id", "alias/aws/secretsmanager"),
  },
  {
    name: "a key secret under a key ARN of another account",
    backend: "complete",
    control: "MESHQ-SEC-1",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Secret/Resource").addOverride("kms_key_id", "arn:aws:kms:eu-west-1:111122223333:key/shared"),
  },
  {
    name: "the secret's key from a variable",
    backend: "complete",
    control: "MESHQ-SEC-1",
    how: "variable",
    apply: (s) => at(s, "AutomationKey/Secret/Resource").addOverride("kms_key_id", variable(s, "kms").stringValue),
  },
  {
    name: "key rotation off",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "override",
    apply: (s) => at(s, "Neo4j/Storage/Key/Resource").addOverride("enable_key_rotation", false),
  },
  {
    name: "an aws_kms_key_policy that allows everyone",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "raw resource",
    apply: (s) =>
      new KmsKeyPolicy(s, "OpenPolicy", {
        keyId: `\${${at(s, "OperatorsKey/Secret/Key/Resource").fqn}.id}`,
        policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:*", Resource: "*" }],
        }),
      }),
  },
  {
    name: "a disabled key",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "override",
    apply: (s) => at(s, "Api/WafLogsKey/Resource").addOverride("is_enabled", false),
  },
  {
    name: "a key policy from a data source",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "override",
    apply: (s) => {
      const d = new DataAwsIamPolicyDocument(s, "Doc", {
        statement: [{ effect: "Allow", actions: ["kms:*"], resources: ["*"], principals: [{ type: "AWS", identifiers: ["*"] }] }],
      });
      at(s, "AutomationKey/Secret/Key/Resource").addOverride("policy", d.json);
    },
  },
  {
    name: "secrets refresh daily",
    backend: "complete",
    control: "MESHQ-SEC-3",
    how: "override",
    apply: (s) => at(s, "Api/Secrets/ExternalSecret-api-key-operators").addOverride("manifest.spec.refreshInterval", "24h"),
  },
  // ---- MESHQ-SEC-4
  {
    name: "the operators' key read from a secret outside the stack",
    backend: "complete",
    control: "MESHQ-SEC-4",
    how: "override",
    apply: (s) =>
      at(s, "Api/Secrets/ExternalSecret-api-key-operators").addOverride(
        "manifest.spec.data.0.remoteRef.key",
        "arn:aws:secretsmanager:eu-west-1:111122223333:secret:shared/api-key-AbCdEf",
      ),
  },
];
