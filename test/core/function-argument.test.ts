import { Fn, Lazy, TerraformOutput, TerraformVariable, Testing, Token } from "../../lib/compat/core";
import { IamRole } from "../../lib/compat/aws/iam-role";
import { flavour } from "../../lib/compat/flavour";
import { functionArgument } from "../../lib/core/function-argument";
import { testStack } from "../util";

// lib/core/function-argument.ts renders a function argument in one pass; cdktf renders it level by
// level. For every kind of value the text must be the same as the core package's own (under CDK
// Terrain the value is passed on, and the comparison holds trivially).

/** What cdktf writes for jsonencode(value), and what it writes with the one-pass argument. */
function both(build: (stack: ReturnType<typeof testStack>) => unknown): { cdktf: string; onePass: string; warnings: string[] } {
  const stack = testStack();
  const value = build(stack);
  new TerraformOutput(stack, "cdktf", { value: Fn.jsonencode(value) });
  new TerraformOutput(stack, "onePass", { value: Fn.jsonencode(functionArgument(value)) });
  const warnings: string[] = [];
  const warn = jest.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.join(" ")));
  try {
    const out = JSON.parse(Testing.synth(stack)).output;
    return { cdktf: out.cdktf.value, onePass: out.onePass.value, warnings };
  } finally {
    warn.mockRestore();
  }
}

const cases: Record<string, (stack: ReturnType<typeof testStack>) => unknown> = {
  "a policy document with references inside text and as whole values": (stack) => {
    const role = new IamRole(stack, "Role", { assumeRolePolicy: "{}" });
    return {
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "A",
          Effect: "Allow",
          Principal: { AWS: [role.arn, `arn:aws:iam::${role.uniqueId}:root`] },
          Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
          Resource: "*",
          Condition: { StringEquals: { "aws:SourceAccount": role.id, "kms:ViaService": `secretsmanager.${role.name}.amazonaws.com` } },
        },
      ],
    };
  },
  "literal text with template sequences, newlines, quotes and backslashes": () => ({
    a: "${not.a.reference}",
    b: "%%{ if true }",
    c: "line one\nline two",
    d: '"quoted"',
    e: 'say "hi"',
    f: "back\\slash",
    g: '"',
    h: "",
  }),
  "numbers, booleans, null, and undefined values in objects and lists": () => ({
    n: 5,
    f: 1.5,
    t: true,
    x: false,
    z: null,
    u: undefined,
    list: ["a", undefined, "b"],
    nested: [{ a: undefined, b: [1, 2, [3]] }, []],
    empty: {},
  }),
  "tokens as whole values: a function call, a variable, a lazy value and a token that stands for an object": (stack) => {
    const variable = new TerraformVariable(stack, "v", { type: "string" });
    return {
      zip: Fn.zipmap(["k"], [variable.stringValue]),
      variable: variable.stringValue,
      lazy: Lazy.stringValue({ produce: () => "produced" }),
      lazyObject: Token.asString(Lazy.anyValue({ produce: () => ({ k: "v" }) })),
      mixed: `${variable.stringValue}-${variable.stringValue}`,
      number: Token.asNumber(variable.numberValue),
    };
  },
  "a list token and a number list pass through to cdktf": (stack) => {
    const variable = new TerraformVariable(stack, "l", { type: "list(string)" });
    return { list: variable.listValue, numbers: Token.asNumberList(variable.value), both: [variable.listValue] };
  },
  "text alone": (stack) => `arn:aws:iam::${new IamRole(stack, "Role", { assumeRolePolicy: "{}" }).uniqueId}:root`,
};

test.each(Object.entries(cases))("%s: the same text as cdktf's, and no warning", (_, build) => {
  const { cdktf, onePass, warnings } = both(build);
  expect(onePass).toBe(cdktf);
  expect(warnings).toEqual([]);
});

test("only plain values take the one-pass path, under cdktf; any other value is passed on as it is", () => {
  const stack = testStack();
  const variable = new TerraformVariable(stack, "l", { type: "list(string)" });
  const plain = { a: ["x"], b: 1 };
  // CDK Terrain renders function arguments by rules of its own: there every value goes to it
  if (flavour() === "cdktf") expect(Token.isUnresolved(functionArgument(plain))).toBe(true);
  else expect(functionArgument(plain)).toBe(plain);
  for (const value of [{ a: variable.listValue }, { when: new Date(0) }, { [variable.stringValue]: "keyed by a reference" }]) {
    expect(functionArgument(value)).toBe(value);
  }
});
