import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "../../lib/compat/core";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { stackProps } from "../util";

// The custom resources (ExternalSecret, SecretStore, cert-manager Certificate/Issuer,
// CiliumNetworkPolicy) checked against the schemas their projects publish.
const script = join(__dirname, "..", "..", "scripts", "validate-manifests.mjs");
// The schema packages declare Node 22, so they are a project of their own that CI installs (and CI
// refuses skipped tests).
const installed = existsSync(join(__dirname, "..", "..", "tools", "manifest-schemas", "node_modules", "@kubernetes-models"));
if (!installed) console.warn("SKIPPED: schema validation needs npm ci --prefix tools/manifest-schemas; CI always runs it");
const testSchemas = installed ? test : test.skip;

function validate(tf: unknown): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "meshq-manifests-")), "cdk.tf.json");
  writeFileSync(file, JSON.stringify(tf));
  try {
    return { ok: true, output: execFileSync(process.execPath, [script, file], { encoding: "utf8" }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

testSchemas("every custom resource of the complete stack matches its published schema", () => {
  for (const enforcement of [NetworkPolicyEnforcement.VPC_CNI, NetworkPolicyEnforcement.CILIUM]) {
    const base = stackProps();
    const stack = new HardenedMeshStack(
      Testing.app(),
      "schemas",
      stackProps({
        cluster: { ...base.cluster, networkPolicyEnforcement: enforcement },
        audit: { ...base.audit, hecTokenSecretArn: undefined },
      }),
    );
    const result = validate(JSON.parse(Testing.synth(stack)));
    expect(result.output).toMatch(/manifests: \d+ valid, 0 invalid/);
    expect(result.ok).toBe(true);
  }
});

testSchemas("the validator rejects a malformed custom resource", () => {
  const result = validate({
    resource: {
      kubernetes_manifest: {
        bad: {
          manifest: {
            apiVersion: "external-secrets.io/v1",
            kind: "ExternalSecret",
            metadata: { name: "x" },
            spec: { data: [{ secretKey: "value", remoteRef: {} }] },
          },
        },
      },
    },
  });
  expect(result.ok).toBe(false);
  expect(result.output).toMatch(/FAIL .*kubernetes_manifest\.bad \(ExternalSecret\): .*remoteRef/);
});
