// The Vault client of the Neo4j credential's Vault steps (lib/neo4j/rotation/vault-steps.mjs),
// with Node's standard library only: HTTPS verified against the CA bundle alone, Kubernetes auth
// with the pod's projected service account token, KV version 2 reads and check-and-set writes, and
// the token revoked at the end. No secret value is ever printed.
//
// Settings (environment): VAULT_ADDR (https only), VAULT_CACERT (PEM file), VAULT_AUTH_PATH
// (e.g. auth/kubernetes), VAULT_ROLE, VAULT_KV_MOUNT, VAULT_TOKEN_FILE (the projected token).
import { readFileSync } from "node:fs";
import { request } from "node:https";

/** A required setting from the environment. */
export function setting(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** A logged-in session: `read` and `write` a KV v2 path of the mount, then `close` (revokes the token). */
export async function vaultSession() {
  const address = setting("VAULT_ADDR").replace(/\/+$/, "");
  if (!address.startsWith("https://")) throw new Error("VAULT_ADDR must be an https:// URL (TLS verified with VAULT_CACERT)");
  const ca = readFileSync(setting("VAULT_CACERT"));
  const authPath = setting("VAULT_AUTH_PATH").replace(/^\/+|\/+$/g, "");
  const role = setting("VAULT_ROLE");
  const mount = setting("VAULT_KV_MOUNT").replace(/^\/+|\/+$/g, "");
  const tokenFile = process.env.VAULT_TOKEN_FILE ?? "/var/run/secrets/vault/token";

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

  const jwt = readFileSync(tokenFile, "utf8").trim();
  const login = await call("POST", `${authPath}/login`, undefined, { role, jwt });
  const token = login.body?.auth?.client_token;
  if (login.status !== 200 || !token) throw failure(`login at ${authPath} as role ${role}`, login);

  return {
    mount,
    /** The latest version of a path: { version (0 when there is none), data (undefined when none) }. */
    async read(path) {
      const res = await call("GET", `${mount}/data/${path}`, token);
      if (res.status === 404) return { version: 0, data: undefined };
      if (res.status !== 200) throw failure(`read ${mount}/${path}`, res);
      return { version: res.body?.data?.metadata?.version ?? 0, data: res.body?.data?.data ?? undefined };
    },
    /** Writes the next version, only if the latest is still `version` (check-and-set); returns the new version. */
    async write(path, version, data) {
      const res = await call("POST", `${mount}/data/${path}`, token, { options: { cas: version }, data });
      if (res.status !== 200 && res.status !== 204) throw failure(`write ${mount}/${path} (check-and-set on version ${version})`, res);
      return res.body?.data?.version;
    },
    async close() {
      await call("POST", "auth/token/revoke-self", token).catch(() => undefined);
    },
  };
}

/** An error naming the call and Vault's errors (never a value). */
function failure(what, res) {
  const errors = Array.isArray(res.body?.errors) ? res.body.errors.join("; ") : "";
  return new Error(`${what}: HTTP ${res.status}${errors ? ` (${errors})` : ""}`);
}
