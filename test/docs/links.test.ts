import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative } from "path";

// Every relative link of the README, the docs and the examples' READMEs points at a file that
// exists, and every #anchor into a Markdown file at one of its headings.
const ROOT = join(__dirname, "..", "..");

function markdown(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "cdktf.out") return [];
    return statSync(path).isDirectory() ? markdown(path) : name.endsWith(".md") ? [path] : [];
  });
}

/** GitHub's anchor of a heading. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));
}

test("relative links and anchors resolve", () => {
  const files = [join(ROOT, "README.md"), ...markdown(join(ROOT, "docs")), ...markdown(join(ROOT, "examples"))];
  const broken: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
      const [path, anchor] = target.split("#");
      const resolved = path ? join(dirname(file), path) : file;
      if (!existsSync(resolved)) broken.push(`${relative(ROOT, file)}: ${target}`);
      else if (anchor && resolved.endsWith(".md") && !anchors(resolved).has(anchor))
        broken.push(`${relative(ROOT, file)}: ${target} (no such heading)`);
    }
  }
  expect(broken).toEqual([]);
});

test("anchors are GitHub's", () => {
  expect(slug("What happens during a rotation")).toBe("what-happens-during-a-rotation");
  expect(slug("EncryptedPostgres (PostgreSQL backend)")).toBe("encryptedpostgres-postgresql-backend");
});

test("the README (shipped in the package: the registry page, node_modules) links absolutely, to files of the repository that exist", () => {
  const { repository, homepage } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const repo = String(repository.url)
    .replace(/^git\+/, "")
    .replace(/\.git$/, "");
  expect(homepage).toBe(`${repo}#readme`);
  const text = readFileSync(join(ROOT, "README.md"), "utf8").replace(/^```[\s\S]*?^```/gm, "");
  const problems: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (target.startsWith("#")) continue;
    if (!/^[a-z]+:/.test(target)) problems.push(`${target}: relative (dead on the registry page and in node_modules)`);
    const inRepo = new RegExp(`^${repo.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/(?:blob|tree)/main/([^#]+)(?:#(.*))?$`).exec(target);
    if (inRepo) {
      const path = join(ROOT, inRepo[1]);
      if (!existsSync(path)) problems.push(`${target}: no such file`);
      else if (inRepo[2] && path.endsWith(".md") && !anchors(path).has(inRepo[2])) problems.push(`${target}: no such heading`);
    }
  }
  expect(problems).toEqual([]);
});
