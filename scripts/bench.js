#!/usr/bin/env node
// Benchmark: wall time and peak memory of the root synth, and the cost of a deep vs a root
// provider import, each measured in fresh processes. Usage: node scripts/bench.js [runs]
const { execFileSync } = require("child_process");
const { mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

const runs = Number(process.argv[2] ?? 5);
const root = join(__dirname, "..");

function measure(label, code) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const outdir = mkdtempSync(join(tmpdir(), "meshq-bench-"));
    const out = execFileSync(
      process.execPath,
      ["-e", `${code};const u=process.resourceUsage();console.log("\\n@@"+JSON.stringify({ms:performance.now(),rss:u.maxRSS}))`],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, MESHQ_GUARD_QUIET: "1", CDKTF_OUTDIR: outdir },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    rmSync(outdir, { recursive: true, force: true });
    samples.push(JSON.parse(out.split("@@").pop()));
  }
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const rss = samples.map((s) => s.rss / 1024).sort((a, b) => a - b);
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  return { label, medianMs: Math.round(median(ms)), minMs: Math.round(ms[0]), medianRssMiB: Math.round(median(rss)) };
}

// The floor: cdktf and every provider module the library loads, and an empty stack synthesized.
const { readdirSync, readFileSync, statSync } = require("fs");
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
const floor = `const { App, TerraformStack } = require("cdktf"); ${providerModules.map((m) => `require(${JSON.stringify(m)});`).join(" ")}
  const app = new App(); new TerraformStack(app, "floor"); app.synth()`;
// N copies of the complete stack in one app (one per environment, as teams run dev, stage, prod).
const copies = (n) => `require("./scripts/register.js"); require("./scripts/local-package.js");
  const { App } = require("cdktf"); const { HardenedMeshStack } = require("@meshoptixiq/cdktf-hardened");
  const props = require("./test/util.ts").stackProps();
  const app = new App(); for (let i = 0; i < ${n}; i++) new HardenedMeshStack(app, "env" + i, props); app.synth()`;

const results = [
  measure(`floor: cdktf + the library's ${providerModules.length} provider modules, empty stack synthesized`, floor),
  measure(
    "synth default stack (as npm run synth: scripts/register.js, no type check)",
    `require("./scripts/register.js"); require("./scripts/local-package.js"); require("./examples/complete/main.ts")`,
  ),
  measure("app with 1 complete stack", copies(1)),
  measure("app with 20 complete stacks", copies(20)),
  measure("load cdktf + deep import @cdktf/provider-aws/lib/lb", `require("cdktf"); require("@cdktf/provider-aws/lib/lb")`),
  measure("load cdktf + root import @cdktf/provider-aws", `require("cdktf"); require("@cdktf/provider-aws")`),
];

console.log(`| Measurement (${runs} fresh processes, node ${process.version}) | median ms | min ms | median peak RSS MiB |`);
console.log("|---|---|---|---|");
for (const r of results) console.log(`| ${r.label} | ${r.medianMs} | ${r.minMs} | ${r.medianRssMiB} |`);
const [floorR, rootR, oneR, twentyR] = results;
console.log(
  `\nroot synth: ${(rootR.medianMs / floorR.medianMs).toFixed(2)}x the floor (goal <= 2), ${rootR.medianRssMiB} MiB (goal <= 300)`,
);
console.log(`marginal cost of one more stack at N=20: ${((twentyR.medianMs - oneR.medianMs) / 19 / 1000).toFixed(3)} s (goal <= 0.25)`);
