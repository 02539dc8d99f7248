import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "../../lib/compat/core";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { tool } from "../tools";
import { stackProps } from "../util";

// The custom resources (ExternalSecret, SecretStore, cert-manager Certificate/Issuer,
// CiliumNetworkPolicy) checked against the schemas their projects publish.
const script = join(__dirname, "..", "..", "scripts", "validate-manifests.mjs");
// The schema packages declare Node 22, so they are a project of their own that CI installs (and CI
// refuses skipped tests).
const installed = tool("manifestSchemas") !== undefined;
const testSchemas = installed ? test : test.skip;

/** One validator run over the given configurations (a process start and the schemas' load, once). */
function validate(configs: Record<string, unknown>): { status: number; output: string; files: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "meshq-manifests-"));
  const files = Object.fromEntries(Object.keys(configs).map((name) => [name, join(dir, `${name}.tf.json`)]));
  for (const [name, tf] of Object.entries(configs)) writeFileSync(files[name], JSON.stringify(tf));
  const r = spawnSync(process.execPath, [script, ...Object.values(files)], { encoding: "utf8" });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}`, files };
}

const completeStack = (enforcement: NetworkPolicyEnforcement) => {
  const base = stackProps();
  const stack = new HardenedMeshStack(
    Testing.app(),
    "schemas",
    stackProps({
      cluster: { ...base.cluster, networkPolicyEnforcement: enforcement },
      audit: { ...base.audit, hecTokenSecretArn: undefined },
    }),
  );
  return JSON.parse(Testing.synth(stack));
};

const malformed = {
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
};

// The complete stack (with each kind of NetworkPolicy) and a malformed resource, in one run.
let run: ReturnType<typeof validate>;
beforeAll(() => {
  if (installed)
    run = validate({
      vpcCni: completeStack(NetworkPolicyEnforcement.VPC_CNI),
      cilium: completeStack(NetworkPolicyEnforcement.CILIUM),
      malformed,
    });
});

testSchemas("every custom resource of the complete stack matches its published schema", () => {
  expect(run.output).toMatch(/manifests: \d{2,} valid, 1 invalid/);
  for (const file of [run.files.vpcCni, run.files.cilium]) expect(run.output).not.toContain(`FAIL ${file}`);
});

testSchemas("the validator rejects a malformed custom resource", () => {
  expect(run.status).toBe(1);
  expect(run.output).toContain(`FAIL ${run.files.malformed} kubernetes_manifest.bad (ExternalSecret): `);
  expect(run.output).toMatch(/kubernetes_manifest\.bad \(ExternalSecret\): .*remoteRef/);
});
