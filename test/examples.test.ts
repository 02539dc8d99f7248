import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";

// Every example is a standalone project: it must install and synthesize when copied out of this
// repository (CI does exactly that), so it may not reach into the repository.
const ROOT = join(__dirname, "..");
const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const examples = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name === "node_modules" || d.name === "cdktf.out") return [];
    const path = join(dir, d.name);
    return d.isDirectory() ? tsFiles(path) : d.name.endsWith(".ts") ? [path] : [];
  });
}

test("there are examples", () => {
  expect(examples).toEqual(expect.arrayContaining(["complete", "existing-cluster", "pipeline", "postgres-backend"]));
});

describe.each(examples)("examples/%s", (name) => {
  const dir = join(ROOT, "examples", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

  test("has the files of a project: package.json, tsconfig, cdktf.json, a jest config, a test and a README", () => {
    for (const file of ["package.json", "tsconfig.json", "cdktf.json", "jest.config.js", "README.md", ".gitignore", ".npmrc"]) {
      expect([file, existsSync(join(dir, file))]).toEqual([file, true]);
    }
    expect(tsFiles(dir).some((f) => f.endsWith(".test.ts"))).toBe(true);
    const cdktf = JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8"));
    expect(cdktf.language).toBe("typescript");
    expect(cdktf.app).toMatch(/main\.ts$/);
  });

  test("depends on the library by name (the local package inside this repository) and on its peers with the same ranges", () => {
    expect(pkg.private).toBe(true);
    expect(pkg.dependencies[root.name]).toBe("file:../..");
    // the CDK for Terraform flavour's peers (cdktn, @cdktn/* and the companion Kubernetes bindings,
    // @meshoptixiq/cdktn-kubernetes-bindings, are the other flavour's, docs/cdk-terrain.md)
    // @swc/core is the TypeScript runner's (the /register entry): a development tool of the template
    const cdktfPeers = Object.entries(root.peerDependencies).filter(
      ([peer]) => !/^(cdktn|@cdktn\/|@meshoptixiq\/cdktn-kubernetes-bindings$|@swc\/core$)/.test(peer),
    );
    for (const [peer, range] of cdktfPeers) expect([peer, pkg.dependencies[peer]]).toEqual([peer, range]);
    expect(pkg.devDependencies["@swc/core"]).toBe(root.devDependencies["@swc/core"]);
    for (const [tool, version] of Object.entries(pkg.devDependencies ?? {})) {
      if (root.devDependencies[tool]) expect([tool, version]).toEqual([tool, root.devDependencies[tool]]);
    }
    expect(pkg.scripts.test).toBeDefined();
  });

  test("imports nothing from outside its folder, and the library only by its package name", () => {
    for (const file of tsFiles(dir)) {
      const specifiers = [...readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g)].map(
        (m) => m[1] ?? m[2],
      );
      for (const s of specifiers) {
        expect([file, s.startsWith("../")]).toEqual([file, false]);
        expect([file, /(^|\/)lib(\/|$)/.test(s) && s.startsWith(".")]).toEqual([file, false]);
      }
    }
  });
});

test("the deploy pipeline's Checkov gate is the repository's, with the same Checkov", () => {
  const dir = join(ROOT, "examples", "deploy-pipeline");
  expect(readFileSync(join(dir, "scripts", "checkov-gate.py"), "utf8")).toBe(
    readFileSync(join(ROOT, "scripts", "checkov-gate.py"), "utf8"),
  );
  const pin = (file: string) => /^checkov==\S+$/m.exec(readFileSync(file, "utf8"))?.[0];
  expect(pin(join(dir, "requirements-ci.txt"))).toBe(pin(join(ROOT, "requirements-ci.txt")));
  expect(pin(join(ROOT, "requirements-ci.txt"))).toBeDefined();
  // Every accepted finding of the template is accepted, with the same reason, in the repository.
  const rootAllow = JSON.parse(readFileSync(join(ROOT, "checkov-allowlist.json"), "utf8"));
  for (const entry of JSON.parse(readFileSync(join(dir, "checkov-allowlist.json"), "utf8"))) expect(rootAllow).toContainEqual(entry);
});

test("the deploy pipeline pins cdktf-cli, so that npx cdktf runs the tested CLI", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "examples", "deploy-pipeline", "package.json"), "utf8"));
  expect(pkg.devDependencies["cdktf-cli"]).toMatch(/^\d+\.\d+\.\d+$/);
  expect(pkg.devDependencies["cdktf-cli"]).toBe(root.devDependencies.cdktf);
});
