// Synthesizes every example (examples/*/main.ts) in this process and returns each stack's parsed
// cdk.tf.json. Each example builds its own App and calls app.synth(); the App writes to
// CDKTF_OUTDIR, which points at a fresh temporary directory per example. Works under jest and under
// ts-node.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from "fs";
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

/** Synthesizes one example in-process; returns its stacks. */
export function synthesizeExample(example: string): SynthesizedExample[] {
  const outdir = mkdtempSync(join(tmpdir(), `meshq-example-${example}-`));
  const saved = { outdir: process.env.CDKTF_OUTDIR, quiet: process.env.MESHQ_GUARD_QUIET };
  process.env.CDKTF_OUTDIR = outdir;
  process.env.MESHQ_GUARD_QUIET = "1";
  try {
    loadFresh(join(EXAMPLES, example, "main.ts"));
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

/** Synthesizes every example; returns all their stacks. */
export function synthesizeExamples(): SynthesizedExample[] {
  return exampleNames().flatMap(synthesizeExample);
}

/** Runs a module's top level again (jest's module registry under jest, Node's cache otherwise). */
function loadFresh(file: string): void {
  if (typeof jest !== "undefined") {
    jest.isolateModules(() => require(file));
    return;
  }
  delete require.cache[require.resolve(file)];
  require(file);
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
