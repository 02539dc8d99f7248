// Synthesizes main.ts as `cdktf synth` does (into a temporary output folder) and checks the result.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readJsonDocument } from "@meshoptixiq/cdktf-hardened";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const read = (file: string) => JSON.parse(readFileSync(join(outdir, "stacks", "meshq-pipeline-key", file), "utf8"));

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

test("every hardening control passes or does not apply", () => {
  const controls: Array<{ id: string; status: string }> = read("hardening-report.json").controls;
  expect(controls.filter((c) => !["pass", "not-applicable"].includes(c.status))).toEqual([]);
  // a report in which nothing applied would pass the line above: the controls this example exists for must pass
  const passing = controls.filter((c) => c.status === "pass").map((c) => c.id);
  expect(passing).toEqual(
    expect.arrayContaining(["MESHQ-KEY-1", "MESHQ-KEY-2", "MESHQ-KEY-3", "MESHQ-KEY-5", "MESHQ-SEC-1", "MESHQ-SEC-2"]),
  );
});

test("the pipeline role trusts one repository's production environment only, and may read the automation key", () => {
  const tf = read("cdk.tf.json");
  const role = tf.resource.aws_iam_role.PipelineRole;
  const trust = readJsonDocument(role.assume_role_policy) as any;
  expect(trust.Statement[0].Condition.StringEquals).toEqual({
    "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
    "token.actions.githubusercontent.com:sub": "repo:corp/network-automation:environment:production",
  });
  const policies = (Object.values(tf.resource.aws_secretsmanager_secret_policy) as any[]).map((p) => p.policy);
  expect(policies.map((p) => JSON.stringify(readJsonDocument(p))).join("\n")).toContain("${aws_iam_role.PipelineRole.arn}");
  expect(Object.keys(tf.output)).toEqual(["automation_key_secret_arn", "pipeline_role_arn"]);
});
