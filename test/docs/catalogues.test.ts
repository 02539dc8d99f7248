import { readFileSync } from "fs";
import { join } from "path";
import { ERROR_CODE_DESCRIPTIONS, errorCatalogueMarkdown } from "../../lib/core/error-catalogue";
import { ErrorCodes } from "../../lib/core/errors";
import { CONTROLS } from "../../lib/guard/catalogue";
import { generatedParts, withPart } from "../../scripts/control-catalogue";

const ROOT = join(__dirname, "..", "..");

test("the generated parts of the docs are current (npm run docs)", () => {
  for (const part of generatedParts()) {
    const text = readFileSync(join(ROOT, part.file), "utf8");
    expect([part.file, withPart(text, part.marker, part.content, part.file) === text]).toEqual([part.file, true]);
  }
});

test("every error code has a description and appears in the catalogue with where it is raised", () => {
  expect(Object.keys(ERROR_CODE_DESCRIPTIONS).sort()).toEqual(Object.keys(ErrorCodes).sort());
  const table = generatedParts().find((p) => p.marker === "errors")!.content;
  for (const code of Object.values(ErrorCodes)) expect(table).toMatch(new RegExp(`\\| \`${code}\` \\| .+ \\| \\[`));
});

test("the error table renders one row per code, and markers are required", () => {
  expect(errorCatalogueMarkdown().split("\n")).toHaveLength(Object.keys(ErrorCodes).length + 2);
  expect(() => withPart("no markers", "errors", "x", "f.md")).toThrow(/needs <!-- errors:start -->/);
  expect(withPart("a <!-- errors:start -->old<!-- errors:end --> b", "errors", "new", "f.md")).toBe(
    "a <!-- errors:start -->\nnew\n<!-- errors:end --> b",
  );
});

test("each control's row leads in one hop to its rule, the construct props that enforce it and the tests that prove it", () => {
  const rows = generatedParts()
    .find((p) => p.marker === "controls")!
    .content.split("\n")
    .slice(2);
  expect(rows).toHaveLength(CONTROLS.length);
  CONTROLS.forEach((c, i) => {
    const row = rows[i];
    expect(row.startsWith(`| [${c.id}](#`)).toBe(true);
    expect(row).toMatch(/\]\(\.\.\/lib\/guard\/controls\/[a-z0-9/-]+\.ts\)/);
    for (const ref of c.enforcedBy) {
      const [construct, property] = ref.split(".props.");
      expect(row).toMatch(new RegExp(`${construct}(\\]\\([^)]+\\))?\\.props\\.\\[${property}\\]\\(\\.\\./lib/[a-z0-9/-]+\\.ts\\)`));
    }
    for (const test of c.provenBy) expect(row).toContain(`[${test}](../${test})`);
  });
});
