/**
 * The guard's evaluation: every control of the catalogue over one document (synthesized
 * configuration, or a plan converted by `plan.ts`), with the suppressions recorded in the stack
 * metadata applied. A pure function: synth and the plan CLI call the same one.
 */
import { CONTROLS } from "./catalogue";
import { FirstApplyReport, firstApplyOrder } from "./first-apply";
import {
  Control,
  ControlResult,
  Finding,
  FindingLevel,
  NOT_APPLICABLE,
  OptOutRecord,
  ReportedFinding,
  TerraformJson,
  Verdict,
} from "./model";
import { GuardReport } from "./report";
import { StackView, viewOf } from "./view";

/** Key of the suppressions in the library's stack metadata. */
export const SUPPRESSIONS_RECORD_KEY = "suppressions";
/** Key of the opt-outs in the library's stack metadata. */
export const OPT_OUTS_RECORD_KEY = "optOuts";

/** A recorded suppression: a control switched off for a construct and everything under it. */
export interface SuppressionRecord {
  readonly control: string;
  readonly reason: string;
  /** Construct path of the suppressed scope. */
  readonly path: string;
}

export type { OptOutRecord } from "./model";

/** Options of {@link judge}. */
export interface JudgeOptions {
  /** Name of the stack, for the report. */
  readonly stack: string;
  /** The file the findings' addresses are in (`stacks/<stack>/cdk.tf.json`, or the plan file). */
  readonly stackFile: string;
  /** Controls to evaluate. @default CONTROLS */
  readonly controls?: readonly Control[];
  /** Include the first-apply ordering analysis (synthesized configuration only). @default true */
  readonly firstApply?: boolean;
}

/** Evaluates every control over a document and returns the report. */
export function judge(tf: TerraformJson, options: JudgeOptions): GuardReport {
  const view = viewOf(tf);
  const suppressions = (
    Array.isArray(view.record[SUPPRESSIONS_RECORD_KEY]) ? view.record[SUPPRESSIONS_RECORD_KEY] : []
  ) as SuppressionRecord[];
  const stackPath = String(tf?.["//"]?.metadata?.stackName ?? options.stack);
  const results = (options.controls ?? CONTROLS).map((control) =>
    evaluateControl(control, tf, view, suppressions, options.stackFile, stackPath),
  );
  const firstApply: FirstApplyReport | undefined = (options.firstApply ?? view.origin === "synth") ? firstApplyOrder(tf) : undefined;
  return {
    stack: options.stack,
    stackFile: options.stackFile,
    origin: view.origin,
    results,
    flows: Array.isArray(view.record.network?.flows) ? view.record.network.flows : [],
    optOuts: (Array.isArray(view.record[OPT_OUTS_RECORD_KEY]) ? view.record[OPT_OUTS_RECORD_KEY] : []) as OptOutRecord[],
    ...(firstApply ? { firstApply } : {}),
  };
}

/** One control's result over a document: its rule's verdict, with suppressions applied. */
export function evaluateControl(
  control: Control,
  tf: TerraformJson,
  view: StackView,
  suppressions: readonly SuppressionRecord[],
  stackFile: string,
  stackPath: string,
): ControlResult {
  let verdict: Verdict;
  let judged: string[] = [];
  try {
    ({ value: verdict, judged } = view.judging(() => control.rule(tf)));
  } catch (error) {
    verdict = [{ address: "stack", message: `the rule failed to evaluate: ${(error as Error).message}` }];
  }
  if (verdict === NOT_APPLICABLE) return { control, status: "not-applicable", judged, findings: [], suppressed: [] };
  const raw: Finding[] = verdict;
  const findings: ReportedFinding[] = [];
  const suppressed: Array<ReportedFinding & { reason: string }> = [];
  const seen = new Set<string>();
  for (const f of raw) {
    const key = `${f.address}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = view.resource(f.address)?.path ?? (f.address === "stack" ? stackPath : undefined);
    const reported: ReportedFinding = {
      address: f.address,
      message: f.message,
      level: f.level ?? FindingLevel.ERROR,
      stackFile,
      ...(path ? { path } : {}),
      ...(f.optOut ? { optOut: f.optOut } : {}),
    };
    const suppression = path
      ? suppressions.find((s) => s.control === control.id && (path === s.path || path.startsWith(`${s.path}/`)))
      : undefined;
    if (suppression) suppressed.push({ ...reported, reason: suppression.reason });
    else findings.push(reported);
  }
  const status = findings.some((f) => f.level === FindingLevel.ERROR) ? "fail" : findings.length > 0 ? "warn" : "pass";
  return { control, status, judged, findings, suppressed };
}

/** The ids of the controls that fail (or warn) in a report. */
export function firing(report: GuardReport, level: "error" | "any" = "error"): string[] {
  return report.results.filter((r) => r.status === "fail" || (level === "any" && r.status === "warn")).map((r) => r.control.id);
}
