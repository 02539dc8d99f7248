import { ChildProcess, spawn, spawnSync } from "child_process";
import { existsSync } from "fs";
import { createServer } from "net";
import { join } from "path";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

/**
 * Starts moto's server (a real implementation of the Secrets Manager API, PyPI `moto[server]`)
 * on a free loopback port. Looks for `moto_server` in the project's .venv, then on PATH.
 * Returns undefined when moto is not installed, unless MESHQ_REQUIRE_MOTO=1 (CI), which fails.
 */
export function findMotoServer(): string | undefined {
  const local = join(__dirname, "..", ".venv", "bin", "moto_server");
  if (existsSync(local)) return local;
  const which = spawnSync("sh", ["-c", "command -v moto_server"], { encoding: "utf8" });
  const onPath = which.stdout.trim();
  if (onPath) return onPath;
  if (process.env.MESHQ_REQUIRE_MOTO === "1") {
    throw new Error("MESHQ_REQUIRE_MOTO=1 but moto_server was not found: pip install -r requirements-ci.txt");
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface Moto {
  readonly endpoint: string;
  stop(): void;
}

/** A Secrets Manager client for the moto server, with its dummy credentials. */
export function motoSecretsManager(moto: Moto): SecretsManagerClient {
  return new SecretsManagerClient({
    endpoint: moto.endpoint,
    region: "eu-west-1",
    credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
  });
}

export async function startMoto(binary: string): Promise<Moto> {
  const port = await freePort();
  const child: ChildProcess = spawn(binary, ["-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.status < 500) return { endpoint, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`moto_server did not start on ${endpoint}`);
}
