// Smaller rooms: no library file over 300 lines and no constructor over 80, unless an exception
// below says why. lib/ holds only the library's own code (the generated Kubernetes bindings for
// CDK Terrain are in bindings/ and test/bindings/).
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const LIB = join(ROOT, "lib");
const MAX_FILE_LINES = 300;
const MAX_CONSTRUCTOR_LINES = 80;

/** Files and constructors allowed over the limits, each with its reason. */
const EXCEPTIONS: Readonly<Record<string, string>> = {};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

interface Oversize {
  readonly what: string;
  readonly lines: number;
  readonly limit: number;
}

function oversizes(file: string): Oversize[] {
  const rel = relative(ROOT, file).split("\\").join("/");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const found: Oversize[] = [];
  const fileLines = line(source.end) + 1;
  if (fileLines > MAX_FILE_LINES) found.push({ what: rel, lines: fileLines, limit: MAX_FILE_LINES });
  const visit = (node: ts.Node): void => {
    if (ts.isConstructorDeclaration(node) && node.body) {
      const lines = line(node.end) - line(node.getStart()) + 1;
      const owner = ts.isClassLike(node.parent) && node.parent.name ? node.parent.name.text : "class";
      if (lines > MAX_CONSTRUCTOR_LINES) found.push({ what: `${rel}#${owner}.constructor`, lines, limit: MAX_CONSTRUCTOR_LINES });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = sources(LIB).flatMap(oversizes);

test(`no library file over ${MAX_FILE_LINES} lines and no constructor over ${MAX_CONSTRUCTOR_LINES}, except the explained ones`, () => {
  const unexplained = all.filter((o) => !(o.what in EXCEPTIONS)).map((o) => `${o.what}: ${o.lines} lines (limit ${o.limit})`);
  expect(unexplained).toEqual([]);
});

test("every exception is still needed and gives a reason", () => {
  for (const [what, reason] of Object.entries(EXCEPTIONS)) {
    expect(all.map((o) => o.what)).toContain(what);
    expect(reason.length).toBeGreaterThan(40);
  }
});
