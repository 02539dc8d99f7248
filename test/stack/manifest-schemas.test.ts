import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "cdktf";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { fixture } from "../util";

// The custom resources (ExternalSecret, SecretStore, cert-manager Certificate/Issuer,
// CiliumNetworkPolicy) checked against the schemas their projects publish.
const script = join(__dirname, "..", "..", "scripts", "validate-manifests.mjs");

function validate(tf: unknown): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "meshq-manifests-")), "cdk.tf.json");
  writeFileSync(file, JSON.stringify(tf));
  try {
    return { ok: true, output: execFileSync(process.execPath, [script, file], { encoding: "utf8" }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

test("every custom resource of the complete stack matches its published schema", () => {
  for (const enforcement of [NetworkPolicyEnforcement.VPC_CNI, NetworkPolicyEnforcement.CILIUM]) {
    const stack = new HardenedMeshStack(Testing.app(), "schemas", {
      region: "eu-west-1",
      cluster: {
        name: "eks",
        oidcProviderArn: fixture.oidcProviderArn,
        networkPolicyEnforcement: enforcement,
        securityGroupId: fixture.clusterSecurityGroupId,
        ebsCsiDriverRoleArn: "arn:aws:iam::111122223333:role/ebs-csi",
      },
      network: {
        vpcId: fixture.vpcId,
        publicSubnetIds: fixture.albSubnetIds,
        publicSubnetCidrs: fixture.albSubnetCidrs,
        privateSubnetIds: ["subnet-1", "subnet-2"],
        privateSubnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
      },
      domain: { name: fixture.domainName, hostedZoneId: fixture.hostedZoneId },
      audit: { splunkHecUrl: "https://splunk.corp.example.com:8088", hecCidrs: ["10.80.12.0/24"] },
      apiImage: fixture.image,
    });
    const result = validate(JSON.parse(Testing.synth(stack)));
    expect(result.output).toMatch(/manifests: \d+ valid, 0 invalid/);
    expect(result.ok).toBe(true);
  }
});

test("the validator rejects a malformed custom resource", () => {
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
