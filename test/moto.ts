import { ChildProcess, spawn } from "child_process";
import { createServer } from "net";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { tool } from "./tools";

/**
 * moto's server (a real implementation of the AWS APIs, PyPI `moto[server]`) at the version
 * requirements-ci.txt pins, from the project's .venv or PATH (test/tools.js). Undefined when it is
 * missing or at another version (the suite skips; the reason is printed once per run), unless
 * MESHQ_REQUIRE_MOTO=1 (CI), which fails.
 */
export function findMotoServer(): string | undefined {
  return tool("moto");
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
