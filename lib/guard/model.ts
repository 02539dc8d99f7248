/**
 * The hardening guard's data model. A control is one requirement of the security guide with a pure
 * rule over the synthesized Terraform JSON of a stack (or the same document built from a plan), so
 * that a later escape-hatch override that weakens a resource is judged exactly as Terraform will
 * see it. Controls read the document through its normalized view (`view.ts`).
 */
import { many, one } from "./blocks";
import { TfResource, viewOf } from "./view";
import type { AdmissionForm } from "./admission/model";

export { many, one } from "./blocks";
export { resources, StackView, viewOf } from "./view";
export type { TfResource } from "./view";

export type { TerraformJson } from "./blocks";
import type { TerraformJson } from "./blocks";

/** How bad a finding is. Errors fail synth; warnings are reported. */
export enum FindingLevel {
  ERROR = "error",
  WARNING = "warning",
}

/** A recorded opt-out of a construct property. */
export interface OptOutRecord {
  /** `<Construct>.<property>`, e.g. `SecureMeshApi.wafOptOut`. */
  readonly property: string;
  readonly reason: string;
  /** What the opt-out is for, where one property can name several (the secret's ARN). */
  readonly subject?: string;
}

/** One violation of a control. */
export interface Finding {
  /** Terraform address, e.g. `aws_lb.Api_LoadBalancer_3080B41C`. */
  readonly address: string;
  readonly message: string;
  /** @default FindingLevel.ERROR */
  readonly level?: FindingLevel;
  /**
   * The recorded opt-out this finding stands for: the deployment switched the control off, with this
   * reason, so the finding is a warning. The report carries it, so that a scanner's gate can accept
   * the same weakening by the same record (`scripts/checkov-gate.py` does).
   * @default - none
   */
  readonly optOut?: OptOutRecord;
}

/** A rule's answer when the stack has nothing it judges. */
export const NOT_APPLICABLE = "not-applicable";

/**
 * What a rule returns: {@link NOT_APPLICABLE} when the stack has nothing it judges, otherwise its
 * findings (none when compliant).
 */
export type Verdict = typeof NOT_APPLICABLE | Finding[];

/**
 * A construct property that enforces a control: `<Construct>.props.<property>`, a member of the
 * construct's `<Construct>Props` interface, e.g. `SecureMeshApi.props.sslPolicy`.
 */
export type PropRef = `${string}.props.${string}`;

/** A control of the catalogue: one requirement of the security guide and the single rule that judges it. */
export interface Control {
  /** Stable id, e.g. `MESHQ-NET-3`. */
  readonly id: string;
  /** Section of the security guide, e.g. `12.2`. */
  readonly section: string;
  /** Short title. */
  readonly title: string;
  /** What is checked. */
  readonly checks: string;
  /**
   * What the control reads (resource types, spellings, patches), how it treats values it cannot
   * know, and, when it reports warnings, why they cannot be errors. Shown in the catalogue.
   * @default - none (every control of the catalogue documents one; a test enforces it)
   */
  readonly scope?: string;
  /**
   * How the control decides on what the guard did not see: a generator, rotator, key, policy or
   * value that is not in the document (a variable, a data source, a computed attribute, an ARN or
   * name of something outside the stack). It starts with the decision, "Fails." (a finding, which
   * only a suppression with a reason turns off), "Warns." or "Not applicable." with why, and never
   * lets such a value pass. Shown in the catalogue.
   * @default - none (every control of the catalogue states one; a test enforces it)
   */
  readonly unseen?: string;
  /** Checkov checks covering part of the same ground. @default - none */
  readonly checkov?: string[];
  /** Pod Security Standards controls covered. @default - none */
  readonly pss?: string[];
  /**
   * The construct properties that make the library's resources comply, e.g.
   * `SecureMeshApi.props.sslPolicy` (every control of the catalogue names at least one; a test
   * checks that each is a member of the construct's props interface).
   */
  readonly enforcedBy: readonly PropRef[];
  /**
   * The test files that prove the rule, as paths from the package root (every control of the
   * catalogue names at least one; a test checks that each exists and names the control id).
   */
  readonly provenBy: readonly string[];
  /**
   * The rule: {@link NOT_APPLICABLE}, or the findings over the synthesized configuration (none when compliant).
   * @internal
   */
  rule(tf: TerraformJson): Verdict;
  /**
   * The same requirement as a ValidatingAdmissionPolicy (CEL), defined next to the rule, for a
   * control judged on Kubernetes objects: the stack's admission policies deny in the cluster what
   * the rule finds at synth and plan (`AdmissionPolicies`).
   * @default - none: the control is judged at synth and plan only
   * @internal
   */
  readonly admission?: AdmissionForm;
}

/** Result of a control on a stack. */
export type ControlStatus = "pass" | "fail" | "warn" | "not-applicable";

/** A finding as reported: with the stack file it was found in and the construct path when known. */
export interface ReportedFinding extends Finding {
  readonly level: FindingLevel;
  /** The configuration (or plan) file the address is in. */
  readonly stackFile: string;
  /** Construct path of the resource. @default - unknown */
  readonly path?: string;
}

/** A control's result, with suppressed findings kept for the report. */
export interface ControlResult {
  readonly control: Control;
  readonly status: ControlStatus;
  /**
   * The addresses of the resources (and data sources) the rule read: what it judged. A pass means
   * these, and only these, comply. Empty when nothing of the kinds it judges is in the stack.
   */
  readonly judged: readonly string[];
  readonly findings: ReportedFinding[];
  readonly suppressed: Array<ReportedFinding & { reason: string }>;
}

/** A Kubernetes workload's pod template spec. */
export interface PodTemplate {
  readonly resource: TfResource;
  readonly spec: any;
  readonly metadata: any;
}

/** Pod templates of every Kubernetes workload, typed or manifest, every version alias. */
export function podTemplates(tf: TerraformJson): PodTemplate[] {
  return viewOf(tf)
    .pods()
    .filter((p) => p.object.kind !== "EnvPatch")
    .map((p) => ({ resource: p.resource, spec: p.spec, metadata: p.metadata }));
}

/** All containers (init and regular) of a pod spec. */
export function containers(spec: any): any[] {
  return [...many(spec?.init_container), ...many(spec?.container)];
}

/** Environment entries of a container as { name, value?, fromSecret } */
export function envOf(container: any): Array<{ name: string; value?: string; fromSecret: boolean }> {
  return many(container?.env).map((e: any) => ({
    name: e.name,
    value: typeof e.value === "string" ? e.value : undefined,
    fromSecret: !!one(e.value_from)?.secret_key_ref,
  }));
}

/**
 * The namespace a Kubernetes object lives in: its literal name, with a reference to a namespace
 * resource of the stack (`${kubernetes_namespace_v1.X.metadata[0].name}`) replaced by that name.
 */
export function namespaceOf(tf: TerraformJson, resource: TfResource): string {
  const object = viewOf(tf)
    .kube()
    .find((o) => o.address === resource.address);
  return object?.namespace ?? String(one(resource.config.metadata)?.namespace ?? "default");
}

/** Kubernetes manifests of a kind. */
export function manifests(tf: TerraformJson, kind: string): Array<{ resource: TfResource; manifest: any }> {
  return viewOf(tf)
    .resources("kubernetes_manifest")
    .map((r) => ({ resource: r as TfResource, manifest: r.config.manifest }))
    .filter((m) => m.manifest?.kind === kind);
}
