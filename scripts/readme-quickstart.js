// Prints the README's quick start, one command a line, exactly as written (comments included: CI
// runs each line with bash). Fails unless there are exactly two: synthesize, then test.
const { readFileSync } = require("fs");
const { join } = require("path");

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const section = readme.split(/^## /m).find((s) => s.startsWith("Quick start"));
const block = section && /```sh\n([\s\S]*?)```/.exec(section);
const commands = block ? block[1].split("\n").filter((l) => l.trim() && !l.trim().startsWith("#")) : [];
if (commands.length !== 2 || !/^npm run synth\b/.test(commands[0]) || !/^npm test\b/.test(commands[1])) {
  console.error(`the README's quick start must be exactly two commands, npm run synth then npm test; found: ${JSON.stringify(commands)}`);
  process.exit(1);
}
console.log(commands.join("\n"));
