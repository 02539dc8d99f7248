import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import * as ts from "typescript";
import { flavourPaths } from "../compat/type-paths";

// Every ```ts block of the README and the docs compiles against the library, strictly.
//
// A block that creates its App is a complete program and is compiled as written. Any other block is
// a fragment of a stack's constructor: it is compiled inside `class extends TerraformStack` (its
// own import lines moved to the top), with every export of the package and the names of
// FRAGMENT_CONTEXT in scope.
const ROOT = join(__dirname, "..", "..");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).name as string;
const VIRTUAL = join(ROOT, "test", "docs", "__snippets__");

/** What a fragment may use without declaring it: the usual surroundings of the docs' examples. */
const FRAGMENT_CONTEXT = `
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { readFileSync } from "fs";
declare const app: App;
declare const stack: TerraformStack;
declare const api: SecureMeshApi;
declare const apiProps: SecureMeshApiProps;
declare const existingSecret: ISecretSource;
declare const oidcProviderArn: string;
declare const vpcId: string;
declare const publicSubnetIds: string[];
declare const publicSubnetCidrs: string[];
declare const privateSubnetIds: string[];
declare const privateSubnetCidrs: string[];
declare const clusterSecurityGroupId: string;
declare const ebsCsiDriverRoleArn: string;
declare const hostedZoneId: string;
declare const hecTokenSecretArn: string;
`;

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  lib: ["lib.es2022.d.ts"],
  strict: true,
  noImplicitReturns: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ["node"],
  baseUrl: ROOT,
  // snippets for either flavour (cdktf or cdktn imports) compile under the installed one
  paths: { [PACKAGE]: ["./lib/index.ts"], ...flavourPaths() },
};

export interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === "node_modules" || name === "cdktf.out") return [];
      return statSync(path).isDirectory() ? walk(path) : name.endsWith(".md") ? [path] : [];
    });
  return [join(ROOT, "README.md"), ...walk(join(ROOT, "docs")), ...walk(join(ROOT, "examples"))];
}

export function snippetsOf(file: string): Snippet[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => ({
    file: relative(ROOT, file),
    line: text.slice(0, m.index).split("\n").length + 1,
    code: m[1],
  }));
}

let exportsCache: string[] | undefined;
let previous: ts.Program | undefined;

// One host for every program: a declaration or library file is parsed (and bound) once.
const host = ts.createCompilerHost(OPTIONS);
const parsed = new Map<string, ts.SourceFile | undefined>();
const virtual = new Map<string, string>();
const { getSourceFile, fileExists, readFile } = host;
host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f);
host.getSourceFile = (f, language, ...rest) => {
  const text = virtual.get(f);
  if (text !== undefined) return ts.createSourceFile(f, text, language);
  if (!parsed.has(f)) parsed.set(f, getSourceFile.call(host, f, language, ...rest));
  return parsed.get(f);
};

function packageExports(): string[] {
  if (!exportsCache) {
    const index = join(ROOT, "lib", "index.ts");
    previous = ts.createProgram([index], OPTIONS, host);
    const checker = previous.getTypeChecker();
    const symbol = checker.getSymbolAtLocation(previous.getSourceFile(index)!)!;
    exportsCache = checker.getExportsOfModule(symbol).map((s) => s.name);
  }
  return exportsCache;
}

const IMPORT = /^import\s[\s\S]*?\sfrom\s+["'][^"']+["'];?[ \t]*$/gm;

function wrap(snippet: Snippet): { text: string; offset: number } {
  if (/\bnew App\(/.test(snippet.code)) return { text: snippet.code, offset: 0 };
  const imports = snippet.code.match(IMPORT) ?? [];
  const imported = new Set(imports.flatMap((i) => [...(/\{([^}]*)\}/.exec(i)?.[1] ?? "").matchAll(/(\w+)\s*(?:,|$)/g)].map((m) => m[1])));
  const available = packageExports().filter((name) => !imported.has(name));
  // The snippet's own imports go to the top; blank lines keep its line numbers.
  const body = snippet.code.replace(IMPORT, (i) => i.replace(/[^\n]/g, ""));
  const head = `${FRAGMENT_CONTEXT}${imports.join("\n")}\nimport { ${available.join(", ")} } from "${PACKAGE}";\nexport class Snippet extends TerraformStack {\nconstructor(scope: Construct) {\nsuper(scope, "snippet");\n`;
  return { text: `${head}${body}\n}\n}\n`, offset: head.split("\n").length - 1 };
}

/** Compiles snippets; returns one line per error, naming the Markdown file and line. */
export function compileSnippets(snippets: Snippet[]): string[] {
  const sources = new Map<string, { snippet: Snippet; text: string; offset: number }>();
  snippets.forEach((snippet, i) => sources.set(join(VIRTUAL, `snippet${i}.ts`), { snippet, ...wrap(snippet) }));
  virtual.clear();
  for (const [path, { text }] of sources) virtual.set(path, text);
  packageExports();
  const program = ts.createProgram([...sources.keys()], OPTIONS, host, previous);
  return [...sources.entries()].flatMap(([path, { snippet, offset }]) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - offset : 0;
      return `${snippet.file}:${snippet.line + Math.max(line, 0)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    }),
  );
}

const all = markdownFiles().flatMap(snippetsOf);

test("the README and the docs have TypeScript snippets, and the README has its consumer app", () => {
  expect(all.filter((s) => s.file === "README.md").length).toBeGreaterThanOrEqual(1);
  expect(all.filter((s) => s.file.startsWith("docs/")).length).toBeGreaterThanOrEqual(8);
});

test("every TypeScript snippet of the README and the docs compiles", () => {
  expect(compileSnippets(all)).toEqual([]);
});

test("a snippet that misuses the API is caught, in both forms", () => {
  const errors = compileSnippets([
    { file: "fragment.md", line: 1, code: `new RotatingApiKey(this, "Key", { consumer: 42 });` },
    { file: "module.md", line: 1, code: `import { App } from "cdktf";\nconst app: string = new App();\n` },
  ]);
  expect(errors.some((e) => e.startsWith("fragment.md:1:"))).toBe(true);
  expect(errors.some((e) => e.startsWith("module.md:2:"))).toBe(true);
});
