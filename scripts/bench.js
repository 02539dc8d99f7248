#!/usr/bin/env node
// Benchmark: wall time and peak memory of synth, as ratios to a floor app, each measured in fresh
// processes. Two paths, from one run:
//  - the user's: examples/complete copied out of the repository, installed against the packed
//    library (as a team installs it), and run the way its cdktf.json says;
//  - the repository's own: the sources run with scripts/register.js.
// Usage: node scripts/bench.js [runs] [--repo-only]
const { execFileSync } = require("child_process");
const { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const repoOnly = args.includes("--repo-only");
const root = join(__dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "meshq-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

// Each measured process reports its own wall time (from process start), CPU time and peak RSS at exit.
const reporter = join(scratch, "report.js");
writeFileSync(
  reporter,
  `process.on("exit", () => { const u = process.resourceUsage(); console.log("\\n@@" + JSON.stringify({ ms: performance.now(), cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS })); });\n`,
);

function measure(label, argv, cwd, env = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const outdir = mkdtempSync(join(scratch, "out-"));
    const out = execFileSync(process.execPath, ["-r", reporter, ...argv], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, ...env, MESHQ_GUARD_QUIET: "1", CDKTF_OUTDIR: outdir },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
    rmSync(outdir, { recursive: true, force: true });
    samples.push(JSON.parse(out.split("@@").pop()));
  }
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  const rss = samples.map((s) => s.rss / 1024).sort((a, b) => a - b);
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  return {
    label,
    medianMs: Math.round(median(ms)),
    minMs: Math.round(ms[0]),
    medianCpuMs: Math.round(median(cpu)),
    medianRssMiB: Math.round(median(rss)),
  };
}

// The floor: cdktf and every provider module the library can load, and an empty stack synthesized.
const libFiles = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? libFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
const providerModules = [
  ...new Set(
    libFiles(join(root, "lib")).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/from "(@cdktf\/provider-[a-z]+\/lib\/[^"]+)"/g)].map((m) => m[1]),
    ),
  ),
];
const floorApp = `const { App, TerraformStack } = require("cdktf"); ${providerModules.map((m) => `require(${JSON.stringify(m)});`).join(" ")}
const app = new App(); new TerraformStack(app, "floor"); app.synth();\n`;

/** examples/complete/main.ts with its stack made N times (one per environment, as teams run dev, stage, prod). */
function copiesApp(n) {
  const main = readFileSync(join(root, "examples", "complete", "main.ts"), "utf8");
  const opening = 'new HardenedMeshStack(app, "meshoptixiq-prod", {';
  if (!main.includes(opening)) throw new Error(`examples/complete/main.ts no longer contains ${opening}: update the benchmark`);
  return main.replace(opening, `for (let i = 0; i < ${n}; i++) new HardenedMeshStack(app, "meshoptixiq-prod-" + i, {`);
}

const table = [];
const ratios = [];
function report(name, floor, synth, one, twenty) {
  table.push(floor, synth, one, twenty);
  ratios.push(
    `${name}: synth ${(synth.medianMs / floor.medianMs).toFixed(2)}x the floor (goal <= 2), ${synth.medianRssMiB} MiB (goal <= 250), ` +
      `one more stack ${((twenty.medianMs - one.medianMs) / 19 / 1000).toFixed(3)} s (goal <= 0.15); ` +
      `in CPU time, which a busy machine disturbs less: synth ${(synth.medianCpuMs / floor.medianCpuMs).toFixed(2)}x, ` +
      `one more stack ${((twenty.medianCpuMs - one.medianCpuMs) / 19 / 1000).toFixed(3)} s`,
  );
}

if (!repoOnly) {
  // The user's path: the template copied out, installed against the packed library.
  const tarballDir = join(scratch, "pack");
  mkdirSync(tarballDir);
  execFileSync("npm", ["pack", "--silent", "--pack-destination", tarballDir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = join(
    tarballDir,
    readdirSync(tarballDir).find((f) => f.endsWith(".tgz")),
  );
  const app = join(scratch, "complete");
  cpSync(join(root, "examples", "complete"), app, { recursive: true, filter: (p) => !/node_modules|cdktf\.out/.test(p) });
  const pkg = JSON.parse(readFileSync(join(app, "package.json"), "utf8"));
  pkg.dependencies[require(join(root, "package.json")).name] = `file:${tarball}`;
  writeFileSync(join(app, "package.json"), JSON.stringify(pkg, null, 2));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent"], { cwd: app, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(join(app, "floor.js"), floorApp);
  writeFileSync(join(app, "one.ts"), copiesApp(1));
  writeFileSync(join(app, "twenty.ts"), copiesApp(20));
  const runner = JSON.parse(readFileSync(join(app, "cdktf.json"), "utf8")).app.split(/\s+/);
  if (runner[0] !== "node") throw new Error(`cdktf.json app "${runner.join(" ")}" does not start with node: update the benchmark`);
  const withRunner = (file) => [...runner.slice(1, -1), file];
  // one unmeasured run fills the runner's transpile cache, as any second synth finds it
  execFileSync(process.execPath, withRunner("main.ts"), {
    cwd: app,
    stdio: "ignore",
    env: { ...process.env, CDKTF_OUTDIR: join(scratch, "warm") },
  });
  report(
    "user path (examples/complete copied out, installed from the packed library, its cdktf.json app)",
    measure("user floor: cdktf + the library's provider modules, empty stack synthesized", ["floor.js"], app),
    measure(`user synth: ${runner.join(" ")}`, withRunner("main.ts"), app),
    measure("user app with 1 complete stack", withRunner("one.ts"), app),
    measure("user app with 20 complete stacks", withRunner("twenty.ts"), app),
  );
}

// The repository's own path: the sources, with scripts/register.js (the apps written to the scratch
// folder resolve the repository's packages through NODE_PATH).
const repoEnv = { NODE_PATH: join(root, "node_modules") };
writeFileSync(join(scratch, "floor.js"), floorApp);
writeFileSync(join(scratch, "one.ts"), copiesApp(1));
writeFileSync(join(scratch, "twenty.ts"), copiesApp(20));
const repoRunner = ["-r", "./scripts/register.js", "-r", "./scripts/local-package.js"];
report(
  "repository path (sources with scripts/register.js)",
  measure("repository floor", [join(scratch, "floor.js")], root, repoEnv),
  measure("repository synth (npm run synth)", [...repoRunner, "examples/complete/main.ts"], root),
  measure("repository app with 1 complete stack", [...repoRunner, join(scratch, "one.ts")], root, repoEnv),
  measure("repository app with 20 complete stacks", [...repoRunner, join(scratch, "twenty.ts")], root, repoEnv),
);
const importCost = [
  measure("load cdktf + deep import @cdktf/provider-aws/lib/lb", ["-e", `require("cdktf"); require("@cdktf/provider-aws/lib/lb")`], root),
  measure("load cdktf + root import @cdktf/provider-aws", ["-e", `require("cdktf"); require("@cdktf/provider-aws")`], root),
];

console.log(
  `| Measurement (${runs} fresh processes, node ${process.version}) | median ms | min ms | median CPU ms | median peak RSS MiB |`,
);
console.log("|---|---|---|---|---|");
for (const r of [...table, ...importCost])
  console.log(`| ${r.label} | ${r.medianMs} | ${r.minMs} | ${r.medianCpuMs} | ${r.medianRssMiB} |`);
console.log("");
for (const line of ratios) console.log(line);
