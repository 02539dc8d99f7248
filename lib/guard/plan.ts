/**
 * A `terraform show -json` plan as the document the controls judge.
 *
 * The plan resolves what synth cannot know: variables, data sources, `count` and `for_each` are
 * evaluated, and every planned instance is listed in `planned_values` with its address. This module
 * rebuilds the synthesized-configuration shape from it (`resource.<type>.<name>`, one entry per
 * instance, its address in `"//".metadata.address`), so that the same controls run unchanged.
 *
 * Values Terraform knows only after apply (`resource_changes[].change.after_unknown`) are taken
 * from the synthesized configuration when it is given (`--config`), so a reference to a resource of
 * the stack reads as one, exactly as at synth; otherwise from the plan's `configuration` section
 * (the first resource it refers to); otherwise they stay unknown, and controls fail closed on them.
 * An argument the configuration writes as a reference to a resource of the stack is judged as that
 * reference even when the plan knows its value (after the first apply), as at synth.
 * The library's record (network model, suppressions, opt-outs) comes from the configuration's
 * metadata as well.
 */
import { many } from "./blocks";
import type { TerraformJson } from "./model";

/** Options of {@link planToDocument}. */
export interface PlanDocumentOptions {
  /** The synthesized `cdk.tf.json` the plan was made from. @default - none: unknown values stay unknown */
  readonly config?: TerraformJson;
  /** Stack name for the report. @default - the configuration's stack name, else "plan" */
  readonly stack?: string;
}

/** Thrown for a document that is not a `terraform show -json` plan. */
export class NotAPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAPlanError";
  }
}

interface PlannedResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  index?: number | string;
  values?: Record<string, unknown>;
}

const UNKNOWN_AFTER_APPLY = "${(known after apply)}";

/** The synthesized-configuration shape of a plan, for the controls. */
export function planToDocument(plan: any, options: PlanDocumentOptions = {}): TerraformJson {
  if (!plan || typeof plan !== "object" || !plan.planned_values?.root_module || typeof plan.format_version !== "string") {
    throw new NotAPlanError(
      "not a plan: expected the output of `terraform show -json <planfile>` (format_version, planned_values.root_module)",
    );
  }
  const changes = new Map<string, any>();
  for (const rc of many(plan.resource_changes)) if (rc?.address) changes.set(rc.address, rc.change ?? {});
  const expressions = new Map<string, any>();
  for (const r of many(plan.configuration?.root_module?.resources)) if (r?.address) expressions.set(r.address, r.expressions ?? {});

  const config = options.config;
  const stackName = options.stack ?? config?.["//"]?.metadata?.stackName ?? "plan";
  const doc: TerraformJson = {
    "//": {
      metadata: {
        plan: true,
        stackName,
        ...(config?.["//"]?.metadata?.meshoptixiq ? { meshoptixiq: config["//"].metadata.meshoptixiq } : {}),
      },
    },
    resource: {},
    data: {},
  };

  // The planned value of a reference to a root resource's attribute (`${aws_security_group.x.id}`).
  const rootValues = new Map<string, any>();
  for (const r of many(plan.planned_values.root_module?.resources) as PlannedResource[]) {
    if (r?.mode !== "data" && r?.type && r.name && r.index === undefined) rootValues.set(`${r.type}.${r.name}`, r.values ?? {});
  }
  const resolved = (reference: string): unknown => {
    const m = /^\$\{([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([A-Za-z_]\w*)\}$/.exec(reference);
    return m ? rootValues.get(`${m[1]}.${m[2]}`)?.[m[3]] : undefined;
  };
  const walk = (module: any, modulePrefix: string) => {
    for (const r of many(module?.resources) as PlannedResource[]) {
      if (!r?.type || !r.name) continue;
      const values = structuredClone(r.values ?? {});
      const rootName = modulePrefix === "";
      const base = `${r.type}.${r.name}`;
      const synthesized = rootName ? (r.mode === "data" ? config?.data : config?.resource)?.[r.type]?.[r.name] : undefined;
      const change = changes.get(r.address);
      if (change?.after_unknown) fillUnknown(values, change.after_unknown, synthesized, rootName ? expressions.get(base) : undefined);
      if (rootName) fillNullReferences(values, expressions.get(base));
      if (synthesized) keepWrittenReferences(values, synthesized, resolved);
      const instance = r.index === undefined ? "" : typeof r.index === "number" ? `[${r.index}]` : `[${JSON.stringify(r.index)}]`;
      const key = rootName ? `${r.name}${instance}` : r.address.slice(r.type.length + 1);
      const path = synthesized?.["//"]?.metadata?.path;
      const entry = { ...values, "//": { metadata: { address: r.address, ...(path ? { path } : {}) } } };
      const target = r.mode === "data" ? doc.data : doc.resource;
      target[r.type] = target[r.type] ?? {};
      target[r.type][key] = entry;
    }
    for (const child of many(module?.child_modules)) walk(child, String(child?.address ?? "module"));
  };
  walk(plan.planned_values.root_module, "");
  // Root outputs (the Vault policies the library writes are judged from one).
  const outputs = plan.planned_values.outputs;
  if (outputs && typeof outputs === "object") {
    doc.output = Object.fromEntries(
      Object.entries(outputs).map(([name, o]: [string, any]) => [name, { value: o?.value ?? UNKNOWN_AFTER_APPLY }]),
    );
  }
  return doc;
}

/** Puts a value (or a placeholder) wherever the plan says it is known only after apply. */
function fillUnknown(values: any, unknown: any, synthesized: any, expression: any): void {
  for (const [key, u] of Object.entries<any>(unknown ?? {})) {
    if (u === true) {
      if (values[key] !== undefined && values[key] !== null) continue;
      const known = synthesized?.[key];
      values[key] = known !== undefined ? known : placeholder(expression?.[key]);
    } else if (Array.isArray(u)) {
      if (!Array.isArray(values[key])) values[key] = [];
      u.forEach((item, i) => {
        if (item === true) {
          if (values[key][i] === undefined || values[key][i] === null) {
            const known = many(synthesized?.[key])[i];
            values[key][i] = known !== undefined ? known : placeholder(many(expression?.[key])[i]);
          }
        } else if (item && typeof item === "object") {
          if (values[key][i] === null || typeof values[key][i] !== "object") values[key][i] = {};
          fillUnknown(values[key][i], item, many(synthesized?.[key])[i], many(expression?.[key])[i]);
        }
      });
    } else if (u && typeof u === "object") {
      if (values[key] === null || typeof values[key] !== "object") values[key] = {};
      const syn = Array.isArray(synthesized?.[key]) ? synthesized[key][0] : synthesized?.[key];
      const expr = Array.isArray(expression?.[key]) ? expression[key][0] : expression?.[key];
      fillUnknown(values[key], u, syn, expr);
    }
  }
}

/**
 * A top-level argument the configuration sets to a reference but the plan shows as null: the
 * referenced attribute is one Terraform knows only after apply (a plan that plans unset optional
 * attributes as null, as offline planning does, shows it null). The configuration is what was
 * written, so the argument is judged as that reference.
 */
function fillNullReferences(values: any, expression: any): void {
  for (const [key, e] of Object.entries<any>(expression ?? {})) {
    if (values[key] !== null || !e || Array.isArray(e) || !e.references) continue;
    const ref = placeholder(e);
    if (ref !== UNKNOWN_AFTER_APPLY) values[key] = ref;
  }
}

/** A value written as exactly one reference to a resource of the stack (`${aws_kms_key.k.arn}`). */
const isReference = (v: unknown): v is string =>
  typeof v === "string" &&
  /^\$\{[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*(\[[^\]]+\])?\.[^${}]+\}$/.test(v) &&
  !/^\$\{(data|var|local|each|count|module|self|path|terraform)\./.test(v);

/**
 * An argument the synthesized configuration writes as a reference to a resource of the stack, at
 * any depth (in a list, a map, a block, a `kubernetes_manifest`'s manifest), is judged as that
 * reference, as at synth, whatever the plan shows for it: after the first apply the plan shows the
 * referenced resource's current value (a key ARN, a security group id), which names the same
 * resource but no longer says it is one of the stack's; offline, it may show null. The plan is made
 * from that configuration (`--config`). Terraform may reorder a list (a set), so a reference inside
 * a list goes back only where the plan shows null or the referenced attribute's planned value; a
 * list written only of references is taken whole, and a list of blocks only when it holds one.
 */
function keepWrittenReferences(values: any, synthesized: any, resolved: (reference: string) => unknown): void {
  for (const [key, written] of Object.entries<any>(synthesized ?? {})) {
    if (key === "//" || !(key in values)) continue;
    values[key] = writtenReferences(values[key], written, resolved);
  }
}

/** The planned value with the references the configuration writes inside it put back. */
function writtenReferences(planned: any, written: any, resolved: (reference: string) => unknown): any {
  if (isReference(written)) return written;
  if (Array.isArray(written)) {
    if (!Array.isArray(planned)) return planned;
    if (written.length > 0 && written.every(isReference)) return planned.length === written.length ? [...written] : planned;
    if (written.every((w) => w !== null && typeof w === "object" && !Array.isArray(w))) {
      return written.length === 1 && planned.length === 1 ? [writtenReferences(planned[0], written[0], resolved)] : planned;
    }
    const out = [...planned];
    written.forEach((w, i) => {
      if (!isReference(w)) return;
      const value = resolved(w);
      const at = value !== undefined && value !== null ? out.indexOf(value) : -1;
      if (at >= 0) out[at] = w;
      else if (out.length === written.length && (out[i] === null || out[i] === undefined)) out[i] = w;
    });
    return out;
  }
  if (written && typeof written === "object") {
    if (Array.isArray(planned) && planned.length === 1) return [writtenReferences(planned[0], written, resolved)];
    if (!planned || typeof planned !== "object" || Array.isArray(planned)) return planned;
    for (const [k, v] of Object.entries<any>(written)) if (k in planned) planned[k] = writtenReferences(planned[k], v, resolved);
  }
  return planned;
}

/** A reference placeholder from the plan's configuration expression (`{references: [...]}`). */
function placeholder(expression: any): string {
  const refs = many(expression?.references).map(String);
  const attribute = refs.find(
    (r) => /^[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*(\[[^\]]+\])?\.[A-Za-z_]/.test(r) && !r.startsWith("var.") && !r.startsWith("local."),
  );
  return attribute ? `\${${attribute}}` : UNKNOWN_AFTER_APPLY;
}
