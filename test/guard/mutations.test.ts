import { annotations } from "../util";
import { buildStack, judgeStack, MUTATIONS } from "./mutate";

// The mutation suite: every weakening, applied as a user would, must fail synth with the control
// that guards it, and the finding must name the resource address and the stack file.

describe.each(["complete", "postgres"] as const)("the %s stack, unchanged", (backend) => {
  test("passes every control (warnings only where documented)", () => {
    const stack = buildStack(backend);
    const report = judgeStack(stack);
    expect(report.results.filter((r) => r.status === "fail").map((r) => r.control.id)).toEqual([]);
    expect(annotations(stack, "error")).toEqual([]);
  });
});

test("the suite has at least 60 weakenings, of every kind, on both stacks, for every control that can fail", () => {
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(MUTATIONS.length);
  expect(new Set(MUTATIONS.map((m) => m.how))).toEqual(
    new Set(["override", "aspect", "raw resource", "variable", "count/for_each", "local"]),
  );
  expect(new Set(MUTATIONS.map((m) => m.backend))).toEqual(new Set(["complete", "postgres"]));
});

describe.each(MUTATIONS.map((m) => [`${m.control} ${m.name} (${m.how}, ${m.backend})`, m] as const))("%s", (_, mutation) => {
  test("fails synth with that control, naming the resource and the stack file", () => {
    const stack = buildStack(mutation.backend);
    mutation.apply(stack);
    const report = judgeStack(stack);
    const result = report.results.find((r) => r.control.id === mutation.control)!;
    expect(result.status).toBe("fail");
    const stackFile = `stacks/${stack.node.id}/cdk.tf.json`;
    for (const f of result.findings) {
      expect(f.stackFile).toBe(stackFile);
      expect(f.address).toMatch(/^[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+/);
    }
    expect(annotations(stack, "error").join("\n")).toContain(`[${mutation.control}]`);
  });
});
