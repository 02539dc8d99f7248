import { IamRolePolicy } from "../../../lib/compat/aws/iam-role-policy";
import { IamRolePolicyAttachment } from "../../../lib/compat/aws/iam-role-policy-attachment";
import { KmsKeyPolicy } from "../../../lib/compat/aws/kms-key-policy";
import { LambdaFunction } from "../../../lib/compat/aws/lambda-function";
import { Manifest } from "../../../lib/compat/kubernetes/manifest";
import { NetworkPolicyV1 } from "../../../lib/compat/kubernetes/network-policy-v1";
import { at, Mutation } from "./harness";

const policy = (statements: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allow = (Action: unknown, extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Action, Resource: "*", ...extra });
const store = (serviceAccount: string) => ({
  manifest: {
    apiVersion: "external-secrets.io/v1",
    kind: "SecretStore",
    metadata: { name: "aws", namespace: "meshoptixiq" },
    spec: { provider: { aws: { service: "SecretsManager", auth: { jwt: { serviceAccountRef: { name: serviceAccount } } } } } },
  },
});

/** Weakenings the least-privilege controls must catch. */
export const LEAST_PRIVILEGE_MUTATIONS: Mutation[] = [
  {
    name: "a raw role policy allows secretsmanager:*",
    control: "MESHQ-LP-1",
    how: "raw resource",
    backend: "complete",
    apply: (s) => new IamRolePolicy(s, "Wide", { role: "meshq-reader", name: "wide", policy: policy([allow("secretsmanager:*")]) }),
  },
  {
    name: "a separate key policy gives administrators kms:Create*",
    control: "MESHQ-LP-1",
    how: "raw resource",
    backend: "postgres",
    apply: (s) =>
      new KmsKeyPolicy(s, "AdminPolicy", {
        keyId: "${aws_kms_key.OperatorsKey_Secret_Key_3391DB57.key_id}",
        policy: policy([allow(["kms:Create*", "kms:Describe*"], { Principal: { AWS: "arn:aws:iam::111122223333:root" } })]),
      }),
  },
  {
    name: "a role gets an AWS-managed policy the guard does not know",
    control: "MESHQ-LP-1",
    how: "raw resource",
    backend: "postgres",
    apply: (s) =>
      new IamRolePolicyAttachment(s, "ReadWrite", {
        role: "${aws_iam_role.Api_Role_DE7A08EC.name}",
        policyArn: "arn:aws:iam::aws:policy/SecretsManagerReadWrite",
      }),
  },
  {
    name: "the API's service account gets the secrets role back",
    control: "MESHQ-LP-2",
    how: "override",
    backend: "complete",
    apply: (s) =>
      at(s, "Api/ServiceAccount").addOverride("metadata.annotations", {
        "eks.amazonaws.com/role-arn": "${aws_iam_role.Api_Role_DE7A08EC.arn}",
      }),
  },
  {
    name: "the API runs under External Secrets' service account",
    control: "MESHQ-LP-2",
    how: "override",
    backend: "postgres",
    apply: (s) => at(s, "Api/Resource").addOverride("spec.template.spec.service_account_name", "meshoptixiq-api-secrets"),
  },
  {
    name: "a raw manifest SecretStore authenticates with the API's service account",
    control: "MESHQ-LP-2",
    how: "raw resource",
    backend: "complete",
    apply: (s) => new Manifest(s, "WideStore", store("meshoptixiq-api")),
  },
  {
    name: "a raw NetworkPolicy opens the API's egress to the Internet",
    control: "MESHQ-LP-3",
    how: "raw resource",
    backend: "complete",
    apply: (s) =>
      new NetworkPolicyV1(s, "ApiOut", {
        metadata: { name: "api-out", namespace: "meshoptixiq" },
        spec: {
          podSelector: { matchLabels: { app: "meshoptixiq-api" } },
          policyTypes: ["Egress"],
          egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ port: "443", protocol: "TCP" }] }],
        },
      }),
  },
  {
    name: "the API's generated DNS egress widened to the Internet",
    control: "MESHQ-LP-3",
    how: "override",
    backend: "postgres",
    apply: (s) => at(s, "NetworkModel/Workload-meshoptixiq-api").addOverride("spec.egress.0.to", [{ ip_block: { cidr: "0.0.0.0/0" } }]),
  },
  {
    name: "a rotation function's code signing configuration removed",
    control: "MESHQ-LP-4",
    how: "override",
    backend: "complete",
    apply: (s) => at(s, "OperatorsKey/Rotation/Resource").addOverride("code_signing_config_arn", null),
  },
  {
    name: "the stack's code signing configuration only warns",
    control: "MESHQ-LP-4",
    how: "override",
    backend: "postgres",
    apply: (s) => at(s, "RotationCodeSigning/Config").addOverride("policies.untrusted_artifact_on_deployment", "Warn"),
  },
  {
    name: "a raw Lambda function without code signing",
    control: "MESHQ-LP-4",
    how: "raw resource",
    backend: "complete",
    apply: (s) =>
      new LambdaFunction(s, "Unsigned", {
        functionName: "meshoptixiq-unsigned",
        role: "arn:aws:iam::111122223333:role/meshoptixiq-unsigned",
        runtime: "nodejs24.x",
        handler: "index.handler",
        s3Bucket: "artifacts",
        s3Key: "unsigned.zip",
      }),
  },
];
