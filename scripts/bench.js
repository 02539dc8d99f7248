#!/usr/bin/env node
// Benchmark: wall time and peak memory of the root synth, and the cost of a deep vs a root
// provider import, each measured in fresh processes. Usage: node scripts/bench.js [runs]
const { execFileSync } = require("child_process");
const { mkdtempSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

const runs = Number(process.argv[2] ?? 5);
const root = join(__dirname, "..");

function measure(label, code) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      ["-e", `${code};const u=process.resourceUsage();console.log("\\n@@"+JSON.stringify({ms:performance.now(),rss:u.maxRSS}))`],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, MESHQ_GUARD_QUIET: "1", CDKTF_OUTDIR: mkdtempSync(join(tmpdir(), "meshq-bench-")) },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    samples.push(JSON.parse(out.split("@@").pop()));
  }
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const rss = samples.map((s) => s.rss / 1024).sort((a, b) => a - b);
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  return { label, medianMs: Math.round(median(ms)), minMs: Math.round(ms[0]), medianRssMiB: Math.round(median(rss)) };
}

const results = [
  measure(
    "synth default stack (ts-node --swc, as npm run synth)",
    `require("./scripts/local-package.js"); require("ts-node").register({ swc: true }); require("./examples/complete/main.ts")`,
  ),
  measure("load cdktf + deep import @cdktf/provider-aws/lib/lb", `require("cdktf"); require("@cdktf/provider-aws/lib/lb")`),
  measure("load cdktf + root import @cdktf/provider-aws", `require("cdktf"); require("@cdktf/provider-aws")`),
];

console.log(`| Measurement (${runs} fresh processes, node ${process.version}) | median ms | min ms | median peak RSS MiB |`);
console.log("|---|---|---|---|");
for (const r of results) console.log(`| ${r.label} | ${r.medianMs} | ${r.minMs} | ${r.medianRssMiB} |`);
