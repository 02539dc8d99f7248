// Rotates random secrets in a Vault KV v2 engine, from inside the cluster.
//
// Logs in with Kubernetes auth (the pod's projected service account token), then for each path
// writes a new version { value: <new>, previous: <old value> } with check-and-set on the version it
// read, so that two runs never both rotate, and clients keep the previous value for the overlap
// (until the next rotation). The token is revoked at the end. No value is ever printed.
//
// Settings (environment): VAULT_ADDR (https only), VAULT_CACERT (PEM file), VAULT_AUTH_PATH
// (e.g. auth/kubernetes), VAULT_ROLE, VAULT_KV_MOUNT, ROTATE_PATHS (space-separated paths in the
// mount), KEY_LENGTH (hex characters, even), VAULT_TOKEN_FILE (the projected token), ROTATE_MODE
// (`rotate`, or `init`: give a first value to the paths that have none, and leave the others).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:https";

function setting(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const address = setting("VAULT_ADDR").replace(/\/+$/, "");
if (!address.startsWith("https://")) throw new Error("VAULT_ADDR must be an https:// URL (TLS verified with VAULT_CACERT)");
const ca = readFileSync(setting("VAULT_CACERT"));
const authPath = setting("VAULT_AUTH_PATH").replace(/^\/+|\/+$/g, "");
const role = setting("VAULT_ROLE");
const mount = setting("VAULT_KV_MOUNT").replace(/^\/+|\/+$/g, "");
const paths = setting("ROTATE_PATHS").split(/\s+/).filter(Boolean);
const keyLength = Number(process.env.KEY_LENGTH ?? "64");
if (!Number.isInteger(keyLength) || keyLength < 32 || keyLength % 2 !== 0)
  throw new Error("KEY_LENGTH must be an even integer of at least 32");
const tokenFile = process.env.VAULT_TOKEN_FILE ?? "/var/run/secrets/vault/token";
const mode = process.env.ROTATE_MODE ?? "rotate";
if (mode !== "rotate" && mode !== "init") throw new Error("ROTATE_MODE must be rotate or init");

/** One Vault API call; resolves to { status, body }. Verifies the server against the CA only. */
function call(method, path, token, payload) {
  const url = new URL(`${address}/v1/${path}`);
  const body = payload === undefined ? undefined : JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca,
        rejectUnauthorized: true,
        timeout: 15000,
        headers: { ...(token ? { "X-Vault-Token": token } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode, body: parsed });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${url.pathname} timed out`)));
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

function fail(what, res) {
  const errors = Array.isArray(res.body?.errors) ? res.body.errors.join("; ") : "";
  return new Error(`${what}: HTTP ${res.status}${errors ? ` (${errors})` : ""}`);
}

async function rotate(token, path) {
  const current = await call("GET", `${mount}/data/${path}`, token);
  if (current.status !== 200 && current.status !== 404) throw fail(`read ${mount}/${path}`, current);
  const version = current.status === 200 ? (current.body?.data?.metadata?.version ?? 0) : 0;
  const old = current.status === 200 ? current.body?.data?.data?.value : undefined;
  if (mode === "init" && typeof old === "string" && old !== "") {
    console.log(`kept ${mount}/${path}: it has a value (version ${version})`);
    return;
  }
  const data = { value: randomBytes(keyLength / 2).toString("hex"), rotatedAt: new Date().toISOString() };
  if (typeof old === "string" && old !== "") data.previous = old;
  const written = await call("POST", `${mount}/data/${path}`, token, { options: { cas: version }, data });
  if (written.status !== 200 && written.status !== 204) throw fail(`write ${mount}/${path} (check-and-set on version ${version})`, written);
  console.log(
    `rotated ${mount}/${path}: version ${written.body?.data?.version ?? "?"}${data.previous ? ", previous value kept" : ", first value"}`,
  );
}

async function main() {
  const jwt = readFileSync(tokenFile, "utf8").trim();
  const login = await call("POST", `${authPath}/login`, undefined, { role, jwt });
  const token = login.body?.auth?.client_token;
  if (login.status !== 200 || !token) throw fail(`login at ${authPath} as role ${role}`, login);
  try {
    for (const path of paths) await rotate(token, path);
  } finally {
    await call("POST", "auth/token/revoke-self", token).catch(() => undefined);
  }
}

main().catch((err) => {
  console.error(`rotation failed: ${err.message}`);
  process.exit(1);
});
