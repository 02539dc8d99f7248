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

test("every hardening control passes or does not apply, but for the platform team's HEC token, kept outside with its reason", () => {
  const controls: Array<{ id: string; status: string }> = read("hardening-report.json").controls;
  // MESHQ-SEC-4 warns: the HEC token's secret is the platform team's, recorded with unmanagedOptOut
  expect(controls.filter((c) => !["pass", "not-applicable"].includes(c.status)).map((c) => [c.id, c.status])).toEqual([
    ["MESHQ-SEC-4", "warn"],
  ]);
  // a report in which nothing applied would pass the line above: the controls this example exists for must pass
  const passing = controls.filter((c) => c.status === "pass").map((c) => c.id);
  expect(passing).toEqual(
    expect.arrayContaining([
      "MESHQ-KEY-1",
      "MESHQ-KEY-2",
      "MESHQ-KEY-3",
      "MESHQ-KEY-4",
      "MESHQ-KEY-5",
      "MESHQ-NET-1",
      "MESHQ-NET-2",
      "MESHQ-NET-3",
      "MESHQ-NET-4",
      "MESHQ-NET-5",
      "MESHQ-NET-6",
      "MESHQ-NET-7",
      "MESHQ-NET-8",
      "MESHQ-POD-1",
      "MESHQ-POD-2",
      "MESHQ-SEC-1",
      "MESHQ-SEC-2",
      "MESHQ-SEC-3",
      "MESHQ-RBAC-1",
      "MESHQ-AUD-1",
      "MESHQ-DATA-1",
      "MESHQ-DATA-2",
      "MESHQ-DATA-3",
      "MESHQ-DATA-5",
      "MESHQ-DATA-6",
      "MESHQ-CACHE-1",
      "MESHQ-CACHE-2",
      "MESHQ-CACHE-3",
      "MESHQ-CACHE-4",
      "MESHQ-CACHE-5",
      "MESHQ-CACHE-6",
    ]),
  );
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
