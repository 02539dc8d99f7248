// Validates every kubernetes_manifest of synthesized stacks against the custom resource schemas
// published by kubernetes-models (External Secrets, cert-manager, Cilium). It fails closed: a
// manifest whose apiVersion has no schema here fails, unless its apiVersion is one of NO_SCHEMA
// (listed with the reason it has none); a stack file that does not exist or cannot be read fails;
// and so does a run that validated no manifest at all.
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

// apiVersions that publish no schema package: judged by the kube-apiserver gate (their CRDs) and unit tests.
const NO_SCHEMA = {
  "elbv2.k8s.aws/v1beta1": "TargetGroupBinding: the AWS Load Balancer Controller publishes no schema package",
  "vpcresources.k8s.aws/v1beta1": "SecurityGroupPolicy: the VPC resource controller publishes no schema package",
};

let failures = 0;
let validated = 0;
const unknown = new Set();
const files = process.argv.slice(2);
if (files.length === 0) {
  console.log("manifests: FAIL: no stack file given: nothing would be judged");
  process.exit(1);
}
const noSchema = new Set();
for (const file of files) {
  let tf;
  try {
    tf = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.log(`FAIL ${file}: cannot read the stack: ${error.message}`);
    failures++;
    continue;
  }
  for (const [name, resource] of Object.entries(tf.resource?.kubernetes_manifest ?? {})) {
    const manifest = resource.manifest;
    const models = await modelsFor(manifest?.apiVersion);
    if (!models) {
      if (manifest?.apiVersion in NO_SCHEMA) {
        noSchema.add(`${manifest.apiVersion}/${manifest.kind}`);
        continue;
      }
      console.log(`FAIL ${file} kubernetes_manifest.${name}: no schema for apiVersion ${manifest?.apiVersion} (kind ${manifest?.kind})`);
      unknown.add(`${manifest?.apiVersion}/${manifest?.kind}`);
      failures++;
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
console.log(
  `manifests: ${validated} valid, ${failures} invalid` +
    (unknown.size ? `; unknown apiVersion: ${[...unknown].join(", ")}` : "") +
    (noSchema.size ? `; without a published schema (judged by the kube-apiserver gate): ${[...noSchema].join(", ")}` : ""),
);
if (validated === 0) console.log("manifests: FAIL: no manifest was validated: the gate would have judged nothing");
process.exit(failures > 0 || validated === 0 ? 1 : 0);
