import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { Annotations, App, Aspects, IAspect, TerraformResource, TerraformStack } from "../compat/core";
import { IConstruct } from "constructs";
import { ErrorCodes, invalidInput } from "../core/errors";
import { MIN_REASON_LENGTH } from "../core/opt-out";
import { NetworkModel } from "../network/network-model";
import { CONTROLS } from "./catalogue";
import { FIRST_APPLY_CODE, firstApplyOrder, NAMESPACE_RACE_FAILS_SYNTH } from "./first-apply";
import { Control, ControlResult, FindingLevel, TerraformJson } from "./model";
import { renderJson, renderMarkdown, renderSarif } from "./report";

const SUPPRESS = "meshq:suppress";
const GUARD_BRAND = Symbol.for("meshoptixiq.HardeningGuard");

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
 * The hardening guard: an Aspect that evaluates every control of the catalogue over the stack's
 * final Terraform JSON (after every escape-hatch override), adds an error annotation for each
 * unsuppressed finding (which fails synth), and writes a hardening report next to `cdk.tf.json`.
 *
 * Every construct of this library applies it to its stack; apply it yourself with
 * `HardeningGuard.of(stack)` to judge resources you add. Aspects run per stack: adding it to the App does nothing.
 */
export class HardeningGuard implements IAspect {
  /** The stack's guard, added on first use. */
  public static of(scope: IConstruct, options: HardeningGuardOptions = {}): HardeningGuard {
    const stack = TerraformStack.of(scope);
    const existing = Aspects.of(stack).all.find(HardeningGuard.isHardeningGuard);
    if (existing) return existing;
    const guard = new HardeningGuard(options);
    Aspects.of(stack).add(guard);
    return guard;
  }

  /** True for a guard (brand check, safe across duplicated package copies). */
  public static isHardeningGuard(this: void, x: unknown): x is HardeningGuard {
    return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[GUARD_BRAND] === true;
  }

  /**
   * Suppresses a control for a construct and everything under it. The reason is recorded in the
   * report. Use for accepted risks only.
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
  }

  /** Results of the last evaluation. */
  public lastResults: ControlResult[] = [];
  private readonly controls: readonly Control[];
  private readonly writeReport: boolean;
  private readonly namespaceRaceFailsSynth: boolean;

  private constructor(options: HardeningGuardOptions) {
    Object.defineProperty(this, GUARD_BRAND, { value: true });
    this.controls = options.controls ?? CONTROLS;
    this.writeReport = options.writeReport ?? process.env.MESHQ_GUARD_REPORT !== "off";
    this.namespaceRaceFailsSynth = options.namespaceRaceFailsSynth ?? NAMESPACE_RACE_FAILS_SYNTH;
  }

  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    const stack = node;
    const tf = stack.toTerraform() as TerraformJson;
    const byAddress = new Map<string, IConstruct>();
    for (const c of stack.node.findAll()) {
      if (TerraformResource.isTerraformResource(c)) byAddress.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
    }
    this.lastResults = this.controls.map((control) => evaluate(control, tf, byAddress));
    for (const result of this.lastResults) {
      for (const f of result.findings) {
        const target = byAddress.get(f.address) ?? stack;
        const text = `[${result.control.id}] ${result.control.title}: ${f.address}: ${f.message} (security guide §${result.control.section})`;
        if ((f.level ?? FindingLevel.ERROR) === FindingLevel.ERROR) Annotations.of(target).addError(text);
        else Annotations.of(target).addWarning(text);
      }
    }
    const firstApply = firstApplyOrder(tf);
    for (const race of firstApply.namespaceRaces) {
      const text = `[${FIRST_APPLY_CODE}] ${race.address}: ${race.message}`;
      if (this.namespaceRaceFailsSynth) Annotations.of(byAddress.get(race.address) ?? stack).addError(text);
      else Annotations.of(byAddress.get(race.address) ?? stack).addWarning(text);
    }
    const report = {
      stack: stack.node.id,
      firstApply,
      results: this.lastResults,
      flows: (stack.node.tryFindChild("NetworkModel") as NetworkModel | undefined)?.allFlows ?? [],
      optOuts: stack.node
        .findAll()
        .flatMap((c) =>
          c.node.metadata.filter((m) => m.type === "meshq:opt-out").map((m) => m.data as { property: string; reason: string }),
        ),
    };
    if (this.writeReport) {
      const dir = join(App.of(stack).outdir, "stacks", stack.node.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "hardening-report.md"), renderMarkdown(report));
      writeFileSync(join(dir, "hardening-report.json"), renderJson(report));
      writeFileSync(join(dir, "hardening-report.sarif"), renderSarif(report, `stacks/${stack.node.id}/cdk.tf.json`));
    }
    if (!process.env.JEST_WORKER_ID && process.env.MESHQ_GUARD_QUIET !== "1") {
      // synth prints every control's result
      for (const r of this.lastResults) {
        console.log(
          `${r.status.toUpperCase().padEnd(14)} ${r.control.id.padEnd(13)} ${r.control.title}${r.findings.length ? ` (${r.findings.length} finding(s))` : ""}`,
        );
      }
    }
  }
}

function evaluate(control: Control, tf: TerraformJson, byAddress: Map<string, IConstruct>): ControlResult {
  if (!control.applies(tf)) return { control, status: "not-applicable", findings: [], suppressed: [] };
  let raw;
  try {
    raw = control.check(tf);
  } catch (error) {
    raw = [{ address: "stack", message: `the rule failed to evaluate: ${(error as Error).message}` }];
  }
  const findings = [];
  const suppressed = [];
  for (const f of raw) {
    const reason = suppressionFor(byAddress.get(f.address), control.id);
    if (reason) suppressed.push({ ...f, reason });
    else findings.push(f);
  }
  const status = findings.some((f) => (f.level ?? FindingLevel.ERROR) === FindingLevel.ERROR)
    ? "fail"
    : findings.length > 0
      ? "warn"
      : "pass";
  return { control, status, findings, suppressed };
}

function suppressionFor(construct: IConstruct | undefined, control: string): string | undefined {
  for (let c: IConstruct | undefined = construct; c; c = c.node.scope) {
    const match = c.node.metadata.find((m) => m.type === SUPPRESS && (m.data as Suppression).control === control);
    if (match) return (match.data as Suppression).reason;
  }
  return undefined;
}
