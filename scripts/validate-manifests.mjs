// Validates every kubernetes_manifest of synthesized stacks against the custom resource schemas
// published by kubernetes-models (External Secrets, cert-manager, Cilium). A manifest whose
// apiVersion/kind has no schema here is listed, not failed.
// Usage: node scripts/validate-manifests.mjs <cdk.tf.json> [...]
import { readFileSync } from "node:fs";

const groups = {
  "external-secrets.io/v1": "@kubernetes-models/external-secrets/external-secrets.io/v1",
  "cert-manager.io/v1": "@kubernetes-models/cert-manager/cert-manager.io/v1",
  "cilium.io/v2": "@kubernetes-models/cilium/cilium.io/v2",
};

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
    const module = groups[manifest.apiVersion];
    if (!module) {
      unknown.add(`${manifest.apiVersion}/${manifest.kind}`);
      continue;
    }
    const models = await import(module);
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
