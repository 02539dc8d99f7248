import { execFileSync } from "child_process";
import { writeFileSync } from "fs";
import { createServer, Server } from "https";
import { AddressInfo } from "net";
import { join } from "path";

/**
 * A stand-in for the parts of Vault's HTTP API the rotator uses, for where no Vault server can be
 * built (tools/vault-dev/build.sh builds a real one from the Go module proxy, in more than 30
 * minutes on 2 cores). It keeps Vault's documented semantics:
 *
 * - `POST /v1/auth/<mount>/login {role, jwt}`: a client token for a known role and a JWT the
 *   role's binding accepts, else 403 `permission denied`;
 * - KV v2 `GET /v1/<mount>/data/<path>[?version=N]`: 404 when missing, else `data.data` and
 *   `data.metadata.version`; `POST` with `options.cas`: written only when cas equals the current
 *   version (0: only when missing), else 400 `check-and-set parameter did not match the current
 *   version`; every earlier version stays readable;
 * - ACL: a token reaches only the paths of its role's policy, with its capabilities (else 403);
 * - `POST /v1/auth/token/revoke-self`: 204, and the token stops working.
 *
 * TLS is served with a certificate from a CA made for the test.
 */
export interface StandInVault {
  readonly address: string;
  readonly caFile: string;
  /** Versions of a secret (index 0 is version 1). */
  versions(path: string): Array<Record<string, string>>;
  /** Writes a version as the team would (no policy). */
  put(path: string, data: Record<string, string>): void;
  readonly revoked: string[];
  /** Answers every KV read this many milliseconds late (to make concurrent clients read the same version). */
  delayReads(ms: number): void;
  close(): Promise<void>;
}

export interface StandInRole {
  readonly jwt: string;
  /** Full API paths (`secret/data/...`) to their capabilities. */
  readonly policy: Record<string, string[]>;
}

export async function startStandInVault(
  dir: string,
  authMount: string,
  kvMount: string,
  roles: Record<string, StandInRole>,
): Promise<StandInVault> {
  const ssl = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  ssl([
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "1",
    "-subj",
    "/CN=test-vault-ca",
  ]);
  ssl([
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    "server.key",
    "-out",
    "server.csr",
    "-subj",
    "/CN=vault",
  ]);
  writeFileSync(join(dir, "ext.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  ssl([
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "server.pem",
    "-days",
    "1",
    "-extfile",
    "ext.cnf",
  ]);
  const { readFileSync } = await import("fs");

  const store = new Map<string, Array<Record<string, string>>>();
  const tokens = new Map<string, string>(); // token -> role
  const revoked: string[] = [];
  let next = 0;
  let readDelay = 0;
  const dataPrefix = `/v1/${kvMount}/data/`;

  const server: Server = createServer(
    { key: readFileSync(join(dir, "server.key")), cert: readFileSync(join(dir, "server.pem")) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        const send = (status: number, body?: unknown) => {
          res.writeHead(status, { "Content-Type": "application/json" });
          res.end(body === undefined ? "" : JSON.stringify(body));
        };
        const url = new URL(req.url ?? "/", "https://localhost");
        let body: any = {};
        try {
          body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
        } catch {
          return send(400, { errors: ["failed to parse JSON input"] });
        }
        if (req.method === "POST" && url.pathname === `/v1/auth/${authMount}/login`) {
          const role = roles[body.role];
          if (!role || body.jwt !== role.jwt) return send(403, { errors: ["permission denied"] });
          const token = `test-token-${++next}`;
          tokens.set(token, body.role);
          return send(200, { auth: { client_token: token, policies: [body.role], lease_duration: 900 } });
        }
        const token = String(req.headers["x-vault-token"] ?? "");
        const roleName = tokens.get(token);
        if (!roleName) return send(403, { errors: ["permission denied"] });
        if (req.method === "POST" && url.pathname === "/v1/auth/token/revoke-self") {
          tokens.delete(token);
          revoked.push(token);
          return send(204);
        }
        if (!url.pathname.startsWith(dataPrefix)) return send(403, { errors: ["1 error occurred:\n\t* permission denied\n\n"] });
        const apiPath = url.pathname.slice("/v1/".length);
        const path = url.pathname.slice(dataPrefix.length);
        const caps = roles[roleName].policy[apiPath] ?? [];
        const versions = store.get(path) ?? [];
        if (req.method === "GET") {
          if (!caps.includes("read")) return send(403, { errors: ["1 error occurred:\n\t* permission denied\n\n"] });
          // the answer is the state at the time of the read, sent after the delay
          const answer = (): [number, unknown] => {
            if (versions.length === 0) return [404, { errors: [] }];
            const v = Number(url.searchParams.get("version") ?? versions.length);
            if (!(v >= 1 && v <= versions.length)) return [404, { errors: [] }];
            return [200, { data: { data: versions[v - 1], metadata: { version: v } } }];
          };
          const [status, reply] = answer();
          if (readDelay > 0) return void setTimeout(() => send(status, reply), readDelay);
          return send(status, reply);
        }
        if (req.method === "POST" || req.method === "PUT") {
          const cap = versions.length === 0 ? "create" : "update";
          if (!caps.includes(cap)) return send(403, { errors: ["1 error occurred:\n\t* permission denied\n\n"] });
          const cas = body.options?.cas;
          if (cas !== undefined && cas !== versions.length) {
            return send(400, { errors: [`check-and-set parameter did not match the current version`] });
          }
          versions.push(body.data);
          store.set(path, versions);
          return send(200, { data: { version: versions.length } });
        }
        return send(405, { errors: [] });
      });
    },
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    address: `https://127.0.0.1:${port}`,
    caFile: join(dir, "ca.pem"),
    versions: (path) => store.get(path) ?? [],
    put: (path, data) => store.set(path, [...(store.get(path) ?? []), data]),
    revoked,
    delayReads: (ms) => (readDelay = ms),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
