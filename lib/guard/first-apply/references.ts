/**
 * References between the resources of a stack, as Terraform sees them: every `${…}` interpolation
 * of a string, the resources, data sources and locals an expression names, and the literal value
 * of a single reference when the referenced resource sets it in its configuration.
 */
import type { TerraformJson } from "../blocks";

/** Every `${…}` interpolation of a string (escaped `$${` excluded), without the delimiters. */
export function interpolations(text: string): string[] {
  const out: string[] = [];
  // from one `${` to the next (long texts, such as admission policies' expressions, have few or none)
  for (let i = text.indexOf("${"); i >= 0; i = text.indexOf("${", i + 1)) {
    if (i > 0 && text[i - 1] === "$") continue;
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) break;
    }
    out.push(text.slice(i + 2, j));
    i = j;
  }
  return out;
}

const REFERENCE = /(?<![\w.\]-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;

/** Addresses of the stack's resources and data sources that an expression refers to. */
export function referencedAddresses(tf: TerraformJson, expression: string, seenLocals = new Set<string>()): string[] {
  const out = new Set<string>();
  for (const match of expression.matchAll(REFERENCE)) {
    const ref = match[1];
    const parts = ref.split(".");
    if (parts[0] === "local") {
      if (seenLocals.has(parts[1]) || tf.locals?.[parts[1]] === undefined) continue;
      seenLocals.add(parts[1]);
      for (const a of referencesIn(tf, tf.locals[parts[1]], seenLocals)) out.add(a);
    } else if (parts[0] === "data") {
      if (tf.data?.[parts[1]]?.[parts[2]] !== undefined) out.add(ref);
    } else if (tf.resource?.[parts[0]]?.[parts[1]] !== undefined) {
      out.add(ref);
    }
  }
  return [...out];
}

/** Addresses referred to anywhere in a value (every string's interpolations). */
export function referencesIn(tf: TerraformJson, value: unknown, seenLocals = new Set<string>()): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      for (const e of interpolations(v)) for (const a of referencedAddresses(tf, e, seenLocals)) out.add(a);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "//") walk(x);
  };
  walk(value);
  return out;
}

/** Follows `metadata[0].name`-style paths through a configuration, a block being an object or a list. */
function atPath(config: any, path: string): unknown {
  let value = config;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (value === undefined || value === null) return undefined;
    if (/^\d+$/.test(part)) value = Array.isArray(value) ? value[Number(part)] : Number(part) === 0 ? value : undefined;
    else value = (Array.isArray(value) ? value[0] : value)[part];
  }
  return value;
}

/**
 * The literal value of a single reference (`${kubernetes_namespace_v1.X.metadata[0].name}`) when
 * the referenced resource sets it in its configuration, following chains of such references;
 * undefined for a computed attribute (an ARN, an id) or an expression.
 */
export function resolveReference(tf: TerraformJson, text: string, depth = 0): string | undefined {
  const m = /^\$\{((?:data\.)?[a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([^}]+)\}$/.exec(text);
  if (!m || depth > 10) return undefined;
  const [type, data] = m[1].startsWith("data.") ? [m[1].slice(5), true] : [m[1], false];
  const config = (data ? tf.data : tf.resource)?.[type]?.[m[2]];
  if (config === undefined) return undefined;
  const value = atPath(type === "kubernetes_manifest" ? { ...config, ...config.manifest } : config, m[3]);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") return undefined;
  return value.includes("${") ? resolveReference(tf, value, depth + 1) : value;
}

/** A value's literal text: a single reference is followed ({@link resolveReference}); undefined when it cannot be known. */
export const literalText = (tf: TerraformJson, v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : String(v).includes("${") ? resolveReference(tf, String(v)) : String(v);
