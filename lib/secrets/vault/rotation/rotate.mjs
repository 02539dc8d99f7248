// Rotates random secrets in a Vault KV v2 engine, from inside the cluster.
//
// Logs in with Kubernetes auth (the pod's projected service account token), then for each path
// writes a new version { value: <new>, previous: <old value> } with check-and-set on the version it
// read, so that two runs never both rotate, and clients keep the previous value for the overlap
// (until the next rotation). The token is revoked at the end. No value is ever printed.
//
// Settings (environment): those of ./vault-client.mjs (VAULT_ADDR, https only; VAULT_CACERT;
// VAULT_AUTH_PATH; VAULT_ROLE; VAULT_KV_MOUNT; VAULT_TOKEN_FILE), ROTATE_PATHS (space-separated
// paths in the mount), KEY_LENGTH (hex characters, even), ROTATE_MODE (`rotate`, or `init`: give a
// first value to the paths that have none, and leave the others).
import { randomBytes } from "node:crypto";
import { setting, vaultSession } from "./vault-client.mjs";

const paths = setting("ROTATE_PATHS").split(/\s+/).filter(Boolean);
const keyLength = Number(process.env.KEY_LENGTH ?? "64");
if (!Number.isInteger(keyLength) || keyLength < 32 || keyLength % 2 !== 0)
  throw new Error("KEY_LENGTH must be an even integer of at least 32");
const mode = process.env.ROTATE_MODE ?? "rotate";
if (mode !== "rotate" && mode !== "init") throw new Error("ROTATE_MODE must be rotate or init");

async function rotate(vault, path) {
  const { version, data: current } = await vault.read(path);
  const old = current?.value;
  if (mode === "init" && typeof old === "string" && old !== "") {
    console.log(`kept ${vault.mount}/${path}: it has a value (version ${version})`);
    return;
  }
  const data = { value: randomBytes(keyLength / 2).toString("hex"), rotatedAt: new Date().toISOString() };
  if (typeof old === "string" && old !== "") data.previous = old;
  const written = await vault.write(path, version, data);
  console.log(`rotated ${vault.mount}/${path}: version ${written ?? "?"}${data.previous ? ", previous value kept" : ", first value"}`);
}

async function main() {
  const vault = await vaultSession();
  try {
    for (const path of paths) await rotate(vault, path);
  } finally {
    await vault.close();
  }
}

main().catch((err) => {
  console.error(`rotation failed: ${err.message}`);
  process.exit(1);
});
