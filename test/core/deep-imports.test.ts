import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

// One root import of @cdktf/provider-aws (or @cdktn/provider-aws) loads every one of its ~2,200
// resource classes: seconds and most of a gigabyte at synth. Provider classes must be imported by
// deep path, under either flavour (lib/compat/flavour.ts builds the deep paths it loads).
const ROOT_IMPORT = /(from\s+|require\()\s*["']@cdkt[fn]\/provider-(?!generator["']|schema["'])[a-z0-9-]+["']/; // not the generator tools

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "cdktf.out") return [];
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("provider classes are imported by deep path only", () => {
  const root = join(__dirname, "..", "..");
  const offenders = ["lib", "examples", "test"]
    .flatMap((d) => files(join(root, d)))
    .filter((f) => f !== __filename && ROOT_IMPORT.test(readFileSync(f, "utf8")));
  expect(offenders).toEqual([]);
});

test("the rule catches a root import", () => {
  expect(ROOT_IMPORT.test('import { Lb } from "@cdktf/provider-aws";')).toBe(true);
  expect(ROOT_IMPORT.test('import { Lb } from "@cdktf/provider-aws/lib/lb";')).toBe(false);
  expect(ROOT_IMPORT.test('import { Lb } from "@cdktn/provider-aws";')).toBe(true);
  expect(ROOT_IMPORT.test('const { Lb } = require("@cdktn/provider-aws");')).toBe(true);
  expect(ROOT_IMPORT.test('import { Lb } from "@cdktn/provider-aws/lib/lb";')).toBe(false);
});
