import { readdirSync } from "fs";
import { join } from "path";
import { CONTROLS } from "../../lib/guard/catalogue";
import { ruleFile } from "../../scripts/control-catalogue";
import { annotations } from "../util";
import { buildStack, judgeStack } from "./mutations/harness";
import { MUTATIONS, MUTATIONS_BY_FAMILY } from "./mutations";

// The mutation suite: every weakening, applied as a user would, must fail synth with the control
// that guards it, and the finding must name the resource address and the stack file. The weakenings
// live by control family (test/guard/mutations/<family>.ts) and run in the family's test file
// (test/guard/controls/<family>.test.ts); here, the stacks they start from and the suite's reach.

describe.each(["complete", "postgres"] as const)("the %s stack, unchanged", (backend) => {
  test("passes every control (warnings only where documented)", () => {
    const stack = buildStack(backend);
    const report = judgeStack(stack);
    expect(report.results.filter((r) => r.status === "fail").map((r) => r.control.id)).toEqual([]);
    expect(annotations(stack, "error")).toEqual([]);
  });
});

test("the suite has at least 60 weakenings, of every kind, on both stacks", () => {
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(MUTATIONS.length);
  expect(new Set(MUTATIONS.map((m) => m.how))).toEqual(
    new Set(["override", "aspect", "raw resource", "variable", "count/for_each", "local"]),
  );
  expect(new Set(MUTATIONS.map((m) => m.backend))).toEqual(new Set(["complete", "postgres"]));
});

test("each family's weakenings name only controls of that family, and run in the family's test file", () => {
  const family = (id: string) => ruleFile(CONTROLS.find((c) => c.id === id)!)?.match(/^lib\/guard\/controls\/([^/.]+)/)?.[1];
  const misplaced = Object.entries(MUTATIONS_BY_FAMILY).flatMap(([name, list]) =>
    list.filter((m) => family(m.control) !== name).map((m) => `${name}: ${m.control} ${m.name}`),
  );
  expect(misplaced).toEqual([]);
  const mutationFiles = readdirSync(join(__dirname, "mutations")).filter((f) => !["harness.ts", "index.ts"].includes(f));
  expect(mutationFiles.sort()).toEqual(
    Object.keys(MUTATIONS_BY_FAMILY)
      .map((f) => `${f}.ts`)
      .sort(),
  );
});
