// Terraform itself reads the planted literal text back: every embedding path of the library, as
// synthesized, is evaluated by `terraform apply` in a configuration with outputs only (no
// provider, no network), and must give back exactly the original text.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PLANTED, plantedStack } from "./planted";
import { synth } from "../util";

function evaluate(values: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "meshq-literal-"));
  try {
    const output = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ output }));
    const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
    execFileSync("terraform", ["init", "-input=false", "-no-color"], { cwd: dir, env, stdio: "pipe" });
    execFileSync("terraform", ["apply", "-auto-approve", "-input=false", "-no-color"], { cwd: dir, env, stdio: "pipe" });
    const out = JSON.parse(execFileSync("terraform", ["output", "-json"], { cwd: dir, env }).toString());
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, (v as { value: string }).value]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("Terraform evaluates every planted literal back to the original text", () => {
  const s = synth(plantedStack());
  const deployment = Object.values(s.resources.kubernetes_deployment_v1)[0] as any;
  const configMaps = Object.values(s.resources.kubernetes_config_map_v1) as any[];
  const rbac = configMaps.find((c) => "rbac.yaml" in c.data);
  const scripts = configMaps.find((c) => "stage.sh" in c.data);
  const rule = Object.values(s.resources.aws_security_group_rule).find((r: any) => String(r.description).startsWith("x ")) as any;
  const policy = Object.values(s.resources.aws_iam_role_policy).find((p: any) => p.name === "Planted") as any;

  const values: Record<string, string> = {
    env: deployment.spec.template.spec.container[0].env.find((e: any) => e.name === "PLANTED_NOTE").value,
    rbac: rbac.data["rbac.yaml"],
    rule: rule.description,
    policy: policy.policy,
  };
  for (const [file, text] of Object.entries(scripts.data)) values[`script_${file.replace(/\W/g, "_")}`] = text as string;

  const got = evaluate(values);
  expect(got.env).toBe(PLANTED);
  expect(JSON.parse(got.rbac).roles.helpdesk.description).toBe(PLANTED);
  expect(got.rule).toBe(`${PLANTED} (from planted)`);
  expect(JSON.parse(got.policy).Statement[0].Condition.StringEquals["aws:PrincipalTag/note"]).toBe(PLANTED);
  for (const file of Object.keys(scripts.data)) {
    const original = readFileSync(join(__dirname, "../../lib/neo4j/rotation", file), "utf8");
    expect(got[`script_${file.replace(/\W/g, "_")}`]).toBe(original);
  }
});
