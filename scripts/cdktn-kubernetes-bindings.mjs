#!/usr/bin/env node
// Kubernetes bindings for CDK Terrain. No @cdktn/provider-kubernetes is published, so the library
// carries bindings generated with @cdktn/provider-generator from the kubernetes 2.38.0 provider
// schema, pinned to that version, for the resources it uses (lib/compat/kubernetes/*.d.ts). They are
// generated outside lib/: the modules the library imports into bindings/kubernetes/src, the sources
// of the companion package @meshoptixiq/cdktn-kubernetes-bindings (bindings/kubernetes, published
// with the library; CDK Terrain users install it), the modules only the tests import into
// test/bindings/kubernetes (never published).
//
//   node scripts/cdktn-kubernetes-bindings.mjs schema FULL.json
//       FULL.json is a `terraform providers schema -json` document for hashicorp/kubernetes
//       (for example rebuilt from @cdktf/provider-kubernetes 12.1.1 by the tf-validate extractor).
//       Writes compat/kubernetes-2.38.0.schema.json: the provider and the resources used, only.
//   node scripts/cdktn-kubernetes-bindings.mjs generate OUTDIR
//       Generates the bindings from compat/kubernetes-2.38.0.schema.json into OUTDIR/<module>/,
//       importing `cdktn`. Needs @cdktn/provider-generator, resolved from the current directory.
//   node scripts/cdktn-kubernetes-bindings.mjs place OUTDIR
//       Moves generated modules from OUTDIR into bindings/kubernetes/src (as generated: they import
//       `cdktn`) or test/bindings/kubernetes (by whether the library imports them); the test modules'
//       `cdktn` import is routed through the seam, `../../core` (test/bindings/core, a forward to
//       lib/compat/core), so that the tests run them under either flavour.
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
export const PROVIDER = "registry.terraform.io/hashicorp/kubernetes";
export const VERSION = "2.38.0";
const SCHEMA = join(ROOT, "compat", `kubernetes-${VERSION}.schema.json`);

/** The binding modules the library uses, named as in the packages (`deployment-v1`, `provider`). */
export function usedModules() {
  return readdirSync(join(ROOT, "lib", "compat", "kubernetes"))
    .filter((f) => f.endsWith(".d.ts"))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The binding modules the library itself imports (the ones that ship); the others only tests import. */
export function libraryModules() {
  const imported = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) {
        if (path !== join(ROOT, "lib", "compat")) walk(path);
      } else if (name.name.endsWith(".ts")) {
        for (const m of readFileSync(path, "utf8").matchAll(/compat\/kubernetes\/([a-z0-9-]+)["']/g)) imported.add(m[1]);
      }
    }
  };
  walk(join(ROOT, "lib"));
  return usedModules().filter((m) => imported.has(m));
}

/** Where a binding module is kept: the library's in bindings/kubernetes/src, the tests' in test/bindings/kubernetes. */
export function bindingsDir(module, library = libraryModules()) {
  return library.includes(module) ? join(ROOT, "bindings", "kubernetes", "src") : join(ROOT, "test", "bindings", "kubernetes");
}

function place(generated) {
  const library = libraryModules();
  for (const dir of [join(ROOT, "bindings", "kubernetes", "src"), join(ROOT, "test", "bindings", "kubernetes")])
    rmSync(dir, { recursive: true, force: true });
  for (const module of readdirSync(generated)) {
    const dest = join(bindingsDir(module, library), module);
    cpSync(join(generated, module), dest, { recursive: true });
    if (library.includes(module)) continue;
    const route = (dir, depth) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, name.name);
        if (name.isDirectory()) route(path, depth + 1);
        else if (name.name.endsWith(".ts"))
          writeFileSync(path, readFileSync(path, "utf8").replace(/from 'cdktn';/g, `from '${"../".repeat(depth)}core';`));
      }
    };
    route(dest, 2);
  }
  console.log(
    `placed ${library.length} library modules in bindings/kubernetes/src and ${usedModules().length - library.length} test modules in test/bindings/kubernetes`,
  );
}

/** The Terraform type of a binding module: `deployment-v1` is kubernetes_deployment_v1. */
export function terraformType(module) {
  return `kubernetes_${module.replace(/-/g, "_")}`;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  return value;
}

function schema(full) {
  const doc = JSON.parse(readFileSync(full, "utf8"));
  const provider = doc.provider_schemas?.[PROVIDER];
  if (!provider) throw new Error(`${full} has no schema for ${PROVIDER}`);
  const resources = {};
  for (const module of usedModules().filter((m) => m !== "provider")) {
    const type = terraformType(module);
    if (!provider.resource_schemas?.[type]) throw new Error(`${full} has no resource ${type}`);
    resources[type] = provider.resource_schemas[type];
  }
  const out = {
    format_version: doc.format_version ?? "1.0",
    provider_schemas: { [PROVIDER]: { provider: provider.provider, resource_schemas: resources, data_source_schemas: {} } },
    provider_versions: { [PROVIDER]: VERSION },
  };
  writeFileSync(SCHEMA, JSON.stringify(sortKeys(out)) + "\n");
  console.log(`wrote ${SCHEMA}: provider and ${Object.keys(resources).length} resources of ${PROVIDER} ${VERSION}`);
}

/**
 * Generates binding modules for `modules` from a schema document into OUTDIR/<module>/, as
 * `cdktn get` would for hashicorp/kubernetes 2.38.0. The generated code imports `cdktn`.
 */
export async function generateModules(doc, modules, outdir) {
  const require = createRequire(join(process.cwd(), "package.json"));
  const generator = require("@cdktn/provider-generator");
  const { TerraformProviderConstraint, ConstructsMakerProviderTarget, LANGUAGES } = require("@cdktn/commons");
  const provider = doc.provider_schemas[PROVIDER];
  const wanted = new Set(modules.filter((m) => m !== "provider").map(terraformType));
  const filtered = {
    ...doc,
    provider_schemas: {
      [PROVIDER]: {
        ...provider,
        resource_schemas: Object.fromEntries(Object.entries(provider.resource_schemas).filter(([t]) => wanted.has(t))),
        data_source_schemas: {},
      },
    },
    provider_versions: { [PROVIDER]: VERSION },
  };
  const code = new generator.CodeMaker();
  const gen = new generator.TerraformProviderGenerator(code, filtered);
  // name and source "kubernetes", as the prebuilt @cdktf bindings write them, so that
  // required_providers is the same under both flavours; the version pins the provider.
  const constraint = new TerraformProviderConstraint({ name: "kubernetes", source: "kubernetes", version: VERSION });
  gen.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]));
  const scratch = mkdtempSync(join(tmpdir(), "meshq-k8s-bindings-"));
  await code.save(scratch);
  const generated = join(scratch, "providers", "kubernetes");
  rmSync(outdir, { recursive: true, force: true });
  for (const module of modules) {
    if (!existsSync(join(generated, module, "index.ts")))
      throw new Error(`the generator wrote no ${module} (is ${terraformType(module)} in the schema?)`);
    cpSync(join(generated, module), join(outdir, module), { recursive: true, filter: (src) => !src.endsWith("README.md") });
  }
  rmSync(scratch, { recursive: true, force: true });
}

async function generate(outdir) {
  await generateModules(JSON.parse(readFileSync(SCHEMA, "utf8")), usedModules(), outdir);
  console.log(`generated ${usedModules().length} kubernetes binding modules (${PROVIDER} ${VERSION}) into ${outdir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [command, arg] = process.argv.slice(2);
  if (command === "schema" && arg) schema(arg);
  else if (command === "generate" && arg) await generate(resolve(arg));
  else if (command === "place" && arg) place(resolve(arg));
  else {
    console.error("usage: cdktn-kubernetes-bindings.mjs schema FULL.json | generate OUTDIR | place OUTDIR");
    process.exit(2);
  }
}
