#!/usr/bin/env node
// The Terraform addresses of every example stack, with a short digest of each resource's
// configuration, checked in as etc/terraform-addresses.json.
//
//   node scripts/address-report.mjs          # write the report from cdktf.out/stacks
//   node scripts/address-report.mjs --check  # CI: fail when it differs from the checked-in one
//
// A change of the report shows, in the commit that makes it, which resources were added, removed
// or changed. A removed address of a stateful resource (data, keys, secrets, logs, namespaces)
// would destroy it on the next apply: --check refuses it outright, with or without the report
// updated, unless the stack gains a `moved` block for it.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
const reportFile = join(root, "etc", "terraform-addresses.json");
const stacksDir = join(root, "cdktf.out", "stacks");

/** Resource types whose replacement loses data or identity. */
export const STATEFUL_TYPES = [
  "aws_db_instance",
  "aws_elasticache_replication_group",
  "aws_kms_key",
  "aws_kms_alias",
  "aws_secretsmanager_secret",
  "aws_s3_bucket",
  "aws_cloudwatch_log_group",
  "aws_lb",
  "aws_acm_certificate",
  "aws_iam_openid_connect_provider",
  "kubernetes_namespace_v1",
  "kubernetes_stateful_set_v1",
  "kubernetes_persistent_volume_claim_v1",
  "kubernetes_storage_class_v1",
];

/** A digest of a configuration that ignores key order and cdktf's metadata. */
function digest(value) {
  const canonical = (v) =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .filter((k) => k !== "//")
              .sort()
              .map((k) => [k, canonical(v[k])]),
          )
        : v;
  return createHash("sha256")
    .update(JSON.stringify(canonical(value)))
    .digest("hex")
    .slice(0, 12);
}

function current() {
  if (!existsSync(stacksDir)) throw new Error("no cdktf.out/stacks: run npm run synth:examples first");
  const out = {};
  for (const stack of readdirSync(stacksDir).sort()) {
    const file = join(stacksDir, stack, "cdk.tf.json");
    if (!existsSync(file)) continue;
    const tf = JSON.parse(readFileSync(file, "utf8"));
    const resources = {};
    for (const [type, byName] of Object.entries(tf.resource ?? {})) {
      for (const [name, config] of Object.entries(byName)) resources[`${type}.${name}`] = digest(config);
    }
    const moved = (tf.moved ?? []).map((m) => m.from);
    out[stack] = { resources: Object.fromEntries(Object.entries(resources).sort()), ...(moved.length ? { moved } : {}) };
  }
  return out;
}

const now = current();
if (!process.argv.includes("--check")) {
  writeFileSync(reportFile, JSON.stringify(now, null, 2) + "\n");
  console.log(`address report: ${Object.keys(now).length} stacks written to etc/terraform-addresses.json`);
  process.exit(0);
}

const before = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, "utf8")) : {};
const lines = [];
let destroyed = 0;
for (const stack of [...new Set([...Object.keys(before), ...Object.keys(now)])].sort()) {
  const a = before[stack]?.resources ?? {};
  const b = now[stack]?.resources ?? {};
  const moved = new Set(now[stack]?.moved ?? []);
  for (const address of Object.keys(a).filter((x) => !(x in b))) {
    const stateful = STATEFUL_TYPES.includes(address.split(".")[0]) && !moved.has(address);
    if (stateful) destroyed++;
    lines.push(`${stateful ? "DESTROYS" : "removed "} ${stack}: ${address}`);
  }
  for (const address of Object.keys(b).filter((x) => !(x in a))) lines.push(`added    ${stack}: ${address}`);
  for (const address of Object.keys(b).filter((x) => x in a && a[x] !== b[x])) lines.push(`changed  ${stack}: ${address}`);
}
for (const line of lines) console.log(line);
if (destroyed > 0) {
  console.log(`address check: ${destroyed} stateful resource(s) would be destroyed; keep their construct ids, or add a moved block`);
  process.exit(1);
}
if (lines.length > 0) {
  console.log(
    "address check: the synthesized stacks differ from etc/terraform-addresses.json; run node scripts/address-report.mjs and commit the report with the change",
  );
  process.exit(1);
}
console.log(`address check: ${Object.keys(now).length} stacks, addresses and configurations as recorded`);
