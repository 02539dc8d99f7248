// The external tools the integration suites run against, found in one place: each is used only at
// the version the repository pins (requirements-ci.txt for the Python tools, scripts/neo4j-fetch.sh
// for Neo4j, tools/manifest-schemas for the schemas), never whatever happens to be on PATH. A tool
// that is missing or at another version makes the suites that need it skip, and the reason is
// printed once per run by test/global-setup.js (jest does not show the output of a skipped file);
// MESHQ_REQUIRE_MOTO=1 / MESHQ_REQUIRE_NEO4J=1 / MESHQ_REQUIRE_VAULT=1 (CI) turn a skip into a failure.
const { execFileSync, spawnSync } = require("child_process");
const { existsSync, readFileSync } = require("fs");
const { dirname, join } = require("path");

const ROOT = join(__dirname, "..");

/** The version requirements-ci.txt pins for a Python package (e.g. "moto" from moto[server]==5.2.5). */
function pinnedPython(pkg) {
  const line = readFileSync(join(ROOT, "requirements-ci.txt"), "utf8")
    .split("\n")
    .find((l) => l.replace(/\[.*\]/, "").startsWith(`${pkg}==`));
  if (!line) throw new Error(`requirements-ci.txt pins no version of ${pkg}`);
  return line.split("==")[1].trim();
}

/** The installed version of a Python package, read with the interpreter of a console script. */
function installedPython(script, pkg) {
  // the script's own interpreter (`#!/path/python` or `#!/usr/bin/env python3`); a wrapper such as a
  // pyenv shim runs the python3 it resolves to
  const shebang = readFileSync(script, "utf8").split("\n")[0];
  const interpreter = shebang.startsWith("#!") ? shebang.slice(2).trim().split(/\s+/) : [];
  const [python, ...pre] = interpreter.join(" ").includes("python") ? interpreter : ["python3"];
  try {
    return execFileSync(python, [...pre, "-c", `import importlib.metadata as m; print(m.version(${JSON.stringify(pkg)}))`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

/** A console script of a pinned Python package: the project's .venv first, then PATH. */
function pythonTool(script, pkg) {
  const pin = pinnedPython(pkg);
  const local = join(ROOT, ".venv", "bin", script);
  const onPath = spawnSync("sh", ["-c", `command -v ${script}`], { encoding: "utf8" }).stdout.trim();
  const found = [local, onPath].filter((p) => p && existsSync(p));
  for (const path of found) {
    if (installedPython(path, pkg) === pin) return { path, version: pin };
  }
  const seen = found.map((p) => `${p} is ${pkg} ${installedPython(p, pkg) ?? "of an unknown version"}`).join("; ");
  return { missing: `${pkg} ${pin} not found${seen ? ` (${seen})` : ""}: pip install -r requirements-ci.txt` };
}

let cached;
/** Every tool, looked up once per process. */
function tools() {
  if (cached) return cached;
  const moto = pythonTool("moto_server", "moto");
  // the AWS CLI of the same environment as moto (the Neo4j rotation scripts call it)
  const awsCli = moto.path ? pythonTool("aws", "awscli") : moto;
  const neo4jDir = process.env.MESHQ_NEO4J_CACHE ?? join(ROOT, "node_modules", ".cache", "meshq-neo4j");
  const neo4jReady = ["server.classpath", "cypher-shell.classpath", "cypher-shell.jsa"].every((f) => existsSync(join(neo4jDir, f)));
  const schemas = existsSync(join(ROOT, "tools", "manifest-schemas", "node_modules", "@kubernetes-models"));
  // the Vault server tools/vault-dev/build.sh builds (VAULT_DEV_BIN, or its cache at the pinned version)
  const vaultVersion = /VAULT_DEV_VERSION:-([0-9.]+)/.exec(readFileSync(join(ROOT, "tools", "vault-dev", "build.sh"), "utf8"))[1];
  const vaultBin =
    process.env.VAULT_DEV_BIN ??
    join(process.env.VAULT_DEV_CACHE ?? join(require("os").homedir(), ".cache", "vaultdev"), vaultVersion, "bin", "vault-dev");
  cached = {
    moto,
    awsCli:
      awsCli.path && dirname(awsCli.path) !== dirname(moto.path) ? { missing: "the AWS CLI must come from moto's environment" } : awsCli,
    neo4j: neo4jReady ? { path: neo4jDir } : { missing: `Neo4j not fetched into ${neo4jDir}: npm run neo4j:fetch` },
    manifestSchemas: schemas ? { path: join(ROOT, "tools", "manifest-schemas") } : { missing: "npm ci --prefix tools/manifest-schemas" },
    vault: existsSync(vaultBin) ? { path: vaultBin } : { missing: `no Vault server at ${vaultBin}: bash tools/vault-dev/build.sh` },
  };
  return cached;
}

/** The suites that need each tool, for the skip summary. */
const NEEDS = {
  moto: [
    "test/keys/rotation.integration.test.ts",
    "test/redis/rotation.integration.test.ts",
    "test/neo4j/password-rotation.integration.test.ts",
  ],
  awsCli: ["test/neo4j/password-rotation.integration.test.ts"],
  neo4j: ["test/neo4j/password-rotation.integration.test.ts"],
  manifestSchemas: ["test/stack/manifest-schemas.test.ts"],
  vault: [],
};
const REQUIRED = { moto: "MESHQ_REQUIRE_MOTO", awsCli: "MESHQ_REQUIRE_MOTO", neo4j: "MESHQ_REQUIRE_NEO4J", vault: "MESHQ_REQUIRE_VAULT" };

/** The path of a tool, or undefined (the suite skips); throws where the environment requires it. */
function tool(name) {
  const t = tools()[name];
  if (t.path) return t.path;
  const flag = REQUIRED[name];
  if (flag && process.env[flag] === "1") throw new Error(`${flag}=1 but ${t.missing}`);
  return undefined;
}

/** One line per missing tool, naming the suites it skips and how to install it. */
function skipReasons() {
  const suites = new Map();
  for (const [name, t] of Object.entries(tools())) {
    if (t.missing && NEEDS[name].length > 0) suites.set(t.missing, new Set([...(suites.get(t.missing) ?? []), ...NEEDS[name]]));
  }
  return [...suites].map(([missing, names]) => `SKIPPED: ${[...names].join(", ")}: ${missing}`);
}

module.exports = { tool, tools, skipReasons };
