// Prints the consumer app of the README: the TypeScript block right after `<!-- consumer-app -->`.
// CI installs the packed library into a fresh project and builds exactly this code.
const { readFileSync } = require("fs");
const { join } = require("path");

const MARKER = "<!-- consumer-app -->";
const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const at = readme.indexOf(MARKER);
const block = at < 0 ? null : /^\s*```ts\n([\s\S]*?)\n```/.exec(readme.slice(at + MARKER.length));
if (!block) {
  console.error(`README.md has no TypeScript block after ${MARKER}`);
  process.exit(2);
}
process.stdout.write(`${block[1]}\n`);
