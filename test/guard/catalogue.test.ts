import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import * as ts from "typescript";
import { CONTROLS, parsePropRef } from "../../lib/guard/catalogue";
import { propsInterface, ruleFile } from "../../scripts/control-catalogue";

// Every control of the catalogue is one rule in one small file, declares the construct props that
// enforce it and the tests that prove it, and those names are real.
const ROOT = join(__dirname, "..", "..");
const CONTROLS_DIR = join(ROOT, "lib", "guard", "controls");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("every control names at least one construct prop that enforces it and one test that proves it", () => {
  const missing = CONTROLS.filter((c) => c.enforcedBy.length === 0 || c.provenBy.length === 0).map((c) => c.id);
  expect(missing).toEqual([]);
});

test("every construct prop a control names is a member of the construct's props interface", () => {
  const unknown: string[] = [];
  for (const c of CONTROLS) {
    for (const ref of c.enforcedBy) {
      const { construct, property } = parsePropRef(ref);
      const props = propsInterface(construct);
      if (!props || !new RegExp(`^\\s+readonly ${property}\\??:`, "m").test(props.body)) unknown.push(`${c.id}: ${ref}`);
    }
  }
  expect(unknown).toEqual([]);
});

test("every test a control names exists and names the control id", () => {
  const unproven: string[] = [];
  for (const c of CONTROLS) {
    for (const file of c.provenBy) {
      const path = join(ROOT, file);
      if (!existsSync(path)) unproven.push(`${c.id}: ${file} does not exist`);
      else if (!new RegExp(`\\b${c.id}\\b`).test(readFileSync(path, "utf8"))) unproven.push(`${c.id}: ${file} does not name it`);
    }
  }
  expect(unproven).toEqual([]);
});

test("every control's rule is declared in exactly one file of lib/guard/controls", () => {
  expect(CONTROLS.filter((c) => !ruleFile(c)?.startsWith("lib/guard/controls/")).map((c) => c.id)).toEqual([]);
});

test("the rule files stay small: at most 300 lines a file, 60 a function", () => {
  const large: string[] = [];
  for (const file of sources(CONTROLS_DIR)) {
    const text = readFileSync(file, "utf8");
    const name = relative(ROOT, file);
    if (text.split("\n").length > 300) large.push(`${name}: ${text.split("\n").length} lines`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const last = source.getLineAndCharacterOfPosition(node.end).line;
        if (last - first + 1 > 60) large.push(`${name}:${first + 1}: a function of ${last - first + 1} lines`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(large).toEqual([]);
});
