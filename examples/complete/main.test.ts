// Synthesizes main.ts as `cdktf synth` does (into a temporary output folder) and checks the result.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const read = (file: string) => JSON.parse(readFileSync(join(outdir, "stacks", "meshoptixiq-prod", file), "utf8"));

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

test("every hardening control passes or does not apply", () => {
  const report = read("hardening-report.json");
  expect(report.controls.length).toBeGreaterThan(20);
  expect(report.controls.filter((c: { status: string }) => !["pass", "not-applicable"].includes(c.status))).toEqual([]);
  // a report in which nothing applied would pass the line above: the controls this example exists for must pass
  const passing = report.controls.filter((c: { status: string }) => c.status === "pass").map((c: { id: string }) => c.id);
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

test("the stack holds the API behind an HTTPS load balancer, two rotated keys, the cache and Neo4j", () => {
  const tf = read("cdk.tf.json");
  expect(Object.values(tf.resource.aws_lb_listener).map((l: any) => l.protocol)).toContain("HTTPS");
  expect(Object.keys(tf.resource.aws_secretsmanager_secret_rotation)).toHaveLength(3); // two API keys and the cache token
  expect(Object.keys(tf.resource.aws_elasticache_replication_group)).toHaveLength(1);
  expect(Object.keys(tf.resource.kubernetes_stateful_set_v1)).toHaveLength(1);
  expect(Object.keys(tf.output)).toEqual(expect.arrayContaining(["api_url", "automation_key_secret_arn"]));
});
