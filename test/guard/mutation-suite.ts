import { annotations } from "../util";
import { buildStack, judgeStack, MUTATIONS } from "./mutate";

/** How many files share the weakenings (each file takes every `SHARDS`-th one), so that jest's workers split them. */
export const SHARDS = 2;

/**
 * Every weakening of one shard, applied as a user would: it must fail synth with the control that
 * guards it, and the finding must name the resource address and the stack file.
 */
export function mutationSuite(shard: number): void {
  const mine = MUTATIONS.filter((_, i) => i % SHARDS === shard);
  describe.each(mine.map((m) => [`${m.control} ${m.name} (${m.how}, ${m.backend})`, m] as const))("%s", (_, mutation) => {
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
}
