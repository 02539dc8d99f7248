import { mkdirSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { Annotations, App, TerraformStack } from "../compat/core";
import { IConstruct } from "constructs";
import { ErrorCodes, invalidInput } from "../core/errors";
import { mutableImagesOf } from "../core/kubernetes";
import { MIN_REASON_LENGTH } from "../core/opt-out";
import { MetadataRecord } from "../core/record";
import { registerStackGuard } from "../core/stack-guard";
// loading the guard loads the admission forms' renderer too: stacks reach both through core
import "./admission/admission-policies";
import { CONTROLS } from "./catalogue";
import { MUTABLE_IMAGES_RECORD_KEY } from "./controls/images";
import { judge, OPT_OUTS_RECORD_KEY, OptOutRecord, SUPPRESSIONS_RECORD_KEY, SuppressionRecord } from "./evaluate";
import { FIRST_APPLY_CODE, NAMESPACE_RACE_FAILS_SYNTH } from "./first-apply";
import { Control, ControlResult, ControlStatus, FindingLevel, TerraformJson } from "./model";
import { viewOf } from "./view";
import { configurationRegions, GuardReport, renderJson, renderMarkdown, renderSarif, withHeader } from "./report";

const SUPPRESS = "meshq:suppress";
const OPT_OUT = "meshq:opt-out";
const GUARD_BRAND = Symbol.for("meshoptixiq.HardeningGuard");
const GUARD_OF_STACK = Symbol.for("meshoptixiq.HardeningGuard.instance");

/** A recorded suppression of one control for a construct and everything under it. */
export interface Suppression {
  readonly control: string;
  readonly reason: string;
}

/** Options of the guard. */
export interface HardeningGuardOptions {
  /** Controls to evaluate. @default CONTROLS */
  readonly controls?: readonly Control[];
  /**
   * Write the report (Markdown, JSON, SARIF) next to the synthesized stack.
   * @default true, unless MESHQ_GUARD_REPORT=off
   */
  readonly writeReport?: boolean;
  /**
   * Fail synth (error annotation) on a namespaced object that the first apply may create before its
   * namespace; otherwise it is a warning. Either way it is listed in the report's first-apply section.
   * @default NAMESPACE_RACE_FAILS_SYNTH
   */
  readonly namespaceRaceFailsSynth?: boolean;
}

/**
 * The hardening guard: a validation of the stack that evaluates every control of the catalogue over
 * exactly the Terraform JSON that synth writes. cdktf runs validations after every Aspect, so an
 * escape-hatch override, a raw resource or a user's Aspect that weakens a resource is judged as
 * Terraform will see it. Each unsuppressed finding becomes an error annotation (which fails synth)
 * or a warning, once per synth, and the hardening report is written next to `cdk.tf.json`.
 *
 * Every construct of this library applies it to its stack; apply it yourself with
 * `HardeningGuard.of(stack)` to judge resources you add. The same controls judge a plan with the
 * `meshq-guard` CLI.
 */
export class HardeningGuard {
  /** The stack's guard, added on first use. Options given later override earlier ones. */
  public static of(scope: IConstruct, options: HardeningGuardOptions = {}): HardeningGuard {
    const stack = TerraformStack.of(scope);
    const existing = (stack as unknown as Record<symbol, HardeningGuard | undefined>)[GUARD_OF_STACK];
    if (existing) {
      existing.configure(options);
      return existing;
    }
    const guard = new HardeningGuard(stack, options);
    Object.defineProperty(stack, GUARD_OF_STACK, { value: guard });
    stack.node.addValidation({ validate: () => guard.run() });
    // suppressions, opt-outs and the tags accepted without a digest travel with the stack's JSON, for the plan CLI
    new MetadataRecord(stack, "HardeningGuardRecord", () => ({
      [SUPPRESSIONS_RECORD_KEY]: suppressionsOf(stack),
      [OPT_OUTS_RECORD_KEY]: optOutsOf(stack),
      [MUTABLE_IMAGES_RECORD_KEY]: mutableImagesOf(stack),
    }));
    return guard;
  }

  /** True for a guard (brand check, safe across duplicated package copies). */
  public static isHardeningGuard(this: void, x: unknown): x is HardeningGuard {
    return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[GUARD_BRAND] === true;
  }

  /**
   * Suppresses a control for a construct and everything under it. The reason is recorded in the
   * report and in the stack's metadata (so that the plan CLI applies it too). Use for accepted
   * risks only.
   */
  public static suppress(scope: IConstruct, control: string, reason: string): void {
    if (!CONTROLS.some((c) => c.id === control)) {
      throw invalidInput(ErrorCodes.OPT_OUT, {
        component: "HardeningGuard",
        property: "control",
        received: control,
        allowed: CONTROLS.map((c) => c.id).join(", "),
        fix: "use a control id of the catalogue",
      });
    }
    if ((reason ?? "").trim().length < MIN_REASON_LENGTH) {
      throw invalidInput(ErrorCodes.OPT_OUT, {
        component: "HardeningGuard",
        property: `suppression of ${control}`,
        received: reason,
        allowed: `a reason of at least ${MIN_REASON_LENGTH} characters`,
        fix: "say why the risk is accepted",
      });
    }
    scope.node.addMetadata(SUPPRESS, { control, reason: reason.trim() });
    HardeningGuard.of(scope);
  }

  /** Results of the last evaluation. */
  public lastResults: ControlResult[] = [];
  /** The last report. @default - none before the first synth */
  public lastReport?: GuardReport;
  private controls: readonly Control[];
  private writeReport: boolean;
  private namespaceRaceFailsSynth: boolean;
  /** Annotations already added, so that another synth of the same stack adds each once. */
  private readonly annotated = new Set<string>();
  /** The stack's own rendering of its Terraform JSON. */
  private readonly render: () => TerraformJson;
  /** The JSON judged by the running synth, with the size of the tree it was rendered from. */
  private judged?: { readonly tf: TerraformJson; readonly constructs: number };

  private constructor(
    private readonly stack: TerraformStack,
    options: HardeningGuardOptions,
  ) {
    Object.defineProperty(this, GUARD_BRAND, { value: true });
    this.controls = options.controls ?? CONTROLS;
    this.writeReport = options.writeReport ?? process.env.MESHQ_GUARD_REPORT !== "off";
    this.namespaceRaceFailsSynth = options.namespaceRaceFailsSynth ?? NAMESPACE_RACE_FAILS_SYNTH;
    // Synth renders the stack right after its validations. It writes the JSON the guard judged
    // instead of rendering it again: what is written is exactly what was judged, and each stack is
    // rendered once less. The hand-off is taken once, within the same synchronous synth, and only
    // while the tree has as many constructs as when it was judged; otherwise the stack renders afresh.
    const render = stack.toTerraform.bind(stack) as () => TerraformJson;
    this.render = render;
    stack.toTerraform = () => {
      const judged = this.takeJudged();
      if (!judged) return render();
      // Synth writes what was judged: every validation has run and every annotation is known.
      this.printOutcome();
      return judged;
    };
    // Before synth, cdktf resolves every element of every stack once, only to find references
    // between stacks (each gets an output in the stack referred to). A stack alone in its app has
    // none: that pass is skipped for it, and the guard's render is the stack's only one.
    const prepare = stack.prepareStack.bind(stack);
    stack.prepareStack = () => {
      if (stacksIn(App.of(stack)) === 1) stack.ensureBackendExists();
      else prepare();
    };
  }

  /**
   * What a synth shows on every path (`cdktf synth`, or the app run by node): each control's result
   * (unless MESHQ_GUARD_QUIET=1), every warning the stack carries (the CLI shows annotations, a plain
   * node run does not), and one closing line with the counts and where the reports are.
   */
  /** Where the report goes: next to the stack's `cdk.tf.json`. */
  private reportDir(): string {
    return join(App.of(this.stack).outdir, "stacks", this.stack.node.id);
  }

  private printOutcome(): void {
    if (process.env.JEST_WORKER_ID || !this.lastReport) return;
    const results = this.lastResults;
    if (process.env.MESHQ_GUARD_QUIET !== "1") {
      for (const r of results) {
        console.log(
          `${r.status.toUpperCase().padEnd(14)} ${r.control.id.padEnd(13)} ${r.control.title}${r.findings.length ? ` (${r.findings.length} finding(s))` : ""}`,
        );
      }
    }
    const warnings = this.stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => /\/warn$/.test(m.type)).map((m) => `WARNING ${c.node.path}: ${String(m.data)}`));
    for (const w of warnings) console.warn(w);
    const count = (status: ControlStatus) => results.filter((r) => r.status === status).length;
    const reports = this.writeReport
      ? `reports: ${relative(process.cwd(), this.reportDir()) || "."}/hardening-report.{md,json,sarif}`
      : "no report written (writeReport off)";
    console.log(
      `meshq-guard ${this.stack.node.id}: ${count("pass")} passed, ${count("fail")} failed, ${count("warn")} warned, ${count("not-applicable")} not applicable; ${warnings.length} warning(s); ${reports}`,
    );
  }

  private takeJudged(): TerraformJson | undefined {
    const judged = this.judged;
    this.judged = undefined;
    return judged && judged.constructs === this.stack.node.findAll().length ? judged.tf : undefined;
  }

  private configure(options: HardeningGuardOptions): void {
    if (options.controls !== undefined) this.controls = options.controls;
    if (options.writeReport !== undefined) this.writeReport = options.writeReport;
    if (options.namespaceRaceFailsSynth !== undefined) this.namespaceRaceFailsSynth = options.namespaceRaceFailsSynth;
  }

  /** Judges the stack's final JSON, annotates, writes the report. Returns no validation error: findings are annotations. */
  private run(): string[] {
    const stack = this.stack;
    const tf = this.render();
    const stackFile = `stacks/${stack.node.id}/cdk.tf.json`;
    const report = withHeader(judge(tf, { stack: stack.node.id, stackFile, controls: this.controls, firstApply: true }));
    this.lastReport = report;
    this.lastResults = report.results;
    const byPath = new Map(stack.node.findAll().map((c) => [c.node.path, c] as const));
    const target = (path: string | undefined) => (path ? byPath.get(path) : undefined) ?? stack;
    for (const result of report.results) {
      for (const f of result.findings) {
        const text = `[${result.control.id}] ${result.control.title}: ${f.address}: ${f.message} (security guide §${result.control.section})`;
        this.annotate(target(f.path), f.level === FindingLevel.ERROR ? "error" : "warning", text);
      }
    }
    for (const race of report.firstApply?.namespaceRaces ?? []) {
      const path = viewOf(tf).resource(race.address)?.path;
      this.annotate(
        target(path),
        this.namespaceRaceFailsSynth ? "error" : "warning",
        `[${FIRST_APPLY_CODE}] ${race.address}: ${race.message}`,
      );
    }
    // A dependency cycle: Terraform refuses to plan the stack at all.
    for (const cycle of report.firstApply?.cycles ?? []) {
      this.annotate(
        target(viewOf(tf).resource(cycle[0])?.path),
        "error",
        `[${FIRST_APPLY_CODE}] dependency cycle ${cycle.join(" -> ")}: Terraform refuses to plan this stack; remove the reference that closes the loop (e.g. a description or tag naming a resource that depends back)`,
      );
    }
    if (this.writeReport) {
      const dir = this.reportDir();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "hardening-report.md"), renderMarkdown(report));
      writeFileSync(join(dir, "hardening-report.json"), renderJson(report));
      // the file's layout is worked out only when a result needs a line
      let regionOf: ReturnType<typeof configurationRegions> | undefined;
      const region = (address: string) => (regionOf ??= configurationRegions(tf))(address);
      writeFileSync(join(dir, "hardening-report.sarif"), renderSarif(report, region));
    }
    this.judged = { tf, constructs: stack.node.findAll().length };
    queueMicrotask(() => (this.judged = undefined));
    return [];
  }

  private annotate(target: IConstruct, level: "error" | "warning", text: string): void {
    const key = `${target.node.path}\u0000${level}\u0000${text}`;
    if (this.annotated.has(key)) return;
    this.annotated.add(key);
    if (level === "error") Annotations.of(target).addError(text);
    else Annotations.of(target).addWarning(text);
  }
}

function suppressionsOf(stack: TerraformStack): SuppressionRecord[] {
  return stack.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === SUPPRESS)
        .map((m) => ({ control: (m.data as Suppression).control, reason: (m.data as Suppression).reason, path: c.node.path })),
    );
}

function optOutsOf(stack: TerraformStack): OptOutRecord[] {
  return stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === OPT_OUT).map((m) => m.data as OptOutRecord));
}

const STACK_COUNT = Symbol.for("@meshoptixiq/cdktf-hardened.stackCount");

/** How many stacks an app holds, counted once per synth (every stack's preparation asks). */
function stacksIn(app: App): number {
  const holder = app as unknown as Record<symbol, number | undefined>;
  if (holder[STACK_COUNT] === undefined) {
    holder[STACK_COUNT] = app.node.findAll().filter((c) => TerraformStack.isStack(c)).length;
    process.nextTick(() => (holder[STACK_COUNT] = undefined));
  }
  return holder[STACK_COUNT]!;
}

// Constructs attach the guard through the lower layer's registry, without importing it.
registerStackGuard((scope) => HardeningGuard.of(scope));
