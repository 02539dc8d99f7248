import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { flavour, KUBERNETES_BINDINGS_PACKAGE, missingBindingMessage, providerModulePath } from "../../lib/compat/flavour";
import * as ts from "typescript";

/**
 * The Kubernetes bindings for CDK Terrain are a companion package of their own,
 * bindings/kubernetes, released with the library at the same version (docs/cdk-terrain.md,
 * docs/releasing.md).
 */
const ROOT = join(__dirname, "..", "..");
const COMPANION = join(ROOT, "bindings", "kubernetes");

interface Manifest {
  name: string;
  version: string;
  license: string;
  repository: { url: string; directory?: string };
  files: string[];
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  publishConfig: { access: string; provenance: boolean };
  dependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
}

const read = (path: string): Manifest => JSON.parse(readFileSync(path, "utf8")) as Manifest;
const main = read(join(ROOT, "package.json"));
const companion = read(join(COMPANION, "package.json"));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

test("the companion is the package the library loads under CDK Terrain, at the library's version", () => {
  expect(companion.name).toBe(KUBERNETES_BINDINGS_PACKAGE);
  expect(companion.version).toBe(main.version);
  // an optional peer of the library, pinned to the version released with it
  expect(main.peerDependencies[KUBERNETES_BINDINGS_PACKAGE]).toBe(main.version);
  expect(main.peerDependenciesMeta?.[KUBERNETES_BINDINGS_PACKAGE]?.optional).toBe(true);
  // it needs the CDK Terrain core the library accepts, and nothing else at run time
  expect(companion.peerDependencies.cdktn).toBe(main.peerDependencies.cdktn);
  expect(Object.keys(companion.peerDependencies).sort()).toEqual(["cdktn", "constructs"]);
  expect(companion.dependencies).toBeUndefined();
});

test("the companion publishes like the library: same repository (its folder named), license, public access with provenance", () => {
  expect(companion.repository.url).toBe(main.repository.url);
  expect(companion.repository.directory).toBe("bindings/kubernetes");
  expect(companion.license).toBe(main.license);
  expect(readFileSync(join(COMPANION, "LICENSE"), "utf8")).toBe(readFileSync(join(ROOT, "LICENSE"), "utf8"));
  expect(companion.publishConfig).toEqual(main.publishConfig);
  // compiled modules only, reached by deep path (<package>/lib/<module>) as provider packages are
  expect(companion.files).toEqual(["lib/**/*.js", "lib/**/*.d.ts"]);
  expect(Object.keys(companion.exports ?? {})).toEqual(["./lib/*", "./package.json"]);
  // and the library no longer ships them
  expect(main.files.filter((f) => /bindings/.test(f))).toEqual([]);
});

test("the companion's modules are the generator's output as is: they import cdktn and constructs directly, no seam", () => {
  const problems = tsFiles(join(COMPANION, "src")).flatMap((f) =>
    ts
      .preProcessFile(readFileSync(f, "utf8"), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((m) => !m.startsWith("./") && m !== "cdktn" && m !== "constructs")
      .map((m) => `${relative(ROOT, f)}: ${m}`),
  );
  expect(problems).toEqual([]);
});

test("a missing companion fails with MESHQ-CDK-FLAVOUR, naming the package and the version to install", () => {
  const message = missingBindingMessage("cdktn", "kubernetes", "deployment-v1", "0.3.1");
  expect(message).toMatch(/^\[MESHQ-CDK-FLAVOUR\] /);
  expect(message).toContain(`npm install ${KUBERNETES_BINDINGS_PACKAGE}@0.3.1`);
  expect(message).toContain("module deployment-v1");
  expect(missingBindingMessage("cdktn", "aws", "lb", "0.3.1")).toMatch(/needs the provider bindings "@cdktn\/provider-aws" \(module lb\)/);
});

test("the library's Kubernetes modules load from the flavour's package: the installed companion under CDK Terrain (never the checkout), @cdktf/provider-kubernetes under cdktf", () => {
  const current = flavour();
  const pkg = current === "cdktn" ? KUBERNETES_BINDINGS_PACKAGE : "@cdktf/provider-kubernetes";
  for (const module of readdirSync(join(COMPANION, "src"))) {
    const resolved = require.resolve(providerModulePath(current, "kubernetes", module));
    expect(resolved).toMatch(new RegExp(`node_modules/${pkg}/lib/${module}/index\\.js$`));
  }
});
