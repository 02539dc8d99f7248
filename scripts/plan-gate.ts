/**
 * The plan gate: every synthesized stack is planned by Terraform (`tf-validate --plan`, offline,
 * against the schema stand-ins) and the hardening guard judges each plan (`meshq-guard`). The
 * guard's verdicts on the plan must equal the synth report of the same stack, control by control.
 *
 * The gate checks itself in the same run: beside the real stacks it plants three copies of the
 * smallest one, each with a fault the gate must catch, and fails unless it catches each of them:
 * - `plan-gate-planted-plan-error`: a `count` over a value known only after apply (validate passes
 *   it; the plan fails with "Invalid count argument");
 * - `plan-gate-planted-verdict`: a synth report whose verdict for one control differs from what the
 *   guard finds on the plan;
 * - `plan-gate-planted-empty`: a stack that has lost its objects (no resources), on which every
 *   control would be not applicable.
 * All stacks, planted ones included, are planned in one tf-validate call.
 *
 * Usage: node -r ./scripts/register.js scripts/plan-gate.ts [--out DIR] STACKS_DIR...
 *   STACKS_DIR  a folder of stack folders (cdktf.out/stacks), or one stack folder; each stack folder
 *               holds cdk.tf.json and the synth's hardening-report.json
 *   --out       where the plans and the guard's plan reports are kept (default: a scratch folder)
 * Environment: TF_VALIDATE (default ../shared/tools/tf-validate/tf-validate); tf-validate's own.
 * Exit status: 0 when every stack planned and its verdicts equal synth's and every planted fault
 * was caught; 1 otherwise; 2 for a usage error.
 */
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join, resolve } from "path";
import { main as guard } from "../lib/guard/cli";
import { differences, verdicts } from "../lib/guard/compare";

const ROOT = resolve(__dirname, "..");
const TF_VALIDATE = resolve(ROOT, process.env.TF_VALIDATE ?? "../shared/tools/tf-validate/tf-validate");

/** The planted faults and the line of the gate that must report each. */
export const PLANTED = {
  "plan-gate-planted-plan-error": /^FAIL +plan-gate-planted-plan-error: the plan failed/,
  "plan-gate-planted-verdict": /^FAIL +plan-gate-planted-verdict: verdicts differ from synth/,
  "plan-gate-planted-empty": /^FAIL +plan-gate-planted-empty: judged nothing/,
} as const;

// the comparison is the library's: one definition for this gate and meshq-guard --synth-report
export { differences, verdicts };

/** Stack folders (holding cdk.tf.json) under the given folders. */
export function stackFolders(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => {
    if (existsSync(join(dir, "cdk.tf.json"))) return [dir];
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((d) => statSync(d).isDirectory() && existsSync(join(d, "cdk.tf.json")))
      .sort();
  });
}

/** Writes the three planted stacks, copies of `source`, into `dir`. */
export function plant(source: string, dir: string): void {
  const tf = JSON.parse(readFileSync(join(source, "cdk.tf.json"), "utf8"));
  const report = JSON.parse(readFileSync(join(source, "hardening-report.json"), "utf8"));
  const write = (name: string, doc: unknown, rep: unknown) => {
    const d = join(dir, name);
    mkdirSync(d, { recursive: true });
    if (existsSync(join(source, "assets"))) cpSync(join(source, "assets"), join(d, "assets"), { recursive: true });
    writeFileSync(join(d, "cdk.tf.json"), JSON.stringify(doc, null, 2));
    writeFileSync(join(d, "hardening-report.json"), JSON.stringify(rep, null, 2));
  };
  // a count over a value known only after apply: terraform validate accepts it, plan refuses it
  const planError = structuredClone(tf);
  planError.resource = planError.resource ?? {};
  planError.resource.terraform_data = {
    ...(planError.resource.terraform_data ?? {}),
    plan_gate_source: { input: "x" },
    plan_gate_counted: { count: "${length(terraform_data.plan_gate_source.id)}", input: "y" },
  };
  write("plan-gate-planted-plan-error", planError, report);
  // a synth report that says otherwise than the plan: the first control that applies, flipped
  const differing = structuredClone(report);
  const control = differing.controls.find((c: any) => c.status !== "not-applicable") ?? differing.controls[0];
  control.status = control.status === "pass" ? "fail" : "pass";
  write("plan-gate-planted-verdict", tf, differing);
  // a stack that has lost its objects: nothing to plan, nothing to judge
  const empty = structuredClone(tf);
  delete empty.resource;
  delete empty.data;
  delete empty.output;
  write("plan-gate-planted-empty", empty, report);
}

/** One stack's outcome. */
interface Outcome {
  readonly name: string;
  readonly ok: boolean;
  readonly line: string;
}

function run(argv: string[]): number {
  const args = [...argv];
  const outIndex = args.indexOf("--out");
  let out: string | undefined;
  if (outIndex >= 0) {
    out = args[outIndex + 1];
    args.splice(outIndex, 2);
  }
  if (args.length === 0 || args.some((a) => a.startsWith("--")) || (outIndex >= 0 && !out)) {
    console.error("usage: plan-gate.ts [--out DIR] STACKS_DIR...");
    return 2;
  }
  const work = out ? resolve(out) : mkdtempSync(join(tmpdir(), "meshq-plan-gate-"));
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    return gate(args, work);
  } finally {
    if (!out) rmSync(work, { recursive: true, force: true });
  }
}

function gate(dirs: string[], work: string): number {
  const stacks = stackFolders(dirs.map((d) => resolve(d)));
  if (stacks.length === 0) {
    console.log(`plan gate: FAIL: no stack folder (with cdk.tf.json) in ${dirs.join(", ")}: it would have judged nothing`);
    return 1;
  }
  const names = stacks.map((s) => basename(s));
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) {
    console.log(`plan gate: FAIL: two stacks are named ${duplicate}; plans are kept by stack name`);
    return 1;
  }
  // the planted stacks: copies of the smallest real stack
  const planted = join(work, "planted");
  const smallest = [...stacks].sort((a, b) => statSync(join(a, "cdk.tf.json")).size - statSync(join(b, "cdk.tf.json")).size)[0];
  plant(smallest, planted);
  const all = [...stacks, ...stackFolders([planted])];

  // one tf-validate call plans them all
  const plans = join(work, "plans");
  const started = Date.now();
  const tf = spawnSync(TF_VALIDATE, ["--plan", "--project", ROOT, ...all], {
    encoding: "utf8",
    env: { ...process.env, TF_VALIDATE_OPTIONAL: "null", TF_VALIDATE_PLAN_DIR: plans },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${tf.stdout ?? ""}${tf.stderr ?? ""}`;
  writeFileSync(join(work, "tf-validate-plan.txt"), output);
  const seconds = Math.round((Date.now() - started) / 1000);
  const summary = /^terraform plan: (\d+) stacks, (\d+) errors/m.exec(output);
  if (tf.status === 2 || !summary) {
    console.log(output.trim());
    console.log(`plan gate: FAIL: tf-validate --plan could not run (exit ${tf.status})`);
    return 1;
  }
  // each stack's block of the tf-validate output (named by folder when several are given)
  const blockOf = (dir: string): string | undefined => {
    const lines = output.split("\n");
    const start = lines.findIndex((l) => l.startsWith(`== ${dir}: `) || l.startsWith(`== ${basename(dir)}: `));
    if (start < 0) return undefined;
    const end = lines.findIndex((l, i) => i > start && (l.startsWith("== ") || l.startsWith("terraform plan:")));
    return lines.slice(start, end < 0 ? undefined : end).join("\n");
  };

  const outcomes: Outcome[] = all.map((dir) => judgeStack(dir, blockOf(dir), plans, join(work, "reports")));
  let failed = 0;
  for (const o of outcomes) {
    const plantedFault = o.name in PLANTED;
    if (plantedFault) {
      const caught = !o.ok && PLANTED[o.name as keyof typeof PLANTED].test(o.line);
      console.log(`${caught ? "ok  " : "MISS"}  self-check ${o.line.split("\n")[0]}`);
      if (!caught) {
        console.log(`      the gate did not catch the planted fault of ${o.name}`);
        failed++;
      }
    } else {
      console.log(o.line);
      if (!o.ok) failed++;
    }
  }
  const real = outcomes.filter((o) => !(o.name in PLANTED));
  console.log(
    `plan gate: ${real.length} stacks planned and judged, ${real.filter((o) => !o.ok).length} failed; self-check ${
      outcomes.length - real.length
    } planted faults; tf-validate --plan ${seconds}s (${summary[1]} stacks)`,
  );
  return failed === 0 ? 0 : 1;
}

function judgeStack(dir: string, block: string | undefined, plans: string, reports: string): Outcome {
  const name = basename(dir);
  const fail = (why: string, detail?: string): Outcome => ({
    name,
    ok: false,
    line: `FAIL  ${name}: ${why}${detail ? `\n${detail}` : ""}`,
  });
  if (!block) return fail("tf-validate did not report this stack");
  if (!/: planned \(\d+ to add\)/.test(block.split("\n")[0])) return fail("the plan failed", block);
  const added = Number(/planned \((\d+) to add\)/.exec(block)![1]);
  const planFile = join(plans, `${name}.json`);
  if (!existsSync(planFile)) return fail(`no plan was kept (${planFile})`);
  const synthFile = join(dir, "hardening-report.json");
  if (!existsSync(synthFile)) return fail("no synth report (hardening-report.json) beside cdk.tf.json");
  const out = join(reports, name);
  const messages: string[] = [];
  const io = { out: () => undefined, err: (l: string) => messages.push(l) };
  const code = guard([planFile, "--config", join(dir, "cdk.tf.json"), "--out", out, "--stack", name], io);
  if (code === 2) return fail(`meshq-guard could not judge the plan: ${messages.join(" ")}`);
  const plan = verdicts(JSON.parse(readFileSync(join(out, "hardening-report.json"), "utf8")));
  const applicable = [...plan.values()].filter((s) => s !== "not-applicable").length;
  if (added === 0 || applicable === 0) return fail(`judged nothing (${added} resources planned, ${applicable} controls applicable)`);
  const diff = differences(verdicts(JSON.parse(readFileSync(synthFile, "utf8"))), plan);
  if (diff.length > 0) return fail("verdicts differ from synth", diff.map((d) => `      ${d}`).join("\n"));
  return { name, ok: true, line: `ok    ${name}: ${added} planned, ${applicable} controls applicable, verdicts equal synth's` };
}

if (require.main === module) process.exitCode = run(process.argv.slice(2));
