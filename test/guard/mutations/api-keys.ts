import { SecretsmanagerSecretVersion } from "../../../lib/compat/aws/secretsmanager-secret-version";
import { ConfigMapV1 } from "../../../lib/compat/kubernetes/config-map-v1";
import { ConfigMapV1Data } from "../../../lib/compat/kubernetes/config-map-v1-data";
import { Env } from "../../../lib/compat/kubernetes/env";
import { Manifest } from "../../../lib/compat/kubernetes/manifest";
import { Secret } from "../../../lib/compat/kubernetes/secret";
import { Role, ROLE_KEY } from "../../../lib/policy/markers";
import { api, apiEnv, at, Mutation, variable } from "./harness";

/** Weakenings the api-keys controls must catch. */
export const API_KEY_MUTATIONS: Mutation[] = [
  // ---- MESHQ-KEY-1: no literal credentials
  {
    name: "a kubernetes_env patch adds DBPASSWORD (no separator)",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "DbPassword", [{ name: "DBPASSWORD", value: "hunter2hunter2" }]),
  },
  {
    name: "a ConfigMap with a DATABASE_URL carrying a password",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) =>
      new ConfigMapV1(s, "DbUrl", {
        metadata: { name: "db", namespace: "meshoptixiq" },
        data: { DATABASE_URL: "postgresql://meshq:S3cr3tPassw0rd@db.internal:5432/meshq" },
      }),
  },
  {
    name: "env_from a ConfigMap holding an API token",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "override",
    apply: (s) => {
      new ConfigMapV1(s, "Tokens", { metadata: { name: "tokens", namespace: "meshoptixiq" }, data: { UPSTREAM_API_TOKEN: "see-vault" } });
      s.api.resource.addOverride("spec.template.spec.container.0.env_from", [{ config_map_ref: { name: "tokens" } }]);
    },
  },
  {
    name: "a kubernetes_config_map_v1_data patch adds a Splunk token to the RBAC ConfigMap",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) =>
      new ConfigMapV1Data(s, "Patch", {
        metadata: { name: "meshoptixiq-rbac", namespace: "meshoptixiq" },
        data: { SPLUNK_TOKEN: "8a1e4c2b-9d3f-4e6a-b7c8-1f2e3d4c5b6a" },
        force: true,
      }),
  },
  {
    name: "a signing secret in the rotation Lambda's environment",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Rotation/Resource").addOverride("environment.variables.SIGNING_SECRET", "not-so-secret"),
  },
  {
    name: "an admin password from a variable",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "variable",
    apply: (s) => apiEnv(s, "AdminPassword", [{ name: "ADMIN_PASSWORD", value: variable(s, "admin_password").stringValue }]),
  },
  {
    name: "a high-entropy literal under an innocent name",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "Innocent", [{ name: "FEATURE_SEED", value: "Zx9Kq2LmP4vR8tYw3NbC6dHf" }]),
  },

  // ---- MESHQ-KEY-2..5
  {
    name: "API keys rotate yearly",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Schedule").addOverride("rotation_rules.automatically_after_days", 365),
  },
  {
    name: "count = 0 on a rotation schedule",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "count/for_each",
    apply: (s) => at(s, "AutomationKey/Schedule").addOverride("count", 0),
  },
  {
    name: "a schedule expression of 120 days",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Schedule").addOverride("rotation_rules", { schedule_expression: "rate(120 days)" }),
  },
  {
    name: "no immediate rotation",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Schedule").addOverride("rotate_immediately", false),
  },
  {
    name: "an API-key secret's role tag removed and its rotation yearly",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => {
      // an override merges into the map; undefined deletes the key
      at(s, "OperatorsKey/Secret/Resource").addOverride("tags", { [ROLE_KEY]: undefined });
      at(s, "OperatorsKey/Schedule").addOverride("rotation_rules.automatically_after_days", 365);
    },
  },
  {
    name: "an API-key secret re-tagged as another role and its schedule removed by count = 0",
    backend: "postgres",
    control: "MESHQ-KEY-2",
    how: "count/for_each",
    apply: (s) => {
      at(s, "AutomationKey/Secret/Resource").addOverride("tags", { [ROLE_KEY]: Role.NEO4J });
      at(s, "AutomationKey/Schedule").addOverride("count", 0);
    },
  },
  {
    name: "16-character keys",
    backend: "complete",
    control: "MESHQ-KEY-3",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Rotation/Resource").addOverride("environment.variables.KEY_LENGTH", "16"),
  },
  {
    name: "a kubernetes_env patch points the automation key at the operators' secret",
    backend: "complete",
    control: "MESHQ-KEY-4",
    how: "raw resource",
    apply: (s) =>
      new Env(s, "SharedKey", {
        ...api(s),
        container: "api",
        env: [{ name: "API_KEY_AUTOMATION", valueFrom: { secretKeyRef: { name: "api-key-operators", key: "value" } } }],
        force: true,
      }),
  },
  {
    name: "a legacy kubernetes_secret with data",
    backend: "complete",
    control: "MESHQ-KEY-5",
    how: "raw resource",
    apply: (s) => new Secret(s, "Legacy", { metadata: { name: "legacy", namespace: "meshoptixiq" }, data: { password: "x" } }),
  },
  {
    name: "a Secret manifest with stringData",
    backend: "complete",
    control: "MESHQ-KEY-5",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "SecretManifest", {
        manifest: { apiVersion: "v1", kind: "Secret", metadata: { name: "m", namespace: "meshoptixiq" }, stringData: { token: "x" } },
      }),
  },
  {
    name: "a secret version with a value",
    backend: "complete",
    control: "MESHQ-KEY-5",
    how: "raw resource",
    apply: (s) =>
      new SecretsmanagerSecretVersion(s, "Version", { secretId: s.operatorsKey.secretArn, secretString: "not-generated-inside-aws" }),
  },
];
