import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { TerraformStack, TerraformVariable, Testing } from "../../lib/compat/core";
import { CONTROLS } from "../../lib/guard/catalogue";
import { judge } from "../../lib/guard/evaluate";
import { ControlResult } from "../../lib/guard/model";
import { planToDocument } from "../../lib/guard/plan";
import { EncryptedRedis } from "../../lib/redis/encrypted-redis";
import { apiStack, fixture } from "../util";

// The cache's authentication controls judge Terraform's own plan (`terraform show -json`, made by
// tf-validate --plan against the schema stand-ins) as they judge the synthesized configuration:
// every weakening fails at plan too, including a token that only a variable carries.

const ROOT = resolve(__dirname, "..", "..");
const tool = process.env.TF_VALIDATE ?? join(ROOT, "..", "shared", "tools", "tf-validate", "tf-validate");
const available = existsSync(tool) && spawnSync("sh", ["-c", "command -v terraform"]).status === 0;
if (!available) {
  if (process.env.MESHQ_REQUIRE_TF_VALIDATE === "1") throw new Error(`MESHQ_REQUIRE_TF_VALIDATE=1 but ${tool} or terraform is missing`);
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: the cache controls' plan tests need tf-validate (TF_VALIDATE) and terraform");
}
const describePlan = available ? describe : describe.skip;
const AUTH = ["MESHQ-CACHE-3", "MESHQ-CACHE-7"];

/** A stack with the cache, weakened as a user could, synthesized to `dir/<name>/cdk.tf.json`. */
function writeStack(dir: string, name: string, weaken: (cache: EncryptedRedis, stack: TerraformStack) => void): void {
  const { stack, api } = apiStack();
  const cache = new EncryptedRedis(stack, "Cache", {
    api,
    vpcId: fixture.vpcId,
    subnetIds: ["subnet-a", "subnet-b"],
    subnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
  });
  weaken(cache, stack);
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, "cdk.tf.json"), Testing.synth(stack, false));
}

describePlan("cache authentication controls at plan", () => {
  const results = new Map<string, Map<string, ControlResult>>();

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "meshq-cache-plan-"));
    const plans = join(dir, "plans");
    try {
      writeStack(join(dir, "stacks"), "compliant", () => undefined);
      // Legacy AUTH token from a sensitive variable, the default user on, a password in configuration.
      writeStack(join(dir, "stacks"), "weakened-users", (cache, stack) => {
        const token = new TerraformVariable(stack, "cache_token", { type: "string", sensitive: true, default: "t".repeat(32) });
        cache.resource.addOverride("auth_token", token.stringValue);
        cache.defaultUser.addOverride("access_string", "on ~* +@all");
        cache.apiUser.addOverride("authentication_mode", { type: "password", passwords: ["p".repeat(32)] });
      });
      // No user group at creation, and the rotation function no longer enables the API user.
      writeStack(join(dir, "stacks"), "weakened-group", (cache) => {
        cache.resource.addOverride("user_group_ids", undefined);
        cache.rotationFunction.resource.addOverride("environment.variables.USER_ID", "another-user");
      });
      const run = spawnSync(tool, ["--plan", join(dir, "stacks")], {
        cwd: ROOT,
        encoding: "utf8",
        // The attributes these controls read (auth_token, auth_token_update_strategy, passwords) are
        // only optional in the AWS provider: left out, it plans them null, as TF_VALIDATE_OPTIONAL=null
        // does. (The default plans every optional attribute unknown, and an unknown token fails closed.)
        env: { ...process.env, TF_VALIDATE_PLAN_DIR: plans, TF_VALIDATE_OPTIONAL: "null" },
      });
      if (run.status !== 0) throw new Error(`tf-validate --plan failed:\n${run.stdout}\n${run.stderr}`);
      for (const name of ["compliant", "weakened-users", "weakened-group"]) {
        const plan = JSON.parse(readFileSync(join(plans, `${name}.json`), "utf8"));
        // The plan alone, without the synthesized configuration: what a pipeline has after `terraform show -json`.
        const report = judge(planToDocument(plan, { stack: name }), {
          stack: name,
          stackFile: "plan.json",
          controls: CONTROLS.filter((c) => AUTH.includes(c.id)),
          firstApply: false,
        });
        results.set(name, new Map(report.results.map((r) => [r.control.id, r])));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  const messages = (r: ControlResult | undefined) => (r?.findings ?? []).map((f) => `${f.address}: ${f.message}`).join("\n");

  test("the construct's plan passes both controls", () => {
    const compliant = results.get("compliant")!;
    expect(AUTH.map((id) => [id, compliant.get(id)?.status, messages(compliant.get(id))])).toEqual(AUTH.map((id) => [id, "pass", ""]));
  });

  test("MESHQ-CACHE-3 fails at plan on a token from a sensitive variable, the default user on, and a password in configuration", () => {
    const r = results.get("weakened-users")!.get("MESHQ-CACHE-3");
    expect(r?.status).toBe("fail");
    expect(messages(r)).toMatch(/aws_elasticache_replication_group\.Cache_18F6EE16: auth_token is set: a legacy AUTH token/);
    expect(messages(r)).toMatch(/aws_elasticache_user\.Cache_DefaultUser_[0-9A-F]+: the default user is on/);
    expect(messages(r)).toMatch(/user meshoptixiq-api has a password in the configuration/);
  });

  test("MESHQ-CACHE-3 and MESHQ-CACHE-7 fail at plan without a user group, and without the rotation that enables the user", () => {
    const weakened = results.get("weakened-group")!;
    expect(weakened.get("MESHQ-CACHE-3")?.status).toBe("fail");
    expect(messages(weakened.get("MESHQ-CACHE-3"))).toMatch(/no user group at creation/);
    expect(weakened.get("MESHQ-CACHE-7")?.status).toBe("fail");
    expect(messages(weakened.get("MESHQ-CACHE-7"))).toMatch(/no rotation function enables this user/);
  });
});
