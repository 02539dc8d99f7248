/**
 * Terraform templates and references: a template string split into literal text, interpolations
 * and directives; a reference (`aws_kms_key.k.arn`, `data.x.y.z`) split into its parts; a path
 * (`metadata[0].name`) followed through a value.
 */

/** A part of a Terraform template string. */
export type TemplatePart = { text: string } | { expr: string } | { directive: string };

/** A reference to a resource or a data source: `data.`, type, name, instance (`[0]`, `["a"]`), attribute path. */
export const REFERENCE =
  /^(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)((?:\[(?:\d+|"[^"]*")\])?)((?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\])*)$/;

/** A reference to a local value: name, attribute path. */
export const LOCAL_REFERENCE = /^local\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\])*)$/;

/** Index of the `}` that closes the interpolation or directive opened at `start` (`${` or `%{`). */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  let j = start + 1;
  for (; j < text.length; j++) {
    const c = text[j];
    if (inString) {
      if (c === "\\") j++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) break;
  }
  return j;
}

/** Splits a Terraform template into literal text (escapes decoded), interpolations and directives. */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i) || text.startsWith("%%{", i)) {
      literal += `${text[i]}{`;
      i += 3;
      continue;
    }
    if (text.startsWith("${", i) || text.startsWith("%{", i)) {
      const directive = text[i] === "%";
      const j = closingBrace(text, i);
      if (literal) parts.push({ text: literal });
      literal = "";
      const body = text
        .slice(i + 2, j)
        .trim()
        .replace(/^~\s*|\s*~$/g, "");
      parts.push(directive ? { directive: body } : { expr: body });
      i = j + 1;
      continue;
    }
    literal += text[i++];
  }
  if (literal || parts.length === 0) parts.push({ text: literal });
  return parts;
}

/** A template shortened for a message. */
export const shorten = (text: string): string => (text.length > 100 ? `${text.slice(0, 97)}...` : text);

/** The parts of an attribute path (`.metadata[0].name`, `["key"]`). */
export function pathParts(path: string): string[] {
  return path.match(/"[^"]*"|[^.[\]]+/g) ?? [];
}

/** Follows `metadata[0].name`-style path parts through a value, a block being an object or a list. */
export function atPath(value: any, parts: string[]): any {
  let v = value;
  for (const part of parts) {
    if (v === undefined || v === null) return undefined;
    if (/^\d+$/.test(part)) v = Array.isArray(v) ? v[Number(part)] : Number(part) === 0 ? v : undefined;
    else {
      const key = /^"(.*)"$/.exec(part)?.[1] ?? part;
      v = (Array.isArray(v) ? v[0] : v)?.[key];
    }
  }
  return v;
}
