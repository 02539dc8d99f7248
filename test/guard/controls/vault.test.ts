import { Testing } from "../../../lib/compat/core";
import { VAULT_CONTROLS } from "../../../lib/guard/controls/vault";
import { TerraformJson } from "../../../lib/guard/model";
import { planToDocument } from "../../../lib/guard/plan";
import { HardenedMeshStack } from "../../../lib/stack/hardened-mesh-stack";
import { vaultStackProps } from "../../secrets/vault/fixture";
import { stackProps, synth } from "../../util";
import { expectPaired, fail, pass, run } from "./support";

// Every Vault rule on the synthesized Vault-mode stack: compliant as the library writes it, and
// failing on the same JSON weakened the way an escape hatch or a hand edit would weaken it.
const VAULT_IDS = ["MESHQ-VAULT-1", "MESHQ-VAULT-2", "MESHQ-VAULT-3", "MESHQ-VAULT-4"];
const base: TerraformJson = synth(new HardenedMeshStack(Testing.app(), "prod", vaultStackProps())).json;
const aws: TerraformJson = synth(new HardenedMeshStack(Testing.app(), "prod", stackProps())).json;

function weakened(edit: (tf: any) => void): TerraformJson {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}
const expectViolation = (id: string, json: TerraformJson, message: RegExp) => fail(id, json, message);

afterAll(() => expectPaired(VAULT_CONTROLS));
const manifests = (tf: any) => Object.values(tf.resource.kubernetes_manifest).map((r: any) => r.manifest);
const vaultStore = (tf: any) => manifests(tf).find((m: any) => m.kind === "SecretStore" && m.spec.provider.vault).spec.provider.vault;
const rotator = (tf: any) =>
  (Object.values(tf.resource.kubernetes_cron_job_v1)[0] as any).spec.job_template.spec.template.spec.container[0];
const apiContainer = (tf: any) => (Object.values(tf.resource.kubernetes_deployment_v1)[0] as any).spec.template.spec.container[0];
const policies = (tf: any) => tf.output.vault_policies.value.policies;
const roles = (tf: any) => tf.output.vault_policies.value.roles;

describe("Vault controls", () => {
  test("pass on the Vault-mode stack, and do not apply to a Secrets Manager stack", () => {
    expect(VAULT_CONTROLS.map((c) => c.id)).toEqual(VAULT_IDS);
    for (const id of VAULT_IDS) {
      pass(id, base);
      expect([id, run(id, aws).status]).toEqual([id, "not-applicable"]);
    }
  });

  test("MESHQ-VAULT-1 refuses http://, a store without a CA bundle and skipped verification", () => {
    expectViolation(
      "MESHQ-VAULT-1",
      weakened((tf) => (vaultStore(tf).server = "http://vault.corp.example.com:8200")),
      /is not an https:\/\/ URL/,
    );
    expectViolation(
      "MESHQ-VAULT-1",
      weakened((tf) => delete vaultStore(tf).caBundle),
      /no CA bundle/,
    );
    expectViolation(
      "MESHQ-VAULT-1",
      weakened((tf) => rotator(tf).env.push({ name: "VAULT_SKIP_VERIFY", value: "true" })),
      /VAULT_SKIP_VERIFY turns certificate verification off/,
    );
    expectViolation(
      "MESHQ-VAULT-1",
      weakened((tf) => (rotator(tf).env = rotator(tf).env.filter((e: any) => e.name !== "VAULT_CACERT"))),
      /no VAULT_CACERT/,
    );
    expectViolation(
      "MESHQ-VAULT-1",
      weakened((tf) => (rotator(tf).env.find((e: any) => e.name === "VAULT_ADDR").value = "${var.vault_addr}")),
      /VAULT_ADDR/,
    );
    // a CA bundle the guard cannot read fails closed
    expectViolation(
      "MESHQ-VAULT-1",
      weakened((tf) => (vaultStore(tf).caBundle = "${var.vault_ca}")),
      /spec\.provider\.vault\.caBundle is \$\{var\.vault_ca\}, which cannot be known/,
    );
  });

  test("MESHQ-VAULT-2 requires Kubernetes auth through a service account, bound to one account and namespace", () => {
    expectViolation(
      "MESHQ-VAULT-2",
      weakened((tf) => (vaultStore(tf).auth = { tokenSecretRef: { name: "vault-token", key: "token" } })),
      /only the Kubernetes method is allowed/,
    );
    expectViolation(
      "MESHQ-VAULT-2",
      weakened((tf) => delete vaultStore(tf).auth.kubernetes.serviceAccountRef),
      /without serviceAccountRef/,
    );
    expectViolation(
      "MESHQ-VAULT-2",
      weakened((tf) => (vaultStore(tf).version = "v1")),
      /KV version v1/,
    );
    expectViolation(
      "MESHQ-VAULT-2",
      weakened((tf) => (vaultStore(tf).auth.kubernetes.role = "admin")),
      /role admin is not among the roles/,
    );
    expectViolation(
      "MESHQ-VAULT-2",
      weakened((tf) => (roles(tf)["meshoptixiq-api"].bound_service_account_names = ["*"])),
      /bind exactly one service account/,
    );
    expectViolation(
      "MESHQ-VAULT-2",
      weakened((tf) => (roles(tf)["meshoptixiq-api"].bound_service_account_namespaces = ["meshoptixiq", "default"])),
      /bind exactly one/,
    );
    expectViolation(
      "MESHQ-VAULT-2",
      weakened((tf) => roles(tf)["meshoptixiq-api"].token_policies.push("meshoptixiq-api-key-rotation")),
      /one policy per consumer/,
    );
  });

  test("MESHQ-VAULT-3 finds a static token in a container, a store, a Secret and the vault provider", () => {
    expectViolation(
      "MESHQ-VAULT-3",
      weakened((tf) => apiContainer(tf).env.push({ name: "VAULT_TOKEN", value: "${var.t}" })),
      /sets VAULT_TOKEN/,
    );
    expectViolation(
      "MESHQ-VAULT-3",
      weakened((tf) => (vaultStore(tf).auth.tokenSecretRef = { name: "vault-token", key: "token" })),
      /tokenSecretRef, a static credential/,
    );
    expectViolation(
      "MESHQ-VAULT-3",
      weakened(
        (tf) =>
          (tf.resource.kubernetes_secret_v1 = {
            t: { metadata: { name: "v", namespace: "meshoptixiq" }, data: { VAULT_TOKEN: "${var.t}" } },
          }),
      ),
      /holds VAULT_TOKEN/,
    );
    expectViolation(
      "MESHQ-VAULT-3",
      weakened((tf) => (tf.provider.vault = [{ address: "https://v:8200", token: "${var.t}" }])),
      /vault provider has a token/,
    );
    // a Vault client that takes a whole Secret into its environment may get a token the guard does not see
    expectViolation(
      "MESHQ-VAULT-3",
      weakened((tf) => (rotator(tf).env_from = [{ secret_ref: { name: "shared-env" } }])),
      /takes every key of Secret shared-env into its environment: whether it sets VAULT_TOKEN/,
    );
  });

  test("MESHQ-VAULT-4 judges each policy: exact paths, read for readers, writes only where the rotator rotates", () => {
    const api = "meshoptixiq-api";
    const rot = "meshoptixiq-api-key-rotation";
    expectViolation(
      "MESHQ-VAULT-4",
      weakened((tf) => (policies(tf)[api] = 'path "secret/data/meshoptixiq/*" {\n  capabilities = ["read"]\n}\n')),
      /has a glob/,
    );
    expectViolation(
      "MESHQ-VAULT-4",
      weakened((tf) => (policies(tf)[api] = policies(tf)[api].replace('["read"]', '["read", "update"]'))),
      /grants "update", beyond read/,
    );
    expectViolation(
      "MESHQ-VAULT-4",
      weakened(
        (tf) =>
          (policies(tf)[rot] += '\npath "secret/data/meshoptixiq/audit/hec-token" {\n  capabilities = ["create", "read", "update"]\n}\n'),
      ),
      /covers secret\/data\/meshoptixiq\/audit\/hec-token, which it does not rotate/,
    );
    expectViolation(
      "MESHQ-VAULT-4",
      weakened((tf) => (policies(tf)[api] = 'path "sys/*" { capabilities = ["sudo"] }')),
      /cannot be judged/,
    );
    expectViolation(
      "MESHQ-VAULT-4",
      weakened((tf) => (policies(tf)[api] = 'path "sys/policy/x" {\n  capabilities = ["sudo"]\n}\n')),
      /outside the KV v2 data of secret\/[\s\S]*grants "sudo"/,
    );
    expectViolation(
      "MESHQ-VAULT-4",
      weakened((tf) => delete tf.output.vault_policies),
      /holds no written policies/,
    );
  });

  test("the rules judge a plan the same way (outputs carried from planned_values)", () => {
    const plan = {
      format_version: "1.2",
      planned_values: {
        root_module: { resources: [] },
        outputs: { vault_policies: { sensitive: false, value: structuredClone(base.output as any).vault_policies.value } },
      },
    };
    const doc = planToDocument(plan);
    (doc.output as any).vault_policies.value.policies["meshoptixiq-api"] = 'path "secret/data/*" {\n  capabilities = ["read"]\n}\n';
    expectViolation("MESHQ-VAULT-4", doc, /has a glob/);
  });
});
