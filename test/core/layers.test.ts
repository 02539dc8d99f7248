import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, normalize, relative } from "path";

// Layers run one way: compat → core → policy → network → secrets → constructs → stack → the package
// root. compat (the seam that loads cdktf or cdktn and the provider bindings) is below everything.
// The guard sits above the constructs but reads only core, policy and the synthesized JSON;
// constructs reach it through core/stack-guard. No file imports another in a circle, no folder
// imports another in a circle, and the construct folders (one rank) never import each other: what
// they share (IMeshApi, ISecretSource, network endpoints) is a contract in core.
const LIB = join(__dirname, "..", "..", "lib");
const RANK: Record<string, number> = {
  compat: -1,
  core: 0,
  policy: 1,
  network: 2,
  secrets: 3,
  api: 4,
  keys: 4,
  neo4j: 4,
  postgres: 4,
  redis: 4,
  audit: 4,
  rbac: 4,
  stack: 5,
  guard: 6,
  "index.ts": 7,
};
const GUARD_MAY_READ = ["compat", "core", "policy", "guard"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}
const layerOf = (file: string) => relative(LIB, file).split(/[\\/]/)[0];

/** Library files each file imports (relative specifiers only). */
function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(LIB)) {
    const targets = [...readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*?from\s+["'](\.[^"']+)["']/gms)].map((m) => {
      const base = normalize(join(dirname(file), m[1]));
      for (const candidate of [`${base}.ts`, join(base, "index.ts")]) if (statSafe(candidate)) return candidate;
      return `${base}.ts`;
    });
    graph.set(file, targets);
  }
  return graph;
}
function statSafe(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

test("every layer of lib/ has a rank", () => {
  const layers = [...new Set(files(LIB).map(layerOf))].sort();
  expect(layers.filter((l) => !(l in RANK))).toEqual([]);
});

test("no import runs from a lower layer to a higher one, and the guard reads only core and policy", () => {
  const wrong: string[] = [];
  for (const [file, targets] of imports()) {
    const from = layerOf(file);
    for (const target of targets) {
      const to = layerOf(target);
      const upward = RANK[to] > RANK[from];
      const guardReadsConstructs = from === "guard" && !GUARD_MAY_READ.includes(to);
      if (upward || guardReadsConstructs) wrong.push(`${relative(LIB, file)} -> ${relative(LIB, target)}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("no import circle between files", () => {
  const graph = imports();
  const state = new Map<string, "open" | "done">();
  const circles: string[] = [];
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      circles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(LIB, f)).join(" -> "));
      return;
    }
    state.set(file, "open");
    for (const t of graph.get(file) ?? []) visit(t, [...path, file]);
    state.set(file, "done");
  };
  for (const file of graph.keys()) visit(file, []);
  expect(circles).toEqual([]);
});

test("no import circle between folders, and no import between the construct folders of one rank", () => {
  const edges = new Map<string, Set<string>>();
  const sideways: string[] = [];
  for (const [file, targets] of imports()) {
    const from = layerOf(file);
    for (const target of targets) {
      const to = layerOf(target);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
      if (RANK[to] === RANK[from]) sideways.push(`${relative(LIB, file)} -> ${relative(LIB, target)}`);
    }
  }
  expect(sideways).toEqual([]);
  const circles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (folder: string, path: string[]): void => {
    if (state.get(folder) === "done") return;
    if (state.get(folder) === "open") {
      circles.push([...path.slice(path.indexOf(folder)), folder].join(" -> "));
      return;
    }
    state.set(folder, "open");
    for (const next of edges.get(folder) ?? []) visit(next, [...path, folder]);
    state.set(folder, "done");
  };
  for (const folder of edges.keys()) visit(folder, []);
  expect(circles).toEqual([]);
});
