import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// `npm run validate` where the provider registry cannot be reached: a CLI configuration that sends
// provider installation to a closed loopback port stands for an offline machine, deterministically.
const ROOT = join(__dirname, "..", "..");
const hasTerraform = spawnSync("terraform", ["version"]).status === 0;
const testTerraform = hasTerraform ? test : test.skip;

testTerraform("without the registry: the real cause, how to validate offline, and nothing left in the temporary folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "meshq-validate-test-"));
  const stack = join(dir, "stacks", "offline");
  mkdirSync(stack, { recursive: true });
  writeFileSync(
    join(stack, "cdk.tf.json"),
    JSON.stringify({ terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "6.25.0" } } } }),
  );
  const cli = join(dir, "terraformrc");
  writeFileSync(cli, 'provider_installation {\n  network_mirror {\n    url = "https://127.0.0.1:9/"\n  }\n}\n');
  const scratch = join(dir, "tmp");
  mkdirSync(scratch);
  const env: NodeJS.ProcessEnv = { ...process.env, TF_CLI_CONFIG_FILE: cli, TMPDIR: scratch };
  delete env.TF_VALIDATE;
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "validate.mjs"), join(dir, "stacks")], { encoding: "utf8", env });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(
    /^validate: terraform init failed for offline: Failed to query available provider packages: .*connection refused/m,
  );
  expect(r.stderr).toMatch(/set TF_VALIDATE to an offline validator command/);
  expect(r.stderr).toMatch(/terraform providers mirror/);
  expect(readdirSync(scratch)).toEqual([]);
});
