import { Testing } from "../../../lib/compat/core";
import { AuditSink } from "../../../lib/audit/audit-sink";
import { SecretDeliveryMode, SecureMeshApi } from "../../../lib/api/secure-mesh-api";
import { ExistingSecret } from "../../../lib/secrets/secret-source";
import { VaultSecret } from "../../../lib/secrets/vault/vault-secret";
import { VaultSecretRotation } from "../../../lib/secrets/vault/vault-secret-rotation";
import { VaultStore, VaultStoreProps } from "../../../lib/secrets/vault/vault-store";
import { parseVaultPolicy, renderVaultPolicy } from "../../../lib/policy/vault";
import { HardenedMeshStack, SecretStoreKind } from "../../../lib/stack/hardened-mesh-stack";
import { apiProps, manifestsOf, only, resourcesOf, synth, testStack } from "../../util";
import { VAULT_CA_PEM, vaultProps, vaultStackProps } from "./fixture";

const storeProps = (extra: Partial<VaultStoreProps> = {}): VaultStoreProps => ({ ...vaultProps(), ...extra });
const newStore = (extra: Partial<VaultStoreProps> = {}) => new VaultStore(testStack(), "Vault", storeProps(extra));

describe("VaultStore: bad input fails synth with MESHQ-VAULT", () => {
  test.each([
    ["http://vault.corp.example.com:8200", "address"],
    ["vault.corp.example.com", "address"],
    ["https://vault.corp.example.com:8200/v1", "address"],
    ["https://user:pw@vault.corp.example.com", "address"],
  ])("address %s", (address, property) => {
    expect(() => newStore({ address })).toThrow(new RegExp(`\\[MESHQ-VAULT\\] VaultStore: ${property} received`));
  });
  test("a CA bundle that is no certificate, or holds a key, is refused without echoing the key", () => {
    expect(() => newStore({ caBundlePem: "not a pem" })).toThrow(/\[MESHQ-CERTIFICATE\] VaultStore: caBundlePem/);
    const withKey = `${VAULT_CA_PEM}-----BEGIN PRIVATE KEY-----\nMIIEsecret\n-----END PRIVATE KEY-----\n`;
    expect(() => newStore({ caBundlePem: withKey })).toThrow(/redacted/);
    expect(() => newStore({ caBundlePem: withKey })).not.toThrow(/MIIEsecret/);
  });
  test.each([
    ["kvMount", "secret/*"],
    ["pathPrefix", "../other"],
    ["kubernetesAuthMount", "/kubernetes"],
  ])("%s %s", (property, value) => {
    expect(() => newStore({ [property]: value })).toThrow(new RegExp(`\\[MESHQ-VAULT\\] VaultStore: ${property}`));
  });
  test("world-open or malformed CIDRs are refused", () => {
    expect(() => newStore({ cidrs: ["0.0.0.0/0"] })).toThrow(/\[MESHQ-CIDR\] VaultStore: cidrs/);
    expect(() => newStore({ cidrs: [] })).toThrow(/\[MESHQ-CIDR\] VaultStore: cidrs/);
    expect(() => newStore({ cidrs: ["10.90.4.0/33"] })).toThrow(/\[MESHQ-CIDR\] VaultStore: cidrs/);
  });
  test("one binding per consumer", () => {
    const store = newStore();
    store.grantRead({ consumer: "api", namespace: "meshoptixiq", serviceAccountName: "meshoptixiq-api" }, "meshoptixiq/a");
    expect(() => store.grantRead({ consumer: "api", namespace: "other", serviceAccountName: "meshoptixiq-api" }, "meshoptixiq/b")).toThrow(
      /\[MESHQ-VAULT\] VaultStore: consumer api received "other\/meshoptixiq-api"/,
    );
  });
});

describe("Vault policies", () => {
  test("render and parse back; anything else does not parse", () => {
    const rules = [
      { path: "secret/data/m/b", capabilities: ["read"] },
      { path: "secret/data/m/a", capabilities: ["update", "create", "read"] },
    ];
    const hcl = renderVaultPolicy(rules);
    expect(hcl).toBe(
      'path "secret/data/m/a" {\n  capabilities = ["create", "read", "update"]\n}\n\npath "secret/data/m/b" {\n  capabilities = ["read"]\n}\n',
    );
    expect(parseVaultPolicy(hcl)).toEqual([
      { path: "secret/data/m/a", capabilities: ["create", "read", "update"] },
      { path: "secret/data/m/b", capabilities: ["read"] },
    ]);
    expect(parseVaultPolicy(`# comment\n${hcl}`)).toBeUndefined();
    expect(parseVaultPolicy('path "x" { capabilities = ["read"] }')).toBeUndefined();
  });
});

describe("HardenedMeshStack with Vault", () => {
  const s = synth(new HardenedMeshStack(Testing.app(), "prod", vaultStackProps()));
  const deployment = only(s, "kubernetes_deployment_v1");
  const env = deployment.spec.template.spec.container[0].env;

  test("the API keys and the HEC token come from the Vault SecretStore (Kubernetes auth as External Secrets' own service account, CA-verified, KV v2)", () => {
    const store = manifestsOf(s, "SecretStore").find((m) => m.spec.provider.vault);
    expect(store.spec.provider.vault).toEqual({
      server: "https://vault.corp.example.com:8200",
      path: "secret",
      version: "v2",
      caBundle: Buffer.from(VAULT_CA_PEM).toString("base64"),
      auth: {
        kubernetes: {
          mountPath: "kubernetes",
          role: "meshoptixiq-api",
          serviceAccountRef: { name: expect.stringMatching(/Api_SecretsServiceAccount/), audiences: ["vault"] },
        },
      },
    });
    // Vault's role binds the account the SecretStore logs in with: External Secrets' dedicated one,
    // which no pod runs under, never the API's.
    const accounts = Object.entries(s.resources.kubernetes_service_account_v1 as Record<string, any>);
    expect(accounts.find(([id]) => id.startsWith("Api_SecretsServiceAccount"))?.[1].metadata.name).toBe("meshoptixiq-api-secrets");
    const roles = Object.entries(s.json.output as Record<string, any>).find(([id]) => id.endsWith("_policies"))?.[1].value.roles;
    expect(roles["meshoptixiq-api"]).toMatchObject({
      bound_service_account_names: ["meshoptixiq-api-secrets"],
      bound_service_account_namespaces: ["meshoptixiq"],
      audience: "vault",
    });
    const fromVault = manifestsOf(s, "ExternalSecret").filter((e) => String(e.spec.secretStoreRef.name).includes("VaultSecretStore"));
    expect(
      fromVault.map((e) => e.spec.data[0].remoteRef).sort((a, b) => `${a.key}${a.property}`.localeCompare(`${b.key}${b.property}`)),
    ).toEqual([
      { key: "meshoptixiq/api-key/automation", property: "previous" },
      { key: "meshoptixiq/api-key/automation", property: "value" },
      { key: "meshoptixiq/api-key/operators", property: "previous" },
      { key: "meshoptixiq/api-key/operators", property: "value" },
      { key: "meshoptixiq/audit/hec-token", property: "value" },
    ]);
    expect(env.map((e: any) => e.name)).toEqual(
      expect.arrayContaining(["API_KEY", "API_KEY_PREVIOUS", "API_KEY_AUTOMATION", "SPLUNK_HEC_TOKEN"]),
    );
    expect(resourcesOf(s, "aws_secretsmanager_secret").map((x) => x.name)).not.toContain("meshoptixiq/api-key/operators");
  });

  test("the rotation runs in the cluster under its own identity, with a token of audience vault and no static token", () => {
    const cron = resourcesOf(s, "kubernetes_cron_job_v1").find((c) => c.metadata.name === "meshoptixiq-api-key-rotation");
    const pod = cron.spec.job_template.spec.template.spec;
    expect(pod.service_account_name).toMatch(/ServiceAccount/);
    expect(pod.automount_service_account_token).toBe(false);
    expect(pod.volume[1].projected[0].sources[0].service_account_token).toEqual({
      audience: "vault",
      expiration_seconds: 600,
      path: "token",
    });
    const rotEnv = Object.fromEntries(pod.container[0].env.map((e: any) => [e.name, e.value]));
    expect(rotEnv).toMatchObject({
      VAULT_ADDR: "https://vault.corp.example.com:8200",
      VAULT_ROLE: "meshoptixiq-api-key-rotation",
      ROTATE_PATHS: "meshoptixiq/api-key/operators meshoptixiq/api-key/automation",
      ROTATE_MODE: "rotate",
    });
    expect(Object.keys(rotEnv)).not.toContain("VAULT_TOKEN");
    const init = resourcesOf(s, "kubernetes_job_v1").find((j) => j.metadata.name === "meshoptixiq-api-key-rotation-init");
    expect(init.wait_for_completion).toBe(true);
    const policy = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-key-rotation-allow");
    expect(JSON.stringify(policy.spec.egress)).toContain("10.90.4.0/24");
  });

  test("no secret value in the configuration: the only Vault material is the CA bundle", () => {
    expect(s.text).not.toMatch(/"VAULT_TOKEN"|hvs\.[A-Za-z0-9]/);
  });

  test("Secrets Manager-only settings and missing Vault settings fail with the property named", () => {
    const app = Testing.app();
    expect(() => new HardenedMeshStack(app, "a", vaultStackProps({ apiKeyRotationDays: 30 }))).toThrow(
      /\[MESHQ-VAULT\] HardenedMeshStack: apiKeyRotationDays .*vault\.apiKeyRotationSchedule/,
    );
    expect(() => new HardenedMeshStack(app, "b", vaultStackProps({ vault: undefined }))).toThrow(
      /\[MESHQ-REQUIRED\] HardenedMeshStack: vault/,
    );
    expect(() => new HardenedMeshStack(app, "c", { ...vaultStackProps(), secretStore: SecretStoreKind.AWS_SECRETS_MANAGER })).toThrow(
      /\[MESHQ-REQUIRED\] HardenedMeshStack: vault/,
    );
    expect(() => new HardenedMeshStack(app, "d", vaultStackProps({ vault: vaultProps({ address: "http://vault:8200" }) }))).toThrow(
      /\[MESHQ-VAULT\] VaultStore: address received "http:\/\/vault:8200"/,
    );
  });
});

describe("SecureMeshApi reading Vault itself (SECRETS_PROVIDER=vault)", () => {
  test("sets the provider's settings, mounts the CA and a projected token, and refuses a Secrets Manager secret", () => {
    const stack2 = testStack();
    const store2 = new VaultStore(stack2, "Vault", storeProps());
    const api2 = new SecureMeshApi(stack2, "Api", apiProps({ secretDelivery: SecretDeliveryMode.AWS_PROVIDER, vaultStore: store2 }));
    api2.addSecretEnvironment("API_KEY", new VaultSecret(stack2, "Key", { store: store2, name: "api-key/operators" }));
    expect(() =>
      api2.addSecretEnvironment(
        "OTHER_TOKEN",
        new ExistingSecret(stack2, "Other", {
          unmanagedOptOut: { reason: "a secret kept outside the stack here" },
          secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:x-AbCdEf",
        }),
      ),
    ).toThrow(/\[MESHQ-VAULT\] SecureMeshApi: secret of OTHER_TOKEN/);
    const s = synth(stack2);
    const c = only(s, "kubernetes_deployment_v1").spec.template.spec;
    const env = Object.fromEntries(c.container[0].env.map((e: any) => [e.name, e.value]));
    expect(env).toMatchObject({
      SECRETS_PROVIDER: "vault",
      VAULT_ADDR: "https://vault.corp.example.com:8200",
      VAULT_CACERT: "/etc/meshoptixiq/vault-ca/ca.pem",
      VAULT_AUTH_METHOD: "kubernetes",
      VAULT_ROLE: "meshoptixiq-api",
      VAULT_KV_MOUNT: "secret",
      VAULT_KV_VERSION: "2",
      API_KEY_SECRET_PATH: "meshoptixiq/api-key/operators",
    });
    expect(c.volume.find((v: any) => v.name === "vault-token").projected[0].sources[0].service_account_token.audience).toBe("vault");
    expect(JSON.stringify(s.json.output)).toContain("secret/data/meshoptixiq/api-key/operators");
  });

  test("a Vault secret needs the API's Vault store", () => {
    const stack = testStack();
    const store = new VaultStore(stack, "Vault", storeProps());
    const api = new SecureMeshApi(stack, "Api", apiProps());
    const tokenSecret = new VaultSecret(stack, "Hec", { store, name: "audit/hec-token" });
    expect(
      () =>
        new AuditSink(stack, "Audit", { api, hecUrl: "https://splunk.corp.example.com:8088", hecCidrs: ["10.80.12.0/24"], tokenSecret }),
    ).toThrow(/\[MESHQ-VAULT\] SecureMeshApi: secret of SPLUNK_HEC_TOKEN/);
  });
});

describe("VaultSecretRotation input", () => {
  const make = (extra: object) => {
    const stack = testStack();
    const store = new VaultStore(stack, "Vault", storeProps());
    return () =>
      new VaultSecretRotation(stack, "R", { store, consumer: "keys", secrets: ["api-key/x"], namespaceName: "meshoptixiq", ...extra });
  };
  test.each([
    [{ schedule: "monthly" }, /\[MESHQ-ROTATION-SCHEDULE\] VaultSecretRotation: schedule/],
    [{ keyLength: 16 }, /\[MESHQ-KEY-LENGTH\]/],
    [{ keyLength: 33 }, /\[MESHQ-KEY-LENGTH\] VaultSecretRotation: keyLength received 33; allowed: an even number/],
    [{ secrets: [] }, /\[MESHQ-REQUIRED\] VaultSecretRotation: secrets/],
    [{ secrets: ["api-key/*"] }, /\[MESHQ-VAULT\] VaultStore: secret name/],
    [{ image: "node:latest" }, /\[MESHQ-IMAGE\]/],
  ])("%p", (extra, error) => {
    expect(make(extra)).toThrow(error);
  });
});
