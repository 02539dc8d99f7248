// Prints the library's peer dependencies as npm install specs, one a line: `newest` keeps the ranges
// (npm picks the newest version each allows), `lowest` gives the lowest version each allows.
// Only the CDK for Terraform flavour's peers: cdktn, the @cdktn bindings and the companion Kubernetes
// bindings (@meshoptixiq/cdktn-kubernetes-bindings) are the other flavour's (optional peers all;
// docs/cdk-terrain.md), which scripts/flavour-cdktn.sh installs.
// Usage: node scripts/peer-versions.js newest|lowest
const { join } = require("path");

const mode = process.argv[2];
if (mode !== "newest" && mode !== "lowest") {
  console.error("usage: node scripts/peer-versions.js newest|lowest");
  process.exit(2);
}
const peers = require(join(__dirname, "..", "package.json")).peerDependencies;
for (const [name, range] of Object.entries(peers).filter(([n]) => !/^(cdktn|@cdktn\/|@meshoptixiq\/cdktn-kubernetes-bindings$)/.test(n))) {
  if (mode === "newest") {
    console.log(`${name}@${range}`);
    continue;
  }
  // The ranges are caret, tilde or exact versions; their lowest version is the one they name.
  const match = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(range);
  if (!match) {
    console.error(`peer ${name}: range "${range}" is not ^x.y.z, ~x.y.z or x.y.z; teach this script its lowest version`);
    process.exit(2);
  }
  console.log(`${name}@${match[1]}`);
}
