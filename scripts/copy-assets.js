// Copies the non-TypeScript files the library reads at synth (the Neo4j rotation scripts) into dist/.
const { cpSync, mkdirSync, readdirSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const from = join(root, "lib", "neo4j", "rotation");
const to = join(root, "dist", "neo4j", "rotation");
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from).filter((f) => f.endsWith(".sh"))) cpSync(join(from, file), join(to, file));
