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
});

test("the stack holds the API behind an HTTPS load balancer, two rotated keys, the cache and Neo4j", () => {
  const tf = read("cdk.tf.json");
  expect(Object.values(tf.resource.aws_lb_listener).map((l: any) => l.protocol)).toContain("HTTPS");
  expect(Object.keys(tf.resource.aws_secretsmanager_secret_rotation)).toHaveLength(3); // two API keys and the cache token
  expect(Object.keys(tf.resource.aws_elasticache_replication_group)).toHaveLength(1);
  expect(Object.keys(tf.resource.kubernetes_stateful_set_v1)).toHaveLength(1);
  expect(Object.keys(tf.output)).toEqual(expect.arrayContaining(["api_url", "automation_key_secret_arn"]));
});
