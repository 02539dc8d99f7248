// Jest's module runtime (jest-runtime), with V8's code cache shared by the test files a worker
// runs. Jest gives every test file its own module registry, so every file compiled cdktf, the
// provider bindings (the Kubernetes ones alone are 20 MB of JavaScript) and the library again.
// Here a worker keeps V8's code cache of each module it compiles, and the next test files compile
// that module from it. Every file still runs every module afresh in its own registry: only V8's
// parsing is shared. A cache is used only for the same file name and the same source, and V8
// compiles anew when it rejects one.
const vm = require("vm");

/** `vm.compileFunction` with a per-process code cache (exported for test/runtime.test.ts). */
function withCodeCache(compileFunction) {
  const caches = new Map(); // file name -> { source, data }
  return function compileWithCodeCache(source, params, options) {
    const filename = options && options.filename;
    if (typeof filename !== "string" || options.cachedData || options.produceCachedData) {
      return compileFunction.call(this, source, params, options);
    }
    const cached = caches.get(filename);
    if (cached && cached.source === source) {
      const fn = compileFunction.call(this, source, params, { ...options, cachedData: cached.data });
      if (!fn.cachedDataRejected) return fn;
    }
    const fn = compileFunction.call(this, source, params, { ...options, produceCachedData: true });
    if (fn.cachedData) caches.set(filename, { source, data: fn.cachedData });
    return fn;
  };
}

// jest-runtime calls vm.compileFunction through the module object, so it sees this one.
vm.compileFunction = withCodeCache(vm.compileFunction);

// The runtime jest-runner loads when no `runtime` is configured.
module.exports = require(require.resolve("jest-runtime", { paths: [require.resolve("jest-runner")] }));
module.exports.withCodeCache = withCodeCache;
