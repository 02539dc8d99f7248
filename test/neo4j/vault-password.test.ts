import { Testing } from "../../lib/compat/core";
import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { NEO4J_ROTATION_USERS } from "../../lib/neo4j/password-rotation";
import { Neo4jVaultPassword } from "../../lib/neo4j/vault-password";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { VaultStore } from "../../lib/secrets/vault/vault-store";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { vaultProps, vaultStackProps } from "../secrets/vault/fixture";
import { fixture, literal, manifestsOf, resourcesOf, synth, testStack } from "../util";

// The Neo4j password with Vault as the store: the synthesized shape of HardenedMeshStack in Vault
// mode (the rotation scripts themselves run in password-rotation-vault.integration.test.ts).

const CSI_ROLE = "arn:aws:iam::111122223333:role/ebs-csi-controller";
const s = synth(new HardenedMeshStack(Testing.app(), "prod", vaultStackProps()));
const envOf = (c: any): Record<string, string> => Object.fromEntries(c.env.map((e: any) => [e.name, e.value]));
const byName = (type: string, name: string) => resourcesOf(s, type).find((r) => r.metadata.name === name);
const cron = byName("kubernetes_cron_job_v1", "meshoptixiq-neo4j-password-rotation");
const pod = cron.spec.job_template.spec.template.spec;
const step = (name: string) => [...pod.init_container, ...pod.container].find((c: any) => c.name === name);
const vaultOutput = s.json.output.vault_policies.value;

describe("HardenedMeshStack with Vault: the Neo4j password is in Vault", () => {
  test("no AWS role, Secrets Manager secret, KMS key or Secrets Manager store for Neo4j", () => {
    const addresses = Object.entries(s.resources as Record<string, Record<string, unknown>>).flatMap(([type, r]) =>
      Object.keys(r).map((id) => `${type}.${id}`),
    );
    const neo4j = addresses.filter((a) => a.split(".")[1].startsWith("Neo4j_"));
    expect(neo4j.filter((a) => /^aws_(secretsmanager|iam_role\.Neo4j_(Role|Password)|iam_role_policy\.Neo4j_Password)/.test(a))).toEqual(
      [],
    );
    // the only AWS resources of Neo4j are its volume's: key, snapshots
    expect(neo4j.filter((a) => a.startsWith("aws_")).map((a) => a.split(".")[1].replace(/_[0-9A-F]{8}$/, ""))).toEqual(
      expect.arrayContaining(["Neo4j_Storage_Key"]),
    );
    expect(neo4j.filter((a) => a.startsWith("aws_") && !a.includes("Neo4j_Storage"))).toEqual([]);
    expect(resourcesOf(s, "aws_secretsmanager_secret").map((x) => x.name)).not.toContain("meshoptixiq/neo4j/password");
    const stores = manifestsOf(s, "SecretStore").filter((m) => String(m.metadata.name).startsWith("meshoptixiq-neo4j"));
    expect(stores.map((m) => [m.metadata.name, Object.keys(m.spec.provider)])).toEqual([["meshoptixiq-neo4j-vault", ["vault"]]]);
    const accounts = resourcesOf(s, "kubernetes_service_account_v1").filter((a) => /neo4j/.test(a.metadata.name));
    for (const a of accounts) expect(a.metadata.annotations?.["eks.amazonaws.com/role-arn"]).toBeUndefined();
  });

  test("Neo4j and the API read it through External Secrets' Vault stores, each as its own consumer", () => {
    const store = manifestsOf(s, "SecretStore").find((m) => m.metadata.name === "meshoptixiq-neo4j-vault").spec.provider.vault;
    expect(store).toMatchObject({
      server: "https://vault.corp.example.com:8200",
      path: "secret",
      version: "v2",
      auth: { kubernetes: { role: "meshoptixiq-neo4j", serviceAccountRef: { audiences: ["vault"] } } },
    });
    expect(literal(s, store.auth.kubernetes.serviceAccountRef.name)).toBe("meshoptixiq-neo4j-secrets");
    expect(vaultOutput.roles["meshoptixiq-neo4j"]).toMatchObject({
      bound_service_account_names: ["meshoptixiq-neo4j-secrets"],
      bound_service_account_namespaces: ["meshoptixiq"],
      token_policies: ["meshoptixiq-neo4j"],
    });
    const auth = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-neo4j-auth");
    expect(auth.spec.data).toEqual([{ secretKey: "password", remoteRef: { key: "meshoptixiq/neo4j/password", property: "password" } }]);
    expect(auth.spec.target.template.data).toEqual({ NEO4J_AUTH: "neo4j/{{ .password }}" });
    const api = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-neo4j-password");
    expect(api.spec.data.map((d: any) => d.remoteRef)).toEqual([
      { key: "meshoptixiq/neo4j/password", property: "username" },
      { key: "meshoptixiq/neo4j/password", property: "password" },
    ]);
    expect(api.spec.refreshInterval).toBe("1m");
    expect(vaultOutput.policies["meshoptixiq-api"]).toContain('path "secret/data/meshoptixiq/neo4j/password" {\n  capabilities = ["read"]');
  });

  test("the rotator's policy and role: create/read/update on the password's path only, bound to its own service account", () => {
    expect(vaultOutput.policies["meshoptixiq-neo4j-password-rotation"]).toBe(
      'path "secret/data/meshoptixiq/neo4j/password" {\n  capabilities = ["create", "read", "update"]\n}\n',
    );
    expect(vaultOutput.roles["meshoptixiq-neo4j-password-rotation"]).toEqual({
      bound_service_account_names: ["meshoptixiq-neo4j-password-rotator"],
      bound_service_account_namespaces: ["meshoptixiq"],
      audience: "vault",
      token_policies: ["meshoptixiq-neo4j-password-rotation"],
      token_ttl: "15m",
      token_max_ttl: "1h",
    });
    // the API keys' rotator holds none of it: the two rotate independently
    expect(vaultOutput.policies["meshoptixiq-api-key-rotation"]).not.toContain("neo4j");
  });

  test("the rotation keeps its steps; the store's steps run vault-steps.mjs in the rotator image with a projected token", () => {
    expect(pod.init_container.map((c: any) => [c.name, c.command[0], c.args])).toEqual([
      ["stage", "node", ["/scripts/vault-steps.mjs", "stage"]],
      ["apply", "bash", ["/scripts/apply.sh"]],
      ["finish", "node", ["/scripts/vault-steps.mjs", "switch"]],
      ["retire", "bash", ["/scripts/retire.sh"]],
    ]);
    expect(pod.container.map((c: any) => [c.name, c.args])).toEqual([["retired", ["/scripts/vault-steps.mjs", "retired"]]]);
    expect(step("stage").image).toBe("node:22.12.0-alpine3.21");
    expect(step("apply").image).toBe(fixture.neo4jImages.image);
    expect(envOf(step("stage"))).toEqual({
      VAULT_ADDR: "https://vault.corp.example.com:8200",
      VAULT_CACERT: "/scripts/vault-ca.pem",
      VAULT_AUTH_PATH: "auth/kubernetes",
      VAULT_ROLE: "meshoptixiq-neo4j-password-rotation",
      VAULT_KV_MOUNT: "secret",
      ROTATE_PATHS: "meshoptixiq/neo4j/password",
      VAULT_TOKEN_FILE: "/var/run/secrets/vault/token",
      NEO4J_USERS: NEO4J_ROTATION_USERS.join(" "),
      WORK_DIR: "/run/rotation",
      HOME: "/tmp",
    });
    expect(step("stage").volume_mount).toContainEqual({ name: "vault-token", mount_path: "/var/run/secrets/vault", read_only: true });
    expect(step("apply").volume_mount.map((m: any) => m.name)).not.toContain("vault-token");
    expect(pod.volume.find((v: any) => v.name === "vault-token").projected[0].sources[0].service_account_token).toEqual({
      audience: "vault",
      expiration_seconds: 600,
      path: "token",
    });
    expect(pod.automount_service_account_token).toBe(false);
    expect(envOf(step("retire")).GRACE_SECONDS).toBe("900");
    expect(cron.metadata.labels["meshoptixiq.io/role"]).toBe("neo4j-password-rotation");
    expect(cron.spec.schedule).toBe("0 3 1 * *");
    const init = byName("kubernetes_job_v1", "meshoptixiq-neo4j-password-init");
    expect(init.spec.template.spec.container.map((c: any) => c.args)).toEqual([["/scripts/vault-steps.mjs", "init"]]);
    expect(init.wait_for_completion).toBe(true);
    const scripts = byName("kubernetes_config_map_v1", "meshoptixiq-neo4j-password-rotation");
    expect(Object.keys(scripts.data).sort()).toEqual([
      "apply.sh",
      "common.sh",
      "retire.sh",
      "vault-ca.pem",
      "vault-client.mjs",
      "vault-steps.mjs",
    ]);
  });

  test("the rotator reaches Neo4j (7687), the Vault CIDRs on Vault's port and DNS, and no AWS API", () => {
    const policy = byName("kubernetes_network_policy_v1", "meshoptixiq-neo4j-password-rotator-allow");
    const egress = policy.spec.egress.map((e: any) => [
      e.ports[0].port,
      e.to[0].ip_block?.cidr ?? e.to[0].pod_selector?.match_labels?.app ?? "dns",
    ]);
    expect(egress).toEqual([
      ["7687", "neo4j"],
      ["8200", "10.90.4.0/24"],
      ["53", "dns"],
      ["53", "dns"],
    ]);
  });

  test("no password in the configuration", () => {
    expect(s.text).not.toMatch(/"(pending_|retiring_)?password"\s*:\s*"[A-Za-z0-9]{16,}"/);
  });

  test("the AWS CLI image is refused with Vault, and not needed", () => {
    expect(
      () =>
        new HardenedMeshStack(
          Testing.app(),
          "x",
          vaultStackProps({ neo4jImages: { image: fixture.neo4jImages.image, awsCliImage: fixture.neo4jImages.awsCliImage } }),
        ),
    ).toThrow(/\[MESHQ-VAULT\] HardenedMeshStack: neo4jImages\.awsCliImage .*vault\.rotatorImage/);
  });
});

describe("EncryptedNeo4j with a vaultStore", () => {
  function standalone(extra: Partial<ConstructorParameters<typeof EncryptedNeo4j>[2]> = {}) {
    const stack = testStack();
    const store = new VaultStore(stack, "Vault", vaultProps());
    const neo4j = new EncryptedNeo4j(stack, "Neo4j", {
      image: fixture.neo4jImages.image,
      ebsCsiDriverRoleArn: CSI_ROLE,
      networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
      vaultStore: store,
      vaultRotatorImage: "node:22.12.0-alpine3.21@sha256:" + "d".repeat(64),
      ...extra,
    });
    return { stack, neo4j, store };
  }

  test("needs neither an OIDC provider nor the AWS CLI image, and exposes the Vault secret", () => {
    const { stack, neo4j, store } = standalone();
    expect(neo4j.password).toBeInstanceOf(Neo4jVaultPassword);
    const password = neo4j.password as Neo4jVaultPassword;
    expect(password.vaultPath).toBe("meshoptixiq/neo4j/password");
    expect(password.store).toBe(store);
    const out = synth(stack);
    // one AWS role: the snapshot policy's (Data Lifecycle Manager), none for the password
    expect(Object.keys(out.resources.aws_iam_role)).toEqual([expect.stringMatching(/^Neo4j_Storage_SnapshotRole_/)]);
    expect(out.json.output.vault_policies.value.roles["meshoptixiq-neo4j-password-rotation"]).toMatchObject({
      bound_service_account_names: ["meshoptixiq-neo4j-password-rotator"],
      bound_service_account_namespaces: ["meshoptixiq-data"],
    });
  });

  test("the Secrets Manager settings are still required without it, and vaultRotatorImage needs it", () => {
    const stack = testStack();
    expect(
      () =>
        new EncryptedNeo4j(stack, "A", {
          image: fixture.neo4jImages.image,
          awsCliImage: fixture.neo4jImages.awsCliImage,
          ebsCsiDriverRoleArn: CSI_ROLE,
          networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
        }),
    ).toThrow(/\[MESHQ-REQUIRED\] EncryptedNeo4j: oidcProviderArn .*vaultStore/);
    expect(
      () =>
        new EncryptedNeo4j(testStack(), "B", {
          image: fixture.neo4jImages.image,
          oidcProviderArn: fixture.oidcProviderArn,
          ebsCsiDriverRoleArn: CSI_ROLE,
          networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
        }),
    ).toThrow(/EncryptedNeo4j: awsCliImage/);
    expect(
      () =>
        new EncryptedNeo4j(testStack(), "C", {
          ...fixture.neo4jImages,
          oidcProviderArn: fixture.oidcProviderArn,
          ebsCsiDriverRoleArn: CSI_ROLE,
          networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
          vaultRotatorImage: "node:22",
        }),
    ).toThrow(/\[MESHQ-VAULT\] EncryptedNeo4j: vaultRotatorImage .*pass vaultStore/);
  });
});
