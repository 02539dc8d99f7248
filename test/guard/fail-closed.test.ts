// Where the guard cannot know, it fails closed: an API key rotated by a function it does not see
// (another stack's, a variable, a function that is not a key generator) fails the rotation and
// key-length controls, unless the control is suppressed for the secret with a reason. The stack is
// the library's own, changed as an escape hatch or a user's raw resource would change it.
import { RotatingApiKey } from "../../lib/keys/rotating-api-key";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { judge } from "../../lib/guard/evaluate";
import { ControlResult, TerraformJson } from "../../lib/guard/model";
import { synth, testStack } from "../util";

function keyStack(): TerraformJson {
  const stack = testStack();
  new RotatingApiKey(stack, "AutomationKey", { consumer: "automation" });
  return synth(stack).json as TerraformJson;
}
const base = keyStack();
const rotationOf = (tf: TerraformJson) => Object.values<any>(tf.resource.aws_secretsmanager_secret_rotation)[0];
const result = (tf: TerraformJson, id: string): ControlResult =>
  judge(tf, { stack: "t", stackFile: "stacks/t/cdk.tf.json", firstApply: false }).results.find((r) => r.control.id === id)!;

test("the library's key passes: its rotator is a key generator of the stack", () => {
  expect(result(base, "MESHQ-KEY-2").status).toBe("pass");
  expect(result(base, "MESHQ-KEY-3").status).toBe("pass");
  expect(result(base, "MESHQ-KEY-3").judged).toEqual(
    expect.arrayContaining([expect.stringMatching(/^aws_secretsmanager_secret_rotation\./)]),
  );
});

test.each([
  [
    "a function of another account or stack (literal ARN)",
    "arn:aws:lambda:eu-west-1:444455556666:function:rotate-keys",
    /not a function of this stack/,
  ],
  ["a variable", "${var.rotation_function_arn}", /\$\{var\.rotation_function_arn\}, not a function of this stack/],
  ["a data source", "${data.aws_lambda_function.rotator.arn}", /not a function of this stack/],
])("a rotation pointed at %s fails MESHQ-KEY-2 and MESHQ-KEY-3", (_what, arn, message) => {
  const tf = structuredClone(base);
  rotationOf(tf).rotation_lambda_arn = arn;
  for (const id of ["MESHQ-KEY-2", "MESHQ-KEY-3"]) {
    const r = result(tf, id);
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(message);
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(
      /the guard cannot know .*suppress this control for the secret with a reason/,
    );
  }
});

test("a function of the stack that is not a key generator (no KEY_LENGTH) fails the same way", () => {
  const tf = structuredClone(base);
  const [name, fn] = Object.entries<any>(tf.resource.aws_lambda_function)[0];
  tf.resource.aws_lambda_function.Other = { ...structuredClone(fn), environment: { variables: {} } };
  rotationOf(tf).rotation_lambda_arn = "${aws_lambda_function.Other.arn}";
  expect(name).not.toBe("Other");
  expect(
    result(tf, "MESHQ-KEY-3")
      .findings.map((f) => f.message)
      .join("\n"),
  ).toMatch(/aws_lambda_function\.Other, which is not a key generator of this library/);
  expect(result(tf, "MESHQ-KEY-2").status).toBe("fail");
});

test("the only way to accept an unseen rotator is a suppression with a reason, which the report records", () => {
  const stack = testStack();
  const key = new RotatingApiKey(stack, "AutomationKey", { consumer: "automation" });
  const rotation = key.node.findAll().find((c) => c.node.id === "Schedule")!;
  (rotation as any).addOverride("rotation_lambda_arn", "arn:aws:lambda:eu-west-1:444455556666:function:rotate-keys");
  HardeningGuard.suppress(key, "MESHQ-KEY-2", "rotated by the platform team's audited rotator, reviewed in SEC-123");
  HardeningGuard.suppress(key, "MESHQ-KEY-3", "rotated by the platform team's audited rotator, reviewed in SEC-123");
  synth(stack);
  const report = HardeningGuard.of(stack).lastReport!;
  for (const id of ["MESHQ-KEY-2", "MESHQ-KEY-3"]) {
    const r = report.results.find((x) => x.control.id === id)!;
    expect(r.status).toBe("pass");
    expect(r.suppressed.map((s) => s.reason)).toContain("rotated by the platform team's audited rotator, reviewed in SEC-123");
  }
});
