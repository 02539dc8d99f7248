// Synthesizes the default hardened stack from the compiled package (dist/), as an installed
// library runs: the prebuilt rotation handler and the shipped Neo4j scripts must be found.
// compat-codemod: dist
const { mkdtempSync, readFileSync, readdirSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { App } = require("../dist/compat/core");
const lib = require("../dist");

process.env.MESHQ_GUARD_QUIET = "1";
const outdir = mkdtempSync(join(tmpdir(), "meshq-dist-"));
process.on("exit", () => rmSync(outdir, { recursive: true, force: true }));
const app = new App({ outdir });
new lib.HardenedMeshStack(app, "dist-smoke", {
  region: "eu-west-1",
  neo4jImages: { image: "neo4j:5.26.0-community@sha256:" + "0".repeat(64), awsCliImage: "amazon/aws-cli:2.22.0@sha256:" + "0".repeat(64) },
  cluster: {
    name: "eks",
    oidcProviderArn: "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE",
    networkPolicyEnforcement: lib.NetworkPolicyEnforcement.VPC_CNI,
    securityGroupId: "sg-0123456789abcdef0",
    ebsCsiDriverRoleArn: "arn:aws:iam::111122223333:role/ebs-csi",
  },
  network: {
    vpcId: "vpc-0a1b2c3d4e5f60718",
    publicSubnetIds: ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"],
    publicSubnetCidrs: ["10.40.0.0/24", "10.40.1.0/24"],
    privateSubnetIds: ["subnet-0111aaaa2222bbbbc", "subnet-0333cccc4444dddde"],
    privateSubnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
  },
  domain: { name: "meshq.example.com", hostedZoneId: "Z0123456789EXAMPLE" },
  audit: { splunkHecUrl: "https://splunk.example.com:8088", hecCidrs: ["10.80.12.0/24"] },
  apiImage: "ghcr.io/meshoptixiq/api@sha256:" + "0".repeat(64),
});
app.synth();
const dir = join(outdir, "stacks", "dist-smoke");
const tf = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
const scripts = Object.values(tf.resource.kubernetes_config_map_v1).find((c) => c.data && c.data["apply.sh"]);
if (!scripts || !scripts.data["stage.sh"].includes("get-random-password"))
  throw new Error("Neo4j rotation scripts missing from the package");
const assets = readdirSync(join(dir, "assets"));
if (assets.length === 0) throw new Error("rotation handler asset missing");
console.log(`dist smoke: synthesized ${Object.keys(tf.resource).length} resource types, ${assets.length} assets`);
