import { readFileSync } from "fs";
import { join } from "path";
import { App, TerraformOutput, TerraformStack, Testing } from "../../lib/compat/core";
import { AwsProvider } from "../../lib/compat/aws/provider";
import { KubernetesProvider } from "../../lib/compat/kubernetes/provider";
import { SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { apiProps } from "../util";

/** The stack's own renders (TerraformStack.prototype.toTerraform), counted in every test. */
const proto = TerraformStack.prototype as unknown as { toTerraform: () => unknown };
const original = proto.toTerraform;
let count = 0;
beforeEach(() => {
  proto.toTerraform = function (this: unknown) {
    count++;
    return original.call(this);
  };
});
afterEach(() => {
  proto.toTerraform = original;
});

function renders(run: () => void): number {
  const before = count;
  run();
  return count - before;
}

function apiApp(): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "render-once");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  new KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config" });
  new SecureMeshApi(stack, "Api", apiProps());
  return { app, stack };
}

test("synth writes the JSON the guard judged, rendering the stack once", () => {
  const { app, stack } = apiApp();
  expect(renders(() => app.synth())).toBe(1);
  const written = JSON.parse(readFileSync(join(app.outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8"));
  // the same configuration as a fresh render of the same tree
  expect(written).toEqual(JSON.parse(JSON.stringify(stack.toTerraform())));
  expect(HardeningGuard.of(stack).lastResults.length).toBeGreaterThan(0);
});

test("a construct added after a synth is in the next render", () => {
  const { stack } = apiApp();
  Testing.synth(stack, true);
  new TerraformOutput(stack, "Added", { value: "added after synth" });
  expect(JSON.parse(Testing.synth(stack)).output.Added.value).toBe("added after synth");
});

test("a construct added between the guard's judgement and the render is written", () => {
  const { stack } = apiApp();
  stack.runAllValidations();
  new TerraformOutput(stack, "Late", { value: "added after the validations" });
  expect(JSON.parse(Testing.synth(stack)).output.Late.value).toBe("added after the validations");
});

test("a render after the synth's turn renders afresh: an override added later is written", async () => {
  const { stack } = apiApp();
  stack.runAllValidations(); // the guard judges, and offers its render to this synth only
  await Promise.resolve();
  stack.addOverride("terraform.required_version", ">= 1.5.0");
  expect(JSON.parse(Testing.synth(stack)).terraform.required_version).toBe(">= 1.5.0");
});

test("the guard's render is taken once: a second render of an unchanged tree renders again", () => {
  const { stack } = apiApp();
  expect(renders(() => Testing.synth(stack, true))).toBe(1);
  expect(renders(() => stack.toTerraform())).toBe(1);
});

test("a stack alone in its app skips cdktf's preparing pass: each element is resolved once", () => {
  const { app, stack } = apiApp();
  const output = new TerraformOutput(stack, "Probe", { value: "probe" });
  let calls = 0;
  const own = output.toTerraform.bind(output);
  output.toTerraform = () => {
    calls++;
    return own();
  };
  app.synth();
  expect(calls).toBe(1);
});

test("with two stacks the preparing pass runs: a reference to the other stack becomes its output", () => {
  const { app, stack } = apiApp();
  const other = new TerraformStack(app, "consumer");
  new AwsProvider(other, "aws", { region: "eu-west-1" });
  HardeningGuard.of(other);
  const api = stack.node.findChild("Api") as SecureMeshApi;
  new TerraformOutput(other, "ApiDns", { value: api.loadBalancerDnsName });
  app.synth();
  const origin = JSON.parse(readFileSync(join(app.outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8"));
  const consumer = JSON.parse(readFileSync(join(app.outdir, "stacks", "consumer", "cdk.tf.json"), "utf8"));
  expect(Object.keys(origin.output ?? {}).some((k) => k.startsWith("cross-stack-output-"))).toBe(true);
  expect(consumer.data?.terraform_remote_state).toBeDefined();
});
