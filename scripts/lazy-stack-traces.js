// cdktf (and constructs) record a stack trace for every token they create, and only ever read one:
// in the message of a token that cannot be resolved. Formatting every trace when it is captured was
// a quarter of a synth on Node 24 (a third of a test that builds a stack, through jest's source
// maps). Installed on the core packages an app resolves, the frames are still captured where each
// token is created, and formatted (V8's own text) only when something reads them: the same lines,
// later. Used by the TypeScript runner (register.js) and the test setup.
const { dirname } = require("path");

/** The modules that capture creation stacks, in cdktf, CDK Terrain and constructs. */
const MODULES = ["cdktf/lib/tokens/private/stack-trace", "cdktn/lib/tokens/private/stack-trace", "constructs/lib/private/stack-trace"];

/** The lines of a captured trace, as an array formatted on first use. */
function lazyLines(holder) {
  let lines;
  const read = () => {
    if (lines === undefined) {
      const prepare = Error.prepareStackTrace;
      Error.prepareStackTrace = (_, frames) => frames.map((f) => String(f));
      try {
        lines = holder.stack || [];
      } finally {
        Error.prepareStackTrace = prepare;
      }
    }
    return lines;
  };
  return new Proxy([], {
    get: (_, key) => {
      const value = Reflect.get(read(), key);
      return typeof value === "function" ? value.bind(read()) : value;
    },
    has: (_, key) => Reflect.has(read(), key),
    ownKeys: () => Reflect.ownKeys(read()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(read(), key),
  });
}

/**
 * Makes the stack-trace modules of the packages resolved from `from` (the app's folder) capture
 * lazily. A package that is not installed, or has another layout, keeps its traces as they are.
 */
function installLazyStackTraces(from = process.cwd()) {
  for (const id of MODULES) {
    let traces;
    try {
      traces = require(require.resolve(id, { paths: [from, dirname(__filename)] }));
    } catch {
      continue;
    }
    if (typeof traces.captureStackTrace !== "function" || traces.captureStackTrace.lazy) continue;
    const captureStackTrace = function captureStackTrace(below) {
      const holder = {};
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = Number.MAX_SAFE_INTEGER;
      try {
        Error.captureStackTrace(holder, below || captureStackTrace);
      } finally {
        Error.stackTraceLimit = limit;
      }
      return lazyLines(holder);
    };
    captureStackTrace.lazy = true;
    traces.captureStackTrace = captureStackTrace;
  }
}

module.exports = { installLazyStackTraces, lazyLines };
