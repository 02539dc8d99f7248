#!/usr/bin/env node
// Ejects the app of cdktf.json to plain Terraform HCL, as `cdktf synth --hcl` does, and finishes
// the files so that Terraform takes them as written:
//   1. runs the app with SYNTH_HCL_OUTPUT=true into OUTDIR (default cdktf.out/eject);
//   2. keeps only cdk.tf in each stack folder (a cdk.tf.json beside it would be read too);
//   3. writes depends_on, ignore_changes and replace_triggered_by entries as references, not quoted strings (quoted
//      references are deprecated and warn on every validate);
//   4. runs `terraform fmt`.
// Then `terraform fmt -check` and `terraform validate` pass on every stack folder.
import { execSync, execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
const outdir = resolve(process.argv[2] ?? join(root, "cdktf.out", "eject"));
const app = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")).app;

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
execSync(app, {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, SYNTH_HCL_OUTPUT: "true", CDKTF_OUTDIR: outdir, MESHQ_GUARD_QUIET: "1" },
});

/** Unquotes the entries of `depends_on = [...]` and `ignore_changes = [...]` lists. */
export function unquoteReferences(hcl) {
  const lines = hcl.split("\n");
  let inList = false;
  return lines
    .map((line) => {
      if (/^\s*(depends_on|ignore_changes|replace_triggered_by)\s*=\s*\[\s*$/.test(line)) {
        inList = true;
        return line;
      }
      if (inList && /^\s*\]/.test(line)) inList = false;
      if (!inList) return line;
      const m = /^(\s*)"((?:[^"\\]|\\.)*)"(,?)\s*$/.exec(line);
      return m ? `${m[1]}${m[2].replace(/\\"/g, '"')}${m[3]}` : line;
    })
    .join("\n");
}

const stacksDir = join(outdir, "stacks");
const stacks = existsSync(stacksDir) ? readdirSync(stacksDir) : [];
if (stacks.length === 0) {
  console.error(`eject: no stacks under ${stacksDir}`);
  process.exit(1);
}
for (const stack of stacks) {
  const dir = join(stacksDir, stack);
  rmSync(join(dir, "cdk.tf.json"), { force: true });
  const file = join(dir, "cdk.tf");
  writeFileSync(file, unquoteReferences(readFileSync(file, "utf8")));
  execFileSync("terraform", ["fmt", file], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  console.log(`eject: ${file}`);
}
