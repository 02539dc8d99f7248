/**
 * Values as far as the guard can know them: Terraform templates are parsed, references to
 * resources, data-source arguments and locals of the same stack are followed to their literal
 * value, and anything else (a variable, a computed attribute, a function) is unknown.
 */
import type { TerraformJson } from "../blocks";
import type { Reference, Resolved, ViewResource } from "./resources";
import { atPath, LOCAL_REFERENCE, pathParts, REFERENCE, shorten, templateParts } from "./template";

/** How deep references are followed before a value counts as a reference cycle. */
const MAX_DEPTH = 16;

/** Names that look like a reference but never name a resource of the stack. */
const NOT_RESOURCES = ["var", "each", "count", "self", "path", "terraform", "module"];

/** What resolution reads: the document, and its resources by type and name. */
export interface ResolveContext {
  readonly tf: TerraformJson;
  /** The resource `type.name` (or its instance `name[0]`, `name["a"]`), when the stack has it. */
  lookupResource(type: string, name: string, instance?: string): ViewResource | undefined;
}

/** A value as far as it can be known: references to the stack's own literals are followed. */
export function resolveValue(ctx: ResolveContext, value: unknown, depth = 0): Resolved {
  if (depth > MAX_DEPTH) return { known: false, expression: "(a reference cycle)" };
  if (value === undefined || value === null || typeof value === "number" || typeof value === "boolean") {
    return { known: true, value };
  }
  if (typeof value === "string") return resolveTemplate(ctx, value, depth);
  if (Array.isArray(value)) return resolveList(ctx, value, depth);
  if (typeof value === "object") return resolveObject(ctx, value as Record<string, unknown>, depth);
  return { known: false, expression: String(value) };
}

function resolveList(ctx: ResolveContext, value: unknown[], depth: number): Resolved {
  const out: unknown[] = [];
  for (const item of value) {
    const r = resolveValue(ctx, item, depth + 1);
    if (!r.known) return r;
    out.push(r.value);
  }
  return { known: true, value: out };
}

function resolveObject(ctx: ResolveContext, value: Record<string, unknown>, depth: number): Resolved {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "//") continue;
    const r = resolveValue(ctx, v, depth + 1);
    if (!r.known) return r;
    out[k] = r.value;
  }
  return { known: true, value: out };
}

function resolveTemplate(ctx: ResolveContext, text: string, depth: number): Resolved {
  const parts = templateParts(text);
  if (parts.length === 1 && "text" in parts[0]) return { known: true, value: parts[0].text };
  let out = "";
  for (const part of parts) {
    if ("text" in part) out += part.text;
    else if ("directive" in part) return { known: false, expression: shorten(text) };
    else {
      const r = resolveExpression(ctx, part.expr, depth + 1);
      if (!r.known) return { known: false, expression: shorten(text) };
      if (parts.length === 1) return r;
      if (r.value !== null && typeof r.value === "object") return { known: false, expression: shorten(text) };
      out += String(r.value);
    }
  }
  return { known: true, value: out };
}

function resolveExpression(ctx: ResolveContext, expr: string, depth: number): Resolved {
  const unknown = { known: false, expression: shorten(`\${${expr}}`) } as const;
  const local = LOCAL_REFERENCE.exec(expr);
  if (local) {
    const value = ctx.tf?.locals?.[local[1]];
    if (value === undefined) return unknown;
    const r = resolveValue(ctx, value, depth + 1);
    if (!r.known) return unknown;
    const v = atPath(r.value, pathParts(local[2]));
    return v === undefined ? unknown : { known: true, value: v };
  }
  const m = REFERENCE.exec(expr);
  if (!m) return unknown;
  const value = referencedValue(ctx, m);
  if (value === undefined) return unknown;
  const r = resolveValue(ctx, value, depth + 1);
  return r.known ? r : unknown;
}

/** The configured value a reference (a match of {@link REFERENCE}) names, as written. */
function referencedValue(ctx: ResolveContext, m: RegExpExecArray): unknown {
  const [, data, type, name, instance, path] = m;
  if (NOT_RESOURCES.includes(type)) return undefined;
  let config: any;
  if (data) config = ctx.tf?.data?.[type]?.[name];
  else config = ctx.lookupResource(type, name, instance)?.config;
  if (config === undefined) return undefined;
  let parts = pathParts(path);
  if (type === "kubernetes_manifest" && (parts[0] === "manifest" || parts[0] === "object")) {
    config = config.manifest;
    parts = parts.slice(1);
  }
  // a namespace's id is its name
  if (/^kubernetes_namespace(_v1)?$/.test(type) && parts.length === 1 && parts[0] === "id") parts = ["metadata", "0", "name"];
  return atPath(config, parts);
}

/** The resource a value refers to, when it is exactly one reference to a resource of the stack. */
export function referenceOf(ctx: ResolveContext, value: unknown): Reference | undefined {
  if (typeof value !== "string") return undefined;
  const parts = templateParts(value);
  if (parts.length !== 1 || !("expr" in parts[0])) return undefined;
  const m = REFERENCE.exec(parts[0].expr);
  if (!m || m[1]) return undefined;
  const resource = ctx.lookupResource(m[2], m[3], m[4]);
  if (!resource) return undefined;
  return {
    type: resource.type,
    kind: resource.kind,
    name: resource.name,
    address: resource.address,
    attribute: m[5].replace(/^\./, ""),
    resource,
  };
}

/** Whether `count` and `for_each` create a resource, remove it, or decide only later. */
export function presenceOf(ctx: ResolveContext, config: any): { presence: "present" | "absent" | "unknown"; note?: string } {
  if (config.count !== undefined) {
    const r = resolveValue(ctx, config.count);
    if (!r.known) return { presence: "unknown", note: `count = ${r.expression}` };
    if (Number(r.value) === 0) return { presence: "absent", note: "count = 0" };
  }
  if (config.for_each !== undefined) {
    const r = resolveValue(ctx, config.for_each);
    if (!r.known) return { presence: "unknown", note: `for_each = ${r.expression}` };
    const size = Array.isArray(r.value) ? r.value.length : r.value && typeof r.value === "object" ? Object.keys(r.value).length : 0;
    if (size === 0) return { presence: "absent", note: "for_each is empty" };
  }
  return { presence: "present" };
}
