import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fixture, stackProps } from "../util";

// What a user sees when the app runs outside the cdktf CLI (`npm run synth`, the templates' synth
// scripts): the CLI prints annotations, a plain node run does not, so the guard prints them itself.
const ROOT = join(__dirname, "..", "..");

function runApp(env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), "meshq-synth-output-"));
  const props = stackProps({ neo4jImages: { ...fixture.neo4jImages, awsCliImage: "amazon/aws-cli:2.22.0" } });
  writeFileSync(
    join(dir, "main.ts"),
    // App from the library's own core package (cdktf, or cdktn under CDK Terrain)
    `import { App } from ${JSON.stringify(join(ROOT, "lib", "compat", "core"))};
import { HardenedMeshStack } from "@meshoptixiq/cdktf-hardened";
const app = new App();
new HardenedMeshStack(app, "shown", ${JSON.stringify(props)});
app.synth();
`,
  );
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: join(ROOT, "node_modules"), CDKTF_OUTDIR: join(dir, "out"), ...env };
  delete childEnv.JEST_WORKER_ID;
  const r = spawnSync(process.execPath, ["-r", "./scripts/register.js", "-r", "./scripts/local-package.js", join(dir, "main.ts")], {
    cwd: ROOT,
    encoding: "utf8",
    env: childEnv,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

test("a plain node synth prints every control, every warning, and ends with the counts and where the reports are", () => {
  const { stdout, stderr, status } = runApp();
  expect(status).toBe(0);
  expect(stdout).toMatch(/^PASS {11}MESHQ-KEY-1 /m);
  expect(stderr).toMatch(
    /^WARNING shown\/Neo4j: \[MESHQ-IMAGE\] EncryptedNeo4j: awsCliImage "amazon\/aws-cli:2\.22\.0" uses a mutable tag/m,
  );
  // the guard reports the accepted tag once (MESHQ-IMAGE-1 warns, never fails)
  expect(stderr).toMatch(/\[MESHQ-IMAGE-1\] .*"amazon\/aws-cli:2\.22\.0" is pinned by a tag only/);
  const last = stdout.trim().split("\n").pop();
  expect(last).toMatch(
    /^meshq-guard shown: \d+ passed, 0 failed, 1 warned, \d+ not applicable; 2 warning\(s\); reports: .*out\/stacks\/shown\/hardening-report\.\{md,json,sarif\}$/,
  );
});

test("MESHQ_GUARD_QUIET=1 leaves out the list of controls, never the warnings or the closing line", () => {
  const { stdout, stderr } = runApp({ MESHQ_GUARD_QUIET: "1" });
  expect(stdout).not.toMatch(/MESHQ-KEY-1/);
  expect(stderr).toMatch(/WARNING shown\/Neo4j: \[MESHQ-IMAGE\]/);
  expect(stdout.trim().split("\n").pop()).toMatch(/^meshq-guard shown: .* 2 warning\(s\); reports: /);
});
