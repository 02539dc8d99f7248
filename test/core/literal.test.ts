import { Token } from "../../lib/compat/core";
import { ESCAPED, PLANTED, plantedStack } from "./planted";
import { IamRole } from "../../lib/compat/aws/iam-role";
import { policyDocument } from "../../lib/core/iam";
import { readJsonDocument, terraformLiteral } from "../../lib/core/literal";
import { doc, synth, testStack } from "../util";

describe("literal text is escaped for Terraform's template language", () => {
  test("terraformLiteral escapes ${ and %{ and leaves references alone", () => {
    const stack = testStack();
    const role = new IamRole(stack, "R", { assumeRolePolicy: "{}" });
    expect(terraformLiteral(PLANTED)).toBe(ESCAPED);
    const mixed = terraformLiteral(`${PLANTED} ${role.arn}`);
    expect(Token.isUnresolved(mixed)).toBe(true);
    expect(mixed.startsWith(ESCAPED)).toBe(true);
  });

  test("every embedding path of a synthesized stack carries the escaped text, and nothing unescaped", () => {
    const s = synth(plantedStack());
    const api = Object.values(s.resources.kubernetes_deployment_v1)[0] as any;
    const env = api.spec.template.spec.container[0].env.find((e: any) => e.name === "PLANTED_NOTE");
    expect(env.value).toBe(ESCAPED);
    const rbac = Object.values(s.resources.kubernetes_config_map_v1).find((c: any) => Object.keys(c.data)[0] === "rbac.yaml") as any;
    expect(rbac.data["rbac.yaml"]).toContain(JSON.stringify(ESCAPED).slice(1, -1));
    const rule = Object.values(s.resources.aws_security_group_rule ?? {}).find((r: any) => String(r.description).startsWith("x ")) as any;
    expect(rule?.description).toBe(`${ESCAPED} (from planted)`);
    const policy = Object.values(s.resources.aws_iam_role_policy).find((p: any) => p.name === "Planted") as any;
    expect(policy.policy).toContain("%%{ if true }");
    expect(doc(policy.policy).Statement[0].Condition.StringEquals["aws:PrincipalTag/note"]).toBe(PLANTED);
    const scripts = Object.values(s.resources.kubernetes_config_map_v1).find((c: any) => "stage.sh" in c.data) as any;
    for (const text of Object.values(scripts.data) as string[]) {
      // every ${ of the shell text is escaped: no interpolation Terraform would evaluate
      expect(text.replace(/\$\$\{/g, "")).not.toContain("${");
      expect(text.replace(/%%\{/g, "")).not.toContain("%{");
    }
  });

  test("policy documents are jsonencode expressions that read back to the same document", () => {
    const stack = testStack();
    const role = new IamRole(stack, "R", { assumeRolePolicy: "{}" });
    const rendered = policyDocument([{ Effect: "Allow", Action: ["a:B"], Resource: [role.arn, `${role.arn}/*`] }]);
    expect(rendered).toMatch(/^\$\{TfToken/);
    const s = synth(stack);
    expect(s.resources.aws_iam_role.R.assume_role_policy).toBe("{}");
    expect(
      readJsonDocument(
        '${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Resource" = [aws_iam_role.r.arn, "${aws_iam_role.r.arn}/*"], "N" = 3, "B" = true}]})}',
      ),
    ).toEqual({
      Version: "2012-10-17",
      Statement: [{ Resource: ["${aws_iam_role.r.arn}", "${aws_iam_role.r.arn}/*"], N: 3, B: true }],
    });
    expect(readJsonDocument("${data.aws_iam_policy_document.x.json}")).toBeUndefined();
    expect(readJsonDocument('${jsonencode({"a" = )}')).toBeUndefined();
  });
});
