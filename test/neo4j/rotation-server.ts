import { ChildProcess, execFile, spawn } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { createServer } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { tool } from "../tools";
import { fixture, only, synth, testStack } from "../util";

/**
 * A real Neo4j 5 Community server for the rotation tests, started from Maven Central's
 * `org.neo4j:neo4j` (fetched by `scripts/neo4j-fetch.sh`) with the settings the construct renders.
 */

const run = promisify(execFile);

/** Where scripts/neo4j-fetch.sh put the server and cypher-shell; undefined when not fetched. */
export function neo4jCache(): string | undefined {
  return tool("neo4j");
}

/** What the construct renders for Neo4j and for the rotation's apply and retire steps. */
export interface RenderedNeo4j {
  /** The StatefulSet's NEO4J_* settings (NEO4J_AUTH excluded: it comes from the secret). */
  readonly settings: Record<string, string>;
  /** Environment of the CronJob's apply step (JAVA_TOOL_OPTIONS, NEO4J_USERS, GRACE_SECONDS, …). */
  readonly applyEnv: Record<string, string>;
  /** Template of NEO4J_AUTH in the auth ExternalSecret. */
  readonly authTemplate: string;
}

export function renderedNeo4j(): RenderedNeo4j {
  const stack = testStack();
  new EncryptedNeo4j(stack, "Neo4j", {
    ...fixture.neo4jImages,
    oidcProviderArn: fixture.oidcProviderArn,
    ebsCsiDriverRoleArn: "arn:aws:iam::111122223333:role/ebs-csi-controller",
    networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
  });
  const s = synth(stack);
  const container = only(s, "kubernetes_stateful_set_v1").spec.template.spec.container[0];
  const settings = Object.fromEntries(
    container.env.filter((e: any) => typeof e.value === "string" && e.name.startsWith("NEO4J_")).map((e: any) => [e.name, e.value]),
  );
  const job = only(s, "kubernetes_cron_job_v1").spec.job_template.spec.template.spec;
  const apply = job.init_container.find((c: any) => c.name === "apply");
  const applyEnv = Object.fromEntries(apply.env.map((e: any) => [e.name, e.value]));
  const auth = Object.values(s.resources.kubernetes_manifest ?? {})
    .map((m: any) => m.manifest)
    .find((m: any) => m.kind === "ExternalSecret" && m.spec.target.template?.data?.NEO4J_AUTH);
  return { settings, applyEnv, authTemplate: auth.spec.target.template.data.NEO4J_AUTH };
}

/** The official image's translation of NEO4J_* variables into neo4j.conf (`_` is `.`, `__` is `_`). */
export function confFromEnvironment(settings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [
      name
        .replace(/^NEO4J_/, "")
        .replace(/_/g, ".")
        .replace(/\.\./g, "_"),
      value,
    ]),
  );
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

export interface Neo4jServer {
  /** bolt+s URI (the certificate names localhost). */
  readonly boltUri: string;
  /** The CA certificate (what the API mounts as NEO4J_TRUSTED_CA_FILE). */
  readonly caFile: string;
  /** PKCS#12 truststore with the CA, as cert-manager writes it into the bolt Secret. */
  readonly truststore: string;
  /** The neo4j.conf the server runs with. */
  readonly conf: Record<string, string>;
  readonly home: string;
  stop(): Promise<void>;
}

/** A server home prepared with the construct's settings, certificates and truststore, not yet started. */
export interface PreparedNeo4j {
  readonly home: string;
  readonly ssl: string;
  readonly port: number;
  readonly truststore: string;
  readonly conf: Record<string, string>;
}

/**
 * Lays out a Neo4j home with the construct's settings. Only what points into the pod's filesystem or
 * network is replaced: directories, the listen address and memory sizes for a test machine.
 * Independent of the initial password, so it can run while the secret is being initialised.
 */
export async function prepareNeo4j(rendered: RenderedNeo4j, truststorePassword: string): Promise<PreparedNeo4j> {
  const home = mkdtempSync(join(tmpdir(), "neo4j-server-"));
  const ssl = join(home, "ssl");
  mkdirSync(join(ssl, "trusted"), { recursive: true });
  mkdirSync(join(home, "conf"));
  const port = await freePort();

  // A CA and a server certificate as cert-manager issues them (ECDSA P-256, key in PKCS#8),
  // laid out as the StatefulSet mounts the bolt Secret: private.key, public.crt, trusted/ca.crt.
  const openssl = (...args: string[]) => run("openssl", args, { cwd: ssl });
  const ca = openssl(
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
    "ca.crt",
    "-days",
    "2",
    "-subj",
    "/CN=meshoptixiq test CA",
  );
  // the server's key and request do not need the CA: made while the CA is
  const csr = openssl(
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    "private.key",
    "-out",
    "server.csr",
    "-subj",
    "/CN=localhost",
  );
  await Promise.all([ca, csr]);
  writeFileSync(join(ssl, "san.cnf"), "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n");
  writeFileSync(join(ssl, "trusted", "ca.crt"), readFileSync(join(ssl, "ca.crt")));
  const truststore = join(home, "truststore.p12");
  await Promise.all([
    openssl(
      "x509",
      "-req",
      "-in",
      "server.csr",
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-out",
      "public.crt",
      "-days",
      "2",
      "-extfile",
      "san.cnf",
    ),
    run("keytool", [
      "-importcert",
      "-noprompt",
      "-alias",
      "ca",
      "-file",
      join(ssl, "ca.crt"),
      "-keystore",
      truststore,
      "-storetype",
      "PKCS12",
      "-storepass",
      truststorePassword,
    ]),
  ]);

  const conf: Record<string, string> = {
    ...confFromEnvironment(rendered.settings),
    // the pod's mounts and address, replaced by this machine's
    "dbms.ssl.policy.bolt.base_directory": ssl,
    "server.bolt.listen_address": `127.0.0.1:${port}`,
    "server.directories.logs": join(home, "logs"),
    "server.directories.data": join(home, "data"),
    "server.directories.run": join(home, "run"),
    // sizes for a test machine
    "server.memory.heap.initial_size": "256m",
    "server.memory.heap.max_size": "512m",
    "server.memory.pagecache.size": "32m",
  };
  writeFileSync(
    join(home, "conf", "neo4j.conf"),
    Object.entries(conf)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(""),
  );
  return { home, ssl, port, truststore, conf };
}

/**
 * Starts a prepared Neo4j home. `initialPassword` is what NEO4J_AUTH sets for the neo4j user
 * before the first start.
 */
export async function startPreparedNeo4j(cache: string, prepared: PreparedNeo4j, initialPassword: string): Promise<Neo4jServer> {
  const { home, ssl, port, truststore, conf } = prepared;
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") };
  const classpath = readFileSync(join(cache, "server.classpath"), "utf8").trim();
  const jvm = ["-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath];

  // What the image's entrypoint does with NEO4J_AUTH=neo4j/<password> before the first start.
  await run("java", [...jvm, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", initialPassword], { env });

  const child: ChildProcess = spawn(
    "java",
    [...jvm, "org.neo4j.server.CommunityEntryPoint", `--home-dir=${home}`, `--config-dir=${join(home, "conf")}`],
    {
      env,
      stdio: "ignore",
    },
  );
  let exited = false;
  const exit = new Promise<void>((done) => child.once("exit", () => ((exited = true), done())));
  const log = join(home, "logs", "neo4j.log");
  const deadline = Date.now() + 120_000;
  while (!(existsSync(log) && readFileSync(log, "utf8").includes("Started."))) {
    if (exited || Date.now() > deadline) {
      child.kill("SIGKILL");
      const tail = existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "(no log)";
      throw new Error(`Neo4j did not start:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    boltUri: `bolt+s://localhost:${port}`,
    caFile: join(ssl, "ca.crt"),
    truststore,
    conf,
    home,
    // The home is thrown away: nothing needs a clean shutdown (which took about 6 s on 2 cores).
    stop: async () => {
      if (!exited) child.kill("SIGKILL");
      await exit;
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Starts Neo4j with the construct's settings (prepareNeo4j, then startPreparedNeo4j).
 * `initialPassword` is what NEO4J_AUTH sets for the neo4j user before the first start.
 */
export async function startNeo4j(
  cache: string,
  rendered: RenderedNeo4j,
  initialPassword: string,
  truststorePassword: string,
): Promise<Neo4jServer> {
  return startPreparedNeo4j(cache, await prepareNeo4j(rendered, truststorePassword), initialPassword);
}
