import { readdirSync } from "fs";
import { annotations } from "../util";
import { buildStack, judgeStack, MUTATIONS } from "./mutate";
import { mutationSuite, SHARDS } from "./mutation-suite";

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

test("every shard of the weakenings runs in a file of its own", () => {
  const files = readdirSync(__dirname).filter((f: string) => /^mutations(-\d+)?\.test\.ts$/.test(f));
  expect(files.length).toBe(SHARDS);
});

// The first shard of the weakenings; the rest run in the other files of the suite (SHARDS).
mutationSuite(0);
