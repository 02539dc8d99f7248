/**
 * A value (an object, a list, text) as the argument of a Terraform function call, rendered as cdktf
 * renders it, in one pass.
 *
 * cdktf renders an object or list argument of `Fn.*` level by level, and at each level it first
 * resolves the whole value below it: a JSON document nested five levels deep (a policy's statements,
 * their principals, conditions and operators) is resolved about five times over. The library's
 * policy documents were a third of the time a stack takes to render. {@link functionArgument}
 * renders each part once, with the same rules, so the text is the same: every `cdk.tf.json` and the
 * HCL eject are byte-identical either way (checked by the address report in CI and
 * `test/core/function-argument.test.ts`).
 *
 * Only plain values take this path: objects, lists, text, numbers, booleans and tokens that stand
 * for a whole value. A value cdktf encodes in another way (a list or map token, a number token, an
 * object that is not plain) is passed as it is, and cdktf renders it. So is every value under CDK
 * Terrain, which renders function arguments by rules of its own (it quotes keys as JSON strings and
 * writes `null` for a missing value).
 */
import { IResolvable, IResolveContext, Token, Tokenization } from "../compat/core";
import { flavour } from "../compat/flavour";

/** `value`, or a token that renders it in one pass when it is plain and the core package is cdktf (see above). */
export function functionArgument(value: unknown): unknown {
  return flavour() === "cdktf" && isPlain(value) ? new FunctionArgument(value) : value;
}

class FunctionArgument implements IResolvable {
  public readonly creationStack: string[] = [];
  constructor(private readonly value: unknown) {}

  public resolve(context: IResolveContext): unknown {
    const text = argument(context, this.value);
    // cdktf resolves what a token returns once more, in this context: the references in the text
    // are resolved as in the function call's own output, and the escaped `$${` that cdktf itself
    // wrote for literal text raises no warning (cdktf checks a function call's output after
    // leaving it).
    context.warnEscapes = false;
    return text;
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** What cdktf's `TFExpression.resolveExpressionPart` makes of a value. */
function expressionPart(context: IResolveContext, value: unknown): unknown {
  if (Tokenization.isResolvable(value)) return context.resolve(value);
  if (Array.isArray(value)) {
    // cdktf renders as many elements as resolve to a value, taken from the start of the list
    const count = value.filter((v) => !resolvesToUndefined(context, v)).length;
    return `[${value
      .slice(0, count)
      .map((v) => argument(context, v))
      .join(", ")}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => !resolvesToUndefined(context, value[k]));
    return `{${keys.map((k) => `"${k}" = ${argument(context, value[k])}`).join(", ")}}`;
  }
  return context.resolve(value);
}

/** What cdktf's `TFExpression.resolveArg` makes of a value. */
function argument(context: IResolveContext, value: unknown): unknown {
  if (typeof value !== "string") return expressionPart(context, value);
  const text = stringArgument(value, context.resolve(value));
  return typeof text === "string" ? text : expressionPart(context, text);
}

/** cdktf's `TFExpression.resolveString`: a quoted template, or the expression of a single token. */
function stringArgument(text: string, resolved: unknown): unknown {
  const fragments = Tokenization.reverseString(text);
  const tokens = fragments.tokens.length + fragments.intrinsic.length;
  // text already in quotes stays as it is (escaping never adds or removes a quote at either end)
  const quoted = (s: string) => (s !== `"` && s.startsWith('"') && s.endsWith('"') ? s : `"${s}"`);
  if (tokens === 0) return quoted(escape(resolved as string));
  if (fragments.literals.length === 0 && fragments.escapes.length === 0 && tokens === 1) return resolved;
  const joined = fragments.join({
    join: (left: unknown, right: unknown) => {
      const leftTokens = Tokenization.reverse(left);
      const leftFragments = Tokenization.reverseString(left as string);
      const leftCount = leftFragments.intrinsic.length + leftFragments.tokens.length;
      let leftValue = left;
      if (leftFragments.literals.length === 1 && leftCount === 0) leftValue = escape(left as string);
      if (leftFragments.literals.length === 0 && leftCount === 1) leftValue = `\${${leftTokens[0]}}`;
      const rightTokens = Tokenization.reverse(right);
      const rightValue = rightTokens.length === 0 ? escape(right as string) : `\${${rightTokens[0]}}`;
      return `${leftValue}${rightValue}`;
    },
  }) as string;
  return quoted(joined);
}

/** cdktf's `TFExpression.escapeString`. */
function escape(text: string): string {
  return text.replace(/\n/g, "\\n").replace(/\${/g, "$$${");
}

/** Whether cdktf's resolve would drop the value. */
function resolvesToUndefined(context: IResolveContext, value: unknown): boolean {
  if (value === undefined) return true;
  // only a token can resolve to nothing: plain objects, lists, text and numbers resolve to a value
  if (value === null || typeof value === "boolean" || Array.isArray(value) || isObject(value)) return false;
  if (!Token.isUnresolved(value)) return false;
  return context.resolve(value) === undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !Tokenization.isResolvable(value);
}

/** Plain objects with literal keys, lists without list tokens, text without list or map tokens, plain numbers, tokens. */
function isPlain(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === "boolean") return true;
  if (typeof value === "number") return !Token.isUnresolved(value);
  if (typeof value === "string") return !/[#&]\{TfToken\[/.test(value);
  if (Tokenization.isResolvable(value)) return true;
  if (Array.isArray(value)) return value.every(isPlain);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([k, v]) => !Token.isUnresolved(k) && isPlain(v));
}
