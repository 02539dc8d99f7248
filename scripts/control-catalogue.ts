// Generates the catalogues in docs/ from the code: the hardening guard's controls
// (lib/guard/catalogue.ts: the table and each control's scope) into docs/controls.md and the error codes (lib/core/errors.ts, with the
// descriptions of lib/core/error-catalogue.ts and the modules that raise each code) into
// docs/errors.md, between their `<!-- …:start -->` / `<!-- …:end -->` markers.
//   npm run docs          rewrite the generated parts
//   npm run docs:check    fail when a generated part is not current (CI)
import { readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { ErrorCodeKey, errorCatalogueMarkdown } from "../lib/core/error-catalogue";
import { ErrorCodes } from "../lib/core/errors";
import { catalogueMarkdown, catalogueScopeMarkdown } from "../lib/guard/catalogue";

const ROOT = join(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Per error code, links to the library modules that raise it (`ErrorCodes.KEY` in their code). */
export function raisedBy(): Partial<Record<ErrorCodeKey, string[]>> {
  const result: Partial<Record<ErrorCodeKey, string[]>> = {};
  const files = sources(join(ROOT, "lib")).sort();
  for (const key of Object.keys(ErrorCodes) as ErrorCodeKey[]) {
    const pattern = new RegExp(`ErrorCodes\\.${key}\\b`);
    result[key] = files
      .filter((f) => pattern.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .map((f) => `[\`${f.replace(/^lib\//, "").replace(/\.ts$/, "")}\`](../${f})`);
  }
  return result;
}

/** The generated parts: file, marker name, content. */
export function generatedParts(): Array<{ file: string; marker: string; content: string }> {
  return [
    { file: "docs/controls.md", marker: "controls", content: catalogueMarkdown() },
    { file: "docs/controls.md", marker: "scopes", content: catalogueScopeMarkdown() },
    { file: "docs/errors.md", marker: "errors", content: errorCatalogueMarkdown(raisedBy()) },
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
