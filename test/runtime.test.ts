import * as vm from "vm";

// test/runtime.js: the test files of a worker share V8's code cache, and nothing else.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { withCodeCache } = require("./runtime") as {
  withCodeCache: (compile: typeof vm.compileFunction) => typeof vm.compileFunction;
};

type Compiled = ((...args: unknown[]) => unknown) & { cachedDataRejected?: boolean };

function recording() {
  const calls: Array<{ cachedData: boolean; produceCachedData: boolean }> = [];
  const compile = ((source: string, params: string[], options: vm.CompileFunctionOptions) => {
    calls.push({ cachedData: options.cachedData !== undefined, produceCachedData: options.produceCachedData === true });
    return vm.compileFunction(source, params, options);
  }) as typeof vm.compileFunction;
  return { calls, compile: withCodeCache(compile) };
}

test("a module compiled again (in the next test file) is compiled from the code cache, and runs afresh", () => {
  const { calls, compile } = recording();
  const source = "let runs = 0; exports.value = a + b; exports.runs = ++runs;";
  const first = {} as Record<string, unknown>;
  const second = {} as Record<string, unknown>;
  (compile(source, ["exports", "a", "b"], { filename: "/m.js" }) as Compiled)(first, 1, 2);
  const again = compile(source, ["exports", "a", "b"], { filename: "/m.js" }) as Compiled;
  again(second, 3, 4);
  expect(calls).toEqual([
    { cachedData: false, produceCachedData: true },
    { cachedData: true, produceCachedData: false },
  ]);
  expect(again.cachedDataRejected).toBe(false);
  expect([first, second]).toEqual([
    { value: 3, runs: 1 },
    { value: 7, runs: 1 },
  ]);
});

test("a changed source or another file name is compiled anew, never from another module's cache", () => {
  const { calls, compile } = recording();
  compile("exports.v = 1;", ["exports"], { filename: "/m.js" });
  const changed = {} as Record<string, unknown>;
  (compile("exports.v = 2;", ["exports"], { filename: "/m.js" }) as Compiled)(changed);
  compile("exports.v = 2;", ["exports"], { filename: "/other.js" });
  expect(changed).toEqual({ v: 2 });
  expect(calls.map((c) => c.cachedData)).toEqual([false, false, false]);
});
