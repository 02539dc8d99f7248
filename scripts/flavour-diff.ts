// Compares what the two flavours synthesized: `ts-node --swc scripts/flavour-diff.ts CDKTF_OUT CDKTN_OUT [SUBDIR...]`
// (SUBDIR defaults to `stacks` and `matrix/stacks`). For every stack, cdk.tf.json and the hardening
// report must be the same once the expected differences are set aside:
//   - the version stamp of the core package (`//.metadata.version`),
//   - the provider versions in `terraform.required_providers.*.version`,
//   - a provider source written another way for the same address (`aws`, `hashicorp/aws`),
//   - the project folder in absolute paths (a local backend's state file).
// Every other difference fails, and so does a stack or a resource address found under one flavour
// only. Prints `== STACK: same|N unexpected differences`, then a last line
// `flavour diff: N stacks, A resource addresses, E expected differences, U unexpected differences`.
// Exit 0 only when U is 0, the addresses match and N > 0.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";

export interface Difference {
  readonly path: string;
  readonly left: unknown;
  readonly right: unknown;
}

/** A provider source address in full: `aws` and `hashicorp/aws` are registry.terraform.io/hashicorp/aws. */
export function providerAddress(source: unknown): string | undefined {
  if (typeof source !== "string") return undefined;
  const parts = source.toLowerCase().split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return parts.length === 3 ? parts.join("/") : undefined;
}

/** The reason a difference is expected between the flavours, or undefined: a failure. */
export function expectedDifference(d: Difference): string | undefined {
  if (d.path === "//.metadata.version") return "version stamp of the core package";
  if (/^terraform\.required_providers\.[^.]+\.version$/.test(d.path)) return "provider version";
  if (/^terraform\.required_providers\.[^.]+\.source$/.test(d.path)) {
    const address = providerAddress(d.left);
    if (address !== undefined && address === providerAddress(d.right)) return `the same provider address ${address}, written two ways`;
  }
  return undefined;
}

/** Every leaf where the two documents differ, as dotted paths. */
export function differences(left: unknown, right: unknown, path = ""): Difference[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  if (isObject(left) && isObject(right) && Array.isArray(left) === Array.isArray(right)) {
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
    return keys.flatMap((k) => differences(left[k], right[k], path === "" ? k : `${path}.${k}`));
  }
  return JSON.stringify(left) === JSON.stringify(right) ? [] : [{ path, left, right }];
}

/** `type.name` for every resource, `data.type.name` for every data source, `output.name` for outputs. */
export function addresses(doc: any): string[] {
  const out: string[] = [];
  for (const [type, byName] of Object.entries<Record<string, unknown>>(doc.resource ?? {}))
    out.push(...Object.keys(byName).map((n) => `${type}.${n}`));
  for (const [type, byName] of Object.entries<Record<string, unknown>>(doc.data ?? {}))
    out.push(...Object.keys(byName).map((n) => `data.${type}.${n}`));
  out.push(...Object.keys(doc.output ?? {}).map((n) => `output.${n}`));
  return out.sort();
}

/** Replaces a project folder in every string, so that absolute paths compare. */
export function withoutRoot(value: unknown, root: string): unknown {
  if (typeof value === "string") return value.split(root).join("<project>");
  if (Array.isArray(value)) return value.map((v) => withoutRoot(v, root));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRoot(v, root)]));
  }
  return value;
}

export interface StackResult {
  readonly stack: string;
  readonly expected: Array<Difference & { reason: string }>;
  readonly unexpected: Difference[];
  readonly onlyLeft: string[];
  readonly onlyRight: string[];
  readonly addresses: number;
}

export function compareStack(stack: string, left: any, right: any): StackResult {
  const diffs = differences(left, right);
  const la = addresses(left);
  const ra = addresses(right);
  return {
    stack,
    expected: diffs.flatMap((d) => {
      const reason = expectedDifference(d);
      return reason ? [{ ...d, reason }] : [];
    }),
    unexpected: diffs.filter((d) => !expectedDifference(d)),
    onlyLeft: la.filter((a) => !ra.includes(a)),
    onlyRight: ra.filter((a) => !la.includes(a)),
    addresses: la.length,
  };
}

function stacksIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(join(dir, n, "cdk.tf.json"))) : [];
}

/** The folder a synth ran in: found in the stack's local backend path or its manifest's stack traces. */
function projectRoot(out: string): string {
  return resolve(out, "..");
}

const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? "undefined";
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

function main(argv: string[]): number {
  const [leftOut, rightOut, ...subdirs] = argv;
  if (!leftOut || !rightOut) {
    console.error("usage: flavour-diff.ts CDKTF_OUT CDKTN_OUT [SUBDIR...]");
    return 2;
  }
  const dirs = subdirs.length > 0 ? subdirs : ["stacks", join("matrix", "stacks")];
  const roots = [projectRoot(leftOut), projectRoot(rightOut)];
  let stacks = 0;
  let addressCount = 0;
  let expected = 0;
  let unexpected = 0;
  let failed = false;
  for (const sub of dirs) {
    const l = stacksIn(join(leftOut, sub));
    const r = stacksIn(join(rightOut, sub));
    for (const s of l.filter((n) => !r.includes(n))) {
      console.log(`== ${sub}/${s}: synthesized by cdktf only`);
      failed = true;
    }
    for (const s of r.filter((n) => !l.includes(n))) {
      console.log(`== ${sub}/${s}: synthesized by cdktn only`);
      failed = true;
    }
    for (const s of l.filter((n) => r.includes(n)).sort()) {
      for (const file of ["cdk.tf.json", "hardening-report.json"]) {
        const lp = join(leftOut, sub, s, file);
        const rp = join(rightOut, sub, s, file);
        if (!existsSync(lp) && !existsSync(rp)) continue;
        if (!existsSync(lp) || !existsSync(rp)) {
          console.log(`== ${sub}/${s}/${file}: written by one flavour only`);
          failed = true;
          continue;
        }
        const left = withoutRoot(JSON.parse(readFileSync(lp, "utf8")), roots[0]);
        const right = withoutRoot(JSON.parse(readFileSync(rp, "utf8")), roots[1]);
        // a report's header records the flavour and the time it was made: different by design
        if (file === "hardening-report.json") for (const doc of [left, right] as Array<Record<string, unknown>>) delete doc.header;
        const result = compareStack(`${sub}/${s}`, left, right);
        const name = file === "cdk.tf.json" ? `${sub}/${s}` : `${sub}/${s}/${file}`;
        if (file === "cdk.tf.json") {
          stacks += 1;
          addressCount += result.addresses;
        }
        expected += result.expected.length;
        unexpected += result.unexpected.length;
        const addressDiff = result.onlyLeft.length + result.onlyRight.length;
        console.log(
          `== ${name}: ${result.unexpected.length === 0 && addressDiff === 0 ? "same" : `${result.unexpected.length} unexpected differences`}` +
            (file === "cdk.tf.json" ? ` (${result.addresses} addresses)` : ""),
        );
        for (const d of result.expected) console.log(`   expected (${d.reason}): ${d.path}: ${short(d.left)} -> ${short(d.right)}`);
        for (const d of result.unexpected.slice(0, 20))
          console.log(`   UNEXPECTED ${d.path}: cdktf ${short(d.left)} / cdktn ${short(d.right)}`);
        if (result.unexpected.length > 20) console.log(`   ... and ${result.unexpected.length - 20} more`);
        for (const a of result.onlyLeft) console.log(`   address under cdktf only: ${a}`);
        for (const a of result.onlyRight) console.log(`   address under cdktn only: ${a}`);
        if (addressDiff > 0) failed = true;
      }
    }
  }
  console.log(
    `flavour diff: ${stacks} stacks, ${addressCount} resource addresses, ${expected} expected differences, ${unexpected} unexpected differences`,
  );
  return failed || unexpected > 0 || stacks === 0 ? 1 : 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
