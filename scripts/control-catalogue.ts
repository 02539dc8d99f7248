// Regenerates the control catalogue in README.md from lib/guard/catalogue.ts.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { catalogueMarkdown } from "../lib/guard/catalogue";

const README = join(__dirname, "..", "README.md");
const START = "<!-- controls:start -->";
const END = "<!-- controls:end -->";
const text = readFileSync(README, "utf8");
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < 0) throw new Error(`README.md needs ${START} and ${END} markers`);
writeFileSync(README, `${text.slice(0, start + START.length)}\n${catalogueMarkdown()}\n${text.slice(end)}`);
console.log("README.md control catalogue updated");
