/**
 * Literal text inside Terraform configuration.
 *
 * Every string in `cdk.tf.json` (and in the HCL eject) is a Terraform *template*: `${…}` starts an
 * interpolation and `%{…}` a directive. Shell scripts (`${VAR:?msg}`), JSON documents and free text
 * from props can contain both sequences, and Terraform then rejects the stack ("Extra characters
 * after interpolation expression") or, worse, evaluates the text as an expression.
 *
 * So every literal text the library embeds passes through {@link terraformLiteral} (plain
 * attributes) or {@link jsonDocument} (JSON documents such as IAM, KMS and bucket policies). Both
 * leave cdktf token markers (references to other resources) untouched, and escape only the literal
 * parts: `${` becomes `$${` and `%{` becomes `%%{`, which Terraform reads back as the original text.
 */
import { Fn, Token } from "../compat/core";
import { functionArgument } from "./function-argument";

/** A cdktf token marker inside a string (`${TfToken[TOKEN.12]}`). */
const TOKEN_MARKER = /\$\{TfToken\[[^\]]*\]\}/g;

/** Applies `escape` to the literal parts of a string, leaving token markers as they are. */
function mapLiterals(text: string, escape: (literal: string) => string): string {
  if (!Token.isUnresolved(text)) return escape(text);
  let out = "";
  let last = 0;
  for (const match of text.matchAll(TOKEN_MARKER)) {
    out += escape(text.slice(last, match.index)) + match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  return out + escape(text.slice(last));
}

/** Escapes both template sequences of a literal (no tokens inside). */
function escapeTemplate(literal: string): string {
  return literal.replace(/\$\{/g, () => "$${").replace(/%\{/g, "%%{");
}

/**
 * Text that Terraform must read literally (scripts, config files, free text from props), for a
 * plain string attribute. Token markers inside it stay references.
 *
 * Public because an escape-hatch override (`resource.addOverride`) with free text containing `${`
 * or `%{` is otherwise read by Terraform as a template; this is the one escaping the library uses.
 */
export function terraformLiteral(text: string): string {
  return mapLiterals(text, escapeTemplate);
}

/** {@link terraformLiteral} applied to every value of a string map (ConfigMap data, labels). */
export function terraformLiterals(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, terraformLiteral(v)]));
}

/**
 * Escapes the template sequences of every string of a value that goes into a Terraform function
 * call. cdktf already escapes `${` in the literal strings of a function argument, so only `%{` is
 * escaped here; object keys get both (cdktf writes keys verbatim).
 */
function escapeForExpression(value: unknown): unknown {
  if (typeof value === "string") return mapLiterals(value, (s) => s.replace(/%\{/g, "%%{"));
  if (Array.isArray(value)) return value.map(escapeForExpression);
  if (value !== null && typeof value === "object" && !Token.isUnresolved(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    // cdktf cannot render a reference as an object key (it writes the key verbatim and loses the
    // value), so an object with such a key is built by zipmap(keys, values) instead.
    if (entries.some(([k]) => Token.isUnresolved(k))) {
      return Fn.zipmap(
        entries.map(([k]) => mapLiterals(k, (s) => s.replace(/%\{/g, "%%{"))),
        entries.map(([, v]) => escapeForExpression(v)) as unknown as string[],
      );
    }
    return Object.fromEntries(entries.map(([k, v]) => [mapLiterals(k, escapeTemplate), escapeForExpression(v)]));
  }
  return value;
}

/**
 * A JSON document (IAM, KMS, bucket or log resource policy) as a Terraform `jsonencode(…)` call.
 *
 * References to other resources stay references, literal text is escaped, and the document is a
 * real expression: `cdktf synth --hcl` writes valid HCL for it, where a JSON string with embedded
 * references would not be (it renders as `"{" Version ":" 2012 - 10 - 17 …`).
 *
 * Public because a stack's own resource policies (bucket, key, log group) need the same rendering
 * to survive `synth --hcl` and to be read back by the guard, which judges what is written.
 */
export function jsonDocument(document: Record<string, unknown>): string {
  return Fn.jsonencode(functionArgument(escapeForExpression(document)));
}

/**
 * Reads a JSON document back from synthesized configuration: a JSON string, or the
 * `${jsonencode({…})}` expression {@link jsonDocument} writes. References inside it are returned
 * as `${…}` text. Returns `undefined` when the value is neither (another function, a variable, a
 * data source), so that callers can fail closed.
 *
 * Public because tests of a stack (the examples' own) assert on policies in the synthesized JSON,
 * and these are `jsonencode` expressions, not JSON strings.
 */
export function readJsonDocument(value: unknown): unknown {
  if (typeof value !== "string") return value !== null && typeof value === "object" ? value : undefined;
  const text = value.trim();
  const wrapped = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(text);
  if (!wrapped) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  try {
    const parser = new HclLiteralParser(wrapped[1]);
    const result = parser.value();
    parser.end();
    return result;
  } catch {
    return undefined;
  }
}

/** A parser for the HCL literals cdktf writes inside `jsonencode(…)`. Bare expressions become `${…}`. */
class HclLiteralParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  public value(): unknown {
    this.ws();
    const c = this.src[this.pos];
    if (c === "{") return this.object();
    if (c === "[") return this.list();
    if (c === '"') return this.string();
    const expr = this.bare();
    if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(expr)) return Number(expr);
    if (expr === "true" || expr === "false") return expr === "true";
    if (expr === "null") return null;
    return `\${${expr}}`;
  }

  public end(): void {
    this.ws();
    if (this.pos !== this.src.length) throw new Error(`unexpected text at ${this.pos}`);
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    for (;;) {
      this.ws();
      if (this.src[this.pos] === "}") return (this.pos++, out);
      const key = this.src[this.pos] === '"' ? this.string() : this.bare();
      this.ws();
      if (this.src[this.pos] !== "=" && this.src[this.pos] !== ":") throw new Error("expected =");
      this.pos++;
      out[key] = this.value();
      this.separator("}");
    }
  }

  private list(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    for (;;) {
      this.ws();
      if (this.src[this.pos] === "]") return (this.pos++, out);
      out.push(this.value());
      this.separator("]");
    }
  }

  private separator(close: string): void {
    this.ws();
    if (this.src[this.pos] === ",") this.pos++;
    else if (this.src[this.pos] !== close) throw new Error(`expected , or ${close}`);
  }

  /** A quoted template; escapes are decoded, `$${`/`%%{` read back as `${`/`%{`, interpolations kept. */
  private string(): string {
    let out = "";
    this.pos++;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '"') return (this.pos++, out);
      if (c === "\\") {
        const n = this.src[this.pos + 1];
        out += ({ n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" } as Record<string, string>)[n] ?? n;
        this.pos += 2;
      } else if (this.src.startsWith("$${", this.pos) || this.src.startsWith("%%{", this.pos)) {
        out += c + "{";
        this.pos += 3;
      } else if (this.src.startsWith("${", this.pos)) {
        const start = this.pos;
        this.pos += 2;
        this.skipBalanced("}");
        out += this.src.slice(start, this.pos);
      } else {
        out += c;
        this.pos++;
      }
    }
    throw new Error("unterminated string");
  }

  /** An unquoted expression, up to the next top-level separator. */
  private bare(): string {
    const start = this.pos;
    while (this.pos < this.src.length && !",]}=".includes(this.src[this.pos])) {
      const c = this.src[this.pos++];
      if (c === "(") this.skipBalanced(")");
      else if (c === "[") this.skipBalanced("]");
      else if (c === "{") this.skipBalanced("}");
      else if (c === '"') (this.pos--, this.string());
    }
    const expr = this.src.slice(start, this.pos).trim();
    if (!expr) throw new Error("empty expression");
    return expr;
  }

  /** Moves past the closing bracket that matches one already consumed. */
  private skipBalanced(close: string): void {
    const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === close) return void this.pos++;
      if (c === '"') this.string();
      else if (pairs[c]) (this.pos++, this.skipBalanced(pairs[c]));
      else this.pos++;
    }
    throw new Error(`missing ${close}`);
  }

  private ws(): void {
    while (/\s/.test(this.src[this.pos] ?? "")) this.pos++;
  }
}
