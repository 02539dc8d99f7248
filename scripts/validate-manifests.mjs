// Validates every kubernetes_manifest of synthesized stacks against the custom resource schemas
// published by kubernetes-models (External Secrets, cert-manager, Cilium). A manifest whose
// apiVersion/kind has no schema here is listed, not failed.
// Usage: node scripts/validate-manifests.mjs <cdk.tf.json> [...]
// The schemas are a project of their own (tools/manifest-schemas: they declare Node 22, the
// repository supports Node 20): npm ci --prefix tools/manifest-schemas
import { existsSync, readFileSync } from "node:fs";

const schemas = new URL("../tools/manifest-schemas/", import.meta.url);
if (!existsSync(new URL("node_modules/@kubernetes-models", schemas))) {
  console.log("manifests: the schemas are not installed; run npm ci --prefix tools/manifest-schemas");
  process.exit(2);
}
const { modelsFor } = await import(new URL("index.mjs", schemas));

// Values Terraform fills in at apply time (`${aws_….arn}`) cannot be judged here; they stand in as
// a neutral, schema-compatible string so that every literal field is still validated.
const TF_INTERPOLATION = /^\$\{[^}]+\}$/;
function literalize(value) {
  if (typeof value === "string") return TF_INTERPOLATION.test(value) ? "tf-interpolated" : value;
  if (Array.isArray(value)) return value.map(literalize);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literalize(v)]));
  return value;
}

let failures = 0;
let validated = 0;
const unknown = new Set();
for (const file of process.argv.slice(2)) {
  const tf = JSON.parse(readFileSync(file, "utf8"));
  for (const [name, resource] of Object.entries(tf.resource?.kubernetes_manifest ?? {})) {
    const manifest = resource.manifest;
    const models = await modelsFor(manifest.apiVersion);
    if (!models) {
      unknown.add(`${manifest.apiVersion}/${manifest.kind}`);
      continue;
    }
    const Model = models[manifest.kind];
    if (!Model) {
      console.log(`FAIL ${file} ${name}: no kind ${manifest.kind} in ${manifest.apiVersion}`);
      failures++;
      continue;
    }
    try {
      new Model(literalize(manifest)).validate();
      validated++;
    } catch (error) {
      console.log(`FAIL ${file} kubernetes_manifest.${name} (${manifest.kind}): ${error.message}`);
      failures++;
    }
  }
}
console.log(`manifests: ${validated} valid, ${failures} invalid${unknown.size ? `; no schema here for ${[...unknown].join(", ")}` : ""}`);
process.exit(failures > 0 ? 1 : 0);
