// MESHQ_TEST_CPU=<file>: append one JSON line per test file with its wall time and the CPU time of
// the jest worker and of the child processes it waited for (servers, CLIs), for docs/performance.md.
const cpuLog = process.env.MESHQ_TEST_CPU;
const cpuAtStart = cpuLog ? cpuTicks() : undefined;
const wallAtStart = Date.now();

const { Testing } = require("../lib/compat/core");
Testing.setupJest();

// cdktf records a stack trace for every token it creates, and only ever reads one in the message of
// a token that cannot be resolved: the frames are captured where each token is created and formatted
// only when read (scripts/lazy-stack-traces.js, which the TypeScript runner installs too).
require("../scripts/lazy-stack-traces").installLazyStackTraces(require("path").join(__dirname, ".."));

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
