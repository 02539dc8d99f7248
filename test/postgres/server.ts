import { ChildProcess, execFileSync, spawn } from "child_process";
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { createServer } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { tool } from "../tools";

/**
 * A real PostgreSQL server (Debian's postgresql package) set up as RDS sets one up for
 * EncryptedPostgres: TLS only (`hostssl`, a certificate for 127.0.0.1 signed by a CA of its own),
 * SCRAM-SHA-256 passwords, `log_statement = ddl`, and a master user that is not a superuser (RDS's
 * master holds rds_superuser, with CREATEROLE and CREATEDB) and owns the application database.
 */
export interface PgServer {
  readonly host: string;
  readonly port: number;
  /** The CA the server's certificate chains to (PEM). */
  readonly ca: string;
  readonly database: string;
  readonly master: { readonly username: string; readonly password: string };
  /** The server's log so far (statement log included). */
  log(): string;
  /** Runs SQL as the bootstrap superuser over the local socket; returns psql's unaligned output. */
  superuser(sql: string): string;
  stop(): Promise<void>;
}

/** The PostgreSQL bin folder, or undefined (the suite skips; MESHQ_REQUIRE_POSTGRES=1 fails). */
export function findPostgres(): string | undefined {
  return tool("postgres");
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

export async function startPostgres(bin: string): Promise<PgServer> {
  // PostgreSQL refuses to run as root: as root, it runs as the package's postgres user (setpriv execs, so
  // the spawned process is the server itself and receives its signals), in a folder of the system's
  // temporary directory, since the test run's own (mode 0700, root's) is closed to that user. stop()
  // removes it.
  const asRoot = process.getuid?.() === 0;
  const asServer = asRoot ? ["setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups", "--"] : [];
  const home = mkdtempSync(join(asRoot ? "/tmp" : tmpdir(), "meshq-pg-"));
  const data = join(home, "data");
  const run = (cmd: string, args: string[]) =>
    execFileSync(asServer[0] ?? cmd, [...asServer.slice(1), ...(asServer.length ? [cmd] : []), ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  if (asServer.length) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(home, uid, gid);
  }
  chmodSync(home, 0o700);
  run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth-local=trust", "--auth-host=reject", "-E", "UTF8", "--no-sync"]);

  // a CA and a server certificate for 127.0.0.1, made with openssl
  const ssl = (args: string[]) => run("openssl", args);
  ssl([
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-subj",
    "/CN=meshq test CA",
    "-keyout",
    join(home, "ca.key"),
    "-out",
    join(home, "ca.pem"),
  ]);
  ssl([
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-subj",
    "/CN=127.0.0.1",
    "-keyout",
    join(data, "server.key"),
    "-out",
    join(home, "server.csr"),
  ]);
  const ext = join(home, "san.ext");
  writeFileSync(ext, "subjectAltName=IP:127.0.0.1\n");
  ssl([
    "x509",
    "-req",
    "-in",
    join(home, "server.csr"),
    "-CA",
    join(home, "ca.pem"),
    "-CAkey",
    join(home, "ca.key"),
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    ext,
    "-out",
    join(data, "server.crt"),
  ]);
  run("chmod", ["600", join(data, "server.key")]);

  const port = await freePort();
  const conf = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${home}'`,
    "ssl = on",
    "ssl_min_protocol_version = 'TLSv1.2'",
    "password_encryption = 'scram-sha-256'",
    "log_statement = 'ddl'",
    "logging_collector = off",
    "fsync = off",
  ].join("\n");
  writeFileSync(join(home, "extra.conf"), conf);
  run("sh", ["-c", `cat ${join(home, "extra.conf")} >> ${join(data, "postgresql.conf")}`]);
  run("sh", [
    "-c",
    `printf 'local all postgres trust\\nhostssl all all 127.0.0.1/32 scram-sha-256\\nhost all all 127.0.0.1/32 reject\\n' > ${join(data, "pg_hba.conf")}`,
  ]);

  const logFile = join(home, "server.log");
  const postgres = [...asServer, join(bin, "postgres")];
  const server: ChildProcess = spawn(
    postgres[0],
    [...postgres.slice(1), "-D", data, "-c", "logging_collector=on", "-c", `log_directory=${home}`, "-c", "log_filename=server.log"],
    { stdio: "ignore" },
  );
  const psql = (sql: string) =>
    execFileSync(
      join(bin, "psql"),
      ["-h", home, "-p", String(port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      psql("SELECT 1");
      break;
    } catch (e) {
      if (Date.now() > deadline) {
        server.kill();
        throw new Error(`PostgreSQL did not start: ${String(e)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const master = { username: "meshq_admin", password: "Master" + "x".repeat(40) };
  psql(`CREATE ROLE ${master.username} LOGIN CREATEROLE CREATEDB PASSWORD '${master.password}'`);
  psql(`CREATE DATABASE meshoptixiq OWNER ${master.username}`);
  return {
    host: "127.0.0.1",
    port,
    ca: readFileSync(join(home, "ca.pem"), "utf8"),
    database: "meshoptixiq",
    master,
    log: () => {
      try {
        return readFileSync(logFile, "utf8");
      } catch {
        return "";
      }
    },
    superuser: (sql: string) =>
      execFileSync(
        join(bin, "psql"),
        ["-h", home, "-p", String(port), "-U", "postgres", "-d", "meshoptixiq", "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        },
      ),
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((r) => server.once("exit", r));
        server.kill("SIGINT"); // fast shutdown
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10000)))]);
        clearTimeout(timer);
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
