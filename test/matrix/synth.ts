// Synthesizes every combination of the configuration matrix, in one process, into
// cdktf.out/matrix/stacks/<name>. The guard and the structural checks run on each; a combination
// the library refuses must fail while the stack is built, with the MESHQ error that
// EXPECTED_REFUSALS lists for it. Prints one line per combination and writes
// cdktf.out/matrix/matrix.json. Exits 1 when a combination fails any other way, is refused without
// being listed (or with another error), when a listed refusal synthesizes, or when there is no
// combination at all.
import { readFileSync, writeFileSync, mkdirSync } from "fs";
import { join } from "path";
import { App } from "../../lib/compat/core";
import { HardeningError } from "../../lib/core/errors";
import { structuralFindings } from "../structure/checks";
import { buildEntry, matrix } from "./combinations";

/**
 * Combinations the library refuses by design, by stack name, with the error each must fail with.
 * Every combination of today's matrix synthesizes, so the list is empty: any refusal is a failure.
 */
export const EXPECTED_REFUSALS: Readonly<Record<string, RegExp>> = {};

process.env.MESHQ_GUARD_QUIET = "1";
const outdir = process.argv[2] ?? join("cdktf.out", "matrix");
mkdirSync(outdir, { recursive: true });
const results = matrix().map((entry) => {
  const app = new App({ outdir, skipValidation: false });
  try {
    buildEntry(app, entry);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    const refused = error instanceof HardeningError || /^\[MESHQ-[A-Z0-9-]+\]/.test(message);
    const expected = EXPECTED_REFUSALS[entry.name];
    if (refused && expected?.test(message)) return { ...entry, status: "refused", message };
    return {
      ...entry,
      status: "failed",
      message: refused ? `refused, but not with an expected refusal (EXPECTED_REFUSALS): ${message}` : message,
    };
  }
  if (EXPECTED_REFUSALS[entry.name]) {
    try {
      app.synth();
    } catch {
      // judged below as a failure either way
    }
    return { ...entry, status: "failed", message: `expected to be refused (${EXPECTED_REFUSALS[entry.name]}), but it was built` };
  }
  try {
    app.synth();
    // the deploy-time structure checks (names by reference, drainable PDBs, first-sync secrets, writable mounts)
    const tf = JSON.parse(readFileSync(join(outdir, "stacks", entry.name, "cdk.tf.json"), "utf8"));
    const findings = structuralFindings(tf);
    if (findings.length > 0) return { ...entry, status: "failed", message: findings.slice(0, 5).join(" | ") };
    return { ...entry, status: "synthesized" };
  } catch (error) {
    return { ...entry, status: "failed", message: (error as Error).message.split("\n").slice(0, 6).join(" | ") };
  }
});
for (const r of results) {
  const opts = Object.entries(r.options)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  console.log(`${r.status.padEnd(11)} ${r.name}  ${opts}${"message" in r && r.message ? `\n            ${r.message}` : ""}`);
}
writeFileSync(join(outdir, "matrix.json"), JSON.stringify(results, null, 2));
const count = (s: string) => results.filter((r) => r.status === s).length;
console.log(
  `matrix: ${results.length} combinations, ${count("synthesized")} synthesized, ${count("refused")} refused at build, ${count("failed")} failed`,
);
const stale = Object.keys(EXPECTED_REFUSALS).filter((name) => !results.some((r) => r.name === name));
for (const name of stale) console.log(`failed      ${name}: listed in EXPECTED_REFUSALS, but the matrix has no such combination`);
if (results.length === 0) console.log("matrix: no combination: nothing was judged");
if (count("failed") > 0 || stale.length > 0 || results.length === 0) process.exit(1);
