#!/usr/bin/env node
// Kubernetes bindings for CDK Terrain. No @cdktn/provider-kubernetes is published, so the library
// carries bindings generated with @cdktn/provider-generator from the kubernetes 2.38.0 provider
// schema, pinned to that version, for the resources it uses (lib/compat/kubernetes/*.d.ts).
//
//   node scripts/cdktn-kubernetes-bindings.mjs schema FULL.json
//       FULL.json is a `terraform providers schema -json` document for hashicorp/kubernetes
//       (for example rebuilt from @cdktf/provider-kubernetes 12.1.1 by the tf-validate extractor).
//       Writes compat/kubernetes-2.38.0.schema.json: the provider and the resources used, only.
//   node scripts/cdktn-kubernetes-bindings.mjs generate OUTDIR
//       Generates the bindings from compat/kubernetes-2.38.0.schema.json into OUTDIR/<module>/,
//       importing `cdktn` (scripts/compat-codemod.mjs then routes that import through lib/compat).
//       Needs @cdktn/provider-generator, resolved from the current directory.
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
  else {
    console.error("usage: cdktn-kubernetes-bindings.mjs schema FULL.json | generate OUTDIR");
    process.exit(2);
  }
}
