#!/usr/bin/env node
// The examples as a CDK Terrain user writes them, in the cdktn leg's scratch copy (never in the
// repository): `cdktf` becomes `cdktn`, `@cdktf/provider-aws/lib/*` becomes `@cdktn/provider-aws/lib/*`,
// and the Kubernetes classes an example itself uses come from `.gen/providers/kubernetes/*`, which
// this script generates from the kubernetes 2.38.0 schema, as `cdktn get` does for a user.
//
//   node scripts/cdktn-examples.mjs FULL_KUBERNETES_SCHEMA.json
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { generateModules } from "./cdktn-kubernetes-bindings.mjs";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));

function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (["node_modules", "cdktf.out", ".gen"].includes(name)) return [];
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

for (const example of readdirSync(join(ROOT, "examples")).filter((n) => statSync(join(ROOT, "examples", n)).isDirectory())) {
  const dir = join(ROOT, "examples", example);
  const kubernetes = new Set();
  let files = 0;
  for (const file of tsFiles(dir)) {
    const text = readFileSync(file, "utf8");
    // module specifiers only (`from "…"`, `require("…")`, `import("…")`), never other strings
    const out = text.replace(
      /(\bfrom\s+|\brequire\(\s*|\bimport\(\s*)(["'])(cdktf|@cdktf\/provider-aws\/lib|@cdktf\/provider-kubernetes\/lib)((?:\/[a-z0-9-]+)*)\2/g,
      (all, lead, q, pkg, rest) => {
        if (pkg === "cdktf") return `${lead}${q}cdktn${rest}${q}`;
        if (pkg === "@cdktf/provider-aws/lib") return `${lead}${q}@cdktn/provider-aws/lib${rest}${q}`;
        const module = rest.slice(1);
        kubernetes.add(module);
        let rel = relative(dirname(file), join(dir, ".gen", "providers", "kubernetes", module))
          .split("\\")
          .join("/");
        if (!rel.startsWith("./") && !rel.startsWith("../")) rel = `./${rel}`;
        return `${lead}${q}${rel}${q}`;
      },
    );
    if (out !== text) {
      writeFileSync(file, out);
      files += 1;
    }
    if (/["']@cdktf\//.test(out) || /from\s+["']cdktf["']/.test(out))
      throw new Error(`${relative(ROOT, file)} still names a cdktf package`);
  }
  if (kubernetes.size > 0) await generateModules(schema, [...kubernetes].sort(), join(dir, ".gen", "providers", "kubernetes"));
  console.log(
    `examples/${example}: ${files} file(s) on cdktn${kubernetes.size > 0 ? `; .gen/providers/kubernetes: ${[...kubernetes].sort().join(", ")}` : ""}`,
  );
}
