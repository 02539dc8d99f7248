// MESHQ_TEST_CPU=<file>: append one JSON line per test file with its wall time and the CPU time of
// the jest worker and of the child processes it waited for (servers, CLIs), for docs/performance.md.
const cpuLog = process.env.MESHQ_TEST_CPU;
const cpuAtStart = cpuLog ? cpuTicks() : undefined;
const wallAtStart = Date.now();

const { Testing } = require("../lib/compat/core");
Testing.setupJest();

// cdktf records a stack trace for every token it creates, and only ever reads one in the message of
// a token that cannot be resolved. Formatting every trace when it is captured (through jest's source
// maps, or even V8's own formatting) was a third of the CPU time of a test that builds a stack. Here
// the frames are still captured where the token is created, and formatted (V8's own text, JavaScript
// lines) only when something reads them.
for (const module of [
  `${require("../lib/compat/flavour").flavour()}/lib/tokens/private/stack-trace`,
  "constructs/lib/private/stack-trace",
]) {
  let traces;
  try {
    traces = require(module);
  } catch {
    continue; // another layout of the core package: its traces stay as they are
  }
  traces.captureStackTrace = function captureStackTrace(below) {
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
}

/** The lines of a captured trace as an array that is formatted on first use. */
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

// Tests import constructs by path; the package root would load the guard, so load it here.
require("../lib/guard/hardening-guard");

if (cpuLog) {
  afterAll(() => {
    const end = cpuTicks();
    const line = {
      file: require("path").relative(require("path").join(__dirname, ".."), expect.getState().testPath),
      wallMs: Date.now() - wallAtStart,
      cpuMs: end.self - cpuAtStart.self,
      childCpuMs: end.children - cpuAtStart.children,
    };
    require("fs").appendFileSync(cpuLog, JSON.stringify(line) + "\n");
  });
}

/** CPU milliseconds of this process and of its waited-for children (Linux /proc; 100 ticks a second). */
function cpuTicks() {
  const fields = require("fs").readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  // after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17
  const at = (n) => Number(fields[n - 3]) * 10;
  return { self: at(14) + at(15), children: at(16) + at(17) };
}
