import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

/** Runs `code` in a fresh Node process with the repository's TypeScript register; returns its stdout. */
function run(code: string): string {
  const out = spawnSync(process.execPath, ["-r", "./scripts/register.js", "-r", "./scripts/local-package.js", "-e", code], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, MESHQ_GUARD_QUIET: "1" },
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout.trim();
}

const LOADED = `Object.keys(require.cache).filter((k) => /provider-(aws|kubernetes)\\/lib\\/[^/]+\\/index\\.js$/.test(k)).map((k) => k.split("/lib/")[1].split("/")[0])`;

test("importing the package loads no provider binding; a binding loads when its class is first used", () => {
  const out = run(`
    require("@meshoptixiq/cdktf-hardened");
    console.log(JSON.stringify(${LOADED}));
    const { Lb } = require("./lib/compat/aws/lb");
    console.log(JSON.stringify(${LOADED}));
    console.log(typeof Lb, Lb.tfResourceType);`);
  const [atImport, afterUse, lb] = out.split("\n");
  expect(JSON.parse(atImport)).toEqual([]);
  expect(JSON.parse(afterUse)).toEqual(["lb"]);
  expect(lb).toBe("function aws_lb");
});
