import { guardStack } from "../../lib/core/stack-guard";
import { HardeningError, invalidInput, renderValue } from "../../lib/core/errors";
import { recordOptOut } from "../../lib/core/opt-out";
import { requireCidrs, requireDnsLabel } from "../../lib/core/validators";
import { Lazy } from "../../lib/compat/core";
import { annotations, testStack } from "../util";

test("catalogue messages name property, value, allowed values and the fix", () => {
  const e = invalidInput("MESHQ-X", { component: "C", property: "p", received: 3, allowed: "1 or 2", fix: "use 1" });
  expect(e).toBeInstanceOf(HardeningError);
  expect(e.message).toBe("[MESHQ-X] C: p received 3; allowed: 1 or 2. Fix: use 1");
  expect(e.code).toBe("MESHQ-X");
});

test("long values are shortened", () => {
  expect(renderValue("x".repeat(200))).toHaveLength(80);
});

test("validators skip unresolved tokens", () => {
  expect(() => requireCidrs("C", "cidrs", Lazy.listValue({ produce: () => ["bad"] }), "fix")).not.toThrow();
  expect(() => requireDnsLabel("C", "name", Lazy.stringValue({ produce: () => "Bad_Name" }))).not.toThrow();
  expect(() => requireDnsLabel("C", "name", "Bad_Name")).toThrow(
    /\[MESHQ-NAME\] C: name received "Bad_Name".*Fix: rename it, e.g. "bad-name"/,
  );
});

test("an opt-out is recorded with its reason", () => {
  const stack = testStack();
  expect(recordOptOut(stack, "C", "prop", { reason: "documented exception #42" })).toBe(true);
  expect(recordOptOut(stack, "C", "prop", undefined)).toBe(false);
  expect(annotations(stack, "warning")).toEqual([expect.stringContaining("C: prop switched off: documented exception #42")]);
});

test("a construct built while no guard is registered fails instead of skipping the guard", () => {
  const key = Symbol.for("meshoptixiq.StackGuard");
  const g = globalThis as unknown as Record<symbol, { attach?: unknown }>;
  const saved = g[key].attach;
  g[key].attach = undefined;
  try {
    expect(() => guardStack(testStack())).toThrow(/The hardening guard is not loaded/);
  } finally {
    g[key].attach = saved;
  }
  expect(() => guardStack(testStack())).not.toThrow();
});
