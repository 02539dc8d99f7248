// Synthesizes every example (examples/*/main.ts) in this process and returns each stack's parsed
// cdk.tf.json. Each example builds its own App and calls app.synth(); the App writes to
// CDKTF_OUTDIR, which points at a fresh temporary directory per example. Works under jest and under
// the repository's TypeScript loader.
//
// Under jest several test files read the same examples. Within one run each example is synthesized
// once: the file that claims it first synthesizes it and leaves the stacks in the run's folder
// (MESHQ_TEST_RUN_DIR, made by test/global-setup.js); the others read them from there, and a file
// whose example another worker is still synthesizing takes the next one first.
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { TerraformJson } from "../../lib/guard/model";

const EXAMPLES = join(__dirname, "..", "..", "examples");

/** One synthesized stack of an example. */
export interface SynthesizedExample {
  /** Folder name under examples/. */
  readonly example: string;
  /** Stack name. */
  readonly stack: string;
  /** Parsed cdk.tf.json. */
  readonly tfJson: TerraformJson;
}

/** The example folders that have a main.ts. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES)
    .filter((name) => existsSync(join(EXAMPLES, name, "main.ts")))
    .sort();
}

/** Synthesizes one example (once per test run, see above); returns its stacks. */
export function synthesizeExample(example: string): SynthesizedExample[] {
  return synthesizeShared([example]);
}

/** Synthesizes every example; returns all their stacks. */
export function synthesizeExamples(): SynthesizedExample[] {
  return synthesizeShared(exampleNames());
}

function synthesizeShared(examples: string[]): SynthesizedExample[] {
  const runDir = process.env.MESHQ_TEST_RUN_DIR;
  if (!runDir || !existsSync(runDir)) return examples.flatMap(synthesizeHere);
  const done = new Map<string, SynthesizedExample[]>();
  const result = (example: string) => join(runDir, `${example}.json`);
  const read = (example: string) => done.set(example, JSON.parse(readFileSync(result(example), "utf8")));
  // another worker may be synthesizing some of them: wait for it, at most two minutes, then do it here
  const deadline = Date.now() + 120_000;
  let waiting = examples;
  while (waiting.length > 0) {
    const later: string[] = [];
    for (const example of waiting) {
      if (existsSync(result(example))) read(example);
      else if (claim(join(runDir, `${example}.claim`))) {
        const stacks = synthesizeReleasingClaim(example, join(runDir, `${example}.claim`));
        writeFileSync(`${result(example)}.tmp`, JSON.stringify(stacks));
        renameSync(`${result(example)}.tmp`, result(example));
        done.set(example, stacks);
      } else if (Date.now() > deadline) done.set(example, synthesizeHere(example));
      else later.push(example);
    }
    if (later.length > 0) sleep(50);
    waiting = later;
  }
  return examples.flatMap((e) => done.get(e)!);
}

/** Synthesizes here; on failure, gives the claim back so that a waiting file fails on its own. */
function synthesizeReleasingClaim(example: string, claimFile: string): SynthesizedExample[] {
  try {
    return synthesizeHere(example);
  } catch (error) {
    rmSync(claimFile, { force: true });
    throw error;
  }
}

/** Creates the claim file; false when another worker has created it. */
function claim(file: string): boolean {
  try {
    closeSync(openSync(file, "wx"));
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Synthesizes one example in this process. */
function synthesizeHere(example: string): SynthesizedExample[] {
  const outdir = mkdtempSync(join(tmpdir(), `meshq-example-${example}-`));
  const saved = { outdir: process.env.CDKTF_OUTDIR, quiet: process.env.MESHQ_GUARD_QUIET };
  process.env.CDKTF_OUTDIR = outdir;
  process.env.MESHQ_GUARD_QUIET = "1";
  try {
    runModule(join(EXAMPLES, example, "main.ts"));
    const stacksDir = join(outdir, "stacks");
    return readdirSync(stacksDir)
      .sort()
      .map((stack) => ({ example, stack, tfJson: JSON.parse(readFileSync(join(stacksDir, stack, "cdk.tf.json"), "utf8")) }));
  } finally {
    restore("CDKTF_OUTDIR", saved.outdir);
    restore("MESHQ_GUARD_QUIET", saved.quiet);
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Runs a module's top level. Under jest, the first require in a test file runs it (each file has its
 * own module registry), and a second one runs it in an isolated registry; otherwise Node's cache is
 * cleared for it.
 */
function runModule(file: string): void {
  if (typeof jest === "undefined") {
    delete require.cache[require.resolve(file)];
    require(file);
  } else if (ran.has(file)) {
    jest.isolateModules(() => require(file));
  } else {
    ran.add(file);
    require(file);
  }
}
const ran = new Set<string>();

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
