/**
 * The hardening guard's data model. A control is one requirement of the security guide with a pure
 * rule over the synthesized Terraform JSON of a stack, so that a later escape-hatch override that
 * weakens a resource is judged exactly as Terraform will see it.
 */

/** Synthesized Terraform JSON of one stack. */
export type TerraformJson = Record<string, any>;

/** How bad a finding is. Errors fail synth; warnings are reported. */
export enum FindingLevel {
  ERROR = "error",
  WARNING = "warning",
}

/** One violation of a control. */
export interface Finding {
  /** Terraform address, e.g. `aws_lb.Api_LoadBalancer_3080B41C`. */
  readonly address: string;
  readonly message: string;
  /** @default FindingLevel.ERROR */
  readonly level?: FindingLevel;
}

/** A control of the catalogue. */
export interface Control {
  /** Stable id, e.g. `MESHQ-NET-3`. */
  readonly id: string;
  /** Section of the security guide, e.g. `12.2`. */
  readonly section: string;
  /** Short title. */
  readonly title: string;
  /** What is checked. */
  readonly checks: string;
  /** Checkov checks covering part of the same ground. */
  readonly checkov?: string[];
  /** Pod Security Standards controls covered. */
  readonly pss?: string[];
  /** True when the stack has something this control judges. */
  applies(tf: TerraformJson): boolean;
  /** The rule: findings, none when compliant. */
  check(tf: TerraformJson): Finding[];
}

/** Result of a control on a stack. */
export type ControlStatus = "pass" | "fail" | "warn" | "not-applicable";

/** A control's result, with suppressed findings kept for the report. */
export interface ControlResult {
  readonly control: Control;
  readonly status: ControlStatus;
  readonly findings: Finding[];
  readonly suppressed: Array<Finding & { reason: string }>;
}

/** A resource of the synthesized JSON. */
export interface TfResource {
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly config: any;
}

/** All resources of the given types. */
export function resources(tf: TerraformJson, ...types: string[]): TfResource[] {
  return types.flatMap((type) =>
    Object.entries((tf.resource ?? {})[type] ?? {}).map(([name, config]) => ({ type, name, address: `${type}.${name}`, config })),
  );
}

/** A single nested block, whether rendered as an object or a one-element list. */
export function one(value: any): any {
  return Array.isArray(value) ? value[0] : value;
}

/** A list block, whether rendered as a list or a single object. */
export function many(value: any): any[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A Kubernetes workload's pod template spec. */
export interface PodTemplate {
  readonly resource: TfResource;
  readonly spec: any;
  readonly metadata: any;
}

/** Pod templates of every Kubernetes workload resource. */
export function podTemplates(tf: TerraformJson): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const r of resources(
    tf,
    "kubernetes_deployment_v1",
    "kubernetes_stateful_set_v1",
    "kubernetes_job_v1",
    "kubernetes_daemon_set_v1",
    "kubernetes_deployment",
    "kubernetes_stateful_set",
  )) {
    const template = one(one(r.config.spec)?.template);
    if (template) out.push({ resource: r, spec: one(template.spec), metadata: one(template.metadata) });
  }
  for (const r of resources(tf, "kubernetes_cron_job_v1")) {
    const template = one(one(one(one(r.config.spec)?.job_template)?.spec)?.template);
    if (template) out.push({ resource: r, spec: one(template.spec), metadata: one(template.metadata) });
  }
  return out;
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
  const value = String(one(resource.config.metadata)?.namespace ?? "default");
  const ref = /^\$\{kubernetes_namespace(?:_v1)?\.([^.]+)\.metadata\[0\]\.name\}$/.exec(value);
  if (!ref) return value;
  const ns = (tf.resource?.kubernetes_namespace_v1 ?? tf.resource?.kubernetes_namespace ?? {})[ref[1]];
  return String(one(ns?.metadata)?.name ?? value);
}

/** Kubernetes manifests of a kind. */
export function manifests(tf: TerraformJson, kind: string): Array<{ resource: TfResource; manifest: any }> {
  return resources(tf, "kubernetes_manifest")
    .map((r) => ({ resource: r, manifest: r.config.manifest }))
    .filter((m) => m.manifest?.kind === kind);
}
