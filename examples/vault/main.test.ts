// Synthesizes main.ts as `cdktf synth` does (into a temporary output folder) and checks the result.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const read = (file: string) => JSON.parse(readFileSync(join(outdir, "stacks", "meshoptixiq-vault", file), "utf8"));

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

test("every hardening control passes or does not apply, the Vault controls pass", () => {
  const report = read("hardening-report.json");
  expect(report.controls.filter((c: { status: string }) => !["pass", "not-applicable"].includes(c.status))).toEqual([]);
  const vault = report.controls.filter((c: { id: string }) => c.id.startsWith("MESHQ-VAULT-"));
  expect(vault.map((c: { status: string }) => c.status)).toEqual(["pass", "pass", "pass", "pass"]);
});

test("the API keys live in Vault and rotate in the cluster; no API key in Secrets Manager", () => {
  const tf = read("cdk.tf.json");
  const secrets = Object.values(tf.resource.aws_secretsmanager_secret ?? {}).map((s: any) => s.name);
  expect(secrets.filter((n: string) => n.includes("api-key"))).toEqual([]);
  const store = Object.values(tf.resource.kubernetes_manifest)
    .map((r: any) => r.manifest)
    .find((m: any) => m.kind === "SecretStore" && m.spec.provider.vault);
  expect(store.spec.provider.vault).toMatchObject({ server: "https://vault.corp.example.com:8200", version: "v2" });
  expect(Object.keys(tf.resource.kubernetes_cron_job_v1)).toHaveLength(2); // the API keys' and Neo4j's rotations
  expect(Object.keys(tf.output.vault_policies.value.policies).sort()).toEqual([
    "meshoptixiq-api",
    "meshoptixiq-api-key-rotation",
    "meshoptixiq-automation-key-reader",
    "meshoptixiq-neo4j",
    "meshoptixiq-neo4j-password-rotation",
  ]);
});

test("the Neo4j password lives in Vault, rotated by a role that can write only its path; no Secrets Manager secret for it", () => {
  const tf = read("cdk.tf.json");
  const secrets = Object.values(tf.resource.aws_secretsmanager_secret ?? {}).map((s: any) => s.name);
  expect(secrets.filter((n: string) => n.includes("neo4j"))).toEqual([]);
  expect(tf.output.vault_policies.value.policies["meshoptixiq-neo4j-password-rotation"]).toBe(
    'path "secret/data/meshoptixiq/neo4j/password" {\n  capabilities = ["create", "read", "update"]\n}\n',
  );
});
