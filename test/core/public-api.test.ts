import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

// The public API is explicit and small: the root entry names every export (no `export *`), the API
// report (etc/cdktf-hardened.api.md, which `npx api-extractor run` checks against the build) holds
// at most 150 declarations, at most 15 of them free functions, and every such function says in its
// TSDoc why it is public. Under semver each of them is a promise (docs/releasing.md).
const ROOT = join(__dirname, "..", "..");
const REPORT = readFileSync(join(ROOT, "etc", "cdktf-hardened.api.md"), "utf8");
const MAX_DECLARATIONS = 150;
const MAX_FUNCTIONS = 15;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("the root entry uses named exports only", () => {
  const index = readFileSync(join(ROOT, "lib", "index.ts"), "utf8");
  expect(index.match(/^export \*.*$/gm) ?? []).toEqual([]);
});

test(`the API report holds at most ${MAX_DECLARATIONS} declarations, ${MAX_FUNCTIONS} of them free functions, and forgets none`, () => {
  const declarations = REPORT.match(/^export /gm) ?? [];
  const functions = REPORT.match(/^export (declare )?function /gm) ?? [];
  expect(declarations.length).toBeGreaterThan(0);
  expect(declarations.length).toBeLessThanOrEqual(MAX_DECLARATIONS);
  expect(functions.length).toBeLessThanOrEqual(MAX_FUNCTIONS);
  // a public declaration that names an unexported one (api-extractor's ae-forgotten-export)
  expect(REPORT.match(/ae-forgotten-export.*$/gm) ?? []).toEqual([]);
});

test("every public free function says in its TSDoc why it is public", () => {
  const names = [...REPORT.matchAll(/^export (?:declare )?function (\w+)/gm)].map((m) => m[1]);
  const files = sources(join(ROOT, "lib")).map((f) => readFileSync(f, "utf8"));
  const unexplained = names.filter((name) => {
    const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\b`);
    const doc = files.map((text) => declaration.exec(text)?.[1]).find((d) => d !== undefined);
    return !doc || !/Public because/.test(doc);
  });
  expect(unexplained).toEqual([]);
});
