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

test("the catalogue covers every section of the guide with unique ids, and every control documents its scope", () => {
  const ids = CONTROLS.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...new Set(CONTROLS.map((c) => c.section))].sort()).toEqual(["12.1", "12.2", "12.3", "12.4", "12.5", "12.6"]);
  for (const c of CONTROLS) expect([c.id, (c.scope ?? "").length > 40]).toEqual([c.id, true]);
});

test("every control states its decision on values the guard did not see: a failure, a warning or why it cannot apply, never a pass", () => {
  const undecided = CONTROLS.filter((c) => !/^(Fails|Warns|Not applicable)\b[^.]*\.\s+\S.{30,}/s.test(c.unseen ?? "")).map((c) => c.id);
  expect(undecided).toEqual([]);
});

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

test("the control tests mirror lib/guard/controls: one test file per family, named in each control's proven-by", () => {
  // a family is a rule file or folder of lib/guard/controls that declares controls
  const family = (c: (typeof CONTROLS)[number]) => ruleFile(c)?.match(/^lib\/guard\/controls\/([^/.]+)/)?.[1];
  const families = new Set(CONTROLS.map(family));
  const testFiles = readdirSync(join(ROOT, "test", "guard", "controls")).filter((f) => f.endsWith(".test.ts"));
  expect(testFiles.sort()).toEqual([...families].map((f) => `${f}.test.ts`).sort());
  const unmirrored = CONTROLS.filter((c) => !c.provenBy.includes(`test/guard/controls/${family(c)}.test.ts`)).map((c) => c.id);
  expect(unmirrored).toEqual([]);
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
