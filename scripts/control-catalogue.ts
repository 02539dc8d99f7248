// Regenerates the control catalogue in docs/guard.md (table and scopes) from lib/guard/catalogue.ts.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { catalogueMarkdown, catalogueScopeMarkdown } from "../lib/guard/catalogue";

const FILE = join(__dirname, "..", "docs", "guard.md");
let text = readFileSync(FILE, "utf8");
for (const [name, content] of [
  ["controls", catalogueMarkdown()],
  ["scopes", catalogueScopeMarkdown()],
] as const) {
  const start = text.indexOf(`<!-- ${name}:start -->`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < 0) throw new Error(`docs/guard.md needs <!-- ${name}:start --> and <!-- ${name}:end --> markers`);
  text = `${text.slice(0, start + `<!-- ${name}:start -->`.length)}\n${content}\n${text.slice(end)}`;
}
writeFileSync(FILE, text);
console.log("docs/guard.md control catalogue updated");
