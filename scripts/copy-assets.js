// Copies the non-TypeScript files the library reads at synth (the Neo4j rotation scripts, the Vault rotators) and the
// compatibility seam's JavaScript and declarations into dist/.
const { cpSync, mkdirSync, readdirSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const from = join(root, "lib", "neo4j", "rotation");
const to = join(root, "dist", "neo4j", "rotation");
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from).filter((f) => f.endsWith(".sh") || f.endsWith(".mjs"))) cpSync(join(from, file), join(to, file));
// The Vault rotators' scripts and their shared client.
const vaultFrom = join(root, "lib", "secrets", "vault", "rotation");
const vaultTo = join(root, "dist", "secrets", "vault", "rotation");
mkdirSync(vaultTo, { recursive: true });
for (const file of readdirSync(vaultFrom).filter((f) => f.endsWith(".mjs"))) cpSync(join(vaultFrom, file), join(vaultTo, file));

// The compatibility seam's modules are pairs of JavaScript and declarations written by
// scripts/compat-codemod.mjs (tsc compiles neither): lib/compat and its provider folders.
for (const dir of ["", "aws", "kubernetes"]) {
  const src = join(root, "lib", "compat", dir);
  const dest = join(root, "dist", "compat", dir);
  mkdirSync(dest, { recursive: true });
  for (const file of readdirSync(src).filter((f) => f.endsWith(".js") || f.endsWith(".d.ts"))) cpSync(join(src, file), join(dest, file));
}

// The TypeScript runner of the templates (`node -r @meshoptixiq/cdktf-hardened/register main.ts`):
// the same file this repository runs its own scripts with.
cpSync(join(root, "scripts", "register.js"), join(root, "dist", "register.js"));
cpSync(join(root, "scripts", "lazy-stack-traces.js"), join(root, "dist", "lazy-stack-traces.js"));
