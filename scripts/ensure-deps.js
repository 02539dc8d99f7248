// The quick start's first step, run by `npm run synth` and `npm test` before anything else: on a
// fresh clone (or after package-lock.json changed) it installs exactly the locked dependencies with
// `npm ci`; otherwise it returns at once. Plain Node, so it runs before anything is installed.
const { spawnSync } = require("child_process");
const { readFileSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const read = (file) => {
  try {
    return JSON.parse(readFileSync(join(root, file), "utf8"));
  } catch {
    return undefined;
  }
};

/** True when node_modules holds every locked package at its locked version (npm's own record). */
function installed() {
  const lock = read("package-lock.json");
  const hidden = read("node_modules/.package-lock.json");
  if (!lock || !hidden) return false;
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === "" || entry.link || entry.extraneous) continue;
    const have = hidden.packages?.[path];
    // optional packages of other platforms are not installed, and are not needed here
    if (!have) {
      if (entry.optional) continue;
      return false;
    }
    if (have.version !== entry.version) return false;
  }
  return true;
}

if (!installed()) {
  console.log("Installing the locked dependencies (npm ci): first run, or package-lock.json changed.");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
