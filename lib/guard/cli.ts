#!/usr/bin/env node
/**
 * `meshq-guard`: the hardening guard's controls over a Terraform plan, between plan and apply.
 *
 *     terraform plan -out plan.tfplan && terraform show -json plan.tfplan > plan.json
 *     meshq-guard plan.json --config cdktf.out/stacks/<stack>/cdk.tf.json --out reports/
 *
 *     meshq-guard plan.json --config cdktf.out/stacks/<stack>/cdk.tf.json \
 *       --synth-report cdktf.out/stacks/<stack>/hardening-report.json --out reports/
 *
 * Writes the same reports as synth (hardening-report.md, .json, .sarif) and exits 1 when a control
 * fails, or, with --synth-report, when a verdict on the plan differs from the synth report's; 0
 * otherwise (2 for a usage error, a document that is not a plan, or a synth report that cannot be
 * read).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { differences, verdicts } from "./compare";
import { judge } from "./evaluate";
import { FindingLevel } from "./model";
import { NotAPlanError, planToDocument } from "./plan";
import { planRegions, renderJson, renderMarkdown, renderSarif, withHeader } from "./report";

/** Where the CLI writes. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const USAGE = `usage: meshq-guard <plan.json> [--config <cdk.tf.json>] [--synth-report <hardening-report.json>] [--out <dir>] [--stack <name>]

  plan.json   output of: terraform show -json <planfile>
  --config    the synthesized cdk.tf.json the plan was made from: values known only after apply
              are read from it, and so are the network model's flows and the suppressions
  --synth-report
              the synth's hardening-report.json of the same stack: the verdicts on the plan must
              equal it, control by control, or meshq-guard fails (exit 1) naming each difference
  --out       directory for hardening-report.{md,json,sarif} (default: the plan's directory)
  --stack     stack name in the report (default: the configuration's, else the plan file's name)`;

/** Runs the CLI; returns the exit code. */
export function main(argv: readonly string[], io: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) }): number {
  const args = [...argv];
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
    return value;
  };
  let planFile: string;
  let configFile: string | undefined;
  let outDir: string | undefined;
  let stack: string | undefined;
  let synthReportFile: string | undefined;
  try {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(USAGE);
      return 0;
    }
    configFile = option("--config");
    outDir = option("--out");
    stack = option("--stack");
    synthReportFile = option("--synth-report");
    const unknown = args.filter((a) => a.startsWith("--"));
    if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}`);
    if (args.length !== 1) throw new UsageError("give exactly one plan file");
    planFile = args[0];
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  for (const file of [planFile, configFile, synthReportFile].filter((f): f is string => f !== undefined)) {
    if (!existsSync(file)) {
      io.err(`meshq-guard: ${file} does not exist`);
      return 2;
    }
  }
  let synthVerdicts: Map<string, string> | undefined;
  if (synthReportFile) {
    try {
      synthVerdicts = verdicts(JSON.parse(readFileSync(synthReportFile, "utf8")));
    } catch (error) {
      io.err(`meshq-guard: ${synthReportFile} is not a hardening report: ${(error as Error).message}`);
      return 2;
    }
    if (synthVerdicts.size === 0) {
      io.err(`meshq-guard: ${synthReportFile} holds no verdicts: it is not the hardening-report.json that synth writes`);
      return 2;
    }
  }
  const text = readFileSync(planFile, "utf8");
  let document;
  try {
    const config = configFile ? JSON.parse(readFileSync(configFile, "utf8")) : undefined;
    document = planToDocument(JSON.parse(text), {
      config,
      stack: stack ?? config?.["//"]?.metadata?.stackName ?? basename(planFile).replace(/\.json$/, ""),
    });
  } catch (error) {
    io.err(`meshq-guard: ${error instanceof NotAPlanError || error instanceof SyntaxError ? error.message : String(error)}`);
    return 2;
  }
  const report = withHeader(judge(document, { stack: String(document["//"].metadata.stackName), stackFile: planFile, firstApply: false }));
  const dir = resolve(outDir ?? dirname(planFile));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "hardening-report.md"), renderMarkdown(report));
  writeFileSync(join(dir, "hardening-report.json"), renderJson(report));
  writeFileSync(join(dir, "hardening-report.sarif"), renderSarif(report, planRegions(text)));
  for (const r of report.results) {
    io.out(`${r.status.toUpperCase().padEnd(14)} ${r.control.id.padEnd(13)} ${r.control.title}`);
    for (const f of r.findings) io.out(`    ${f.level === FindingLevel.ERROR ? "error" : "warning"} ${f.address}: ${f.message}`);
  }
  const failed = report.results.filter((r) => r.status === "fail").map((r) => r.control.id);
  if (!configFile)
    io.err(
      "meshq-guard: no --config: values known only after apply stay unknown, and the network model's flows and suppressions are not applied",
    );
  const differ = synthVerdicts ? differences(synthVerdicts, verdicts(JSON.parse(renderJson(report)))) : [];
  for (const d of differ) io.out(`    differs from synth: ${d}`);
  if (differ.length > 0)
    io.out(
      `meshq-guard: FAIL: ${differ.length} verdict(s) on the plan differ from the synth report ${synthReportFile}: the plan is not what synth judged; reports in ${dir}`,
    );
  else if (synthVerdicts) io.out(`meshq-guard: the verdicts on the plan equal the synth report's (${synthVerdicts.size} controls)`);
  if (differ.length === 0)
    io.out(failed.length > 0 ? `meshq-guard: FAIL (${failed.join(", ")}); reports in ${dir}` : `meshq-guard: PASS; reports in ${dir}`);
  return failed.length > 0 || differ.length > 0 ? 1 : 0;
}

class UsageError extends Error {}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
