import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * Packages the cache token rotation function: a directory holding `index.js`, ready to be zipped
 * by a Terraform asset. An installed package ships the compiled `rotation/handler.js`; a source
 * checkout (ts-node, jest) transpiles `rotation/handler.ts` with TypeScript. Either way the code
 * is the same file.
 */
export function cacheRotationHandlerDirectory(): string {
  const compiled = join(__dirname, "rotation", "handler.js");
  let code: string;
  if (existsSync(compiled)) {
    code = readFileSync(compiled, "utf8");
  } else {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ts = require("typescript") as typeof import("typescript");
    const source = readFileSync(join(__dirname, "rotation", "handler.ts"), "utf8");
    code = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, removeComments: false },
    }).outputText;
  }
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), `meshq-cache-rotation-${hash}`);
  if (!existsSync(join(dir, "index.js"))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.js"), code);
  }
  return dir;
}
