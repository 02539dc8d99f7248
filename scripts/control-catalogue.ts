// Generates the catalogues in docs/ from the code: the hardening guard's controls
// (lib/guard/catalogue.ts: the table, with links to each control's rule, the construct props that
// enforce it and the tests that prove it, and each control's scope) into docs/controls.md and the error codes (lib/core/errors.ts, with the
// descriptions of lib/core/error-catalogue.ts and the modules that raise each code) into
// docs/errors.md, and where each control is enforced (lib/guard/enforcement.ts) into
// docs/enforcement-after-apply.md, between their `<!-- …:start -->` / `<!-- …:end -->` markers.
//   npm run docs          rewrite the generated parts
//   npm run docs:check    fail when a generated part is not current (CI)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { ErrorCodeKey, errorCatalogueMarkdown } from "../lib/core/error-catalogue";
import { ErrorCodes } from "../lib/core/errors";
import { CatalogueLinks, catalogueMarkdown, catalogueScopeMarkdown, CONTROLS } from "../lib/guard/catalogue";
import { enforcementMarkdown } from "../lib/guard/enforcement";
import { Control } from "../lib/guard/model";

const ROOT = join(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

let libTexts: Map<string, string> | undefined;
/** The library's TypeScript files under a folder of lib/, sorted, with their text (read once). */
function libSources(under = "lib"): Array<[file: string, text: string]> {
  libTexts ??= new Map(
    sources(join(ROOT, "lib"))
      .sort()
      .map((f) => [f, readFileSync(f, "utf8")]),
  );
  const prefix = join(ROOT, under) + "/";
  return [...libTexts].filter(([f]) => f.startsWith(prefix));
}

/** Per error code, links to the library modules that raise it (`ErrorCodes.KEY` in their code). */
export function raisedBy(): Partial<Record<ErrorCodeKey, string[]>> {
  const result: Partial<Record<ErrorCodeKey, string[]>> = {};
  const files = libSources();
  for (const key of Object.keys(ErrorCodes) as ErrorCodeKey[]) {
    const pattern = new RegExp(`ErrorCodes\\.${key}\\b`);
    result[key] = files
      .filter(([, text]) => pattern.test(text))
      .map(([f]) => relative(ROOT, f).split("\\").join("/"))
      .map((f) => `[\`${f.replace(/^lib\//, "").replace(/\.ts$/, "")}\`](../${f})`);
  }
  return result;
}

const fromRoot = (file: string) => relative(ROOT, file).split("\\").join("/");

/** The file under lib/guard/controls/ that defines a control's rule (where its id is declared). */
export function ruleFile(control: Control): string | undefined {
  const declaration = new RegExp(`\\bid: "${control.id}"`);
  const found = libSources("lib/guard/controls").filter(([, text]) => declaration.test(text));
  return found.length === 1 ? fromRoot(found[0][0]) : undefined;
}

const propsInterfaces = new Map<string, { file: string; body: string } | undefined>();
/** The source file and text of a construct's props interface (`export interface <Construct>Props`). */
export function propsInterface(construct: string): { file: string; body: string } | undefined {
  if (!propsInterfaces.has(construct)) propsInterfaces.set(construct, findPropsInterface(construct));
  return propsInterfaces.get(construct);
}

function findPropsInterface(construct: string): { file: string; body: string } | undefined {
  const declaration = `export interface ${construct}Props`;
  const start = new RegExp(`^${declaration}\\b[^{]*\\{`, "m");
  for (const [file, text] of libSources()) {
    const match = text.includes(declaration) ? start.exec(text) : null;
    if (!match) continue;
    const end = text.indexOf("\n}", match.index);
    return { file: fromRoot(file), body: text.slice(match.index, end < 0 ? undefined : end) };
  }
  return undefined;
}

/** The reference document of a construct (docs/constructs/<kebab-case name>.md), when there is one. */
export function constructDoc(construct: string): string | undefined {
  const file = `docs/constructs/${construct.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}.md`;
  return existsSync(join(ROOT, file)) ? file : undefined;
}

/** The links of the control table in docs/controls.md. */
export const CONTROL_LINKS: CatalogueLinks = {
  root: "../",
  rule: ruleFile,
  construct: constructDoc,
  props: (construct) => propsInterface(construct)?.file,
};

/** The generated parts: file, marker name, content. */
export function generatedParts(): Array<{ file: string; marker: string; content: string }> {
  return [
    { file: "docs/controls.md", marker: "controls", content: catalogueMarkdown(CONTROL_LINKS) },
    { file: "docs/controls.md", marker: "scopes", content: catalogueScopeMarkdown() },
    { file: "docs/errors.md", marker: "errors", content: errorCatalogueMarkdown(raisedBy()) },
    { file: "docs/enforcement-after-apply.md", marker: "enforcement", content: enforcementMarkdown(CONTROLS) },
  ];
}

/** Replaces the text between a file's markers; throws when the markers are missing. */
export function withPart(text: string, marker: string, content: string, file: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file} needs ${start} and ${end} markers`);
  return `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`;
}

if (require.main === module) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const part of generatedParts()) {
    const path = join(ROOT, part.file);
    const text = readFileSync(path, "utf8");
    const next = withPart(text, part.marker, part.content, part.file);
    if (next === text) {
      console.log(`${part.file}: current`);
    } else if (check) {
      console.log(`${part.file}: NOT CURRENT, run npm run docs`);
      stale++;
    } else {
      writeFileSync(path, next);
      console.log(`${part.file}: updated`);
    }
  }
  if (stale > 0) process.exit(1);
}
