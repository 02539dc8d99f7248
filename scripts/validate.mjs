#!/usr/bin/env node
// `npm run validate [-- DIR...]`: Terraform's own judgement of every synthesized stack.
//
// Each stack folder (cdk.tf.json or cdk.tf) is copied to a scratch folder, then
// `terraform init -backend=false` and `terraform validate -json` run there with the real providers
// from the registry. Where the registry cannot be reached (init fails), the offline validator named
// by TF_VALIDATE runs instead: it serves the providers' schemas from the installed @cdktf/provider-*
// bindings (no provider-side validators; see docs/validation.md).
//
// Prints `== STACK: valid|INVALID (E errors, W warnings)` per stack and a last line
// `terraform validate: N stacks, M errors (W warnings)`. Exit 0 only when M is 0 and N > 0.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["cdktf.out/stacks"];
const isStack = (d) => existsSync(join(d, "cdk.tf.json")) || existsSync(join(d, "cdk.tf"));
const stacks = dirs.flatMap((d) => {
  const dir = resolve(d);
  if (isStack(dir)) return [dir];
  const inner = existsSync(join(dir, "stacks")) ? join(dir, "stacks") : dir;
  return existsSync(inner)
    ? readdirSync(inner)
        .map((n) => join(inner, n))
        .filter((p) => statSync(p).isDirectory() && isStack(p))
    : [];
});
if (stacks.length === 0) {
  console.log("terraform validate: 0 stacks, 0 errors (0 warnings)");
  process.exit(1);
}
const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
const run = (args, cwd) => spawnSync("terraform", args, { cwd, env, encoding: "utf8" });

/**
 * Why `terraform init` failed, in one line: the first diagnostic's summary and the sentence that
 * names the cause (for an unreachable registry: "could not connect to registry.terraform.io: … no
 * such host"), joined from Terraform's wrapped lines.
 */
function initFailure(output) {
  const blocks = output.split(/\n(?=Error: )/).filter((b) => b.startsWith("Error: "));
  if (blocks.length === 0) return output.trim().split("\n").slice(-3).join(" ").replace(/\s+/g, " ");
  const [summary, ...rest] = blocks[0].split("\n");
  const detail = rest.join(" ").replace(/\s+/g, " ").trim();
  const cause =
    /could not connect to [^:]+:[^]*?(no such host|connection refused|i\/o timeout|TLS handshake timeout|network is unreachable)/.exec(
      detail,
    );
  return `${summary.replace(/^Error: /, "")}${cause ? `: ${cause[0]}` : detail ? `: ${detail.split(/(?<=\.)\s/)[0]}` : ""}`;
}

const OFFLINE_HELP =
  "To validate without the registry, either set TF_VALIDATE to an offline validator command (tf-validate: Terraform against " +
  "schema stand-ins built from the installed provider bindings; what that covers: docs/validation.md), or give Terraform " +
  "a provider mirror (`terraform providers mirror DIR` on a connected machine, then a CLI configuration with " +
  "provider_installation { filesystem_mirror { path = DIR } } in TF_CLI_CONFIG_FILE).";

function offline(reason) {
  const tool = process.env.TF_VALIDATE;
  if (!tool || !existsSync(tool)) {
    console.error(`validate: ${reason}.\n${OFFLINE_HELP}`);
    process.exit(2);
  }
  console.error(`validate: ${reason}; using the offline schema stand-ins (${basename(tool)}).`);
  const r = spawnSync(tool, stacks, { stdio: "inherit", env });
  process.exit(r.status ?? 1);
}

let errors = 0;
let warnings = 0;
for (const stack of stacks) {
  const scratch = mkdtempSync(join(tmpdir(), "meshq-validate-"));
  try {
    cpSync(stack, scratch, { recursive: true });
    if (existsSync(join(scratch, "cdk.tf"))) rmSync(join(scratch, "cdk.tf.json"), { force: true });
    const init = run(["init", "-backend=false", "-input=false", "-no-color"], scratch);
    if (init.status !== 0) {
      rmSync(scratch, { recursive: true, force: true }); // offline() exits: leave nothing behind
      offline(`terraform init failed for ${basename(stack)}: ${initFailure(`${init.stdout}\n${init.stderr}`)}`);
    }
    const out = JSON.parse(run(["validate", "-json", "-no-color"], scratch).stdout);
    const e = out.error_count ?? 0;
    const w = out.warning_count ?? 0;
    errors += e;
    warnings += w;
    console.log(`== ${basename(stack)}: ${e === 0 ? "valid" : "INVALID"} (${e} errors, ${w} warnings)`);
    for (const d of out.diagnostics ?? [])
      console.log(`   ${d.severity === "error" ? "Error" : "Warning"}: ${d.summary}${d.detail ? `\n     ${d.detail}` : ""}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
console.log(`terraform validate: ${stacks.length} stacks, ${errors} errors (${warnings} warnings)`);
process.exit(errors === 0 ? 0 : 1);
