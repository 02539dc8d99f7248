// Synthesizes every combination of the configuration matrix, in one process, into
// cdktf.out/matrix/stacks/<name>. The guard and the structural checks run on each; a combination
// the library refuses must fail while the stack is built, with a MESHQ error. Prints one line per combination and writes
// cdktf.out/matrix/matrix.json. Exits 1 when a combination fails any other way.
import { readFileSync, writeFileSync, mkdirSync } from "fs";
import { join } from "path";
import { App } from "../../lib/compat/core";
import { HardeningError } from "../../lib/core/errors";
import { structuralFindings } from "../structure/checks";
import { buildEntry, matrix } from "./combinations";

process.env.MESHQ_GUARD_QUIET = "1";
const outdir = process.argv[2] ?? join("cdktf.out", "matrix");
mkdirSync(outdir, { recursive: true });
const results = matrix().map((entry) => {
  const app = new App({ outdir, skipValidation: false });
  try {
    buildEntry(app, entry);
  } catch (error) {
    const refused = error instanceof HardeningError || /^\[MESHQ-[A-Z0-9-]+\]/.test((error as Error).message);
    return { ...entry, status: refused ? "refused" : "failed", message: (error as Error).message.split("\n")[0] };
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
if (count("failed") > 0) process.exit(1);
