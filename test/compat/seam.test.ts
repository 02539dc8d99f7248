import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import * as ts from "typescript";
import {
  flavour,
  FLAVOURS,
  KUBERNETES_BINDINGS_PACKAGE,
  PROVIDER_PACKAGES,
  providerModulePath,
  selectFlavour,
} from "../../lib/compat/flavour";

const ROOT = join(__dirname, "..", "..");
const COMPAT = join(ROOT, "lib", "compat");

/**
 * Specifiers that name the CDK core or a provider package (tools such as the generator excepted),
 * the companion Kubernetes bindings for CDK Terrain among them.
 */
export const CDK_PACKAGE =
  /^(cdktf|cdktn)(\/|$)|^@(cdktf|cdktn)\/provider-(?!generator(\/|$)|schema(\/|$))|^@meshoptixiq\/cdktn-kubernetes-bindings(\/|$)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (["node_modules", "cdktf.out", "dist", "coverage", ".venv"].includes(name)) return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

/** Every module a file loads: imports, re-exports, require() and import(), as TypeScript reads them. */
export function loadedModules(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The seam: lib/compat itself. */
function inSeam(file: string): boolean {
  return !relative(COMPAT, file).startsWith("..");
}

// Not examples/: they are users' templates, with their own package.json, and import the flavour a
// user installs (cdktf as written; the cdktn leg runs them as a CDK Terrain user writes them).
const all = ["lib", "test", "scripts"].flatMap((d) => files(join(ROOT, d)));

test("no file outside lib/compat loads the CDK core or a provider package", () => {
  const offenders = all
    .filter((f) => !inSeam(f))
    .flatMap((f) =>
      loadedModules(readFileSync(f, "utf8"))
        .filter((m) => CDK_PACKAGE.test(m))
        .map((m) => `${relative(ROOT, f)}: ${m}`),
    );
  expect(offenders).toEqual([]);
});

test("the seam: declarations name each package by deep path, code loads them only through lib/compat/flavour.ts", () => {
  const seam = all.filter(inSeam);
  expect(seam.filter((f) => f.endsWith(".d.ts")).length).toBeGreaterThan(40);
  const deep = (spec: string) =>
    /^(cdktf|cdktn)(\/lib\/testing\/adapters\/jest)?$/.test(spec) || /^@(cdktf|cdktn)\/provider-[a-z0-9-]+\/lib\/[a-z0-9-]+$/.test(spec);
  const problems = seam.flatMap((f) => {
    const text = readFileSync(f, "utf8");
    const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
    return sf.statements.flatMap((s) => {
      if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier))
        return [];
      const spec = s.moduleSpecifier.text;
      if (!CDK_PACKAGE.test(spec)) return [];
      // declaration files load nothing; in code, only `import type`
      const typeOnly = f.endsWith(".d.ts") || (ts.isImportDeclaration(s) ? s.importClause?.isTypeOnly === true : s.isTypeOnly);
      return typeOnly && deep(spec)
        ? []
        : [`${relative(ROOT, f)}: ${spec}${typeOnly ? "" : " (loaded at run time)"}${deep(spec) ? "" : " (not a deep path)"}`];
    });
  });
  // and no require() or import() of a package in the seam's code: lib/compat/flavour.ts builds each path
  for (const f of seam.filter((f) => !f.endsWith(".d.ts"))) {
    const loads = loadedModules(readFileSync(f, "utf8")).filter((m) => CDK_PACKAGE.test(m));
    const runtime = f.endsWith(".js") ? loads : [];
    problems.push(...runtime.map((m) => `${relative(ROOT, f)}: require("${m}")`));
  }
  expect(problems).toEqual([]);
});

test("every seam module is a pair: declarations and the code that loads the flavour's values", () => {
  const unpaired: string[] = [];
  for (const dir of [COMPAT, join(COMPAT, "aws"), join(COMPAT, "kubernetes")]) {
    const names = readdirSync(dir);
    for (const n of names.filter((n) => n.endsWith(".d.ts")))
      if (!names.includes(n.replace(/\.d\.ts$/, ".js"))) unpaired.push(join(dir, n));
    for (const n of names.filter((n) => n.endsWith(".js"))) if (!names.includes(n.replace(/\.js$/, ".d.ts"))) unpaired.push(join(dir, n));
  }
  expect(unpaired.map((f) => relative(ROOT, f))).toEqual([]);
  expect(readFileSync(join(COMPAT, "core.js"), "utf8")).toMatch(/require\("\.\/flavour"\)\.loadCore\(\)/);
});

test("the guard sees every way of loading a module", () => {
  const found = loadedModules(
    [
      'import { App } from "cdktf";',
      'import type { IAspect } from "cdktn";',
      'export { Token } from "cdktf";',
      'const { Lb } = require("@cdktn/provider-aws/lib/lb");',
      'const p = import("@cdktf/provider-kubernetes");',
      'const g = require("@cdktn/provider-generator");',
      'const k = require("@meshoptixiq/cdktn-kubernetes-bindings/lib/manifest");',
    ].join("\n"),
  );
  expect(found.filter((m) => CDK_PACKAGE.test(m))).toEqual([
    "cdktf",
    "cdktn",
    "cdktf",
    "@cdktn/provider-aws/lib/lb",
    "@cdktf/provider-kubernetes",
    "@meshoptixiq/cdktn-kubernetes-bindings/lib/manifest",
  ]);
});

test("the codemod has nothing left to convert (run `node scripts/compat-codemod.mjs` after a merge)", () => {
  const out = execFileSync(process.execPath, [join(ROOT, "scripts", "compat-codemod.mjs"), "--check"], { encoding: "utf8" });
  expect(out).toMatch(/0 file\(s\) to change/);
});

describe("flavour selection", () => {
  const only =
    (...names: string[]) =>
    (name: string) =>
      names.includes(name);

  test("cdktf when it is installed, cdktn otherwise", () => {
    expect(selectFlavour(only("cdktf"))).toBe("cdktf");
    expect(selectFlavour(only("cdktn"))).toBe("cdktn");
    expect(selectFlavour(only("cdktf", "cdktn"))).toBe("cdktf");
  });

  test("MESHQ_CDK_FLAVOUR picks one where both are installed, and must name an installed one", () => {
    expect(selectFlavour(only("cdktf", "cdktn"), "cdktn")).toBe("cdktn");
    expect(selectFlavour(only("cdktf", "cdktn"), "")).toBe("cdktf");
    expect(() => selectFlavour(only("cdktf"), "cdktn")).toThrow(/MESHQ_CDK_FLAVOUR is "cdktn", but the package "cdktn" is not installed/);
    expect(() => selectFlavour(only("cdktf"), "terraform")).toThrow(/use "cdktf" or "cdktn"/);
  });

  test("neither installed: an error that names both", () => {
    expect(() => selectFlavour(only())).toThrow(/Neither cdktf nor cdktn is installed.*cdktf 0\.21.*cdktn 0\.24/s);
  });

  test("provider modules are deep paths under each flavour", () => {
    for (const f of FLAVOURS) {
      expect(providerModulePath(f, "aws", "iam-role")).toBe(`${PROVIDER_PACKAGES[f].aws}iam-role`);
      expect(providerModulePath(f, "kubernetes", "manifest")).toMatch(/^(@[a-z0-9-]+\/)?[a-z0-9-]+\/lib\/manifest$/);
      expect(() => providerModulePath(f, "aws", "")).toThrow(/deep path only/);
      expect(() => providerModulePath(f, "kubernetes", "../index")).toThrow(/deep path only/);
    }
    expect(providerModulePath("cdktn", "aws", "lb")).toBe("@cdktn/provider-aws/lib/lb");
    expect(providerModulePath("cdktn", "kubernetes", "manifest")).toBe(`${KUBERNETES_BINDINGS_PACKAGE}/lib/manifest`);
  });

  test("every provider module of the seam resolves under this installation's flavour, and has a Kubernetes binding for cdktn", () => {
    const current = flavour();
    const missing: string[] = [];
    for (const provider of ["aws", "kubernetes"] as const) {
      for (const f of readdirSync(join(COMPAT, provider)).filter((n) => n.endsWith(".d.ts"))) {
        const module = f.slice(0, -5);
        const path = providerModulePath(current, provider, module);
        // the library's Kubernetes modules are in the companion package (built from
        // bindings/kubernetes/src), the tests' own in test/bindings/kubernetes
        const carried = [join(ROOT, "bindings", "kubernetes", "src", module), join(ROOT, "test", "bindings", "kubernetes", module)];
        const inCheckout = carried.some((dir) => existsSync(join(dir, "index.ts")));
        try {
          require.resolve(path);
        } catch {
          if (!(provider === "kubernetes" && current === "cdktn" && existsSync(join(carried[1], "index.ts"))))
            missing.push(`${current}: ${path}`);
        }
        if (provider === "kubernetes" && !inCheckout) {
          missing.push(`cdktn: the binding ${module} (run scripts/flavour-cdktn.sh --update-bindings)`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

test("the Kubernetes bindings for CDK Terrain live outside lib/: the library's modules in bindings/kubernetes/src (the companion package), the tests' own in test/bindings/kubernetes (never published)", () => {
  const importedBy = (dir: string) =>
    new Set(
      files(join(ROOT, dir))
        .filter((f) => relative(COMPAT, f).startsWith(".."))
        .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/compat\/kubernetes\/([a-z0-9-]+)["']/g)].map((m) => m[1])),
    );
  const library = importedBy("lib");
  const tests = importedBy("test");
  const shipped = readdirSync(join(ROOT, "bindings", "kubernetes", "src")).sort();
  const testOnly = readdirSync(join(ROOT, "test", "bindings", "kubernetes")).sort();
  expect(shipped).toEqual([...library].sort());
  expect(testOnly).toEqual([...tests].filter((m) => !library.has(m)).sort());
  // lib/ holds no generated bindings
  expect(files(join(ROOT, "lib")).filter((f) => readFileSync(f, "utf8").startsWith("// generated from terraform resource schema"))).toEqual(
    [],
  );
});
