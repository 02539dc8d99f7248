// Synthesizes main.ts as `cdktf synth` does (into a temporary output folder) and checks the result.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const read = (file: string) => JSON.parse(readFileSync(join(outdir, "stacks", "meshq-existing-cluster", file), "utf8"));

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

test("every hardening control passes or does not apply", () => {
  const controls: Array<{ status: string }> = read("hardening-report.json").controls;
  expect(controls.filter((c) => !["pass", "not-applicable"].includes(c.status))).toEqual([]);
});

test("your own providers, an internal load balancer, and audit egress by host name through Cilium", () => {
  const tf = read("cdk.tf.json");
  expect(Object.keys(tf.provider)).toEqual(expect.arrayContaining(["aws", "kubernetes"]));
  expect((Object.values(tf.resource.aws_lb)[0] as any).internal).toBe(true);
  const fqdn = (Object.values(tf.resource.kubernetes_manifest) as any[])
    .map((r) => r.manifest)
    .filter((m) => m.kind === "CiliumNetworkPolicy")
    .flatMap((m) => m.spec.egress ?? [])
    .flatMap((e: any) => e.toFQDNs ?? [])
    .map((f: any) => f.matchName);
  expect(fqdn).toContain("http-inputs-corp.splunkcloud.com");
});
