import { IConstruct } from "constructs";

/**
 * How a construct makes sure the hardening guard judges its stack, without depending on the guard.
 *
 * The guard sits above every construct (it reads the synthesized JSON and the policy layer only).
 * When its module loads, it registers how to attach itself to a stack; the package root loads it,
 * so every construct a user imports from the package is judged. A construct built while no guard
 * is registered fails: the guard is never silently skipped.
 */
export type StackGuardAttacher = (scope: IConstruct) => void;

const REGISTRY = Symbol.for("meshoptixiq.StackGuard");
type Registry = { attach?: StackGuardAttacher };

function registry(): Registry {
  // one registry per process, shared by duplicated copies of the package
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY] ??= {});
}

/** Called once by the guard's module: how to attach the guard to the stack of a scope. */
export function registerStackGuard(attach: StackGuardAttacher): void {
  registry().attach = attach;
}

/** Makes sure the guard judges the stack of `scope` (idempotent per stack). */
export function guardStack(scope: IConstruct): void {
  const attach = registry().attach;
  if (!attach) {
    throw new Error(
      "The hardening guard is not loaded: import the constructs from the package root (@meshoptixiq/cdktf-hardened), which loads it",
    );
  }
  attach(scope);
}
